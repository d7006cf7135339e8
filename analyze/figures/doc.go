// Package figures finds the figures of German news text: percentages,
// percentage points, sums of money, counts of things and other measures,
// each with its normalised value and unit, the hedge that qualifies it
// ("rund", "mehr als", "zeitweise"), the direction of the change the
// sentence reports ("stieg", "verlor") and what it measures (About).
//
// # Numbers
//
// ParseNumber reads German numerals: "4,45" (decimal comma), "1.300" and
// "1.300.000" (thousands dots), "1.300,50", "-3,2", Swiss "1'300", groups
// of three digits joined by a space ("100 000", also no-break and thin
// spaces) after a first group of one to three digits, a scale word after
// the number
// ("1,3 Milliarden", "120 Mrd.", "2,5 Mio.", "eine Milliarde", "zwei
// Dutzend") and number words ("zwölf", "dreiundzwanzig", "zweihundert",
// "eineinhalb"). Rules for ambiguous forms:
//
//   - "1,300" is German: 1.3. It is read as English thousands only when
//     the commas repeat ("1,300,000") or a dot follows them ("1,300.50").
//   - A single dot followed by anything but three digits ("1.5", "9.30",
//     "07.08") is not a number: in German text it is a date, a time or a
//     version far more often than an English decimal.
//   - An integer glued to a full stop ("3.", "07.") is an ordinal or part
//     of a date and never a figure.
//   - Vague plurals ("Tausende", "Dutzende", "Millionen Menschen" with no
//     number) are not figures: they give no value to compare.
//   - "ein", "eine", "einen" ... are the number one only before a unit or
//     a scale word ("ein Prozent", "eine Milliarde Euro"), never before a
//     plain noun ("ein Mann").
//
// # What is not a figure
//
// Years (a four-digit integer from 1800 to 2100 with no unit after it, or
// a count noun but no hedge before it), dates ("07.08.2018"), times and
// scores ("09:38", "2:1", "9 Uhr"), ordinals, phone numbers (a number with
// a leading zero, or joined to another by "/"), labels after an index word
// ("Nr. 5", "Artikel 3", "§ 218", "Seite 4", see lists/index_words.txt),
// bare numbers right after a capitalised name ("Windows 10"), numbers inside
// hyphenated compounds ("24-Jährige", "3-Zimmer-Wohnung") and bare numbers
// with neither unit nor scale nor counted noun ("Er wurde 3.").
//
// # Units
//
// Percent ("Prozent", "%", "v. H.") is UnitPercent; "Prozentpunkte" and
// "Basispunkte" (divided by 100) are UnitPoints. Money is an ISO code
// (EUR, USD, CHF, GBP, JPY, ...; "Cent" is 0.01 EUR) with the scale
// applied: "1,3 Milliarden Euro" is 1.3e9 EUR, "€ 5 Mio." is 5e6 EUR.
// Other measures use a base unit: m, m2, l, kg, Wh, W, km/h, °C. A span of
// time ("drei Jahre", "zwölf Stunden") is a measure with unit year, month,
// week, day, hour, minute or second, not a count; after "vor" it is a
// relative date and left to the dates package. A number with a counted
// noun ("87 Millionen Nutzer", "3.000 Beschäftigte", "zwei Banken") is
// UnitCount with Noun the noun as written; a scaled number with no noun
// ("1,3 Milliarden") is a count without Noun. Fractions are percentages:
// "zwei Drittel" is 66.67 percent, "ein Viertel" 25, "die Hälfte" (with
// no adjective between: not "die zweite Hälfte") 50, "jeder vierte
// Deutsche" 25 (but "jeden zweiten Tag" is a frequency, not a figure). Units are listed in
// lists/units.txt.
//
// A sign that expresses a change ("-3,2 Prozent", "+5 Prozent", "minus 4
// Prozent") sets Direction and leaves Value as the magnitude, so that
// "verlor 3,2 Prozent" and "-3,2 Prozent" agree; temperatures keep their
// sign ("-5 Grad" is -5 °C).
//
// # Hedges and direction
//
// A hedge from lists/hedges.txt stands right before the number ("rund 20
// Prozent", "um mehr als 5 Prozent"); time hedges ("zeitweise",
// "zwischenzeitlich", "in der Spitze") may stand a few words before it in
// the same clause. A hedge right before the number is part of Text.
// "um 24 Prozent" has no hedge: "um" alone marks a change. Bounds turns a
// hedge into the interval of values it allows.
//
// Direction is "up" or "down" when the figure's clause (the part of the
// sentence between commas, semicolons, brackets or a conjunction that
// opens a new clause) holds a word of lists/direction.txt ("stieg",
// "legte ... zu"); a noun of change ("Minus", "Anstieg") gives it only to
// the figure right after it ("ein Minus von 3 Prozent"); "gewann" ("Die
// Aktie gewann 5 Prozent") counts for percentages only; a change
// figure ("um 5 Prozent") in a clause with none takes the nearest one in
// the sentence. A bare number with no unit or noun is a figure only as
// the target of such a change ("stieg um 1.200 auf 15.400").
//
// "über" and "unter" before a sum of money right after a noun are the
// preposition of that noun ("ein Kredit über 72 Milliarden Dollar"), not
// hedges.
//
// # What a figure measures
//
// About is found by one rule over the sentence, in this order:
//
//  1. a counted noun: "87 Millionen Nutzern" is about "Nutzer" (a dative
//     plural -n after -er or -el is dropped; "1.200 Stück Munition" is
//     about "Munition");
//  2. a percent followed by a genitive: "18 Prozent der Arbeiter" is about
//     "Arbeiter";
//  3. a noun right after the unit, over adjectives: "5 Millionen Euro
//     Strafe", "ein 14 Kilometer langer Tunnel", "3 Tonnen Eis";
//  4. the noun the figure is the amount of: "eine Prämie von 8.000 Euro",
//     "Schadenersatz in Höhe von 2,3 Millionen Euro" (not a noun of change
//     such as "Plus" or "Rückgang");
//  5. a figure in brackets: a conversion ("72 Milliarden Dollar (64 Mrd.
//     Euro)") shares the About of the figure before it; otherwise the noun
//     before the bracket ("Der Förderpreis (5.000 Euro)");
//  6. the object of a verb of change or level before "um", "auf" or
//     "bei", over prepositional phrases when its article cannot be a
//     subject or before "bei": "hält das Rentenniveau bis 2031 bei 48
//     Prozent", "hatte ihren Leitzins im Juli auf 2 Prozent gesenkt";
//  7. in a relative clause whose pronoun is its subject or object, the
//     noun it refers to: "Heizöl, das sich um 4,5 Prozent verteuerte";
//  8. the subject of the figure's clause: the first noun phrase of the
//     clause that is not inside a prepositional phrase nor a lone noun of
//     change ("ein Anstieg um 0,3 Prozentpunkte"), before the figure
//     if there is one, else one that
//     starts at most three words after it, else the first of an earlier
//     clause of the sentence joined to it by a comma or a dash, over
//     relative clauses and brackets between ("Die Kerninflation, die ...
//     ausklammert, lag bei 2,7 Prozent" is about "Kerninflation"). A
//     personal pronoun "er" or "sie" as the subject stands for the
//     subject opening the clause before it (after a colon or semicolon)
//     or the sentence before, when the article agrees; otherwise, and for
//     "es", "man" and the first person, About stays empty. A measure
//     (Hektar, Meter) that is itself the subject is about the noun after
//     its verb: "Mehr als 450 Hektar stehen in Flammen". Its head noun is
//     kept with a "von" or genitive complement: "Der Aktienkurs von
//     Facebook stieg" is about "Aktienkurs Facebook", "Der Umsatz des
//     Konzerns" about "Umsatz Konzern"; a name such as "Deutsche Bank" is
//     kept whole, and "Facebooks Aktienkurs" is "Aktienkurs Facebook".
//
// A figure left without About by these rules (and not a span of time)
// takes the About of the last figure of the sentence in the same unit: "in
// Schulen sind es acht Prozent, in Städten 51 Prozent".
//
// A capitalised article inside a sentence ("... an der Börse ab Die Aktie
// verlor ...") starts a new clause: a headline the sentence splitter joined
// to the first sentence.
//
// About keeps the case of the text so that it reads well. Measure gives
// the key to compare figures across articles: lower case, the last part of
// a hyphenated compound, common synonyms of lists/measures.txt merged
// ("Papier" and "Aktienkurs" are "aktie"), German-stemmed; generic heads
// ("Zahl", "Anteil") keep their complement ("zahl arbeitslos").
// Dimension groups units (all currencies are "money") so that a currency
// conflict between two figures of the same Measure can be found.
//
// # Speed
//
// Extract tokenises each sentence itself in one pass over its bytes (the
// tokens of text.Split are not needed) and looks words up in maps; it uses
// no regular expressions.
package figures

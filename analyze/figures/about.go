package figures

import (
	"math"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"github.com/corpus-news/corpus/analyze/fact"
)

// subjectWindow is how many tokens before a figure its subject is looked
// for; it also keeps long clauses full of figures linear.
const subjectWindow = 40

// pronouns that stand as a subject.
var pronouns = map[string]bool{
	"er": true, "sie": true, "es": true, "wir": true, "ich": true, "man": true, "ihr": false,
}

// np is a noun phrase found in a clause.
type np struct {
	start, end int
	text       string
	pp         bool // inside a prepositional phrase
}

// about returns what the figure at token i (text tokens [start, end))
// measures; the rule is in the package comment. A noun of change heading
// it gives way to its complement: "Anstieg der Vorfälle" is "Vorfälle".
func (sc *scanner) about(i, start, end int, tl tail, unit string) string {
	a := sc.aboutRaw(i, start, end, tl, unit)
	if head, rest, ok := strings.Cut(a, " "); ok && isChangeNoun(head) {
		return rest
	}
	return a
}

// isChangeNoun reports a noun of lists/direction.txt: "Anstieg", "Plus".
func isChangeNoun(w string) bool {
	w = strings.ToLower(w)
	if _, ok := lists.dirWord[w]; ok {
		return true
	}
	for _, pd := range lists.dirPrefix {
		if strings.HasPrefix(w, pd.prefix) {
			return true
		}
	}
	return false
}

func (sc *scanner) aboutRaw(i, start, end int, tl tail, unit string) string {
	toks := sc.toks
	if tl.noun >= 0 {
		return normNoun(sc.text(tl.nounEnd - 1))
	}
	// The second number of a range: "im Wert von 450 bis 900 Dollar".
	if c := start - 1; c >= 1 && c == sc.lastEnd && sc.lastAbout != "" &&
		(sc.isWord(c, "bis") || sc.isWord(c, "und") || sc.isWord(c, "oder") || sc.isPunct(c, "-") || sc.isPunct(c, "–")) {
		return sc.lastAbout
	}
	if unit == fact.UnitPercent || unit == fact.UnitPoints {
		// "18 Prozent der Arbeiter", "40 Prozent aller Befragten".
		if end < len(toks) && toks[end].kind == kWord {
			switch sc.lower(end) {
			case "der", "des", "aller", "ihrer", "seiner", "unserer", "dieser":
				if n, ok := sc.phraseAt(end, len(toks), start, end); ok {
					return n.text
				}
			}
		}
	}
	if unit != fact.UnitCount && end < len(toks) && !sc.glued(end) {
		// "5 Millionen Euro Strafe", "20 Prozent Rabatt", "3 Tonnen Eis",
		// "ein 800 Kilometer langer Abschnitt", "20 Prozent höhere Preise".
		k := sc.skipAdjectives(end, len(toks))
		if k < len(toks) && sc.isNoun(k) {
			if _, _, ok := lists.units.at(sc.body, toks, k); !ok {
				return normNoun(sc.text(k))
			}
		}
	}
	// "eine Prämie von 20.000 Euro", "Schadenersatz in Höhe von 15
	// Milliarden Dollar": the noun the figure is the amount of.
	if k := sc.amountOf(start); k >= 0 && !sc.fromTo(end) {
		return normNoun(sc.text(k))
	}
	// "Der Hauptpreis (20.000 Euro)": a figure in brackets after a noun;
	// "72 Milliarden Dollar (64 Mrd. Euro)": a conversion of the figure before.
	if sc.isPunct(start-1, "(") && start >= 2 {
		if start-1 == sc.lastEnd && sc.lastAbout != "" {
			return sc.lastAbout
		}
		if start-1 > sc.lastEnd && sc.isNoun(start-2) {
			return sc.text(start - 2)
		}
	}
	c := sc.clause[i]
	a, b := sc.clauseRange(c)
	// The object a change or estimate applies to: "erhöhte den Leitzins um
	// 25 Basispunkte", "schätzt die Kosten auf 500 Millionen Dollar".
	// "hält das Rentenniveau bis 2031 bei 48 Prozent": prepositional
	// phrases may stand between the object and the figure.
	if q := start - 1; q > a && (sc.isWord(q, "um") || sc.isWord(q, "auf") || sc.isWord(q, "bei")) {
		for k := max(a, q-10); k < q; k++ {
			if toks[k].kind != kWord || !lists.determiners[sc.lower(k)] || sc.afterPreposition(k) ||
				k > a && toks[k-1].kind == kWord && toks[k-1].upper {
				continue // not in a prepositional phrase nor the genitive of a noun
			}
			n, ok := sc.phraseAt(k, q, start, end)
			if !ok || sc.loneChangeNoun(n) {
				continue
			}
			// Phrases between only after "bei" or an object's article: "Die
			// Kosten beziffert das Ministerium bis 2031 auf ..." has its
			// subject there.
			if n.end == q || (sc.isWord(q, "bei") || objectArticles[sc.lower(k)]) && sc.skipAdjuncts(n.end, q) == q {
				return n.text
			}
		}
	}
	// A relative clause whose pronoun stands for what is measured:
	// "Nahrungsmittel, die sich um 3,1 Prozent verteuerten".
	if ant := sc.relativeAntecedent(c, start); ant != "" {
		return ant
	}
	var after string
	for k := max(a, start-subjectWindow); k < b; {
		if k >= start && k < end {
			k = end
			continue
		}
		if k < start && toks[k].kind == kWord && pronouns[sc.lower(k)] {
			// "Er ist 45 Jahre alt": the subject is a pronoun, standing for
			// the subject before it when that is clear.
			return sc.antecedent(k, c)
		}
		if k > end+3 && after == "" {
			break // an object far after the figure is not what it measures
		}
		n, ok := sc.phraseAt(k, b, start, end)
		if !ok {
			k++
			continue
		}
		if !n.pp && !sc.loneChangeNoun(n) {
			if n.start < start {
				return n.text
			}
			if after == "" {
				after = n.text
			}
		}
		k = n.end
	}
	if after != "" {
		return after
	}
	// An earlier clause of the sentence, when only commas, brackets or
	// dashes part them: "Der Umsatz, der ..., stieg um 5 Prozent". Relative
	// clauses and brackets between are skipped: "Die Kerninflation, die
	// Preise für Energie ausklammert, lag bei 2,7 Prozent".
	bracket := false
	for c--; c >= 0; c-- {
		a, b := sc.clauseRange(c)
		bd := sc.cstart[c+1]
		if b < start-subjectWindow {
			break
		}
		switch {
		case sc.isPunct(bd, ")") && sc.isPunct(a, "("):
			bracket = true // "(IAA) bis 2035 auf 240 Milliarden Euro"
			continue
		case sc.isPunct(bd, "–") || sc.isPunct(bd, "—"):
			if !sc.hasLowerWord(a, b) {
				c = -1 // a dateline: "Wien – Zehn Tage nach der Wahl ..."
				continue
			}
			bracket = false
		case sc.isPunct(bd, ",") || bracket && sc.isPunct(bd, "("):
			bracket = false
		default:
			c = -1
			continue
		}
		if c > 0 && sc.relativeClause(c) {
			continue
		}
		for k := max(a, start-subjectWindow); k < b; {
			n, ok := sc.phraseAt(k, b, -1, -1)
			if !ok {
				k++
				continue
			}
			if !n.pp && !sc.loneChangeNoun(n) {
				return n.text
			}
			k = n.end
		}
	}
	// A measure that is itself the subject: "Mehr als 450 Hektar stehen in
	// Flammen" measures what the verb says of it.
	if d := Dimension(unit); sc.opensClause(start) && d != "money" && d != fact.UnitCount &&
		d != fact.UnitPercent && d != fact.UnitPoints && !isDuration(unit) {
		for k := end; k < b && k < end+6; {
			n, ok := sc.phraseAt(k, b, -1, -1)
			if !ok {
				k++
				continue
			}
			return n.text
		}
	}
	return ""
}

// objectArticles can only open an accusative or dative noun phrase: not
// a subject.
var objectArticles = map[string]bool{
	"den": true, "dem": true, "einen": true, "einem": true, "ihren": true, "ihrem": true,
	"seinen": true, "seinem": true, "unseren": true, "unserem": true, "diesen": true,
	"diesem": true, "keinen": true, "keinem": true, "jenen": true, "jenem": true,
}

// hasLowerWord reports a word in lower case among tokens [a, b): a
// clause with a verb, not a dateline or a name alone.
func (sc *scanner) hasLowerWord(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.toks[k].kind == kWord && !sc.toks[k].upper {
			return true
		}
	}
	return false
}

// opensClause reports that token start is the first word of its clause.
func (sc *scanner) opensClause(start int) bool {
	a, _ := sc.clauseRange(sc.clause[start])
	for k := a; k < start; k++ {
		if sc.toks[k].kind != kPunct {
			return false
		}
	}
	return true
}

// loneChangeNoun reports a noun phrase that is only a noun of change
// with an indefinite article ("ein Anstieg um 0,3 Prozentpunkte"): it says
// how, not what. "Das Wachstum lag bei 2 Prozent" names a measure.
func (sc *scanner) loneChangeNoun(n np) bool {
	if strings.Contains(n.text, " ") {
		return false
	}
	switch sc.lower(n.start) {
	case "ein", "eine", "einen", "einem", "einer", "eines":
	default:
		return false
	}
	w := strings.ToLower(n.text)
	if _, ok := lists.dirWord[w]; ok {
		return true
	}
	// A prefix only with an ending: "Rückgangs", not "Wachstumsprognose".
	for _, pd := range lists.dirPrefix {
		if strings.HasPrefix(w, pd.prefix) && len(w)-len(pd.prefix) <= 2 {
			return true
		}
	}
	return false
}

// skipAdjuncts skips prepositional phrases ("bis 2031", "im frühen
// Handel") and adverbs from token j, up to token q.
func (sc *scanner) skipAdjuncts(j, q int) int {
	for j < q && sc.toks[j].kind == kWord {
		w := sc.lower(j)
		switch {
		case lists.prepositions[w]:
			j++
			if j < q && sc.toks[j].kind == kWord && lists.prepositions[sc.lower(j)] {
				j++ // "bis zum Herbst"
			}
			if j < q && lists.determiners[sc.lower(j)] {
				j++
			}
			j = sc.skipAdjectives(j, q)
			switch {
			case j < q && sc.toks[j].kind == kNum:
				j++
			case j < q && sc.toks[j].kind == kWord && sc.toks[j].upper:
				j++ // a noun or a month: "im Juli"
			default:
				return j
			}
		case !sc.toks[j].upper && lists.funcs[w]:
			j++
		default:
			return j
		}
	}
	return j
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "denen": true,
	"deren": true, "dessen": true, "welcher": true, "welche": true, "welches": true,
	"welchem": true, "welchen": true,
}

// relativeClause reports that clause c is a relative clause: a comma after
// a noun, a relative pronoun (after a preposition: "in dem") and a verb at
// its end.
func (sc *scanner) relativeClause(c int) bool {
	a, b := sc.clauseRange(c)
	if !sc.isPunct(a, ",") || a == 0 || !sc.isNoun(a-1) || b-a < 3 {
		return false
	}
	k := a + 1
	if sc.toks[k].kind == kWord && lists.prepositions[sc.lower(k)] {
		k++
	}
	if k >= b || sc.toks[k].kind != kWord || sc.toks[k].upper || !relativePronouns[sc.lower(k)] {
		return false
	}
	last := b - 1
	for last > k && sc.toks[last].kind == kPunct {
		last--
	}
	return last > k && sc.toks[last].kind == kWord && !sc.toks[last].upper
}

// relativeAntecedent returns the noun a relative clause c refers to when
// its pronoun is the subject or object of the figure at token start, with
// no other noun phrase between: "Heizöl, das sich um 4,5 Prozent
// verteuerte" is about "Heizöl".
func (sc *scanner) relativeAntecedent(c, start int) string {
	if c == 0 || !sc.relativeClause(c) {
		return ""
	}
	a, _ := sc.clauseRange(c)
	k := a + 1
	if k >= start || lists.prepositions[sc.lower(k)] {
		return "" // "in dem": the pronoun is in a prepositional phrase
	}
	if k+1 < len(sc.toks) && sc.toks[k+1].upper {
		return "" // "die Preise": an article, or a subject of its own
	}
	for j := k + 1; j < start; {
		n, ok := sc.phraseAt(j, start, -1, -1)
		if !ok {
			j++
			continue
		}
		if !n.pp {
			return ""
		}
		j = n.end
	}
	if a == sc.lastEnd && sc.lastAbout != "" {
		// "eine Ablösesumme von 27 Millionen Euro, die sich um drei
		// Millionen erhöhen könnte": the figure before the comma.
		return sc.lastAbout
	}
	if _, _, ok := lists.units.at(sc.body, sc.toks, a-1); ok {
		return ""
	}
	return normNoun(sc.text(a - 1))
}

// antecedent returns what the personal pronoun at token k, the subject of
// clause c, stands for: the subject of the clause before it in the
// sentence, or of the sentence before, when it opens that clause or
// sentence and agrees with the pronoun ("Lebensmittel verteuerten sich:
// Sie kosteten 3,1 Prozent mehr"). Otherwise, and for "es", "man" and the
// first person, it is empty.
func (sc *scanner) antecedent(k, c int) string {
	w := sc.lower(k)
	if w != "er" && w != "sie" {
		return ""
	}
	a, _ := sc.clauseRange(c)
	for j := a; j < k; j++ {
		if sc.toks[j].kind != kPunct {
			return "" // not the first word of its clause
		}
	}
	if c > 0 {
		if !sc.isPunct(a, ":") && !sc.isPunct(a, ";") {
			return ""
		}
		pa, pb := sc.clauseRange(c - 1)
		return sc.subjectOf(pa, pb, w)
	}
	if sc.prevEnd <= sc.prevStart {
		return ""
	}
	prev := scanner{body: sc.body}
	prev.toks = tokenize(nil, sc.body, sc.prevStart, sc.prevEnd)
	prev.lowered = make([]string, len(prev.toks))
	prev.splitClauses()
	if len(prev.cstart) == 0 {
		return ""
	}
	pa, pb := prev.clauseRange(0)
	return prev.subjectOf(pa, pb, w)
}

// subjectOf returns the noun phrase opening tokens [a, b) as their
// subject, after adverbs ("Besonders Lebensmittel verteuerten sich"),
// when a verb follows it and its article agrees with pronoun p.
func (sc *scanner) subjectOf(a, b int, p string) string {
	k := a
	for k < b && sc.toks[k].kind == kPunct {
		k++
	}
	focus := false // "vor allem" is no preposition
	if sc.isWord(k, "vor") && sc.isWord(k+1, "allem") {
		k += 2
		focus = true
	}
	for n := 0; k < b && n < 2 && sc.toks[k].kind == kWord && lists.funcs[sc.lower(k)]; n++ {
		k++
	}
	if k >= b || sc.toks[k].kind != kWord {
		return ""
	}
	det := ""
	if w := sc.lower(k); lists.determiners[w] {
		det = w
	}
	n, ok := sc.phraseAt(k, b, -1, -1)
	if !ok || n.pp && !focus || n.end >= b || sc.toks[n.end].kind != kWord || sc.toks[n.end].upper {
		return ""
	}
	switch det {
	case "":
	case "der", "ein", "dieser", "jener", "kein":
		if p != "er" {
			return ""
		}
	case "die", "eine", "diese", "jene", "keine":
		if p != "sie" {
			return ""
		}
	default:
		return ""
	}
	return n.text
}

// phraseAt reads a noun phrase starting at token k, before token b and
// outside [skipA, skipB): a determiner with adjectives and a noun, or a
// capitalised noun or name, with a "von" or genitive complement.
func (sc *scanner) phraseAt(k, b, skipA, skipB int) (np, bool) {
	toks := sc.toks
	if k >= b || toks[k].kind != kWord {
		return np{}, false
	}
	n := np{start: k, pp: sc.afterPreposition(k)}
	m := k
	det := ""
	if w := sc.lower(k); lists.determiners[w] {
		det = w
		m = sc.skipAdjectives(k+1, b)
	} else if _, _, ok := lists.units.at(sc.body, toks, k); ok {
		return np{}, false // "Prozent", "Euro" with no article are units, not subjects
	}
	head, hEnd, ok := sc.nounRun(m, b, skipA, skipB, det == "")
	if !ok {
		return np{}, false
	}
	if det == "des" || det == "eines" {
		head = stripGenitive(head)
	}
	n.text, n.end = head, hEnd
	// The complement: "von Facebook", "des Konzerns", "der Arbeitslosen".
	j := hEnd
	if j < b && toks[j].kind == kWord {
		w := sc.lower(j)
		cm := -1
		gen := false
		switch {
		case w == "von" || w == "vom":
			cm = j + 1
			if cm < b && lists.determiners[sc.lower(cm)] {
				cm = sc.skipAdjectives(cm+1, b)
			}
		case w == "des" || w == "der" || w == "eines" || w == "einer":
			cm = sc.skipAdjectives(j+1, b)
			gen = w == "des" || w == "eines"
		}
		if cm >= 0 {
			if comp, cEnd, ok := sc.nounRun(cm, b, skipA, skipB, false); ok {
				if gen {
					comp = stripGenitive(comp)
				}
				n.text += " " + comp
				n.end = cEnd
			}
		}
	}
	return n, true
}

// amountOf returns the noun before "von" (or "in Höhe von", "im Wert
// von", "im Umfang von") that a figure starting at token start is the
// amount of, or -1. Nouns of change ("Plus", "Rückgang") do not count: the
// subject says what changed.
func (sc *scanner) amountOf(start int) int {
	k := start - 1
	if !sc.isWord(k, "von") {
		return -1
	}
	k--
	if k >= 1 && (sc.isWord(k, "höhe") || sc.isWord(k, "wert") || sc.isWord(k, "umfang") || sc.isWord(k, "größenordnung")) {
		switch {
		case sc.isWord(k-1, "in") || sc.isWord(k-1, "im"):
			k -= 2
		case k >= 2 && sc.isWord(k-1, "der") && sc.isWord(k-2, "in"):
			k -= 3
		}
	}
	if k < 0 || !sc.isNoun(k) {
		return -1
	}
	if isChangeNoun(sc.text(k)) {
		return -1
	}
	return k
}

// fromTo reports "auf" and a number after a figure ending at token end:
// then "von" before it means "from" ("sank von 7,4 auf 3,6 Stunden"), not
// "the amount of".
func (sc *scanner) fromTo(end int) bool {
	if !sc.isWord(end, "auf") {
		return false
	}
	j := end + 1
	if _, k, ok := lists.hedges.at(sc.body, sc.toks, j); ok {
		j = k
	}
	return j < len(sc.toks) && (sc.toks[j].kind == kNum || sc.maybeNumberWord(j))
}

// afterPreposition reports a preposition before token k, over the
// determiner and adjectives between: "im gleichen Zeitraum".
func (sc *scanner) afterPreposition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && sc.clause[j] == sc.clause[k]; j-- {
		t := sc.toks[j]
		if t.kind != kWord {
			return false
		}
		w := sc.lower(j)
		if lists.prepositions[w] {
			return true
		}
		if t.upper || !(lists.determiners[w] || looksAdjective(w)) {
			return false
		}
	}
	return false
}

// skipAdjectives skips up to three lower-case adjectives from token m.
func (sc *scanner) skipAdjectives(m, b int) int {
	for n := 0; m < b && n < 3; n++ {
		t := sc.toks[m]
		if t.kind != kWord || t.upper {
			break
		}
		w := sc.lower(m)
		if !looksAdjective(w) || lists.funcs[w] || lists.prepositions[w] || lists.determiners[w] {
			break
		}
		m++
	}
	return m
}

// nounRun reads up to three capitalised nouns from token m ("Aktie",
// "Deutsche Bank"), stopping at scale words, time words and [skipA,
// skipB). Without a determiner before it, "Facebooks Aktienkurs" is read
// as a possessive: "Aktienkurs Facebook".
func (sc *scanner) nounRun(m, b, skipA, skipB int, possessive bool) (string, int, bool) {
	j := m
	for j < b && j-m < 3 && !(j >= skipA && j < skipB) && sc.isNoun(j) {
		if _, _, ok := lists.scales.at(sc.body, sc.toks, j); ok {
			break
		}
		j++
	}
	if j == m {
		return "", m, false
	}
	if j-m == 2 && possessive {
		// "Facebooks Aktienkurs" is "Aktienkurs Facebook".
		first, second := sc.text(m), sc.text(m+1)
		if strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") && len(first) > 3 && !looksAdjective(strings.ToLower(first)) {
			return second + " " + first[:len(first)-1], j, true
		}
	}
	return sc.body[sc.toks[m].s:sc.toks[j-1].e], j, true
}

// normNoun drops the dative plural -n after -er and -el: "Nutzern" is
// "Nutzer".
func normNoun(w string) string {
	if len(w) > 4 && (strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln")) {
		switch strings.ToLower(w) {
		case "eltern", "ostern", "gestern", "stern", "kern", "fern", "modern", "intern", "extern":
			return w
		}
		if strings.HasSuffix(strings.ToLower(w), "eltern") {
			return w
		}
		return w[:len(w)-1]
	}
	return w
}

// stripGenitive drops the genitive -s or -es of a noun after "des":
// "Konzerns" is "Konzern", "Landes" is "Land", "Umbaus" is "Umbau"; Latin
// "-us" stays ("des Virus").
func stripGenitive(w string) string {
	if strings.Contains(w, " ") {
		return w
	}
	n := len(w)
	if n > 5 && strings.HasSuffix(w, "es") && !isVowel(w[n-3]) {
		return w[:n-2]
	}
	if n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isVowel(w[n-2]) ||
		n > 3 && (strings.HasSuffix(w, "os") || strings.HasSuffix(w, "aus")) {
		return w[:n-1]
	}
	return w
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Measure returns the key under which figures about the same thing are
// compared across articles: the head of About (or the counted noun) in
// lower case, the last part of a hyphenated compound, merged with its
// synonyms (lists/measures.txt) and German-stemmed; a generic head such as
// "Zahl" or "Anteil" keeps its complement. The unit is not part of the key:
// group by Measure and Dimension to find figures to compare, so that a
// currency conflict (EUR against USD) shows. Empty when nothing is known.
func Measure(f fact.Figure) string {
	about := f.About
	if f.Noun != "" {
		about = normNoun(f.Noun)
	}
	words := strings.Fields(about)
	if len(words) == 0 {
		return ""
	}
	head, rest := words[0], words[1:]
	key := measureWord(head)
	if lists.generic[strings.ToLower(head)] && len(rest) > 0 {
		key += " " + measureWord(rest[len(rest)-1])
	}
	return key
}

// measureWord normalises one word for Measure.
func measureWord(w string) string {
	w = strings.ToLower(w)
	if k, ok := lists.measures[w]; ok {
		return k
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		w = w[i+1:]
		if k, ok := lists.measures[w]; ok {
			return k
		}
	}
	env := snowballstem.NewEnv(w)
	german.Stem(env)
	s := env.Current()
	if k, ok := lists.measures[s]; ok {
		return k
	}
	return s
}

// Dimension groups units that measure the same kind of thing: every
// currency is "money"; other units are their own dimension ("percent",
// "percentage_points", "count", "m", "year", ...).
func Dimension(unit string) string {
	if unit == "crowns" {
		return "money"
	}
	if len(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z' && unit[1] >= 'A' && unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z' {
		return "money"
	}
	return unit
}

// Hedge meanings, as listed in lists/hedges.txt.
const (
	hedgeAbout = "about" // rund, etwa: within 10 %
	hedgeBelow = "below" // knapp, fast: up to 10 % under
	hedgeAbove = "above" // gut: up to 10 % over
	hedgeMore  = "more"  // mehr als, über: over, no upper bound
	hedgeMin   = "min"   // mindestens: at least
	hedgeMax   = "max"   // bis zu, höchstens: at most
	hedgeLess  = "less"  // weniger als, unter: under
	hedgePeak  = "peak"  // zeitweise: reached for a while
)

// Bounds returns the interval of values the figure's hedge allows. An
// unhedged figure allows its rounding (0.5 %); "rund", "etwa" allow 10 %
// either way; "knapp", "fast" up to 10 % under; "gut" up to 10 % over;
// "mehr als", "über", "mindestens" any value above; "bis zu", "höchstens",
// "weniger als", "unter" any value from zero up. A time hedge
// ("zeitweise", "zwischenzeitlich") marks a peak: the value was reached for
// a while, so its bounds are the value's own; a checker should treat a
// difference against a peak as less severe. Negative values mirror.
func Bounds(f fact.Figure) (lo, hi float64) {
	v := math.Abs(f.Value)
	lo, hi = v*0.995, v*1.005
	for _, m := range hedgeMeanings(f.Hedge) {
		switch m {
		case hedgeAbout:
			lo, hi = math.Min(lo, v*0.9), math.Max(hi, v*1.1)
		case hedgeBelow:
			lo = math.Min(lo, v*0.9)
		case hedgeAbove:
			hi = math.Max(hi, v*1.1)
		case hedgeMore, hedgeMin:
			hi = math.Inf(1)
		case hedgeMax, hedgeLess:
			lo = 0
		}
	}
	if f.Value < 0 {
		lo, hi = -hi, -lo
	}
	return lo, hi
}

// Peak reports whether the figure's hedge makes it a peak reached for a
// while ("zeitweise", "zwischenzeitlich", "in der Spitze").
func Peak(f fact.Figure) bool {
	for _, m := range hedgeMeanings(f.Hedge) {
		if m == hedgePeak {
			return true
		}
	}
	return false
}

// hedgeMeanings reads the meanings of the hedges in h, left to right.
func hedgeMeanings(h string) []string {
	if h == "" {
		return nil
	}
	toks := tokenize(nil, h, 0, len(h))
	var out []string
	for i := 0; i < len(toks); {
		e, j, ok := lists.hedges.at(h, toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, e.unit)
		i = j
	}
	return out
}

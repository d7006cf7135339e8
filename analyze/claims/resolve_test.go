package claims

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestSpeakerResolution: classes of speaker resolution on unseen text, each
// with sentences written for the test: descriptors of the person quoted,
// names the tagger cut short, documents of bodies, pronouns, demonstratives
// standing first.
func TestSpeakerResolution(t *testing.T) {
	ent := func(body, s, typ string) fact.Entity {
		i := strings.Index(body, s)
		return fact.Entity{Text: s, Start: i, End: i + len(s), Name: s, Type: typ}
	}
	cases := []struct {
		name, body, ev, speaker string
		ents                    []string // text/type pairs, the first match in the body
	}{
		{"definite role of a body after the person spoke",
			"Die Biologin Karla Wendt hat vor dem Artensterben gewarnt. Die Bestände würden schrumpfen, sagte die Leiterin des Instituts für Ökologie.",
			"Bestände", "Karla Wendt", []string{"Karla Wendt", fact.PER}},
		{"a spokesman of a body stays the body",
			"Die Biologin Karla Wendt hat gewarnt. Die Messungen liefen weiter, sagte ein Sprecher des Umweltamts.",
			"Messungen", "Umweltamt", []string{"Karla Wendt", fact.PER}},
		{"person noun not in the lists, named with the name before",
			"Gastwirt Otto Brenner ist verzweifelt. Die Gäste blieben aus, so der Gastwirt. Dann kam der Regen. Man habe alles versucht, sagte der Gastwirt.",
			"alles versucht", "Otto Brenner", []string{"Otto Brenner", fact.PER}},
		{"age noun after the person was quoted",
			"„Ich höre nicht auf“, sagte Trainerin Ilse Korn am Montag. Sie fühle sich fit, sagte die 61-Jährige.",
			"fit", "Ilse Korn", []string{"Ilse Korn", fact.PER}},
		{"role with a place before the apposition",
			"Der Streit sei beigelegt, schreibt der frühere Botschafter in Lyon, Bernd von Hagen, in einem Beitrag.",
			"Streit", "Bernd von Hagen", []string{"Lyon", fact.LOC}},
		{"genitive role with an apposition",
			"Die Schulen können nach Ansicht des Corona-Beraters der Landesregierung, Peter Imhof, bald öffnen.",
			"Schulen", "Peter Imhof", []string{"Peter Imhof", fact.PER}},
		{"a demonstrative standing first is the object",
			"Das Dach sei undicht, sagte der Mieter Jonas Falk. Letzteres bestritt die Hausverwaltung allerdings.",
			"Letzteres", "Hausverwaltung", nil},
		{"the tagger cut the name at its particle",
			"Der frühere Präsident Marco Ruiz da Costa weist die Vorwürfe zurück. Immer wieder beteuert er, nichts gewusst zu haben.",
			"beteuert", "Marco Ruiz da Costa", []string{"Marco Ruiz", fact.PER, "Costa", fact.PER}},
		{"the tagger kept a capitalised particle and cut the rest",
			"Wien – Martina Van der Linden hat einen Entwurf vorgelegt. Van der Linden sagte, der Wahlkampf solle kurz sein.",
			"Wahlkampf", "Martina Van der Linden", []string{"Martina Van", fact.PER}},
		{"the fuller name of the text over the tagger's",
			"Verteidigungsminister Karl Heinz Obermaier bestätigte die Pläne. Die Kontrollen würden verstärkt, sagte Obermaier.",
			"Kontrollen", "Karl Heinz Obermaier", []string{"Heinz Obermaier", fact.PER, "Obermaier", fact.PER}},
		{"decisions of a court",
			"Die Klage wurde abgewiesen. Der Vertrag sei gültig, heißt es in zwei Beschlüssen des Landgerichts Passau.",
			"Vertrag", "Landgericht Passau", nil},
		{"a judgement named first",
			"Im Urteil des Oberlandesgerichts heißt es, die Frist sei versäumt worden.",
			"Frist", "Oberlandesgericht", nil},
		{"demnach after a statement published by a company",
			"Die Firma Lumtec hat am Montag eine Stellungnahme veröffentlicht. Demnach seien keine Kundendaten verloren gegangen.",
			"Kundendaten", "Lumtec", []string{"Lumtec", fact.ORG}},
		{"er goes back to the person, not the firm named in between",
			"Der Ökonom Rolf Sander sieht keine Krise. Sander ist Chefvolkswirt einer Bank. Er spricht vor Anlegern. Er will sie beruhigen. Dafür lädt seine Firma auch Journalisten ein. Die Preise würden bald wieder steigen, sagt er.",
			"Preise", "Rolf Sander", []string{"Rolf Sander", fact.PER, "Sander", fact.PER}},
		{"the speaker just quoted goes on, not a name in his apposition",
			"Die Krise werde länger dauern, meint auch Lars Berg, Professor an der Universität Emil Kraus. Mit dem Winter wird es schwieriger, sagt er.",
			"Winter", "Lars Berg", []string{"Lars Berg", fact.PER, "Emil Kraus", fact.PER}},
		{"an age before the role",
			"Das Viertel braucht mehr Licht, sagt die 34 Jahre junge Bezirksrätin Mira Holl.",
			"Viertel", "Mira Holl", []string{"Mira Holl", fact.PER}},
		{"a club named by its league and town, then as the team ranked second to last",
			"Trainer Jens Kolb verlässt den Fußball-Zweitligisten Kiel 08 zum Saisonende. Gerüchte um eine Trennung hatte der Tabellenvorletzte noch am Freitag dementiert.",
			"Gerüchte", "Kiel 08", []string{"Jens Kolb", fact.PER, "Kiel 08", fact.LOC}},
		{"the club after the team was named",
			"Der Tabellenführer Union Kranzberg trennt sich von seinem Trainer. Der Klub bestätigte die Trennung am Montag.",
			"Trennung", "Union Kranzberg", []string{"Union Kranzberg", fact.ORG}},
		{"unmarked first-person speech a few sentences after the speaker",
			"Ich kandidiere wieder, sagt Bezirksrätin Lena Fuchs. Sie sitzt seit 2010 im Bezirksrat. Die Wahl findet im Oktober statt. Im Herbst haben wir viel vor.",
			"Im Herbst", "Lena Fuchs", []string{"Lena Fuchs", fact.PER}},
		{"a role opening the article is the person it names most",
			"Die Ministerin hat die Bürger ermahnt, vorsichtig zu bleiben. Ministerin Gerda Blum sprach am Abend. Blum lobte die Helfer. Später besuchte Blum eine Klinik.",
			"ermahnt", "Gerda Blum", []string{"Gerda Blum", fact.PER, "Blum", fact.PER, "Blum", fact.PER}},
		{"a verb of saying with its particle",
			"Die Präsidentin des Verbands, Hilde Sommer, wies darauf hin, dass die Kurzarbeit kein Instrument ohne Ende sei.",
			"Kurzarbeit", "Hilde Sommer", []string{"Hilde Sommer", fact.PER}},
		{"a person before a colon and first-person speech after it, without quote marks",
			"Vor der Wahl zeigte sich Kandidatin Rosa Lind gelassen: Ich glaube, dass wir gewinnen werden.",
			"gewinnen", "Rosa Lind", []string{"Rosa Lind", fact.PER}},
		{"an organisation noun refers back to the one body named",
			"Die Welthungerhilfe warnt vor einer Dürre. Nach Angaben der Organisation sind zwei Millionen Menschen betroffen.",
			"zwei Millionen", "Welthungerhilfe", []string{"Welthungerhilfe", fact.ORG}},
		{"a bank noun refers back to the bank named",
			"Der Vorstand der Nordbank sieht keine Gefahr. Das Institut sei gut aufgestellt, teilte die Bank mit.",
			"gut aufgestellt", "Nordbank", []string{"Nordbank", fact.ORG}},
		{"a share of the respondents after a fronted adverb",
			"Heuer gab die Mehrheit der Befragten an, öfter mit dem Rad zu fahren.",
			"Rad zu fahren", "Befragten", nil},
		{"the outlet's own information",
			"Der Verkauf soll nach Tagesspiegel-Infos schon beschlossen sein.",
			"Verkauf", "Tagesspiegel", nil},
		{"an adjective that only points back is no part of the descriptor",
			"Die Ferien beginnen früher. Letzter Schultag ist laut den jeweiligen Kultusministerien der 18. Dezember.",
			"Letzter Schultag", "Kultusministerien", nil},
		{"a plural role before the genitive of all",
			"Im Entwurf hatten Chefs aller Länder vorgeschlagen, die Ferien vorzuziehen.",
			"Ferien vorzuziehen", "Länder", nil},
		{"an aside in parentheses before the verb holds no subject",
			"Zur Lage der Schulen (viele Lehrer sind erkrankt) sagte Ministerin Anna Graf, der Unterricht finde statt.",
			"Unterricht", "Anna Graf", []string{"Anna Graf", fact.PER}},
		{"wie es aus X hieß",
			"Wie es aus dem Verkehrsministerium hieß, sollen die Kontrollen verstärkt werden.",
			"Kontrollen", "Verkehrsministerium", nil},
		{"seitens X hieß es",
			"Seitens der Gewerkschaft hieß es, man sei zu Gesprächen bereit.",
			"Gesprächen", "Gewerkschaft", nil},
		{"für X ist klar",
			"Für Ökonomin Lisa Brandt ist klar: Die Zinsen werden steigen.",
			"Zinsen", "Lisa Brandt", []string{"Lisa Brandt", fact.PER}},
		{"a spokesman of the body that just spoke",
			"Die Bergwacht bestätigte den Einsatz. Zwei Wanderer seien verletzt worden, teilte ein Sprecher mit.",
			"Wanderer", "Bergwacht", nil},
		{"a report named by its body in one compound",
			"Größter Schuldner ist laut Rechnungshofbericht die Landesholding selbst.",
			"Schuldner", "Rechnungshof", nil},
		{"an acronym before a preposition is no name with a particle",
			"Das Land habe laut LRH von der Holding jährlich sieben Millionen Euro erhalten.",
			"sieben Millionen", "LRH", nil},
		{"hielt dem entgegen",
			"Der Prüfbericht kritisiert die Vergabe. Die Holding hielt dem entgegen, dass es sich um eigene Töchter handle.",
			"Töchter", "Holding", nil},
		{"a named subject before dass with a verb the lists do not know",
			"Die Stadt sei zu spät eingeschritten, heißt es im Prüfbericht. Die Stadtwerke Nordheim bleiben dabei, dass die Verträge gültig seien.",
			"Verträge", "Stadtwerke Nordheim", []string{"Stadtwerke Nordheim", fact.ORG}},
		{"a capitalised adverb standing first is no speaker",
			"Die Künstlerin Mara Holt zeigt ihr Werk. Ansonsten verspricht sie: Der Plan ist, dass alles online bleibt.",
			"online", "Mara Holt", []string{"Mara Holt", fact.PER}},
		{"the first word of a long name said alone",
			"Der Gesandte Amir Said al-Rahman warnte vor Gewalt. Die Lage sei ernst, sagte Amir.",
			"Lage", "Amir Said al-Rahman", []string{"Amir Said al-Rahman", fact.PER, "Amir", fact.PER}},
		{"an outlet name that goes on past the part the list knows",
			"Die Armee habe Ziele angegriffen, meldete der Nachrichtensender NTV Türk.",
			"Armee", "NTV Türk", nil},
		{"a surname with its particle after the cue and a quote",
			"Berta von Hallstein leitet das Institut. „Die Zahlen sind zu hoch“, sagte von Hallstein dem „Abendblatt“ (Sonntagsausgabe).",
			"Zahlen", "Berta von Hallstein", []string{"Berta von Hallstein", fact.PER}},
		{"an institution with für and the name in apposition",
			"Die Gewalt nehme zu, sagte der UN-Sonderbeauftragte für Flüchtlinge, Omar Said al-Karim, am Freitag.",
			"Gewalt", "Omar Said al-Karim", nil},
		{"kurz gesagt is no cue",
			"Die Initiative legt ein Manifest vor. Kurz gesagt geht es um Folgendes: Das System hat keine Zukunft.",
			"Manifest", "", nil},
		{"a plural report of media lets the verb name the speaker",
			"Im Gespräch mit dem Präsidenten betonte Minister Karl Feld griechischen Medienberichten zufolge, die Lage sei ernst.",
			"Lage sei ernst", "Karl Feld", []string{"Karl Feld", fact.PER}},
		{"more than half of the respondents",
			"So glaubt über die Hälfte der Befragten, dass die Maßnahmen wirken.",
			"Maßnahmen", "Befragten", nil},
		{"a coordinated object of a fronted preposition",
			"In einem Antrag von Grünen und FDP fordert der Bezirksausschuss Nord, dass die Stadt handeln solle.",
			"Stadt handeln", "Bezirksausschuss Nord", []string{"Bezirksausschuss Nord", fact.ORG, "FDP", fact.ORG}},
		{"heißt es auf der Website of a festival",
			"„Die Dichtung reagiert auf die Krise“, heißt es auf der Website des Festivals.",
			"Dichtung", "Festival", nil},
		{"a verb of speaking with no content, then Konjunktiv",
			"Anders äußerte sich Verkehrsminister Lutz Berger. Er hält die Regel für falsch. Wenn Reisen erlaubt seien, müsse auch das Hotel offen sein.",
			"Hotel offen", "Lutz Berger", []string{"Lutz Berger", fact.PER}},
		{"dagegen hatte sich X ausgesprochen",
			"Drei Länder wollen die Hotels öffnen. Dagegen hatte sich bereits Kanzleramtschef Tim Brandl ausgesprochen.",
			"Dagegen", "Tim Brandl", []string{"Tim Brandl", fact.PER}},
		{"zeigte sich nicht überzeugt",
			"Das Ministerium legte Zahlen vor. Die Opposition zeigte sich davon jedoch nicht überzeugt.",
			"überzeugt", "Opposition", nil},
		{"a share of respondents after the survey's holder spoke",
			"Laut einer Umfrage des Verbands Radwerk fahren mehr Menschen Rad. 56 Prozent zeigen sich besorgt über den Verkehr.",
			"56 Prozent", "Radwerk", []string{"Radwerk", fact.ORG}},
		{"heißt es after a comma inside the closing mark",
			"Das Festival findet online statt. „Die Dichtung kann auf die Krise reagieren,“ heißt es auf der Website des Festivals.",
			"Dichtung", "Festival", nil},
		{"a short number ends the name of a station",
			"Wie der Radiosender Kosmos 984 am Mittwoch berichtete, beläuft sich der Schaden auf sechs Millionen Euro.",
			"Schaden", "Kosmos 984", nil},
		{"a speaker in a während-clause with its own dass-clause",
			"Während Kanzler Otto Maier davon ausging, dass das Jahr hart wird, blieb sein Vize gelassen.",
			"Jahr hart", "Otto Maier", []string{"Otto Maier", fact.PER}},
		{"a particle that closes the sentence after an apposition",
			"Das mache ich nicht mit, richtet Stadträtin Eva Kern ihrem Gegenspieler, dem Kammerpräsidenten Paul Roth, aus.",
			"mache ich", "Eva Kern", []string{"Eva Kern", fact.PER, "Paul Roth", fact.PER}},
		{"das sah auch X so",
			"Der Sieg sei verdient gewesen, sagte Trainer Jan Holm. Das sah auch Gästecoach Olaf Brenner so.",
			"Das sah", "Olaf Brenner", []string{"Jan Holm", fact.PER, "Olaf Brenner", fact.PER}},
		{"laut den Organisatoren",
			"Ziel des Preises ist laut den Organisatoren die Förderung junger Autoren.",
			"Förderung", "Organisatoren", nil},
		{"the states as speakers",
			"Wo sollen die Gäste schlafen? Im Hotel gleich nebenan, sagen manche Länder.",
			"Im Hotel", "Länder", nil},
		{"es heißt with words between and a dass-clause",
			"Auch wenn es vielerorts noch heißt, dass es keine Pflicht geben wird.",
			"Pflicht", UnnamedSource, nil},
		{"the apposition's full name over the tagger's cut one",
			"Die Gewalt nehme zu, sagte der Sonderbeauftragte für Flüchtlinge, Omar Said al-Karim, in Genf.",
			"Gewalt", "Omar Said al-Karim", []string{"Omar Said", fact.PER}},
		{"the one who confirmed a report goes on, not the paper",
			"Grund sei der schwache Markt, bestätigte der Konzern Voltwerk einen Bericht der Kleinen Zeitung. Das Klima sei angespannt.",
			"Klima sei", "Voltwerk", []string{"Voltwerk", fact.ORG}},
		{"a plural role is no person named before",
			"Die Studie stammt von Karl Wenz. Die Forscher untersuchten 80 Proben und stellten fest, dass die Werte sanken.",
			"Werte sanken", "Forscher", []string{"Karl Wenz", fact.PER}},
		{"the researcher of a lab speaks again",
			"Ein Forscher der Forschungsgruppe Nordlicht sagte, die Daten seien wertvoll. Mehr Proben seien nötig, sagte der Forscher unter der Bedingung der Anonymität.",
			"Mehr Proben", "Nordlicht", []string{"Nordlicht", fact.ORG}},
		{"an inhabitant noun two sentences after the one person named",
			"Gäste-Trainer Paul Esser lobte die Moral seiner Elf. Diese Truppe gibt nie auf. Wir waren frischer am Ende, meinte der Grazer.",
			"frischer", "Paul Esser", []string{"Paul Esser", fact.PER}},
		{"an agency heading its report with a colon",
			"AFP: Drei Arbeiter seit Montag vermisst – Suche dauert an. Die Familien sind besorgt.",
			"Arbeiter", "AFP", nil},
		{"a noun the lists do not know before the tagged name of a body",
			"Die Reederei Albis hat einen Bericht der Hafenzeitung zurückgewiesen, wonach sie Schiffe verlegen wolle.",
			"zurückgewiesen", "Reederei Albis", []string{"Albis", fact.ORG}},
		{"a title noun before the name is no part of it",
			"Der Plan steht. Sein Amtskollege Udo Reim betonte, dass die Mittel reichten.",
			"Mittel", "Udo Reim", []string{"Amtskollege Udo Reim", fact.PER}},
	}
	for _, c := range cases {
		var ents []fact.Entity
		for k := 0; k+1 < len(c.ents); k += 2 {
			ents = append(ents, ent(c.body, c.ents[k], c.ents[k+1]))
		}
		got := Extract(Doc{ID: "r", Body: c.body, Entities: ents})
		if c.speaker == "" {
			for _, g := range got {
				if strings.Contains(g.Evidence, "gesagt") || strings.Contains(g.Evidence, c.ev) {
					t.Errorf("%s: want no claim, got %+v", c.name, g)
				}
			}
			continue
		}
		found := false
		for _, g := range got {
			if strings.Contains(g.Evidence, c.ev) {
				found = true
				if g.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.name, g.Speaker, c.speaker)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no claim with %q in %+v", c.name, c.ev, got)
		}
	}
}

// TestWrappedLines: a hard line wrap inside a sentence, which the sentence
// splitter may take for a boundary before a capitalised noun, does not cut
// the cue from its speaker.
func TestWrappedLines(t *testing.T) {
	body := "Die Schulen könnten im Mai öffnen. Die Lage werde\nEnde April beurteilt, sagte Ministerin Petra Lorenz in einem Gespräch mit dem\nSender Radio Nord."
	i := strings.Index(body, "Ende April")
	j := strings.Index(body, "Sender Radio")
	sents := []fact.Sentence{{Start: 0, End: 34}, {Start: 35, End: i - 1}, {Start: i, End: j - 1}, {Start: j, End: len(body)}}
	got := Extract(Doc{ID: "w", Body: body, Sentences: sents})
	if len(got) != 1 || got[0].Speaker != "Petra Lorenz" || !strings.Contains(got[0].Evidence, "Die Lage werde") || !strings.HasSuffix(got[0].Evidence, "Radio Nord.") {
		t.Errorf("want one claim of Petra Lorenz over the wrapped sentence, got %+v", got)
	}
}

// TestNotClaims: sentences that look like attributions and are none.
func TestNotClaims(t *testing.T) {
	for _, body := range []string{
		"Was heißt es also, wenn ein Bewerber die Matura angibt?",
		"Viele wissen zu schätzen, was es heißt, eine Heimat zu haben.",
		"Insgesamt sind nun 1.200 Ansteckungen und 30 Todesfälle bestätigt.",
		"Der Plan von Bürgermeister Jan Ott sieht vor: neue Radwege, mehr Bäume und breitere Gehsteige.",
		"Dass die Steuer zu hoch ist, zeigt sich am Griff in die Geldbeutel der Bürger.",
		"Nein, es wurde ganz gezielt ein Kahlschlag, eine „Effizienzsteigerung“ und Privatisierungen gefordert.",
		"Der Entwurf wird am Montag übermittelt, eine Obergrenze von zwei Millionen Euro vorgeschlagen.",
		"Geht es nach dem Analysten, heißt es nun auf die nächste Aufwärtsbewegung warten.",
	} {
		if got := extract(body); len(got) != 0 {
			t.Errorf("%q: want no claim, got %+v", body, got)
		}
	}
}

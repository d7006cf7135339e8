package claims

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// want is one expected claim: the evidence must contain ev; speaker, stance
// and the other fields are checked when set.
type want struct {
	ev       string
	speaker  string
	stance   string
	partial  bool
	polarity string
	mode     string
	of       string
}

func extract(body string, ents ...fact.Entity) []fact.Claim {
	return Extract(Doc{ID: "t1", Body: body, Outlet: "Testblatt", Entities: ents})
}

func TestPatterns(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []want
	}{
		{"quote cue after", `Die Stadtwerke erhöhen die Preise. „Wir haben keine andere Wahl gehabt“, sagte Geschäftsführerin Petra Lindner am Montag.`,
			[]want{{ev: "keine andere Wahl", speaker: "Petra Lindner", stance: fact.Asserts, mode: ModeDirect}}},
		{"guillemets, spokesman of the company", `Der Konzern Volta verkauft seine Batteriesparte. «Der Verkauf bringt uns Luft für neue Projekte», erklärte ein Firmensprecher.`,
			[]want{{ev: "Luft für neue Projekte", speaker: "Volta", of: "Volta", stance: fact.Asserts}}},
		{"reversed guillemets and so X weiter", `Die Reederei Nordlicht meldet Verluste. »Die Frachtraten sind um die Hälfte gefallen«, so Vorstand Jens Harms weiter.`,
			[]want{{ev: "Frachtraten", speaker: "Jens Harms"}}},
		{"straight quotes, cue before with colon", `Bürgermeisterin Anna Kolb sagte: "Das neue Hallenbad wird im Mai eröffnet."`,
			[]want{{ev: "Hallenbad", speaker: "Anna Kolb", stance: fact.Asserts}}},
		{"quote over two sentences", `„Die Lage ist ernst. Wir brauchen mehr Personal in den Kliniken“, sagte der Ärztepräsident Klaus Brenner.`,
			[]want{{ev: "Die Lage ist ernst", speaker: "Klaus Brenner"}}},
		{"sagte X der Zeitung Y", `Die Region braucht neue Straßen, sagte Landrat Otto Weiß der Rheinischen Post.`,
			[]want{{ev: "neue Straßen", speaker: "Otto Weiß", stance: fact.Asserts}}},
		{"teilte mit", `Der Flughafen bleibt bis Sonntag geschlossen, teilte die Betreibergesellschaft am Freitag mit.`,
			[]want{{ev: "Flughafen bleibt", speaker: "Betreibergesellschaft"}}},
		{"Konjunktiv continuation", `Innenminister Paul Berger sagte, die Grenzkontrollen würden verlängert. Die Lage sei weiter angespannt. Man habe keine Wahl.`,
			[]want{{ev: "Grenzkontrollen", speaker: "Paul Berger"}, {ev: "Lage sei", speaker: "Paul Berger", mode: ModeIndirect}, {ev: "Man habe", speaker: "Paul Berger"}}},
		{"laut", `Laut Polizei wurden bei dem Unfall drei Menschen verletzt.`,
			[]want{{ev: "drei Menschen", speaker: "Polizei", stance: fact.Asserts, mode: ModeAccordingTo}}},
		{"zufolge with a medium", `Dem Nachrichtenmagazin Spiegel zufolge plant die Bahn neue Strecken.`,
			[]want{{ev: "neue Strecken", speaker: "Spiegel", stance: fact.Reports}}},
		{"wie X berichtet", `Wie die Nachrichtenagentur Reuters berichtet, stehen die Verhandlungen kurz vor dem Abschluss.`,
			[]want{{ev: "Verhandlungen", speaker: "Reuters", stance: fact.Reports}}},
		{"berichtete X", `Der Hersteller will 500 Stellen streichen, berichtete das Handelsblatt am Dienstag.`,
			[]want{{ev: "500 Stellen", speaker: "Handelsblatt", stance: fact.Reports}}},
		{"unter Berufung auf a named source", `Wie die Agentur AFP unter Berufung auf die New York Times berichtet, soll der Minister zurücktreten wollen.`,
			[]want{{ev: "Minister", speaker: "New York Times", stance: fact.Reports}}},
		{"unter Berufung auf insiders", `Der Fonds verkauft seine Anteile, berichtet die Financial Times unter Berufung auf Insider.`,
			[]want{{ev: "Fonds", speaker: "Financial Times", stance: fact.Reports}}},
		{"nach Angaben von", `Nach Angaben der Feuerwehr brannte die Halle vollständig aus.`,
			[]want{{ev: "Halle", speaker: "Feuerwehr", stance: fact.Asserts}}},
		{"nach eigenen Angaben", `Der Verein hat nach eigenen Angaben 3000 neue Mitglieder gewonnen.`,
			[]want{{ev: "3000 neue Mitglieder", speaker: "Verein", stance: fact.Asserts, polarity: "positive"}}},
		{"heißt es in", `Die Zahl der Anträge habe sich verdoppelt, heißt es in einem Bericht des Landesrechnungshofs.`,
			[]want{{ev: "Anträge", speaker: "Landesrechnungshof"}}},
		{"demnach", `Die Zeitung Kurier berichtete, die Regierung plane eine Reform. Demnach sollen die Steuern sinken.`,
			[]want{{ev: "Kurier berichtete", speaker: "Kurier"}, {ev: "Steuern sinken", speaker: "Kurier", stance: fact.Reports}}},
		{"hearsay soll haben", `Der Trainer soll den Spieler beleidigt haben.`,
			[]want{{ev: "beleidigt", speaker: UnnamedSource, stance: fact.Reports, mode: ModeHearsay}}},
		{"pronoun subject after a fronted prepositional phrase", `Ministerin Jana Roth sprach vor dem Landtag. An die Bürgermeister der Gemeinden appellierte sie, die Hallen offen zu halten.`,
			[]want{{ev: "appellierte sie", speaker: "Jana Roth"}}},
		{"subject after the verb, object first", `Die neue Gebühr tritt im Mai in Kraft. Die Erhöhung begründet der Verkehrsverbund damit, dass die Kosten gestiegen seien.`,
			[]want{{ev: "Erhöhung begründet", speaker: "Verkehrsverbund"}}},
		{"adjective and organisation noun carried to heißt es", `Das hatte der Gemeinsame Schulausschuss von Eltern, Lehrern und Gewerkschaften im März beschlossen. Die Regel sei überholt, hieß es damals.`,
			[]want{{ev: "Regel sei", speaker: "Gemeinsame Schulausschuss"}}},
		{"man with a place after the verb", `Die Bibliothek schließt im Sommer. Die Sanierung sei dringend, sagte man in der Stadtverwaltung.`,
			[]want{{ev: "Sanierung", speaker: "Stadtverwaltung"}}},
		{"a document whose genitive is an event", `Der Zeuge wurde zwei Stunden befragt. Laut dem Protokoll der Sitzung habe er die Zahlungen gekannt.`,
			[]want{{ev: "Zahlungen", speaker: "Protokoll"}}},
		{"man after a refusal of named spokesmen", `Die Verhandlungen laufen seit Wochen. Reedereichef Lars Vogel wollte sich nicht äußern. Man habe aber stets betont, offen für Gespräche zu sein.`,
			[]want{{ev: "offen für Gespräche", speaker: "Lars Vogel"}}},
		{"a team descriptor with no team named is kept", `Der Tabellenletzte teilte am Sonntag mit, der Trainer bleibe im Amt.`,
			[]want{{ev: "Trainer bleibe", speaker: "Tabellenletzte"}}},
		{"a report on a topic takes no proposition from the sentence before", `Wie die Zeitung Kurier unter Berufung auf Konzernkreise berichtet, sollen 400 Stellen wegfallen. Der Vorstand wolle den Plan im Mai vorlegen. Das Handelsblatt hatte bereits im Januar über Sparpläne berichtet.`,
			[]want{{ev: "400 Stellen", speaker: "Kurier", stance: fact.Reports}, {ev: "Vorstand wolle", speaker: "Kurier", stance: fact.Reports}}},
		{"so X with a phrase of place after it", `Die Grenzen bleiben geschlossen, so Regierungschefin Mara Lind in einer Fernsehansprache.`,
			[]want{{ev: "Grenzen bleiben", speaker: "Mara Lind", stance: fact.Asserts}}},
		{"Das sagte X after the statement", `Die Brücke wird im Herbst fertig. Das sagte Baustadträtin Eva Brandt am Dienstag.`,
			[]want{{ev: "Brücke wird", speaker: "Eva Brandt", stance: fact.Asserts}}},
		{"nach Daten with a genitive holder", `Nach Daten der Weltbank ist die Zahl der Geburten gesunken.`,
			[]want{{ev: "Geburten", speaker: "Weltbank", stance: fact.Asserts}}},
		{"angeblich", `Die Firma plant angeblich einen Börsengang.`,
			[]want{{ev: "Börsengang", stance: fact.Reports, mode: ModeHearsay}}},
		{"Berichten zufolge", `Berichten zufolge hat der Sänger die Tournee abgesagt.`,
			[]want{{ev: "Tournee", stance: fact.Reports}}},
		{"bestätigte", `Die Staatsanwaltschaft Köln bestätigte die Ermittlungen gegen den Bauunternehmer.`,
			[]want{{ev: "Ermittlungen", speaker: "Staatsanwaltschaft Köln", stance: fact.Confirms}}},
		{"räumte ein", `Der Bürgermeister Hans Obermeier räumte Fehler bei der Planung ein.`,
			[]want{{ev: "Fehler", speaker: "Hans Obermeier", stance: fact.Confirms}}},
		{"gab zu", `Der Radprofi Tim Sommer gab Doping in seiner Zeit beim Team zu.`,
			[]want{{ev: "Doping", speaker: "Tim Sommer", stance: fact.Confirms}}},
		{"dementierte teilweise", `Das Ministerium dementierte teilweise einen Bericht der Süddeutschen Zeitung, wonach die Maut verschoben werde.`,
			[]want{{ev: "Maut", speaker: "Ministerium", stance: fact.Denies, partial: true}, {ev: "Maut", speaker: "Süddeutschen Zeitung", stance: fact.Reports}}},
		{"bestritt", `Die Sängerin Lena Roth bestritt, Steuern hinterzogen zu haben.`,
			[]want{{ev: "Steuern", speaker: "Lena Roth", stance: fact.Denies}}},
		{"stritt ab", `Der Angeklagte Marco Petri stritt jede Beteiligung an dem Überfall ab.`,
			[]want{{ev: "Beteiligung", speaker: "Marco Petri", stance: fact.Denies}}},
		{"wies zurück", `Die Gewerkschaft Verdi wies die Vorwürfe der Arbeitgeber entschieden zurück.`,
			[]want{{ev: "Vorwürfe", speaker: "Gewerkschaft Verdi", stance: fact.Denies}}},
		{"das ist nicht wahr", `„Es heißt, wir hätten die Daten verkauft - das ist nicht wahr“, sagte ein Sprecher des Unternehmens Datalux.`,
			[]want{{ev: "Daten verkauft", speaker: "Datalux", stance: fact.Denies}}},
		{"fälschlicherweise", `„Der Artikel behauptet fälschlicherweise, dass wir Kunden abhören“, erklärte die Sprecherin Maria Huber.`,
			[]want{{ev: "abhören", speaker: "Maria Huber", stance: fact.Denies}}},
		{"negation is not denial", `Die Klinik erklärte, die Patienten seien nicht in Gefahr gewesen.`,
			[]want{{ev: "nicht in Gefahr", speaker: "Klinik", stance: fact.Asserts, polarity: "negative"}}},
		{"negated self-statement answering a report", `Die Zeitung Morgenpost berichtete, die Firma Kessler habe Kundendaten verkauft. Die Firma Kessler verkauft nach eigenen Angaben keine Kundendaten.`,
			[]want{{ev: "Kessler habe", speaker: "Morgenpost", stance: fact.Reports}, {ev: "keine Kundendaten", speaker: "Kessler", stance: fact.Denies, polarity: "negative"}}},
		{"company anaphor", `Der Autobauer Ferrox hat seine Prognose gesenkt. Der Konzern teilte mit, der Absatz sei um zehn Prozent gefallen.`,
			[]want{{ev: "Absatz", speaker: "Ferrox", stance: fact.Asserts}}},
		{"spokesperson compound", `Die Züge fahren wieder nach Plan, sagte eine Bahn-Sprecherin.`,
			[]want{{ev: "Züge", speaker: "Bahn", of: "Bahn"}}},
		{"anonymous sources", `Anonymen Quellen zufolge soll der Verband die Wahl manipuliert haben.`,
			[]want{{ev: "Wahl manipuliert", speaker: "Anonyme Quellen", stance: fact.Reports}}},
		{"surname resolves to the full name", `Die Ministerin Sabine Kehl stellte den Plan vor. Der Plan sei solide finanziert, sagte Kehl.`,
			[]want{{ev: "solide", speaker: "Sabine Kehl"}}},
		{"colon heading", `Ökonom: Die Inflation sinkt bis zum Sommer. Das sagte der Ökonom Frank Adler in Berlin.`,
			[]want{{ev: "Inflation sinkt", stance: fact.Asserts}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(tc.body)
			for _, w := range tc.want {
				ok := false
				var seen []string
				for _, c := range got {
					seen = append(seen, c.Speaker+"/"+c.Stance+" ["+c.Evidence+"]")
					if !strings.Contains(c.Evidence, w.ev) {
						continue
					}
					if w.speaker != "" && c.Speaker != w.speaker {
						continue
					}
					if w.stance != "" && c.Stance != w.stance {
						continue
					}
					if w.partial != c.Partial && (w.stance == fact.Denies || w.stance == fact.Confirms) {
						continue
					}
					if w.polarity != "" && c.Polarity != w.polarity {
						continue
					}
					if w.mode != "" && c.Mode != w.mode {
						continue
					}
					if w.of != "" && c.SpeakerOf != w.of {
						continue
					}
					ok = true
				}
				if !ok {
					t.Errorf("no claim %+v\n got %s", w, strings.Join(seen, "\n     "))
				}
			}
		})
	}
}

// TestNoClaims: narration, questions and scare quotes carry no claim.
func TestNoClaims(t *testing.T) {
	for _, body := range []string{
		`Der Bus fuhr um acht Uhr ab. Die Fahrgäste stiegen in Linz aus.`,
		`Die sogenannten „Querdenker“ trafen sich am Samstag auf dem Marktplatz.`,
		`Der Trainer erklärte am Montag seinen Rücktritt.`,
		`Insgesamt wurden 1200 bestätigte Fälle gemeldet.`,
		`Wer hat das gesagt?`,
		`Die neue Methode geht davon aus, dass die Kliniken gleich gut arbeiten.`,
		`Die Reporterin Jana Berg drehte im Ort. Sie werfen ihr vor, Suggestivfragen gestellt zu haben.`,
		`Kleine Figuren sind schnell gedruckt, aufwendige Konstrukte fordern hingegen Geduld.`,
		``,
	} {
		if got := extract(body); len(got) > 0 {
			t.Errorf("%q: want no claim, got %s/%s %q", body, got[0].Speaker, got[0].Stance, got[0].Evidence)
		}
	}
}

// TestClaimFields checks offsets, IDs, the chain and the proposition.
func TestClaimFields(t *testing.T) {
	body := `Die Stadt Graz baut eine neue Brücke. Die Brücke koste 40 Millionen Euro, sagte Stadträtin Eva Lang am Montag.`
	ents := []fact.Entity{{Text: "Graz", Start: 9, End: 13, Name: "Graz", Type: fact.LOC}}
	doc := Doc{ID: "a1", Body: body, Outlet: "Kleine Zeitung", Credits: []string{"APA"}, Entities: ents}
	got := Extract(doc)
	if len(got) != 1 {
		t.Fatalf("want 1 claim, got %d: %+v", len(got), got)
	}
	c := got[0]
	if body[c.Start:c.End] != c.Evidence || !strings.HasPrefix(c.Evidence, "Die Brücke koste") {
		t.Errorf("evidence %q at %d-%d", c.Evidence, c.Start, c.End)
	}
	if c.Speaker != "Eva Lang" || c.Stance != fact.Asserts || c.Cue != "sagte" || c.Mode != ModeIndirect {
		t.Errorf("speaker/stance/cue/mode: %q %q %q %q", c.Speaker, c.Stance, c.Cue, c.Mode)
	}
	if c.Subject != "Brücke" || c.Predicate != stem("kosten") || c.Polarity != "positive" {
		t.Errorf("proposition: subject %q predicate %q polarity %q", c.Subject, c.Predicate, c.Polarity)
	}
	if strings.Join(c.Via, ",") != "Kleine Zeitung,APA" {
		t.Errorf("via %v", c.Via)
	}
	again := Extract(doc)
	if again[0].ID != c.ID || !strings.HasPrefix(c.ID, "c") || len(c.ID) != 17 {
		t.Errorf("ID %q not stable (%q)", c.ID, again[0].ID)
	}
	if c.Outlet != "Kleine Zeitung" || c.Article != "a1" {
		t.Errorf("outlet/article %q %q", c.Outlet, c.Article)
	}
}

// TestEntitiesPreferred: with entities from the tagger, speakers take their
// canonical names.
func TestEntitiesPreferred(t *testing.T) {
	body := `Der Softwarehersteller hat Gewinne gemeldet. Die Zahlen seien gut, sagte der SAP-Chef Christian Klein.`
	i := strings.Index(body, "Christian Klein")
	ents := []fact.Entity{{Text: "Christian Klein", Start: i, End: i + len("Christian Klein"), Name: "Christian Klein", Type: fact.PER}}
	got := extract(body, ents...)
	if len(got) == 0 || got[0].Speaker != "Christian Klein" {
		t.Fatalf("got %+v", got)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`„Wir sind zufrieden“, sagte er.`,
		`«Das «Blatt» lügt», erklärte ein Sprecher.`,
		`Laut laut zufolge Zufolge: "`,
		"Sie soll \"es\" gesagt haben, so",
		"„", "»«", "a, sagte", "Nach eigenen Angaben",
		"Berichte, wonach", "Berichte, wonach a, seien falsch.", "wies Berichte zurück, wonach",
		"Nach unseren", "Nach Informationen unserer Zeitung", "Wie der Elbfunk berichtete,",
		"X widersprach: „kein“", "Im Ort heißt es,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, c := range Extract(Doc{ID: "f", Body: body}) {
			if c.Start < 0 || c.End > len(body) || c.Start > c.End || body[c.Start:c.End] != c.Evidence {
				t.Fatalf("bad span %d-%d in %q", c.Start, c.End, body)
			}
		}
	})
}

func TestLemma(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"gebeten", "bitten"}, {"aufgefordert", "auffordern"}, {"gefragt", "fragen"}, {"nachgefragt", "nachfragen"},
		{"fragt", "fragen"}, {"gearbeitet", "arbeiten"}, {"gewandt", "wenden"}, {"sei", "sein"}, {"genutzt", "nutzen"},
		{"zurückgewiesen", "zurückweisen"}, {"verkaufen", "verkaufen"}, {"plane", "planen"}, {"koste", "kosten"},
		{"sagte", "sagen"}, {"meldete", "melden"},
	} {
		if got := lemma(c.in); got != c.want {
			t.Errorf("lemma(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTeamDescriptor checks that "der Tabellenletzte" stands for the club
// the sentence before is about, not for its opponent named last.
func TestTeamDescriptor(t *testing.T) {
	body := "Der FC Musterstadt verlor am Samstag gegen den SV Beispielhausen. Der Tabellenletzte teilte am Sonntag mit, der Trainer bleibe im Amt."
	var ents []fact.Entity
	for _, n := range []string{"FC Musterstadt", "SV Beispielhausen"} {
		i := strings.Index(body, n)
		ents = append(ents, fact.Entity{Text: n, Start: i, End: i + len(n), Name: n, Type: fact.ORG})
	}
	cs := extract(body, ents...)
	if len(cs) != 1 || cs[0].Speaker != "FC Musterstadt" {
		t.Fatalf("got %+v, want one claim of FC Musterstadt", cs)
	}
}

// TestDoubtfulPerson checks that a common noun the tagger took for a person
// ("der Gutachter") does not become the person a later role stands for.
func TestDoubtfulPerson(t *testing.T) {
	body := "Der Gutachter sah keine Mängel. Die Anlage sei sicher, sagte der Sprecher."
	i := strings.Index(body, "Gutachter")
	cs := extract(body, fact.Entity{Text: "Gutachter", Start: i, End: i + len("Gutachter"), Name: "Gutachter", Type: fact.PER})
	if len(cs) != 1 || cs[0].Speaker == "Gutachter" {
		t.Fatalf("got %+v, want one claim not credited to Gutachter", cs)
	}
}

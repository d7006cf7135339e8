package claims

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestUnnamedHearsay: hearsay with no source in reach takes the source the
// article makes clear, else the descriptor UnnamedSource.
func TestUnnamedHearsay(t *testing.T) {
	cases := []struct {
		name    string
		body    string
		credits []string
		ev      string
		speaker string
	}{
		{"teaser repeats the report of the body",
			"Der Autohersteller Kestrel soll seine Händler zu höheren Rabatten gedrängt haben.\n\nWie die Zeitschrift Motorwelt berichtet, soll Kestrel die Händler zu höheren Rabatten gedrängt haben. Das Unternehmen äußerte sich nicht.",
			nil, "Händler zu höheren Rabatten gedrängt haben.", "Motorwelt"},
		{"credited story source",
			"Die Sängerin soll ihre Tournee abgesagt haben.\n\nKarten würden erstattet, hieß es beim Veranstalter.",
			[]string{"Bühnenblatt"}, "Tournee abgesagt", "Bühnenblatt"},
		{"an agency credit is no source",
			"Der Bürgermeister soll die Spenden verschwiegen haben.",
			[]string{"dpa"}, "Spenden verschwiegen", UnnamedSource},
		{"nothing named",
			"Der Hausmeister soll den Schlüssel verloren haben.",
			nil, "Schlüssel verloren", UnnamedSource},
	}
	for _, c := range cases {
		got := Extract(Doc{ID: "u", Body: c.body, Credits: c.credits})
		found := false
		for _, g := range got {
			if strings.Contains(g.Evidence, c.ev) { // the first in text order: the teaser
				found = true
				if g.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.name, g.Speaker, c.speaker)
				}
				if g.Speaker == "unbekannt" {
					t.Errorf("%s: unbekannt shown as a name", c.name)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no claim with %q in %+v", c.name, c.ev, got)
		}
	}
}

// TestInsiderIsNoOutlet: an unnamed "Insider" never becomes an outlet whose
// name holds the word; the outlet that reports is the speaker.
func TestInsiderIsNoOutlet(t *testing.T) {
	body := `Der Konzern habe die Übernahme bereits beschlossen, berichtet die „Financial Times“ unter Berufung auf Insider.`
	got := extract(body)
	if len(got) != 1 {
		t.Fatalf("want 1 claim, got %+v", got)
	}
	if got[0].Speaker != "Financial Times" {
		t.Errorf("speaker %q, want Financial Times", got[0].Speaker)
	}
	for _, v := range got[0].Via {
		if strings.Contains(v, "Business") {
			t.Errorf("via %v holds an outlet made of Insider", got[0].Via)
		}
	}
}

// TestSpeakerForms: role nouns before a tagged name, association nouns before
// a name, extended attributes before the source noun, and a survey named again.
func TestSpeakerForms(t *testing.T) {
	at := func(body, s string, typ string) fact.Entity {
		i := strings.Index(body, s)
		return fact.Entity{Text: s, Start: i, End: i + len(s), Name: s, Type: typ}
	}
	cases := []struct {
		name, body, ev, speaker string
		ents                    []string // text/type pairs
	}{
		{"role and place before a tagged person",
			"„Die Brücke bleibt gesperrt“, sagte Hamburgs Verkehrssenatorin Jana Velde am Abend.",
			"Brücke bleibt", "Jana Velde", []string{"Hamburgs", fact.LOC, "Jana Velde", fact.PER}},
		{"association noun in the genitive before the name",
			"Laut einer Umfrage des großen Handelsverbandes Kaufwerk würden 40 Prozent der Kunden mehr online kaufen.",
			"40 Prozent", "Kaufwerk", []string{"Kaufwerk", fact.ORG}},
		{"extended attribute before the survey",
			"Die meisten Pendler würden lieber mit dem Rad fahren, geht aus einer am Dienstag in Graz vorgestellten Umfrage des Verkehrsclubs Radland hervor.",
			"Pendler", "Radland", []string{"Graz", fact.LOC, "Radland", fact.ORG}},
		{"the survey named again",
			"Eine Umfrage des Verbands Pflegewerk zeigt Engpässe. „Wir brauchen Personal“, sagte die Leiterin Ute Marx. Der Umfrage zufolge fehlen 3000 Stellen.",
			"3000 Stellen", "Pflegewerk", []string{"Pflegewerk", fact.ORG, "Ute Marx", fact.PER}},
		{"an amount standing first is no speaker",
			"Drei Millionen Euro hat der Verein nach eigenen Angaben in das Stadion gesteckt.",
			"Stadion", "Verein", nil},
		{"a longer outlet name in quotes",
			"Nach einem Bericht der „Bild am Sonntag“ will der Verein den Trainer entlassen.",
			"Trainer", "Bild am Sonntag", nil},
		{"a pronoun takes the person the sentence before was about",
			"Laut Polizei war der Fahrer Tom Brandt mit seiner Schwester Lea unterwegs. Weil er nach eigenen Angaben müde war, hielt er an.",
			"müde", "Tom Brandt", []string{"Tom Brandt", fact.PER, "Lea", fact.PER}},
		{"a company spokesman rejects what was said before, then speaks on",
			"Beim Autozulieferer Marten Getriebe wächst die Sorge. Nach Angaben des Betriebsrats soll das Werk in Hof schließen. Ein Unternehmenssprecher wies das zurück. „Eine Schließung steht nicht zur Debatte“, sagte er.",
			"wies das zurück", "Marten Getriebe", []string{"Hof", fact.LOC}},
		{"an association named with für, then named again by its noun",
			"Die Preise steigen. Das sagte der Verband für ländliche Schulen und Horte am Montag. Der Verband fordert, dass das Land mehr zahle.",
			"das Land mehr zahle", "Verband für ländliche Schulen und Horte", nil},
		{"a surname alone takes the full name the tagger found before",
			"„Wir proben wieder“, sagte die Regisseurin Mara Lind. „Es ist eng“, sagt Lind.",
			"eng", "Mara Lind", []string{"Mara Lind", fact.PER}},
		{"a noun the lists do not know before a tagged name",
			"Die Kliniken sind voll. Hebamme Ute Barsch sagte, die Lage sei ernst.",
			"Lage sei ernst", "Ute Barsch", []string{"Ute Barsch", fact.PER}},
		{"apposition after a parenthesis",
			"Die Regierung lügt, schrieb der Chef der kleinen Partei Volkswille (PVW), Erich Lanz, auf Twitter.",
			"Regierung lügt", "Erich Lanz", nil},
		{"dative plural after zufolge",
			"Den Kritikern zufolge sollte die Steuer die Gegner schwächen.",
			"Steuer", "Kritiker", nil},
		{"an adverb standing first is no speaker",
			"Die Lehrer schrieben einen Brief. Darin warnten die Pädagogen, dass die Schulen verfielen.",
			"Schulen verfielen", "Pädagogen", nil},
		{"a press release of an organisation",
			"Am Samstag sind laut Presseaussendung der Polizei 400 Menschen angekommen.",
			"400 Menschen", "Polizei", nil},
		{"an outlet named in quotes after its media noun",
			"„Das Virus ist harmlos“, schrieb das Magazin „Focus“ im März.",
			"Virus ist harmlos", "Focus", nil},
		{"a place before a media noun is not its name",
			"Der Präsident habe dem Land geschadet, schreibt das US-Magazin.",
			"Land geschadet", "US-Magazin", nil},
		{"subject before an apposition between dashes",
			"Karl Brenner - einst Landrat, heute Staatssekretär - hatte kritisiert, dass die Stadt zu wenig prüfe.",
			"zu wenig prüfe", "Karl Brenner", nil},
		{"a truncated compound ends no clause",
			"Jana Roth vom Institut für Rechts- und Sozialforschung sagt, die Zahl der Fälle steige.",
			"Fälle steige", "Jana Roth", []string{"Jana Roth", fact.PER}},
		{"a role from a place speaks for itself, not for the place",
			"„Viele Eltern bringen die Kinder nicht“, berichtete eine Kitaleiterin aus Pankow.",
			"Kinder nicht", "Kitaleiterin", []string{"Pankow", fact.LOC}},
		{"a surname with its particle after the verb",
			"Till von der Mühlen leitet das Labor. „Das geht schnell“, sagt von der Mühlen, wenn die Mittel ersten Studien zufolge wirken.",
			"Das geht schnell", "Till von der Mühlen", []string{"Till von der Mühlen", fact.PER}},
		{"a genitive that runs on into the next noun",
			"Ein Soldat hat nach Angaben der Justiz seines Landes Anschlagspläne gestanden.",
			"Anschlagspläne", "Justiz", nil},
		{"sich bereit erklären is no cue: the reported speech goes on",
			"Der Mann habe Tipps gegeben, erklärte der Staatsanwalt Ron Bell. Zudem habe er sich bereit erklärt, einen Anschlag zu verüben.",
			"bereit erklärt", "Ron Bell", nil},
		{"Konjunktiv I takes up a person's speech after a few narrating sentences",
			"Ministerin Eva Roth bestätigte am Montag die Pläne. Details wollte Roth nicht nennen. Es dürfte aber teuer werden. Die Kosten hänge davon ab, wie viele Beamte gebraucht würden.",
			"Kosten hänge", "Eva Roth", []string{"Eva Roth", fact.PER}},
		{"so with a genitive after the speaker",
			"Schulen sind sicher. Ein Argument für die baldige Öffnung, so die Autoren der Schulstudie.",
			"baldige Öffnung", "Autoren", nil},
		{"English names with of",
			"Doch wie Forscher der University of Leeds nun herausfanden, sind die Teiche ein Risiko.",
			"Teiche", "University of Leeds", nil},
		{"a compound container noun holds its genitive",
			"Nach einer ersten Markteinschätzung des Handelsverbands lag der Umsatz höher.",
			"Umsatz", "Handelsverband", nil},
	}
	for _, c := range cases {
		var ents []fact.Entity
		for i := 0; i+1 < len(c.ents); i += 2 {
			ents = append(ents, at(c.body, c.ents[i], c.ents[i+1]))
		}
		got := extract(c.body, ents...)
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

// TestDenialThenQuote: the quote after "Ein Unternehmenssprecher wies das
// zurück" is the company's, not the works council's who spoke before.
func TestDenialThenQuote(t *testing.T) {
	body := "Beim Autozulieferer Marten Getriebe wächst die Sorge. Nach Angaben des Betriebsrats soll das Werk in Hof schließen. Ein Unternehmenssprecher wies das zurück. „Eine Schließung steht nicht zur Debatte“, sagte er."
	got := extract(body)
	var sp []string
	for _, c := range got {
		sp = append(sp, c.Speaker+"/"+c.Stance)
	}
	want := "Betriebsrat/asserts Marten Getriebe/denies Marten Getriebe/asserts"
	if strings.Join(sp, " ") != want {
		t.Errorf("got %v, want %s", sp, want)
	}
}

func TestEntgegentreten(t *testing.T) {
	got := extract("Der Präsident des Amtes, Paul Weber, ist dem Eindruck entgegengetreten, Extremisten würden die Proteste lenken.")
	if len(got) != 1 || got[0].Speaker != "Paul Weber" || got[0].Stance != "denies" {
		t.Errorf("got %+v", got)
	}
}

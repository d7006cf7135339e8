package dates

import (
	"strings"
	"testing"
)

// TestWeekdayTense resolves bare weekdays by the tense of their clause.
// Published on Wednesday, 17 March 2021: the Monday before is the 15th,
// the one after the 22nd; the Friday before the 12th, after the 19th.
func TestWeekdayTense(t *testing.T) {
	const wed = "2021-03-17T09:30"
	tests := []struct {
		name string
		body string
		want string // the value of the first weekday
	}{
		// past: Präteritum, weak and strong, Perfekt, Plusquamperfekt
		{"weak preterite", "Die Stadtwerke erhöhten am Montag die Preise für Fernwärme.", "2021-03-15"},
		{"weak preterite, separable", "Das teilte die Landrätin am Freitag in Gera mit.", "2021-03-12"},
		{"weak preterite in -ete", "Die Feuerwehr meldete am Freitag einen Großbrand.", "2021-03-12"},
		{"strong preterite", "Der Zug kam am Montag mit zwei Stunden Verspätung an.", "2021-03-15"},
		{"strong preterite, prefix", "Der Stadtrat beschloss am Freitag den Haushalt.", "2021-03-12"},
		{"perfect with haben", "Die Gemeinde hat am Freitag den neuen Spielplatz eröffnet.", "2021-03-12"},
		{"perfect, separable participle", "Der Verein hat am Montag seinen Rückzug angekündigt.", "2021-03-15"},
		{"perfect with sein", "Der Hochwasserpegel ist am Montag deutlich gestiegen.", "2021-03-15"},
		{"pluperfect", "Die Polizei hatte den Mann am Freitag festgenommen.", "2021-03-12"},
		{"past passive", "Die Brücke wurde am Montagabend gesperrt.", "2021-03-15"},
		{"reported perfect", "Der Bürgermeister soll am Freitag davon gewusst haben.", "2021-03-12"},
		{"same weekday, past", "Die Ministerin sprach am Mittwoch vor Schülern.", "2021-03-17"},
		{"modal perfect", "Die Gäste hätten sich am Montag anmelden müssen, sagte der Wirt.", "2021-03-15"},
		{"apposition", "Das kündigte der Landrat, Peter Beispiel, am Montag an.", "2021-03-15"},
		{"report after the clause", "Am Freitag soll die Strecke wieder frei sein, teilte die Bahn mit.", "2021-03-19"},
		{"bis with a perfect", "Bis Montag haben sich 300 Helfer gemeldet, sagte die Sprecherin.", "2021-03-15"},
		{"ab with a past passive", "Ab Montag wurden wieder Patienten aufgenommen.", "2021-03-15"},
		{"embedded relative clause", "Läden, die früher öffnen wollten, sollen bis Freitag geschlossen bleiben.", "2021-03-19"},
		{"und parts clauses", "Der Rat hat sich noch nicht befasst und die Regel wird nicht vor Freitag gelten.", "2021-03-19"},
		{"participle, not a plural past", "Über den Antrag soll am Freitag entschieden werden.", "2021-03-19"},
		{"perfect across a comma", "Am Montag ist neben dem Landrat auch die Ministerin, Anna Beispiel, gekommen.", "2021-03-15"},
		{"perfect infinitive with sein", "Die Bewohner sollen am Montag zurückgekehrt sein.", "2021-03-15"},
		{"zu-infinitive keeps the old rule", "Er wusste, dass er eine Lösung finden muss, um sein Café am Montag zu öffnen.", "2021-03-15"},
		{"ambiguous -ten after the date", "Dienstag schauten fast zwei Millionen Menschen zu.", "2021-03-16"},
		{"perfect with sein after bis", "Bis Montag sind 40 Hinweise eingegangen.", "2021-03-15"},
		{"quoted word", "Am Montag ist „Zoom“, ein Wort aus dem Englischen, zum Wort des Jahres gewählt worden.", "2021-03-15"},
		{"reported perfect with sein", "Am Montag seien weniger Gäste erschienen als erwartet.", "2021-03-15"},
		{"participle after the date", "Die am Montag beschlossenen Regeln gelten.", "2021-03-15"},
		{"modal beats a state", "Die Wirte sind frustriert und am Mittwoch wollen Tausende demonstrieren.", "2021-03-17"},
		{"werden beats an adjective in -te", "Die bei Urlaubern beliebte Insel wird von Samstag an abgeriegelt.", "2021-03-20"},
		{"perfect infinitive across und", "Am Montag soll der Minister seinen Stellvertreter angerufen und ihn gebeten haben.", "2021-03-15"},
		{"apposition after a relative pronoun", "Das aber hatte der Abgeordnete, so der Sprecher, bis Montag nicht getan.", "2021-03-15"},
		{"brackets inside the clause", "Bis Freitag haben 300 Betriebe Kurzarbeit bei der Agentur (BA) angezeigt.", "2021-03-12"},
		{"seit", "Seit Montag streiken die Busfahrer im Kreis.", "2021-03-15"},
		// future: werden, modals, planen, ab, bis, a present that looks ahead
		{"future", "Der Landtag wird am Montag über den Etat abstimmen.", "2021-03-22"},
		{"muss", "Pendler müssen sich am Montag auf Staus einstellen.", "2021-03-22"},
		{"soll", "Die Umgehungsstraße soll am Freitag freigegeben werden.", "2021-03-19"},
		{"plant", "Die Bürgerinitiative plant am Freitag eine Mahnwache.", "2021-03-19"},
		{"ab", "Ab Montag gelten in den Schulen neue Regeln.", "2021-03-22"},
		{"bis", "Die Ausstellung ist bis Freitag verlängert.", "2021-03-19"},
		{"present after the date", "Am Montag beginnt die Sanierung des Rathauses.", "2021-03-22"},
		{"present, part of day", "Am Freitagabend tagt der Kreistag erneut.", "2021-03-19"},
		{"subordinate future", "Die Kasse bestätigte, dass die Filiale am Freitag schließen wird.", "2021-03-19"},
		{"subordinate past", "Es blieb offen, ob der Vorstand am Montag zurücktrat.", "2021-03-15"},
		// the clause says nothing: the nearest day on or before
		{"no verb", "Montag, Verhandlungen ohne Ergebnis.", "2021-03-15"},
		{"wollte tells nothing", "Der Minister wollte am Freitag nach Brüssel.", "2021-03-12"},
		// adjectives in -te are no verbs
		{"attributive participle", "Die geplante Demonstration soll am Montag stattfinden.", "2021-03-22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Extract(tt.body, nil, wed)
			for _, d := range ds {
				if d.Value != "" && strings.HasPrefix(d.Value, "2021-03-") {
					if d.Value[:10] != tt.want {
						t.Errorf("%q: %s = %s, want %s", tt.body, d.Text, d.Value, tt.want)
					}
					return
				}
			}
			t.Errorf("%q: no weekday in %v", tt.body, shows(ds))
		})
	}
}

// TestPartOfDayAlone: a part of the day alone is never a season or a month.
func TestPartOfDayAlone(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"after a season", "Die Gebühren sollen im Herbst steigen. Der Vorstand war am Abend nicht zu erreichen.", "am Abend=2021-03-17"},
		{"after a month", "Im Mai beginnt der Umbau. Am Nachmittag tagte der Rat.", "Am Nachmittag=2021-03-17"},
		{"after a day", "Am 2. März kam es zum Streit. Am Abend schlichtete die Polizei.", "Am Abend=2021-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shows(Extract(tt.body, nil, "2021-03-17"))
			if got[len(got)-1] != tt.want {
				t.Errorf("%q: got %v, want last %s", tt.body, got, tt.want)
			}
		})
	}
}

// TestTenseWords checks the morphology helpers on words of every kind.
func TestTenseWords(t *testing.T) {
	for _, w := range []string{"sagte", "kündigten", "arbeitete", "führten", "mussten", "machte", "suchten", "stellten", "spielten", "wirkte"} {
		if !weakPast(w) {
			t.Errorf("weakPast(%q) = false", w)
		}
	}
	for _, w := range []string{"berichten", "halten", "warten", "leisten", "bieten", "treten", "bedeuten", "gelten", "elegante", "direkte", "größte", "achten", "erwarten"} {
		if weakPast(w) {
			t.Errorf("weakPast(%q) = true", w)
		}
	}
	for _, w := range []string{"kam", "bekam", "entschied", "ankam", "beschloss", "fanden", "planten"} {
		if !strongPast(w) {
			t.Errorf("strongPast(%q) = false", w)
		}
	}
	for _, w := range []string{"gesagt", "angekündigt", "informiert", "bestätigt", "gekommen", "aufgerufen"} {
		if !participle(w) {
			t.Errorf("participle(%q) = false", w)
		}
	}
}

// FuzzClauseTense: any sentence, no panic, a known tense.
func FuzzClauseTense(f *testing.F) {
	for _, s := range []string{"Am Montag beginnt der Streik.", "Das kündigte er am Montag an, dass „am Freitag“ – ", ", dass, der,", "am"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := scan(s, 0, len(s), nil)
		for i := range toks {
			if got := clauseTense(toks, i, i+1); got < tenseNone || got > tenseFuture {
				t.Fatalf("clauseTense = %d", got)
			}
		}
		_ = Extract(s, nil, "2021-03-17")
	})
}

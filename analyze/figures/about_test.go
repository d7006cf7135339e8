package figures

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// TestAboutClauses checks what a figure measures across relative clauses,
// brackets, dashes, pronouns and measure verbs.
func TestAboutClauses(t *testing.T) {
	tests := []struct {
		name, in, fig, about string
	}{
		{"relative clause between subject and verb",
			"Die Arbeitslosenquote, die Teilzeitkräfte nicht mitzählt, lag im Mai bei 6,1 Prozent.", "6,1 Prozent", "Arbeitslosenquote"},
		{"relative clause after a preposition",
			"Der Umsatz, mit dem die Firma kalkuliert hatte, betrug zuletzt 80 Millionen Euro.", "80 Millionen Euro", "Umsatz"},
		{"bracket between subject and figure",
			"Der Zuschuss des Bundesamts für Migration (BAMF) beläuft sich auf 12 Millionen Euro.", "12 Millionen Euro", "Zuschuss Bundesamt"},
		{"figure in a relative clause whose pronoun is the subject",
			"Am stärksten zog Strom an, der sich binnen eines Monats um 6,2 Prozent verteuerte.", "6,2 Prozent", "Strom"},
		{"relative pronoun with a subject of its own keeps it",
			"Das ist die Anlage, die der Betreiber um 40 Megawatt erweitern will.", "40 Megawatt", "Betreiber"},
		{"pronoun after a colon takes the subject before",
			"Vor allem Mieten zogen an: Sie stiegen um 4,2 Prozent.", "4,2 Prozent", "Mieten"},
		{"pronoun takes the subject of the sentence before",
			"Der Wasserpegel am Pegel Kaub fiel weiter. Er lag am Morgen bei 78 Zentimetern.", "78 Zentimetern", "Wasserpegel"},
		{"pronoun that does not agree stays empty",
			"Die Stadt plant einen neuen Hafen. Er soll 300 Millionen Euro kosten.", "300 Millionen Euro", ""},
		{"es stays empty",
			"Das Museum öffnet am Sonntag. Es kostet 12 Euro Eintritt.", "12 Euro", "Eintritt"},
		{"change noun after a dash",
			"Die Sparquote ist im Winter auf 11,2 Prozent gesunken – ein Rückgang um 0,4 Prozentpunkte.", "0,4 Prozentpunkte", "Sparquote"},
		{"object of a holding verb with a phrase between",
			"Die Notenbank belässt den Einlagensatz bis zum Herbst bei 3,5 Prozent.", "3,5 Prozent", "Einlagensatz"},
		{"object of a change verb with a month between",
			"Die Regierung hatte ihren Zuschuss im März auf 40 Millionen Euro erhöht.", "40 Millionen Euro", "Zuschuss"},
		{"fronted object keeps the subject reading",
			"Den Schaden beziffert die Versicherung bis heute auf 9 Millionen Euro.", "9 Millionen Euro", "Schaden"},
		{"measure as subject takes what the verb says",
			"Über 30 Hektar stehen inzwischen unter Wasser.", "Über 30 Hektar", "Wasser"},
		{"a measure named by a noun of change with a definite article",
			"Nach Angaben der Bank dürfte das Wachstum im Herbst um 0,2 Prozentpunkte zulegen.", "0,2 Prozentpunkte", "Wachstum"},
		{"relative pronoun after a figure takes the figure's About",
			"Der Verein zahlt eine Gebühr von 4 Millionen Euro, die um zwei Millionen steigen kann.", "zwei Millionen", "Gebühr"},
		{"a dateline before a dash is no subject",
			"Linz – Drei Wochen nach dem Hochwasser ist die Brücke wieder offen.", "Drei Wochen", ""},
		{"copular subject",
			"Der Fehlbetrag im Landeshaushalt erreichte 1,4 Milliarden Euro.", "1,4 Milliarden Euro", "Fehlbetrag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := Extract(tt.in, text.Split(tt.in))
			for _, f := range figs {
				if f.Text == tt.fig {
					if f.About != tt.about {
						t.Errorf("About of %q = %q, want %q", tt.fig, f.About, tt.about)
					}
					return
				}
			}
			t.Fatalf("no figure %q in %v", tt.fig, figs)
		})
	}
}

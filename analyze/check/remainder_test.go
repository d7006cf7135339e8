package check

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestRemainderOf(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Die übrigen Parteien kommen zusammen auf 9 Prozent.", true},
		{"Auf die restlichen Listen entfielen 4,2 Prozent der Stimmen.", true},
		{"Sonstige Bewerber erreichen gemeinsam 6 Prozent.", true},
		{"Die Freie Wählergemeinschaft kommt auf 9 Prozent.", false},
		{"Im Übrigen bleibt der Kurs bei 12 Euro.", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := remainderOf(tt.sentence); got != tt.want {
				t.Errorf("remainderOf = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestUpdatedFigure: a figure told as it stands now ("inzwischen") on
// another day than the other is the change, not a discrepancy.
func TestUpdatedFigure(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		pub      string
		want     int
	}{
		{"update on another day", "Inzwischen sind 23 Wohnungen im Viertel unbewohnbar.", "2026-10-08", 0},
		{"update on the same day", "Inzwischen sind 23 Wohnungen im Viertel unbewohnbar.", "2026-10-06", 1},
		{"no update word", "Im Viertel sind 23 Wohnungen unbewohnbar.", "2026-10-08", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(id, outlet, pub, text string, v float64, num string) Article {
				a := bodyArticle(id, outlet, pub, []string{text}, nil, map[int][]string{0: {"Viertel"}})
				at := strings.Index(text, num)
				a.Figures = []fact.Figure{{Text: num + " Wohnungen", Value: v, Unit: fact.UnitCount, About: "Wohnungen", Noun: "Wohnungen",
					Sentence: 0, Start: at, End: at + len(num) + 10}}
				return a
			}
			a := mk("w1", "Hochwasser-Kurier", "2026-10-06", "Im Viertel sind 17 Wohnungen unbewohnbar.", 17, "17")
			b := mk("w2", "Radio Mulde", tt.pub, tt.sentence, 23, "23")
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

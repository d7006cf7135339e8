package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestNegatedClaim(t *testing.T) {
	tests := []struct {
		name     string
		evidence string
		pred     string
		polarity string
		want     bool
	}{
		{"negation in another clause", "Der Kreis wusste seit 2021 von den Rissen im Damm und hat nichts unternommen.", "wiss", "negative", false},
		{"lead-in before a colon", "Als wäre das nicht schlimm genug: Das Freibad Lohwiese soll im Juli schließen.", "schliess", "negative", false},
		{"negation before a comma", "Es gebe keine Pläne, die Buslinie 7 einzustellen.", "einstell", "negative", true},
		{"negation in the clause", "Der Verein hat den Vertrag mit dem Sponsor nicht verlängert.", "verlanger", "negative", true},
		{"predicate not found", "Keine Einigung in Sicht.", "einig", "negative", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &fact.Claim{Evidence: tt.evidence, Predicate: tt.pred, Polarity: tt.polarity}
			if got := negatedClaim(c); got != tt.want {
				t.Errorf("negatedClaim = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSameSubject(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"stadt", "stadtverwaltung", true},
		{"kreistag", "kreis", true},
		{"stadtrat", "staatsrat", false},
		{"gemeinde", "gemeinderat", true},
		{"land", "landrat", false},
		{"stadtwerke halle", "stadtwerke", false},
		{"polizei", "polizei", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := sameSubject(tt.a, tt.b); got != tt.want {
				t.Errorf("sameSubject = %v, want %v", got, tt.want)
			}
		})
	}
}

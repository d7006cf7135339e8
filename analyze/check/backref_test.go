package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestDenialPicksLikestClaim: a denial pointing back ("wies die Darstellung
// zurück") denies the earlier claim most like what the denier goes on to
// say, not the quote right before it.
func TestDenialPicksLikestClaim(t *testing.T) {
	mk := func(id, speaker, stance, subject, pred, obj, ev string, start int) fact.Claim {
		return fact.Claim{ID: id, Speaker: speaker, Stance: stance, Subject: subject, Predicate: pred, Object: obj,
			Polarity: "positive", Evidence: ev, Start: start, End: start + len(ev)}
	}
	tests := []struct {
		name    string
		next    string
		speaker string
	}{
		{"says what it denies", "Es gebe keine Pläne, Busverbindungen zu streichen, sagte er.", "Fahrgastverband"},
		{"says nothing more", "Man sei im Gespräch mit allen Beteiligten, sagte er.", "Jonas Weiler"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := []fact.Claim{
				mk("a", "Fahrgastverband", fact.Asserts, "Verbindungen", "wegfall", ".",
					"Laut Fahrgastverband sollen im Kreis Uelzen 40 Busverbindungen wegfallen.", 0),
				mk("b", "Jonas Weiler", fact.Asserts, "Liste", "lieg", "uns vor",
					"„Die Liste liegt uns vor“, sagte Verbandssprecher Jonas Weiler.", 80),
				mk("c", "Landrat Ostmann", fact.Denies, "Landrat Ostmann", "zuruckwi", "die Darstellung",
					"Landrat Ostmann wies die Darstellung zurück.", 150),
				mk("d", "Landrat Ostmann", fact.Asserts, "", "streich", "", tt.next, 200),
			}
			a := Article{ID: "u1", Outlet: "Uelzener Tagblatt", Published: "2026-02-10",
				Entities: ents("Fahrgastverband", "Landrat Ostmann", "Jonas Weiler"), Claims: claims}
			got := kinds(Check([]Article{a}), fact.Contradiction)
			if len(got) != 1 {
				t.Fatalf("got %d contradictions, want 1: %+v", len(got), got)
			}
			found := false
			for _, s := range got[0].Sides {
				if s.Speaker == tt.speaker {
					found = true
				}
			}
			if !found {
				t.Errorf("denial linked to the wrong claim: %+v, want %s", got[0].Sides, tt.speaker)
			}
		})
	}
}

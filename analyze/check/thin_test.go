package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestDenierNamed: a report with a one-word object the extractor got wrong
// is compared by its sentence; a denial by the person it names, speaking of
// the same act, counts that name as a shared word. Another act, or another
// denier, does not.
func TestDenierNamed(t *testing.T) {
	report := fact.Claim{ID: "p", Speaker: "Kreisblatt", Stance: fact.Reports, Predicate: "abzugeb", Object: "heimlich",
		Entities: []string{"Kreisblatt", "Hanna Vogt"},
		Evidence: "Nach Kreisblatt-Recherchen soll Landrätin Vogt erwogen haben, das Kreiskrankenhaus abzugeben."}
	tests := []struct {
		name    string
		speaker string
		pred    string
		obj     string
		ev      string
		want    int
	}{
		{"the named denies the act", "Hanna Vogt", "erwog", "einen Verkauf des Kreiskrankenhauses",
			"Vogt wies Berichte zurück, sie habe einen Verkauf des Kreiskrankenhauses erwogen.", 1},
		{"the named denies another act", "Hanna Vogt", "plan", "eine Fusion des Kreiskrankenhauses",
			"Vogt wies Berichte zurück, sie plane eine Fusion des Kreiskrankenhauses.", 0},
		{"someone else denies", "Bernd Kolbe", "erwog", "einen Verkauf des Kreiskrankenhauses",
			"Kolbe wies Berichte zurück, er habe einen Verkauf des Kreiskrankenhauses erwogen.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := report
			rep.Evidence = report.Evidence
			rep.Start, rep.End = 0, len(rep.Evidence)
			den := fact.Claim{ID: "n", Speaker: tt.speaker, Stance: fact.Denies, Subject: "sie", Predicate: tt.pred, Object: tt.obj,
				Evidence: tt.ev, Start: 0, End: len(tt.ev)}
			e := ents("Hanna Vogt", "Kreiskrankenhaus Auental", "Bernd Kolbe")
			arts := []Article{
				{ID: "k1", Outlet: "Auentaler Kreisblatt", Published: "2026-05-04", Entities: e, Claims: []fact.Claim{rep}},
				{ID: "k2", Outlet: "Radio Auental", Published: "2026-05-05", Entities: e, Claims: []fact.Claim{den}},
			}
			if got := kinds(Check(arts), fact.Contradiction); len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestSamePredicateThinObject: two claims with one predicate whose objects
// the extractor missed are still compared by their sentences.
func TestSamePredicateThinObject(t *testing.T) {
	tests := []struct {
		name string
		neg  string
		want int
	}{
		{"same sentence content", "Den Vorwurf, die Reederei habe die Fahrten eingestellt, wies sie zurück.", 1},
		{"other content", "Den Vorwurf, die Reederei habe die Preise erhöht, wies sie zurück.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pos := fact.Claim{ID: "p", Speaker: "Inselverein", Stance: fact.Asserts, Subject: "Reederei", Predicate: "eingestellt", Object: ".",
				Evidence: "Der Inselverein beklagt, dass die Reederei die Fahrten eingestellt habe."}
			pos.End = len(pos.Evidence)
			neg := fact.Claim{ID: "n", Speaker: "Maren Thiesen", Stance: fact.Denies, Predicate: "eingestellt", Object: "Den Vorwurf", Evidence: tt.neg}
			neg.End = len(neg.Evidence)
			e := ents("Reederei Nordlicht", "Inselverein Amrum")
			arts := []Article{
				{ID: "i1", Outlet: "Inselbote", Published: "2026-07-01", Entities: e, Claims: []fact.Claim{pos}},
				{ID: "i2", Outlet: "Radio Nordfriesland", Published: "2026-07-02", Entities: e, Claims: []fact.Claim{neg}},
			}
			if got := kinds(Check(arts), fact.Contradiction); len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestThinPropositionCorroborates: a claim the extractor left without a
// predicate corroborates one that says the same from another source; it
// never makes a statement negated elsewhere a contradiction.
func TestThinPropositionCorroborates(t *testing.T) {
	tests := []struct {
		name  string
		other string
		pol   string
		kind  string
		want  int
	}{
		{"same words", "Der Betriebsrat warnte, die Filiale in Görlitz werde Ende 2028 geschlossen.", "positive", fact.Corroboration, 1},
		{"other words", "Der Betriebsrat warnte, in Görlitz würden die Löhne gekürzt.", "positive", fact.Corroboration, 0},
		{"negated, not denied", "Der Betriebsrat sagte, die Filiale in Görlitz werde Ende 2028 nicht geschlossen.", "negative", fact.Contradiction, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			thin := fact.Claim{ID: "t", Speaker: "Bankkreisen", Stance: fact.Reports, Subject: "Gerüchte", Object: "die Runde", Polarity: "positive",
				Evidence: "Gerüchte machen die Runde: Wie aus Bankkreisen verlautet, soll die Filiale in Görlitz bis Ende 2028 geschlossen werden."}
			thin.End = len(thin.Evidence)
			full := fact.Claim{ID: "f", Speaker: "Betriebsrat", Stance: fact.Asserts, Subject: "Filiale", Predicate: "schliess", Object: "Ende 2028",
				Polarity: tt.pol, Entities: []string{"Görlitz"}, Evidence: tt.other}
			full.End = len(full.Evidence)
			e := ents("Lausitzer Volksbank", "Görlitz")
			arts := []Article{
				{ID: "g1", Outlet: "Finanzticker", Published: "2026-09-01", Entities: e, Claims: []fact.Claim{thin}},
				{ID: "g2", Outlet: "Görlitzer Rundschau", Published: "2026-09-02", Entities: e, Claims: []fact.Claim{full}},
			}
			if got := kinds(Check(arts), tt.kind); len(got) != tt.want {
				t.Fatalf("got %d %s, want %d: %+v", len(got), tt.kind, tt.want, got)
			}
		})
	}
}

package evaluate

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestScoreCheckStrict: speakers, values and sources decide a match, not the
// articles alone.
func TestScoreCheckStrict(t *testing.T) {
	g := &CheckGold{
		Findings: []GoldFinding{
			{Kind: fact.Contradiction, Story: "s", Articles: []string{"a.txt", "b.txt"}, Speakers: []string{"Gewerkschaft Nord", "Stadtwerke"}},
			{Kind: fact.Discrepancy, Story: "s", Articles: []string{"a.txt", "b.txt"}, Values: []any{48.0, 84.0}},
			{Kind: fact.Discrepancy, Story: "s", Articles: []string{"a.txt", "b.txt"}, Values: []any{"2026-01-12", "2026-01-14"}},
			{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "c.txt"}},
		},
		NotContradictions: []GoldPair{{Story: "s", Articles: []string{"a.txt", "b.txt"}, Values: []any{11.0, 12.0}}},
		ReReports:         []GoldPair{{Story: "s", Articles: []string{"a.txt", "c.txt"}}},
	}
	refs := map[string]ArticleRef{"A": {"s", "a.txt"}, "B": {"s", "b.txt"}, "C": {"s", "c.txt"}}
	v := func(x float64) *float64 { return &x }
	findings := []fact.Finding{
		{Kind: fact.Contradiction, Sides: []fact.Side{{Article: "A", Speaker: "Gewerkschaft Nord"}, {Article: "B", Speaker: "Stadtwerke Kiel"}}},
		{Kind: fact.Contradiction, Sides: []fact.Side{{Article: "A", Speaker: "Bürgermeister"}, {Article: "B", Speaker: "Stadtwerke"}}},
		{Kind: fact.Discrepancy, Sides: []fact.Side{{Article: "A", Value: v(48)}, {Article: "B", Value: v(84)}}},
		{Kind: fact.Discrepancy, Sides: []fact.Side{{Article: "A", Value: v(11)}, {Article: "B", Value: v(12)}}},
		{Kind: fact.Discrepancy, Sides: []fact.Side{{Article: "A", Date: "2026-01-12"}, {Article: "B", Date: "2026-01-14"}}},
		{Kind: fact.Corroboration, Sides: []fact.Side{{Article: "A"}, {Article: "C"}}},
	}
	r := ScoreCheck(g, findings, refs)
	for _, want := range []CheckCount{
		{Category: fact.Contradiction, Gold: 1, Found: 1, Reported: 2, Correct: 1},
		{Category: fact.Discrepancy, Gold: 2, Found: 2, Reported: 3, Correct: 2},
		{Category: fact.Corroboration, Gold: 1, Found: 0, Reported: 1, Correct: 0},
	} {
		if got := r.Count(want.Category); got != want {
			t.Errorf("%s: got %+v, want %+v", want.Category, got, want)
		}
	}
	if got := r.Count("false alarms").Reported; got != 1 {
		t.Errorf("false alarms: got %d, want 1 (11 vs 12 is a listed near-miss)", got)
	}
}

// TestScoreCheckOneToOne: a finding is credited to one gold finding only,
// chosen so that as many gold findings as possible are found; a gold
// finding of n articles takes up to n-1 findings.
func TestScoreCheckOneToOne(t *testing.T) {
	refs := map[string]ArticleRef{"A": {"s", "a.txt"}, "B": {"s", "b.txt"}, "C": {"s", "c.txt"}}
	corr := func(arts ...string) fact.Finding {
		f := fact.Finding{Kind: fact.Corroboration}
		for _, a := range arts {
			f.Sides = append(f.Sides, fact.Side{Article: a})
		}
		return f
	}
	contra := func(a, b string) fact.Finding {
		return fact.Finding{Kind: fact.Contradiction, Sides: []fact.Side{{Article: a, Speaker: "Tageblatt"}, {Article: b, Speaker: "Stadtsprecher"}}}
	}
	tests := []struct {
		name     string
		gold     []GoldFinding
		findings []fact.Finding
		want     CheckCount
	}{
		{"one finding, two gold items on its pair",
			[]GoldFinding{{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt"}, About: "Brand gelöscht"},
				{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt"}, About: "Straße gesperrt"}},
			[]fact.Finding{corr("A", "B")},
			CheckCount{Category: fact.Corroboration, Gold: 2, Found: 1, Reported: 1, Correct: 1}},
		{"two findings, two gold items",
			[]GoldFinding{{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt"}},
				{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt", "c.txt"}}},
			[]fact.Finding{corr("A", "B"), corr("A", "B")},
			CheckCount{Category: fact.Corroboration, Gold: 2, Found: 2, Reported: 2, Correct: 2}},
		{"a finding that fits only the wider item goes there",
			[]GoldFinding{{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt", "c.txt"}},
				{Kind: fact.Corroboration, Story: "s", Articles: []string{"a.txt", "b.txt"}}},
			[]fact.Finding{corr("A", "B"), corr("B", "C")},
			CheckCount{Category: fact.Corroboration, Gold: 2, Found: 2, Reported: 2, Correct: 2}},
		{"a gold item of three articles takes two findings, not three",
			[]GoldFinding{{Kind: fact.Contradiction, Story: "s", Articles: []string{"a.txt", "b.txt", "c.txt"}}},
			[]fact.Finding{contra("A", "B"), contra("C", "B"), contra("A", "C")},
			CheckCount{Category: fact.Contradiction, Gold: 1, Found: 1, Reported: 3, Correct: 2}},
		{"speaker alternatives",
			[]GoldFinding{{Kind: fact.Contradiction, Story: "s", Articles: []string{"a.txt", "b.txt"},
				Speakers: []string{"Tageblatt", "Stadt Hohenfels | Stadtsprecher"}}},
			[]fact.Finding{contra("A", "B")},
			CheckCount{Category: fact.Contradiction, Gold: 1, Found: 1, Reported: 1, Correct: 1}},
		{"no alternative names the side",
			[]GoldFinding{{Kind: fact.Contradiction, Story: "s", Articles: []string{"a.txt", "b.txt"},
				Speakers: []string{"Tageblatt", "Stadt Hohenfels | Bürgermeisterin"}}},
			[]fact.Finding{contra("A", "B")},
			CheckCount{Category: fact.Contradiction, Gold: 1, Found: 0, Reported: 1, Correct: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreCheck(&CheckGold{Findings: tt.gold}, tt.findings, refs)
			if got := r.Count(tt.want.Category); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestValuesWritten: a side whose value is in a base unit (square metres)
// gives the number written in its evidence; a count does not.
func TestValuesWritten(t *testing.T) {
	v := func(x float64) *float64 { return &x }
	tests := []struct {
		name string
		side fact.Side
		want bool
	}{
		{"hectares as square metres", fact.Side{Value: v(3.5e6), Unit: "m2", Evidence: "Das Feuer hat rund 350 Hektar Wald erfasst."}, true},
		{"the value itself", fact.Side{Value: v(350), Unit: "m2", Evidence: "350"}, true},
		{"a count is not converted", fact.Side{Value: v(12), Unit: fact.UnitCount, Evidence: "Von 350 Gästen kamen 12."}, false},
		{"another number", fact.Side{Value: v(3.5e6), Unit: "m2", Evidence: "Das Feuer hat 3,5 Quadratkilometer erfasst."}, false},
	}
	for _, tt := range tests {
		f := fact.Finding{Sides: []fact.Side{tt.side}}
		if got := valuesIn(f, []any{350.0}); got != tt.want {
			t.Errorf("%s: valuesIn = %v, want %v", tt.name, got, tt.want)
		}
	}
}

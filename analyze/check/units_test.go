package check

import (
	"math"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestWrittenNumber(t *testing.T) {
	tests := []struct {
		text string
		want float64
		ok   bool
	}{
		{"280 Hektar", 280, true},
		{"rund 2,8 Quadratkilometer", 2.8, true},
		{"1.000 Metern", 1000, true},
		{"zwei Millionen Dollar", 2e6, true},
		{"mehr als 1,5 Milliarden Euro", 1.5e9, true},
		{"fast drei Quadratkilometer", 3, true},
		{"Dutzende", 0, false},
	}
	for _, tt := range tests {
		got, ok := writtenNumber(tt.text)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("writtenNumber(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOtherUnit(t *testing.T) {
	tests := []struct {
		name string
		a, b fact.Figure
		want bool
	}{
		{"euro and dollar", fact.Figure{Value: 5e6, Unit: fact.UnitEUR}, fact.Figure{Value: 5e6, Unit: fact.UnitUSD}, true},
		{"percent and points", fact.Figure{Value: 0.4, Unit: fact.UnitPercent}, fact.Figure{Value: 0.4, Unit: fact.UnitPoints}, true},
		{"hectares and square kilometres", fact.Figure{Value: 1.5e6, Unit: "m2"}, fact.Figure{Value: 1.5e8, Unit: "m2"}, true},
		{"one area in two units", fact.Figure{Value: 1.5e6, Unit: "m2"}, fact.Figure{Value: 1.5e6, Unit: "m2"}, false},
		{"one currency", fact.Figure{Value: 5e6, Unit: fact.UnitEUR}, fact.Figure{Value: 5e6, Unit: fact.UnitEUR}, false},
	}
	for _, tt := range tests {
		if got := otherUnit(&tt.a, &tt.b); got != tt.want {
			t.Errorf("%s: otherUnit = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestUnitConflicts: one sum in euros and in dollars by two outlets of one
// story is a discrepancy; the same sum for another measure is not.
func TestUnitConflicts(t *testing.T) {
	mk := func(id, outlet, body, figText string, value float64, unit, about string) Article {
		i := strings.Index(body, figText)
		return Article{ID: id, Outlet: outlet, Published: "2026-05-04T10:00", Body: body,
			Sentences: []fact.Sentence{{Index: 0, Start: 0, End: len(body)}},
			Entities: []fact.Entity{
				{Name: "Verkehrsverbund Nordtal", Text: "Verkehrsverbund Nordtal", Type: fact.ORG, Sentence: 0},
				{Name: "Landkreis Nordtal", Text: "Landkreis Nordtal", Type: fact.LOC, Sentence: 0},
			},
			Figures: []fact.Figure{{Text: figText, Start: i, End: i + len(figText), Value: value, Unit: unit, About: about}},
		}
	}
	a := mk("a", "Nordbote", "Der Verkehrsverbund Nordtal erhält vom Landkreis Nordtal einen Zuschuss von drei Millionen Euro für neue Busse.",
		"drei Millionen Euro", 3e6, fact.UnitEUR, "Zuschuss")
	b := mk("b", "Talfunk", "Der Landkreis Nordtal unterstützt den Verkehrsverbund Nordtal mit drei Millionen Dollar für neue Busse.",
		"drei Millionen Dollar", 3e6, fact.UnitUSD, "Verkehrsverbund Nordtal")
	c := mk("c", "Talfunk", "Der Landkreis Nordtal hat dem Verkehrsverbund Nordtal drei Millionen Dollar Schulden erlassen, berichtet die Kämmerei.",
		"drei Millionen Dollar", 3e6, fact.UnitUSD, "Schulden")
	count := func(arts []Article) int {
		al := buildAliases(arts)
		al.markCommon(arts)
		artEnts := articleEntities(arts, al)
		return len(unitConflicts(arts, buildFigs(arts, al, artEnts), artEnts))
	}
	if got := count([]Article{a, b}); got != 1 {
		t.Errorf("Zuschuss in euros and dollars: %d unit conflicts, want 1", got)
	}
	if got := count([]Article{a, c}); got != 0 {
		t.Errorf("Zuschuss against Schulden: %d unit conflicts, want 0", got)
	}
}

// FuzzWrittenNumber: any figure text reads without a panic, and a number
// read is a number, not negative.
func FuzzWrittenNumber(f *testing.F) {
	for _, s := range []string{"280 Hektar", "rund 2,8 Millionen Euro", "1.000.000", ",,5", "zwei Milliarden", "9" + strings.Repeat("9", 400)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := writtenNumber(s); ok && (math.IsNaN(v) || v < 0) {
			t.Errorf("writtenNumber(%q) = %v", s, v)
		}
	})
}

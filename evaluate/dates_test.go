package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

const keyInline = `<DOC>
<DOCID>T1</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> um <TIMEX2 val="1939-09-01T04:45">4:45 Uhr</TIMEX2> begann es; <TIMEX2 val="PRESENT_REF">heute</TIMEX2> ist es Geschichte. Über <TIMEX2 val="P3D">drei Tage</TIMEX2>.
</TEXT>
</DOC>
`

func TestParseKeyInline(t *testing.T) {
	doc, err := parseKeyInline("T1", keyInline)
	if err != nil {
		t.Fatal(err)
	}
	if doc.DCT != "2011-02-16T17:00:00" {
		t.Errorf("DCT = %q", doc.DCT)
	}
	want := []DateSpan{
		{Text: "1. September 1939", Value: "1939-09-01"},
		{Text: "4:45 Uhr", Value: "1939-09-01T04:45"},
		{Text: "heute", Value: "PRESENT_REF"},
		{Text: "drei Tage", Value: "P3D"},
	}
	if len(doc.Gold) != len(want) {
		t.Fatalf("gold = %+v", doc.Gold)
	}
	for i, g := range doc.Gold {
		if g.Text != want[i].Text || g.Value != want[i].Value || doc.Body[g.Start:g.End] != g.Text {
			t.Errorf("gold %d = %+v, want %+v", i, g, want[i])
		}
	}
	if _, err := parseKeyInline("bad", "<TEXT>a <TIMEX2 val=\"1\">b</TEXT>"); err == nil {
		t.Error("unclosed TIMEX2 accepted")
	}
}

func TestScoreDates(t *testing.T) {
	doc, err := parseKeyInline("T1", keyInline)
	if err != nil {
		t.Fatal(err)
	}
	at := func(text, value string, vague bool, extend int) fact.Date {
		for _, g := range doc.Gold {
			if g.Text == text {
				return fact.Date{Text: text, Start: g.Start - extend, End: g.End, Value: value, Vague: vague}
			}
		}
		t.Fatalf("no gold %q", text)
		return fact.Date{}
	}
	found := []fact.Date{
		at("1. September 1939", "1939-09-01", false, 3), // "Am 1. September 1939": overlap only
		at("4:45 Uhr", "1939-09-01T04:45", false, 0),    // exact, right value
		at("heute", "", true, 0),                        // vague agrees with PRESENT_REF
		{Text: "es", Start: 0, End: 2, Value: "2011"},   // extra
	}
	s, errs := ScoreDates(doc, found)
	if s.Gold != 4 || s.Found != 4 || s.Exact != 2 || s.Overlap != 3 || s.ValuePairs != 3 || s.ValueRight != 3 || s.ExactValueRight != 2 {
		t.Errorf("scores = %+v", s)
	}
	kinds := map[string]int{}
	for _, e := range errs {
		kinds[e.Kind]++
	}
	if kinds["miss"] != 1 || kinds["extra"] != 1 || kinds["value"] != 0 {
		t.Errorf("errors = %+v", errs)
	}
	p, r, f := s.OverlapPRF()
	if p != 0.75 || r != 0.75 || f != 0.75 {
		t.Errorf("overlap P/R/F = %v %v %v", p, r, f)
	}
}

func TestValueAgrees(t *testing.T) {
	tests := []struct {
		gold string
		d    fact.Date
		want bool
	}{
		{"2011-02-16T17:00:00", fact.Date{Value: "2011-02-16T17:00"}, true},
		{"1945-05-07T02:41+01", fact.Date{Value: "1945-05-07T02:41"}, true},
		{"BC0490", fact.Date{Value: "BC0490"}, true},
		{"FUTURE_REF", fact.Date{Vague: true}, true},
		{"1914", fact.Date{Vague: true}, false},
		{"1914", fact.Date{Value: "1915"}, false},
	}
	for _, tt := range tests {
		if got := ValueAgrees(tt.gold, tt.d); got != tt.want {
			t.Errorf("ValueAgrees(%q, %+v) = %v", tt.gold, tt.d, got)
		}
	}
}

// TestReadWikiWars reads the real corpus when it is there.
func TestReadWikiWars(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "wikiwarsde")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("WikiWarsDE not available at %s", dir)
	}
	docs, err := ReadWikiWars(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 22 {
		t.Fatalf("%d documents, want 22", len(docs))
	}
	n := 0
	for _, d := range docs {
		n += len(d.Gold)
		if d.DCT == "" {
			t.Errorf("%s: no creation time", d.Name)
		}
	}
	if n < 2000 {
		t.Errorf("%d gold expressions, want about 2200", n)
	}
	if docs[0].Name != "01_WW2" || docs[21].Name != "22_SecondItaloAbyssinianWar" {
		t.Errorf("order: %s ... %s", docs[0].Name, docs[21].Name)
	}
}

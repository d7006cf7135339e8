package cmd

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/check"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite cmd/testdata/*.golden")

// handFacts is a small fact set written by hand, in an order the writer
// must not keep: articles and facts shuffled.
func handFacts() *factSet {
	arts := []corpus.Article{
		{ID: "bb02", SourceFile: "b.txt", Format: "txt", Outlet: "Weserkurier", Published: "2024-03-05", Title: "Fähre fällt aus", Words: 40},
		{ID: "aa01", SourceFile: "a.txt", Format: "txt", Outlet: "Nordsee-Zeitung", Published: "2024-03-04", Title: "Fährverkehr eingestellt", Words: 55,
			Credits: []string{"dpa"}},
	}
	res := []analyze.Result{
		{
			Entities: []fact.Entity{{Text: "Reederei Weser", Start: 30, End: 44, Name: "Reederei Weser", Type: fact.ORG, Kind: fact.KindCompany}},
			Figures:  []fact.Figure{{Text: "rund 300 Fahrgäste", Start: 60, End: 78, Value: 300, Unit: "count", Hedge: "rund", Noun: "Fahrgäste", About: "Fahrgäste"}},
			Claims: []fact.Claim{{ID: "k2", Speaker: "Reederei Weser", Stance: fact.Denies, Subject: "wir", Predicate: "einstellen",
				Object: "den Fährverkehr", Polarity: "positive", Evidence: "Die Reederei bestritt, den Fährverkehr eingestellt zu haben.", Start: 80, End: 140}},
		},
		{
			Dates: []fact.Date{{Text: "am Montag", Start: 20, End: 29, Value: "2024-03-04", Relative: true}},
			Entities: []fact.Entity{
				{Text: "Bremerhaven", Start: 50, End: 61, Name: "Bremerhaven", Type: fact.LOC},
				{Text: "Reederei Weser", Start: 5, End: 19, Name: "Reederei Weser", Type: fact.ORG, Kind: fact.KindCompany},
			},
			Figures: []fact.Figure{{Text: "450 Fahrgäste", Start: 70, End: 83, Value: 450, Unit: "count", Noun: "Fahrgäste", About: "Fahrgäste"}},
			Claims: []fact.Claim{{ID: "k1", Speaker: "Hafenbehörde", Stance: fact.Asserts, Subject: "Reederei Weser", Predicate: "einstellen",
				Object: "den Fährverkehr nach Helgoland", Polarity: "positive", Entities: []string{"Reederei Weser"},
				Evidence: "Die Reederei Weser hat den Fährverkehr nach Helgoland eingestellt, teilte die Hafenbehörde mit.", Start: 0, End: 95}},
		},
	}
	return &factSet{Articles: arts, Results: res, Group: map[string]string{"aa01": "aa01", "bb02": "bb02"}}
}

// TestFactsGolden holds the facts NDJSON of a hand-made set against
// testdata/facts.golden.ndjson: order (article ID, then kind, then
// position), IDs and fields. Run with -update-golden to rewrite it.
func TestFactsGolden(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := writeFacts(w, handFacts(), check.Check(checkArticles(handFacts()))); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "facts.golden.ndjson")
	if *updateGolden {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd -run TestFactsGolden -update-golden)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("facts differ from %s:\n%s", golden, buf.String())
	}
	// The same facts in another order write the same bytes.
	fs := handFacts()
	fs.Articles[0], fs.Articles[1] = fs.Articles[1], fs.Articles[0]
	fs.Results[0], fs.Results[1] = fs.Results[1], fs.Results[0]
	var again bytes.Buffer
	w = bufio.NewWriter(&again)
	if err := writeFacts(w, fs, check.Check(checkArticles(fs))); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Errorf("the order of the input leaks into the output:\n%s", again.String())
	}
}

func TestDiffFacts(t *testing.T) {
	old := map[factKey]string{
		{"article", "a"}: `{"x":1}`, {"entity", "a:1-2:ORG"}: `{"y":1}`, {"claim", "k"}: `{"z":1}`,
	}
	tests := []struct {
		name string
		new  map[factKey]string
		want []factChange
	}{
		{"same", map[factKey]string{{"article", "a"}: `{"x":1}`, {"entity", "a:1-2:ORG"}: `{"y":1}`, {"claim", "k"}: `{"z":1}`}, nil},
		{"one of each", map[factKey]string{{"article", "a"}: `{"x":1}`, {"entity", "a:1-2:ORG"}: `{"y":2}`, {"finding", "f"}: `{}`},
			[]factChange{{"changed", factKey{"entity", "a:1-2:ORG"}}, {"removed", factKey{"claim", "k"}}, {"added", factKey{"finding", "f"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := diffFacts(old, tt.new)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("change %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

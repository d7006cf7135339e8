package evaluate

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadGermEval(t *testing.T) {
	in := "#\tquelle\t[2014-01-01]\n" +
		"1\tDie\tO\tO\n2\tKölner\tB-LOCderiv\tO\n3\tPolizei\tO\tO\n\n" +
		"#\tzweite\n1\tAnna\tB-PER\tO\n2\tBerger\tI-PER\tO\n3\tlacht\tO\tO\n"
	got, err := ReadGermEval(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []NERSentence{
		{Tokens: []string{"Die", "Kölner", "Polizei"}, Tags: []string{"O", "B-LOCderiv", "O"}},
		{Tokens: []string{"Anna", "Berger", "lacht"}, Tags: []string{"B-PER", "I-PER", "O"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if _, err := ReadGermEval(strings.NewReader("1 kein Tab\n")); err == nil {
		t.Error("a line without tabs should be an error")
	}
}

func TestChunks(t *testing.T) {
	cases := []struct {
		tags string
		want []Span
	}{
		{"B-PER I-PER O B-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-ORG I-ORG O", []Span{{0, 2, "ORG"}}},              // conlleval: I- after O opens a chunk
		{"B-PER B-PER", []Span{{0, 1, "PER"}, {1, 2, "PER"}}}, // B- always opens one
		{"B-PER I-LOC", []Span{{0, 1, "PER"}, {1, 2, "LOC"}}}, // type change opens one
		{"B-LOCpart O B-LOC I-LOC", []Span{{0, 1, "LOCpart"}, {2, 4, "LOC"}}},
		{"O O", nil},
	}
	for _, tc := range cases {
		if got := Chunks(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Chunks(%s) = %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestScoreNER(t *testing.T) {
	gold := [][]string{
		strings.Fields("B-PER I-PER O B-LOC O B-ORG"),
		strings.Fields("B-LOCderiv O B-OTH I-OTH"),
	}
	pred := [][]string{
		strings.Fields("B-PER O O B-LOC O B-LOC"), // PER too short, LOC right, ORG missed, LOC extra
		strings.Fields("B-LOC O O O"),             // LOCderiv is not scored: a LOC there is a false positive
	}
	got, err := ScoreNER(gold, pred, NERTypes)
	if err != nil {
		t.Fatal(err)
	}
	want := []Count{
		{Type: "PER", TP: 0, Pred: 1, Gold: 1},
		{Type: "ORG", TP: 0, Pred: 0, Gold: 1},
		{Type: "LOC", TP: 1, Pred: 3, Gold: 1},
		{Type: "overall", TP: 1, Pred: 4, Gold: 3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	o := got[3]
	if p, r := o.Precision(), o.Recall(); p != 0.25 || r != 1.0/3 {
		t.Errorf("overall P %v R %v, want 0.25 and 1/3", p, r)
	}
	if f := o.F1(); f < 0.2857 || f > 0.2858 {
		t.Errorf("overall F1 %v, want 2/7", f)
	}
	if _, err := ScoreNER(gold, pred[:1], NERTypes); err == nil {
		t.Error("sentence count mismatch should be an error")
	}
}

func FuzzReadGermEval(f *testing.F) {
	f.Add("#\tq\n1\tAnna\tB-PER\tO\n2\tlacht\tO\tO\n\n")
	f.Add("1\tx\n")
	f.Add("#\n\n\n1\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadGermEval(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) != len(s.Tags) || len(s.Tokens) == 0 {
				t.Fatalf("sentence with %d tokens and %d tags", len(s.Tokens), len(s.Tags))
			}
			for _, c := range Chunks(s.Tags) {
				if c.Start < 0 || c.End > len(s.Tags) || c.Start >= c.End {
					t.Fatalf("chunk %+v out of range", c)
				}
			}
		}
	})
}

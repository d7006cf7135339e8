package figures

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// TestSentenceDump prints a random sample of sentences holding a digit
// from the file named by FIGURES_SENTENCES, each with the figures found,
// for checking recall by hand. It skips without it.
func TestSentenceDump(t *testing.T) {
	path := os.Getenv("FIGURES_SENTENCES")
	if path == "" {
		t.Skip("set FIGURES_SENTENCES=file to sample sentences with digits and their figures")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	type item struct{ sent, figs string }
	var items []item
	for _, line := range strings.Split(string(b), "\n") {
		sents := text.Split(line)
		figs := Extract(line, sents)
		for _, s := range sents {
			st := line[s.Start:s.End]
			if !strings.ContainsAny(st, "0123456789") {
				continue
			}
			var fs []string
			for _, f := range figs {
				if f.Sentence == s.Index {
					fs = append(fs, fmt.Sprintf("%q=%g %s", f.Text, f.Value, f.Unit))
				}
			}
			items = append(items, item{st, strings.Join(fs, " | ")})
		}
	}
	r := rand.New(rand.NewSource(20261124))
	for n, k := range r.Perm(len(items))[:min(50, len(items))] {
		fmt.Printf("%2d %s\n   => %s\n", n+1, items[k].sent, items[k].figs)
	}
}

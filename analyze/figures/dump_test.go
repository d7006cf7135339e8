package figures

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// TestDump prints the figures of the files named by FIGURES_DUMP
// (separated by spaces), one line of text a document, or one document a
// file for files ending in .txt, for reading by eye. It skips without it.
func TestDump(t *testing.T) {
	path := os.Getenv("FIGURES_DUMP")
	if path == "" {
		t.Skip("set FIGURES_DUMP=file to print the figures of its lines")
	}
	var docs []string
	for _, p := range strings.Fields(path) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		if strings.HasSuffix(p, ".txt") {
			docs = append(docs, string(b)) // one article a file
			continue
		}
		docs = append(docs, strings.Split(string(b), "\n")...)
	}
	for _, line := range docs {
		if line == "" {
			continue
		}
		sents := text.Split(line)
		for _, f := range Extract(line, sents) {
			ev := line[sents[f.Sentence].Start:sents[f.Sentence].End]
			if len(sents) == 1 {
				a, z := max(0, f.Start-80), min(len(line), f.End+60)
				ev = line[a:z]
			}
			fmt.Printf("%-22q %-12g %-8s hedge=%-10q dir=%-4s about=%-25q noun=%q key=%q\n    | %s\n",
				f.Text, f.Value, f.Unit, f.Hedge, f.Direction, f.About, f.Noun, Measure(f), strings.ReplaceAll(ev, "\n", " "))
		}
	}
}

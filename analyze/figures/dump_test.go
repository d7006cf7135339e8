package figures

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// TestDump prints the figures of the file named by FIGURES_DUMP, one
// line of text a document, for reading by eye. It skips without it.
func TestDump(t *testing.T) {
	path := os.Getenv("FIGURES_DUMP")
	if path == "" {
		t.Skip("set FIGURES_DUMP=file to print the figures of its lines")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
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

package figures

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// judgedRow is one hand-judged figure of testdata/precision_10kgnad_*.tsv.
type judgedRow struct {
	sample, n, text, about, aboutOK, note, sentence string
}

// readJudged reads the hand-judged samples, keyed by their columns' names.
func readJudged(t *testing.T) []judgedRow {
	t.Helper()
	paths, err := filepath.Glob("testdata/precision_10kgnad_*.tsv")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no judged samples in testdata (%v)", err)
	}
	sort.Strings(paths)
	var out []judgedRow
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		sample := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "precision_10kgnad_"), ".tsv")
		var col map[string]int
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if col == nil {
				col = map[string]int{}
				for i, name := range f {
					col[name] = i
				}
				continue
			}
			get := func(name string) string {
				if i, ok := col[name]; ok && i < len(f) {
					return f[i]
				}
				return ""
			}
			out = append(out, judgedRow{sample, get("n"), get("text"), get("about"), get("about_ok"), get("note"), get("sentence")})
		}
	}
	return out
}

// readRejudged reads testdata/about_rejudged.tsv: the hand judgments of
// About values that differ from those judged in the samples, keyed by
// sample, n and About.
func readRejudged(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	b, err := os.ReadFile("testdata/about_rejudged.tsv")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "sample\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		out[f[0]+"\t"+f[1]+"\t"+f[2]] = f[3]
	}
	return out
}

// TestJudgedAbout re-scores the About of the hand-judged samples with the
// code as it is: a figure whose About is the one judged keeps its verdict,
// one whose About changed takes the verdict of testdata/about_rejudged.tsv
// or is listed as unjudged. Each figure is found again in its whole article
// of ../shared/data/10kgnad/test.csv, so that the sentences before it are
// there. Set FIGURES_JUDGED=1 to run it; it prints the score and every
// changed or unjudged row.
func TestJudgedAbout(t *testing.T) {
	if os.Getenv("FIGURES_JUDGED") == "" {
		t.Skip("set FIGURES_JUDGED=1 to re-score the About of the judged samples")
	}
	bodies := gnadBodies(t)
	rows := readJudged(t)
	rejudged := readRejudged(t)
	right, wrong, unjudged, lost, changed := 0, 0, 0, 0, 0
	for _, r := range rows {
		about, ok := findAbout(bodies, r)
		if !ok {
			lost++
			fmt.Printf("LOST     %s/%s %q | %s\n", r.sample, r.n, r.text, r.sentence)
			continue
		}
		verdict := r.aboutOK
		if about != r.about {
			changed++
			v, ok := rejudged[r.sample+"\t"+r.n+"\t"+about]
			if !ok {
				unjudged++
				fmt.Printf("UNJUDGED %s\t%s\t%s\t?\t(was %q %s: %s) %q | %s\n", r.sample, r.n, about, r.about, r.aboutOK, r.note, r.text, r.sentence)
				continue
			}
			verdict = v
			fmt.Printf("CHANGED  %s/%s %q: %q (%s) -> %q (%s)\n", r.sample, r.n, r.text, r.about, r.aboutOK, about, v)
		}
		if verdict == "yes" {
			right++
		} else {
			wrong++
		}
	}
	fmt.Printf("About right %d / %d judged (%d changed since judged, %d unjudged, %d not found)\n",
		right, right+wrong, changed, unjudged, lost)
}

// findAbout finds the judged figure in its article and returns its About
// as Extract gives it now.
func findAbout(bodies []string, r judgedRow) (string, bool) {
	prefix := r.sentence
	if len(prefix) > 200 {
		prefix = prefix[:200]
	}
	for _, body := range bodies {
		if !strings.Contains(body, prefix) {
			continue
		}
		// The same text, else a text that grew or shrank since it was
		// judged ("32" is now "32 GB-Gerät"). Of two figures with the same
		// text ("vier Babys ... vier Frauen") the one with the judged About
		// is taken.
		sents := text.Split(body)
		var same, near []string
		for _, f := range Extract(body, sents) {
			s := sents[f.Sentence]
			if !strings.HasPrefix(body[s.Start:s.End], prefix) {
				continue
			}
			switch {
			case f.Text == r.text:
				same = append(same, f.About)
			case strings.Contains(f.Text, r.text) || strings.Contains(r.text, f.Text):
				near = append(near, f.About)
			}
		}
		for _, cands := range [][]string{same, near} {
			for _, a := range cands {
				if a == r.about {
					return a, true
				}
			}
			if len(cands) > 0 {
				return cands[0], true
			}
		}
	}
	return "", false
}

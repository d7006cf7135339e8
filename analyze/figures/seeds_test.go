package figures

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// repoRoot walks up from the package directory to the folder with go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package")
		}
		dir = parent
	}
}

// TestSeedRecall checks the gold figures of ../shared/gold/seeds.json: each
// must be found in its article with the same unit and a value within 0.5 %,
// as the gold README says. The rules are general; the seeds only measure.
func TestSeedRecall(t *testing.T) {
	shared := filepath.Join(repoRoot(t), "..", "shared")
	b, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.json"))
	if err != nil {
		t.Skipf("no seed gold (%v): ../shared is not beside the repo", err)
	}
	var gold struct {
		Articles []struct {
			File    string `json:"file"`
			Figures []struct {
				Text  string  `json:"text"`
				Value float64 `json:"value"`
				Unit  string  `json:"unit"`
				Hedge string  `json:"hedge"`
			} `json:"figures"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("parse seeds.json: %v", err)
	}
	total, found, hedged, extracted := 0, 0, 0, 0
	for _, a := range gold.Articles {
		body, err := os.ReadFile(filepath.Join(shared, "seeds", a.File))
		if err != nil {
			t.Fatalf("read seed %s: %v", a.File, err)
		}
		figs := Extract(string(body), text.Split(string(body)))
		extracted += len(figs)
		for _, g := range a.Figures {
			total++
			ok := false
			for _, f := range figs {
				if f.Unit == g.Unit && math.Abs(f.Value-g.Value) <= 0.005*math.Abs(g.Value) {
					ok = true
					if f.Hedge == g.Hedge {
						hedged++
					}
					break
				}
			}
			if ok {
				found++
			} else {
				t.Errorf("%s: gold figure %q (%v %s) not found", a.File, g.Text, g.Value, g.Unit)
			}
		}
	}
	t.Logf("seed figures: %d of %d found, %d with the gold hedge; %d figures extracted", found, total, hedged, extracted)
	if total > 0 && float64(found)/float64(total) < 0.9 {
		t.Errorf("seed figure recall %d/%d below 0.9", found, total)
	}
}

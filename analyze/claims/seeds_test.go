package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot walks up from the package directory to the directory with go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		p := filepath.Dir(d)
		if p == d {
			t.Fatal("no go.mod above the package")
		}
		d = p
	}
}

// seedSpeaker maps the gold file's English descriptor to the German one the
// extractor keeps ("Anonyme Quellen"); names are compared as they are.
func seedSpeaker(gold, found string) bool {
	if strings.EqualFold(gold, found) {
		return true
	}
	return gold == "anonymous sources" && found == "Anonyme Quellen"
}

// TestSeedRecall checks the claims of ../shared/gold/seeds.json: a gold
// claim is found when a claim of the same article has the same speaker and
// stance and its evidence overlaps the gold evidence. Target: 0.8.
func TestSeedRecall(t *testing.T) {
	root := repoRoot(t)
	shared := filepath.Join(filepath.Dir(root), "shared")
	b, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.json"))
	if err != nil {
		t.Skipf("seed gold not available (%v): ../shared/gold/seeds.json beside the repository", err)
	}
	var gold struct {
		Articles []struct {
			File   string `json:"file"`
			Claims []struct {
				Speaker  string `json:"speaker"`
				Stance   string `json:"stance"`
				Evidence string `json:"evidence"`
			} `json:"claims"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("seeds.json: %v", err)
	}
	found, total := 0, 0
	for _, a := range gold.Articles {
		body, err := os.ReadFile(filepath.Join(shared, "seeds", a.File))
		if err != nil {
			t.Skipf("seed article %s not available: %v", a.File, err)
		}
		text := string(body)
		claims := Extract(Doc{ID: a.File, Body: text})
		for _, g := range a.Claims {
			total++
			i := strings.Index(text, g.Evidence)
			if i < 0 {
				t.Errorf("%s: evidence %q not in the article", a.File, g.Evidence)
				continue
			}
			ok := false
			for _, c := range claims {
				if c.Start < i+len(g.Evidence) && c.End > i && seedSpeaker(g.Speaker, c.Speaker) && c.Stance == g.Stance {
					ok = true
					break
				}
			}
			if ok {
				found++
			} else {
				t.Logf("missed %s: %s %s %q", a.File, g.Speaker, g.Stance, g.Evidence)
			}
		}
	}
	r := float64(found) / float64(total)
	t.Logf("seed claim recall %d/%d = %.2f", found, total, r)
	if r < 0.8 {
		t.Errorf("seed claim recall %.2f, want 0.8 or more", r)
	}
}

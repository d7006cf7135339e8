package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSeeds reads ../shared/seeds and checks what the issue expects of
// them, and that none of the boilerplate listed in ../shared/gold/seeds.json
// stays in a body.
func TestSeeds(t *testing.T) {
	dir := sharedData(t, "seeds")
	goldPath := sharedData(t, filepath.Join("gold", "seeds.json"))
	arts, skipped := readAllOf(t, []string{dir}, Options{})
	if len(arts) != 3 || len(skipped) != 0 {
		t.Fatalf("got %d articles and skipped %v, want 3", len(arts), skipped)
	}
	byFile := map[string]Article{}
	for _, a := range arts {
		byFile[filepath.Base(a.SourceFile)[:3]] = a
	}
	want := []struct {
		seed, field, value string
	}{
		{"000", "outlet", "Hamburger Abendblatt"},
		{"000", "published", "2018-08"},
		{"000", "dateline", "Bangalore"},
		{"002", "published", "2018-08-07T09:38"},
		{"004", "published", "2018-08-07"},
		{"004", "author", "Cindy"},
	}
	for _, w := range want {
		a := byFile[w.seed]
		got := map[string]string{"outlet": a.Outlet, "published": a.Published, "dateline": a.Dateline, "author": a.Author}[w.field]
		if got != w.value {
			t.Errorf("seed %s: %s = %q, want %q", w.seed, w.field, got, w.value)
		}
	}
	if c := byFile["004"].Credits; !reflect.DeepEqual(c, []string{"The Verge"}) {
		t.Errorf("seed 004: credits = %v, want [The Verge]", c)
	}
	if c := byFile["000"].Credits; !reflect.DeepEqual(c, []string{"Reuters"}) {
		t.Errorf("seed 000: credits = %v, want [Reuters]", c)
	}

	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles []struct {
			File        string   `json:"file"`
			Boilerplate []string `json:"boilerplate"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	for _, g := range gold.Articles {
		a := byFile[g.File[:3]]
		for _, b := range g.Boilerplate {
			if strings.Contains(a.Body, b) {
				t.Errorf("seed %s: boilerplate %q is in the body", g.File, b)
			}
		}
	}
}

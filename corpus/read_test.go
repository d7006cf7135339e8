package corpus

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// readAllOf reads paths and returns the articles and the skipped inputs.
func readAllOf(t *testing.T, paths []string, opts Options) ([]Article, []*InputError) {
	t.Helper()
	var arts []Article
	var skipped []*InputError
	err := Read(paths, opts, func(a Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *InputError) { skipped = append(skipped, e) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, skipped
}

func TestReadTXT(t *testing.T) {
	arts, skipped := readAllOf(t, []string{filepath.Join("testdata", "read", "brücke.txt")}, Options{})
	if len(arts) != 1 || len(skipped) != 0 {
		t.Fatalf("got %d articles, %d skipped: %v", len(arts), len(skipped), skipped)
	}
	a := arts[0]
	if a.Format != "txt" || len(a.ID) != 64 || !strings.Contains(a.Body, "Fulda") {
		t.Errorf("article = %+v", a)
	}
}

func TestReadJSONL(t *testing.T) {
	arts, skipped := readAllOf(t, []string{filepath.Join("testdata", "read", "artikel.jsonl")}, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	if arts[0].Title != "Bahnstreik legt Fernverkehr lahm" || arts[0].Author != "Anna Beispiel, Ben Muster" || arts[0].SourceLine != 1 {
		t.Errorf("news-please fields: %+v", arts[0])
	}
	if arts[1].Title != "Impfzentren schließen im Herbst" || !strings.Contains(arts[1].Body, "Impfzentren") || arts[1].SourceLine != 2 {
		t.Errorf("FANG-COVID fields: %+v", arts[1])
	}
	if len(skipped) != 2 || skipped[0].Line != 3 || skipped[1].Line != 4 {
		t.Fatalf("skipped = %v, want lines 3 and 4", skipped)
	}
	if !strings.HasPrefix(skipped[0].Error(), filepath.Join("testdata", "read", "artikel.jsonl")+":3: ") {
		t.Errorf("error text = %q", skipped[0].Error())
	}
}

func TestReadEmitError(t *testing.T) {
	stop := errors.New("stop")
	err := Read([]string{filepath.Join("testdata", "read")}, Options{}, func(Article) error { return stop }, nil)
	if !errors.Is(err, stop) {
		t.Fatalf("Read = %v, want the emit error", err)
	}
}

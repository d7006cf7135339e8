package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/text"
)

// gnadBodies reads the article texts of ../shared/data/10kgnad/test.csv.
func gnadBodies(tb testing.TB) []string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the package")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "data", "10kgnad", "test.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("no 10kGNAD (%v): ../shared/data is not beside the repo", err)
	}
	// One article a line: label;'text', quotes doubled inside.
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		_, body, ok := strings.Cut(line, ";")
		if !ok {
			continue
		}
		body = strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(body, "\r"), "'"), "'")
		out = append(out, strings.ReplaceAll(body, "''", "'"))
	}
	if len(out) == 0 {
		tb.Skipf("no articles read from %s", path)
	}
	return out
}

// BenchmarkExtract measures Extract alone, on sentences split beforehand.
func BenchmarkExtract(b *testing.B) {
	bodies := gnadBodies(b)
	sents := make([][]fact.Sentence, len(bodies))
	size := 0
	for i, body := range bodies {
		sents[i] = text.Split(body)
		size += len(body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i, body := range bodies {
			Extract(body, sents[i])
		}
	}
}

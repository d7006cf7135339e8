// Package fangtest loads FANG-COVID articles from ../shared/data for the
// analysers' benchmarks, skipping the benchmark when the data is absent.
package fangtest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Record is one FANG-COVID article.
type Record struct {
	URL     string `json:"url"`
	Date    string `json:"date"`
	Source  string `json:"source"`
	Article string `json:"article"`
}

// Load returns the first n records of FANG-COVID and their text size in
// bytes. It skips tb when the data set is not beside the repository.
func Load(tb testing.TB, n int) ([]Record, int) {
	tb.Helper()
	d, err := os.Getwd()
	if err != nil {
		tb.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			break
		}
		p := filepath.Dir(d)
		if p == d {
			tb.Skip("no go.mod above the working directory")
		}
		d = p
	}
	f, err := os.Open(filepath.Join(filepath.Dir(d), "shared", "data", "fang-covid", "fang_covid.jsonl.gz"))
	if err != nil {
		tb.Skipf("FANG-COVID not found in ../shared/data: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var recs []Record
	size := 0
	for sc.Scan() && len(recs) < n {
		var r Record
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			recs = append(recs, r)
			size += len(r.Article)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return recs, size
}

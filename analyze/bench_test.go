package analyze

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPipelineFANG runs the whole pipeline over the first 1,000
// FANG-COVID articles and reports MB/s of article text. It skips when
// ../shared/data is absent.
func BenchmarkPipelineFANG(b *testing.B) {
	d, err := os.Getwd()
	if err != nil {
		b.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			break
		}
		p := filepath.Dir(d)
		if p == d {
			b.Skip("no go.mod above the working directory")
		}
		d = p
	}
	f, err := os.Open(filepath.Join(filepath.Dir(d), "shared", "data", "fang-covid", "fang_covid.jsonl.gz"))
	if err != nil {
		b.Skipf("FANG-COVID not found in ../shared/data: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var ins []Input
	size := 0
	for sc.Scan() && len(ins) < 1000 {
		var rec struct {
			URL     string `json:"url"`
			Date    string `json:"date"`
			Source  string `json:"source"`
			Article string `json:"article"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			ins = append(ins, Input{ID: rec.URL, Body: rec.Article, Published: rec.Date, Outlet: rec.Source})
			size += len(rec.Article)
		}
	}
	p := New()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			p.Analyze(in)
		}
	}
}

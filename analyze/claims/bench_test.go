package claims

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractFANG measures claim extraction alone on the first 3000
// FANG-COVID articles (about 10 MB), with the fallback sentence splitter.
// Target: 20 MB/s or more on one core.
func BenchmarkExtractFANG(b *testing.B) {
	d, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			break
		}
		p := filepath.Dir(d)
		if p == d {
			b.Skip("no repository root")
		}
		d = p
	}
	f, err := os.Open(filepath.Join(filepath.Dir(d), "shared", "data", "fang-covid", "fang_covid.jsonl.gz"))
	if err != nil {
		b.Skipf("FANG-COVID not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var docs []string
	size := 0
	for sc.Scan() && len(docs) < 3000 {
		var rec struct {
			Article string `json:"article"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			docs = append(docs, rec.Article)
			size += len(rec.Article)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, body := range docs {
			Extract(Doc{ID: "b", Body: body})
		}
	}
}

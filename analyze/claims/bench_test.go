package claims

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/internal/fangtest"
)

// BenchmarkExtractFANG measures claim extraction alone on the first 3000
// FANG-COVID articles (about 10 MB), with the fallback sentence splitter.
// Target: 20 MB/s or more on one core.
func BenchmarkExtractFANG(b *testing.B) {
	recs, size := fangtest.Load(b, 3000)
	docs := make([]string, len(recs))
	for i, r := range recs {
		docs[i] = r.Article
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, body := range docs {
			Extract(Doc{ID: "b", Body: body})
		}
	}
}

package analyze

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/internal/fangtest"
)

// BenchmarkPipelineFANG runs the whole pipeline over the first 1,000
// FANG-COVID articles and reports MB/s of article text. It skips when
// ../shared/data is absent.
func BenchmarkPipelineFANG(b *testing.B) {
	recs, size := fangtest.Load(b, 1000)
	ins := make([]Input, len(recs))
	for i, r := range recs {
		ins[i] = Input{ID: r.URL, Body: r.Article, Published: r.Date, Outlet: r.Source}
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

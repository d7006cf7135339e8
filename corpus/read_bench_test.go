package corpus

import (
	"path/filepath"
	"testing"
)

// BenchmarkReadFANG reads and prepares all of FANG-COVID (gunzip, JSON,
// NFC, metadata, boilerplate, IDs) on one goroutine; the MB/s figure is of
// article text (the JSON "article" strings).
func BenchmarkReadFANG(b *testing.B) {
	p := sharedData(b, filepath.Join("data", "fang-covid", "fang_covid.jsonl.gz"))
	benchRead(b, p, false)
}

// BenchmarkReadFANGSignature adds the near-duplicate signature and band
// keys of every body, as an ingest that links near-duplicates computes them.
func BenchmarkReadFANGSignature(b *testing.B) {
	p := sharedData(b, filepath.Join("data", "fang-covid", "fang_covid.jsonl.gz"))
	benchRead(b, p, true)
}

// BenchmarkRead10kGNAD reads and prepares the 10kGNAD test set (CSV).
func BenchmarkRead10kGNAD(b *testing.B) {
	p := sharedData(b, filepath.Join("data", "10kgnad", "test.csv"))
	benchRead(b, p, false)
}

func benchRead(b *testing.B, path string, sig bool) {
	var text int64
	count := 0
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		text, count = 0, 0
		err := Read([]string{path}, Options{}, func(a Article) error {
			count++
			text += int64(len(a.Body))
			for _, bp := range a.Boilerplate {
				text += int64(len(bp.Text))
			}
			if sig {
				BandKeys(Signature(a.Body))
			}
			return nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(text)
	b.ReportMetric(float64(count), "articles")
}

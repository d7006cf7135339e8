package text

import (
	"strings"
	"testing"
)

func BenchmarkSplit(b *testing.B) {
	var sb strings.Builder
	for _, tc := range sentenceCases {
		sb.WriteString(tc.body)
		sb.WriteString("\n\n")
	}
	body := strings.Repeat(sb.String(), 200)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Split(body)
	}
}

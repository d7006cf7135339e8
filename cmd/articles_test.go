package cmd

import (
	"sort"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/corpus"
)

func TestArticleLess(t *testing.T) {
	// In the store's order: source file, line, ID.
	arts := []corpus.Article{
		{ID: "c1", Outlet: "Ostsee-Zeitung", Published: "2024-02-01T10:00"},
		{ID: "a7", Outlet: "", Published: "2024-01-31"},
		{ID: "f0", Outlet: "Öko-Test", Published: ""},
		{ID: "b2", Outlet: "Allgäuer Bote", Published: "2024-02-01"},
		{ID: "e4", Outlet: "Ostsee-Zeitung", Published: "2024-02"},
		{ID: "d9", Outlet: "Allgäuer Bote", Published: "2024-02-01"},
	}
	tests := []struct {
		by   string
		want string // IDs in the sorted order
	}{
		// A month before its days, a day before its times, undated last;
		// b2 and d9 tie and keep the store's order.
		{"published", "a7 e4 b2 d9 c1 f0"},
		{"id", "a7 b2 c1 d9 e4 f0"},
		// German order: Ö with O, not after Z; unnamed outlets last; within an
		// outlet by publication.
		{"outlet", "b2 d9 f0 e4 c1 a7"},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			as := append([]corpus.Article(nil), arts...)
			sort.SliceStable(as, articleLess(as, tt.by))
			var ids []string
			for _, a := range as {
				ids = append(ids, a.ID)
			}
			if got := strings.Join(ids, " "); got != tt.want {
				t.Errorf("--sort %s: got %s, want %s", tt.by, got, tt.want)
			}
		})
	}
}

package report_test

import (
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/corpus-news/corpus/report"
)

func TestExcerpt(t *testing.T) {
	const zitat = "„Die Brücke wird nicht vor 2027 fertig“, räumte Baubürgermeisterin Jördis Kühn am Freitag ein, die Kosten stiegen um 14 Millionen Euro."
	tests := []struct {
		name  string
		s     string
		focus string // the text at the focus offset ("" means offset 0)
		width int
		want  string
	}{
		{"fits", "Laut Stadtwerken steigt der Preis.", "", 40, "Laut Stadtwerken steigt der Preis."},
		{"white space joined", "Laut  Stadtwerken\nsteigt\tder Preis.", "", 40, "Laut Stadtwerken steigt der Preis."},
		{"no limit", zitat, "räumte", 0, zitat},
		{"start", zitat, "", 30, "„Die Brücke wird nicht vor…"},
		{"around the cue", zitat, "räumte", 40, "…fertig“, räumte Baubürgermeisterin…"},
		{"umlauts count one cell", zitat, "Kühn", 30, "…Jördis Kühn am Freitag ein,…"},
		{"end", zitat, "Euro.", 30, "…stiegen um 14 Millionen Euro."},
		{"focus past the end", zitat, "END", 24, "…um 14 Millionen Euro."},
		{"word wider than width", "Donaudampfschifffahrtsgesellschaftskapitän sagte", "", 12, "Donaudampfs…"},
		{"long word after a cut", "Es sprach der Donaudampfschifffahrtsgesellschaftskapitän", "Donau", 12, "…Donaudampf…"},
		{"guillemets", "Der «Spiegel» berichtete, die Partei habe «keine Mehrheit» mehr.", "berichtete", 30, "…berichtete, die Partei habe…"},
		{"a third before", "Der «Spiegel» berichtete, die Partei habe «keine Mehrheit» mehr.", "berichtete", 42, "Der «Spiegel» berichtete, die Partei habe…"},
		{"empty", "", "", 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			focus := 0
			switch {
			case tt.focus == "END":
				focus = len(tt.s) + 10
			case tt.focus != "":
				focus = strings.Index(tt.s, tt.focus)
				if focus < 0 {
					t.Fatalf("%q not in the text", tt.focus)
				}
			}
			got := report.Excerpt(tt.s, focus, tt.width)
			if got != tt.want {
				t.Errorf("Excerpt(…, %d, %d) = %q, want %q", focus, tt.width, got, tt.want)
			}
			if tt.width > 0 && twwidth.Width(got) > tt.width {
				t.Errorf("%q is %d cells wide, more than %d", got, twwidth.Width(got), tt.width)
			}
		})
	}
}

// FuzzExcerpt checks that an excerpt is never wider than asked, keeps the
// words around the focus whole, and does not panic on any offset.
func FuzzExcerpt(f *testing.F) {
	f.Add("„Das stimmt so nicht“, sagte die Sprecherin der Stadtwerke München.", 30, 25)
	f.Add("Größenordnung: ÄÖÜäöüß", 3, 5)
	f.Add("ein", -4, 1)
	f.Fuzz(func(t *testing.T, s string, focus, width int) {
		got := report.Excerpt(s, focus, width)
		if width > 0 && twwidth.Width(got) > width {
			t.Errorf("Excerpt(%q, %d, %d) = %q: %d cells wide", s, focus, width, got, twwidth.Width(got))
		}
	})
}

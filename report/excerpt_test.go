package report_test

import (
	"bytes"
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

// TestFocus checks that a Focus cell is whole in CSV and JSON and an
// excerpt around its offset, at most FocusLines lines, in the table.
func TestFocus(t *testing.T) {
	text := "Nach monatelangem Streit um die Finanzierung der Ortsumgehung hat der Landrat des Kreises Ostholstein am Mittwoch eingeräumt, dass die Kosten „deutlich über den bisher genannten 40 Millionen Euro“ liegen würden, und eine neue Prüfung angekündigt."
	cue := strings.Index(text, "eingeräumt")
	for _, format := range report.Formats() {
		var buf bytes.Buffer
		w, err := report.NewWith(&buf, format, []string{"article", "evidence"}, report.TableWidth(60))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write("9c1d2e3f4a5b", report.Focus{Text: text, At: cue}); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if format != report.Table {
			if !strings.Contains(out, "„deutlich über den bisher genannten 40 Millionen Euro“") || !strings.Contains(out, "angekündigt.") {
				t.Errorf("%s: the evidence is not whole:\n%s", format, out)
			}
			continue
		}
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if rows := len(lines) - 4; rows > report.FocusLines || rows < 2 {
			t.Errorf("table: the evidence takes %d lines, want 2 to %d:\n%s", rows, report.FocusLines, out)
		}
		for _, line := range lines {
			if twwidth.Width(line) > 60 {
				t.Errorf("table: line wider than 60: %s", line)
			}
		}
		if !strings.Contains(out, "eingeräumt") || !strings.Contains(out, report.Ellipsis) {
			t.Errorf("table: no excerpt around the cue:\n%s", out)
		}
	}
}

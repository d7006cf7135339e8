package report_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/corpus-news/corpus/report"
)

func TestTerminalWidth(t *testing.T) {
	tests := []struct {
		columns string
		want    int
	}{
		{"", report.DefaultWidth},
		{"120", 120},
		{" 100 ", 100},
		{"breit", report.DefaultWidth},
		{"-5", report.DefaultWidth},
		{"0", report.DefaultWidth},
	}
	for _, tt := range tests {
		t.Run(tt.columns, func(t *testing.T) {
			t.Setenv("COLUMNS", tt.columns)
			if got := report.TerminalWidth(&bytes.Buffer{}); got != tt.want {
				t.Errorf("TerminalWidth with COLUMNS=%q = %d, want %d", tt.columns, got, tt.want)
			}
		})
	}
}

func TestTableColumns(t *testing.T) {
	cols := []string{"article", "text", "start", "end", "value", "unit"}
	row := []any{"3f2a9c01", "rund 87 Millionen Euro", 120, 142, 87000000.0, "EUR"}
	for _, format := range report.Formats() {
		var buf bytes.Buffer
		w, err := report.NewWith(&buf, format, cols, report.TableColumns("article", "value", "text"))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(row...); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, "e+07") {
			t.Errorf("%s: exponent notation in\n%s", format, out)
		}
		if !strings.Contains(out, "87000000") {
			t.Errorf("%s: no 87000000 in\n%s", format, out)
		}
		if format == report.Table {
			header := strings.Split(out, "\n")[1]
			if !regexpMatch(`^│ ARTICLE +│ VALUE +│ TEXT +│$`, header) {
				t.Errorf("table header %q, want ARTICLE, VALUE, TEXT", header)
			}
			continue
		}
		if !strings.Contains(out, "142") || !strings.Contains(out, "unit") {
			t.Errorf("%s lost a column:\n%s", format, out)
		}
	}
	for _, bad := range [][]string{{"sentence"}, {"text", "text"}, {}} {
		if _, err := report.NewWith(&bytes.Buffer{}, "table", cols, report.TableColumns(bad...)); err == nil {
			t.Errorf("TableColumns(%q) accepted", bad)
		}
	}
}

// TestFit checks the widths a table of claims gets at 80 and 120 columns:
// every line fits, the short columns keep their natural width and the
// evidence takes the rest, wrapped between words.
func TestFit(t *testing.T) {
	rows := [][]any{
		{"a1b2c3d4e5f6", "Ilse Brandt", "asserts", 1487, "„Wir werden die Strecke bis zum Sommer wieder freigeben“, sagte Verkehrsministerin Ilse Brandt am Donnerstag in Erfurt vor Journalisten."},
		{"0f9e8d7c6b5a", "Betriebsrat", "reports", 23, "Laut Betriebsrat sollen bis zu 1.200 Stellen wegfallen, davon 300 in der Verwaltung der Stadtwerke Göttingen."},
	}
	for _, width := range []int{70, 80, 120} {
		var buf bytes.Buffer
		w, err := report.NewWith(&buf, "table", []string{"article", "speaker", "stance", "start", "evidence"}, report.TableWidth(width))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if err := w.Write(r...); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
		for _, line := range lines {
			if n := twwidth.Width(line); n > width {
				t.Errorf("width %d: line is %d wide: %s", width, n, line)
			}
		}
		if !strings.Contains(lines[3], "│ a1b2c3d4e5f6 │ Ilse Brandt │ asserts │  1487 │ ") {
			t.Errorf("width %d: short columns not at their natural width, right-aligned offset:\n%s", width, buf.String())
		}
		for _, word := range []string{"Verkehrsministerin", "Journalisten.", "Göttingen."} {
			if width >= 80 && !strings.Contains(buf.String(), word) {
				t.Errorf("width %d: %q broken:\n%s", width, word, buf.String())
			}
		}
	}
}

func TestTableRoundsFloats(t *testing.T) {
	for _, tt := range []struct {
		f    float64
		want string
	}{{66.66666666666667, "66.6667"}, {4.45, "4.45"}, {0.00001234, "0.00001234"}, {200000000000, "200000000000"}, {-1.23456, "-1.2346"}} {
		var buf bytes.Buffer
		w, err := report.New(&buf, "table", "value")
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(tt.f); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), " "+tt.want+" ") {
			t.Errorf("table of %v: want %s in\n%s", tt.f, tt.want, buf.String())
		}
	}
}

func TestNumber(t *testing.T) {
	for _, tt := range []struct {
		f    float64
		want string
	}{{87000000, "87000000"}, {4.45, "4.45"}, {1.3e9, "1300000000"}, {0.001, "0.001"}, {-2.5, "-2.5"}, {0, "0"}} {
		if got := report.Number(tt.f); got != tt.want {
			t.Errorf("Number(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func regexpMatch(pattern, s string) bool {
	return regexp.MustCompile(pattern).MatchString(s)
}

func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"Die Fähre nach Föhr fällt aus.", 12, "Die Fähre\nnach Föhr\nfällt aus."},
		{"„Zu spät“, sagte sie.", 40, "„Zu spät“, sagte sie."},
		{"Zeile eins\nZeile zwei", 6, "Zeile\neins\nZeile\nzwei"},
		{"Donaudampfschifffahrt ist lang", 8, "Donaudampfschifffahrt\nist lang"},
	}
	for _, tt := range tests {
		if got := report.Wrap(tt.s, tt.width); got != tt.want {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

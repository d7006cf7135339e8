package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/corpus-news/corpus/report"
)

// FuzzWrite writes rows of arbitrary text in every format and checks that
// nothing panics, CSV and TSV read back to the (neutralised) cells, JSON
// and NDJSON are valid JSON with the keys in column order, and every line
// of a table has the same display width.
func FuzzWrite(f *testing.F) {
	for _, seed := range [][2]string{
		{"Süddeutsche Zeitung", "„Das ist nicht wahr“, sagte er."},
		{"=SUMME(A1:A3)", "-5 Prozent"},
		{"Zeile eins\nZeile zwei", "Tab\tmitten"},
		{"", "\r\n"},
		{"«Wall Street Journal»", "ß ẞ Ä Ö Ü"},
		{"\x1b[31mrot", "\u0301kombinierend"},
		{"👨‍👩‍👧 Familie", "Null\u200bbreite und wei\u00adches Trennzeichen"},
		{"Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller", "e\u0301 ñ 中文 ١٢٣"},
	} {
		f.Add(seed[0], seed[1], int64(-3), 4.45)
	}
	f.Fuzz(func(t *testing.T, a, b string, n int64, x float64) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip("report takes valid UTF-8")
		}
		cols := []string{"outlet", "evidence", "count", "value", "credits"}
		row := []any{a, b, n, x, []string{a, b}}
		for _, format := range report.Formats() {
			var buf bytes.Buffer
			w, err := report.New(&buf, format, cols...)
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(row...); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := w.Flush(); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := buf.String()
			switch format {
			case "csv", "tsv":
				r := csv.NewReader(strings.NewReader(out))
				if format == "tsv" {
					r.Comma = '\t'
				}
				recs, err := r.ReadAll()
				if err != nil {
					t.Fatalf("%s does not read back: %v\n%q", format, err, out)
				}
				if len(recs) != 2 {
					t.Fatalf("%s: %d records, want 2\n%q", format, len(recs), out)
				}
				// encoding/csv turns \r\n inside quoted fields into \n.
				norm := func(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
				if got, want := recs[1][0], norm(report.Neutralize(a)); got != want && norm(got) != want {
					t.Errorf("%s cell = %q, want %q", format, got, want)
				}
			case "json", "ndjson":
				var objs []map[string]any
				if format == "json" {
					err = json.Unmarshal(buf.Bytes(), &objs)
				} else {
					var o map[string]any
					err = json.Unmarshal(buf.Bytes(), &o)
					objs = append(objs, o)
				}
				if err != nil {
					t.Fatalf("%s is not valid JSON: %v\n%s", format, err, out)
				}
				if objs[0]["outlet"] != a || objs[0]["evidence"] != b {
					t.Errorf("%s round trip: %v", format, objs[0])
				}
				if i, j := strings.Index(out, `"outlet"`), strings.Index(out, `"credits"`); i < 0 || j < i {
					t.Errorf("%s keys out of column order:\n%s", format, out)
				}
			case "table":
				lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
				if len(lines) < 4 {
					t.Fatalf("table has %d lines:\n%s", len(lines), out)
				}
				for _, l := range lines {
					if twwidth.Width(l) != twwidth.Width(lines[0]) {
						t.Fatalf("table lines differ in display width:\n%s", out)
					}
				}
			}
		}
	})
}

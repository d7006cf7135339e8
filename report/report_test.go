package report_test

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/corpus-news/corpus/report"
)

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		columns []string
		want    string
	}{
		{"unknown format", "xml", []string{"id"}, `unknown format "xml"`},
		{"no columns", "csv", nil, "no columns"},
		{"empty column", "json", []string{"id", ""}, "empty column"},
		{"duplicate column", "table", []string{"id", "id"}, `"id" named twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := report.New(&bytes.Buffer{}, tt.format, tt.columns...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestFormatCaseInsensitive(t *testing.T) {
	if _, err := report.New(&bytes.Buffer{}, " JSON ", "id"); err != nil {
		t.Fatal(err)
	}
}

func TestRowLength(t *testing.T) {
	for _, format := range report.Formats() {
		w, err := report.New(&bytes.Buffer{}, format, "id", "outlet")
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write("nur eine Spalte"); err == nil {
			t.Errorf("%s: short row accepted", format)
		}
		if err := w.Flush(); err != nil {
			t.Errorf("%s: flush: %v", format, err)
		}
		if err := w.Write("a", "b"); err == nil {
			t.Errorf("%s: write after Flush accepted", format)
		}
		if err := w.Flush(); err != nil {
			t.Errorf("%s: second flush: %v", format, err)
		}
	}
}

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Bundestag", "Bundestag"},
		{"=1+1", "'=1+1"},
		{"+49 89", "'+49 89"},
		{"-5 Prozent", "'-5 Prozent"},
		{"-", "-"},
		{"--", "'--"},
		{"-A1", "'-A1"},
		{"@dpa", "'@dpa"},
		{"\tEinzug", "'\tEinzug"},
		{"\rZeile", "'\rZeile"},
		{" =nach Leerzeichen", " =nach Leerzeichen"},
		{"Müller-Lüdenscheidt", "Müller-Lüdenscheidt"},
	}
	for _, tt := range tests {
		if got := report.Neutralize(tt.in); got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestValues checks the cell text of value types the golden files cannot
// express: other integer widths, float32, *float64, time.Time, NaN.
func TestValues(t *testing.T) {
	v := 1.5
	var nilFloat *float64
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	when := time.Date(2024, 3, 5, 14, 20, 0, 0, berlin)
	tests := []struct {
		value   any
		csv, js string
	}{
		{int64(-7), "-7", "-7"},
		{uint8(200), "200", "200"},
		{float32(0.25), "0.25", "0.25"},
		{&v, "1.5", "1.5"},
		{nilFloat, "", "null"},
		{when, "2024-03-05T14:20:00+01:00", `"2024-03-05T14:20:00+01:00"`},
		{math.NaN(), "NaN", "null"},
		{math.Inf(1), "+Inf", "null"},
		{[]string(nil), "", "[]"},
		{map[string]int{"b": 2, "a": 1}, `{""a"":1,""b"":2}`, `{"a":1,"b":2}`},
	}
	for _, tt := range tests {
		var c, j bytes.Buffer
		cw, _ := report.New(&c, "csv", "v")
		jw, _ := report.New(&j, "ndjson", "v")
		for _, w := range []report.Writer{cw, jw} {
			if err := w.Write(tt.value); err != nil {
				t.Fatalf("%T: %v", tt.value, err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		gotCSV := strings.TrimSuffix(strings.TrimPrefix(c.String(), "v\n"), "\n")
		gotCSV = strings.Trim(gotCSV, `"`)
		if gotCSV != tt.csv {
			t.Errorf("%T csv = %q, want %q", tt.value, gotCSV, tt.csv)
		}
		if got, want := j.String(), `{"v":`+tt.js+"}\n"; got != want {
			t.Errorf("%T ndjson = %q, want %q", tt.value, got, want)
		}
	}
}

// TestTableWidth checks that a table of long German evidence fits 80
// columns and that every line has the same display width.
func TestTableWidth(t *testing.T) {
	var buf bytes.Buffer
	w, err := report.New(&buf, "table", "id", "speaker", "stance", "evidence")
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"c1", "Verkehrsministerin Özlem Kürşat", "denies", "„Das ist schlicht falsch“, sagte die Ministerin am Mittwoch in Köln über den Bericht der Zeitung, wonach die Förderung gestrichen werde."},
		{"c2", "Gewerkschaft der Lokführer", "asserts", "Die Gewerkschaft erklärte, der Streik werde bis Freitag, 18 Uhr, dauern – länger als zunächst angekündigt."},
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
	for i, line := range lines {
		if n := len([]rune(line)); n > report.DefaultWidth {
			t.Errorf("line %d is %d wide: %s", i, n, line)
		}
		if n, m := len([]rune(line)), len([]rune(lines[0])); n != m {
			t.Errorf("line %d is %d wide, the first %d: misaligned\n%s", i, n, m, buf.String())
		}
	}
}

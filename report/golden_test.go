package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/corpus-news/corpus/report"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/*.txtar")

// TestGolden runs every testdata/*.txtar case: the "input" file holds the
// columns as a JSON array on its first line and one row a line after it;
// every other file, named after a format, holds the expected output.
// Tables are fitted to DefaultWidth (80), whatever COLUMNS says.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txtar cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input []byte
			for _, f := range ar.Files {
				if f.Name == "input" {
					input = f.Data
				}
			}
			if input == nil {
				t.Fatal("no input file")
			}
			columns, rows, err := parseInput(input)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]byte{}
			for _, format := range report.Formats() {
				var buf bytes.Buffer
				w, err := report.NewWith(&buf, format, columns, report.TableWidth(report.DefaultWidth))
				if err != nil {
					t.Fatal(err)
				}
				for _, row := range rows {
					if err := w.Write(row...); err != nil {
						t.Fatalf("%s: %v", format, err)
					}
				}
				if err := w.Flush(); err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				got[format] = buf.Bytes()
			}
			if *update {
				ar.Files = []txtar.File{{Name: "input", Data: input}}
				for _, format := range report.Formats() {
					ar.Files = append(ar.Files, txtar.File{Name: format, Data: got[format]})
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string][]byte{}
			for _, f := range ar.Files {
				want[f.Name] = f.Data
			}
			for _, format := range report.Formats() {
				w, ok := want[format]
				if !ok {
					t.Errorf("%s: no expected output (run go test -update)", format)
					continue
				}
				if !bytes.Equal(got[format], w) {
					t.Errorf("%s: got\n%s\nwant\n%s", format, got[format], w)
				}
			}
		})
	}
}

// parseInput reads the columns and rows of an input file. JSON numbers
// without a fraction become int, others float64; an array of strings
// becomes []string; objects and other arrays stay as decoded.
func parseInput(data []byte) ([]string, [][]any, error) {
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var columns []string
	if err := json.Unmarshal([]byte(lines[0]), &columns); err != nil {
		return nil, nil, fmt.Errorf("columns: %w", err)
	}
	var rows [][]any
	for i, line := range lines[1:] {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var row []any
		if err := dec.Decode(&row); err != nil {
			return nil, nil, fmt.Errorf("row %d: %w", i+1, err)
		}
		for j, v := range row {
			row[j] = convert(v)
		}
		rows = append(rows, row)
	}
	return columns, rows, nil
}

func convert(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case []any:
		ss := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return x
			}
			ss = append(ss, s)
		}
		return ss
	}
	return v
}

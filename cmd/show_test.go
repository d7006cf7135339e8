package cmd

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/corpus"
)

// storeWith writes articles with chosen IDs into a new store and returns
// its path.
func storeWith(t *testing.T, ids ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "show.db")
	s, err := corpus.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, id := range ids {
		a := corpus.Article{ID: id, SourceFile: id + ".txt", Format: "txt", Outlet: "Flensburger Tageblatt",
			Published: "2023-04-05", Title: "Hafenfest " + id, Words: 7,
			Body:        "Das Hafenfest in Flensburg lockte 40.000 Besucher an.",
			Boilerplate: []corpus.Boilerplate{{Text: "Mehr zum Thema: Segeln", Reason: "teaser"}}}
		if _, err := s.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestShow(t *testing.T) {
	db := storeWith(t, "ab12cd", "ab34ef", "f00d00")
	tests := []struct {
		name   string
		args   []string
		status int
		stdout []string // substrings
		stderr string
	}{
		{name: "unique prefix", args: []string{"show", "f0"}, stdout: []string{
			"id:        f00d00", "outlet:    Flensburger Tageblatt", "published: 2023-04-05",
			"Das Hafenfest in Flensburg", "--- boilerplate, not part of the body ---", "[teaser] Mehr zum Thema: Segeln"}},
		{name: "upper case prefix", args: []string{"show", "AB1"}, stdout: []string{"id:        ab12cd"}},
		{name: "ambiguous", args: []string{"show", "ab"}, status: ExitError, stderr: "ambiguous: it matches ab12cd, ab34ef"},
		{name: "unknown", args: []string{"show", "99"}, status: ExitError, stderr: "no article with that ID"},
		{name: "json", args: []string{"show", "ab3", "--format", "json"}, stdout: []string{
			`"id": "ab34ef"`, `"body": "Das Hafenfest`, `"boilerplate": [`, `"reason":"teaser"`, `"near_duplicates": []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(append([]string{"--db", db}, tt.args...), &out, &errb)
			if status != tt.status {
				t.Fatalf("status %d, want %d; stderr %s", status, tt.status, errb.String())
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", errb.String(), tt.stderr)
			}
		})
	}
}

func TestShowJSONIsOneObject(t *testing.T) {
	db := storeWith(t, "c0ffee")
	var out, errb bytes.Buffer
	if status := run([]string{"--db", db, "show", "c0", "--format", "json"}, &out, &errb); status != 0 {
		t.Fatalf("status %d: %s", status, errb.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("not one JSON row: %v\n%s", err, out.String())
	}
	if rows[0]["source_file"] != "c0ffee.txt" {
		t.Fatalf("row %v", rows[0])
	}
}

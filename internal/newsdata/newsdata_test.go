package newsdata

import (
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestEachText(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	collect := func(s string) { got = append(got, s) }

	write("10kgnad/test.csv", []byte("Sport;'Der Verein gewann.'\nWirtschaft;'Die Bank wächst.'\nkein Feld\n"))
	err := EachText(dir, 1000, collect)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("EachText without FANG-COVID: err = %v, want one wrapping fs.ErrNotExist", err)
	}
	if want := []string{"Der Verein gewann.", "Die Bank wächst."}; !reflect.DeepEqual(got, want) {
		t.Errorf("10kGNAD texts = %q, want %q", got, want)
	}

	if err := os.MkdirAll(filepath.Join(dir, "fang-covid"), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "fang-covid", "fang_covid.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(`{"header":"Kopf eins","article":"Text eins."}` + "\nkein json\n" +
		`{"header":"Kopf zwei","article":"Text zwei, lang genug, um das Budget zu sprengen."}` + "\n" +
		`{"header":"Kopf drei","article":"Nicht mehr gelesen."}` + "\n"))
	zw.Close()
	f.Close()
	got = nil
	if err := EachText(dir, 60, collect); err != nil {
		t.Fatal(err)
	}
	want := []string{"Der Verein gewann.", "Die Bank wächst.", "Kopf eins\n\nText eins.",
		"Kopf zwei\n\nText zwei, lang genug, um das Budget zu sprengen."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EachText = %q, want %q (10kGNAD first, FANG-COVID until the budget is spent)", got, want)
	}
}

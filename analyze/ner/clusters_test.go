package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadClusters(t *testing.T) {
	file := "# Cluster für Tests\n# word\t64\t256\t1024\nRostock\t3\t17\t400\nBahn\t0\t1\t2\nbahn\t5\t5\t5\n#Corona\t1\t1\t1\n"
	c, err := ReadClusters(bytes.NewReader(gz(t, file)))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 4 {
		t.Errorf("Len = %d, want 4", c.Len())
	}
	u := [ClusterLevels]uint16{clusUnknown, clusUnknown, clusUnknown}
	if c.levels != 3 {
		t.Errorf("levels = %d, want 3", c.levels)
	}
	for _, tc := range []struct {
		w    string
		want [ClusterLevels]uint16
	}{
		{"Rostock", [ClusterLevels]uint16{4, 18, 401}},
		{"Bahn", [ClusterLevels]uint16{1, 2, 3}},
		{"BAHN", [ClusterLevels]uint16{6, 6, 6}},    // lowercase fallback
		{"#Corona", [ClusterLevels]uint16{2, 2, 2}}, // a hashtag, no comment
		{"Wismar", u},
	} {
		if got := c.of(tc.w, strings.ToLower(tc.w)); got != tc.want {
			t.Errorf("of(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	var none *Clusters
	if got := none.of("Rostock", "rostock"); got != [ClusterLevels]uint16{} {
		t.Errorf("nil clusters: of = %v, want zeros", got)
	}
	again, err := ReadClusters(bytes.NewReader(gz(t, file)))
	if err != nil || again.sum != c.sum {
		t.Errorf("the same file gave sums %x and %x (%v)", c.sum, again.sum, err)
	}
	other, err := ReadClusters(bytes.NewReader(gz(t, strings.Replace(file, "400", "401", 1))))
	if err != nil || other.sum == c.sum {
		t.Errorf("another file gave the same sum %x (%v)", c.sum, err)
	}
}

func TestReadClustersErrors(t *testing.T) {
	for _, tc := range []struct{ name, file string }{
		{"ungleich viele Spalten", "Rostock\t1\t2\t3\nErfurt\t1\t2\n"},
		{"zu viele Spalten", "Rostock\t1\t2\t3\t4\t5\t6\t7\n"},
		{"keine Spalte", "Rostock\n"},
		{"keine Zahl", "Rostock\t1\tzwei\t3\n"},
		{"negativ", "Rostock\t1\t-2\t3\n"},
		{"zu groß", "Rostock\t1\t70000\t3\n"},
		{"leeres Wort", "\t1\t2\t3\n"},
	} {
		if _, err := ReadClusters(bytes.NewReader(gz(t, tc.file))); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	if _, err := ReadClusters(strings.NewReader("kein gzip")); err == nil {
		t.Error("plain text: no error")
	}
}

func TestDefaultClusters(t *testing.T) {
	c, err := DefaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 1000 {
		t.Errorf("embedded clusters hold %d words", c.Len())
	}
	// Frequent German words have clusters; a word made up has none.
	for _, w := range []string{"und", "Regierung", "Berlin"} {
		if got := c.of(w, strings.ToLower(w)); got[0] == 0 || got[0] == clusUnknown {
			t.Errorf("%s: no cluster", w)
		}
	}
	if got := c.of("Xqzvtrwl", "xqzvtrwl"); got[0] != clusUnknown {
		t.Errorf("made-up word: cluster %v", got)
	}
}

// FuzzReadClusters checks that no input makes the reader panic.
func FuzzReadClusters(f *testing.F) {
	f.Add("Rostock\t3\t17\t400\n")
	f.Add("# Kommentar\nBahn\t0\t1\t2\n\n")
	f.Add("Bahn\t0\t1\n")
	f.Add("#\t1\t2\t3\n#Corona\t4\t5\t6\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ReadClusters(bytes.NewReader(gz(t, s)))
		if err == nil {
			_ = c.of("Bahn", "bahn")
		}
	})
}

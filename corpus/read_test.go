package corpus

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readAllOf reads paths and returns the articles and the skipped inputs.
func readAllOf(t *testing.T, paths []string, opts Options) ([]Article, []*InputError) {
	t.Helper()
	var arts []Article
	var skipped []*InputError
	err := Read(paths, opts, func(a Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *InputError) { skipped = append(skipped, e) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, skipped
}

func testFile(name string) string { return filepath.Join("testdata", "read", name) }

// sharedData returns the path of ../shared/data/<rel> beside the repository
// root, or skips the test when it is absent.
func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s is absent (the shared data sets live beside the repository): %v", p, err)
	}
	return p
}

func TestReadTXT(t *testing.T) {
	arts, skipped := readAllOf(t, []string{testFile("brücke.txt")}, Options{})
	if len(arts) != 1 || len(skipped) != 0 {
		t.Fatalf("got %d articles, %d skipped: %v", len(arts), len(skipped), skipped)
	}
	a := arts[0]
	if a.Format != "txt" || len(a.ID) != 64 || a.Title != "Neue Brücke in Kassel eröffnet" || !strings.HasPrefix(a.Body, "Kassel. Die Stadt") || a.Dateline != "Kassel" {
		t.Errorf("article = %+v", a)
	}
}

func TestReadJSONL(t *testing.T) {
	arts, skipped := readAllOf(t, []string{testFile("artikel.jsonl")}, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	a := arts[0]
	if a.Title != "Bahnstreik legt Fernverkehr lahm" || a.Author != "Anna Beispiel, Ben Muster" || a.SourceLine != 1 ||
		a.Published != "2021-08-11T06:30" || a.Outlet != "tagesschau.de" || a.URL == "" {
		t.Errorf("news-please fields: %+v", a)
	}
	b := arts[1]
	if b.Title != "Impfzentren schließen im Herbst" || b.Outlet != "Die Zeit" || b.Published != "2021-06-01T12:00" || b.SourceLine != 2 {
		t.Errorf("FANG-COVID fields: %+v", b)
	}
	if len(skipped) != 2 || skipped[0].Line != 3 || skipped[1].Line != 4 {
		t.Fatalf("skipped = %v, want lines 3 and 4", skipped)
	}
	if want := testFile("artikel.jsonl") + ":3: malformed JSON"; !strings.HasPrefix(skipped[0].Error(), want) {
		t.Errorf("error text = %q, want prefix %q", skipped[0].Error(), want)
	}
}

func TestReadJSONFieldsOverride(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "eigen.json")
	data := `[
  {"inhalt": "Der Landtag hat das Gesetz am Mittwoch verabschiedet. Die Opposition stimmte dagegen.", "ueberschrift": "Gesetz verabschiedet", "zeit": "2020-02-03"},
  {"inhalt": "Die Feuerwehr rückte in der Nacht zu einem Brand in einer Lagerhalle aus.", "ueberschrift": "Brand in Lagerhalle"}
]`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, skipped := readAllOf(t, []string{p}, Options{Fields: map[string]string{"text": "inhalt", "title": "ueberschrift", "published": "zeit"}})
	if len(arts) != 2 || len(skipped) != 0 {
		t.Fatalf("got %d articles, skipped %v", len(arts), skipped)
	}
	if arts[0].Title != "Gesetz verabschiedet" || arts[0].Published != "2020-02-03" || arts[0].SourceLine != 2 || arts[1].SourceLine != 3 {
		t.Errorf("articles = %+v", arts)
	}
}

func TestReadCSV(t *testing.T) {
	arts, skipped := readAllOf(t, []string{testFile("artikel.csv")}, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 (skipped %v)", len(arts), skipped)
	}
	if !strings.HasPrefix(arts[0].Body, "Die Landesbank meldet") || arts[0].Dateline != "Frankfurt" || arts[0].SourceLine != 1 {
		t.Errorf("first record: %+v", arts[0])
	}
	if !strings.Contains(arts[1].Body, `"Wir haben es nicht geschafft."`) {
		t.Errorf("second record lost its quotes: %q", arts[1].Body)
	}
	if len(skipped) != 1 || skipped[0].Line != 3 || !strings.Contains(skipped[0].Error(), "missing column") {
		t.Errorf("skipped = %v, want line 3, a missing column", skipped)
	}

	arts, skipped = readAllOf(t, []string{testFile("kopf.csv")}, Options{})
	if len(arts) != 1 || arts[0].Title != "Ausstellung eröffnet" || arts[0].Published != "2022-05-01" || arts[0].Outlet != "museumsblatt.de" {
		t.Errorf("header CSV: %+v", arts)
	}
	if len(skipped) != 1 || skipped[0].Line != 3 {
		t.Errorf("skipped = %v, want line 3", skipped)
	}
}

func TestReadCSVOptions(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "spalten.csv")
	// a header named unlike the defaults, a multi-line quoted cell, a doubled quote
	data := "nr|rubrik|meldung\n1|Politik|\"Die Ministerin trat zurück.\nSie nannte \"\"persönliche Gründe\"\".\"\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, skipped := readAllOf(t, []string{p}, Options{CSVDelimiter: '|', CSVHeader: HeaderYes, Fields: map[string]string{"text": "meldung"}})
	if len(arts) != 1 || len(skipped) != 0 {
		t.Fatalf("got %d articles, skipped %v", len(arts), skipped)
	}
	if want := "Die Ministerin trat zurück.\nSie nannte \"persönliche Gründe\"."; arts[0].Body != want {
		t.Errorf("body = %q, want %q", arts[0].Body, want)
	}
	arts, _ = readAllOf(t, []string{testFile("artikel.csv")}, Options{CSVDelimiter: ';', CSVQuote: '\'', CSVHeader: HeaderNo, Fields: map[string]string{"text": "2"}})
	if len(arts) != 2 || !strings.HasPrefix(arts[1].Body, "Der Verein steigt ab.") {
		t.Errorf("numbered columns: %+v", arts)
	}
}

func TestReadHTML(t *testing.T) {
	arts, skipped := readAllOf(t, []string{testFile("wahl.html")}, Options{})
	if len(arts) != 1 || len(skipped) != 0 {
		t.Fatalf("got %d articles, skipped %v", len(arts), skipped)
	}
	a := arts[0]
	checks := []struct{ name, got, want string }{
		{"title", a.Title, "Stadtrat beschließt neuen Haushalt"},
		{"author", a.Author, "Jana Probst"},
		{"outlet", a.Outlet, "Beispielbote"},
		{"published", a.Published, "2021-03-04T18:15"},
		{"url", a.URL, "https://www.beispielbote.de/lokal/haushalt-2021"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if strings.Count(a.Body, "\n\n") != 2 || strings.Contains(a.Body, "Foto:") || strings.Contains(a.Body, "Startseite") {
		t.Errorf("body = %q, want three paragraphs without caption or navigation", a.Body)
	}
}

func TestReadHTMLSiteName(t *testing.T) {
	arts, _ := readAllOf(t, []string{testFile("gebuehren.html")}, Options{})
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	if a := arts[0]; a.Title != "Stadt erhöht die Müllgebühren" || a.Outlet != "Lokalblatt" {
		t.Errorf("title %q, outlet %q; want the site's name out of the title and as the outlet", a.Title, a.Outlet)
	}
	for _, tt := range []struct{ title, outlet, url, want string }{
		{"Neue Radwege für die Altstadt - Morgenpost Saar", "", "https://www.morgenpost-saar.de/x", "Neue Radwege für die Altstadt"},
		{"Neue Radwege für die Altstadt | Beispielbote", "Beispielbote", "", "Neue Radwege für die Altstadt"},
		{"Corona-Regeln – Was jetzt gilt", "Beispielbote", "https://www.beispielbote.de/x", "Corona-Regeln – Was jetzt gilt"},
	} {
		if got, _, _ := siteSuffix(tt.title, tt.outlet, tt.url); got != tt.want {
			t.Errorf("siteSuffix(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestDecodeUTF16(t *testing.T) {
	le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	if s, _, err := DecodeText(le("Grüße aus Köln\n")); err != nil || s != "Grüße aus Köln\n" {
		t.Errorf("UTF-16LE text = %q, %v", s, err)
	}
	for _, b := range [][]byte{
		[]byte("\xff\xfe\x00\x01garbage\x80\x81"),     // odd length
		[]byte("\xff\xfe\x00\x01garbage\x80\x81\x82"), // a jumble of CJK
	} {
		if _, _, err := DecodeText(b); !errors.Is(err, ErrEncoding) {
			t.Errorf("DecodeText(%q) error = %v, want ErrEncoding", b, err)
		}
	}
}

func TestReadBadInputs(t *testing.T) {
	tests := []struct {
		file string
		line int
		err  error
	}{
		{"binaer.txt", 1, ErrBinary},
		{"leer.txt", 0, ErrEmpty},
		{"kaputt.txt", 1, ErrEncoding},
		{"gibt-es-nicht.txt", 0, os.ErrNotExist},
		{"unbekannt.xyz", 1, ErrBinary}, // named on the command line: read by content
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "unbekannt.xyz"), bytes.Repeat([]byte("\x01\x02\x03"), 10), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := testFile(tt.file)
			if tt.file == "unbekannt.xyz" {
				p = filepath.Join(dir, tt.file)
			}
			arts, skipped := readAllOf(t, []string{p}, Options{})
			if len(arts) != 0 || len(skipped) != 1 {
				t.Fatalf("got %d articles, skipped %v", len(arts), skipped)
			}
			if !errors.Is(skipped[0], tt.err) || skipped[0].Line != tt.line || skipped[0].File != p {
				t.Errorf("skipped %v (line %d), want %v at line %d", skipped[0], skipped[0].Line, tt.err, tt.line)
			}
		})
	}
}

func TestReadEncodings(t *testing.T) {
	for _, name := range []string{"latin1.txt", "bom.txt"} {
		arts, skipped := readAllOf(t, []string{testFile(name)}, Options{})
		if len(arts) != 1 || len(skipped) != 0 {
			t.Fatalf("%s: got %d articles, skipped %v", name, len(arts), skipped)
		}
		a := arts[0]
		if strings.ContainsAny(a.Title+a.Body, "\r\ufeff\ufffd") {
			t.Errorf("%s: not cleaned: %q / %q", name, a.Title, a.Body)
		}
	}
	arts, _ := readAllOf(t, []string{testFile("latin1.txt")}, Options{})
	if arts[0].Title != "Bürgermeister eröffnet Brücke" {
		t.Errorf("Windows-1252 title = %q", arts[0].Title)
	}
}

func TestReadFolderGzipAndIdentity(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(testFile("artikel.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(src)
	zw.Close()
	if err := os.MkdirAll(filepath.Join(dir, "b", ".versteckt"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"b/artikel.jsonl.gz":     gz.Bytes(),
		"a.txt":                  []byte("Kurzmeldung\n\nDie Stadtbibliothek bleibt wegen Umbauarbeiten bis Ende Mai geschlossen.\n"),
		"b/.versteckt/nicht.txt": []byte("Das soll niemand lesen, die Datei liegt in einem versteckten Ordner."),
		"b/kopie.txt":            []byte("Kurzmeldung\r\n\r\nDie  Stadtbibliothek bleibt wegen Umbauarbeiten bis Ende Mai geschlossen.\r\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, skipped := readAllOf(t, []string{dir}, Options{})
	var got []string
	for _, a := range arts {
		got = append(got, filepath.Base(a.SourceFile))
	}
	if want := "a.txt artikel.jsonl.gz artikel.jsonl.gz kopie.txt"; strings.Join(got, " ") != want {
		t.Errorf("files read in order %v, want %s", got, want)
	}
	if len(skipped) != 2 {
		t.Errorf("skipped = %v, want the two bad JSON lines", skipped)
	}
	if arts[0].ID != arts[3].ID {
		t.Errorf("the same text with other white space and line ends has IDs %s and %s", arts[0].ID, arts[3].ID)
	}
	if arts[0].ID == arts[1].ID {
		t.Errorf("different articles share ID %s", arts[0].ID)
	}
}

func TestReadEmitError(t *testing.T) {
	stop := errors.New("stop")
	err := Read([]string{filepath.Join("testdata", "read")}, Options{}, func(Article) error { return stop }, nil)
	if !errors.Is(err, stop) {
		t.Fatalf("Read = %v, want the emit error", err)
	}
}

func TestRead10kGNAD(t *testing.T) {
	p := sharedData(t, filepath.Join("data", "10kgnad", "test.csv"))
	arts, skipped := readAllOf(t, []string{p}, Options{})
	if len(arts) != 1028 || len(skipped) != 0 {
		t.Fatalf("got %d articles and %d skipped, want 1028 and 0: %v", len(arts), len(skipped), skipped)
	}
	// derStandard's texts carry no boilerplate: every line must stay body
	for _, a := range arts {
		for _, b := range a.Boilerplate {
			t.Errorf("record %d: %q taken out as %s", a.SourceLine, b.Text, b.Reason)
		}
	}
}

func TestReadStdin(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"title": "Aus der Leitung", "text": "Ein Artikel, der über die Standardeingabe kommt, gepackt mit gzip."}` + "\n"))
	zw.Close()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		pw.Write(gz.Bytes())
		pw.Close()
	}()
	old := os.Stdin
	os.Stdin = pr
	defer func() { os.Stdin = old }()
	arts, skipped := readAllOf(t, []string{"-"}, Options{})
	if len(arts) != 1 || len(skipped) != 0 || arts[0].SourceFile != "-" || arts[0].Format != "jsonl" || arts[0].Title != "Aus der Leitung" {
		t.Fatalf("stdin: %+v, skipped %v", arts, skipped)
	}
}

package corpus

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzRead reads data as one input of the given format and checks what
// every emitted article must satisfy.
func fuzzRead(t *testing.T, data []byte, opts Options, name string) int {
	n := 0
	skip := func(e *InputError) {
		if e.File != name || e.Line < 0 || e.Err == nil {
			t.Errorf("bad InputError %#v", e)
		}
	}
	r := &reader{opts: opts, emit: func(rec Record) error {
		a, err := PrepareChecked(rec)
		var ie *InputError
		if errors.As(err, &ie) {
			skip(ie)
			return nil
		}
		n++
		checkArticle(t, a)
		return nil
	}, skip: skip}
	if err := r.stream(name, bytes.NewReader(data)); err != nil {
		t.Fatalf("stream: %v", err)
	}
	return n
}

func checkArticle(t *testing.T, a Article) {
	t.Helper()
	for _, s := range []string{a.Body, a.Title, a.Author, a.Outlet, a.Published, a.Dateline} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	if !norm.NFC.IsNormalString(a.Body) || strings.ContainsRune(a.Body, '\r') {
		t.Fatalf("body not normalised: %q", a.Body)
	}
	if _, err := hex.DecodeString(a.ID); len(a.ID) != 64 || err != nil {
		t.Fatalf("ID %q does not match the content", a.ID)
	}
	if a.Words != CountWords(a.Body) {
		t.Fatalf("Words = %d, want %d", a.Words, CountWords(a.Body))
	}
	if a.Published != "" {
		if _, ok := NormalizeDate(a.Published); !ok {
			t.Fatalf("published %q is not ISO 8601", a.Published)
		}
	}
}

func addFiles(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(testFile(n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadJSONL(f *testing.F) {
	addFiles(f, "artikel.jsonl")
	f.Add([]byte(`{"text": "a\u00e4\ud83d\ude00\ud800x", "n": [1, {"a": null}], "b": true}`))
	f.Add([]byte(`{"article": "Zeile\r\neins", "date": "2020-02-30"}` + "\n\n" + `{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, Options{Format: "jsonl"}, "f.jsonl")
		fuzzRead(t, data, Options{Format: "json"}, "f.json")
		// the object parser agrees with encoding/json on what is valid
		for _, line := range bytes.Split(data, []byte{'\n'}) {
			line = bytes.TrimSpace(line)
			_, err := parseFlatObject(line, nil)
			var m map[string]any
			jerr := json.Unmarshal(line, &m)
			if err == nil && jerr != nil {
				t.Errorf("parseFlatObject accepts %q, encoding/json says %v", line, jerr)
			}
			if err != nil && jerr == nil && m != nil && !bytes.Contains(line, []byte("[[[[[[")) {
				t.Errorf("parseFlatObject rejects %q (%v), encoding/json accepts it", line, err)
			}
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	addFiles(f, "artikel.csv", "kopf.csv")
	f.Add([]byte("a;'b''c\nd';e\n'x"))
	f.Add([]byte("\"a\"\"\",\"b\r\n\"c,d"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, Options{Format: "csv"}, "f.csv")
		fuzzRead(t, data, Options{Format: "csv", CSVDelimiter: ';', CSVQuote: '\'', CSVHeader: HeaderNo}, "f.csv")
		// the record reader never loses bytes of a well-formed record
		cr := &csvReader{br: bufio.NewReader(bytes.NewReader(data)), comma: ',', quote: '"', max: 1 << 20}
		for i := 0; i < 1000; i++ {
			if _, _, err := cr.read(); err != nil {
				break
			}
		}
	})
}

func FuzzReadTXT(f *testing.F) {
	addFiles(f, "brücke.txt", "latin1.txt", "bom.txt", "kaputt.txt")
	f.Add([]byte(" date 2018-08 Titel läuft in Die Meldung hinein. Mehr.\n\nBerlin. Der Text.\n\n© Blatt 2018"))
	f.Add([]byte("\xff\xfeT\x00e\x00x\x00t\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, Options{Format: "txt"}, "f.txt")
	})
}

func FuzzReadHTML(f *testing.F) {
	addFiles(f, "wahl.html")
	f.Add([]byte("<html><body><p>Ein Absatz mit genug Text, um als Artikel zu gelten, und noch etwas mehr.</p></body></html>"))
	f.Add([]byte("<p><br><b>x</p></b><script>y</script>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		fuzzRead(t, data, Options{Format: "html"}, "f.html")
	})
}

func FuzzMetadata(f *testing.F) {
	for _, s := range []string{
		"Von Cindy am 07.08.2018",
		"07. August 2018, 09:38 Uhr",
		"Berlin (dpa) - Text. (rtr/küp)",
		"Quelle: https://www.spiegel.de/x\nTags: a, b\nAlle Neuerscheinungen",
		"Schlagzeile ohne Punkt Der Text beginnt hier. Und geht weiter u... Schlagzeile ohne Punkt",
		"© 2020 – \n(c) \nMit Material von \n",
	} {
		f.Add(s, "2020-01-01T00:00:00+01:00")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		a := Prepare(Record{Text: text, Published: published, Title: published, URL: text})
		checkArticle(t, a)
		for _, b := range a.Boilerplate {
			if b.Reason == "" || !utf8.ValidString(b.Text) {
				t.Fatalf("bad boilerplate %#v", b)
			}
		}
		for _, l := range strings.Split(text, "\n") {
			timestampLine(l)
			byline(l)
			dateline(l, true)
			datelineInside(l)
			trailingCredit(l)
			sourceCredit(l)
			copyrightOutlet(l)
			runInHeadline(l)
			leadingDate(l)
			OutletForDomain(l)
		}
	})
}

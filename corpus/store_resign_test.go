package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSignatureVersionOfNewStore: a new store records the current version,
// and migration 003 agrees with SignatureVersion.
func TestSignatureVersionOfNewStore(t *testing.T) {
	s := openTemp(t)
	v, n, stale, err := s.SignatureState()
	if err != nil || v != SignatureVersion || n != 0 || stale {
		t.Fatalf("SignatureState = %d, %d, %v, %v; want %d, 0, false", v, n, stale, err, SignatureVersion)
	}
}

// TestResign: a store whose signatures are of an older (or unknown)
// version is re-signed by the next ingest, which then links its new
// articles with the old ones exactly as a fresh ingest of everything does.
func TestResign(t *testing.T) {
	dir := t.TempDir()
	const agency = "Die Stadtwerke Wesertal erhöhen zum ersten Juli die Preise für Strom und Gas um durchschnittlich acht Prozent. " +
		"Ein Sprecher begründete den Schritt mit gestiegenen Einkaufskosten an der Börse. " +
		"Verbraucherschützer kritisierten die Erhöhung als überzogen und rieten zum Vergleich der Tarife."
	first := ""
	for i, text := range []string{agency, "Der Kreistag in Nordheide hat den neuen Radweg zwischen Altdorf und Neudorf beschlossen; gebaut wird ab dem Frühjahr.", agency} {
		first += fmt.Sprintf(`{"id": "a%d", "header": "Meldung", "article": %q}`+"\n", i, text)
	}
	second := fmt.Sprintf(`{"id": "b1", "header": "Meldung", "article": %q}`+"\n", agency)
	pa, pb := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	for p, data := range map[string]string{pa: first, pb: second} {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ingest := func(s *Store, p string, notices *[]string) {
		t.Helper()
		opts := IngestOptions{Notice: func(m string) { *notices = append(*notices, m) }}
		if _, err := Ingest(context.Background(), s, []string{p}, opts); err != nil {
			t.Fatal(err)
		}
	}
	var none []string
	fresh := openTemp(t)
	ingest(fresh, pa, &none)
	ingest(fresh, pb, &none)
	want, err := fresh.Pairs()
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 3 || len(none) != 0 {
		t.Fatalf("fresh store: pairs %v, notices %q", want, none)
	}

	tests := []struct {
		name    string
		version string // stored version; "" for none
		notice  string
	}{
		{"unknown version", "", "unknown older version"},
		{"version 2", "2", "version 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			ingest(s, pa, &none)
			// make it look like a store of an older corpus: other signatures,
			// other band keys, links made from them
			for _, q := range []string{
				`UPDATE signatures SET signature = zeroblob(512)`,
				`UPDATE band_keys SET key = key + 1`,
				`DELETE FROM near_duplicates`,
				`DELETE FROM store_info`,
			} {
				if _, err := s.DB().Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			if tt.version != "" {
				if _, err := s.DB().Exec(`INSERT INTO store_info VALUES ('signature_version', ?)`, tt.version); err != nil {
					t.Fatal(err)
				}
			}
			s.mu.Lock()
			s.bands = nil
			s.mu.Unlock()
			if _, _, stale, err := s.SignatureState(); err != nil || !stale {
				t.Fatalf("stale = %v, %v", stale, err)
			}
			var notices []string
			ingest(s, pb, &notices)
			if len(notices) != 1 || !strings.Contains(notices[0], tt.notice) || !strings.Contains(notices[0], "re-signing the 3 stored articles") {
				t.Fatalf("notices %q", notices)
			}
			got, err := s.Pairs()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("pairs after re-signing %v, want %v", got, want)
			}
			if v, _, stale, err := s.SignatureState(); err != nil || stale || v != SignatureVersion {
				t.Fatalf("after: version %d, stale %v, %v", v, stale, err)
			}
			notices = nil
			ingest(s, pb, &notices)
			if len(notices) != 0 {
				t.Fatalf("re-signed twice: %q", notices)
			}
		})
	}
}

// TestSignatureVersionNewer: signatures of a newer corpus are not touched.
func TestSignatureVersionNewer(t *testing.T) {
	s := openTemp(t)
	if _, err := s.DB().Exec(`UPDATE store_info SET value = '99' WHERE key = 'signature_version'`); err != nil {
		t.Fatal(err)
	}
	_, err := Ingest(context.Background(), s, []string{writeArticles(t, 1)}, IngestOptions{})
	if err == nil || !strings.Contains(err.Error(), "newer than this corpus knows") {
		t.Fatalf("err = %v", err)
	}
}

// TestCheckStoreFile: files that are no corpus store are refused and left
// as they were; an empty file is a new store for ingest only.
func TestCheckStoreFile(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "foreign.db")
	func() {
		s := openTemp(t)
		if _, err := s.DB().Exec(`VACUUM INTO ?`, foreign); err != nil {
			t.Fatal(err)
		}
	}()
	fs, err := Open(foreign)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE schema_version`, `PRAGMA journal_mode = DELETE`} {
		if _, err := fs.DB().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	fs.Close()
	tests := []struct {
		name    string
		data    *string // nil: the foreign database
		create  bool
		wantErr string
	}{
		{"text file, ingest", ptr("Hallo, Welt\n"), true, "not an SQLite database"},
		{"text file, read", ptr("Hallo, Welt\n"), false, "not an SQLite database"},
		{"empty file, read", ptr(""), false, "the file is empty"},
		{"empty file, ingest", ptr(""), true, ""},
		{"foreign database", nil, true, "another program"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := foreign
			if tt.data != nil {
				p = filepath.Join(t.TempDir(), "x.db")
				if err := os.WriteFile(p, []byte(*tt.data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := os.ReadFile(p)
			s, err := open(p, tt.create)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				s.Close()
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			after, _ := os.ReadFile(p)
			if string(before) != string(after) {
				t.Fatal("the file was changed")
			}
			if m, _ := filepath.Glob(p + "-*"); len(m) > 0 {
				t.Fatalf("files left: %v", m)
			}
		})
	}
}

func ptr(s string) *string { return &s }

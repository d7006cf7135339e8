package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article returns a stored-ready article with the given ID and body.
func article(id, body string) Article {
	return Article{ID: id, SourceFile: "t.txt", Format: "txt", Outlet: "Testblatt", Published: "2021-03-04",
		Title: "Titel " + id, Words: 3, Body: body, Credits: []string{"dpa"},
		Boilerplate: []Boilerplate{{Text: "© Testblatt 2021", Reason: "copyright"}},
		Rules:       map[string]string{"outlet": "text:copyright"}}
}

func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion()
	if err != nil || v != ms[len(ms)-1].version {
		t.Fatalf("schema version %d, %v; want %d", v, err, ms[len(ms)-1].version)
	}
	s.Close()
	// Reopening applies nothing twice.
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM schema_version`).Scan(&n); err != nil || n != len(ms) {
		t.Fatalf("schema_version rows %d, %v; want %d", n, err, len(ms))
	}
	// A store from a newer corpus is refused.
	if _, err := s.DB().Exec(`INSERT INTO schema_version (version, name) VALUES (9999, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path); err == nil {
		t.Fatal("opened a store with a newer schema")
	}
}

func TestOpenExisting(t *testing.T) {
	_, err := OpenExisting(filepath.Join(t.TempDir(), "absent.db"))
	if !errors.Is(err, ErrNoStore) {
		t.Fatalf("err = %v, want ErrNoStore", err)
	}
}

func TestPutIdempotent(t *testing.T) {
	s := openTemp(t)
	a := article("aa11", "Die Stadt Kiel baut 300 Wohnungen.")
	r := &analyze.Result{
		Sentences: []fact.Sentence{{Index: 0, Start: 0, End: 35}},
		Entities:  []fact.Entity{{Article: "aa11", Text: "Kiel", Start: 9, End: 13, Name: "Kiel", Type: fact.LOC}},
		Figures:   []fact.Figure{{Article: "aa11", Text: "300", Start: 19, End: 22, Value: 300, Unit: fact.UnitCount, Noun: "Wohnungen"}},
		Dates:     []fact.Date{{Article: "aa11", Text: "kürzlich", Start: 0, End: 0, Vague: true}},
		Claims: []fact.Claim{{ID: "c1", Article: "aa11", Speaker: "Kiel", Stance: fact.Asserts, Hedges: []string{"rund"},
			Figures: []fact.Figure{{Value: 300}}, Via: []string{"Testblatt"}, Start: 0, End: 35}},
	}
	for i, want := range []PutStatus{Stored, Existed} {
		st, err := s.Put(a, r)
		if err != nil || st != want {
			t.Fatalf("put %d: %v, %v; want %v", i, st, err, want)
		}
	}
	if ok, err := s.Has("aa11"); !ok || err != nil {
		t.Fatalf("Has = %v, %v", ok, err)
	}
	if ok, _ := s.Has("aa1"); ok {
		t.Fatal("Has matched a prefix")
	}
	if n, _ := s.Count(); n != 1 {
		t.Fatalf("count %d, want 1", n)
	}
	got, err := s.Article("aa")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("article round trip:\n got %+v\nwant %+v", got, a)
	}
	res, err := s.Results("aa11")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*res["aa11"], *r) {
		t.Fatalf("facts round trip:\n got %+v\nwant %+v", *res["aa11"], *r)
	}
}

func TestPutWithoutFactsThenAnalyze(t *testing.T) {
	s := openTemp(t)
	a := article("bb22", "Hamburg wächst.")
	if st, err := s.Put(a, nil); err != nil || st != Stored {
		t.Fatalf("put: %v, %v", st, err)
	}
	if _, analyzed, _ := s.Status("bb22"); analyzed {
		t.Fatal("analysed without facts")
	}
	r := &analyze.Result{Entities: []fact.Entity{{Article: "bb22", Text: "Hamburg", End: 7, Name: "Hamburg", Type: fact.LOC}}}
	if st, err := s.Put(a, r); err != nil || st != Analyzed {
		t.Fatalf("put facts: %v, %v", st, err)
	}
	if st, _ := s.Put(a, r); st != Existed {
		t.Fatalf("third put: %v", st)
	}
	es, _ := s.Entities("bb22")
	if len(es) != 1 {
		t.Fatalf("entities %v", es)
	}
}

func TestResolve(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"abc123", "abc456", "abd000", "ff0000"} {
		if _, err := s.Put(article(id, "Text "+id), nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		prefix    string
		want      string
		ambiguous bool
		notFound  bool
	}{
		{prefix: "abc1", want: "abc123"},
		{prefix: "ABD", want: "abd000"},
		{prefix: "f", want: "ff0000"},
		{prefix: "abc123", want: "abc123"},
		{prefix: "ab", ambiguous: true},
		{prefix: "abc", ambiguous: true},
		{prefix: "0", notFound: true},
		{prefix: "abc1234", notFound: true},
	}
	for _, tt := range tests {
		got, err := s.Resolve(tt.prefix)
		var amb *AmbiguousError
		switch {
		case tt.ambiguous:
			if !errors.As(err, &amb) || len(amb.Candidates) < 2 {
				t.Errorf("Resolve(%q) = %q, %v; want ambiguous", tt.prefix, got, err)
			}
		case tt.notFound:
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("Resolve(%q) = %q, %v; want not found", tt.prefix, got, err)
			}
		case err != nil || got != tt.want:
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.prefix, got, err, tt.want)
		}
	}
	if _, err := s.Resolve("xyz"); err == nil {
		t.Error("non-hex prefix accepted")
	}
}

func TestArticlesOrder(t *testing.T) {
	s := openTemp(t)
	for i, f := range []struct {
		id, file string
		line     int
	}{{"cc", "b.jsonl", 2}, {"aa", "b.jsonl", 10}, {"bb", "a.txt", 0}} {
		a := article(f.id, fmt.Sprint("Text ", i))
		a.SourceFile, a.SourceLine = f.file, f.line
		if _, err := s.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	as, err := s.Articles(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	if want := []string{"bb", "cc", "aa"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("order %v, want %v", ids, want)
	}
}

func TestGroups(t *testing.T) {
	ps := []Pair{{A: "b", B: "c"}, {A: "a", B: "c"}, {A: "x", B: "y"}}
	want := [][]string{{"a", "b", "c"}, {"x", "y"}}
	if got := groupPairs(ps); !reflect.DeepEqual(got, want) {
		t.Fatalf("groups %v, want %v", got, want)
	}
}

func TestNearLinks(t *testing.T) {
	s := openTemp(t)
	sig := func(same int) []uint64 {
		v := make([]uint64, 10)
		for i := range v {
			if i < same {
				v[i] = uint64(i)
			} else {
				v[i] = uint64(1000 + i)
			}
		}
		return v
	}
	b, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	items := []Item{
		{Article: article("a1", "eins"), Near: &Fingerprint{Signature: sig(10), Bands: []uint64{1, 2}}},
		{Article: article("a2", "zwei"), Near: &Fingerprint{Signature: sig(9), Bands: []uint64{1, 3}}},  // 0.9 similar to a1
		{Article: article("a3", "drei"), Near: &Fingerprint{Signature: sig(5), Bands: []uint64{2, 4}}},  // 0.5: not linked
		{Article: article("a4", "vier"), Near: &Fingerprint{Signature: sig(10), Bands: []uint64{9, 8}}}, // no shared band
	}
	for _, it := range items {
		if _, err := b.Put(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	ps, err := s.Pairs()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].A != "a1" || ps[0].B != "a2" || ps[0].Similarity != 0.9 {
		t.Fatalf("pairs %+v", ps)
	}
	g, _ := s.GroupOf()
	if g["a2"] != "a1" || g["a3"] != "" {
		t.Fatalf("GroupOf %v", g)
	}
}

// TestKilledMidBatch runs a child process that commits one batch, writes
// half of a second and kills itself with SIGKILL: the store must hold the
// first batch only, pass the integrity check, and take the rest on a rerun.
func TestKilledMidBatch(t *testing.T) {
	if path := os.Getenv("CORPUS_TEST_KILL_DB"); path != "" {
		s, err := Open(path)
		if err != nil {
			os.Exit(3)
		}
		for batch := 0; batch < 2; batch++ {
			b, err := s.Begin()
			if err != nil {
				os.Exit(3)
			}
			for i := 0; i < 50; i++ {
				id := fmt.Sprintf("%02x%04x", batch, i)
				r := &analyze.Result{Entities: []fact.Entity{{Text: "Kiel", Name: "Kiel", Type: fact.LOC, End: 4}}}
				if _, err := b.Put(Item{Article: article(id, "Kiel "+id), Result: r}); err != nil {
					os.Exit(3)
				}
				if batch == 1 && i == 25 {
					syscall.Kill(os.Getpid(), syscall.SIGKILL)
				}
			}
			if err := b.Commit(); err != nil {
				os.Exit(3)
			}
		}
		os.Exit(0)
	}
	path := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledMidBatch$")
	cmd.Env = append(os.Environ(), "CORPUS_TEST_KILL_DB="+path)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != -1 {
		t.Fatalf("child did not die by a signal: %v", err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	n, _ := s.Count()
	es, _ := s.Entities()
	if n != 50 || len(es) != 50 {
		t.Fatalf("after kill: %d articles, %d entities; want 50 and 50", n, len(es))
	}
	// A rerun completes the job without duplicates.
	b, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	for batch := 0; batch < 2; batch++ {
		for i := 0; i < 50; i++ {
			id := fmt.Sprintf("%02x%04x", batch, i)
			st, err := b.Put(Item{Article: article(id, "Kiel "+id), Result: &analyze.Result{}})
			if err != nil {
				t.Fatal(err)
			}
			if st == Stored {
				stored++
			}
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(); n != 100 || stored != 50 {
		t.Fatalf("after rerun: %d articles, %d newly stored; want 100 and 50", n, stored)
	}
}

// FuzzResolve: any prefix a user types gives an ID, or an error; never a
// panic, and never an ID that does not start with the prefix.
func FuzzResolve(f *testing.F) {
	dir := f.TempDir()
	s, err := Open(filepath.Join(dir, "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	for _, id := range []string{"abc123", "abc456", "ff00"} {
		if _, err := s.Put(article(id, "Text "+id), nil); err != nil {
			f.Fatal(err)
		}
	}
	for _, seed := range []string{"a", "abc1", "FF", "", " ", "g", "abc%", "ab_", "'; DROP TABLE articles; --", "ä"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, prefix string) {
		id, err := s.Resolve(prefix)
		if err == nil && !strings.HasPrefix(id, strings.ToLower(strings.TrimSpace(prefix))) {
			t.Fatalf("Resolve(%q) = %q", prefix, id)
		}
	})
}

// TestMigrateSentenceSpans: a store at schema 1 with one row a sentence
// keeps its sentences when Open moves it to one row an article.
func TestMigrateSentenceSpans(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
		ms[0].sql,
		`INSERT INTO schema_version VALUES (1, '001_init')`,
		`INSERT INTO articles (id, source_file, body, analyzed) VALUES ('aa', 'a.txt', 'Eins. Zwei.', 1)`,
		`INSERT INTO sentences (article, idx, start, "end") VALUES ('aa', 1, 6, 11), ('aa', 0, 0, 5)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(); v < 2 {
		t.Fatalf("schema version %d", v)
	}
	ss, err := s.Sentences("aa")
	if err != nil {
		t.Fatal(err)
	}
	want := []fact.Sentence{{Index: 0, Start: 0, End: 5}, {Index: 1, Start: 6, End: 11}}
	if !reflect.DeepEqual(ss["aa"], want) {
		t.Fatalf("sentences %v, want %v", ss["aa"], want)
	}
}

// TestMigrateFactsBySeq: a store at schema 3, whose facts refer to their
// article by ID, keeps every fact when Open moves them to the article's seq.
func TestMigrateFactsBySeq(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v3.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`}
	for _, m := range ms[:3] {
		qs = append(qs, m.sql, fmt.Sprintf(`INSERT INTO schema_version VALUES (%d, '%s')`, m.version, m.name))
	}
	qs = append(qs,
		// two articles stored in the order opposite to their IDs
		`INSERT INTO articles (seq, id, source_file, body, analyzed) VALUES (1, 'bb', 'a.txt', 'Merkel kam. Am Montag 5 Prozent.', 1)`,
		`INSERT INTO articles (seq, id, source_file, body, analyzed) VALUES (2, 'aa', 'b.txt', 'Scholz sagte, es sei gut.', 1)`,
		`INSERT INTO sentences (article, spans) VALUES ('bb', '[[0,0,11],[1,12,32]]'), ('aa', '[[0,0,25]]')`,
		`INSERT INTO entities (article, idx, text, start, "end", sentence, name, type, kind)
			VALUES ('bb', 0, 'Merkel', 0, 6, 0, 'Angela Merkel', 'PER', ''), ('aa', 0, 'Scholz', 0, 6, 0, 'Olaf Scholz', 'PER', '')`,
		`INSERT INTO figures (article, idx, text, start, "end", sentence, value, unit)
			VALUES ('bb', 0, '5 Prozent', 22, 31, 1, 5, 'percent')`,
		`INSERT INTO dates (article, idx, text, start, "end", sentence, value, relative)
			VALUES ('bb', 0, 'Am Montag', 12, 21, 1, '2021-03-01', 1)`,
		`INSERT INTO claims (article, idx, id, speaker, stance, mode, evidence, start, "end", entities)
			VALUES ('aa', 0, 'c1', 'Olaf Scholz', 'asserts', 'indirect', 'Scholz sagte, es sei gut.', 0, 25, '["Olaf Scholz"]')`,
	)
	for _, q := range qs {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(); v < 4 {
		t.Fatalf("schema version %d", v)
	}
	r, err := s.Results()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id                             string
		sents, ents, figs, dats, clams int
		name                           string
	}{
		{"aa", 1, 1, 0, 0, 1, "Olaf Scholz"},
		{"bb", 2, 1, 1, 1, 0, "Angela Merkel"},
	}
	for _, tt := range tests {
		got := r[tt.id]
		if got == nil {
			t.Fatalf("%s: no facts after the migration", tt.id)
		}
		if len(got.Sentences) != tt.sents || len(got.Entities) != tt.ents || len(got.Figures) != tt.figs ||
			len(got.Dates) != tt.dats || len(got.Claims) != tt.clams {
			t.Errorf("%s: %d sentences, %d entities, %d figures, %d dates, %d claims; want %d, %d, %d, %d, %d", tt.id,
				len(got.Sentences), len(got.Entities), len(got.Figures), len(got.Dates), len(got.Claims),
				tt.sents, tt.ents, tt.figs, tt.dats, tt.clams)
			continue
		}
		if e := got.Entities[0]; e.Article != tt.id || e.Name != tt.name {
			t.Errorf("%s: entity %+v, want article %s, name %s", tt.id, e, tt.id, tt.name)
		}
	}
	if c := r["aa"].Claims; len(c) == 1 && (c[0].Article != "aa" || !reflect.DeepEqual(c[0].Entities, []string{"Olaf Scholz"})) {
		t.Errorf("claim %+v", c[0])
	}
	if err := s.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	// deleting an article still takes its facts with it
	if _, err := s.DB().Exec(`DELETE FROM articles WHERE id = 'bb'`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT (SELECT count(*) FROM entities) + (SELECT count(*) FROM sentences) +
		(SELECT count(*) FROM figures) + (SELECT count(*) FROM dates)`).Scan(&n); err != nil || n != 2 {
		t.Errorf("rows left after deleting an article: %d, %v; want 2", n, err)
	}
}

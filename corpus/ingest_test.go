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

// writeArticles writes n small German articles, one a .txt file, plus one
// empty file, into a new folder.
func writeArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("Stadtrat beschließt Haushalt Nummer %d\n\nDer Stadtrat von Lübeck hat am Dienstag "+
			"den Haushalt für das Jahr %d beschlossen. Er sieht Ausgaben von rund %d Millionen Euro vor.\n", i, 2000+i, 10+i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "leer.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIngest(t *testing.T) {
	dir := writeArticles(t, 30)
	tests := []struct {
		name    string
		extract bool
	}{{"extract", true}, {"no-extract", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			var skipped []string
			opts := IngestOptions{Extract: tt.extract, Workers: 3, BatchSize: 7,
				Skip: func(e *InputError) { skipped = append(skipped, e.Error()) }}
			st, err := Ingest(context.Background(), s, []string{dir}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if st.Read != 30 || st.Stored != 30 || st.Existed != 0 || st.Skipped != 1 || len(skipped) != 1 {
				t.Fatalf("first run: %+v, skipped %v", st, skipped)
			}
			st, err = Ingest(context.Background(), s, []string{dir, dir}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if st.Stored != 0 || st.Existed != 60 || st.Duplicates != 0 {
				t.Fatalf("second run: %+v", st)
			}
			if n, _ := s.Count(); n != 30 {
				t.Fatalf("count %d", n)
			}
			_, analyzed, _ := s.Status(firstID(t, s))
			if analyzed != tt.extract {
				t.Fatalf("analyzed = %v", analyzed)
			}
		})
	}
}

func firstID(t *testing.T, s *Store) string {
	t.Helper()
	as, err := s.Articles(Filter{Limit: 1})
	if err != nil || len(as) == 0 {
		t.Fatalf("no article: %v", err)
	}
	return as[0].ID
}

// TestIngestThenExtract stores articles alone, then a run with extraction
// adds their facts without storing them again.
func TestIngestThenExtract(t *testing.T) {
	dir := writeArticles(t, 5)
	s := openTemp(t)
	if _, err := Ingest(context.Background(), s, []string{dir}, IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	st, err := Ingest(context.Background(), s, []string{dir}, IngestOptions{Extract: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 0 || st.Analyzed != 5 {
		t.Fatalf("%+v", st)
	}
	if _, analyzed, _ := s.Status(firstID(t, s)); !analyzed {
		t.Fatal("not analysed")
	}
}

// TestIngestDeterministic: the store holds the same whatever the number of
// workers.
func TestIngestDeterministic(t *testing.T) {
	dir := writeArticles(t, 20)
	dump := func(workers int) []any {
		s := openTemp(t)
		if _, err := Ingest(context.Background(), s, []string{dir}, IngestOptions{Extract: true, Workers: workers, BatchSize: 3}); err != nil {
			t.Fatal(err)
		}
		as, _ := s.Articles(Filter{Body: true})
		res, _ := s.Results()
		ps, _ := s.Pairs()
		return []any{as, res, ps}
	}
	if a, b := dump(1), dump(4); !reflect.DeepEqual(a, b) {
		t.Fatal("one worker and four store different things")
	}
}

// TestIngestCancelled: a cancelled ingest keeps what it committed, and a
// rerun completes it.
func TestIngestCancelled(t *testing.T) {
	dir := writeArticles(t, 40)
	s := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Ingest(ctx, s, []string{dir}, IngestOptions{BatchSize: 5, Workers: 2, Progress: func(st IngestStats) {
		n++
		if st.Read == 17 {
			cancel()
		}
	}})
	if err == nil {
		t.Fatal("cancelled ingest returned no error")
	}
	got, _ := s.Count()
	if got == 0 || got >= 40 {
		t.Logf("stored %d before the cancel took effect", got)
	}
	if err := s.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	st, err := Ingest(context.Background(), s, []string{dir}, IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Count(); c != 40 || st.Stored != 40-got {
		t.Fatalf("after rerun %d stored, %+v (had %d)", c, st, got)
	}
}

// TestIngestLinksNearDuplicates: one agency text carried by two outlets
// with a different last line is linked; an unrelated text is not.
func TestIngestLinksNearDuplicates(t *testing.T) {
	dir := t.TempDir()
	agency := "Die Bundesbank rechnet für das laufende Jahr mit einem Wachstum der deutschen Wirtschaft von 0,4 Prozent. " +
		"Im Frühjahr hatte sie noch ein Plus von 0,8 Prozent erwartet. Als Gründe nannte Bundesbankpräsident " +
		"Joachim Nagel die hohe Inflation, gestiegene Zinsen und die schwache Nachfrage aus dem Ausland. " +
		"Für das kommende Jahr sei mit einer leichten Erholung zu rechnen, sagte Nagel am Freitag in Frankfurt. " +
		"Die Inflationsrate werde bis dahin auf knapp drei Prozent sinken."
	files := map[string]string{
		"a.txt": "Bundesbank senkt Prognose\n\n" + agency + "\n\nMehr dazu lesen Sie morgen im Wirtschaftsteil.",
		"b.txt": "Bundesbank senkt Wachstumsprognose\n\n" + agency + " (dpa)",
		"c.txt": "Segler erreichen Kiel\n\nNach drei Wochen auf See sind die Teilnehmer der Regatta am Sonntag in Kiel angekommen. " +
			"Sieger wurde ein Boot aus Dänemark, das die Strecke in knapp 19 Tagen schaffte.",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := openTemp(t)
	if _, err := Ingest(context.Background(), s, []string{dir}, IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	gs, err := s.Groups()
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 1 || len(gs[0]) != 2 {
		t.Fatalf("groups %v, want one pair", gs)
	}
	arts, _ := s.Articles(Filter{Body: true})
	mem := GroupsOf(arts)
	byFile := map[string]string{}
	for _, a := range arts {
		byFile[filepath.Base(a.SourceFile)] = a.ID
	}
	if mem[byFile["a.txt"]] != mem[byFile["b.txt"]] || mem[byFile["c.txt"]] != byFile["c.txt"] {
		t.Fatalf("in-memory groups %v", mem)
	}
	if mem[byFile["a.txt"]] != gs[0][0] {
		t.Fatalf("in-memory group %s, store group %s", mem[byFile["a.txt"]], gs[0][0])
	}
}

// TestIngestDuplicates: the same articles read twice in one run are stored
// once and counted as duplicates, however the batches fall.
func TestIngestDuplicates(t *testing.T) {
	dir := writeArticles(t, 12)
	for _, batch := range []int{1, 5, 100} {
		s := openTemp(t)
		st, err := Ingest(context.Background(), s, []string{dir, dir}, IngestOptions{BatchSize: batch, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		if st.Stored != 12 || st.Duplicates != 12 || st.Existed != 0 {
			t.Errorf("batch %d: %+v", batch, st)
		}
	}
}

// TestIngestRecordIDs: records that repeat one text under their own
// identifiers are distinct articles, linked as near-duplicates of
// similarity 1; without an identifier the text alone is the article; the
// same file read again adds nothing.
func TestIngestRecordIDs(t *testing.T) {
	const text = "Die Gemeinde Wesertal hat am Montag beschlossen, die Grundschule am Markt für zwei Millionen Euro zu sanieren. " +
		"Der Bürgermeister sprach von einer Investition in die Zukunft des Ortes."
	line := func(idField, id string) string {
		f := ""
		if idField != "" {
			f = fmt.Sprintf("%q: %s, ", idField, id)
		}
		return fmt.Sprintf(`{%s"header": "Schule wird saniert", "article": %q}`+"\n", f, text)
	}
	tests := []struct {
		name, file, data string
		fields           map[string]string
		stored, dups     int
		pairs            int
	}{
		{"jsonl ids", "a.jsonl", line("id", `"7"`) + line("id", `"8"`), nil, 2, 0, 1},
		{"jsonl _id numbers", "a.jsonl", line("_id", "1") + line("_id", "2") + line("_id", "3"), nil, 3, 0, 3},
		{"jsonl guid", "a.jsonl", line("guid", `"urn:x:1"`) + line("guid", `"urn:x:2"`), nil, 2, 0, 1},
		{"jsonl same id twice", "a.jsonl", line("id", `"7"`) + line("id", `"7"`), nil, 1, 1, 0},
		{"jsonl no id", "a.jsonl", line("", "") + line("", ""), nil, 1, 1, 0},
		{"jsonl mapped id", "a.jsonl", line("nr", "1") + line("nr", "2"), map[string]string{"id": "nr"}, 2, 0, 1},
		{"csv id column", "a.csv", "id;text\n1;" + text + "\n2;" + text + "\n", nil, 2, 0, 1},
		{"csv no id column", "a.csv", "label;text\nA;" + text + "\nB;" + text + "\n", nil, 1, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			s := openTemp(t)
			opts := IngestOptions{Read: Options{Fields: tt.fields}, Workers: 2,
				Skip: func(e *InputError) { t.Errorf("skipped: %v", e) }}
			st, err := Ingest(context.Background(), s, []string{p}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if st.Stored != tt.stored || st.Duplicates != tt.dups {
				t.Fatalf("stored %d, duplicates %d, want %d, %d", st.Stored, st.Duplicates, tt.stored, tt.dups)
			}
			ps, err := s.Pairs()
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != tt.pairs {
				t.Fatalf("pairs %v, want %d", ps, tt.pairs)
			}
			for _, pr := range ps {
				if pr.Similarity != 1 {
					t.Errorf("pair %v: similarity %v, want 1", pr, pr.Similarity)
				}
			}
			st, err = Ingest(context.Background(), s, []string{p}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if st.Stored != 0 {
				t.Fatalf("second run stored %d", st.Stored)
			}
			if n, _ := s.Count(); n != tt.stored {
				t.Fatalf("count %d, want %d", n, tt.stored)
			}
		})
	}
}

func TestArticleID(t *testing.T) {
	title, body := "Schule wird saniert", "Die Gemeinde saniert die Schule."
	if ArticleID(title, body, "") != ContentID(title, body) {
		t.Error("without a record ID the ID is the content ID")
	}
	a, b := ArticleID(title, body, "1"), ArticleID(title, body, "2")
	if a == b || a == ContentID(title, body) || len(a) != 64 {
		t.Errorf("record IDs do not tell the articles apart: %s %s", a, b)
	}
	if ArticleID(title, body, "1") != a {
		t.Error("not deterministic")
	}
}

// TestIngestPreparedOnWorkers: records are prepared on the workers, yet
// articles are stored in input order and a record whose body is empty once
// prepared is skipped with its line, in input order.
func TestIngestPreparedOnWorkers(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 40; i++ {
		if i%10 == 0 {
			// the text is only the title again: an empty body
			fmt.Fprintf(&b, `{"header": "Nur ein Titel %d", "article": "Nur ein Titel %d"}`+"\n", i, i)
			continue
		}
		fmt.Fprintf(&b, `{"header": "Meldung %d", "article": "Der Kreistag in Bremerhaven hat in seiner Sitzung Nummer %d über den Radweg entschieden."}`+"\n", i, i)
	}
	p := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	var skipped []string
	st, err := Ingest(context.Background(), s, []string{p}, IngestOptions{Workers: 4, BatchSize: 3,
		Skip: func(e *InputError) { skipped = append(skipped, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{p + ":10: empty input", p + ":20: empty input", p + ":30: empty input", p + ":40: empty input"}
	if st.Stored != 36 || st.Read != 36 || st.Skipped != 4 || !reflect.DeepEqual(skipped, want) {
		t.Fatalf("%+v, skipped %q", st, skipped)
	}
	rows, err := s.DB().Query(`SELECT source_line FROM articles ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	last := 0
	for rows.Next() {
		var line int
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		if line <= last {
			t.Fatalf("not stored in input order: line %d after %d", line, last)
		}
		last = line
	}
}

// TestIngestSkipsInOrder: bad input found by the reader (a malformed line)
// and by the workers (a body empty once prepared) is told in input order.
func TestIngestSkipsInOrder(t *testing.T) {
	good := `{"header": "Meldung %d", "article": "Der Gemeinderat in Lindau hat in seiner Sitzung Nummer %d über die Fähre entschieden."}` + "\n"
	var b strings.Builder
	for i := 1; i <= 30; i++ {
		switch i % 5 {
		case 2:
			fmt.Fprintf(&b, `{"header": "Titel %d", "article": "Titel %d"}`+"\n", i, i)
		case 4:
			b.WriteString(`{"header": "kaputt", "article": "ohne Ende` + "\n")
		default:
			fmt.Fprintf(&b, good, i, i)
		}
	}
	p := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		s := openTemp(t)
		var lines []int
		st, err := Ingest(context.Background(), s, []string{p}, IngestOptions{Workers: 3,
			Skip: func(e *InputError) { lines = append(lines, e.Line) }})
		if err != nil {
			t.Fatal(err)
		}
		want := []int{2, 4, 7, 9, 12, 14, 17, 19, 22, 24, 27, 29}
		if st.Stored != 18 || st.Skipped != 12 || !reflect.DeepEqual(lines, want) {
			t.Fatalf("%+v, skipped lines %v, want %v", st, lines, want)
		}
	}
}

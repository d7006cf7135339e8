package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/internal/fangtest"
	"github.com/corpus-news/corpus/analyze/text"
)

func entities(body string) []fact.Entity {
	return Default().Entities(body, text.Split(body))
}

func find(ents []fact.Entity, surface string) (fact.Entity, bool) {
	for _, e := range ents {
		if e.Text == surface {
			return e, true
		}
	}
	return fact.Entity{}, false
}

// TestEntities checks whole sentences written for this test: the model
// must find the names, and the rules must reduce and classify them.
func TestEntities(t *testing.T) {
	cases := []struct {
		body    string
		surface string
		name    string
		typ     string
		kind    string
	}{
		{"Die Bundeskanzlerin Angela Merkel reiste am Montag nach Paris.", "Angela Merkel", "Angela Merkel", fact.PER, ""},
		{"Die Bundeskanzlerin Angela Merkel reiste am Montag nach Paris.", "Paris", "Paris", fact.LOC, ""},
		{"Der Umsatz der Deutschen Bank sank im dritten Quartal deutlich.", "Deutschen Bank", "Deutsche Bank", fact.ORG, fact.KindBank},
		{"Die US-Großbanken meldeten am Freitag hohe Gewinne.", "US", "USA", fact.LOC, ""},
		{"Viele Facebook-Nutzer löschten nach dem Skandal ihr Konto.", "Facebook", "Facebook", fact.ORG, fact.KindCompany},
		{"Wie die Nachrichtenagentur Reuters berichtet, stiegen die Preise.", "Reuters", "Reuters", fact.ORG, fact.KindAgency},
		{"Ein Sprecher des Wall Street Journal wollte sich nicht äußern.", "Wall Street Journal", "Wall Street Journal", fact.ORG, fact.KindMedia},
		{"Die Aktie wird an der New Yorker Börse gehandelt, sagte Peter Schulz.", "Peter Schulz", "Peter Schulz", fact.PER, ""},
		{"Die Papiere werden an der Frankfurter Börse Xetra gehandelt.", "Xetra", "Xetra", fact.ORG, fact.KindExchange},
		{"Die Papiere werden an der Frankfurter Börse Xetra gehandelt.", "Frankfurter Börse", "Frankfurter Wertpapierbörse", fact.ORG, fact.KindExchange},
		{"Die Gäste kamen aus Frankfurter Vororten.", "Frankfurter", "Frankfurt", fact.LOC, ""},
		{"Der Vorstandschef der Müller Logistik GmbH trat zurück.", "Müller Logistik GmbH", "Müller Logistik GmbH", fact.ORG, fact.KindCompany},
	}
	for _, tc := range cases {
		ents := entities(tc.body)
		e, ok := find(ents, tc.surface)
		if !ok {
			t.Errorf("%q: no entity %q in %s", tc.body, tc.surface, describe(ents))
			continue
		}
		if e.Name != tc.name || e.Type != tc.typ || e.Kind != tc.kind {
			t.Errorf("%q: %q = (%s, %s, %s), want (%s, %s, %s)", tc.body, tc.surface, e.Name, e.Type, e.Kind, tc.name, tc.typ, tc.kind)
		}
		if tc.body[e.Start:e.End] != e.Text {
			t.Errorf("%q: span [%d,%d) is %q, text %q", tc.body, e.Start, e.End, tc.body[e.Start:e.End], e.Text)
		}
	}
}

func describe(ents []fact.Entity) string {
	var b strings.Builder
	for _, e := range ents {
		fmt.Fprintf(&b, "[%s %s=%s %s] ", e.Type, e.Text, e.Name, e.Kind)
	}
	return b.String()
}

func TestSurnameAfterFullMention(t *testing.T) {
	body := "Finanzministerin Sabine Kellermann legte den Haushalt vor. Kellermann sprach von harten Zeiten."
	ents := entities(body)
	var names []string
	for _, e := range ents {
		if e.Type == fact.PER {
			names = append(names, e.Text+"="+e.Name)
		}
	}
	want := "Sabine Kellermann=Sabine Kellermann Kellermann=Sabine Kellermann"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("persons: got %q, want %q (all: %s)", got, want, describe(ents))
	}
}

func TestCompoundBase(t *testing.T) {
	cases := []struct {
		tok, typ, want string
		ok             bool
	}{
		{"US-Großbanken", "LOC", "US", true},
		{"Facebook-Nutzern", "ORG", "Facebook", true},
		{"Cambridge-Analytica-Skandal", "ORG", "Cambridge-Analytica", true},
		{"Deutschlandreise", "LOC", "Deutschland", true},
		{"Deutschlandsreise", "LOC", "Deutschland", true},
		{"EU-", "ORG", "", false},
		{"Haustür", "LOC", "", false},
	}
	for _, tc := range cases {
		e, ok := compoundBase(fact.Token{Text: tc.tok, Start: 10, End: 10 + len(tc.tok)}, tc.typ)
		if ok != tc.ok || ok && (e.Text != tc.want || e.Start != 10 || e.End != 10+len(tc.want)) {
			t.Errorf("compoundBase(%q) = %+v, %v; want %q, %v", tc.tok, e, ok, tc.want, tc.ok)
		}
	}
}

func TestDerivBase(t *testing.T) {
	cases := map[string]string{
		"New Yorker": "New York", "Kölner": "Köln", "Münchner": "München", "Hamburger": "Hamburg",
		"Wiener": "Wien", "Schweizer": "Schweiz", "Frankfurter": "Frankfurt", "Lehrer": "",
	}
	for in, want := range cases {
		got, _ := derivBase(in)
		if got != want {
			t.Errorf("derivBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUninflect(t *testing.T) {
	known := map[string]bool{"Brenner Logistik": true}
	cases := map[string]string{
		"Facebooks":                "Facebook",
		"Wall Street Journals":     "Wall Street Journal",
		"Deutschen Bank":           "Deutsche Bank",
		"Europäischen Zentralbank": "Europäische Zentralbank",
		"Brenner Logistiks":        "Brenner Logistik",
		"Hans":                     "",
	}
	for in, want := range cases {
		got, _ := uninflect(in, known)
		if got != want {
			t.Errorf("uninflect(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKinds(t *testing.T) {
	cases := map[string]string{
		"Volksbank Mittelhessen":   fact.KindBank,
		"Stadtsparkasse Wuppertal": fact.KindBank,
		"Rheinpfalz Zeitung":       fact.KindMedia,
		"Landesamt für Umwelt":     fact.KindPublic,
		"Nordwind Energy AG":       fact.KindCompany,
		"Piratenpartei Bayern":     fact.KindParty,
		"Frankfurter Rundschau":    fact.KindMedia,
		"Grünewald":                "",
	}
	for in, want := range cases {
		if got := kindFromName(in); got != want {
			t.Errorf("kindFromName(%q) = %q, want %q", in, got, want)
		}
	}
	body := "Die Großbank Hellwig & Söhne meldet Verluste. Der Sender Alpenwelle berichtete."
	sents := text.Split(body)
	for _, c := range []struct{ name, kind string }{{"Hellwig", fact.KindBank}, {"Alpenwelle", fact.KindMedia}} {
		start := strings.Index(body, c.name)
		e := fact.Entity{Start: start, End: start + len(c.name), Sentence: 0}
		if start > strings.Index(body, ".") {
			e.Sentence = 1
		}
		if got := kindFromContext(sents, e); got != c.kind {
			t.Errorf("kindFromContext(%s) = %q, want %q", c.name, got, c.kind)
		}
	}
}

func TestAliases(t *testing.T) {
	ent := func(typ, name string) fact.Entity { return fact.Entity{Type: typ, Name: name, Text: name} }
	ents := []fact.Entity{
		ent(fact.ORG, "JPMorgan"), ent(fact.ORG, "JPMorgan Chase"), ent(fact.ORG, "JP Morgan"),
		ent(fact.ORG, "WSJ"), ent(fact.ORG, "Wall Street Journal"),
		ent(fact.ORG, "NDK"), ent(fact.ORG, "Neue Dresdner Kabelwerke"),
		ent(fact.PER, "Lindqvist"), ent(fact.PER, "Maja Lindqvist"),
		ent(fact.PER, "Weber"), ent(fact.PER, "Anna Weber"), ent(fact.PER, "Jonas Weber"),
		ent(fact.LOC, "Lindqvist"),
	}
	got := Aliases(ents)
	want := map[string]string{
		"JPMorgan": "JPMorgan Chase", "JP Morgan": "JPMorgan Chase",
		"WSJ":       "Wall Street Journal",
		"NDK":       "Neue Dresdner Kabelwerke",
		"Lindqvist": "Maja Lindqvist",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Aliases[%q] = %q, want %q", k, got[k], v)
		}
	}
	if _, ok := got["Weber"]; ok {
		t.Errorf("Weber is ambiguous (Anna, Jonas) but was merged to %q", got["Weber"])
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected alias %q -> %q", k, got[k])
		}
	}
}

func TestTrainLabel(t *testing.T) {
	cases := map[string]string{
		"O": "O", "B-PER": "B-PER", "I-LOC": "I-LOC", "B-LOCderiv": "B-LOCderiv",
		"B-ORGpart": "B-ORGpart", "B-PERderiv": "B-OTH", "I-OTHpart": "I-OTH", "B-OTH": "B-OTH",
	}
	for in, want := range cases {
		if got := TrainLabel(in); got != want {
			t.Errorf("TrainLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTrainTiny trains on a few sentences and checks that the model learns
// them and survives a write and read unchanged.
func TestTrainTiny(t *testing.T) {
	data := []TrainSentence{
		{Words: strings.Fields("Gestern sprach Olaf Brenner in Kassel ."), Tags: strings.Fields("O O B-PER I-PER O B-LOC O")},
		{Words: strings.Fields("Die Firma Brenner baut in Kassel ."), Tags: strings.Fields("O O B-ORG O O B-LOC O")},
		{Words: strings.Fields("Olaf Brenner lebt in Kassel ."), Tags: strings.Fields("B-PER I-PER O O B-LOC O")},
	}
	m := Train(data, Lexicon{}, TrainOptions{Epochs: 10, Seed: 1})
	for _, s := range data {
		if got := strings.Join(m.Tag(s.Words), " "); got != strings.Join(s.Tags, " ") {
			t.Errorf("Tag(%v) = %s, want %s", s.Words, got, strings.Join(s.Tags, " "))
		}
	}
	bb := &bytes.Buffer{}
	if err := m.Write(bb, "test"); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bb)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range data {
		if a, b := strings.Join(m.Tag(s.Words), " "), strings.Join(m2.Tag(s.Words), " "); a != b {
			t.Errorf("after write and read: %s, before %s", b, a)
		}
	}
}

// BenchmarkEntities tags the first 1,500 FANG-COVID articles (split into
// sentences beforehand) and reports MB/s of article text. It skips when
// ../shared/data is absent.
func BenchmarkEntities(b *testing.B) {
	recs, size := fangtest.Load(b, 1500)
	bodies := make([]string, len(recs))
	sents := make([][]fact.Sentence, len(recs))
	for i, r := range recs {
		bodies[i] = r.Article
		sents[i] = text.Split(r.Article)
	}
	tg := Default()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, body := range bodies {
			tg.Entities(body, sents[k])
		}
	}
}

// BenchmarkEntitiesRepeated tags one short news text repeated 200 times.
func BenchmarkEntitiesRepeated(b *testing.B) {
	body := strings.Repeat("Die Bundeskanzlerin Angela Merkel traf am Montag in Berlin den Chef der Deutschen Bank. "+
		"Wie die Nachrichtenagentur Reuters berichtet, verloren die US-Großbanken an der New Yorker Börse 4,45 Prozent. "+
		"Facebook-Nutzer in Frankfurt sind verärgert, sagte ein Sprecher des Wall Street Journal.\n\n", 200)
	sents := text.Split(body)
	tg := Default()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Entities(body, sents)
	}
}

// FuzzEntities checks that any text gives mentions with valid spans, in
// order, whose text is the body's.
func FuzzEntities(f *testing.F) {
	f.Add("Die US-Großbanken und Facebooks Chef Mark Zuckerberg trafen sich in New York.")
	f.Add("„Deutschen Bank“-Chef\n\nWSJ-Bericht: Wall Street Journals")
	f.Add("-- - A-B- -C Ä-\xff")
	f.Fuzz(func(t *testing.T, body string) {
		prev := -1
		for _, e := range entities(body) {
			if e.Start < 0 || e.End > len(body) || e.Start >= e.End || e.Start < prev {
				t.Fatalf("entity %+v: bad span (len %d, prev start %d)", e, len(body), prev)
			}
			if body[e.Start:e.End] != e.Text {
				t.Fatalf("entity text %q != body %q", e.Text, body[e.Start:e.End])
			}
			prev = e.Start
		}
	})
}

// TestConcurrentDeterministic runs the shared tagger from several
// goroutines (its word cache fills meanwhile) and wants the same result.
func TestConcurrentDeterministic(t *testing.T) {
	body := "Die Kanzlerin traf in Wien den Chef der Erste Group. Die Zeitung Der Standard berichtete, " +
		"die Wiener Börse habe 2,3 Prozent verloren.\n\nKurz danach sprach Lukas Hofer mit Journalisten."
	want := describe(entities(body))
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() { done <- describe(entities(body)) }()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave %s, want %s", got, want)
		}
	}
}

// TestFixChunks checks the rules that correct tagged chunks, on tags
// given by hand (independent of the trained model).
func TestFixChunks(t *testing.T) {
	cases := []struct {
		sent string
		tags string
		want string // chunks as start-end:label
	}{
		{"Der Zug hält in Wiener Neustadt .", "O O O O B-LOCderiv B-LOC O", "4-6:LOC"},
		{"Der Schweizer siegte klar .", "O B-LOCderiv O O O", ""},
		{"Der Schweizer Lukas Brunner siegte .", "O B-LOCderiv B-PER I-PER O O", "2-4:PER"},
		{"Die Kölner Polizei ermittelt .", "O B-LOCderiv O O O", "1-2:LOCderiv"},
		{"Das Spiel Frankreich Italien endete torlos .", "O O B-LOC I-LOC O O O", "2-3:LOC 3-4:LOC"},
		{"Er zog nach Frankfurt am Main .", "O O O B-LOC I-LOC I-LOC O", "3-6:LOC"},
		{"Tor : Weber ( 88. )", "O O B-ORG O O O", "2-3:PER"},
		{"Im Radio lief Musik .", "O B-ORG O O O", ""},
		{"Die Bundesbank warnt .", "O B-ORG O O", "1-2:ORG"},
		{"Schauspieler Michael Douglas lacht .", "O O B-ORG O O", "1-3:PER"},
		{"Michael Douglas lacht .", "B-PER B-PER O O", "0-1:PER 1-2:PER"},
	}
	for _, tc := range cases {
		words := strings.Fields(tc.sent)
		var got []string
		for _, c := range fixChunks(chunks(strings.Fields(tc.tags)), words, nil) {
			got = append(got, fmt.Sprintf("%d-%d:%s", c.start, c.end, c.label))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sent, g, tc.want)
		}
	}
}

// TestGivenAndSurname checks the rule that makes a place or organisation
// of a given name and a person's surname a person, on a lexicon given here.
func TestGivenAndSurname(t *testing.T) {
	m := &Model{lex: Lexicon{
		"Brandstetter": {Det: 1, PredPER: 5, PredLOC: 1, PredORG: 1},
		"Homburg":      {Det: 1, PredPER: 5, PredLOC: 2, PredORG: 1},
		"Bad":          {Det: 3, LocCue: 5, PredLOC: 4},
		"Salzburg":     {Det: 1, PredLOC: 5, PredPER: 1},
	}}
	cases := []struct {
		sent, tags, want string
	}{
		{"Regisseur Jorvik Brandstetter dreht .", "O B-LOC I-LOC O O", "1-3:PER"},
		{"Er wohnt in Bad Homburg .", "O O O B-LOC I-LOC O", "3-5:LOC"},
		{"Er fuhr nach Jorvik Salzburg .", "O O O B-LOC I-LOC O", "3-5:LOC"},
	}
	for _, tc := range cases {
		words := strings.Fields(tc.sent)
		var got []string
		for _, c := range fixChunks(chunks(strings.Fields(tc.tags)), words, m) {
			got = append(got, fmt.Sprintf("%d-%d:%s", c.start, c.end, c.label))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sent, g, tc.want)
		}
	}
}

// TestSharedPartyNames checks that a short party name several countries
// use is not given one country's party as its canonical name.
func TestSharedPartyNames(t *testing.T) {
	for _, name := range []string{"Grünen", "Grüne", "Liberale", "Sozialdemokraten", "Demokraten"} {
		ge, ok := lookupName(name)
		if !ok || ge.kind != fact.KindParty {
			t.Errorf("%s: not a party in the lists", name)
			continue
		}
		if strings.ContainsAny(ge.canon, " /") {
			t.Errorf("%s: canonical %q names one country's party", name, ge.canon)
		}
	}
}

// BenchmarkEntitiesNews tags the first 500 articles of 10kGNAD (varied
// real news, so the word cache does not hide the cost of new words).
func BenchmarkEntitiesNews(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(repoRootForTest(b), "..", "shared", "data", "10kgnad", "test.csv"))
	if err != nil {
		b.Skip("10kGNAD not found in ../shared/data: ", err)
	}
	var bodies []string
	var sents [][]fact.Sentence
	size := 0
	for _, line := range strings.SplitN(string(data), "\n", 501)[:500] {
		if _, body, ok := strings.Cut(line, ";"); ok {
			bodies = append(bodies, body)
			sents = append(sents, text.Split(body))
			size += len(body)
		}
	}
	tg := Default()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, body := range bodies {
			tg.Entities(body, sents[k])
		}
	}
}

func repoRootForTest(tb testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		tb.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
}

package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestSpeakerMatches(t *testing.T) {
	for _, c := range []struct {
		gold  []string
		found string
		want  bool
	}{
		{[]string{"Anonyme Quellen"}, "Anonymen Quellen", true},
		{[]string{"Polizei Wien"}, "die polizei wien", true},
		{[]string{"Wolfgang Katzian", "Katzian"}, "Katzian", true},
		{[]string{"Wolfgang Katzian"}, "Katzian", false},
		{[]string{"Wall Street Journal"}, "«Wall Street Journal»", true},
		{[]string{"Polizei"}, "", false},
	} {
		if got := SpeakerMatches(c.gold, c.found); got != c.want {
			t.Errorf("SpeakerMatches(%v, %q) = %v", c.gold, c.found, got)
		}
	}
}

// TestScoreClaims: two claims in one sentence pair by speaker, not crosswise;
// an extra claim lowers precision; a wrong stance counts against stance only.
func TestScoreClaims(t *testing.T) {
	text := "Erster Satz mit zwei Quellen. Zweiter Satz. Dritter Satz."
	gold := []GoldClaim{
		{Start: 0, End: 29, Speakers: []string{"Anna Berg"}, Stance: fact.Asserts},
		{Start: 0, End: 29, Speakers: []string{"Zeitung"}, Stance: fact.Reports},
		{Start: 30, End: 43, Speakers: []string{"Anna Berg"}, Stance: fact.Denies},
	}
	found := []fact.Claim{
		{Start: 0, End: 29, Speaker: "Zeitung", Stance: fact.Reports},
		{Start: 0, End: 29, Speaker: "Anna Berg", Stance: fact.Asserts},
		{Start: 30, End: 43, Speaker: "Anna Berg", Stance: fact.Asserts},
		{Start: 44, End: 57, Speaker: "Niemand", Stance: fact.Asserts},
	}
	s, errs := ScoreClaims("x", gold, found, text)
	if s.MatchedGold != 3 || s.Found != 4 || s.SpeakerRight != 3 || s.StanceRight != 2 || s.BothRight != 2 {
		t.Fatalf("scores %+v", s)
	}
	if p, r := s.Precision(), s.Recall(); p != 0.75 || r != 1 {
		t.Errorf("precision %v recall %v", p, r)
	}
	kinds := map[string]int{}
	for _, e := range errs {
		kinds[e.Kind]++
	}
	if kinds["stance"] != 1 || kinds["extra"] != 1 || kinds["missed"] != 0 {
		t.Errorf("errors %v", kinds)
	}
}

func TestRead10kGNAD(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "test.csv")
	data := "Sport;'Der Trainer sagte: ''Wir gewinnen.'''\nWeb;'Zweite; Zeile'\nKultur;ohne Anführung\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := read10kGNAD(p, func(rec int, text string) { got = append(got, text) }); err != nil {
		t.Fatal(err)
	}
	want := []string{"Der Trainer sagte: 'Wir gewinnen.'", "Zweite; Zeile", "ohne Anführung"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// TestClaimSetFile checks the project's labelled set: columns, splits,
// stances, and at least 150 claims in 40 articles.
func TestClaimSetFile(t *testing.T) {
	set, err := ReadClaimSet(filepath.Join("..", "testdata", "claims"))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Claims) < 150 || len(set.Articles) < 40 {
		t.Errorf("%d claims in %d articles, want 150 in 40", len(set.Claims), len(set.Articles))
	}
	arts := map[string]bool{}
	for _, a := range set.Articles {
		if !IsClaimSplit(a.Split) {
			t.Errorf("%s: split %q", a.Key(), a.Split)
		}
		arts[a.Key()] = true
	}
	for _, g := range set.Claims {
		if !arts[g.Key()] {
			t.Errorf("claim in %s: article not listed", g.Key())
		}
		switch g.Stance {
		case fact.Asserts, fact.Reports, fact.Confirms, fact.Denies:
		default:
			t.Errorf("%s %d: stance %q", g.Key(), g.Start, g.Stance)
		}
		if len(g.Speakers) == 0 {
			t.Errorf("%s %d: no speaker", g.Key(), g.Start)
		}
	}
}

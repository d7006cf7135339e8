package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

func TestNameMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Deutsche Bahn", "deutsche bahn", true},
		{"Siemens", "Siemens", true},
		{"Siemens", "Siemen", true}, // genitive rule cuts both ways; harmless
		{"Bundesregierung", "Bundesregierungs", true},
		{"Lufthansas", "Lufthansa", true},
		{"Müller’s", "Müller", true},
		{"„Süddeutschen Zeitung“", "Süddeutschen Zeitung", true},
		{"das «Handelsblatt»", "Handelsblatt", true},
		{"Die Linke", "Linke", true},
		{"Bosch", "Bausch", false},
		{"USA", "US", false}, // three letters or fewer keep their s
		{"", "", false},
		{"Commerzbank", "Commerzbank AG", false},
	}
	for _, tt := range tests {
		if got := NameMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("NameMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestValueMatch(t *testing.T) {
	tests := []struct {
		got, want float64
		ok        bool
	}{
		{24, 24, true},
		{1.3e9, 1.3e9, true},
		{1.305e9, 1.3e9, true}, // 0.38 %
		{1.31e9, 1.3e9, false}, // 0.77 %
		{20, 24, false},
		{0, 0, true},
		{0.1, 0, false},
		{-3.5, -3.5, true},
	}
	for _, tt := range tests {
		if ok := ValueMatch(tt.got, tt.want); ok != tt.ok {
			t.Errorf("ValueMatch(%v, %v) = %v, want %v", tt.got, tt.want, ok, tt.ok)
		}
	}
}

func TestSentenceSpan(t *testing.T) {
	body := "Der Stadtrat tagte am 12. März 2024 in Kiel. Die Bürgermeisterin sagte, der Haushalt sei gedeckt! Die Opposition widersprach.\nNeuer Absatz ohne Punkt"
	tests := []struct {
		evidence, want string
	}{
		{"der Haushalt sei gedeckt", "Die Bürgermeisterin sagte, der Haushalt sei gedeckt!"},
		{"März 2024", "Der Stadtrat tagte am 12. März 2024 in Kiel."}, // "12. " is no sentence end
		{"Opposition", "Die Opposition widersprach."},
		{"ohne", "Neuer Absatz ohne Punkt"},
	}
	for _, tt := range tests {
		s, e, ok := SentenceSpan(body, tt.evidence)
		if !ok {
			t.Errorf("SentenceSpan(%q): not found", tt.evidence)
			continue
		}
		if got := body[s:e]; got != tt.want {
			t.Errorf("SentenceSpan(%q) = %q, want %q", tt.evidence, got, tt.want)
		}
	}
	if _, _, ok := SentenceSpan(body, "nicht im Text"); ok {
		t.Error("SentenceSpan found what is not there")
	}
}

func TestChainIn(t *testing.T) {
	tests := []struct {
		chain, via []string
		want       bool
	}{
		{[]string{"The Verge", "Wall Street Journal"}, []string{"Techblog", "The Verge", "Wall Street Journal"}, true},
		{[]string{"Reuters", "Handelsblatt"}, []string{"Abendzeitung", "Reuters", "des Handelsblatts"}, true},
		{[]string{"Reuters", "Handelsblatt"}, []string{"Handelsblatt", "Reuters"}, false},
		{[]string{"dpa"}, nil, false},
		{nil, []string{"dpa"}, false},
	}
	for _, tt := range tests {
		if got := chainIn(tt.chain, tt.via); got != tt.want {
			t.Errorf("chainIn(%q, %q) = %v, want %v", tt.chain, tt.via, got, tt.want)
		}
	}
}

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		speaker, of string
		gold        []string
		want        bool
	}{
		{"Deutsche Bahn", "", []string{"Deutsche Bahn"}, true},
		{"ein Konzernsprecher", "Deutsche Bahn", []string{"Deutsche Bahn"}, true},
		{"Anonyme Quellen", "", []string{"anonymous sources"}, true},
		{"anonymen Insidern", "", []string{"anonymous sources"}, true},
		{"Gewerkschaft", "", []string{"anonymous sources"}, false},
		{"Handelsblatt", "", []string{"Süddeutsche Zeitung", "SZ"}, false},
		{"SZ", "", []string{"Süddeutsche Zeitung", "SZ"}, true},
	}
	for _, tt := range tests {
		if got := SpeakerMatch(tt.speaker, tt.of, tt.gold); got != tt.want {
			t.Errorf("SpeakerMatch(%q, %q, %q) = %v, want %v", tt.speaker, tt.of, tt.gold, got, tt.want)
		}
	}
}

// handGold is a small gold of two invented articles.
func handGold() *SeedGold {
	outlet := "Kieler Tageblatt"
	v12, v15 := 12.0, 15.0
	return &SeedGold{
		Articles: []SeedArticle{
			{
				File: "a.txt", Outlet: &outlet, Published: "2024-03-12", Agency: "dpa",
				Boilerplate: []string{"© Kieler Tageblatt"},
				Entities: []SeedEntity{
					{Name: "Stadtwerke Kiel", Type: fact.ORG, Kind: fact.KindCompany},
					{Name: "Kiel", Type: fact.LOC},
				},
				Figures: []SeedFigure{{Text: "12 Prozent", Value: 12, Unit: fact.UnitPercent}},
				Dates:   []SeedDate{{Text: "12.03.2024", Value: "2024-03-12", Role: "published"}, {Text: "2023", Value: "2023"}},
				Claims: []SeedClaim{
					{Speaker: "Stadtwerke Kiel", Stance: fact.Denies, Evidence: "Preise nicht erhöht"},
				},
			},
			{
				File: "b.txt", Published: "2024-03-13",
				Figures: []SeedFigure{{Text: "15 Prozent", Value: 15, Unit: fact.UnitPercent}},
				Claims: []SeedClaim{
					{Speaker: "Verbraucherzentrale", Stance: fact.Asserts, Evidence: "Preise um 15 Prozent erhöht"},
				},
			},
		},
		Contradictions: []SeedContradiction{
			{Kind: "stance", MustFlag: true, About: "price rise", Sides: []SeedSide{
				{Speaker: "Verbraucherzentrale", Stance: fact.Asserts, Articles: []string{"b.txt"}},
				{Speaker: "Stadtwerke Kiel", Stance: fact.Denies, Articles: []string{"a.txt"}},
			}},
			{Kind: "figure", MustFlag: true, About: "how much", Sides: []SeedSide{
				{Value: &v12, Unit: fact.UnitPercent, Articles: []string{"a.txt"}},
				{Value: &v15, Unit: fact.UnitPercent, Articles: []string{"b.txt"}},
			}},
		},
		Provenance:        []SeedProvenance{{Article: "b.txt", Chain: []string{"Verbraucherzentrale"}}},
		NotContradictions: []SeedPair{{About: "same place", Articles: []string{"a.txt", "b.txt"}}},
		Corroborations:    []SeedPair{{About: "both name Kiel", Articles: []string{"a.txt", "b.txt"}}},
	}
}

func handOutputs() []SeedOutput {
	bodyA := "Die Stadtwerke Kiel haben die Preise nicht erhöht, sagte ein Sprecher. Im Jahr 2023 stiegen die Kosten um 12 Prozent."
	bodyB := "Die Verbraucherzentrale sagt, die Stadtwerke hätten die Preise um 15 Prozent erhöht."
	return []SeedOutput{
		{
			File:    "a.txt",
			Article: corpus.Article{ID: "aaaa0000aaaa0000", Outlet: "Kieler Tageblatt", Published: "2024-03-12", Credits: []string{"dpa"}, Body: bodyA},
			Result: analyze.Result{
				Entities: []fact.Entity{
					{Text: "Stadtwerke Kiel", Name: "Stadtwerke Kiel", Type: fact.ORG, Kind: fact.KindPublic},
					{Text: "Kiel", Name: "Kiel", Type: fact.LOC},
					{Text: "Sprecher", Name: "Sprecher", Type: fact.PER}, // extra
				},
				Figures: []fact.Figure{{Text: "12 Prozent", Value: 12, Unit: fact.UnitPercent}},
				Dates:   []fact.Date{{Text: "2023", Value: "2023"}, {Text: "bald", Vague: true}},
				Claims: []fact.Claim{
					{Speaker: "ein Sprecher", SpeakerOf: "Stadtwerke Kiel", Stance: fact.Denies, Start: 0, End: 69},
				},
			},
		},
		{
			File:    "b.txt",
			Article: corpus.Article{ID: "bbbb1111bbbb1111", Published: "2024-03-13", Body: bodyB},
			Result: analyze.Result{
				Figures: []fact.Figure{{Text: "15 Prozent", Value: 15.05, Unit: fact.UnitPercent}},
				Claims: []fact.Claim{
					{Speaker: "Verbraucherzentrale", Stance: fact.Reports, Start: 0, End: len(bodyB), // wrong stance
						Via: []string{"Kieler Tageblatt", "Verbraucherzentrale"}},
				},
			},
		},
	}
}

func count(t *testing.T, r SeedReport, cat string) SeedCount {
	t.Helper()
	for _, c := range r.Counts {
		if c.Category == cat {
			return c
		}
	}
	t.Fatalf("no category %q", cat)
	return SeedCount{}
}

func TestScoreSeedsHandMade(t *testing.T) {
	v12, v15 := 12.0, 15.0
	findings := []fact.Finding{
		{Kind: fact.Contradiction, About: "Preise", Sides: []fact.Side{
			{Article: "bbbb1111bbbb1111", Speaker: "Verbraucherzentrale", Stance: fact.Asserts},
			{Article: "aaaa0000", Speaker: "Stadtwerke Kiel", Stance: fact.Denies}, // a short prefix works
		}},
		{Kind: fact.Discrepancy, About: "Preise in Prozent", Sides: []fact.Side{
			{Article: "aaaa0000aaaa0000", Value: &v12, Unit: fact.UnitPercent},
			{Article: "bbbb1111bbbb1111", Value: &v15, Unit: fact.UnitPercent},
		}},
		{Kind: fact.Contradiction, About: "Wetter", Sides: []fact.Side{ // a false alarm
			{Article: "aaaa0000aaaa0000", Speaker: "Kiel"},
			{Article: "bbbb1111bbbb1111", Speaker: "Wetterdienst"},
		}},
		{Kind: fact.Corroboration, About: "Kiel", Sides: []fact.Side{
			{Article: "aaaa0000aaaa0000"}, {Article: "bbbb1111bbbb1111"},
		}},
	}
	r := ScoreSeeds(handGold(), handOutputs(), findings)
	tests := []struct {
		cat                            string
		gold, found, reported, correct int
	}{
		{CatMetadata, 4, 4, -1, 0},
		{CatBoilerplate, 1, 1, -1, 0},
		{CatEntities, 2, 2, 3, 2},
		{CatEntityKinds, 1, 0, -1, 0},
		{CatFigures, 2, 2, 2, 2},
		{CatDates, 2, 2, 1, 1}, // published found through the metadata; the vague date is not reported
		{CatClaims, 2, 1, 2, 1},
		{CatClaimSpans, 2, 2, -1, 0},
		{CatProvenance, 1, 1, -1, 0},
		{CatContradictions, 2, 2, 3, 2},
		{CatFalseAlarms, 1, 0, 1, -1},
		{CatCorroborations, 1, 1, 1, 1},
	}
	for _, tt := range tests {
		c := count(t, r, tt.cat)
		if c.Gold != tt.gold || c.Found != tt.found || c.Reported != tt.reported || c.Correct != tt.correct {
			t.Errorf("%s: gold %d found %d reported %d correct %d, want %d %d %d %d", tt.cat,
				c.Gold, c.Found, c.Reported, c.Correct, tt.gold, tt.found, tt.reported, tt.correct)
		}
	}
	if len(r.Counts) != 12 {
		t.Errorf("%d categories, want 12", len(r.Counts))
	}
	var kinds []string
	for _, m := range r.Misses {
		kinds = append(kinds, m.Category+"/"+m.Kind)
	}
	want := []string{
		CatEntities + "/extra", CatEntityKinds + "/missed", CatClaims + "/extra", CatClaims + "/missed",
		CatContradictions + "/extra", CatFalseAlarms + "/false alarm",
	}
	if len(kinds) != len(want) {
		t.Fatalf("misses %q, want %q", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Errorf("miss %d = %s, want %s", i, kinds[i], want[i])
		}
	}
	if p, ok := count(t, r, CatFalseAlarms).Precision(); ok {
		t.Errorf("precision of false alarms = %v, want none", p)
	}
}

func TestScoreSeedsFigureValueMustAgree(t *testing.T) {
	v4 := 4.45
	v15 := 15.0
	findings := []fact.Finding{{Kind: fact.Discrepancy, Sides: []fact.Side{
		{Article: "aaaa0000aaaa0000", Value: &v4, Unit: fact.UnitPercent},
		{Article: "bbbb1111bbbb1111", Value: &v15, Unit: fact.UnitPercent},
	}}}
	r := ScoreSeeds(handGold(), handOutputs(), findings)
	if c := count(t, r, CatContradictions); c.Found != 0 {
		t.Errorf("a discrepancy of the wrong figure matched the gold: %+v", c)
	}
}

func TestScoreSeedsArticleNotRead(t *testing.T) {
	r := ScoreSeeds(handGold(), nil, nil)
	if c := count(t, r, CatEntities); c.Gold != 2 || c.Found != 0 {
		t.Errorf("entities %+v, want 2 gold, none found", c)
	}
	if c := count(t, r, CatBoilerplate); c.Found != 0 {
		t.Errorf("boilerplate of an article not read counted as removed: %+v", c)
	}
}

// TestReadSeedGold reads the shared seed gold when it is there.
func TestReadSeedGold(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "gold", "seeds.json")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/gold/seeds.json not present beside the repository")
	}
	g, err := ReadSeedGold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Articles) != 3 || len(g.Contradictions) == 0 || len(g.NotContradictions) == 0 {
		t.Errorf("gold: %d articles, %d contradictions, %d not_contradictions", len(g.Articles), len(g.Contradictions), len(g.NotContradictions))
	}
	if _, err := ReadSeedGold(filepath.Join(t.TempDir(), "none.json")); err == nil {
		t.Error("missing gold file read without error")
	}
}

package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// claim builds a claim for tests; the evidence is the proposition itself.
func claim(id, speaker, stance, subject, pred, obj string, ents ...string) fact.Claim {
	return fact.Claim{
		ID: id, Speaker: speaker, Stance: stance, Subject: subject, Predicate: pred, Object: obj,
		Polarity: "positive", Entities: ents, Evidence: subject + " " + pred + " " + obj,
		Start: 0, End: len(subject + " " + pred + " " + obj),
	}
}

// reworded is c with its evidence told in other words.
func reworded(c fact.Claim, evidence string) fact.Claim {
	c.Evidence, c.End = evidence, len(evidence)
	return c
}

func ents(names ...string) []fact.Entity {
	var out []fact.Entity
	for i, n := range names {
		out = append(out, fact.Entity{Text: n, Name: n, Type: fact.ORG, Sentence: i % 3})
	}
	return out
}

func kinds(fs []fact.Finding, kind string) []fact.Finding {
	var out []fact.Finding
	for _, f := range fs {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func articlesOf(f fact.Finding) []string {
	var out []string
	for _, s := range f.Sides {
		out = append(out, s.Article)
	}
	return out
}

func TestContradictions(t *testing.T) {
	tests := []struct {
		name string
		arts []Article
		want int // contradictions expected
	}{
		{
			name: "report and denial across articles, synonym predicates",
			arts: []Article{
				{ID: "a1", Outlet: "Tagesblatt", Published: "2023-03-02", Entities: ents("Stadtwerke Kiel", "Landesregierung"),
					Claims: []fact.Claim{claim("c1", "Kieler Nachrichten", fact.Reports, "Stadtwerke Kiel", "erhöhen", "die Gaspreise für Privatkunden deutlich", "Stadtwerke Kiel")}},
				{ID: "a2", Outlet: "Nordkurier", Published: "2023-03-04", Entities: ents("Stadtwerke Kiel"),
					Claims: []fact.Claim{claim("c2", "Stadtwerke Kiel", fact.Denies, "wir", "anheben", "Gaspreise", "Stadtwerke Kiel")}},
			},
			want: 1,
		},
		{
			name: "within one article, two speakers",
			arts: []Article{
				{ID: "a1", Outlet: "Agentur", Published: "2023-05-10", Entities: ents("Verdi", "Deutsche Post"),
					Claims: []fact.Claim{
						claim("c1", "Verdi", fact.Asserts, "Deutsche Post", "entlassen", "2000 Beschäftigte in der Zustellung", "Deutsche Post"),
						claim("c2", "Deutsche Post", fact.Denies, "wir", "kündigen", "Beschäftigten der Zustellung", "Deutsche Post"),
					}},
			},
			want: 1,
		},
		{
			name: "near miss: confirming talks is not denying a data request",
			arts: []Article{
				{ID: "a1", Outlet: "Blatt", Published: "2023-01-10", Entities: ents("Autobauer Nord", "Zulieferer Süd"),
					Claims: []fact.Claim{claim("c1", "Autobauer Nord", fact.Confirms, "Autobauer Nord", "führen", "Gespräche mit Zulieferern", "Zulieferer Süd")}},
				{ID: "a2", Outlet: "Zeitung", Published: "2023-01-11", Entities: ents("Autobauer Nord"),
					Claims: []fact.Claim{claim("c2", "Autobauer Nord", fact.Denies, "Autobauer Nord", "verlangen", "Kostendaten von Zulieferern")}},
			},
			want: 0,
		},
		{
			name: "near miss: same predicate, different subject",
			arts: []Article{
				{ID: "a1", Outlet: "Blatt", Published: "2023-01-10", Entities: ents("Bayern München", "Borussia Dortmund"),
					Claims: []fact.Claim{claim("c1", "Kicker", fact.Reports, "Bayern München", "verpflichten", "den Stürmer aus Lyon")}},
				{ID: "a2", Outlet: "Zeitung", Published: "2023-01-11", Entities: ents("Borussia Dortmund", "Bayern München"),
					Claims: []fact.Claim{claim("c2", "Borussia Dortmund", fact.Denies, "Borussia Dortmund", "verpflichten", "den Stürmer aus Lyon")}},
			},
			want: 0,
		},
		{
			name: "near miss: too far apart in time",
			arts: []Article{
				{ID: "a1", Outlet: "Blatt", Published: "2021-01-10", Entities: ents("Stadtrat Jena"),
					Claims: []fact.Claim{claim("c1", "Stadtrat Jena", fact.Asserts, "Stadtrat Jena", "beschließen", "den Neubau des Schwimmbads")}},
				{ID: "a2", Outlet: "Zeitung", Published: "2022-06-11", Entities: ents("Stadtrat Jena"),
					Claims: []fact.Claim{claim("c2", "Bürgerinitiative", fact.Denies, "Stadtrat Jena", "beschließen", "den Neubau des Schwimmbads")}},
			},
			want: 0,
		},
		{
			name: "near miss: one speaker, one article, hedged both ways",
			arts: []Article{
				{ID: "a1", Outlet: "Blatt", Published: "2023-01-10", Entities: ents("Klinikum Ost"),
					Claims: []fact.Claim{
						claim("c1", "Klinikum Ost", fact.Asserts, "Klinikum Ost", "schließen", "die Geburtsstation"),
						func() fact.Claim {
							c := claim("c2", "Klinikum Ost", fact.Asserts, "Klinikum Ost", "schließen", "die Geburtsstation vorerst")
							c.Polarity = "negative"
							return c
						}(),
					}},
			},
			want: 0,
		},
		{
			name: "near miss: objects share nothing",
			arts: []Article{
				{ID: "a1", Outlet: "Blatt", Published: "2023-01-10", Entities: ents("Bundesregierung"),
					Claims: []fact.Claim{claim("c1", "Spiegel", fact.Reports, "Bundesregierung", "planen", "eine Steuer auf Zucker")}},
				{ID: "a2", Outlet: "Zeitung", Published: "2023-01-11", Entities: ents("Bundesregierung"),
					Claims: []fact.Claim{claim("c2", "Bundesregierung", fact.Denies, "wir", "planen", "Fahrverbote in Innenstädten")}},
			},
			want: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(Check(tt.arts), fact.Contradiction)
			if len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
			for _, f := range got {
				if len(f.Sides) != 2 || f.Sides[0].Evidence == "" || f.Sides[1].Evidence == "" {
					t.Errorf("contradiction without evidence on both sides: %+v", f)
				}
				if f.Explanation == "" || f.About == "" || f.ID == "" {
					t.Errorf("finding lacks id, about or explanation: %+v", f)
				}
			}
		})
	}
}

func mkFig(text string, v float64, unit, hedge, dir, about string, sent int) fact.Figure {
	return fact.Figure{Text: text, Value: v, Unit: unit, Hedge: hedge, Direction: dir, About: about, Sentence: sent, Start: 10, End: 10 + len(text)}
}

func TestFigureFindings(t *testing.T) {
	org := []fact.Entity{{Name: "Zalando", Type: fact.ORG, Sentence: 0}}
	tests := []struct {
		name     string
		a, b     fact.Figure
		kind     string // "" when nothing is expected
		severity string
	}{
		{"hedged values differ: low", mkFig("zeitweise 18 Prozent", 18, "percent", "zeitweise", "down", "Aktie", 0),
			mkFig("rund 15 Prozent", 15, "percent", "rund", "down", "Aktienkurs", 0), fact.Discrepancy, fact.SeverityLow},
		{"exact values differ: high", mkFig("3,1 Milliarden Euro", 3.1e9, "EUR", "", "", "Umsatz", 0),
			mkFig("2,4 Milliarden Euro", 2.4e9, "EUR", "", "", "Umsatz", 0), fact.Discrepancy, fact.SeverityHigh},
		{"close exact values: medium", mkFig("3,1 Milliarden Euro", 3.1e9, "EUR", "", "", "Umsatz", 0),
			mkFig("2,9 Milliarden Euro", 2.9e9, "EUR", "", "", "Umsatzes", 0), fact.Discrepancy, fact.SeverityMedium},
		{"currency conflict", mkFig("120 Millionen Euro", 1.2e8, "EUR", "", "", "Kaufpreis", 0),
			mkFig("120 Millionen Dollar", 1.2e8, "USD", "", "", "Kaufpreis", 0), fact.Discrepancy, fact.SeverityMedium},
		{"same value: corroboration", mkFig("etwa 4000 Beschäftigte", 4000, "count", "etwa", "", "Beschäftigte", 0),
			mkFig("4000 Mitarbeiter", 4000, "count", "", "", "Beschäftigte", 0), fact.Corroboration, fact.SeverityInfo},
		{"near miss: opposite direction", mkFig("um 5 Prozent", 5, "percent", "", "up", "Aktie", 0),
			mkFig("um 20 Prozent", 20, "percent", "", "down", "Aktie", 0), "", ""},
		{"near miss: different measure", mkFig("5 Prozent", 5, "percent", "", "", "Marktanteil", 0),
			mkFig("7 Prozent", 7, "percent", "", "", "Rendite", 0), "", ""},
		{"near miss: far apart values are other measures", mkFig("2 Prozent", 2, "percent", "", "down", "Aktie", 0),
			mkFig("20 Prozent", 20, "percent", "", "down", "Aktie", 0), "", ""},
		{"same distinctive amount, other words: corroboration", mkFig("4,45 Millionen Euro", 4.45e6, "EUR", "", "", "Ablöse", 0),
			mkFig("4,45 Millionen Euro", 4.45e6, "EUR", "", "", "Stürmer", 0), fact.Corroboration, fact.SeverityInfo},
		{"near miss: same round amount, other words", mkFig("2 Millionen Euro", 2e6, "EUR", "", "", "Ablöse", 0),
			mkFig("2 Millionen Euro", 2e6, "EUR", "", "", "Stadion", 0), "", ""},
		{"near miss: percent and points", mkFig("2 Prozent", 2, "percent", "", "up", "Arbeitslosenquote", 0),
			mkFig("2 Prozentpunkte", 2, "percentage_points", "", "up", "Arbeitslosenquote", 0), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []Article{
				{ID: "x1", Outlet: "Handelsblatt", Published: "2022-11-03", Entities: org, Figures: []fact.Figure{tt.a}},
				{ID: "x2", Outlet: "Börsenbrief", Published: "2022-11-03", Entities: org, Figures: []fact.Figure{tt.b}},
			}
			got := Check(arts)
			if tt.kind == "" {
				if len(got) != 0 {
					t.Fatalf("want no finding, got %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Kind != tt.kind || got[0].Severity != tt.severity {
				t.Fatalf("want one %s/%s, got %+v", tt.kind, tt.severity, got)
			}
			for _, s := range got[0].Sides {
				if s.Value == nil || s.Unit == "" {
					t.Errorf("figure side without value or unit: %+v", s)
				}
			}
		})
	}
}

// TestFigureDays: exact values of two days apart are a low discrepancy (the
// figure may have moved); of one outlet, none (it updates its own figure).
func TestFigureDays(t *testing.T) {
	org := []fact.Entity{{Name: "Landkreis Uelzen", Type: fact.LOC, Sentence: 0}}
	a := mkFig("112 Fälle", 112, "count", "", "", "Fälle", 0)
	b := mkFig("160 Fälle", 160, "count", "", "", "Fälle", 0)
	tests := []struct {
		name           string
		outlet2, date2 string
		want           string
	}{
		{"same day", "Kreiszeitung", "2021-03-02", fact.SeverityHigh},
		{"next day", "Kreiszeitung", "2021-03-03", fact.SeverityLow},
		{"same outlet", "Uelzener Anzeiger", "2021-03-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check([]Article{
				{ID: "u1", Outlet: "Uelzener Anzeiger", Published: "2021-03-02", Entities: org, Figures: []fact.Figure{a}},
				{ID: "u2", Outlet: tt.outlet2, Published: tt.date2, Entities: org, Figures: []fact.Figure{b}},
			})
			if tt.want == "" {
				if len(got) != 0 {
					t.Fatalf("want nothing, got %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != tt.want {
				t.Fatalf("want one %s discrepancy, got %+v", tt.want, got)
			}
		})
	}
}

func TestCorroborationIndependence(t *testing.T) {
	c := func(id string) fact.Claim {
		return claim(id, "Feuerwehr", fact.Asserts, "Feuerwehr", "evakuieren", "Anwohner des Hafenviertels", "Feuerwehr")
	}
	withVia := func(id string, via ...string) fact.Claim {
		x := claim(id, "Bild", fact.Reports, "Feuerwehr", "evakuieren", "Anwohner im Hafenviertel", "Feuerwehr")
		x.Via = via
		return x
	}
	e := ents("Feuerwehr")
	tests := []struct {
		name string
		arts []Article
		want int
	}{
		{"two outlets", []Article{
			{ID: "a", Outlet: "Morgenpost", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{c("1")}},
			{ID: "b", Outlet: "Abendzeitung", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{reworded(c("2"),
				"Am Morgen hat die Feuerwehr alle Anwohner des Hafenviertels evakuieren lassen, wie ein Sprecher bestätigte.")}},
		}, 1},
		{"two outlets, one text copied", []Article{
			{ID: "a", Outlet: "Morgenpost", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{reworded(c("1"),
				"Die Feuerwehr hat am frühen Morgen die Anwohner des Hafenviertels evakuiert.")}},
			{ID: "b", Outlet: "Abendzeitung", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{reworded(c("2"),
				"Die Feuerwehr hat am frühen Morgen die Anwohner des Hafenviertels evakuiert.")}},
		}, 0},
		{"near-duplicates count once", []Article{
			{ID: "a", Outlet: "Morgenpost", Published: "2024-02-01", Group: "g", Entities: e, Claims: []fact.Claim{c("1")}},
			{ID: "b", Outlet: "Abendzeitung", Published: "2024-02-01", Group: "g", Entities: e, Claims: []fact.Claim{c("2")}},
		}, 0},
		{"same agency counts once", []Article{
			{ID: "a", Outlet: "Morgenpost", Published: "2024-02-01", Credits: []string{"dpa"}, Entities: e, Claims: []fact.Claim{c("1")}},
			{ID: "b", Outlet: "Abendzeitung", Published: "2024-02-01", Credits: []string{"dpa"}, Entities: e, Claims: []fact.Claim{c("2")}},
		}, 0},
		{"re-reports of one original count once", []Article{
			{ID: "a", Outlet: "Morgenpost", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{withVia("1", "Morgenpost", "Bild")}},
			{ID: "b", Outlet: "Abendzeitung", Published: "2024-02-01", Entities: e, Claims: []fact.Claim{withVia("2", "Abendzeitung", "Stern", "Bild")}},
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(Check(tt.arts), fact.Corroboration)
			if len(got) != tt.want {
				t.Fatalf("got %d corroborations, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

func TestDateDiscrepancy(t *testing.T) {
	mk := func(id, date string) fact.Claim {
		x := claim(id, "Polizei", fact.Asserts, "Polizei", "räumen", "das Protestcamp am Flughafen", "Polizei")
		x.Dates = []string{date}
		return x
	}
	arts := []Article{
		{ID: "a", Outlet: "Kurier", Published: "2024-06-12", Entities: ents("Polizei"), Claims: []fact.Claim{mk("1", "2024-06-10")}},
		{ID: "b", Outlet: "Rundschau", Published: "2024-06-12", Entities: ents("Polizei"), Claims: []fact.Claim{mk("2", "2024-06-11")}},
	}
	got := kinds(Check(arts), fact.Discrepancy)
	if len(got) != 1 {
		t.Fatalf("want one date discrepancy, got %+v", got)
	}
}

func TestDeterministic(t *testing.T) {
	arts := []Article{
		{ID: "a1", Outlet: "Tagesblatt", Published: "2023-03-02", Entities: ents("Stadtwerke Kiel"),
			Claims:  []fact.Claim{claim("c1", "Kieler Nachrichten", fact.Reports, "Stadtwerke Kiel", "erhöhen", "Gaspreise", "Stadtwerke Kiel")},
			Figures: []fact.Figure{mkFig("12 Prozent", 12, "percent", "", "up", "Gaspreise", 0)}},
		{ID: "a2", Outlet: "Nordkurier", Published: "2023-03-04", Entities: ents("Stadtwerke Kiel"),
			Claims:  []fact.Claim{claim("c2", "Stadtwerke Kiel", fact.Denies, "wir", "anheben", "Gaspreise", "Stadtwerke Kiel")},
			Figures: []fact.Figure{mkFig("rund 10 Prozent", 10, "percent", "rund", "up", "Gaspreis", 0)}},
	}
	first := Check(arts)
	if len(first) < 2 {
		t.Fatalf("want a contradiction and a discrepancy, got %+v", first)
	}
	for i := 0; i < 5; i++ {
		arts[0], arts[1] = arts[1], arts[0]
		again := Check(arts)
		if len(again) != len(first) {
			t.Fatalf("run %d: %d findings, want %d", i, len(again), len(first))
		}
		for j := range again {
			if again[j].ID != first[j].ID {
				t.Fatalf("run %d: order or IDs changed: %s vs %s", i, again[j].ID, first[j].ID)
			}
		}
	}
	for i := 1; i < len(first); i++ {
		if SeverityRank(first[i-1].Severity) > SeverityRank(first[i].Severity) {
			t.Errorf("not sorted by severity: %v", first)
		}
	}
}

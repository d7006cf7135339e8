package check

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// bodyArticle builds an article from sentences: body, sentence spans, and
// the dates and entities given by sentence index.
func bodyArticle(id, outlet, published string, sents []string, dates map[int][2]string, ents map[int][]string) Article {
	a := Article{ID: id, Outlet: outlet, Published: published}
	for i, s := range sents {
		start := len(a.Body)
		a.Body += s + " "
		a.Sentences = append(a.Sentences, fact.Sentence{Index: i, Start: start, End: start + len(s)})
		if d, ok := dates[i]; ok {
			at := strings.Index(s, d[0])
			a.Dates = append(a.Dates, fact.Date{Text: d[0], Value: d[1], Sentence: i, Start: start + at, End: start + at + len(d[0])})
		}
		for _, n := range ents[i] {
			at := strings.Index(s, n)
			a.Entities = append(a.Entities, fact.Entity{Text: n, Name: n, Type: fact.ORG, Sentence: i, Start: start + at, End: start + at + len(n)})
		}
	}
	return a
}

func TestDateEvents(t *testing.T) {
	ents := map[int][]string{0: {"TSV Grünwald"}, 1: {"TSV Grünwald", "SC Eichenau"}}
	tests := []struct {
		name  string
		other string
		date  [2]string
		want  int
	}{
		{"same event, other day", "Das Nachholspiel des TSV Grünwald gegen den SC Eichenau wird am 9. März angepfiffen.", [2]string{"9. März", "2025-03-09"}, 1},
		{"same day", "Das Nachholspiel des TSV Grünwald gegen den SC Eichenau wird am 8. März angepfiffen.", [2]string{"8. März", "2025-03-08"}, 0},
		{"other event", "Die Mitgliederversammlung des TSV Grünwald mit Gästen vom SC Eichenau tagt am 12. März im Vereinsheim.", [2]string{"12. März", "2025-03-12"}, 0},
		{"far apart", "Das Nachholspiel des TSV Grünwald gegen den SC Eichenau wird am 20. April angepfiffen.", [2]string{"20. April", "2025-04-20"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("d1", "Isar-Kurier", "2025-03-03", []string{
				"Der TSV Grünwald hat einen neuen Torwart.",
				"Das Nachholspiel des TSV Grünwald gegen den SC Eichenau findet am 8. März statt.",
			}, map[int][2]string{1: {"8. März", "2025-03-08"}}, ents)
			b := bodyArticle("d2", "Sportecho", "2025-03-03", []string{
				"Der TSV Grünwald meldet Verletzungssorgen.",
				tt.other,
			}, map[int][2]string{1: tt.date}, ents)
			got := kinds(Check([]Article{a, b}), fact.Discrepancy)
			if len(got) != tt.want {
				t.Fatalf("got %d date discrepancies, want %d: %+v", len(got), tt.want, got)
			}
			for _, f := range got {
				if !strings.Contains(f.Sides[0].Evidence, "Nachholspiel") || !strings.Contains(f.Sides[1].Evidence, "Nachholspiel") {
					t.Errorf("sides lack the sentences: %+v", f.Sides)
				}
			}
		})
	}
}

func TestDenialsPointingBack(t *testing.T) {
	report := claim("r1", "Gewerkschaft", fact.Asserts, "Stadtwerke Halle", "streichen", "300 Stellen im Kundenservice", "Stadtwerke Halle")
	report.Start, report.End = 0, 60
	tests := []struct {
		name   string
		denial fact.Claim
		want   int
	}{
		{"points back", fact.Claim{ID: "d1", Speaker: "Stadtwerke Halle", Stance: fact.Denies, Object: "die Darstellung",
			Evidence: "Ein Sprecher der Stadtwerke wies die Darstellung zurück.", Start: 100, End: 160}, 1},
		{"says its own", fact.Claim{ID: "d2", Speaker: "Stadtwerke Halle", Stance: fact.Denies, Object: "",
			Evidence: "Die Stadtwerke bestreiten, dass der Neubau der Zentrale teurer wird als geplant.", Start: 100, End: 180}, 0},
		{"same speaker", fact.Claim{ID: "d3", Speaker: "Gewerkschaft", Stance: fact.Denies, Object: "das",
			Evidence: "Die Gewerkschaft bestritt das später.", Start: 100, End: 140}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{ID: "h1", Outlet: "Saale-Bote", Published: "2025-06-02", Entities: ents("Stadtwerke Halle"),
				Claims: []fact.Claim{report, tt.denial}}
			got := kinds(Check([]Article{a}), fact.Contradiction)
			if len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

func TestThinClaimsBySentence(t *testing.T) {
	thin := func(id, speaker, stance, evidence string) fact.Claim {
		return fact.Claim{ID: id, Speaker: speaker, Stance: stance, Evidence: evidence, Start: 0, End: len(evidence)}
	}
	tests := []struct {
		name     string
		pos, neg fact.Claim
		want     int
	}{
		{"denial of the same sentence",
			thin("p", "Umweltverband", fact.Asserts, "Das Insektensterben am Federsee ist eine Folge der Düngung der Felder."),
			thin("n", "Bauernverband", fact.Denies, "Der Bauernverband bestreitet, dass die Düngung der Felder das Insektensterben am Federsee verursacht."), 1},
		{"near miss: other words",
			thin("p", "Umweltverband", fact.Asserts, "Das Insektensterben am Federsee ist eine Folge der Düngung der Felder."),
			thin("n", "Bauernverband", fact.Denies, "Der Bauernverband bestreitet, dass neue Regeln für Hecken nötig sind."), 0},
		{"near miss: no denial, only a negation",
			thin("p", "Umweltverband", fact.Asserts, "Das Insektensterben am Federsee ist eine Folge der Düngung der Felder."),
			func() fact.Claim {
				c := thin("n", "Bauernverband", fact.Asserts, "Das Insektensterben am Federsee ist keine Folge der Düngung der Felder.")
				c.Polarity = "negative"
				return c
			}(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ents("Federsee", "Bauernverband")
			arts := []Article{
				{ID: "f1", Outlet: "Schwäbische Post", Published: "2025-07-01", Entities: e, Claims: []fact.Claim{tt.pos}},
				{ID: "f2", Outlet: "Agrarblatt", Published: "2025-07-02", Entities: e, Claims: []fact.Claim{tt.neg}},
			}
			got := kinds(Check(arts), fact.Contradiction)
			if len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

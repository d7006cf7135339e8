package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestCorroborationNearMisses: the same claim in two articles corroborates
// only when two outlets carry it and neither side denies it.
func TestCorroborationNearMisses(t *testing.T) {
	mk := func(id, speaker, stance string) fact.Claim {
		c := claim(id, speaker, stance, "Das Klärwerk Oberau", "schließen", "im Frühjahr 2027 wegen maroder Becken", "Klärwerk Oberau")
		c.Evidence = "Das Klärwerk Oberau wird im Frühjahr 2027 wegen maroder Becken geschlossen."
		return c
	}
	tests := []struct {
		name             string
		outletB, stanceB string
		want             int
	}{
		{"two outlets", "Talbote", fact.Asserts, 1},
		{"one outlet twice", "Oberauer Anzeiger", fact.Asserts, 0},
		{"a denial is no corroboration", "Talbote", fact.Denies, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{ID: "k1", Outlet: "Oberauer Anzeiger", Published: "2026-05-04", Entities: ents("Klärwerk Oberau"),
				Claims: []fact.Claim{mk("c1", "Zweckverband", fact.Asserts)}}
			b := Article{ID: "k2", Outlet: tt.outletB, Published: "2026-05-05", Entities: ents("Klärwerk Oberau"),
				Claims: []fact.Claim{reworded(mk("c2", "Bürgerinitiative", tt.stanceB),
					"Wegen maroder Becken soll das Klärwerk Oberau im Frühjahr 2027 geschlossen werden, sagt die Initiative.")}}
			if got := kinds(Check([]Article{a, b}), fact.Corroboration); len(got) != tt.want {
				t.Fatalf("got %d corroborations, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestSurveyNearMisses: two polls by different named institutes give two
// measurements; the same poll told two ways is a discrepancy.
func TestSurveyNearMisses(t *testing.T) {
	tests := []struct {
		name  string
		intro string
		inst  string
		share string
		value float64
		want  int
	}{
		{"other institute", "Eine Umfrage des Instituts Pollwerk im Auftrag des Ostradios sieht Krüger vorn.", "Pollwerk", "Krüger kommt auf 38 Prozent.", 38, 0},
		{"same institute", "Eine Umfrage des Instituts Meinungsbild sieht Krüger vorn.", "Meinungsbild", "Krüger kommt auf 38 Prozent.", 38, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fig := func(a *Article, sent int, text string, v float64) {
				s := a.Sentences[sent]
				at := s.Start + strings.Index(a.Body[s.Start:s.End], text)
				a.Figures = append(a.Figures, fact.Figure{Text: text, Value: v, Unit: fact.UnitPercent, About: "Krüger",
					Sentence: sent, Start: at, End: at + len(text)})
			}
			a := bodyArticle("u1", "Hafenblatt", "2026-03-02", []string{
				"Eine Umfrage des Instituts Meinungsbild sieht Krüger vorn.", "Krüger kommt auf 31 Prozent.",
			}, nil, map[int][]string{0: {"Meinungsbild"}, 1: {"Krüger"}})
			fig(&a, 1, "31 Prozent", 31)
			b := bodyArticle("u2", "Ostradio", "2026-03-02", []string{tt.intro, tt.share},
				nil, map[int][]string{0: {tt.inst}, 1: {"Krüger"}})
			fig(&b, 1, "38 Prozent", tt.value)
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestDenialNearMisses: a denial contradicts a claim only when who denies
// is what the claim is about, points at the report, or states in full what
// it denies; a denial that grants ("bestreitet das nicht") contradicts
// nothing.
func TestDenialNearMisses(t *testing.T) {
	assert := claim("a1", "Mieterverein", fact.Asserts, "Wohnbau Nordstadt", "erhöhen", "die Mieten in der Lindenallee um 12 Prozent", "Wohnbau Nordstadt")
	assert.Start, assert.End = 0, 70
	assert.Evidence = "Die Wohnbau Nordstadt erhöht die Mieten in der Lindenallee um 12 Prozent, sagte der Mieterverein."
	tests := []struct {
		name    string
		speaker string
		text    string
		want    int
	}{
		{"the party denies", "Wohnbau Nordstadt", "Die Wohnbau Nordstadt wies das zurück.", 1},
		{"a bystander denies", "Stadtsportbund", "Der Stadtsportbund wies das zurück.", 0},
		{"the party grants", "Wohnbau Nordstadt", "Die Wohnbau Nordstadt bestreitet das nicht.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fact.Claim{ID: "d1", Speaker: tt.speaker, Stance: fact.Denies, Object: "das",
				Evidence: tt.text, Start: 100, End: 100 + len(tt.text)}
			a := Article{ID: "m1", Outlet: "Stadtanzeiger", Published: "2026-09-14",
				Entities: ents("Wohnbau Nordstadt", "Mieterverein", "Stadtsportbund"), Claims: []fact.Claim{assert, d}}
			if got := kinds(Check([]Article{a}), fact.Contradiction); len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestMeasureNearMisses: within one article two voices giving figures of
// two measures (Todesfälle, Fälle) are no discrepancy; of one measure they
// are.
func TestMeasureNearMisses(t *testing.T) {
	tests := []struct {
		name  string
		about string
		want  int
	}{
		{"other measure", "Fälle", 0},
		{"same measure", "Todesfälle", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("t1", "Küstenpost", "2026-11-03", []string{
				"Das Gesundheitsamt Wendland meldete 212 Todesfälle.",
				"Die Kreisklinik Wendland zählte dagegen 264 " + tt.about + ".",
			}, nil, map[int][]string{0: {"Gesundheitsamt Wendland"}, 1: {"Kreisklinik Wendland"}})
			for i, v := range []float64{212, 264} {
				s := a.Sentences[i]
				text := strings.Fields(a.Body[s.Start:s.End])[3]
				if i == 1 {
					text = "264"
				}
				at := s.Start + strings.Index(a.Body[s.Start:s.End], text)
				about := "Todesfälle"
				if i == 1 {
					about = tt.about
				}
				a.Figures = append(a.Figures, fact.Figure{Text: text, Value: v, Unit: fact.UnitCount, About: about, Noun: about,
					Sentence: i, Start: at, End: at + len(text)})
				speaker := []string{"Gesundheitsamt Wendland", "Kreisklinik Wendland"}[i]
				a.Claims = append(a.Claims, fact.Claim{ID: speaker, Speaker: speaker, Stance: fact.Asserts,
					Evidence: a.Body[s.Start:s.End], Start: s.Start, End: s.End})
			}
			if got := kinds(Check([]Article{a}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

func TestSameDistance(t *testing.T) {
	day := func(s string) span { return parseSpan(s) }
	tests := []struct {
		name           string
		da, pa, db, pb string
		want           bool
	}{
		{"daily report on two days", "2026-02-06", "2026-02-06", "2026-02-09", "2026-02-09", true},
		{"the day before each", "2026-02-05", "2026-02-06", "2026-02-08", "2026-02-09", true},
		{"one event, two dates", "2026-03-19", "2026-03-02", "2026-03-26", "2026-03-03", false},
		{"published the same day", "2026-03-19", "2026-03-19", "2026-03-20", "2026-03-19", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameDistance(day(tt.da), day(tt.pa), day(tt.db), day(tt.pb)); got != tt.want {
				t.Fatalf("sameDistance = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPartyNoun(t *testing.T) {
	tests := []struct {
		speaker string
		want    bool
	}{
		{"Betriebsrat", true},
		{"ein Unternehmenssprecher", true},
		{"Gesundheitsamt", true},
		{"Befragten", false},
		{"Zwei Drittel", false},
		{"Ähnlich", false},
	}
	for _, tt := range tests {
		if got := partyNoun(tt.speaker); got != tt.want {
			t.Errorf("partyNoun(%q) = %v, want %v", tt.speaker, got, tt.want)
		}
	}
}

// TestHedgedFigures: figures whose hedges allow both values are no
// discrepancy; a peak against a usual value is a low one.
func TestHedgedFigures(t *testing.T) {
	tests := []struct {
		name         string
		hedgeA       string
		valueA       float64
		hedgeB       string
		valueB       float64
		want         int
		wantSeverity string
	}{
		{"mehr als 300 and 318", "mehr als", 300, "", 318, 0, ""},
		{"rund 300 and 318", "rund", 300, "", 318, 0, ""},
		{"300 and 380", "", 300, "", 380, 1, fact.SeverityHigh},
		{"zeitweise 31 and rund 26", "zeitweise", 31, "rund", 26, 1, fact.SeverityLow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(id, outlet string, hedge string, v float64) Article {
				text := "Die Brauerei Alsterquell hat 300 Aushilfen eingestellt."
				a := bodyArticle(id, outlet, "2026-07-01", []string{text}, nil, map[int][]string{0: {"Brauerei Alsterquell"}})
				a.Figures = []fact.Figure{{Text: "300 Aushilfen", Value: v, Unit: fact.UnitCount, Hedge: hedge, About: "Aushilfen",
					Noun: "Aushilfen", Sentence: 0, Start: 29, End: 42}}
				return a
			}
			got := kinds(Check([]Article{mk("h1", "Elbkurier", tt.hedgeA, tt.valueA), mk("h2", "Nordfunk", tt.hedgeB, tt.valueB)}), fact.Discrepancy)
			if len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
			if tt.want == 1 && got[0].Severity != tt.wantSeverity {
				t.Errorf("severity %s, want %s", got[0].Severity, tt.wantSeverity)
			}
		})
	}
}

// TestCopiedArticles: an article that shares three linked claims with
// another is its copy; their claims corroborate nothing.
func TestCopiedArticles(t *testing.T) {
	texts := []string{
		"Die Fähre Nordlicht fährt ab Mai wieder täglich nach Helgoland.",
		"Die Reederei Nordlicht erhöht die Preise für Tagesgäste um acht Euro.",
		"Die Reederei Nordlicht stellt zwanzig neue Matrosen für die Saison ein.",
	}
	// The second outlet tells the same in its own words.
	reworded := []string{
		"Ab Mai fährt die Fähre Nordlicht wieder jeden Tag nach Helgoland, wie die Reederei mitteilte.",
		"Tagesgäste zahlen bei der Reederei Nordlicht künftig acht Euro mehr für die Preise der Überfahrt.",
		"Für die Saison stellt die Reederei Nordlicht zwanzig neue Matrosen ein, hieß es.",
	}
	texts0 := texts
	mk := func(id, outlet string, n int, texts []string) Article {
		a := Article{ID: id, Outlet: outlet, Published: "2026-04-02", Entities: ents("Reederei Nordlicht")}
		for i, tx := range texts[:n] {
			w := strings.Fields(texts0[i])
			c := claim(id+texts0[i][:8], "Reederei Nordlicht", fact.Asserts, strings.Join(w[:3], " "), w[3], strings.Join(w[4:], " "), "Reederei Nordlicht")
			c.Evidence, c.Start, c.End = tx, i*100, i*100+len(tx)
			a.Claims = append(a.Claims, c)
		}
		return a
	}
	for _, tt := range []struct {
		name string
		n    int
		want int
	}{{"two claims alike: two sources", 2, 2}, {"three claims alike: a copy", 3, 0}} {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(Check([]Article{mk("p1", "Inselbote", tt.n, texts), mk("p2", "Küstenwelle", tt.n, reworded)}), fact.Corroboration)
			if len(got) != tt.want {
				t.Fatalf("got %d corroborations, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestDateEventNearMisses: two nouns that are all a sentence has name one
// event in two articles of one story; one shared noun does not.
func TestDateEventNearMisses(t *testing.T) {
	story := map[int][]string{0: {"Kreistag Uckerland", "Kreiskasse Uckerland"}}
	tests := []struct {
		name  string
		other string
		want  int
	}{
		{"both nouns", "Die Kreisumlage beschließt der Ausschuss am 17. Juni.", 1},
		{"one noun", "Der Ausschuss tagt am 17. Juni zum Radweg.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("e1", "Uckerbote", "2026-06-01", []string{
				"Der Kreistag Uckerland und die Kreiskasse Uckerland streiten.",
				"Der Ausschuss soll die Kreisumlage am 10. Juni beschließen.",
			}, map[int][2]string{1: {"10. Juni", "2026-06-10"}}, story)
			b := bodyArticle("e2", "Prenzlauer Welle", "2026-06-02", []string{
				"Der Kreistag Uckerland und die Kreiskasse Uckerland streiten weiter.",
				tt.other,
			}, map[int][2]string{1: {"17. Juni", "2026-06-17"}}, story)
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d date discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestDeniedFigure: a figure inside a denial ("wies den Bericht über 120
// gestrichene Busfahrten zurück") does not corroborate the report's figure.
func TestDeniedFigure(t *testing.T) {
	for _, tt := range []struct {
		name   string
		stance string
		want   int
	}{{"asserted twice", fact.Asserts, 1}, {"asserted and denied", fact.Denies, 0}} {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(id, outlet, speaker, stance, text string) Article {
				a := bodyArticle(id, outlet, "2026-08-11", []string{text}, nil, map[int][]string{0: {"Verkehrsbetriebe Sollingen"}})
				at := strings.Index(text, "1.240")
				a.Figures = []fact.Figure{{Text: "1.240 Busfahrten", Value: 1240, Unit: fact.UnitCount, About: "Busfahrten", Noun: "Busfahrten",
					Sentence: 0, Start: at, End: at + 16}}
				a.Claims = []fact.Claim{{ID: id + "c", Speaker: speaker, Stance: stance, Evidence: text, Start: 0, End: len(text)}}
				return a
			}
			got := kinds(Check([]Article{mk("b1", "Sollinger Tageblatt", "Fahrgastverband", fact.Asserts,
				"Die Verkehrsbetriebe Sollingen streichen 1.240 Busfahrten im Monat."),
				mk("b2", "Radio Solling", "Verkehrsbetriebe Sollingen", tt.stance,
					"Im Monat fallen bei den Verkehrsbetrieben Sollingen künftig 1.240 Busfahrten weg.")}), fact.Corroboration)
			n := 0
			for _, f := range got {
				if strings.Contains(f.Explanation, "1240") {
					n++
				}
			}
			if n != tt.want {
				t.Fatalf("got %d figure corroborations, want %d: %+v", n, tt.want, got)
			}
		})
	}
}

// TestDateCorroborations: one day given for one event by two outlets in
// their own words corroborates; a sentence copied does not.
func TestDateCorroborations(t *testing.T) {
	story := map[int][]string{0: {"Kreistag Uckerland", "Kreiskasse Uckerland"}}
	first := "Der Ausschuss soll die Kreisumlage am 10. Juni beschließen."
	tests := []struct {
		name  string
		other string
		want  int
	}{
		{"own words", "Die Kreisumlage beschließt der Ausschuss am 10. Juni.", 1},
		{"copied", "Der Ausschuss soll die Kreisumlage am 10. Juni beschließen.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("e1", "Uckerbote", "2026-06-01", []string{
				"Der Kreistag Uckerland und die Kreiskasse Uckerland streiten.", first,
			}, map[int][2]string{1: {"10. Juni", "2026-06-10"}}, story)
			b := bodyArticle("e2", "Prenzlauer Welle", "2026-06-02", []string{
				"Der Kreistag Uckerland und die Kreiskasse Uckerland streiten weiter.", tt.other,
			}, map[int][2]string{1: {"10. Juni", "2026-06-10"}}, story)
			n := 0
			for _, f := range kinds(Check([]Article{a, b}), fact.Corroboration) {
				if strings.Contains(f.Explanation, "2026-06-10") {
					n++
				}
			}
			if n != tt.want {
				t.Fatalf("got %d date corroborations, want %d", n, tt.want)
			}
		})
	}
}

func TestSupposes(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Wenn alle Betten belegt sind, müssten die Kliniken 900 Patienten verlegen.", true},
		{"Die Kliniken verlegten am Montag 640 Patienten.", false},
		{"Der Verband rechnet damit, dass die Zahl auf 900 steigen könnte.", true},
		{"Das Amt meldete 640 neue Fälle.", false},
	}
	for _, tt := range tests {
		if got := supposes(tt.s); got != tt.want {
			t.Errorf("supposes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestNamesAlike: across articles a discrepancy needs what one sentence
// names to be named by the other article too.
func TestNamesAlike(t *testing.T) {
	tests := []struct {
		name  string
		other []string // entities of the other article's first sentence
		want  int
	}{
		{"other article names it", []string{"Kreis Wendau", "Landratsamt Wendau"}, 1},
		{"other article names something else", []string{"Stadt Fürstenhain", "Landratsamt Fürstenhain"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("n1", "Wendauer Bote", "2026-10-05", []string{
				"Das Landratsamt Wendau berichtet.", "Im Kreis Wendau gibt es 365 Fälle.",
			}, nil, map[int][]string{0: {"Landratsamt Wendau"}, 1: {"Kreis Wendau"}})
			b := bodyArticle("n2", "Hügelland-Radio", "2026-10-05", []string{
				strings.Join(tt.other, " und ") + " berichten.", "Es gibt inzwischen 410 Fälle.",
			}, nil, map[int][]string{0: tt.other})
			for _, art := range []*Article{&a, &b} {
				s := art.Sentences[1]
				text := "365 Fälle"
				if art == &b {
					text = "410 Fälle"
				}
				at := s.Start + strings.Index(art.Body[s.Start:s.End], text)
				art.Figures = []fact.Figure{{Text: text, Value: map[bool]float64{true: 365, false: 410}[art == &a], Unit: fact.UnitCount,
					About: "Fälle", Noun: "Fälle", Sentence: 1, Start: at, End: at + len(text)}}
			}
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestNamesTogether: three names given together corroborate only when they
// are most of both lists.
func TestNamesTogether(t *testing.T) {
	three := []string{"Stadtwerke Olbrück", "Sparkasse Olbrück", "Kreishandwerkerschaft Olbrück"}
	tests := []struct {
		name  string
		other []string
		want  int
	}{
		{"the same three", three, 1},
		{"three among six", append(append([]string(nil), three...), "Tafel Olbrück", "Zoo Olbrück", "Theater Olbrück"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each outlet tells in its own words that they collect together.
			say := map[string]string{
				"Olbrücker Zeitung": "Für das neue Jugendhaus sammeln %s seit Montag gemeinsam Spenden.",
				"Radio Eifelland":   "Spenden für ein neues Jugendhaus sammeln jetzt %s in der ganzen Stadt.",
			}
			mk := func(id, outlet string, names []string) Article {
				text := fmt.Sprintf(say[outlet], strings.Join(names, ", "))
				return bodyArticle(id, outlet, "2026-03-09", []string{text}, nil, map[int][]string{0: names})
			}
			n := 0
			for _, f := range kinds(Check([]Article{mk("o1", "Olbrücker Zeitung", three), mk("o2", "Radio Eifelland", tt.other)}), fact.Corroboration) {
				if strings.Contains(f.Explanation, "together") {
					n++
				}
			}
			if n != tt.want {
				t.Fatalf("got %d name corroborations, want %d", n, tt.want)
			}
		})
	}
}

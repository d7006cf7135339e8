package check

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// oldWords is words as it was written first: the whole text lower-cased,
// then split. eachWord must give the same.
func oldWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func FuzzEachWord(f *testing.F) {
	for _, s := range []string{
		"Die US-Banken meldeten 1.200 Stellen – „sogar“ mehr.",
		"ÄRZTE über Öffnungszeiten; straße 12b",
		"", "   ", "\xff\xfeUngültig", "İstanbul",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, 'İ') {
			return // lower-cases to two runes, one of them no letter
		}
		if got, want := words(s), oldWords(s); !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Die Gesundheitsämter meldeten 1.415 neue Infektionen.", []string{"1415"}},
		{"Es waren 11 409 neue Fälle binnen eines Tages.", []string{"11409"}},
		{"Der R-Wert lag am 14. Januar bei 0,95 (Vortag 0,93).", []string{"0,95", "0,93"}},
		{"Um 15 Uhr sprach der Minister im Jahr 2021.", nil},
		{"Keine Zahl hier.", nil},
		{"Die Inzidenz liegt unter der Schwelle von 75.", []string{"75"}},
		{"Am 19.3. lag sie bei 12.", []string{"12"}},
		{"„3.000 Menschen“ kamen.", []string{"3000"}},
	}
	for _, tt := range tests {
		if got := numbers(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("numbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"1.415 und 11 409", "am 3. Mai 2020 um 8 Uhr", "0,95.", "12 345 678", "9,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range numbers(s) {
			if n == "" || n[0] < '0' || n[0] > '9' {
				t.Fatalf("numbers(%q): %q is no number", s, n)
			}
		}
	})
}

func TestOtherNumbersAndConditions(t *testing.T) {
	tests := []struct {
		a, b        string
		other, cond bool
	}{
		{"Das RKI meldete 555 neue Infektionen.", "Das RKI meldete 1.415 neue Infektionen.", true, false},
		{"Das RKI meldete 555 neue Infektionen.", "Laut RKI gab es 555 neue Fälle binnen 24 Stunden.", false, false},
		{"Das Werk schließt Ende 2027.", "Das Werk wird 2027 geschlossen.", false, false},
		{"Sollte es zu einem Lockdown kommen, hilft die Bank.", "Ein Lockdown kommt, sagt der Händler.", false, true},
		{"Wenn die Inzidenz sinkt, öffnen die Schulen.", "Die Schulen öffnen am Montag.", false, true},
	}
	for _, tt := range tests {
		if got := otherNumbers(tt.a, tt.b); got != tt.other {
			t.Errorf("otherNumbers(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.other)
		}
		if got := conditional(tt.a) != conditional(tt.b); got != tt.cond {
			t.Errorf("conditions of %q and %q differ: %v, want %v", tt.a, tt.b, got, tt.cond)
		}
	}
}

func TestCopied(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`"Wenn sie nicht absolut dicht aufgesetzt wird, wirkt sie nicht besser als eine Einwegmaske", sagte Knobloch.`,
			`"Wenn sie nicht absolut dicht aufgesetzt wird, wirkt sie nicht besser als eine Einwegmaske", so Knobloch.`, true},
		{`Beide seien sich einig, "dass der Zusammenarbeit angesichts der Vielzahl globaler Herausforderungen eine hohe Bedeutung zukommt", teilte der Sprecher mit.`,
			`Die Kanzlerin und der Präsident seien sich einig gewesen, "dass der Zusammenarbeit angesichts der Vielzahl globaler Herausforderungen eine hohe Bedeutung zukommt".`, true},
		{"Die Feuerwehr hat die Anwohner des Hafenviertels evakuiert.",
			"Am Morgen ließ die Feuerwehr alle Anwohner im Hafenviertel in Sicherheit bringen.", false},
		{"4,45 Millionen Euro", "4,45 Millionen Euro", false}, // no sentence to judge
	}
	for _, tt := range tests {
		if got := copied(tt.a, tt.b); got != tt.want {
			t.Errorf("copied(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFiguresWithinArticle: two values of one measure in one article are a
// discrepancy only when told close together, one set against the other.
func TestFiguresWithinArticle(t *testing.T) {
	tests := []struct {
		name   string
		second string
		gap    int // sentences between the two
		want   int
	}{
		{"set against, next sentence", "Nach Angaben der Gewerkschaft sollen sogar 900 Stellen wegfallen.", 0, 1},
		{"no word sets them against", "Nach Angaben der Gewerkschaft sollen 900 Stellen wegfallen.", 0, 0},
		{"far apart in a live blog", "Nach Angaben der Gewerkschaft sollen sogar 900 Stellen wegfallen.", 6, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := "Die Brauerei Hopfenthal will 600 Stellen streichen, sagte der Vorstand."
			sents := []string{first}
			for range tt.gap {
				sents = append(sents, "Das Wetter in der Stadt war am Montag freundlich.")
			}
			sents = append(sents, tt.second)
			a := bodyArticle("h1", "Hopfenthaler Bote", "2026-09-01", sents, nil, map[int][]string{0: {"Brauerei Hopfenthal"}})
			var claims []fact.Claim
			for i, spk := range map[int]string{0: "Vorstand", len(sents) - 1: "Gewerkschaft"} {
				s := a.Sentences[i]
				text := a.Body[s.Start:s.End]
				at := s.Start + strings.Index(text, map[bool]string{true: "600", false: "900"}[i == 0])
				v := map[bool]float64{true: 600, false: 900}[i == 0]
				a.Figures = append(a.Figures, fact.Figure{Text: "Stellen", Value: v, Unit: fact.UnitCount, About: "Stellen",
					Noun: "Stellen", Sentence: i, Start: at, End: at + 3})
				claims = append(claims, fact.Claim{ID: spk, Speaker: spk, Stance: fact.Asserts, Evidence: text, Start: s.Start, End: s.End})
			}
			slices.SortFunc(claims, func(x, y fact.Claim) int { return x.Start - y.Start })
			slices.SortFunc(a.Figures, func(x, y fact.Figure) int { return x.Start - y.Start })
			a.Claims = claims
			a.Entities = append(a.Entities, fact.Entity{Text: "Gewerkschaft", Name: "Gewerkschaft", Type: fact.ORG, Sentence: len(sents) - 1},
				fact.Entity{Text: "Vorstand", Name: "Vorstand", Type: fact.ORG, Sentence: 0})
			if got := kinds(Check([]Article{a}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

func TestTelling(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want bool
	}{{2, false}, {5, false}, {15, true}, {0.5, true}, {100000, false}, {1000, false}, {1500, true}, {300e6, true}} {
		if got := telling(&fact.Figure{Value: tt.v, Unit: fact.UnitCount}); got != tt.want {
			t.Errorf("telling(%v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

// TestDenialsThatSayTheirOwn: a denial that goes on to state what the
// denier holds agrees with that statement, and one that says what it denies
// does not point back at the claim before it.
func TestDenialsThatSayTheirOwn(t *testing.T) {
	tests := []struct {
		name     string
		asserted fact.Claim
		denial   fact.Claim
		want     int
	}{
		{"counter-statement agrees with the claim",
			fact.Claim{ID: "a", Speaker: "Anwalt", Stance: fact.Asserts, Predicate: "gezahlt", Object: "Millionen Euro an Steuern",
				Evidence: "Der Anwalt sagte, die Reederin habe Millionen Euro an Steuern gezahlt."},
			fact.Claim{ID: "d", Speaker: "Reederin", Stance: fact.Denies, Predicate: "gezahlt", Object: "viele Millionen Euro an Steuern",
				Evidence: "Die Reederin hat die Darstellung zurückgewiesen und erklärt, sie habe viele Millionen Euro an Steuern gezahlt."},
			0},
		{"a denial of its own content points nowhere",
			fact.Claim{ID: "a", Speaker: "Stürmer", Stance: fact.Asserts, Predicate: "sagt", Object: "",
				Evidence: "Der Stürmer sagte: \"Man sagt auch nicht: der Weiße.\""},
			fact.Claim{ID: "d", Speaker: "Schiedsrichter", Stance: fact.Denies, Predicate: "sein", Object: "",
				Evidence: "Der Schiedsrichter bestreitet, ein Rassist zu sein."},
			0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.asserted.End = len(tt.asserted.Evidence)
			tt.denial.Start, tt.denial.End = 200, 200+len(tt.denial.Evidence)
			a := Article{ID: "s1", Outlet: "Hafenblatt", Published: "2026-10-02", Entities: ents("Reederei Kranz"),
				Claims: []fact.Claim{tt.asserted, tt.denial}}
			if got := kinds(Check([]Article{a}), fact.Contradiction); len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestScopedAndAdditiveFigures: a figure for a wider whole (weltweit) or
// given as an addition (weitere, darüber hinaus) is another measure than
// the one a story gives.
func TestScopedAndAdditiveFigures(t *testing.T) {
	tests := []struct {
		name   string
		second string
		value  float64
		want   int
	}{
		{"same measure", "Die Molkerei Almtal beschäftigt nach eigenen Angaben 2.400 Mitarbeiter.", 2400, 1},
		{"a wider whole", "Die Molkerei Almtal beschäftigt weltweit 2.400 Mitarbeiter.", 2400, 0},
		{"an addition", "Die Molkerei Almtal stellt darüber hinaus 2.400 Mitarbeiter ein.", 2400, 0},
		{"an addition of something else", "Die Molkerei Almtal hat 2.400 Mitarbeiter, weitere kommen im Mai.", 2400, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(id, outlet, published, text string, v float64) Article {
				a := bodyArticle(id, outlet, published, []string{text}, nil, map[int][]string{0: {"Molkerei Almtal"}})
				at := strings.Index(text, "Mitarbeiter")
				a.Figures = []fact.Figure{{Text: "Mitarbeiter", Value: v, Unit: fact.UnitCount, About: "Mitarbeiter", Noun: "Mitarbeiter",
					Start: at, End: at + len("Mitarbeiter")}}
				return a
			}
			a := mk("m1", "Almtaler Bote", "2026-11-02", "Die Molkerei Almtal beschäftigt 1.700 Mitarbeiter.", 1700)
			b := mk("m2", "Radio Alm", "2026-11-02", tt.second, tt.value)
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

func TestHasPhrase(t *testing.T) {
	set := map[string]bool{"weitere": true, "darüber hinaus": true}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Darüber hinaus kamen 30 Millionen Dosen.", true},
		{"eine Option auf weitere 80 Millionen", true},
		{"Darüber wurde lange gesprochen, hinaus ging keiner.", false},
		{"Die Stadt baut 300 Wohnungen.", false},
	} {
		if got := hasPhrase(tt.in, set); got != tt.want {
			t.Errorf("hasPhrase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSupposing(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Was passiert, wenn der Kandidat eine Niederlage leugnet?", true},
		{"Sollte es zu Streiks kommen, fällt der Unterricht aus.", true},
		{"„Stimmt das wirklich?“", true},
		{"Der Bürgermeister bestreitet die Vorwürfe.", false},
	} {
		if got := supposing(tt.in); got != tt.want {
			t.Errorf("supposing(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCopiedFigureFromTexts: a sentence copied word for word is one source
// also when the articles come without a body, their figure sentences in
// Texts (as corpus check reads a store).
func TestCopiedFigureFromTexts(t *testing.T) {
	quote := "Es ist schon sehr begründungsbedürftig, warum es dem Bund gelingt, mehr als 170.000 Urlauber heimzufliegen."
	tests := []struct {
		name   string
		second string
		want   int
	}{
		{"copied", "Der Senator hatte kritisiert: " + quote, 0},
		{"own words", "Mehr als 170.000 Urlauber hat der Bund in wenigen Tagen aus aller Welt zurückgeholt.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(id, outlet, text string) Article {
				return Article{ID: id, Outlet: outlet, Published: "2020-04-02", Entities: ents("Bund"),
					Texts: map[int]string{0: text},
					Figures: []fact.Figure{{Text: "mehr als 170.000 Urlauber", Value: 170000, Unit: fact.UnitCount, Hedge: "mehr als",
						About: "Urlauber", Noun: "Urlauber", Sentence: 0, Start: 10, End: 35}}}
			}
			got := kinds(Check([]Article{mk("u1", "Hauptstadtblatt", quote), mk("u2", "Netzportal", tt.second)}), fact.Corroboration)
			if len(got) != tt.want {
				t.Fatalf("got %d corroborations, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

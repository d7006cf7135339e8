package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// storyClaim builds a claim as the extractor gives it, for the
// story-level linker.
func storyClaim(id, speaker, stance, pred, evidence string) fact.Claim {
	c := fact.Claim{ID: id, Speaker: speaker, Stance: stance, Predicate: pred, Evidence: evidence,
		Start: 0, End: len(evidence), Polarity: "positive"}
	if negated(evidence) {
		c.Polarity = "negative"
	}
	return c
}

func TestStoryContradictions(t *testing.T) {
	report := storyClaim("a", "Ostseebote", fact.Reports, "schliess",
		"Nach Informationen des Ostseeboten will die Reederei Nordlicht ihre Werft in Kappeln zum Jahresende schließen.")
	tests := []struct {
		name string
		pos  fact.Claim
		neg  fact.Claim
		want int
	}{
		{"a denial of the report in its own words",
			report,
			storyClaim("n", "Reederei Nordlicht", fact.Denies, "zuruckweis",
				"Die Reederei Nordlicht wies Berichte zurück, wonach die Werft in Kappeln geschlossen werden solle."), 1},
		{"a denial through a nominalisation, knowing nothing of it",
			report,
			storyClaim("n", "Hauke Jensen", fact.Asserts, "",
				"„Von einer Schließung der Werft in Kappeln ist uns nichts bekannt“, sagte Sprecher Hauke Jensen."), 1},
		{"near miss: declining to confirm is no denial",
			report,
			storyClaim("n", "Hauke Jensen", fact.Asserts, "bestat",
				"Eine Schließung der Werft in Kappeln wollte Sprecher Hauke Jensen nicht bestätigen."), 0},
		{"near miss: refusing to pay denies no demand",
			storyClaim("a", "Anwohnerinitiative", fact.Asserts, "ford",
				"Die Anwohnerinitiative fordert von der Werft in Kappeln eine Entschädigung für den Lärm."),
			storyClaim("n", "Hauke Jensen", fact.Asserts, "zahl",
				"„Wir werden keine Entschädigung für den Lärm der Werft in Kappeln zahlen“, widersprach Jensen."), 0},
		{"near miss: the negation scopes a word the other side does not say",
			storyClaim("a", "Reederei Nordlicht", fact.Asserts, "vorleg",
				"„Wir haben der Belegschaft der Werft in Kappeln ein Angebot vorgelegt“, sagte Jensen."),
			storyClaim("n", "Betriebsrat", fact.Asserts, "",
				"Der Betriebsrat widersprach: „Es liegt kein annehmbares Angebot für die Werft in Kappeln vor.“"), 0},
		{"near miss: one speaker never contradicts itself",
			storyClaim("a", "Reederei Nordlicht", fact.Asserts, "schliess",
				"Die Reederei Nordlicht will ihre Werft in Kappeln zum Jahresende schließen."),
			storyClaim("n", "Reederei Nordlicht", fact.Denies, "zuruckweis",
				"Die Reederei Nordlicht wies Berichte zurück, wonach die Werft in Kappeln geschlossen werden solle."), 0},
		{"near miss: a plain negation of something else",
			report,
			storyClaim("n", "Hauke Jensen", fact.Asserts, "",
				"Die Kantine der Werft in Kappeln hat am Freitag nicht geöffnet, sagte Jensen."), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ents("Reederei Nordlicht", "Kappeln")
			arts := []Article{
				{ID: "s1", Outlet: "Ostseebote", Published: "2026-05-04", Entities: e, Claims: []fact.Claim{tt.pos}},
				{ID: "s2", Outlet: "Nordwelle", Published: "2026-05-05", Entities: e, Claims: []fact.Claim{tt.neg}},
			}
			got := kinds(Check(arts), fact.Contradiction)
			if len(got) != tt.want {
				t.Fatalf("got %d contradictions, want %d: %+v", len(got), tt.want, got)
			}
			for _, f := range got {
				if len(f.Sides) != 2 || f.Explanation == "" {
					t.Errorf("finding without two sides or explanation: %+v", f)
				}
			}
		})
	}
}

func TestSplitCompound(t *testing.T) {
	sp := &splitter{vocab: map[string]bool{"lösegeld": true}}
	tests := []struct {
		word string
		want []string
	}{
		{"lösegeldforderung", []string{"lösegeld", "forderung"}},
		{"sicherheitsauflagen", []string{"sicherheit", "auflage"}},
		{"kontoführungsgebühren", []string{"konto", "führung", "gebühren"}},
		{"verhandlungen", []string{"verhandlungen"}}, // a known word stays whole
		{"haus", []string{"haus"}},
	}
	for _, tt := range tests {
		if got := sp.parts(tt.word); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parts(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestNegationScope(t *testing.T) {
	tests := []struct {
		sentence, neg, want string
	}{
		{"Jonas ist suspendiert, nicht entlassen.", "nicht", "nicht entlassen."},
		{"Es gebe keine Pläne, Stellen zu streichen.", "keine", "Es gebe keine Pläne, Stellen zu streichen."},
		{"Wir haben kein Finanzproblem - wir haben ein Personalproblem.", "kein", "Wir haben kein Finanzproblem"},
	}
	for _, tt := range tests {
		at := strings.Index(tt.sentence, tt.neg)
		got, gotAt := negationScope(tt.sentence, at)
		if got != tt.want {
			t.Errorf("negationScope(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
		if gotAt < 0 || !strings.HasPrefix(got[gotAt:], tt.neg) {
			t.Errorf("negationScope(%q): offset %d does not point at %q", tt.sentence, gotAt, tt.neg)
		}
	}
}

func TestDeniedPart(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Husum (dpa) - Der Landrat hat Berichte über eine Sperrung der Brücke zurückgewiesen.", " über eine Sperrung der Brücke zurückgewiesen."},
		{"Der Landrat hat das zurückgewiesen.", "Der Landrat hat das zurückgewiesen."},
	}
	for _, tt := range tests {
		if got := deniedPart(tt.sentence); got != tt.want {
			t.Errorf("deniedPart(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// FuzzStoryText feeds the story-level linker's text handling arbitrary
// sentences: it must not panic, and offsets must stay inside the text.
func FuzzStoryText(f *testing.F) {
	for _, s := range []string{
		"„Eine Schließung liegt uns nicht vor“, sagte er.",
		"Kiel (dpa) - Die Ministerin (CDU) wies Berichte zurück, wonach Stellen wegfallen.",
		"Nicht, nicht - kein , , ; : „“",
		"Es gibt keine neuen Auflagen – die Vorgaben galten schon 2025.",
		"",
		"kein",
		"(((",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sent, at := denialSentence(s)
		if at >= 0 {
			if at > len(sent) {
				t.Fatalf("negation at %d beyond %q", at, sent)
			}
			sent, at = negationScope(sent, at)
			if at < 0 || at > len(sent) {
				t.Fatalf("scope offset %d beyond %q", at, sent)
			}
			declines(sent[at:])
		}
		sent, at = stripAsides(sent, at)
		if at > len(sent) {
			t.Fatalf("offset %d beyond %q", at, sent)
		}
		in := &interner{ids: map[string]int32{}, split: &splitter{vocab: map[string]bool{}}}
		storyParts(sent, at, nil, map[string]bool{}, in)
		assertedParts(s, nil, in)
		deniedPart(s)
		contraCue(s)
		answerCue(s)
	})
}

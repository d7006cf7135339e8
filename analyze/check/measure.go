package check

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// What a figure's sentence says of the measure beyond the words the
// extractor took for what it measures: a rate (pro Million Einwohner), a
// threshold (Menschen über 80 Jahre), a place, a former or planned value,
// and, for nouns that count anything (Menschen), the other words of the
// sentence that tell what is counted.

// rateReach is how many words after a figure "pro" or "je" make it a rate:
// "612 Todesfälle pro eine Million Einwohner", "13 Fälle je 100.000".
const rateReach = 3

// rateOf tells whether the figure, in its sentence, is given per something.
func rateOf(sentence, figure string) bool {
	i := strings.Index(sentence, figure)
	if figure == "" || i < 0 {
		return false
	}
	rest := sentence[i+len(figure):]
	if j := strings.IndexAny(rest, ",;:()–"); j >= 0 {
		rest = rest[:j]
	}
	n := 0
	for w := range eachWord(rest) {
		if w == "pro" || w == "je" {
			return true
		}
		if n++; n >= rateReach {
			break
		}
	}
	return false
}

// threshold tells whether a hedged figure bounds a group rather than
// measuring it: "Menschen über 80 Jahre", "Kinder unter zwölf Jahren",
// "Betriebe ab 50 Beschäftigten". The hedge is über, unter or ab (not "mehr
// als": "nach Angaben der Polizei mehr als 300" is a measure), and it
// follows a noun rather than a verb or preposition ("stieg auf über 80").
func threshold(sentence string, f *fact.Figure) bool {
	switch strings.ToLower(strings.TrimSpace(f.Hedge)) {
	case "über", "unter", "ab":
	default:
		return false
	}
	i := strings.Index(sentence, f.Text)
	if i <= 0 {
		return false
	}
	prev := strings.FieldsFunc(sentence[:i], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(prev) == 0 {
		return false
	}
	w := prev[len(prev)-1]
	if len(prev) == 1 && (f.Unit != "year" || theLexicon().stop[strings.ToLower(w)]) {
		// The first word of a sentence is capitalised anyway ("Insgesamt
		// über 80 Menschen"): a noun only before an age (Menschen über 80
		// Jahre).
		return false
	}
	r := []rune(w)
	return unicode.IsUpper(r[0]) && len(r) > 1 && !unicode.IsUpper(r[1])
}

var theGeneric = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/generic.txt") {
		m[stem(strings.ToLower(strings.TrimSpace(w)))] = true
	}
	return m
})

var thePast = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/past.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// generic tells whether every stem of what a figure measures is a noun
// that counts anything (lists/generic.txt).
func generic(about []string) bool {
	g := theGeneric()
	for _, s := range about {
		if !g[s] {
			return false
		}
	}
	return len(about) > 0
}

// otherWords returns the content stems of a figure's sentence that are not
// what it measures: what tells a count of Menschen apart from another.
func otherWords(sentence string, about []string) []string {
	var out []string
	for _, s := range contentStems(sentence) {
		if !contains(about, s) && !theGeneric()[s] && !numberWord(s) && s != "prozent" && s != "million" && s != "milliard" {
			out = append(out, s)
		}
	}
	return out
}

// otherWords returns the content stems of the figure's sentence beyond
// what it measures, computed once.
func (g *fig) otherWords() []string {
	if !g.otherDone {
		g.other, g.otherDone = otherWords(g.text, g.about), true
	}
	return g.other
}

// sharesWord tells whether two lists of stems share one, as whole words or
// compounds (see wordsMatch).
func sharesWord(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if wordsMatch(x, y) {
				return true
			}
		}
	}
	return false
}

// holdsValue tells whether the figures idx of one article give, besides
// self and in the voice of self's speaker or of another measure (2,4
// Prozent Verbraucherpreise beside 2,9 Prozent Kerninflation), a figure of self's unit class
// with the value v (within rounding): the article tells v too, so self is
// another measure than the figure of v it is held against.
func holdsValue(figs []fig, idx []int, v float64, self *fig) bool {
	for _, i := range idx {
		g := &figs[i]
		if g == self || g.class != self.class || g.f.Value == 0 || toldAgainst(g, self) {
			continue // set against it (Verdi spricht dagegen von 85 Stellen)
		}
		if g.speaker != self.speaker && strings.Join(g.about, " ") == strings.Join(self.about, " ") {
			continue // another voice giving another value of the same measure
		}
		if math.Abs(math.Abs(g.f.Value)-math.Abs(v)) <= 0.005*math.Abs(v) {
			return true
		}
	}
	return false
}

// supposedAt tells whether the figure of a sentence is supposed rather
// than reported (see supposes): a condition anywhere in the sentence (wenn,
// falls), a Konjunktiv II in the figure's own clause only, not in a clause
// that gives a reason for it ("Verdi spricht von 85 Stellen, weil auch
// Teams wegfallen würden"). Without the figure's text it reads the whole
// sentence.
func supposedAt(sentence, figure string) bool {
	i := strings.Index(sentence, figure)
	if figure == "" || i < 0 {
		return supposes(sentence)
	}
	for w := range eachWord(sentence) {
		switch w {
		case "wenn", "falls", "sofern":
			return true
		}
	}
	lo, hi := clauseAround(sentence, i, i+len(figure))
	return supposes(sentence[lo:hi])
}

var theVoices = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/voices.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// speaksNext tells whether the text right after a name begins with a verb
// of saying (lists/cues.txt, lists/voices.txt), at most one word before
// it: "Verdi spricht dagegen von", "die Polizei sagte".
func speaksNext(rest string) bool {
	n := 0
	for w := range eachWord(rest) {
		if sayingVerb(w) || theVoices()[w] {
			return true
		}
		if n++; n >= 2 {
			break
		}
	}
	return false
}

// mentions tells whether a sentence writes the number v in digits outside
// the text own of the figure it holds ("rund 32.600 bereitstehende Betten,
// von denen rund 21.500 belegt waren": 21.500 is there though no figure was
// made of it). Only numbers of 100 or more count (small ones recur by
// chance), and shares written as such ("14 Prozent") when percent.
func mentions(sentence, own string, v float64, percent bool) bool {
	if sentence == "" {
		return false
	}
	if own != "" {
		sentence = strings.Replace(sentence, own, " ", 1)
	}
	if percent {
		return mentionsPercent(sentence, v)
	}
	if math.Abs(v) < 100 {
		return false
	}
	for _, tok := range strings.FieldsFunc(sentence, func(r rune) bool {
		return !unicode.IsDigit(r) && r != '.' && r != ','
	}) {
		tok = strings.Trim(tok, ".,")
		if x, ok := germanNumber(tok); ok && math.Abs(x-math.Abs(v)) <= 0.005*math.Abs(v) {
			return true
		}
	}
	return false
}

var theLimits = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/limits.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

var theForecasts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/forecast.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// hedgeReach is how many words before a figure a hedge of lists/hedges.txt
// the extractor left out may stand ("besser als 87 Prozent", "nicht einmal
// 2.000 Passagiere").
const hedgeReach = 3

// hedgeBefore returns the longest hedge of lists/hedges.txt that ends right
// before the figure's text in its sentence, or "".
func hedgeBefore(sentence, figure string) string {
	w := strings.Fields(strings.ToLower(before(sentence, figure, hedgeReach)))
	for n := len(w); n >= 1; n-- {
		h := strings.Join(w[len(w)-n:], " ")
		if hedgeKind(h) != "" {
			return h
		}
	}
	return ""
}

// mentionsPercent tells whether a sentence writes the share v as "v
// Prozent" (or "v %"): "Der AfD haben 14 Prozent ihre Stimme gegeben" holds
// the 14 Prozent another article gives.
func mentionsPercent(sentence string, v float64) bool {
	f := strings.Fields(sentence)
	for i := 0; i+1 < len(f); i++ {
		next := strings.ToLower(strings.Trim(f[i+1], ".,;:!?()\"„“"))
		if next != "prozent" && next != "%" {
			continue
		}
		if x, ok := germanNumber(strings.Trim(f[i], ".,;:()\"„“")); ok && math.Abs(x-math.Abs(v)) <= 0.005*math.Abs(v) {
			return true
		}
	}
	return false
}

package check

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/figures"
)

// fig is a figure prepared for linking.
type fig struct {
	art         int
	f           *fact.Figure
	about       []string // content stems of what is measured
	ents        []string // block keys: entities of its sentence and the article's main entities
	sent        []string // entities of its own sentence
	speaker     string   // canonical speaker of the claim that carries it, or ""
	when        span     // the date in the figure's own sentence, else the publication date
	explicit    bool     // when comes from a date in the figure's own sentence
	pub         span     // the publication date
	lo, hi      float64
	class       string // unit class: the unit, or "money" for any currency
	source      string
	survey      []string // sources named for the poll, survey or count the figure comes from
	measure     string   // figures.Measure: the head of what is measured, synonyms merged
	speakerText string   // the speaker as written
	denied      bool     // the claim that carries it denies it (wies den Bericht über 450 Streichungen zurück)
	supposed    bool     // its sentence supposes rather than reports (wenn ..., müssten, würde)
	remainder   bool     // its sentence measures the rest of a whole (die übrigen Bewerber)
	update      bool     // its sentence tells the figure as it stands now (inzwischen, mittlerweile)
	contrast    bool     // its sentence sets it against another (sogar, dagegen, nur; lists/contrast.txt)
	scoped      bool     // its sentence gives it for a wider whole (weltweit, bundesweit; lists/scope.txt)
	additive    bool     // its sentence gives it as an addition (weitere, darüber hinaus; lists/additive.txt)
	limit       bool     // its sentence sets a rule or threshold (Grenze, maximal, beschränkt; lists/limits.txt)
	forecast    bool     // its sentence forecasts or expects (Prognose, erwartet; lists/forecast.txt)
	target      bool     // given for a period ending well after publication (bis 2028; see targetOf)
	rate        bool     // given per something (pro Million Einwohner; see rateOf)
	threshold   bool     // it bounds a group rather than measures it (Menschen über 80 Jahre)
	past        bool     // its sentence tells a former or planned value (damals, ursprünglich; lists/past.txt)
	places      []string // places its sentence names, common ones too (Spanien, Deutschland)
	voices      []string // names of its sentence that speak (Verdi spricht von 85 Stellen)
	text        string   // its sentence, when known
	hedge       string   // the figure's hedge, or the one its sentence gives when the extractor gave none
	other       []string // content stems of its sentence beyond what it measures, once needed (see otherWords)
	otherDone   bool
}

// maxRatio is how far apart two values of one measure may be before they are
// taken for different measures rather than a discrepancy: 2.5 times.
const maxRatio = 2.5

// smallBlock is the block size up to which every pair of figures is
// compared; larger blocks compare only figures that share a word of what
// they measure.
const smallBlock = 300

var currencies = map[string]bool{fact.UnitEUR: true, fact.UnitUSD: true, "CHF": true, "GBP": true, "JPY": true, "CNY": true}

// durations are the units of spans of time.
var durations = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "decade": true}

func unitClass(u string) string {
	if currencies[u] {
		return "money"
	}
	return u
}

// hedgeRange is the range of true values a hedged figure allows.
func hedgeRange(v float64, hedge string) (float64, float64) {
	kind := theLexicon().hedges[strings.ToLower(strings.TrimSpace(hedge))]
	a := math.Abs(v)
	var lo, hi float64
	switch kind {
	case "approx":
		lo, hi = a*0.9, a*1.1
	case "below":
		lo, hi = a*0.9, a
	case "above":
		lo, hi = a, a*1.25
	case "under":
		lo, hi = a*0.75, a
	case "upto":
		lo, hi = 0, a
	case "peak":
		lo, hi = a*0.5, a
	default: // stated exactly, up to rounding of the last digit given
		lo, hi = a*0.995, a*1.005
	}
	return lo, hi
}

// topEntities is how many of an article's most named entities index its
// figures besides the entities of the figure's own sentence.
const topEntities = 3

func buildFigs(arts []Article, al *aliases, artEnts [][]string) []fig {
	var out []fig
	rare := rareEntities(artEnts)
	for ai := range arts {
		a := &arts[ai]
		published := parseSpan(a.Published)
		sentEnts := map[int][]string{}
		counts := map[string]int{}
		for _, e := range a.Entities {
			k := al.key(e.Name)
			if k == "" || al.common[k] {
				continue
			}
			sentEnts[e.Sentence] = appendUnique(sentEnts[e.Sentence], k)
			counts[k]++
		}
		top := make([]string, 0, len(counts))
		for k := range counts {
			top = append(top, k)
		}
		sort.Slice(top, func(i, j int) bool {
			if counts[top[i]] != counts[top[j]] {
				return counts[top[i]] > counts[top[j]]
			}
			return top[i] < top[j]
		})
		if len(top) > topEntities {
			top = top[:topEntities]
		}
		sentDates := map[int]span{}
		datesOf := map[int][]fact.Date{}
		for _, d := range a.Dates {
			datesOf[d.Sentence] = append(datesOf[d.Sentence], d)
			if d.Vague || d.Value == "" {
				continue
			}
			if s := parseSpan(d.Value); s.ok {
				if _, dup := sentDates[d.Sentence]; !dup {
					sentDates[d.Sentence] = s
				}
			}
		}
		surveys := surveySources(a, al)
		voices := map[int][]string{}
		figSents := map[int]string{} // the sentences holding figures, by index: text once known
		for fi := range a.Figures {
			figSents[a.Figures[fi].Sentence] = ""
		}
		for _, e := range a.Entities {
			text, ok := figSents[e.Sentence]
			if !ok {
				continue // only the names of a figure's sentence speak for it
			}
			k := al.key(e.Name)
			if k == "" || al.common[k] {
				continue
			}
			if text == "" {
				text = sentenceText(a, e.Sentence, e.Start, e.End)
				figSents[e.Sentence] = text
			}
			if i := strings.Index(text, e.Text); e.Text != "" && i >= 0 && speaksNext(text[i+len(e.Text):]) {
				voices[e.Sentence] = appendUnique(voices[e.Sentence], k)
			}
		}
		places := map[int][]string{}
		for _, e := range a.Entities {
			if e.Type == fact.LOC {
				if k := al.key(e.Name); k != "" {
					places[e.Sentence] = appendUnique(places[e.Sentence], k)
				}
			}
		}
		for fi := range a.Figures {
			f := &a.Figures[fi]
			if f.Unit == "" {
				continue
			}
			about := contentStems(f.About)
			if len(about) == 0 {
				about = contentStems(f.Noun)
			}
			if len(about) == 0 {
				continue
			}
			sent := sentEnts[f.Sentence]
			ents := append([]string(nil), sent...)
			for _, k := range top {
				ents = appendUnique(ents, k)
			}
			if len(artEnts[ai]) <= topEntities {
				ents = append(ents, artEnts[ai]...)
			}
			for _, k := range rare[ai] {
				ents = appendUnique(ents, k)
			}
			if artEnts[ai] == nil || (len(artEnts[ai]) < 2 && len(a.Entities) < 2) {
				// Hardly an entity in the whole article (a text without names,
				// or a tagger that missed them): block by what is measured too.
				for _, s := range about {
					ents = append(ents, "~"+s)
				}
			}
			g := fig{art: ai, f: f, about: about, ents: ents, sent: sent, when: published, pub: published,
				class: unitClass(f.Unit), source: articleSource(a)}
			if s, ok := sentDates[f.Sentence]; ok && !durations[f.Unit] {
				// A duration's sentence dates the span (48 Stunden, also
				// auch den ganzen Freitag), not when it was measured.
				g.when, g.explicit = s, true
			}
			// The survey named last before the figure, else the one named
			// right after it (a headline figure, a lead).
			for d := 0; d <= 2*surveyReach && len(surveys) > 0; d++ {
				s := f.Sentence - d
				if d > surveyReach {
					s = f.Sentence + d - surveyReach
				}
				if src, ok := surveys[s]; ok {
					g.survey = src
					break
				}
			}
			for i := range a.Claims {
				c := &a.Claims[i]
				if c.Start <= f.Start && f.End <= c.End {
					g.speaker = al.key(c.Speaker)
					g.speakerText = c.Speaker
					g.denied = c.Stance == fact.Denies
					if c.SpeakerOf != "" {
						g.speaker = al.key(c.SpeakerOf)
					}
					break
				}
			}
			text := sentenceText(a, f.Sentence, f.Start, f.End)
			g.supposed = supposedAt(text, f.Text)
			g.remainder = remainderOf(text)
			g.update = hasWord(text, theUpdates())
			g.contrast = hasWord(text, theContrasts())
			g.scoped = hasWord(text, theScopes())
			g.additive = hasPhrase(before(text, f.Text, additiveReach), theAdditives())
			g.target = len(datesOf[f.Sentence]) > 0 && targetOf(text, datesOf[f.Sentence], published)
			g.rate = rateOf(text, f.Text)
			g.limit = hasWord(text, theLimits())
			g.forecast = hasWord(text, theForecasts())
			g.threshold = threshold(text, f)
			g.past = hasWord(text, thePast())
			g.voices = voices[f.Sentence]
			if g.speaker == "" && len(g.voices) == 1 {
				g.speaker = g.voices[0] // Verdi spricht dagegen von 85 Stellen: no claim, but a voice
			}
			g.places = places[f.Sentence]
			sort.Strings(g.places)
			g.text = text
			g.hedge = f.Hedge
			if g.hedge == "" {
				g.hedge = hedgeBefore(text, f.Text) // "besser als 87 Prozent", "nicht einmal 2.000"
			}
			g.lo, g.hi = hedgeRange(f.Value, g.hedge)
			g.measure = figures.Measure(*f)
			out = append(out, g)
		}
	}
	return out
}

// partyKeys returns the keys of the names tagged a person or an
// organisation: who can give a figure, unlike "Befragten" or "Zwei Drittel".
func partyKeys(arts []Article, al *aliases) map[string]bool {
	out := map[string]bool{}
	for i := range arts {
		for _, e := range arts[i].Entities {
			if e.Type == fact.PER || e.Type == fact.ORG {
				if k := al.key(e.Name); k != "" {
					out[k] = true
				}
			}
		}
	}
	return out
}

// isParty tells whether the figure's speaker is a named person or
// organisation, or a role or organisation noun.
func isParty(parties map[string]bool, g *fig) bool {
	return parties[g.speaker] || partyNoun(g.speakerText)
}

// otherSubjects tells whether the sentences of two figures name different
// parties, speakers and survey sources left out: 1.895 Fälle in Bayern
// against 1.148 in the whole country.
func otherSubjects(a, b *fig) bool {
	own := func(g *fig) []string {
		var out []string
		for _, k := range g.sent {
			if k != g.speaker && !contains(g.survey, k) {
				out = append(out, k)
			}
		}
		sort.Strings(out)
		return out
	}
	x, y := own(a), own(b)
	return len(x) > 0 && len(y) > 0 && sharedCount(x, y) == 0
}

// namesAlike tells whether the sentences of two figures name the same, or
// what one names the other article names somewhere, or neither names
// anything.
//
// Names that speak in the sentence (Verdi spricht von 85 Stellen) give
// the figure a voice, not a subject: they are left out.
func namesAlike(a, b *fig, artEnts [][]string) bool {
	as, bs := without(a.sent, a.voices), without(b.sent, b.voices)
	switch {
	case len(as) > 0 && len(bs) > 0:
		return shareKey(as, bs)
	case len(as) > 0:
		return shareKey(as, artEnts[b.art])
	case len(bs) > 0:
		return shareKey(bs, artEnts[a.art])
	}
	return true
}

// without returns list without the strings of drop (list itself when drop
// is empty).
func without(list, drop []string) []string {
	if len(drop) == 0 {
		return list
	}
	var out []string
	for _, s := range list {
		if !contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

// sentenceText is the sentence of a figure: from the body when there is
// one, else from Texts, else the evidence of the claim that carries it,
// else "".
func sentenceText(a *Article, sentence, start, end int) string {
	for _, s := range a.Sentences {
		if s.Index == sentence && s.Start >= 0 && s.End <= len(a.Body) && s.Start < s.End {
			return a.Body[s.Start:s.End]
		}
	}
	if t, ok := a.Texts[sentence]; ok {
		return t
	}
	for i := range a.Claims {
		if c := &a.Claims[i]; c.Start <= start && end <= c.End {
			return c.Evidence
		}
	}
	return ""
}

// remainderOf tells whether a sentence speaks of the rest of a whole: "die
// übrigen Bewerber", "die restlichen Stimmen" (lists/remainder.txt). The
// word is an adjective, written in lower case except at the start: "Im
// Übrigen" (besides) is none.
func remainderOf(s string) bool {
	rest := theRemainders()
	for i, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		low := strings.ToLower(w)
		if rest[low] && (i == 0 || w == low) {
			return true
		}
	}
	return false
}

// hasWord tells whether one of the words of s is in the set.
func hasWord(s string, set map[string]bool) bool {
	for w := range eachWord(s) {
		if set[w] {
			return true
		}
	}
	return false
}

var theUpdates = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/update.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

var theScopes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/scope.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// theAdditives holds the words and two-word phrases of lists/additive.txt,
// a phrase as its two words joined by a space.
var theAdditives = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/additive.txt") {
		m[strings.Join(strings.Fields(strings.ToLower(w)), " ")] = true
	}
	return m
})

// additiveReach is how many words before a figure a word like "weitere"
// must stand to make it an addition ("noch einmal 30 Millionen Dosen", not
// "14 ihrer 38 Geschäftsstellen ..., sechs weitere").
const additiveReach = 4

// before returns the n words of sentence before the first place it holds
// the figure text, or "" when it does not hold it.
func before(sentence, figure string, n int) string {
	i := strings.Index(sentence, figure)
	if figure == "" || i < 0 {
		return ""
	}
	f := strings.Fields(sentence[:i])
	return strings.Join(f[max(0, len(f)-n):], " ")
}

// hasPhrase tells whether s holds one of the words, or two words in a row,
// of the set.
func hasPhrase(s string, set map[string]bool) bool {
	prev := ""
	for w := range eachWord(s) {
		if set[w] || prev != "" && set[prev+" "+w] {
			return true
		}
		prev = w
	}
	return false
}

var theContrasts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/contrast.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// contrastReach is how many sentences apart two figures of one article may
// stand and still be set against each other.
const contrastReach = 2

// toldAgainst tells whether two figures of one article are told as two
// values of one measure: close together (contrastReach), one of them set
// against the other by a word like sogar, dagegen or nur. Else two values
// in one article are two measures: two places, two groups, two days of a
// live blog.
func toldAgainst(a, b *fig) bool {
	d := a.f.Sentence - b.f.Sentence
	return d >= -contrastReach && d <= contrastReach && (a.contrast || b.contrast)
}

var theRemainders = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readList("lists/remainder.txt") {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
})

// supposes tells whether a sentence supposes rather than reports: a
// condition (wenn, falls) or a verb in Konjunktiv II (würde, müsste,
// könnte, hätte, wäre).
func supposes(s string) bool {
	for w := range eachWord(s) {
		switch w {
		case "wenn", "falls", "sofern", "würde", "würden", "müsste", "müssten", "könnte", "könnten",
			"hätte", "hätten", "wäre", "wären", "sollte", "sollten", "dürfte", "dürften":
			return true
		}
	}
	return false
}

// surveyReach is how many sentences back a figure takes the source of the
// poll or survey last named ("In einer Umfrage des Instituts X ... Y kommt
// auf 31 Prozent").
const surveyReach = 2

// surveyWindow is how far, in bytes, after a survey noun the organisation
// that made it is looked for (Umfrage des Meinungsforschungsinstituts X im
// Auftrag von Y).
const surveyWindow = 80

// surveySources returns, by sentence index, the sorted keys of the
// organisations named right after a survey noun of the sentence (Umfrage,
// Studie, Erhebung, ...): who made the measurement the sentence reports.
// It needs the body; without one it returns nothing.
func surveySources(a *Article, al *aliases) map[int][]string {
	if a.Body == "" || len(a.Sentences) == 0 {
		return nil
	}
	// Only the survey nouns the article holds at all (most hold none):
	// each sentence lower-cased is a part of the body lower-cased.
	body := strings.ToLower(a.Body)
	var words []string
	for _, w := range theLexicon().surveys {
		if strings.Contains(body, w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil
	}
	var out map[int][]string
	for _, sent := range a.Sentences {
		if sent.Start < 0 || sent.End > len(a.Body) || sent.Start >= sent.End {
			continue
		}
		text := strings.ToLower(a.Body[sent.Start:sent.End])
		var at []int
		for _, w := range words {
			for off := 0; ; {
				i := strings.Index(text[off:], w)
				if i < 0 {
					break
				}
				at = append(at, sent.Start+off+i)
				off += i + len(w)
			}
		}
		if len(at) == 0 {
			continue
		}
		var src []string
		for _, e := range a.Entities {
			if e.Sentence != sent.Index || e.Type != fact.ORG {
				continue
			}
			for _, p := range at {
				if e.Start > p && e.Start-p <= surveyWindow {
					if k := al.key(e.Name); k != "" {
						src = appendUnique(src, k)
					}
					break
				}
			}
		}
		if len(src) > 0 {
			sort.Strings(src)
			if out == nil {
				out = map[int][]string{}
			}
			out[sent.Index] = src
		}
	}
	return out
}

// otherSurveys tells whether two figures come from measurements that
// different sources made: two polls, two studies, two counts.
func otherSurveys(a, b *fig) bool {
	return len(a.survey) > 0 && len(b.survey) > 0 && sharedCount(a.survey, b.survey) == 0
}

// topOf returns the most named entities of each article, at most topEntities.
func topOf(arts []Article, al *aliases) [][]string {
	out := make([][]string, len(arts))
	for i := range arts {
		counts := map[string]int{}
		for _, e := range arts[i].Entities {
			if k := al.key(e.Name); k != "" && !al.common[k] {
				counts[k]++
			}
		}
		top := make([]string, 0, len(counts))
		for k := range counts {
			top = append(top, k)
		}
		sort.Slice(top, func(a, b int) bool {
			if counts[top[a]] != counts[top[b]] {
				return counts[top[a]] > counts[top[b]]
			}
			return top[a] < top[b]
		})
		if len(top) > topEntities {
			top = top[:topEntities]
		}
		out[i] = top
	}
	return out
}

// articleEntities returns the sorted canonical entity keys of each article,
// common keys left out: nil for an article that names no entity at all, an
// empty list for one that names only common ones.
func articleEntities(arts []Article, al *aliases) [][]string {
	out := make([][]string, len(arts))
	for i := range arts {
		if len(arts[i].Entities) > 0 {
			out[i] = []string{}
		}
		seen := map[string]bool{}
		for _, e := range arts[i].Entities {
			if k := al.key(e.Name); k != "" && !seen[k] && !al.common[k] {
				seen[k] = true
				out[i] = append(out[i], k)
			}
		}
		sort.Strings(out[i])
	}
	return out
}

// sharedCount counts the strings two sorted lists share.
func sharedCount(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// aboutMatch tells whether two figures measure the same thing: at least half
// of the words of the shorter description match, where a word may also be
// the first part of a compound ("aktie" of "aktienkurs").
func aboutMatch(a, b []string) bool {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if wordsMatch(x, y) || compoundModifier(x, y) {
				n++
				break
			}
		}
	}
	small := min(len(a), len(b))
	return n > 0 && 2*n >= small
}

func compoundModifier(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a)
}

// sameMeasure tells whether two figures measure the same thing at the same
// time: same unit class and direction, dates that agree, what they measure
// alike, and the same story: an entity of both sentences, or two entities
// the articles share, or (for articles hardly naming anyone) nothing that
// tells them apart.
func sameMeasure(a, b *fig, artEnts [][]string) bool {
	if a.class != b.class || a.f.Direction != b.f.Direction {
		return false
	}
	if a.explicit && b.explicit {
		if !a.when.near(b.when, 0) {
			return false
		}
	} else if !a.pub.near(b.pub, a.window()) {
		return false
	}
	if a.explicit != b.explicit && otherDay(a, b) {
		return false // "am Donnerstag 5.397" against "zuletzt mehr als 5.800" told on another day
	}
	if a.forecast != b.forecast {
		return false // a forecast or an expectation against a value reported
	}
	if a.target != b.target {
		return false // 22 Schließungen bis 2028 against 14 now
	}
	sameKey := a.measure != "" && a.measure == b.measure
	switch {
	case a.art == b.art && a.measure != "" && b.measure != "":
		// Within one article two words are two measures (Todesfälle and
		// Fälle, Besatzung an Bord and Besatzung infiziert).
		if !sameKey {
			return false
		}
	case !sameKey && !aboutMatch(a.about, b.about):
		// Across articles a compound may name its head's measure
		// (Lehrerstellen, Stellen).
		return false
	}
	if otherSubjects(a, b) || a.remainder != b.remainder || a.scoped != b.scoped || a.additive != b.additive ||
		a.rate != b.rate || a.past != b.past || otherPlaces(a, b) {
		return false
	}
	if (generic(a.about) || generic(b.about)) && a.text != "" && b.text != "" &&
		!sharesWord(a.otherWords(), b.otherWords()) {
		return false // 56.546 Menschen gestorben, 65.000 Menschen warten auf einen Termin
	}
	if a.art == b.art || shareKey(a.sent, b.sent) {
		return true
	}
	return relatedArticles(artEnts[a.art], artEnts[b.art])
}

func figureFindings(arts []Article, al *aliases) []fact.Finding {
	artEnts := articleEntities(arts, al)
	figs := buildFigs(arts, al, artEnts)
	parties := partyKeys(arts, al)
	blocks := map[blockKey][]int32{}
	for i := range figs {
		g := &figs[i]
		w := g.pub
		if w.ok {
			w.from -= g.window()
			w.to += g.window()
		}
		buckets := w.buckets(bucketDays)
		for _, e := range g.ents {
			fb := figureBlock(g, e)
			for _, b := range buckets {
				k := blockKey{fb, b}
				blocks[k] = append(blocks[k], int32(i))
			}
		}
	}
	spreadUndated(blocks)
	keys := make([]blockKey, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].entity != keys[j].entity {
			return keys[i].entity < keys[j].entity
		}
		return keys[i].bucket < keys[j].bucket
	})
	rare := rareEntities(artEnts)
	byArt := map[int][]int{}
	for i := range figs {
		byArt[figs[i].art] = append(byArt[figs[i].art], i)
	}
	seen := map[pairKey]bool{}
	var cands []figCand
	uf := newUnionFind(len(figs))
	var out []fact.Finding
	done := map[string]bool{}
	// compare holds two figures of block k against each other; entity is
	// the entity of k (all members of a block share unit class and
	// direction).
	compare := func(i, j int, k blockKey, entity string) {
		pr := mkPair(i, j)
		a, b := &figs[pr.a], &figs[pr.b]
		if a.pub.ok && b.pub.ok {
			// Dated pairs meet in many blocks: take them in one, the block of
			// their smallest shared entity and first shared bucket.
			if !a.pub.near(b.pub, a.window()) || !canonicalBlock(a, b, k.bucket, entity) {
				return
			}
		} else {
			if seen[pr] {
				return
			}
			seen[pr] = true
		}
		if a.denied != b.denied {
			return // a figure someone denies neither confirms nor disputes one asserted
		}
		if a.art == b.art {
			// Within one article only two voices giving two values count:
			// figures in other sentences are mostly other measures.
			if a.f.Sentence == b.f.Sentence || a.speaker == "" || b.speaker == "" || a.speaker == b.speaker ||
				!isParty(parties, a) || !isParty(parties, b) {
				return
			}
		} else if unit(&arts[a.art]) == unit(&arts[b.art]) || sameOutlet(&arts[a.art], &arts[b.art]) {
			return // copies, or one outlet updating its own figure
		}
		if !sameMeasure(a, b, artEnts) {
			// The same distinctive value (4,45 Millionen Euro, rund 64.000) in
			// two articles of one story is one fact, whatever the extractor
			// took it to measure: a corroboration, never a discrepancy.
			if a.art != b.art && sameValue(a, b) && distinctive(a.f) && a.pub.near(b.pub, figureWindow) &&
				(shareKey(a.sent, b.sent) || relatedArticles(artEnts[a.art], artEnts[b.art])) {
				uf.union(int(pr.a), int(pr.b))
			}
			return
		}
		if otherSurveys(a, b) {
			return // two polls or studies: their figures are two measurements
		}
		if a.threshold || b.threshold || a.limit || b.limit {
			return // Menschen über 80 Jahre: a bound of a group, no measure
		}
		f, agree := compareFigures(arts, a, b)
		if f != nil && !agree && a.art != b.art && (holdsValue(figs, byArt[a.art], b.f.Value, a) ||
			holdsValue(figs, byArt[b.art], a.f.Value, b) || mentions(a.text, a.f.Text, b.f.Value, a.class == fact.UnitPercent) ||
			mentions(b.text, b.f.Text, a.f.Value, a.class == fact.UnitPercent)) {
			// One article gives both values in one voice (nur 485.550 statt
			// 667.875 Dosen): it agrees with the other on that value, and its
			// figure is another measure.
			return
		}
		if f != nil && (a.supposed || b.supposed) {
			return // a value supposed (müssten 6.000 versorgen) disputes none reported
		}
		if f != nil && a.art != b.art && small(a.f) && small(b.f) && !shareKey(a.sent, b.sent) &&
			a.pub.exact() && b.pub.exact() && a.pub.from != b.pub.from {
			// drei Menschen in Kuwait, zwei auf Teneriffa, told on two days:
			// small counts are everywhere.
			return
		}
		if f != nil && a.art != b.art && !oneStory(artEnts[a.art], artEnts[b.art]) && !shareKey(rare[a.art], rare[b.art]) {
			// Real news gives many values of one noun a day (Fälle,
			// Menschen, Prozent): a discrepancy needs two articles of one
			// story, sharing a fair part of their names or a name few
			// articles carry.
			return
		}
		if f != nil && a.art != b.art && !namesAlike(a, b, artEnts) {
			// Across articles a discrepancy needs what one sentence names
			// named by the other article too (365 Fälle im Kreis Heinsberg,
			// 2.500 Mers-Fälle weltweit).
			return
		}
		if agree && a.art != b.art {
			if telling(a.f) {
				uf.union(int(pr.a), int(pr.b))
			}
			return
		}
		if f == nil {
			return
		}
		if a.art == b.art && !toldAgainst(a, b) {
			return
		}
		if a.art != b.art && a.text != "" && b.text != "" && !sharesWord(a.otherWords(), b.otherWords()) &&
			f.Severity != fact.SeverityLow {
			// Nothing of the two sentences is told alike but the noun: real
			// news gives many values of one noun (Fälle, Menschen, Prozent).
			f.Severity = fact.SeverityLow
			f.Explanation = strings.TrimSuffix(f.Explanation, ".") + "; the sentences share no other word."
		}
		cands = append(cands, figCand{a: int(pr.a), b: int(pr.b), f: *f,
			exact: strings.Join(a.about, " ") == strings.Join(b.about, " "), ratio: valueRatio(a.f, b.f)})
	}
	for _, k := range keys {
		members := blocks[k]
		entity, _, _ := strings.Cut(k.entity, "\x00")
		if len(members) <= smallBlock {
			for x := 0; x < len(members); x++ {
				for y := x + 1; y < len(members); y++ {
					compare(int(members[x]), int(members[y]), k, entity)
				}
			}
			continue
		}
		posting := map[string][]int32{}
		for _, m := range members {
			for _, s := range figs[m].about {
				posting[s] = append(posting[s], m)
			}
		}
		ws := make([]string, 0, len(posting))
		for w := range posting {
			ws = append(ws, w)
		}
		sort.Strings(ws)
		for _, w := range ws {
			list := posting[w]
			if len(list) > maxPosting {
				continue
			}
			for x := 0; x < len(list); x++ {
				for y := x + 1; y < len(list); y++ {
					compare(int(list[x]), int(list[y]), k, entity)
				}
			}
		}
	}
	// One finding per figure and per measure of two articles: the pair
	// that measures most alike, then the closest values (rund 60 Stellen
	// against 85 Stellen, not against 38 Geschäftsstellen).
	sort.SliceStable(cands, func(i, j int) bool {
		x, y := &cands[i], &cands[j]
		if x.exact != y.exact {
			return x.exact
		}
		if x.ratio != y.ratio {
			return x.ratio < y.ratio
		}
		return x.f.ID < y.f.ID
	})
	used := map[[2]int]bool{} // a figure against the figures of one other article
	for _, c := range cands {
		a, b := &figs[c.a], &figs[c.b]
		key := unit(&arts[a.art]) + "|" + unit(&arts[b.art]) + "|" + strings.Join(a.about, " ")
		ua, ub := [2]int{c.a, b.art}, [2]int{c.b, a.art}
		if used[ua] || used[ub] || done[key] {
			continue
		}
		used[ua], used[ub], done[key] = true, true, true
		out = append(out, c.f)
	}
	out = append(out, figureCorroborations(arts, figs, uf)...)
	out = append(out, unitConflicts(arts, figs, artEnts)...)
	return out
}

// compareFigures holds two figures of one measure against each other. It
// returns agree when they give the same value in the same unit, and a
// discrepancy finding when they disagree in a way worth telling.
func compareFigures(arts []Article, a, b *fig) (*fact.Finding, bool) {
	va, vb := math.Abs(a.f.Value), math.Abs(b.f.Value)
	if va == 0 || vb == 0 {
		return nil, false
	}
	ratio := math.Max(va, vb) / math.Min(va, vb)
	about := a.f.About
	if about == "" {
		about = a.f.Noun
	}
	sides := []fact.Side{figureSide(arts, a), figureSide(arts, b)}
	if a.f.Unit != b.f.Unit { // two currencies
		if ratio > 1.01 {
			return nil, false
		}
		expl := fmt.Sprintf("The same amount, %s, is given in %s in one article and in %s in another.",
			formatValue(a.f.Value), a.f.Unit, b.f.Unit)
		f := newFinding(fact.Discrepancy, fact.SeverityMedium, shorten(about, 80), expl, sides)
		return &f, false
	}
	if a.f.Unit == fact.UnitPercent && (va == 100 || vb == 100) {
		return nil, false // "zu 100 Prozent", "hundert Prozent": all, a manner of speaking more than a measure
	}
	rel := ratio - 1
	tol := 0.005
	ah, bh := *a.f, *b.f
	ah.Hedge, bh.Hedge = a.hedge, b.hedge
	if hedgeKind(ah.Hedge) == "approx" || hedgeKind(bh.Hedge) == "approx" {
		tol = 0.03
	}
	if rel <= tol {
		return nil, true
	}
	if ratio > maxRatio {
		return nil, false // too far apart to be one measure told two ways
	}
	alo, ahi := figures.Bounds(ah)
	blo, bhi := figures.Bounds(bh)
	peak := figures.Peak(ah) != figures.Peak(bh)
	if alo <= bhi && blo <= ahi && !peak {
		return nil, false // the hedges allow both (mehr als 400, 425)
	}
	if (a.update || b.update) && a.pub.exact() && b.pub.exact() && a.pub.from != b.pub.from {
		return nil, false // "inzwischen zwölf" on another day: the figure moved, as the sentence says
	}
	sev := fact.SeverityHigh
	hedged := ah.Hedge != "" || bh.Hedge != ""
	switch {
	case peak || (a.lo <= b.hi && b.lo <= a.hi):
		sev = fact.SeverityLow // a peak against a usual value, or the hedges can explain the difference
	case !a.explicit && !b.explicit && a.pub.exact() && b.pub.exact() && a.pub.from != b.pub.from:
		sev = fact.SeverityLow // given on different days: the figure may have moved
	case hedged || rel <= 0.25:
		sev = fact.SeverityMedium
	}
	why := ""
	switch {
	case peak:
		why = "; one is a peak reached for a while"
	case a.lo <= b.hi && b.lo <= a.hi:
		why = "; the hedges allow part of the difference"
	case sev == fact.SeverityLow:
		why = "; given on different days, the figure may have moved"
	}
	expl := fmt.Sprintf("%s against %s for the same measure%s.", figureWords(a.f), figureWords(b.f), why)
	f := newFinding(fact.Discrepancy, sev, shorten(about, 80), expl, sides)
	return &f, false
}

func hedgeKind(h string) string {
	return theLexicon().hedges[strings.ToLower(strings.TrimSpace(h))]
}

func figureWords(f *fact.Figure) string {
	s := formatValue(f.Value) + " " + unitWord(f.Unit)
	if f.Hedge != "" {
		s = f.Hedge + " " + s
	}
	return strings.TrimSpace(s)
}

func unitWord(u string) string {
	switch u {
	case fact.UnitPercent:
		return "percent"
	case fact.UnitPoints:
		return "percentage points"
	case fact.UnitCount:
		return ""
	}
	return u
}

func formatValue(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e9 && math.Mod(a, 1e7) == 0:
		return strconv.FormatFloat(v/1e9, 'f', -1, 64) + " billion"
	case a >= 1e6 && math.Mod(a, 1e4) == 0:
		return strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// figureSide is the side of a finding that one figure makes: the claim that
// carries it when there is one, else the sentence (or the figure's text).
func figureSide(arts []Article, g *fig) fact.Side {
	a := &arts[g.art]
	v := g.f.Value
	s := fact.Side{
		Article: a.ID, Outlet: a.Outlet, Speaker: a.Outlet, Stance: fact.Asserts,
		Evidence: g.f.Text, Start: g.f.Start, End: g.f.End,
		Value: &v, Unit: g.f.Unit, Hedge: g.f.Hedge,
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Start <= g.f.Start && g.f.End <= c.End {
			s.Speaker, s.Stance, s.Claim = c.Speaker, c.Stance, c.ID
			s.Evidence, s.Start, s.End = c.Evidence, c.Start, c.End
			return s
		}
	}
	for _, sent := range a.Sentences {
		if sent.Index == g.f.Sentence && sent.Start >= 0 && sent.End <= len(a.Body) && sent.Start < sent.End {
			s.Evidence, s.Start, s.End = a.Body[sent.Start:sent.End], sent.Start, sent.End
			break
		}
	}
	return s
}

// figureCorroborations reports figures given alike by independent sources.
func figureCorroborations(arts []Article, figs []fig, uf unionFind) []fact.Finding {
	groups, roots := uf.groups(len(figs))
	var out []fact.Finding
	for _, r := range roots {
		g := groups[r]
		sources, units := bySource(arts, g, func(i int) string { return figs[i].source }, func(i int) int { return figs[i].art })
		sources = uncopied(sources, func(i int) string { return figureSentence(arts, &figs[i]) })
		if len(sources) < 2 || units < 2 {
			continue
		}
		var sides []fact.Side
		for _, i := range sources {
			if len(sides) == maxSides {
				break
			}
			sides = append(sides, figureSide(arts, &figs[i]))
		}
		first := figs[g[0]].f
		about := first.About
		if about == "" {
			about = first.Noun
		}
		expl := fmt.Sprintf("%d articles from %d independent sources give %s.", units, len(sources), figureWords(first))
		out = append(out, newFinding(fact.Corroboration, fact.SeverityInfo, shorten(about, 80), expl, sides))
	}
	return out
}

// small tells whether a figure is a count below ten.
func small(f *fact.Figure) bool {
	return f.Unit == fact.UnitCount && math.Abs(f.Value) < 10
}

// telling tells whether a value said alike by two sources is worth telling
// as a corroboration: not a small count (zwei Lager, fünf Personen, found
// alike everywhere; vier Jahre Sperre is a finding) nor a round power of ten (pro 100.000 Einwohner,
// a scale rather than a finding).
func telling(f *fact.Figure) bool {
	v := math.Abs(f.Value)
	if f.Unit == fact.UnitCount && v == math.Trunc(v) && v < 10 {
		return false
	}
	if v >= 100 && v == math.Trunc(v) {
		l := math.Log10(v)
		if l == math.Trunc(l) {
			return false
		}
	}
	return true
}

// figureSentence is the sentence of a figure as far as it is known: its
// claim or body sentence, else its text from Article.Texts (articles read
// from a store without their body), else the figure's own text.
func figureSentence(arts []Article, g *fig) string {
	side := figureSide(arts, g)
	if side.Evidence != g.f.Text {
		return side.Evidence
	}
	if t, ok := arts[g.art].Texts[g.f.Sentence]; ok {
		return t
	}
	return side.Evidence
}

// sameOutlet tells whether two articles come from one named outlet.
func sameOutlet(a, b *Article) bool {
	return a.outlet != "" && a.outlet == b.outlet
}

// sameValue tells whether two figures give one value in one unit.
func sameValue(a, b *fig) bool {
	if a.f.Unit != b.f.Unit || a.f.Value == 0 {
		return false
	}
	return math.Abs(a.f.Value-b.f.Value) <= 0.005*math.Abs(a.f.Value)
}

// distinctive tells whether a value is unlikely to recur by chance in one
// story: a count or amount of a thousand or more with two significant
// digits or more, or a value with decimals.
func distinctive(f *fact.Figure) bool {
	v := math.Abs(f.Value)
	if v != math.Trunc(v) {
		return true
	}
	if v < 1000 {
		return false
	}
	lead := v / math.Pow(10, math.Floor(math.Log10(v)))
	return math.Abs(lead-math.Round(lead)) > 1e-9 // 2 Millionen, 30.000: one digit and zeros recur
}

// figureBlock is the block key of a figure under entity e.
func figureBlock(g *fig, e string) string {
	return e + "\x00" + g.class + "\x00" + g.f.Direction
}

// canonicalBlock tells whether the block of entity and bucket (of the unit
// class and direction of the two figures) is the one in which two dated
// figures are compared: their smallest shared entity, and the first bucket
// both reach.
func canonicalBlock(a, b *fig, bucket int, entity string) bool {
	e := ""
	for _, x := range a.ents {
		if (e == "" || x < e) && contains(b.ents, x) {
			e = x
		}
	}
	lo := max(floorDiv(a.pub.from-a.window(), bucketDays), floorDiv(b.pub.from-b.window(), bucketDays))
	return e != "" && e == entity && lo == bucket
}

// otherPlaces tells whether the sentences of two figures name places and
// none in common: 47 Millionen Einwohner in Spanien, 83 Millionen in
// Deutschland; cases in a state and in the whole country.
func otherPlaces(a, b *fig) bool {
	return len(a.places) > 0 && len(b.places) > 0 && sharedCount(a.places, b.places) == 0
}

// Rare entities block the figures of a story together: a name few
// articles carry (a festival's company, a small town's zoo) tells the
// story better than the names its articles name most, which differ from
// outlet to outlet.
const (
	rareArticles = 20 // a name in at most this many articles is rare
	rarePerArt   = 6  // at most this many rare names of one article block its figures
)

// rareEntities returns, by article, its rarest names (artEnts keys) that
// at most rareArticles articles carry and at least one other does, the
// rarest first, at most rarePerArt.
func rareEntities(artEnts [][]string) [][]string {
	df := map[string]int{}
	for _, ks := range artEnts {
		for _, k := range ks {
			df[k]++
		}
	}
	out := make([][]string, len(artEnts))
	for i, ks := range artEnts {
		var r []string
		for _, k := range ks {
			if n := df[k]; n >= 2 && n <= rareArticles {
				r = append(r, k)
			}
		}
		sort.SliceStable(r, func(x, y int) bool { return df[r[x]] < df[r[y]] })
		if len(r) > rarePerArt {
			r = r[:rarePerArt]
		}
		out[i] = r
	}
	return out
}

// figCand is a discrepancy found between two figures (indices), before
// the one-to-one choice of figureFindings.
type figCand struct {
	a, b  int
	f     fact.Finding
	exact bool    // the figures measure the same words
	ratio float64 // larger value over the smaller
}

// valueRatio is the larger of two values over the smaller (1 when one is 0).
func valueRatio(a, b *fact.Figure) float64 {
	va, vb := math.Abs(a.Value), math.Abs(b.Value)
	if va == 0 || vb == 0 {
		return 1
	}
	return math.Max(va, vb) / math.Min(va, vb)
}

// planAhead is how many days after an article's publication a date that
// ends a period ("bis 2028") must start for a figure of its sentence to be
// a target rather than the state of things.
const planAhead = 31

// targetOf tells whether the sentence of a figure gives it for a period
// ending well after publication: "22 Filialschließungen bis 2028", "bis
// Ende 2030 sollen 500 Windräder stehen".
func targetOf(sentence string, dates []fact.Date, pub span) bool {
	if !pub.ok {
		return false
	}
	for i := range dates {
		d := &dates[i]
		sp := parseSpan(d.Value)
		if d.Vague || !sp.ok || sp.from <= pub.to+planAhead {
			continue
		}
		if j := strings.Index(sentence, d.Text); d.Text != "" && j >= 0 && dateRole(sentence, j) == "until" {
			return true
		}
	}
	return false
}

// moneyWindow is how many days apart two articles may give an amount of
// money and still speak of one: a cost, a budget or a salary stays as it is
// for weeks, unlike a count of cases (figureWindow).
const moneyWindow = 10

// window is how many days apart the figure and another of its unit class
// may be published and still be compared.
func (g *fig) window() int {
	if g.class == "money" {
		return moneyWindow
	}
	return figureWindow
}

// otherDay tells whether of two figures, one dated to a day in its own
// sentence and the other not, the dated one speaks of a day more than one
// day before the other's publication: real news gives a count of each day,
// and the undated one tells the latest.
func otherDay(a, b *fig) bool {
	if b.explicit {
		a, b = b, a
	}
	if !a.when.exact() || !b.pub.exact() {
		return false
	}
	return a.when.from < b.pub.from-1
}

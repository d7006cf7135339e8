package check

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/fact"
)

// The story-level linker: a second way to find contradictions, beside the
// one that lines up subject, predicate and object. Real denials rarely
// repeat the wording of what they deny: "Eine Lösegeldforderung liegt uns
// nicht vor" denies "die Täter haben zwei Millionen Euro gefordert". Within
// the blocks of the claim linker (shared entities, a time window), a
// negated or denying statement is held against the asserted and reported
// statements of other speakers by their content words: nouns split into
// their compound parts, verbs by their stems and infinitives, a noun in
// -ung also by its verb (Forderung, fordern), each weighted by how rare it
// is across the articles (IDF). When most of what the denial says is in
// the other statement, the two contradict each other.

// Tuning of the story-level linker, chosen on testdata/stories and
// testdata/stories-dev2.
const (
	storyCover     = 0.6 // share of the denial's weighted content the other statement must hold
	storyMinParts  = 2   // content parts of the denial found in the other statement, at least
	storyMinWeight = 3.0 // their weight (IDF), at least
	storyMaxParts  = 14  // a denial saying more than this many things is no single denial
	storyMaxPost   = 400 // a content key in more claims of one block says nothing
)

// storyPart is one content part of a statement: a word, or one part of a
// compound, with the keys it matches by (its stem, and the stem of the verb
// of a noun in -ung) and whether it is a noun.
type storyPart struct {
	keys []int32
	noun bool
	must bool // a word the negation scopes ("kein verhandlungsfähiges Angebot"): the other side must name it
}

// storyBag is what the story-level linker compares of one claim.
type storyBag struct {
	role  int8        // roleNone, roleDenial or roleAssertion
	parts []storyPart // the denial's content (denials only)
	keys  []int32     // every key of the content, sorted (assertions and denials)
}

const (
	roleNone int8 = iota
	roleDenial
	roleAssertion
)

// storyWords are the lists the story-level linker reads, loaded once.
type storyWords struct {
	denials   map[string]bool // stems of denial words
	declining map[string]bool // stems of words that decline to speak
	light     map[string]bool // stems of light verbs
	saying    map[string]bool // stems of saying words
}

var (
	storyOnce sync.Once
	storyLex  *storyWords
)

func theStoryWords() *storyWords {
	storyOnce.Do(func() {
		load := func(name string) map[string]bool {
			m := map[string]bool{}
			for _, w := range readList(name) {
				w = strings.ToLower(strings.TrimSpace(w))
				m[w] = true
				m[stem(w)] = true
			}
			return m
		}
		storyLex = &storyWords{
			denials:   load("lists/denials.txt"),
			declining: load("lists/declining.txt"),
			light:     load("lists/light.txt"),
			saying:    load("lists/saying.txt"),
		}
	})
	return storyLex
}

// interner numbers strings; safe for concurrent use.
type interner struct {
	mu  sync.Mutex
	ids map[string]int32
}

func (in *interner) id(s string) int32 {
	in.mu.Lock()
	defer in.mu.Unlock()
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := int32(len(in.ids))
	in.ids[s] = id
	return id
}

// storyContradictions finds the contradictions of the story-level linker:
// pairs of a denial and an assertion or report of another speaker, in one
// article or in related articles of one block, whose content words overlap
// enough. Pairs that the claim linker already reported (the same articles
// and speakers) are left out.
func storyContradictions(arts []Article, props []prop, artEnts [][]string, found []fact.Finding) []fact.Finding {
	in := &interner{ids: map[string]int32{}}
	bags := make([]storyBag, len(props))
	// Props are in article order (buildProps): find each article's first.
	first := make([]int, len(arts)+1)
	for i := range props {
		first[props[i].art+1]++
	}
	for ai := 1; ai <= len(arts); ai++ {
		first[ai] += first[ai-1]
	}
	parallel(len(arts), func(ai int) {
		for i := first[ai]; i < first[ai+1]; i++ {
			bags[i] = makeStoryBag(&props[i], in)
		}
	})
	// How rare each key is: the number of articles it occurs in.
	df := make([]int32, len(in.ids))
	for ai := range arts {
		seen := map[int32]bool{}
		for i := first[ai]; i < first[ai+1]; i++ {
			for _, k := range bags[i].keys {
				if !seen[k] {
					seen[k] = true
					df[k]++
				}
			}
		}
	}
	n := float64(len(arts))
	idf := func(k int32) float64 { return math.Log(1 + n/float64(max(df[k], 1))) }

	done := map[string]bool{}
	for _, f := range found {
		if f.Kind == fact.Contradiction && len(f.Sides) == 2 {
			done[storyKey(f.Sides[0].Article, f.Sides[1].Article, "", "")] = true
		}
	}
	type hit struct {
		pos, neg int
		score    float64
	}
	best := map[string]hit{}
	blocks := claimBlocks(props)
	keys := make([]blockKey, 0, len(blocks))
	for k, m := range blocks {
		if len(m) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].entity != keys[j].entity {
			return keys[i].entity < keys[j].entity
		}
		return keys[i].bucket < keys[j].bucket
	})
	visited := map[pairKey]bool{}
	posting := map[int32][]int32{}
	cand := map[int32]bool{}
	for _, bk := range keys {
		members := blocks[bk]
		var negs []int32
		clear(posting)
		for _, m := range members {
			switch bags[m].role {
			case roleDenial:
				negs = append(negs, m)
			case roleAssertion:
				for _, k := range bags[m].keys {
					posting[k] = append(posting[k], m)
				}
			}
		}
		for _, x := range negs {
			clear(cand)
			for _, pt := range bags[x].parts {
				for _, k := range pt.keys {
					if l := posting[k]; len(l) <= storyMaxPost {
						for _, y := range l {
							cand[y] = true
						}
					}
				}
			}
			ys := make([]int32, 0, len(cand))
			for y := range cand {
				ys = append(ys, y)
			}
			slices.Sort(ys)
			for _, y := range ys {
				pr := pairKey{x, y}
				if visited[pr] {
					continue
				}
				visited[pr] = true
				d, a := &props[x], &props[y]
				if !storyPair(arts, d, a, artEnts) {
					continue
				}
				score, ok := storyScore(&bags[x], &bags[y], idf)
				if !ok {
					continue
				}
				ua, ud := unit(&arts[a.art]), unit(&arts[d.art])
				if done[storyKey(arts[a.art].ID, arts[d.art].ID, "", "")] {
					continue
				}
				key := storyKey(ua, ud, a.speaker, d.speaker)
				if h, seen := best[key]; !seen || score > h.score || (score == h.score && pairLess(props, int(y), int(x), h.pos, h.neg)) {
					best[key] = hit{int(y), int(x), score}
				}
			}
		}
	}
	out := make([]fact.Finding, 0, len(best))
	for _, h := range best {
		out = append(out, storyFinding(arts, props, h.pos, h.neg))
	}
	return out
}

// storyKey names a pair of sides in either order.
func storyKey(a, b, sa, sb string) string {
	if a > b || (a == b && sa > sb) {
		a, b, sa, sb = b, a, sb, sa
	}
	return a + "|" + b + "|" + sa + "|" + sb
}

// storyPair tells whether a denial d and a statement a may contradict each
// other at all: two speakers, both named, in one article or in related
// articles within the window.
func storyPair(arts []Article, d, a *prop, artEnts [][]string) bool {
	if d.claim == a.claim || d.speaker == "" || a.speaker == "" || d.speaker == a.speaker {
		return false
	}
	if normName(a.claim.Speaker) == normName(d.claim.Speaker) {
		return false
	}
	if d.art == a.art {
		return true
	}
	if !d.when.near(a.when, claimWindow) {
		return false
	}
	return relatedArticles(artEnts[d.art], artEnts[a.art])
}

// storyScore weighs how much of the denial's content the statement holds.
func storyScore(d, a *storyBag, idf func(int32) float64) (float64, bool) {
	total, got := 0.0, 0.0
	parts, nouns := 0, 0
	for _, pt := range d.parts {
		w := 0.0
		for _, k := range pt.keys {
			w = max(w, idf(k))
		}
		total += w
		hit := false
		for _, k := range pt.keys {
			if _, ok := slices.BinarySearch(a.keys, k); ok {
				hit = true
				break
			}
		}
		if !hit {
			if pt.must {
				return 0, false
			}
			continue
		}
		got += w
		parts++
		if pt.noun {
			nouns++
		}
	}
	if total == 0 || parts < storyMinParts || nouns == 0 || got < storyMinWeight || got/total < storyCover {
		return 0, false
	}
	return got / total, true
}

// makeStoryBag works out the role and content of one claim.
func makeStoryBag(p *prop, in *interner) storyBag {
	c := p.claim
	if supposing(c.Evidence) {
		return storyBag{}
	}
	skip := map[string]bool{}
	for _, w := range words(c.Speaker + " " + c.SpeakerOf + " " + c.Cue) {
		skip[stem(w)] = true
	}
	var b storyBag
	switch {
	case p.neg || c.Stance == fact.Denies:
		sent, negAt := denialSentence(c.Evidence)
		if sent == "" {
			return storyBag{}
		}
		if negAt >= 0 && declines(sent[negAt:]) {
			return storyBag{} // "wollte das nicht bestätigen": no denial
		}
		b.role = roleDenial
		b.parts = storyParts(sent, negAt, skip, in)
		if len(b.parts) > storyMaxParts {
			return storyBag{}
		}
	case c.Stance == fact.Asserts || c.Stance == fact.Reports || c.Stance == fact.Confirms:
		b.role = roleAssertion
		for _, seg := range positiveSegments(c.Evidence) {
			b.parts = append(b.parts, storyParts(seg, -1, skip, in)...)
		}
	default:
		return storyBag{}
	}
	for _, pt := range b.parts {
		b.keys = append(b.keys, pt.keys...)
	}
	slices.Sort(b.keys)
	b.keys = slices.Compact(b.keys)
	if b.role == roleAssertion {
		b.parts = nil
	}
	return b
}

// negationWord tells whether a lower-case word negates.
func negationWord(w string) bool {
	switch w {
	case "nicht", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "weder", "keineswegs", "keinesfalls", "nirgends":
		return true
	}
	return false
}

// evidenceSentences splits a claim's evidence into its sentences.
func evidenceSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune("\"'“”«»„", rune(s[j])) {
			j++
		}
		if j < len(s) && s[j] != ' ' {
			continue // 3.5, z.B.
		}
		// "am 30. Juli", "2. Liga": a number before the dot is no sentence end.
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		out = append(out, s[start:j])
		start = j
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, s[start:])
	}
	return out
}

// denialSentence returns the sentence of the evidence that denies: the one
// holding a negation or a word of denial, and the byte offset of the
// negation in it (-1 for a word of denial). "" when there is none.
func denialSentence(ev string) (string, int) {
	sw := theStoryWords()
	var denial string
	for _, s := range evidenceSentences(ev) {
		for _, t := range storyTokens(s) {
			lw := strings.ToLower(t.text)
			if negationWord(lw) {
				return s, t.at
			}
			if denial == "" && (sw.denials[lw] || sw.denials[stem(lw)]) {
				denial = s
			}
		}
	}
	if denial != "" {
		return denial, -1
	}
	return "", -1
}

// declines tells whether what follows a negation declines to speak
// ("nicht bestätigen", "keine Angaben", "nicht ausschließen") rather than
// deny.
func declines(s string) bool {
	sw := theStoryWords()
	for i, t := range storyTokens(s) {
		if i > 8 {
			break
		}
		lw := strings.ToLower(t.text)
		if sw.declining[lw] || sw.declining[stem(lw)] {
			return true
		}
		for _, l := range verbLemmas(lw) {
			if sw.declining[l] {
				return true
			}
		}
	}
	return false
}

// positiveSegments returns the parts of a statement (split at commas and
// sentence ends) that hold no negation: what it asserts.
func positiveSegments(ev string) []string {
	var out []string
	for _, s := range evidenceSentences(ev) {
		for _, seg := range strings.Split(s, ",") {
			neg := false
			for _, t := range storyTokens(seg) {
				if negationWord(strings.ToLower(t.text)) {
					neg = true
					break
				}
			}
			if !neg {
				out = append(out, seg)
			}
		}
	}
	return out
}

type storyToken struct {
	text string
	at   int
}

// storyTokens splits s into words of letters and digits (hyphens split).
func storyTokens(s string) []storyToken {
	var out []storyToken
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, storyToken{s[start:i], start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, storyToken{s[start:], start})
	}
	return out
}

// storyParts returns the content parts of s: nouns split into their
// compound parts, verbs and other content words by stem and infinitive;
// function words, words of saying and denial, light verbs and the words of
// skip left out. When negAt is a negation's offset, the words between a
// "kein" and its noun are parts the other side must name.
func storyParts(s string, negAt int, skip map[string]bool, in *interner) []storyPart {
	l := theLexicon()
	sw := theStoryWords()
	var out []storyPart
	toks := storyTokens(s)
	scoped := -1 // index of the token after a "kein ..."
	for i, t := range toks {
		if t.at == negAt && strings.HasPrefix(strings.ToLower(t.text), "kein") {
			scoped = i + 1
		}
	}
	for i, t := range toks {
		w := t.text
		lw := strings.ToLower(w)
		if utf8.RuneCountInString(lw) < 3 || l.stop[lw] || isNumber(lw) || negationWord(lw) {
			if i == scoped {
				scoped++
			}
			continue
		}
		st := stem(lw)
		if skip[st] || sw.saying[lw] || sw.saying[st] || sw.denials[lw] || sw.denials[st] || l.refer[lw] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !lightOrSaying(lw) {
			for _, part := range compoundParts(lw) {
				out = append(out, storyPart{keys: nounKeys(part, in), noun: true})
			}
			scoped = -1 // the noun ends the scope of "kein"
			continue
		}
		if lightOrSaying(lw) {
			continue
		}
		keys := []int32{in.id(st)}
		for _, lm := range verbLemmas(lw) {
			keys = appendUniqueID(keys, in.id(stem(lm)))
		}
		out = append(out, storyPart{keys: keys, must: scoped >= 0 && i == scoped})
		if scoped >= 0 && i == scoped {
			scoped++ // "kein wirklich verhandlungsfähiges Angebot"
		}
	}
	return out
}

func appendUniqueID(list []int32, id int32) []int32 {
	if slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}

// lightOrSaying tells whether a lower-case word is a form of a light verb
// or a verb of saying.
func lightOrSaying(lw string) bool {
	sw := theStoryWords()
	l := theLexicon()
	if sw.light[lw] || sw.light[stem(lw)] || sw.saying[lw] {
		return true
	}
	for _, lm := range verbLemmas(lw) {
		if sw.light[lm] || sw.saying[lm] {
			return true
		}
		if inf, ok := l.verbs[lm]; ok && (sw.light[inf] || sw.saying[inf]) {
			return true
		}
	}
	if inf, ok := l.verbs[lw]; ok && (sw.light[inf] || sw.saying[inf]) {
		return true
	}
	return false
}

// nounKeys returns the keys of a noun (or noun part): its stem, and for a
// nominalisation the stem of its verb (Forderung: fordern, Festnahme:
// festnehmen, Abgabe: abgeben).
func nounKeys(w string, in *interner) []int32 {
	keys := []int32{in.id(stem(w))}
	verb := ""
	switch {
	case strings.HasSuffix(w, "ung") && len(w) > 5:
		base := strings.TrimSuffix(w, "ung")
		if strings.HasSuffix(base, "er") || strings.HasSuffix(base, "el") {
			verb = base + "n"
		} else {
			verb = base + "en"
		}
	case strings.HasSuffix(w, "nahme"):
		verb = strings.TrimSuffix(w, "nahme") + "nehmen"
	case strings.HasSuffix(w, "gabe"):
		verb = strings.TrimSuffix(w, "gabe") + "geben"
	}
	if verb != "" {
		keys = appendUniqueID(keys, in.id(stem(verb)))
	}
	return keys
}

// compoundParts splits a lower-case noun into modifier and head when both
// are words the thesaurus knows (a linking s, es, n or en between them
// allowed): lösegeldforderung is lösegeld and forderung,
// sicherheitsauflagen is sicherheit and auflagen. A word it cannot split
// is its own one part. The longest known modifier wins.
func compoundParts(w string) []string {
	if v, ok := compoundCache.Load(w); ok {
		return v.([]string)
	}
	parts := compoundPartsOf(w)
	if compoundCount.Add(1) <= maxCached {
		compoundCache.Store(w, parts)
	}
	return parts
}

var (
	compoundCache sync.Map
	compoundCount atomic.Int64
)

func compoundPartsOf(w string) []string {
	r := []rune(w)
	if len(r) < 8 {
		return []string{w}
	}
	l := theLexicon()
	known := func(s string) bool {
		if len([]rune(s)) < 4 || l.stop[s] {
			return false
		}
		_, ok := l.synsets[stem(s)]
		return ok
	}
	for i := len(r) - 4; i >= 4; i-- {
		head := string(r[i:])
		if !known(head) {
			continue
		}
		mod := string(r[:i])
		for _, m := range []string{mod, strings.TrimSuffix(mod, "s"), strings.TrimSuffix(mod, "es"), strings.TrimSuffix(mod, "n"), strings.TrimSuffix(mod, "en")} {
			if m != "" && known(m) {
				return []string{m, head}
			}
		}
	}
	return []string{w}
}

// storyFinding is the contradiction the story-level linker found between
// the statement pos and the denial neg.
func storyFinding(arts []Article, props []prop, pos, neg int) fact.Finding {
	p, n := &props[pos], &props[neg]
	verb := map[string]string{fact.Asserts: "states", fact.Reports: "reports", fact.Confirms: "confirms"}[p.claim.Stance]
	if verb == "" {
		verb = "says"
	}
	denial := "denies it"
	if n.claim.Stance != fact.Denies {
		denial = "says it is not so"
	}
	where := "in another article"
	if p.art == n.art {
		where = "in the same article"
	}
	expl := fmt.Sprintf("%s %s it; %s %s %s (matched by content words).", speakerName(p.claim), verb, speakerName(n.claim), denial, where)
	return newFinding(fact.Contradiction, fact.SeverityMedium, propositionText(p.claim), expl,
		[]fact.Side{claimSide(arts, p), claimSide(arts, n)})
}

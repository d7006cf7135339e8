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
	storyCover         = 0.6 // share of the denial's weighted content the other statement must hold
	storyMinParts      = 2   // content parts of the denial found in the other statement, at least
	storyMinWeight     = 3.0 // their weight (IDF), at least
	storyMinWeightLog  = 0.6 // and at least this share of the largest IDF, ln(1+articles)
	storyMaxParts      = 14  // a denial saying more than this many things is no single denial
	storyOppositeCover = 0.5 // a plain negation: share of either side's weighted content the other must hold
	storyMaxPost       = 400 // a content key in more claims of one block says nothing
	storySmallBlock    = 300 // claims of a block small enough to compare plain negations in
	storyMaxBlock      = 600 // claims of a block too large to tell a story: its claims meet in smaller blocks too
)

// storyPart is one content part of a statement: a word, or one part of a
// compound, with the keys it matches by (its stem, and the stem of the verb
// of a noun in -ung) and whether it is a noun.
type storyPart struct {
	keys []int32
	noun bool
	must bool // a word the negation scopes ("kein verhandlungsfähiges Angebot"): the other side must name it
	subj bool // a word of the claim's subject: half the weight (the other side may say "wir")
	// afterNeg marks a word after the negation: the verb a negation
	// scopes stands there ("hat kein Angebot vorgelegt"), an adjective
	// before it is described ("besser verträglich ... ist es nicht").
	afterNeg bool
}

// storyBag is what the story-level linker compares of one claim.
type storyBag struct {
	role     int8        // roleDenial and roleAssertion, or roleNone
	parts    []storyPart // the denial's content (denials only)
	keys     []int32     // every key of what the claim asserts, sorted (assertions only)
	cue      bool        // the claim contradicts outright (contraCue)
	answer   bool        // the claim answers another's ("hielt dagegen", "widersprach")
	ofReport bool        // the claim denies what was said (Berichte, den Vorwurf, die Darstellung)
}

// Roles of a claim in the story-level linker: a claim that negates one
// clause ("neue Auflagen, die nicht mehr zu erfüllen seien") may assert
// another.
const (
	roleNone      int8 = 0
	roleDenial    int8 = 1
	roleAssertion int8 = 2
)

// storyWords are the lists the story-level linker reads, loaded once.
type storyWords struct {
	denials        map[string]bool // stems of denial words
	declining      map[string]bool // stems of words that decline to speak
	light          map[string]bool // stems of light verbs
	saying         map[string]bool // stems of saying words
	contra         map[string]bool // words of outright contradiction
	contraPrefixes []string        // the first letters of each, to rule a sentence out fast
	denying        map[string]bool // words that make a negated clause a denial (denying.txt)
	words          map[string]bool // the single words of the thesaurus, lower case: parts of compounds
}

var (
	storyOnce sync.Once
	storyLex  *storyWords
)

func theStoryWords() *storyWords {
	storyOnce.Do(func() {
		loadExact := func(name string) map[string]bool { // word forms, no stems ("pläne", not "plan")
			m := map[string]bool{}
			for _, w := range readList(name) {
				m[strings.ToLower(strings.TrimSpace(w))] = true
			}
			return m
		}
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
			contra:    load("lists/contra.txt"),
			denying:   loadExact("lists/denying.txt"),
			words:     map[string]bool{},
		}
		for _, w := range readList("lists/contra.txt") {
			w = strings.ToLower(strings.TrimSpace(w))
			for _, part := range []string{w, strings.TrimPrefix(w, "zurück"), strings.TrimPrefix(w, "dagegen")} {
				if r := []rune(part); len(r) > 5 {
					part = string(r[:5])
				}
				if part != "" && !slices.Contains(storyLex.contraPrefixes, part) {
					storyLex.contraPrefixes = append(storyLex.contraPrefixes, part)
				}
			}
		}
		for _, line := range append(readList("lists/synonyms.txt"), readList("lists/synonyms_news.txt")...) {
			for _, w := range strings.Split(line, ";") {
				w = strings.ToLower(strings.TrimSpace(w))
				if utf8.RuneCountInString(w) >= 3 && !strings.ContainsAny(w, " -.()") {
					storyLex.words[w] = true
				}
			}
		}
	})
	return storyLex
}

// interner numbers strings and splits compounds for one run of the
// linker; safe for concurrent use.
type interner struct {
	mu     sync.Mutex
	ids    map[string]int32
	split  *splitter
	words  sync.Map     // word form -> *storyWord
	cached atomic.Int64 // words stored in words
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
func storyContradictions(arts []Article, props []prop, blocks map[blockKey][]int32, artEnts [][]string, found []fact.Finding) []fact.Finding {
	// Props are in article order (buildProps): find each article's first.
	first := make([]int, len(arts)+1)
	for i := range props {
		first[props[i].art+1]++
	}
	for ai := 1; ai <= len(arts); ai++ {
		first[ai] += first[ai-1]
	}
	// Only the blocks that hold a denial are compared: their members are
	// the only claims whose content is worked out.
	// A block is compared when it holds a denial that may contradict
	// outright (a denial claim, a word of contra.txt or denying.txt), or,
	// when it is small (one story), any negation: a plain negation needs
	// a statement saying nearly the same, which a large block of a much
	// named entity holds by chance. The blocks are the claim linker's
	// (claimBlocks), read only.
	const (
		plainOnly = 1
		strong    = 2
	)
	// A plain negation meets only a statement of its own article (see
	// below), and counts only when that statement answers another or says
	// nearly the same: it is compared in articles where a statement answers
	// ("widersprach", "hielt dagegen"), which few do.
	denial := make([]int8, len(props))
	parallel(len(arts), func(ai int) {
		answers := false
		for i := first[ai]; i < first[ai+1]; i++ {
			if !props[i].neg && answerCue(props[i].claim.Evidence) {
				answers = true
				break
			}
		}
		for i := first[ai]; i < first[ai+1]; i++ {
			p := &props[i]
			switch {
			case p.claim.Stance == fact.Denies || (p.neg && (contraCue(p.claim.Evidence) || denyingClause(p.claim.Evidence))):
				denial[i] = strong
			case p.neg && answers:
				denial[i] = plainOnly
			}
		}
	})
	// Of the other claims of a compared block, only those a denial could
	// meet are worked out: claims of an article holding a denial, reports,
	// and claims naming a denier of the block (the party gate below asks
	// for one of these, or for a role noun, rarely the only link).
	hasDenial := make([]bool, len(arts))
	for i := range props {
		if denial[i] != 0 {
			hasDenial[props[i].art] = true
		}
	}
	wanted := make([]bool, len(props))
	var deniers, names []string // the deniers of a block, and the words of their names
	for _, members := range blocks {
		if len(members) < 2 || len(members) > storyMaxBlock {
			continue // a much named entity over two weeks: no story
		}
		best := int8(0)
		deniers, names = deniers[:0], names[:0]
		for _, m := range members {
			best = max(best, denial[m])
			if denial[m] == strong && props[m].speaker != "" {
				deniers = append(deniers, props[m].speaker)
				for w := range eachWord(props[m].claim.Speaker + " " + props[m].claim.SpeakerOf) {
					if len(w) >= 4 && !slices.Contains(names, w) {
						names = append(names, w)
					}
				}
			}
		}
		if best == 0 || (best == plainOnly && len(members) > storySmallBlock) {
			continue
		}
		for _, m := range members {
			p := &props[m]
			switch {
			case denial[m] != 0, hasDenial[p.art]:
				wanted[m] = true
			case best == strong && (p.claim.Stance == fact.Reports || slices.Contains(deniers, p.subject) || namesAny(p.ents, deniers) ||
				((p.subject == "" || p.place) && namesAny(p.keys, deniers)) || mentionsAny(p.claim.Evidence+" "+p.claim.Subject, names)):
				wanted[m] = true
			}
		}
	}
	in := &interner{ids: map[string]int32{}, split: &splitter{}}
	bags := make([]storyBag, len(props))
	parallel(len(arts), func(ai int) {
		for i := first[ai]; i < first[ai+1]; i++ {
			if wanted[i] {
				bags[i] = makeStoryBag(&props[i], arts[ai].Outlet, in)
			}
		}
	})
	// How rare each key is: the number of articles (of those compared) it
	// occurs in.
	df := make([]int32, len(in.ids))
	stamp := make([]int32, len(in.ids))
	for ai := range arts {
		for i := first[ai]; i < first[ai+1]; i++ {
			for _, k := range bags[i].keys {
				if stamp[k] != int32(ai+1) {
					stamp[k] = int32(ai + 1)
					df[k]++
				}
			}
			for _, pt := range bags[i].parts {
				for _, k := range pt.keys {
					if stamp[k] != int32(ai+1) {
						stamp[k] = int32(ai + 1)
						df[k]++
					}
				}
			}
		}
	}
	n := float64(len(arts))
	idf := func(k int32) float64 { return math.Log(1 + n/float64(max(df[k], 1))) }
	// The weight shared words must reach grows with the corpus: in a large
	// one, two fairly rare words meet by chance.
	// In a small one (a handful of articles) no word is rare: the
	// weight asked for is a share of the largest IDF there.
	minWeight := max(min(storyMinWeight, 0.9*math.Log(1+n)), storyMinWeightLog*math.Log(1+n))
	// The weight of what a statement asserts, worked out again when a plain
	// negation is held against it (rarely: not kept for every claim).
	totals := map[int32]float64{}
	assertedWeight := func(y int32) float64 {
		if w, ok := totals[y]; ok {
			return w
		}
		p := &props[y]
		w := 0.0
		for _, pt := range assertedParts(p.claim.Evidence, storySkip(p.claim, arts[p.art].Outlet), in) {
			w += partWeight(pt, idf)
		}
		totals[y] = w
		return w
	}

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
	// Lists by key, as slices reused from block to block: only the keys a
	// denial of the block has are indexed.
	nKeys := len(df)
	posting := make([][]int32, nKeys)
	keyWanted := make([]bool, nKeys)
	var used, negs []int32
	candStamp := make([]int32, len(props)) // the denial (plus one) that last met each claim
	var ys []int32
	for _, bk := range keys {
		members := blocks[bk]
		if len(members) > storyMaxBlock {
			continue
		}
		negs = negs[:0]
		for _, m := range members {
			if bags[m].role&roleDenial != 0 {
				negs = append(negs, m)
			}
		}
		if len(negs) == 0 {
			continue
		}
		for _, k := range used {
			posting[k] = posting[k][:0]
			keyWanted[k] = false
		}
		used = used[:0]
		for _, x := range negs {
			for _, pt := range bags[x].parts {
				for _, k := range pt.keys {
					if !keyWanted[k] {
						keyWanted[k] = true
						used = append(used, k)
					}
				}
			}
		}
		for _, m := range members {
			if bags[m].role&roleAssertion != 0 {
				for _, k := range bags[m].keys {
					if keyWanted[k] {
						posting[k] = append(posting[k], m)
					}
				}
			}
		}
		for _, x := range negs {
			ys = ys[:0]
			for _, pt := range bags[x].parts {
				for _, k := range pt.keys {
					if l := posting[k]; len(l) <= storyMaxPost {
						for _, y := range l {
							if candStamp[y] != x+1 {
								candStamp[y] = x + 1
								ys = append(ys, y)
							}
						}
					}
				}
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
				// Who denies must be what the statement is about, or the
				// statement a report; within one article an answer
				// ("widersprach") names its target too.
				if copiedText(a.claim.Evidence, d.claim.Evidence) || quotedAgain(a.claim.Evidence, d.claim.Evidence) {
					continue // one sentence carried twice, or quoted again
				}
				if !deniesParty(a, d) && !roleNamed(a, d) && a.claim.Stance != fact.Reports && !bags[x].ofReport &&
					!(d.art == a.art && (bags[x].cue || bags[y].answer)) {
					continue
				}
				score, ok := storyScore(&bags[x], &bags[y], idf, minWeight)
				if ok && d.claim.Stance != fact.Denies && !bags[x].cue && !bags[y].answer &&
					(d.art != a.art || !storyOpposite(&bags[x], &bags[y], idf, assertedWeight(y))) {
					// A plain negation, nobody contradicting outright: only
					// a statement of the same article that says nearly the
					// same, negated (across articles, on real news, two
					// such statements are most often two topics).
					ok = false
				}
				if !ok {
					continue
				}
				ua, ud := unit(&arts[a.art]), unit(&arts[d.art])
				if done[storyKey(arts[a.art].ID, arts[d.art].ID, "", "")] {
					continue
				}
				key := storyKey(ua, ud, "", "") // the loose linker: one contradiction a pair of articles
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

// roleNamed tells whether the denier's role noun in its sentence
// ("Unternehmenssprecherin", "Polizeisprecher") starts with a word the
// statement names ("das Unternehmen", "die Polizei"): the denier speaks
// for the party the statement is about.
func roleNamed(a, d *prop) bool {
	var roles []string
	for w := range eachWord(d.claim.Evidence) {
		if len(w) > 6 && partyNoun(w) {
			roles = append(roles, w)
		}
	}
	if len(roles) == 0 {
		return false
	}
	for _, x := range contentStems(a.claim.Evidence + " " + a.claim.Subject) {
		for _, r := range roles {
			if len(x) >= 4 && len(r) > len(x)+3 && strings.HasPrefix(r, x) {
				return true
			}
		}
	}
	return false
}

// mentionsAny tells whether s holds one of the lower-case words, also
// inside a longer word (Stadt in Stadtverwaltung).
func mentionsAny(s string, words []string) bool {
	if len(words) == 0 {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// quotedAgain tells whether most words of the shorter statement (three
// fifths) are words of the longer: one statement quoted in two ways, or
// a sentence and its start.
func quotedAgain(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 5 {
		return false
	}
	n := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return 5*n >= 3*len(wa)
}

// namesAny tells whether one of keys is among names.
func namesAny(keys, names []string) bool {
	for _, k := range keys {
		if slices.Contains(names, k) {
			return true
		}
	}
	return false
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

// storyOpposite tells whether a plain negation and a statement say nearly
// the same: the statement holds most of the negation's content and the
// negation most of the statement's.
func storyOpposite(d, a *storyBag, idf func(int32) float64, aTotal float64) bool {
	got, total := 0.0, 0.0
	for _, pt := range d.parts {
		w := partWeight(pt, idf)
		total += w
		for _, k := range pt.keys {
			if _, ok := slices.BinarySearch(a.keys, k); ok {
				got += w
				break
			}
		}
	}
	return total > 0 && got/total >= storyOppositeCover && aTotal > 0 && got/aTotal >= storyOppositeCover
}

// storyScore weighs how much of the denial's content the statement holds.
func storyScore(d, a *storyBag, idf func(int32) float64, minWeight float64) (float64, bool) {
	total, got := 0.0, 0.0
	parts, nouns := 0, 0
	var seen []int32
	for _, pt := range d.parts {
		w := partWeight(pt, idf)
		total += w
		hit := int32(-1)
		for _, k := range pt.keys {
			if _, ok := slices.BinarySearch(a.keys, k); ok {
				hit = k
				break
			}
		}
		if hit < 0 {
			if pt.must {
				return 0, false
			}
			continue
		}
		got += w
		if slices.Contains(seen, hit) {
			continue // one word of the other side counts once
		}
		seen = append(seen, hit)
		parts++
		if pt.noun {
			nouns++
		}
	}
	if total == 0 || parts < storyMinParts || nouns == 0 || got < minWeight || got/total < storyCover {
		return 0, false
	}
	return got / total, true
}

// contraCue tells whether a statement contradicts outright: a word of
// contra.txt in any of its forms ("widersprach", "wies ... zurück" as
// zurückweisen, "hielt dagegen" as dagegenhalten).
func contraCue(ev string) bool {
	sw := theStoryWords()
	low := strings.ToLower(ev)
	found := false
	for _, p := range sw.contraPrefixes {
		if strings.Contains(low, p) {
			found = true
			break
		}
	}
	if !found {
		return false // no word of contra.txt can be there
	}
	toks := storyTokens(ev)
	has := func(w string) bool {
		for _, t := range toks {
			if strings.EqualFold(t.text, w) {
				return true
			}
		}
		return false
	}
	back, against := has("zurück"), has("dagegen")
	for _, t := range toks {
		lw := strings.ToLower(t.text)
		if inList(lw, sw.contra) {
			return true
		}
		if back && inList("zurück"+lw, sw.contra) {
			return true
		}
		if against && inList("dagegen"+lw, sw.contra) {
			return true
		}
		for _, lm := range verbLemmas(lw) {
			if (back && sw.contra["zurück"+lm]) || (against && sw.contra["dagegen"+lm]) {
				return true
			}
		}
		if inf, ok := theLexicon().verbs[lw]; ok && ((back && sw.contra["zurück"+inf]) || (against && sw.contra["dagegen"+inf])) {
			return true
		}
	}
	return false
}

// answerCue tells whether a statement answers another's: it contradicts
// ("widersprach") or holds against it ("hielt dagegen").
func answerCue(ev string) bool {
	// Ruled out fast, with no copy of the text: most statements answer nobody.
	if !containsAnyOf(ev, "widersp", "Widersp", "dagegen", "Dagegen", "entgegn", "Entgegn", "konter", "Konter") {
		return false
	}
	toks := storyTokens(ev)
	against := false
	for _, t := range toks {
		if strings.EqualFold(t.text, "dagegen") {
			against = true
		}
	}
	for _, t := range toks {
		lw := strings.ToLower(t.text)
		for _, lm := range append(verbLemmas(lw), lw) {
			if inf, ok := theLexicon().verbs[lm]; ok {
				lm = inf
			}
			if lm == "widersprechen" || lm == "entgegnen" || lm == "kontern" || (against && lm == "halten") {
				return true
			}
		}
	}
	return false
}

// containsAnyOf tells whether s holds one of subs.
func containsAnyOf(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// partWeight is the weight of a part: the IDF of its rarest key, half of
// it for a word of the subject.
func partWeight(pt storyPart, idf func(int32) float64) float64 {
	w := 0.0
	for _, k := range pt.keys {
		w = max(w, idf(k))
	}
	if pt.subj {
		w /= 2
	}
	return w
}

// storySkip returns the stems of the words that name who speaks and
// where: the speaker, the cue, the outlet.
func storySkip(c *fact.Claim, outlet string) stemSet {
	var skip stemSet
	for _, f := range [...]string{c.Speaker, c.SpeakerOf, c.Cue, c.Outlet, outlet} {
		for w := range eachWord(f) {
			skip = append(skip, stem(w))
		}
	}
	return skip
}

// stemSet is a short list of stems (and "="-marked names), searched in
// order: the few words of one claim's speaker, cue and outlet.
type stemSet []string

func (s stemSet) has(w string) bool {
	for _, x := range s {
		if x == w {
			return true
		}
	}
	return false
}

// makeStoryBag works out the roles and content of one claim.
func makeStoryBag(p *prop, outlet string, in *interner) storyBag {
	c := p.claim
	if supposing(c.Evidence) {
		return storyBag{}
	}
	skip := storySkip(c, outlet)
	subj := map[string]bool{}
	for _, w := range words(c.Subject) {
		subj[w] = true
	}
	for _, e := range c.Entities {
		for _, w := range words(e) {
			skip = append(skip, "="+w) // a name: never split
		}
	}
	var b storyBag
	if p.neg || c.Stance == fact.Denies {
		b.cue = contraCue(c.Evidence)
		sent, negAt := denialSentence(c.Evidence)
		if c.Stance == fact.Denies && negAt >= 0 {
			sent = "" // "schließt das nicht aus", "bestreitet nicht": no denial
		}
		if at := counterStart(sent); at >= 0 && sent != "" {
			// "wies die Darstellung zurück und erklärte, sie habe ...
			// gezahlt": what follows is what the denier holds instead.
			if negAt >= at {
				sent = "" // the negation is in what the denier holds
			} else {
				sent = sent[:at]
			}
		}
		if c.Stance == fact.Denies && sent != "" {
			if part := deniedPart(sent); part != sent {
				sent = part
				b.ofReport = true
			}
		}
		if negAt >= 0 && sent != "" {
			sent, negAt = negationScope(sent, negAt)
		}
		if negAt >= 0 && sent != "" {
			if denyingClause(sent) {
				b.cue = true // "Wir wissen nichts von einer Bestellung"
			}
		}
		if sent != "" && (negAt < 0 || !declines(sent[negAt:])) { // "wollte das nicht bestätigen": no denial
			sent, negAt = stripAsides(sent, negAt)
			parts := storyParts(sent, negAt, skip, subj, in)
			// The denial's own verb must be the other side's too: "Wir
			// werden kein Lösegeld zahlen" does not deny a demand.
			if pk := predicateKeys(c.Predicate); len(pk) > 0 {
				ids := make([]int32, 0, len(pk))
				for _, k := range pk {
					if !strings.HasPrefix(k, "#") { // stems, not synonym sets
						ids = append(ids, in.id(k))
					}
				}
				for i := range parts {
					for _, k := range parts[i].keys {
						if !parts[i].noun && parts[i].afterNeg && slices.Contains(ids, k) {
							parts[i].must = true
						}
					}
				}
			}
			if len(parts) <= storyMaxParts {
				b.role |= roleDenial
				b.parts = parts
			}
		}
	}
	if c.Stance == fact.Asserts || c.Stance == fact.Reports || c.Stance == fact.Confirms {
		b.answer = answerCue(c.Evidence)
		asrt := assertedParts(c.Evidence, skip, in)
		n := 0
		for _, pt := range asrt {
			n += len(pt.keys)
		}
		b.keys = make([]int32, 0, n)
		for _, pt := range asrt {
			b.keys = append(b.keys, pt.keys...)
		}
		if len(b.keys) > 0 {
			b.role |= roleAssertion
		}
		slices.Sort(b.keys)
		b.keys = slices.Compact(b.keys)
	}
	return b
}

// assertedParts returns the content parts of what a statement asserts,
// in one pass over its words: a sentence holding a negation asserts
// nothing (two negated statements agree more often than not).
func assertedParts(ev string, skip stemSet, in *interner) []storyPart {
	var out []storyPart
	sent, prev := 0, 0 // where the current sentence's parts start in out; end of the last word
	negated := false
	for _, t := range storyTokens(ev) {
		if strings.ContainsAny(ev[prev:t.at], ".!?") {
			if negated {
				out = out[:sent]
			}
			sent, negated = len(out), false
		}
		prev = t.at + len(t.text)
		wi := in.word(t.text)
		if wi.negation {
			negated = true
			continue
		}
		if wi.function || wi.speaking || wi.light || skip.has(wi.stem) {
			continue
		}
		if wi.upper {
			for _, keys := range wi.parts {
				out = append(out, storyPart{keys: keys, noun: true})
			}
			continue
		}
		out = append(out, storyPart{keys: wi.verbKeys})
	}
	if negated {
		out = out[:sent]
	}
	return out
}

// negationWord tells whether a lower-case word negates.
func negationWord(w string) bool {
	switch w {
	case "nicht", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "weder", "keineswegs", "keinesfalls", "nirgends", "niemand", "niemandem", "niemanden", "keinerlei", "nirgendwo":
		return true
	}
	return false
}

// evidenceSentences splits a claim's evidence into its sentences.
func evidenceSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != ':' {
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

// negationScope returns the part of a sentence a negation at negAt
// denies, and the negation's offset in it: from the start of the
// negation's clause to the end of the sentence (what follows, "Pläne,
// Stellen zu streichen", is what is denied); but a negation opening a
// clause after a comma ("suspendiert, nicht entlassen") denies that
// clause only.
func negationScope(sent string, negAt int) (string, int) {
	start := strings.LastIndexAny(sent[:negAt], ",;")
	if start >= 0 && strings.TrimSpace(strings.Trim(sent[start+1:negAt], " \"'“”„«»")) == "" {
		end := strings.IndexAny(sent[negAt:], ",;")
		if end < 0 {
			end = len(sent) - negAt
		}
		return sent[negAt : negAt+end], 0
	}
	// A dash after the negation opens what is said instead ("kein X -
	// wir haben ein Y").
	if end := dashAfter(sent, negAt); end >= 0 {
		sent = sent[:end]
	}
	if start < 0 {
		return sent, negAt
	}
	return sent[start+1:], negAt - start - 1
}

// dashAfter returns the offset of the first free-standing dash after at,
// or -1.
func dashAfter(s string, at int) int {
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s[at:], d); i >= 0 {
			return at + i
		}
	}
	return -1
}

// deniedPart returns what a denial says is denied: what follows the word
// naming the report or accusation ("Berichte über eine bevorstehende
// Entlassung ...", "den Vorwurf, die Stadtverwaltung habe ... gewusst"),
// else the whole sentence.
func deniedPart(sent string) string {
	l := theLexicon()
	for _, t := range storyTokens(sent) {
		lw := strings.ToLower(t.text)
		if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) && l.refer[lw] && !l.stop[lw] {
			if rest := sent[t.at+len(t.text):]; len(storyTokens(rest)) >= 2 {
				return rest
			}
		}
	}
	return sent
}

// stripAsides blanks what a sentence says besides its statement: text in
// brackets ("(CDU)", "(parteilos)") and a dateline before a dash ("Kiel
// (dpa) - "). Offsets stay as they were.
func stripAsides(sent string, negAt int) (string, int) {
	b := []byte(sent)
	depth := 0
	for i, c := range b {
		switch {
		case c == '(':
			depth++
			b[i] = ' '
		case c == ')' && depth > 0:
			depth--
			b[i] = ' '
		case depth > 0:
			b[i] = ' '
		}
	}
	if d := dashAfter(string(b), 0); d >= 0 && d < negAt || d >= 0 && negAt < 0 {
		if len(storyTokens(string(b[:d]))) <= 4 {
			for i := 0; i < d; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b), negAt
}

// declines tells whether what follows a negation declines to speak
// ("nicht bestätigen", "keine Angaben", "nicht ausschließen") rather than
// deny.
func declines(s string) bool {
	sw := theStoryWords()
	if i := strings.IndexAny(s, ",;:“”\"»«"); i > 0 {
		s = s[:i] // the clause of the negation only
	}
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
func storyParts(s string, negAt int, skip stemSet, subj map[string]bool, in *interner) []storyPart {
	var out []storyPart
	toks := storyTokens(s)
	scoped := -1 // index of the token after a "kein ..."
	for i, t := range toks {
		if t.at == negAt && strings.HasPrefix(strings.ToLower(t.text), "kein") {
			scoped = i + 1
		}
	}
	for i, t := range toks {
		wi := in.word(t.text)
		lw := wi.lower
		if i == scoped && !wi.upper && wi.scopable {
			// "keine neuen Auflagen": the word a "kein" scopes counts even
			// when it is a general one.
			out = append(out, storyPart{keys: []int32{in.id(wi.stem)}, must: true, afterNeg: true})
			scoped++
			continue
		}
		if wi.function {
			if i == scoped {
				scoped++
			}
			continue
		}
		if wi.speaking || skip.has(wi.stem) {
			continue // who speaks and how, not what is said
		}
		if wi.upper && !wi.light {
			if skip.has("=" + lw) {
				out = append(out, storyPart{keys: wi.wholeKeys, noun: true, subj: subj[lw]})
			} else {
				for _, keys := range wi.parts {
					out = append(out, storyPart{keys: keys, noun: true, subj: subj[lw]})
				}
			}
			scoped = -1 // the noun ends the scope of "kein"
			continue
		}
		if wi.light {
			continue
		}
		out = append(out, storyPart{keys: wi.verbKeys, must: scoped >= 0 && i == scoped, subj: subj[lw], afterNeg: negAt >= 0 && t.at > negAt})
		if scoped >= 0 && i == scoped {
			scoped++ // "kein wirklich verhandlungsfähiges Angebot"
		}
	}
	return out
}

// storyWord is what the linker knows of one word form, worked out once a
// run: the keys its content matches by and the lists it is in.
type storyWord struct {
	lower     string
	upper     bool      // capitalised: a noun
	stem      string    // Snowball stem of lower
	function  bool      // too short, a function word, a number or a negation
	negation  bool      // a negation word (nicht, kein, nie, ...)
	scopable  bool      // may narrow a "kein" (no number, negation or determiner)
	speaking  bool      // a word of saying, denial, a role, or (a noun) pointing back
	light     bool      // a light verb or a verb of saying
	verbKeys  []int32   // the stem and the stems of its infinitives
	parts     [][]int32 // a noun's compound parts, each by its keys
	wholeKeys []int32   // a noun unsplit (a name)
}

// word returns what the linker knows of a word form, from the run's cache.
func (in *interner) word(w string) *storyWord {
	if v, ok := in.words.Load(w); ok {
		return v.(*storyWord)
	}
	l := theLexicon()
	sw := theStoryWords()
	lw := strings.ToLower(w)
	r, _ := utf8.DecodeRuneInString(w)
	wi := &storyWord{lower: lw, upper: unicode.IsUpper(r), stem: stem(lw)}
	n := utf8.RuneCountInString(lw)
	wi.negation = negationWord(lw)
	wi.function = n < 3 || l.stop[lw] || isNumber(lw) || wi.negation
	wi.scopable = n >= 3 && !isNumber(lw) && !negationWord(lw) && !determiner(lw)
	if !wi.function {
		wi.speaking = (wi.upper && l.refer[lw]) || partyNoun(lw) || inList(lw, sw.saying) || inList(lw, sw.denials)
		wi.light = lightOrSaying(lw)
		if wi.upper {
			wi.wholeKeys = nounKeys(lw, in)
			parts := in.split.parts(lw)
			if len(parts) == 2 && parts[0] == lw {
				// Only the head is known: one part, by the word or its head.
				keys := nounKeys(lw, in)
				for _, k := range nounKeys(parts[1], in) {
					keys = appendUniqueID(keys, k)
				}
				wi.parts = [][]int32{keys}
			} else {
				for _, part := range parts {
					wi.parts = append(wi.parts, nounKeys(part, in))
				}
			}
		} else {
			keys := []int32{in.id(wi.stem)}
			for _, lm := range verbLemmas(lw) {
				keys = appendUniqueID(keys, in.id(stem(lm)))
			}
			wi.verbKeys = keys
		}
	}
	if in.cached.Add(1) > maxCached {
		return wi // a store of many words: keep the cache (and the heap) bounded
	}
	v, _ := in.words.LoadOrStore(w, wi)
	return v.(*storyWord)
}

func appendUniqueID(list []int32, id int32) []int32 {
	if slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}

// determiner tells whether a word after "kein" is a determiner or
// pronoun rather than a word that narrows what is negated.
func determiner(lw string) bool {
	switch lw {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
		"einzige", "einzigen", "einziger", "einziges", "mehr", "einzig", "solche", "solchen", "solcher", "solches":
		return true
	}
	return false
}

// denyingClause tells whether a negated clause holds a word of
// denying.txt, a separable verb with its particle too ("liegt uns nicht
// vor": vorliegen).
func denyingClause(sent string) bool {
	list := theStoryWords().denying
	toks := storyTokens(sent)
	var particles []string
	for _, t := range toks {
		switch p := strings.ToLower(t.text); p {
		case "vor", "aus", "an", "ab", "zu", "ein", "fest":
			particles = append(particles, p)
		}
	}
	for _, t := range toks {
		lw := strings.ToLower(t.text)
		if inListExact(lw, list) {
			return true
		}
		for _, p := range particles {
			if inListExact(p+lw, list) {
				return true
			}
			if inf, ok := theLexicon().verbs[lw]; ok && list[p+inf] {
				return true
			}
			for _, lm := range verbLemmas(lw) {
				if list[p+lm] {
					return true
				}
			}
		}
	}
	return false
}

// inListExact tells whether a lower-case word, or the infinitive of its
// verb form, is in list, without stems: "pläne" is, "plan" is not.
func inListExact(lw string, list map[string]bool) bool {
	if list[lw] {
		return true
	}
	l := theLexicon()
	if inf, ok := l.verbs[lw]; ok && list[inf] {
		return true
	}
	for _, lm := range verbLemmas(lw) {
		if list[lm] {
			return true
		}
	}
	return false
}

// lightOrSaying tells whether a lower-case word is a form of a light verb
// or a verb of saying.
func lightOrSaying(lw string) bool {
	sw := theStoryWords()
	return inList(lw, sw.light) || inList(lw, sw.saying)
}

// inList tells whether a lower-case word, its stem or the infinitive of
// its verb form (wies: weisen, widersprach: widersprechen) is in list.
func inList(lw string, list map[string]bool) bool {
	if list[lw] || list[stem(lw)] {
		return true
	}
	l := theLexicon()
	if inf, ok := l.verbs[lw]; ok && list[inf] {
		return true
	}
	for _, lm := range verbLemmas(lw) {
		if list[lm] {
			return true
		}
		if inf, ok := l.verbs[lm]; ok && list[inf] {
			return true
		}
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

// splitter splits compound nouns into their parts by the words it knows:
// the single words of the thesaurus, and optionally a vocabulary of nouns
// (the articles' own nouns cost a pass over every claim of a large store
// and split few more words: check passes none). It is safe for concurrent
// use.
type splitter struct {
	vocab map[string]bool // nouns of the articles, lower case
	cache sync.Map
}

// parts splits a lower-case noun into modifier and head when both are
// known words (a linking s, es, n or en between them allowed):
// lösegeldforderung is lösegeld and forderung, sicherheitsauflagen is
// sicherheit and auflage. A modifier may split once more
// (kontoführungsgebühren). Two parts are tried before three, and the
// longest modifier first. A word it cannot split is its own one part.
func (sp *splitter) parts(w string) []string {
	if v, ok := sp.cache.Load(w); ok {
		return v.([]string)
	}
	parts := []string{w}
	if sp.thesaurusBase(w) {
		// A word known whole (verhandlungen, unternehmen) is not split:
		// its parts would be chance (lungen, nehmen).
		sp.cache.Store(w, parts)
		return parts
	}
	if utf8.RuneCountInString(w) >= 7 {
		if p := sp.split(w, 0); p != nil {
			parts = p
		} else if p := sp.split(w, 1); p != nil {
			parts = p
		}
	}
	if len(parts) == 1 {
		// An unknown modifier before a known head of five letters or more
		// (migränemittel: mittel): the head is a part of its own.
		r := []rune(w)
		for i := 4; i <= len(r)-5; i++ {
			if head := sp.base(string(r[i:])); utf8.RuneCountInString(head) >= 5 {
				parts = []string{w, head}
				break
			}
		}
	}
	sp.cache.Store(w, parts)
	return parts
}

func (sp *splitter) split(w string, depth int) []string {
	r := []rune(w)
	for i := len(r) - 4; i >= 4; i-- {
		head := sp.base(string(r[i:]))
		if utf8.RuneCountInString(head) < 4 {
			continue
		}
		mod := string(r[:i])
		for _, m := range []string{mod, strings.TrimSuffix(mod, "s"), strings.TrimSuffix(mod, "es"), strings.TrimSuffix(mod, "n"), strings.TrimSuffix(mod, "en")} {
			if utf8.RuneCountInString(m) >= 3 {
				if b := sp.base(m); b != "" && depth == 0 {
					return []string{b, head}
				}
			}
		}
		if depth > 0 {
			for _, m := range []string{mod, strings.TrimSuffix(mod, "s")} {
				if utf8.RuneCountInString(m) >= 7 {
					if sub := sp.split(m, depth-1); sub != nil {
						return append(sub, head)
					}
				}
			}
		}
	}
	return nil
}

// thesaurusBase tells whether w, or w without a plural or case ending, is
// a word of the thesaurus.
func (sp *splitter) thesaurusBase(w string) bool {
	sw := theStoryWords()
	if sw.words[w] {
		return true
	}
	for _, end := range []string{"n", "en", "e", "s", "er", "ern", "es"} {
		if b, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(b) >= 3 && sw.words[b] {
			return true
		}
	}
	return false
}

// base returns the known word w is, or is with a plural or case ending
// ("auflagen": "auflage"), or "" when it knows none.
func (sp *splitter) base(w string) string {
	sw := theStoryWords()
	if theLexicon().stop[w] {
		return ""
	}
	if sw.words[w] || sp.vocab[w] {
		return w
	}
	for _, end := range []string{"n", "en", "e", "s", "er", "ern", "es"} {
		if b, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(b) >= 3 && (sw.words[b] || sp.vocab[b]) {
			return b
		}
	}
	return ""
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

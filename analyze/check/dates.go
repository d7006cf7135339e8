package check

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// dateWindow is how far apart, in days, two dates given for one event may
// be: farther apart they are taken for two events.
const dateWindow = 14

// writtenDay matches a date with its day and month written out: "8. Februar",
// "19.3.", "14.01.2026"; not "in 24 Stunden" or "11. Kalenderwoche".
var writtenDay = regexp.MustCompile(`\b\d{1,2}\.\s?(\d{1,2}\.|(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)`)

// nounStems returns the stems of the nouns of a sentence, what an event is
// told by: German nouns are capitalised; function words, names of days and
// months, words of the names in it (told apart by the entities) and words
// under three letters are left out.
func nounStems(sentence string, names map[string]bool) []string {
	l := theLexicon()
	var out []string
	for _, f := range strings.FieldsFunc(sentence, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		for _, w := range strings.Split(f, "-") {
			r := []rune(w)
			if len(r) < 3 || !unicode.IsUpper(r[0]) || (len(r) > 1 && unicode.IsUpper(r[1])) {
				continue // not a noun, or an acronym
			}
			low := strings.ToLower(w)
			if l.stop[low] || names[low] {
				continue
			}
			if st := lemmaStem(low); len(st) >= 3 && !contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// event is a date an article gives for something, with the words of its
// sentence that say what happens then.
type event struct {
	art     int
	d       *fact.Date
	day     int
	words   []string // content stems of the sentence, dates left out
	kinds   []string // event nouns the sentence names (see eventNouns)
	sent    []string // entities of the sentence
	ents    []string // block keys
	text    string   // the sentence
	start   int
	end     int
	speaker string
	source  string
}

// dateDiscrepanciesByEvent reports two articles that give different days for
// the same event: sentences of one story that share what happens (at least
// two content words, a fair part of the shorter) but name other days, not
// far apart. Only dates with a day number written out count ("8. Februar",
// not "am Sonntag"), and not the article's own date.
func dateDiscrepanciesByEvent(arts []Article, al *aliases, artEnts [][]string) []fact.Finding {
	top := topOf(arts, al)
	var evs []event
	for ai := range arts {
		a := &arts[ai]
		if a.Body == "" || len(a.Sentences) == 0 {
			continue
		}
		pub := parseSpan(a.Published)
		sentText := map[int]fact.Sentence{}
		for _, s := range a.Sentences {
			sentText[s.Index] = s
		}
		sentEnts := map[int][]string{}
		nameWords := map[int]map[string]bool{}
		for _, e := range a.Entities {
			if k := al.key(e.Name); k != "" && !al.common[k] {
				sentEnts[e.Sentence] = appendUnique(sentEnts[e.Sentence], k)
			}
			if nameWords[e.Sentence] == nil {
				nameWords[e.Sentence] = map[string]bool{}
			}
			for _, w := range words(e.Text + " " + e.Name) {
				nameWords[e.Sentence][w] = true
			}
		}
		stems := map[int][]string{}
		kinds := map[int][]string{}
		for di := range a.Dates {
			d := &a.Dates[di]
			sp := parseSpan(d.Value)
			if d.Vague || !writtenDay.MatchString(d.Text) || !sp.exact() || (pub.exact() && sp.from == pub.from) {
				continue
			}
			s, ok := sentText[d.Sentence]
			if !ok || s.Start < 0 || s.End > len(a.Body) || s.Start >= s.End {
				continue
			}
			w, ok := stems[d.Sentence]
			if !ok {
				w = nounStems(a.Body[s.Start:s.End], nameWords[d.Sentence])
				kinds[d.Sentence] = eventNouns(a.Body[s.Start:s.End])
				if prev, ok := sentText[d.Sentence-1]; ok && startsWithPronoun(a.Body[s.Start:s.End]) &&
					prev.Start >= 0 && prev.End <= len(a.Body) && prev.Start < prev.End {
					// "Es findet nun am 8. Februar statt": the event is named
					// in the sentence before.
					for _, x := range nounStems(a.Body[prev.Start:prev.End], nameWords[d.Sentence-1]) {
						w = appendUnique(w, x)
					}
					for _, x := range eventNouns(a.Body[prev.Start:prev.End]) {
						kinds[d.Sentence] = appendUnique(kinds[d.Sentence], x)
					}
					sort.Strings(kinds[d.Sentence])
				}
				stems[d.Sentence] = w
			}
			if len(w) < 1 {
				continue
			}
			ev := event{art: ai, d: d, day: sp.from, words: w, kinds: kinds[d.Sentence], sent: sentEnts[d.Sentence],
				text: a.Body[s.Start:s.End], start: s.Start, end: s.End, source: articleSource(a)}
			ev.ents = append([]string(nil), ev.sent...)
			for _, k := range artEnts[ai] {
				if len(artEnts[ai]) <= topEntities {
					ev.ents = appendUnique(ev.ents, k)
				}
			}
			for _, k := range top[ai] {
				ev.ents = appendUnique(ev.ents, k) // what the story is about meets its other tellings
			}
			if len(ev.ents) == 0 {
				ev.ents = []string{"~"}
			}
			for i := range a.Claims {
				c := &a.Claims[i]
				if c.Start <= s.Start && s.End <= c.End || (s.Start <= c.Start && c.End <= s.End) {
					ev.speaker = c.Speaker
					break
				}
			}
			evs = append(evs, ev)
		}
	}
	blocks := map[blockKey][]int32{}
	for i := range evs {
		w := span{evs[i].day - dateWindow, evs[i].day + dateWindow, true}
		for _, e := range evs[i].ents {
			for _, b := range w.buckets(bucketDays) {
				k := blockKey{e, b}
				blocks[k] = append(blocks[k], int32(i))
			}
		}
	}
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
	byArt := map[int][]int{}
	for i := range evs {
		byArt[evs[i].art] = append(byArt[evs[i].art], i)
	}
	seen := map[pairKey]bool{}
	best := map[string]bestPair{}
	agree := newUnionFind(len(evs))
	var out []fact.Finding
	for _, k := range keys {
		list := blocks[k]
		if len(list) > maxPosting {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				pr := mkPair(int(list[x]), int(list[y]))
				if seen[pr] {
					continue
				}
				seen[pr] = true
				a, b := &evs[pr.a], &evs[pr.b]
				if a.art == b.art || unit(&arts[a.art]) == unit(&arts[b.art]) || sameOutlet(&arts[a.art], &arts[b.art]) {
					continue
				}
				if a.day-b.day > dateWindow || b.day-a.day > dateWindow {
					continue
				}
				sameNames := shareKey(a.sent, b.sent)
				if !sameNames && sharedCount(artEnts[a.art], artEnts[b.art]) < 2 {
					continue // dates are everywhere: only within one story
				}
				if a.day != b.day && (mentionsDay(&arts[a.art], a.d.Sentence, b.day) || mentionsDay(&arts[b.art], b.d.Sentence, a.day)) {
					continue // each sentence names both days: a sequence, not a disagreement
				}
				n := 0
				for _, x := range a.words {
					if contains(b.words, x) {
						n++
					}
				}
				// A name of both sentences and half the nouns of the shorter,
				// or three nouns.
				// Without a shared name, two nouns do when they are all the
				// shorter sentence has (Landtag, Haushalt).
				// Or one event noun of both (Spiel, Wahl, Streik) in one
				// story: the noun tells what happens, however else the two
				// sentences are worded.
				same := sharedCount(a.kinds, b.kinds) > 0
				if !same && (n < 1 || (n < 3 && !sameNames && (n < 2 || n < min(len(a.words), len(b.words)))) ||
					2*n < min(len(a.words), len(b.words))) {
					continue
				}
				if same {
					n += 2 // the pair that shares what happens is the one to show
				}
				if a.day != b.day && same && (namesEvent(evs, byArt[a.art], b.day, a.kinds) || namesEvent(evs, byArt[b.art], a.day, b.kinds)) {
					continue // one article names both days for it: two events (Wahl, Stichwahl)
				}
				if a.day == b.day {
					if n >= 2 && !copiedText(a.text, b.text) { // a sentence copied is one source
						agree.union(int(pr.a), int(pr.b)) // one day for one event: told alike
					}
					continue
				}
				// One finding per pair of articles: the pair of sentences
				// that share the most.
				key := unit(&arts[a.art]) + "|" + unit(&arts[b.art])
				if c, ok := best[key]; !ok || n > c.n || (n == c.n && (pr.a < c.pr.a || (pr.a == c.pr.a && pr.b < c.pr.b))) {
					best[key] = bestPair{pr, n}
				}
			}
		}
	}
	bk := make([]string, 0, len(best))
	for k := range best {
		bk = append(bk, k)
	}
	sort.Strings(bk)
	told := map[[2]int]bool{}
	for _, k := range bk {
		pr := best[k].pr
		// Articles that agree on the day tell one side: one finding per
		// pair of sides, not per pair of articles.
		ra, rb := agree.find(int(pr.a)), agree.find(int(pr.b))
		if ra > rb {
			ra, rb = rb, ra
		}
		if told[[2]int{ra, rb}] {
			continue
		}
		told[[2]int{ra, rb}] = true
		out = append(out, dateFinding(arts, &evs[pr.a], &evs[pr.b]))
	}
	return append(out, dateCorroborations(arts, evs, agree)...)
}

// dateCorroborations reports one day given for one event by independent
// sources: two near-duplicate units, two outlets, two sources.
func dateCorroborations(arts []Article, evs []event, uf unionFind) []fact.Finding {
	groups, roots := uf.groups(len(evs))
	var out []fact.Finding
	for _, r := range roots {
		var sides []fact.Side
		units, outlets, sources := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, i := range groups[r] {
			e := &evs[i]
			a := &arts[e.art]
			if units[unit(a)] || sources[e.source] {
				continue
			}
			units[unit(a)], sources[e.source] = true, true
			o := a.outlet
			if o == "" {
				o = "article:" + a.ID
			}
			outlets[o] = true
			if len(sides) < maxSides {
				sides = append(sides, dateSide(arts, e))
			}
		}
		if len(units) < 2 || len(outlets) < 2 {
			continue
		}
		first := &evs[groups[r][0]]
		about := strings.Join(commonWords(first, &evs[groups[r][1]]), " ")
		expl := fmt.Sprintf("%d articles from %d independent sources give %s for it.", len(units), len(sources), dayValue(first.d.Value))
		out = append(out, newFinding(fact.Corroboration, fact.SeverityInfo, shorten(about, 80), expl, sides))
	}
	return out
}

// namesEvent tells whether one of the events (indices into evs) falls on
// day and names one of kinds.
func namesEvent(evs []event, idx []int, day int, kinds []string) bool {
	for _, i := range idx {
		if evs[i].day == day && sharedCount(evs[i].kinds, kinds) > 0 {
			return true
		}
	}
	return false
}

// bestPair is the pair of events of two articles that share the most words.
type bestPair struct {
	pr pairKey
	n  int
}

// startsWithPronoun tells whether a sentence opens with a pronoun that
// takes up what the sentence before named (Es, Er, Sie; not "Das", which
// opens "Das verlegte Spiel" as often as it points back).
func startsWithPronoun(s string) bool {
	w := words(s)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "es", "er", "sie":
		return true
	}
	return false
}

// relatedArticles tells whether two articles tell one story by the names
// they share (see sameMeasure).
func relatedArticles(ea, eb []string) bool {
	if ea == nil || eb == nil {
		return true // an article that names nobody at all: nothing tells it apart
	}
	if len(ea) == 0 || len(eb) == 0 {
		return false // it names only what every article names
	}
	need := 2
	if min(len(ea), len(eb)) <= 3 {
		need = 1
	}
	return sharedCount(ea, eb) >= need
}

// mentionsDay tells whether a sentence of an article names the day.
func mentionsDay(a *Article, sentence, day int) bool {
	for _, d := range a.Dates {
		if d.Sentence == sentence {
			if s := parseSpan(d.Value); s.ok && s.from <= day && day <= s.to {
				return true
			}
		}
	}
	return false
}

// copiedText tells whether two sentences are one text copied: four
// fifths of their words or more are the same.
func copiedText(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	union := len(set)
	shared := 0
	seen := map[string]bool{}
	for _, w := range wb {
		if seen[w] {
			continue
		}
		seen[w] = true
		if set[w] {
			shared++
		} else {
			union++
		}
	}
	return 5*shared >= 4*union
}

// dateSide is the side of a finding that a dated sentence makes.
func dateSide(arts []Article, e *event) fact.Side {
	art := &arts[e.art]
	speaker := e.speaker
	if speaker == "" {
		speaker = art.Outlet
	}
	return fact.Side{Article: art.ID, Outlet: art.Outlet, Speaker: speaker, Stance: fact.Asserts,
		Evidence: e.text, Start: e.start, End: e.end, Date: e.d.Value}
}

func dateFinding(arts []Article, a, b *event) fact.Finding {
	side := func(e *event) fact.Side { return dateSide(arts, e) }
	about := strings.Join(commonWords(a, b), " ")
	expl := fmt.Sprintf("One article dates it %s (%q), another %s (%q).",
		dayValue(a.d.Value), a.d.Text, dayValue(b.d.Value), b.d.Text)
	return newFinding(fact.Discrepancy, fact.SeverityMedium, shorten(about, 80), expl, []fact.Side{side(a), side(b)})
}

// commonWords lists the words of a's sentence that b's shares, as written
// in a's sentence, to say what the event is.
func commonWords(a, b *event) []string {
	var out []string
	for _, w := range words(a.text) {
		st := lemmaStem(w)
		for _, x := range b.words {
			if wordsMatch(st, x) && !contains(out, w) {
				out = append(out, w)
				break
			}
		}
	}
	if len(out) == 0 {
		out = []string{shorten(a.text, 60)}
	}
	return out
}

func dayValue(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[:i]
	}
	return v
}

// NeedsBody tells whether cross-checking reads the body of an article with
// these dates: only dates with day and month written out are compared as
// events, by the words of their sentences. Other articles may come without
// a body (evidence then is the text of the fact; see Article.Body).
func NeedsBody(dates []fact.Date) bool {
	for _, d := range dates {
		if !d.Vague && writtenDay.MatchString(d.Text) {
			return true
		}
	}
	return false
}

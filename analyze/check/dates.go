package check

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// dateWindow is how far apart, in days, two dates given for one event may
// be: farther apart they are taken for two events. Sentences that name one
// event noun (Schließung, Wahl) may be eventWindow apart: a month mistaken
// for the next (1. Juni, 1. Juli) is still one event.
const (
	dateWindow  = 14
	eventWindow = 31
)

// publishedWindow is how many days apart two articles dating one event
// differently may be published: farther apart they tell another stage of
// the story, or the same weekday of another week.
const publishedWindow = 3

// eventBlock prefixes the block keys of a day of the month and an event
// noun (see monthMistaken); a block of more than maxEventBlock dates is a
// noun of every story (Fall, Spiel in a season) and compares nothing.
const (
	eventBlock    = "~event:"
	maxEventBlock = 200
)

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
	weekday int      // the weekday the date names (time.Sunday = 0 ...), or -1 when it names none
	role    string   // what the date is of its event: a day, or a bound ("until", "from"; see dateRole)
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
	rare := rareEntities(artEnts)
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
			written, weekday := writtenDay.MatchString(d.Text), namedWeekday(d.Text)
			if d.Vague || (!written && weekday < 0) || !sp.exact() || (written && pub.exact() && sp.from == pub.from) {
				continue
			}
			s, ok := sentText[d.Sentence]
			if !ok || s.Start < 0 || s.End > len(a.Body) || s.Start >= s.End {
				continue
			}
			if d.Start >= s.Start && d.End <= s.End && !eventDate(a.Body[s.Start:s.End], d.Start-s.Start, d.End-s.Start) {
				continue // "teilte X am Dienstag mit", "seit Mittwoch": not the day of what happens
			}
			if d.Start >= s.Start && d.End <= s.End && stamp(a.Body[s.Start:s.End], d.Start-s.Start, d.End-s.Start) {
				continue // "Donnerstag, 31. Dezember, 21.40 Uhr: ...": a live blog's entry, not an event's day
			}
			w, ok := stems[d.Sentence]
			if !ok {
				w = nounStems(a.Body[s.Start:s.End], nameWords[d.Sentence])
				kinds[d.Sentence] = eventNouns(maskReferencePoints(a.Body[s.Start:s.End]))
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
			evKinds := kinds[d.Sentence]
			if !written {
				// A weekday alone dates what its own clause names ("den
				// Angriff am Montagmorgen bemerkt"), not every event of the
				// sentence ("Am Dienstag müssen Entscheidungen her, mit Blick
				// auf das Derby").
				text := a.Body[s.Start:s.End]
				lo, hi := clauseAround(text, d.Start-s.Start, d.End-s.Start)
				evKinds = eventNouns(maskReferencePoints(text[lo:hi]))
			}
			role := ""
			if d.Start >= s.Start && d.End <= s.End {
				role = dateRole(a.Body[s.Start:s.End], d.Start-s.Start)
			}
			ev := event{art: ai, d: d, day: sp.from, weekday: weekday, role: role, words: w, kinds: evKinds, sent: sentEnts[d.Sentence],
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
			for _, k := range rare[ai] {
				ev.ents = appendUnique(ev.ents, k) // so do the names few articles carry (see rareEntities)
			}
			if len(ev.ents) == 0 {
				ev.ents = []string{"~"}
			}
			for i := range a.Claims {
				c := &a.Claims[i]
				if c.Start <= s.Start && s.End <= c.End || (s.Start <= c.Start && c.End <= s.End) {
					ev.speaker = c.Speaker
					if src := claimSource(a, c); strings.HasPrefix(src, "via:") {
						ev.source = src // "Wie der Saale-Kurier berichtet, ...": that outlet's day, not this one's
					}
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
		// A day written out meets the same day of the months around it
		// (a month mistaken, see monthMistaken) under its event nouns.
		if v := evs[i].d.Value; writtenOut(&evs[i]) == 1 && len(v) >= 10 {
			if m, err := strconv.Atoi(v[5:7]); err == nil {
				y, _ := strconv.Atoi(v[:4])
				month := y*12 + m
				for _, kind := range evs[i].kinds {
					for b := month - 1; b <= month+1; b++ {
						k := blockKey{eventBlock + v[8:10] + ":" + kind, b}
						blocks[k] = append(blocks[k], int32(i))
					}
				}
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
		if len(list) > maxPosting || (strings.HasPrefix(k.entity, eventBlock) && len(list) > maxEventBlock) {
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
				if a.day-b.day > eventWindow || b.day-a.day > eventWindow {
					continue
				}
				if pa, pb := parseSpan(arts[a.art].Published), parseSpan(arts[b.art].Published); !pa.near(pb, publishedWindow) {
					continue // told days apart, the days are of two stages of a story (the application, the approval)
				}
				if a.role != b.role {
					continue // "bis zum 31. August untersagt", "ab dem 1. September erlaubt": bounds, not the day of one event
				}
				sameNames := shareKey(a.sent, b.sent)
				if !sameNames && sharedCount(artEnts[a.art], artEnts[b.art]) < 2 {
					continue // dates are everywhere: only within one story
				}
				if a.day != b.day && sameWeekday(a, b) {
					continue // "am Donnerstag" read as this week's and last week's: one day, resolved two ways
				}
				byWeekday := writtenOut(a)+writtenOut(b) < 2
				if byWeekday && !nearPublished(&arts[a.art], &arts[b.art], a, b) {
					continue // a weekday names a day of the week the article was written in
				}
				if byWeekday && !weekdayAlike(artEnts[a.art], artEnts[b.art], sameNames, sharedCount(a.kinds, b.kinds) > 0) {
					continue
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
				same := sharedCount(a.kinds, b.kinds) > 0 && sameEvent(a.kinds, b.kinds, a.text, b.text)
				if (a.day-b.day > dateWindow || b.day-a.day > dateWindow) && !(same && monthMistaken(a, b)) {
					continue
				}
				if !same && (n < 1 || (n < 3 && !sameNames && (n < 2 || n < min(len(a.words), len(b.words)))) ||
					2*n < min(len(a.words), len(b.words))) {
					continue
				}
				if !same && len(a.kinds) > 0 && len(b.kinds) > 0 {
					// Two sentences naming two events (a vaccine given, its
					// approval recommended), or one shared noun besides the
					// names: real news tells many days of one story.
					continue
				}
				if same {
					n += 2 // the pair that shares what happens is the one to show
				}
				n = 2*n + writtenOut(a) + writtenOut(b) // at equal words, a day written out is read more surely than a weekday
				if a.day != b.day && same && (namesEvent(evs, byArt[a.art], b.day, a.kinds) || namesEvent(evs, byArt[b.art], a.day, b.kinds)) {
					continue // one article names both days for it: two events (Wahl, Stichwahl)
				}
				if a.day == b.day {
					if n >= 4 && !copiedText(a.text, b.text) { // a sentence copied is one source
						agree.union(int(pr.a), int(pr.b)) // one day for one event: told alike
					}
					continue
				}
				// One finding per pair of articles: the pair of sentences
				// that share the most.
				key := unit(&arts[a.art]) + "|" + unit(&arts[b.art])
				if c, ok := best[key]; !ok || n > c.n || (n == c.n && (pr.a < c.pr.a || (pr.a == c.pr.a && pr.b < c.pr.b))) {
					best[key] = bestPair{pr, n, same}
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
		out = append(out, dateFinding(arts, &evs[pr.a], &evs[pr.b], best[k].same))
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
			o := a.outlet
			if via, ok := strings.CutPrefix(e.source, "via:"); ok {
				o = via // a re-report speaks for the outlet it credits
			} else if o == "" {
				o = "article:" + a.ID
			}
			if units[unit(a)] || sources[e.source] || outlets[o] {
				continue
			}
			units[unit(a)], sources[e.source] = true, true
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
	pr   pairKey
	n    int
	same bool // the sentences name one event noun
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

// dateFinding is the discrepancy of two events on different days: of
// medium severity when the sentences name one event noun (Spiel, Wahl,
// Probe), low when only their other words tie them (real news tells many
// things of one story on the days of one week).
func dateFinding(arts []Article, a, b *event, sameKind bool) fact.Finding {
	side := func(e *event) fact.Side { return dateSide(arts, e) }
	about := strings.Join(commonWords(a, b), " ")
	expl := fmt.Sprintf("One article dates it %s (%q), another %s (%q).",
		dayValue(a.d.Value), a.d.Text, dayValue(b.d.Value), b.d.Text)
	sev := fact.SeverityMedium
	if !sameKind {
		sev = fact.SeverityLow
		expl = strings.TrimSuffix(expl, ".") + "; the sentences share words, not an event named alike."
	}
	return newFinding(fact.Discrepancy, sev, shorten(about, 80), expl, []fact.Side{side(a), side(b)})
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
// these dates: only dates with day and month written out, or a weekday
// named, are compared as events, by the words of their sentences. Other
// articles may come without a body (evidence then is the text of the fact;
// see Article.Body).
func NeedsBody(dates []fact.Date) bool {
	for _, d := range dates {
		if !d.Vague && (writtenDay.MatchString(d.Text) || namedWeekday(d.Text) >= 0) {
			return true
		}
	}
	return false
}

// monthMistaken tells whether two dates written out give the same day of
// different months ("1. Juni", "1. Juli"): a month mistaken for the next,
// one event however far apart the days are.
func monthMistaken(a, b *event) bool {
	if writtenOut(a)+writtenOut(b) < 2 || len(a.d.Value) < 10 || len(b.d.Value) < 10 {
		return false
	}
	return a.d.Value[8:10] == b.d.Value[8:10] && a.d.Value[:7] != b.d.Value[:7]
}

// nearPublished tells whether two articles dating an event by a weekday
// speak of one week: published three days apart or less, each event
// within a week of its article.
func nearPublished(x, y *Article, a, b *event) bool {
	px, py := parseSpan(x.Published), parseSpan(y.Published)
	if !px.ok || !py.ok {
		return false
	}
	within := func(d, lo, hi int) bool { return d >= lo && d <= hi }
	return within(px.from-py.from, -3, 3) && within(a.day-px.from, -7, 7) && within(b.day-py.from, -7, 7)
}

// writtenOut is 1 when the event's date has its day and month written out
// ("7. Februar"), 0 when it only names a weekday.
func writtenOut(e *event) int {
	if writtenDay.MatchString(e.d.Text) {
		return 1
	}
	return 0
}

// weekdayNames are the German names of the days of the week, Sunday first
// as in time.Weekday; "Sonnabend" is Saturday in the north.
var weekdayNames = []string{"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"}

// namedWeekday returns the weekday a date's text names ("am Montagmorgen",
// "Samstag, 7. März"), or -1.
func namedWeekday(text string) int {
	for w := range eachWord(text) {
		if strings.HasPrefix(w, "sonnabend") {
			return 6
		}
		for i, n := range weekdayNames {
			if strings.HasPrefix(w, n) {
				return i
			}
		}
	}
	return -1
}

// weekdayOf is the weekday of a day counted from 1970-01-01 (a Thursday).
func weekdayOf(day int) int {
	return ((day+4)%7 + 7) % 7
}

// sameWeekday tells whether two events of different days, one of them
// dated by its weekday only, name the same weekday, or one names the
// weekday the other's day falls on: "am Donnerstag" in two articles is one
// Thursday read as this week's in one and last week's in the other (the
// tense decides, and is easily misread), not two days.
func sameWeekday(a, b *event) bool {
	if writtenOut(a)+writtenOut(b) == 2 {
		return false // "Donnerstag, 19. März" and "26. März" are two Thursdays, each written out
	}
	return (a.weekday >= 0 && a.weekday == weekdayOf(b.day)) || (b.weekday >= 0 && b.weekday == weekdayOf(a.day))
}

// eventDate tells whether the date at [start, end) of a sentence is the day
// something happens rather than the day it was said ("teilte ein Sprecher
// am Dienstag mit", "sagte sie am Mittwochabend": a verb of saying in the
// date's clause, unless the clause is passive: "der erste Fall war am 12.
// Januar gemeldet worden" is the case) or the start of a state ("seit
// Mittwoch", "seit dem 3. März"). Clauses end at a comma, semicolon,
// colon, dash or quote mark (not at a bracket: "sagte Huml (CSU) am
// Sonntag").
func eventDate(sentence string, start, end int) bool {
	if start < 0 || end > len(sentence) || start >= end {
		return true
	}
	lo, hi := clauseAround(sentence, start, end)
	lo = pastApposition(sentence, lo)
	before := words(sentence[lo:start])
	if n := len(before); n > 0 && before[n-1] == "seit" || n > 1 && before[n-2] == "seit" {
		return false
	}
	clause := words(sentence[lo:start] + " " + sentence[end:hi])
	for _, w := range clause {
		switch w {
		case "worden", "wurde", "wurden", "wird", "werden":
			return true // a passive tells what was done: "am 12. Januar gemeldet worden"
		}
	}
	for _, w := range clause {
		if sayingVerb(w) {
			return false
		}
	}
	return true
}

// clauseAround returns the bounds of the clause of a sentence that holds
// [start, end): from the comma, semicolon, colon, dash or quote mark
// before it to the one after it (not at a bracket: "sagte Huml (CSU) am
// Sonntag").
func clauseAround(sentence string, start, end int) (lo, hi int) {
	lo = strings.LastIndexAny(sentence[:start], ",;:–„“\"") + 1
	hi = strings.IndexAny(sentence[end:], ",;:–„“\"")
	if hi < 0 {
		hi = len(sentence)
	} else {
		hi += end
	}
	return lo, hi
}

// sayingVerb tells whether a lower-case word is a form of a verb of saying
// (the verbs of lists/cues.txt): "teilte", "mitgeteilt", "sagte",
// "geäußert", and "kündigte" of ankündigen, whose prefix stands apart.
// Words of the list that are no verbs (laut, zufolge) do not count.
func sayingVerb(w string) bool {
	if r := []rune(w); len(r) < 4 || unicode.IsUpper(r[0]) {
		return false
	}
	if v, ok := sayingCache.Load(w); ok {
		return v.(bool)
	}
	v := sayingVerbOf(w)
	if sayingCached.Add(1) <= maxCached {
		sayingCache.Store(w, v)
	}
	return v
}

// sayingCache holds what sayingVerb found for the words seen, up to
// maxCached of them.
var (
	sayingCache  sync.Map
	sayingCached atomic.Int64
)

func sayingVerbOf(w string) bool {
	cues := theCueVerbs()
	for _, lm := range append([]string{w}, verbLemmas(w)...) {
		if !strings.HasSuffix(lm, "en") && !strings.HasSuffix(lm, "ern") {
			continue
		}
		for _, c := range cues {
			if c == lm || (len(lm) >= 6 && strings.HasSuffix(c, lm)) {
				return true
			}
		}
	}
	return false
}

// theCueVerbs are the infinitives of lists/cues.txt.
var theCueVerbs = sync.OnceValue(func() []string {
	var out []string
	for _, w := range readList("lists/cues.txt") {
		w = strings.ToLower(strings.TrimSpace(w))
		if strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") {
			out = append(out, w)
		}
	}
	return out
})

// referencePoint matches an event noun used as a point of reference after
// a temporal preposition: "nach der Empfehlung", "vor dem Spiel", "seit
// dem Angriff", or as a topic: "das Urteil zu dem Fall", "über den Streik".
// The date of such a sentence is not the day of that event.
var referencePoint = regexp.MustCompile(`\b(?:[Nn]ach|[Vv]or|[Ss]eit|[Bb]is zu|[Zz]u|[Üü]ber)\s+(?:dem|der|den|einem|einer)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*`)

// maskReferencePoints blanks the nouns of reference points (see
// referencePoint), so that they name no event of the sentence; not when a
// date follows the noun, which dates that very event ("vor der Wahl am 13.
// September").
func maskReferencePoints(sentence string) string {
	locs := referencePoint.FindAllStringIndex(sentence, -1)
	if len(locs) == 0 {
		return sentence
	}
	b := []byte(sentence)
	for _, l := range locs {
		if next := words(sentence[l[1]:]); len(next) > 0 && (next[0] == "am" || next[0] == "vom" || next[0] == "im") {
			continue
		}
		for i := l[0]; i < l[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// weekdayAlike tells whether two events, one of them dated by a weekday
// only, are told alike enough to be one event: their articles tell one
// story (they share two names, and three tenths of the names of the one
// naming fewer), and the clauses of the dates name one event noun. A name
// of both sentences is not enough: real news tells many events of one
// story on the days of one week (the county's order on Friday evening, the
// district administrator's statement on Saturday).
func weekdayAlike(entsA, entsB []string, sameNames, sameKind bool) bool {
	return oneStory(entsA, entsB) && (sameKind || sameNames)
}

// oneStory tells whether two articles tell one story by the names they
// share (sorted keys, see articleEntities): two at least, and three tenths
// of the names of the one naming fewer.
func oneStory(entsA, entsB []string) bool {
	n := sharedCount(entsA, entsB)
	return n >= 2 && 10*n >= 3*min(len(entsA), len(entsB))
}

// dateRole tells what a date at byte start of a sentence is of what
// happens: "until" when it ends a period ("bis zum 7. Juli", "spätestens
// am Freitag"), "from" when it starts one ("ab dem 1. September"), ""
// when it is the day itself ("die Sitzung vom Dienstag" is one).
func dateRole(sentence string, start int) string {
	if start < 0 || start > len(sentence) {
		return ""
	}
	lo, _ := clauseAround(sentence, start, start)
	before := words(sentence[lo:start])
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		switch before[i] {
		case "bis", "spätestens", "längstens", "frühestens":
			return "until"
		case "ab", "seit":
			return "from"
		}
	}
	return ""
}

// stamp tells whether the date at [start, end) of a sentence heads a
// live blog's or a ticker's entry: it opens the sentence, and a colon
// follows it, after a time of day at most ("Donnerstag, 31. Dezember,
// 21.40 Uhr: ...", "14. März: ...").
func stamp(sentence string, start, end int) bool {
	if start < 0 || end > len(sentence) || start > end {
		return false
	}
	if strings.TrimFunc(sentence[:start], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) != "" {
		return false
	}
	rest := sentence[end:]
	i := strings.IndexByte(rest, ':')
	if i < 0 || i > 20 {
		return false
	}
	for _, w := range words(rest[:i]) {
		if w != "uhr" && !isNumber(w) {
			return false
		}
	}
	return true
}

// pastApposition moves the start lo of a clause back over an apposition
// that a comma closes before it: "Dies teilte der Landrat, Sven-Georg
// Adenauer, am Samstag mit" is one clause, whose verb stands before the
// name. An apposition is up to five words, all capitalised.
func pastApposition(sentence string, lo int) int {
	if lo < 2 || sentence[lo-1] != ',' {
		return lo
	}
	open := strings.LastIndexByte(sentence[:lo-1], ',')
	if open < 0 {
		return lo
	}
	seg := strings.Fields(sentence[open+1 : lo-1])
	if len(seg) == 0 || len(seg) > 5 {
		return lo
	}
	for _, w := range seg {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return lo
		}
	}
	return strings.LastIndexAny(sentence[:open], ",;:–„“\"") + 1
}

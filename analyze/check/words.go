package check

import (
	"bufio"
	"embed"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
)

//go:embed lists/*.txt
var lists embed.FS

// lexicon holds the word lists of the package, loaded once.
type lexicon struct {
	stop     map[string]bool
	prefixes []string
	hedges   map[string]string  // hedge -> kind
	synsets  map[string][]int32 // stem -> ids of the synonym sets holding it
	verbs    map[string]string  // irregular verb form (and its stem) -> infinitive
	cues     map[string]bool    // stems of words that say who speaks and how
	refer    map[string]bool    // words by which a denial points back
	surveys  []string           // nouns of a poll, survey or count made by someone
	parties  map[string]bool    // role and organisation nouns (a leading "-" marks a suffix)
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{stop: map[string]bool{}, hedges: map[string]string{}, synsets: map[string][]int32{},
			verbs: map[string]string{}, cues: map[string]bool{}, refer: map[string]bool{}}
		for _, w := range readList("lists/referring.txt") {
			w = strings.ToLower(strings.TrimSpace(w))
			l.refer[w] = true
			l.refer[stem(w)] = true
		}
		for _, line := range readList("lists/verbforms.txt") {
			inf, forms, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			for _, f := range append(strings.Fields(forms), inf) {
				for _, k := range []string{f, stem(f)} {
					if _, dup := l.verbs[k]; !dup {
						l.verbs[k] = inf
					}
				}
			}
		}
		for _, w := range readList("lists/stopwords.txt") {
			l.stop[strings.ToLower(w)] = true
		}
		l.prefixes = readList("lists/prefixes.txt")
		for _, line := range readList("lists/hedges.txt") {
			h, kind, ok := strings.Cut(line, "\t")
			if ok {
				l.hedges[strings.ToLower(strings.TrimSpace(h))] = strings.TrimSpace(kind)
			}
		}
		sets := append(readList("lists/synonyms.txt"), readList("lists/synonyms_news.txt")...)
		for i, line := range sets {
			seen := map[string]bool{}
			for _, w := range strings.Split(line, ";") {
				s := stem(strings.ToLower(w))
				if s == "" || seen[s] {
					continue
				}
				seen[s] = true
				l.synsets[s] = append(l.synsets[s], int32(i))
			}
		}
		l.parties = map[string]bool{}
		for _, w := range readList("lists/parties.txt") {
			l.parties[strings.ToLower(strings.TrimSpace(w))] = true
		}
		for _, w := range readList("lists/surveys.txt") {
			l.surveys = append(l.surveys, strings.ToLower(strings.TrimSpace(w)))
		}
		lex = l
		for _, w := range readList("lists/cues.txt") {
			w = strings.ToLower(strings.TrimSpace(w))
			l.cues[stem(w)] = true
		}
	})
	return lex
}

// readList returns the non-empty, non-comment lines of an embedded list.
func readList(name string) []string {
	b, err := lists.ReadFile(name)
	if err != nil {
		return nil // the lists are embedded at build time; a missing one is a build error caught by tests
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// stem returns the Snowball German stem of a lower-case word.
func stem(w string) string {
	if w == "" {
		return ""
	}
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	env := snowball.NewEnv(w)
	german.Stem(env)
	s := env.Current()
	if stemCached.Add(1) <= maxCached {
		stemCache.Store(w, s)
	}
	return s
}

// stemCache holds the stems of words seen (news repeats its words), up to
// maxCached of them.
var (
	stemCache  sync.Map
	stemCached atomic.Int64
	lemmaCache sync.Map
	lemmaCount atomic.Int64
)

const maxCached = 200000

// lemmaStem is the stem of a word, or, when the thesaurus does not know that
// stem but knows the word without a final inflection -n or -s (dative
// plural "Usern", genitive "Konzerns" of short words the stemmer leaves
// alone), the stem of that.
func lemmaStem(w string) string {
	if s, ok := lemmaCache.Load(w); ok {
		return s.(string)
	}
	s := lemmaStemOf(w)
	if lemmaCount.Add(1) <= maxCached {
		lemmaCache.Store(w, s)
	}
	return s
}

func lemmaStemOf(w string) string {
	st := stem(w)
	l := theLexicon()
	if _, ok := l.synsets[st]; ok {
		return st
	}
	if n := len(w); n > 4 && (w[n-1] == 'n' || w[n-1] == 's') {
		if alt := stem(w[:n-1]); l.synsets[alt] != nil {
			return alt
		}
	}
	return st
}

// words splits s into lower-case words: letters and digits, with hyphenated
// compounds ("US-Banken") split into their parts.
func words(s string) []string {
	var out []string
	for w := range eachWord(s) {
		out = append(out, w)
	}
	return out
}

// eachWord yields the words of s as words returns them, one at a time: a
// word with no upper-case letter is a part of s, not a copy.
func eachWord(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start, upper := -1, false
		for i, r := range s {
			if r < utf8.RuneSelf {
				switch {
				case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				case 'A' <= r && r <= 'Z':
					upper = true
				default:
					if start >= 0 && !yieldWord(s[start:i], upper, yield) {
						return
					}
					start, upper = -1, false
					continue
				}
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if unicode.ToLower(r) != r {
					upper = true
				}
			} else {
				if start >= 0 && !yieldWord(s[start:i], upper, yield) {
					return
				}
				start, upper = -1, false
				continue
			}
			if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yieldWord(s[start:], upper, yield)
		}
	}
}

func yieldWord(w string, upper bool, yield func(string) bool) bool {
	if upper {
		w = strings.ToLower(w)
	}
	return yield(w)
}

// contentStems returns the stems of the content words of s, deduplicated,
// in the order they first occur: no function words, no numbers, no words
// shorter than three letters.
func contentStems(s string) []string {
	l := theLexicon()
	var out []string
	for w := range eachWord(s) {
		if len(w) < 3 || l.stop[w] || utf8.RuneCountInString(w) < 3 || isNumber(w) {
			continue
		}
		st := lemmaStem(w)
		if len(st) < 3 || contains(out, st) {
			continue
		}
		out = append(out, st)
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// evidenceStems returns the content stems of a claim's evidence that say
// what is claimed: without the words of the speaker's name, the cue, words
// of reporting and stance, and words that point back at something said.
func evidenceStems(evidence string, drop ...string) []string {
	l := theLexicon()
	skip := map[string]bool{}
	for _, d := range drop {
		for _, w := range words(d) {
			skip[lemmaStem(w)] = true
		}
	}
	var out []string
	for _, st := range contentStems(evidence) {
		if skip[st] || l.cues[st] || l.refer[st] {
			continue
		}
		out = append(out, st)
	}
	// Inflected cue verbs ("dementierte", "wies ... zurück") through their infinitives.
	res := out[:0]
	for _, st := range out {
		if !cueForm(st) {
			res = append(res, st)
		}
	}
	return res
}

// cueForm tells whether a stem is a form of a cue verb by its infinitives.
func cueForm(st string) bool {
	if c, ok := cueCache.Load(st); ok {
		return c.(bool)
	}
	cue := false
	l := theLexicon()
	for _, lm := range verbLemmas(st) {
		if l.cues[stem(lm)] {
			cue = true
			break
		}
	}
	if cueCached.Add(1) <= maxCached {
		cueCache.Store(st, cue)
	}
	return cue
}

// cueCache holds what cueForm found for the stems seen, up to maxCached.
var (
	cueCache  sync.Map
	cueCached atomic.Int64
)

// refersBack tells whether s is only a word pointing back ("die Darstellung",
// "das") once function words are left out.
func refersBack(s string) bool {
	l := theLexicon()
	n := 0
	for w := range eachWord(s) {
		if l.refer[w] {
			n++
			continue
		}
		if l.stop[w] || articles[w] {
			continue
		}
		return false
	}
	return n > 0
}

// predicateKeys returns what a predicate links by: the stem of each of its
// words that is no function word, the stem of the base verb when the word
// has a verb prefix ("nachfragen" also as "fragen"), and the synonym sets
// of each ("#123"). Two predicates mean the same when they share a key.
//
// The result is shared between callers (predicates and the words of
// sentences repeat): it must not be changed, and its capacity ends with it
// so that appending copies.
func predicateKeys(pred string) []string {
	if k, ok := predCache.Load(pred); ok {
		return k.([]string)
	}
	keys := predicateKeysOf(pred)
	if predCached.Add(1) <= maxCached {
		predCache.Store(pred, keys)
	}
	return keys
}

// predCache holds the keys of predicates and words seen, up to maxCached.
var (
	predCache  sync.Map
	predCached atomic.Int64
)

func predicateKeysOf(pred string) []string {
	l := theLexicon()
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	addStem := func(st string) {
		add(st)
		for _, id := range l.synsets[st] {
			add("#" + itoa(int(id)))
		}
	}
	for _, w := range words(pred) {
		if l.stop[w] || len([]rune(w)) < 3 {
			continue
		}
		for _, c := range append([]string{w}, verbLemmas(w)...) {
			if l.stop[c] {
				continue
			}
			addStem(stem(c))
			for _, p := range l.prefixes {
				if base, ok := strings.CutPrefix(c, p); ok && len([]rune(base)) >= 4 && !l.stop[base] {
					addStem(stem(base))
					break
				}
			}
		}
	}
	return keys[:len(keys):len(keys)]
}

// verbLemmas returns the infinitives a German verb form (or its stem) may
// belong to: irregular forms from the list ("gebeten", "wandte" and its stem
// "wandt"), also behind a verb prefix ("abgewiesen"), and regular
// participles and past forms by rule ("nachgefragt", "forderte").
func verbLemmas(w string) []string {
	l := theLexicon()
	var out []string
	add := func(s string) {
		if s != "" && s != w && !contains(out, s) {
			out = append(out, s)
		}
	}
	regular := func(prefix, r string) {
		if inf, ok := l.verbs[r]; ok {
			add(prefix + inf)
			return
		}
		body := r
		if strings.HasPrefix(body, "ge") && len(body) > 5 {
			body = body[2:]
		}
		switch {
		case strings.HasSuffix(body, "ten") && len(body) > 5:
			body = body[:len(body)-3]
		case strings.HasSuffix(body, "te") && len(body) > 4:
			body = body[:len(body)-2]
		case strings.HasSuffix(body, "t") && len(body) > 3:
			body = body[:len(body)-1]
		default:
			if body == r {
				return
			}
		}
		body = strings.TrimSuffix(body, "e")
		if strings.HasSuffix(body, "er") || strings.HasSuffix(body, "el") {
			add(prefix + body + "n")
		}
		add(prefix + body + "en")
	}
	regular("", w)
	for _, p := range l.prefixes {
		if r, ok := strings.CutPrefix(w, p); ok && len(r) >= 3 {
			regular(p, r)
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// wordsMatch tells whether two content stems name the same thing: equal,
// one the head of the other's compound ("daten" in "finanzdaten"), or in
// one synonym set ("bank" and "geldhaus").
func wordsMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 4 && strings.HasSuffix(b, a) {
		return true
	}
	return synonyms(a, b)
}

// synonyms tells whether two stems share a synonym set.
func synonyms(a, b string) bool {
	l := theLexicon()
	sa, sb := l.synsets[a], l.synsets[b]
	for _, x := range sa {
		for _, y := range sb {
			if x == y {
				return true
			}
		}
	}
	return false
}

// overlap counts the words of a that match a word of b.
func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if wordsMatch(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// partyNoun tells whether the last word of s is a role or organisation
// noun (Betriebsrat, Unternehmenssprecher, Gesundheitsamt).
func partyNoun(s string) bool {
	w := words(s)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	l := theLexicon()
	if l.parties[last] {
		return true
	}
	for i := 1; i < len(last)-2; i++ {
		if l.parties["-"+last[i:]] {
			return true
		}
	}
	return false
}

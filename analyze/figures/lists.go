package figures

import (
	"embed"
	"sort"
	"strconv"
	"strings"
)

//go:embed lists/*.txt
var listFS embed.FS

// seqEntry is one entry of a token-sequence list: a unit, scale or hedge.
type seqEntry struct {
	toks   []string // the surface, tokenised as text is
	unit   string   // unit code, or the hedge's meaning
	factor float64
	pre    bool // a unit that may stand before the number
	clause bool // a hedge that may stand a few words before the number
}

// seqList matches token sequences, longest first.
type seqList struct {
	byFirst map[string][]seqEntry
	byLast  map[string][]seqEntry // lower-cased, for backward matching
	fold    bool                  // compare lower-cased
}

func newSeqList(fold bool) *seqList {
	return &seqList{byFirst: map[string][]seqEntry{}, byLast: map[string][]seqEntry{}, fold: fold}
}

func (l *seqList) add(surface string, e seqEntry) {
	ts := tokenize(nil, surface, 0, len(surface))
	if len(ts) == 0 {
		return
	}
	for _, t := range ts {
		w := surface[t.s:t.e]
		if l.fold {
			w = strings.ToLower(w)
		}
		e.toks = append(e.toks, w)
	}
	l.byFirst[e.toks[0]] = append(l.byFirst[e.toks[0]], e)
	last := e.toks[len(e.toks)-1]
	l.byLast[last] = append(l.byLast[last], e)
}

func (l *seqList) sort() {
	for _, m := range []map[string][]seqEntry{l.byFirst, l.byLast} {
		for k, es := range m {
			sort.SliceStable(es, func(i, j int) bool { return len(es[i].toks) > len(es[j].toks) })
			m[k] = es
		}
	}
}

func (l *seqList) text(body string, t tok) string {
	w := body[t.s:t.e]
	if l.fold {
		w = lowerWord(w)
	}
	return w
}

// at returns the longest entry starting at token i, and the index after it.
func (l *seqList) at(body string, toks []tok, i int) (seqEntry, int, bool) {
	if i >= len(toks) {
		return seqEntry{}, i, false
	}
	for _, e := range l.byFirst[l.text(body, toks[i])] {
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if l.text(body, toks[i+k]) != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.toks), true
		}
	}
	return seqEntry{}, i, false
}

// before returns the longest entry ending at token j-1, and its first index.
func (l *seqList) before(body string, toks []tok, j int) (seqEntry, int, bool) {
	if j <= 0 || j > len(toks) {
		return seqEntry{}, j, false
	}
	for _, e := range l.byLast[l.text(body, toks[j-1])] {
		i := j - len(e.toks)
		if i < 0 {
			continue
		}
		ok := true
		for k := 0; k < len(e.toks)-1; k++ {
			if l.text(body, toks[i+k]) != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, i, true
		}
	}
	return seqEntry{}, j, false
}

// match returns the end and factor of a scale word at token i.
func (l *seqList) match(body string, toks []tok, i int) (int, float64, bool) {
	e, j, ok := l.at(body, toks, i)
	if !ok {
		return i, 0, false
	}
	return j, e.factor, true
}

// unitWord returns the one-token unit spelled w.
func (ls *listSet) unitWord(w string) (seqEntry, bool) {
	for _, e := range ls.units.byFirst[w] {
		if len(e.toks) == 1 {
			return e, true
		}
	}
	return seqEntry{}, false
}

// separable is a verb form whose particle follows later in the clause.
type separable struct {
	particle string
	dir      string
}

// listSet holds every list of the package, read once at start.
type listSet struct {
	units, scales, hedges            *seqList
	dirWord                          map[string]string
	dirPrefix                        []prefixDir
	dirSep                           map[string][]separable
	dirNot                           map[string][]string // form -> particles that cancel it
	dirAfter                         map[string]string
	dirRelative                      map[string]string // "%word": percent and points only
	determiners, prepositions, funcs map[string]bool
	timeNouns, index, generic        map[string]bool
	months                           map[string]bool
	measures                         map[string]string
}

type prefixDir struct {
	prefix, dir string
}

var lists = loadLists()

// readList returns the non-comment lines of a list, split at tabs.
func readList(name string) [][]string {
	b, err := listFS.ReadFile("lists/" + name)
	if err != nil {
		return nil // the lists are embedded; a missing one is an empty list
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, f := range readList(name) {
		m[strings.ToLower(strings.TrimSpace(f[0]))] = true
	}
	return m
}

func loadLists() *listSet {
	ls := &listSet{
		units:        newSeqList(false),
		scales:       newSeqList(false),
		hedges:       newSeqList(true),
		dirWord:      map[string]string{},
		dirSep:       map[string][]separable{},
		dirNot:       map[string][]string{},
		dirAfter:     map[string]string{},
		dirRelative:  map[string]string{},
		determiners:  wordSet("determiners.txt"),
		prepositions: wordSet("prepositions.txt"),
		funcs:        wordSet("function_words.txt"),
		timeNouns:    wordSet("time_nouns.txt"),
		months:       wordSet("months.txt"),
		index:        wordSet("index_words.txt"),
		generic:      wordSet("generic.txt"),
		measures:     map[string]string{},
	}
	for _, f := range readList("units.txt") {
		if len(f) < 3 {
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		ls.units.add(f[0], seqEntry{unit: f[1], factor: v, pre: len(f) > 3 && f[3] == "pre"})
	}
	for _, f := range readList("scales.txt") {
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		ls.scales.add(f[0], seqEntry{factor: v})
	}
	for _, f := range readList("hedges.txt") {
		if len(f) < 3 {
			continue
		}
		ls.hedges.add(f[0], seqEntry{unit: f[2], clause: f[1] == "clause"})
	}
	for _, f := range readList("direction.txt") {
		if len(f) < 2 {
			continue
		}
		dir, w := f[0], strings.ToLower(f[1])
		if dir == "!" {
			if verb, particle, ok := strings.Cut(w, " "); ok {
				ls.dirNot[verb] = append(ls.dirNot[verb], particle)
			}
			continue
		}
		switch {
		case strings.HasPrefix(w, ">"):
			ls.dirAfter[w[1:]] = dir
		case strings.HasPrefix(w, "%"):
			ls.dirRelative[w[1:]] = dir
		case strings.Contains(w, " "):
			verb, rest, _ := strings.Cut(w, " ")
			verb = strings.TrimSuffix(verb, "*")
			particle := rest[strings.LastIndexByte(rest, ' ')+1:]
			ls.dirSep[verb] = append(ls.dirSep[verb], separable{particle: particle, dir: dir})
		case strings.HasSuffix(w, "*"):
			ls.dirPrefix = append(ls.dirPrefix, prefixDir{prefix: strings.TrimSuffix(w, "*"), dir: dir})
		default:
			ls.dirWord[w] = dir
		}
	}
	for _, f := range readList("measures.txt") {
		key := strings.ToLower(f[0])
		for _, w := range f {
			ls.measures[strings.ToLower(strings.TrimSpace(w))] = key
		}
	}
	ls.units.sort()
	ls.scales.sort()
	ls.hedges.sort()
	return ls
}

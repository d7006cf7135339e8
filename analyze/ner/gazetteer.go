package ner

import (
	"bufio"
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/text"
)

//go:embed lists/*.txt
var listFS embed.FS

// listKinds maps each list file to the entity type and ORG kind of its
// entries. first_names.txt holds given names and surnames.txt surnames,
// which only feed the model.
var listKinds = map[string][2]string{
	"banks.txt":         {fact.ORG, fact.KindBank},
	"payment.txt":       {fact.ORG, fact.KindPayment},
	"exchanges.txt":     {fact.ORG, fact.KindExchange},
	"media.txt":         {fact.ORG, fact.KindMedia},
	"agencies.txt":      {fact.ORG, fact.KindAgency},
	"companies.txt":     {fact.ORG, fact.KindCompany},
	"public.txt":        {fact.ORG, fact.KindPublic},
	"parties.txt":       {fact.ORG, fact.KindParty},
	"locations.txt":     {fact.LOC, ""},
	"organisations.txt": {fact.ORG, ""},
	"first_names.txt":   {"", ""},
	"surnames.txt":      {"", "surname"},
}

// gazEntry is one name of a list: its tokens, what it is and the canonical
// name it stands for.
type gazEntry struct {
	toks  []string
	typ   string
	kind  string
	canon string
}

// gazetteer holds the embedded lists.
type gazetteer struct {
	entries    []gazEntry
	byFirst    map[string][]int // first token -> entries, longest first
	firstNames map[string]bool
	surnames   map[string]bool
	byName     map[string]int // exact surface name -> entry
	byKey      map[string]int // folded name (lowercase, no spaces, hyphens, dots) -> entry
}

var gaz = loadGazetteer(listFS)

// loadGazetteer reads every list. A line is "Canonical" or
// "Canonical|alias|alias"; '#' starts a comment line.
func loadGazetteer(fsys fs.FS) *gazetteer {
	g := &gazetteer{
		byFirst:    map[string][]int{},
		firstNames: map[string]bool{},
		surnames:   map[string]bool{},
		byName:     map[string]int{},
		byKey:      map[string]int{},
	}
	names, _ := fs.Glob(fsys, "lists/*.txt")
	slices.Sort(names)
	for _, name := range names {
		tk, ok := listKinds[path.Base(name)]
		if !ok {
			continue
		}
		f, err := fsys.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			forms := strings.Split(line, "|")
			if tk[0] == "" {
				set := g.firstNames
				if tk[1] == "surname" {
					set = g.surnames
				}
				for _, n := range forms {
					set[strings.TrimSpace(n)] = true
				}
				continue
			}
			canon := strings.TrimSpace(forms[0])
			for _, form := range forms {
				g.add(strings.TrimSpace(form), tk[0], tk[1], canon)
			}
		}
		f.Close()
	}
	for k, idx := range g.byFirst {
		slices.SortStableFunc(idx, func(a, b int) int { return len(g.entries[b].toks) - len(g.entries[a].toks) })
		g.byFirst[k] = idx
	}
	return g
}

func (g *gazetteer) add(form, typ, kind, canon string) {
	if form == "" {
		return
	}
	var toks []string
	for _, s := range text.Split(form) {
		for _, t := range s.Tokens {
			toks = append(toks, t.Text)
		}
	}
	if len(toks) == 0 {
		return
	}
	if _, dup := g.byName[form]; dup {
		return // the first list naming a form wins (lists are read in name order)
	}
	g.entries = append(g.entries, gazEntry{toks: toks, typ: typ, kind: kind, canon: canon})
	i := len(g.entries) - 1
	g.byFirst[toks[0]] = append(g.byFirst[toks[0]], i)
	g.byName[form] = i
	if k := foldKey(form); k != "" {
		if _, dup := g.byKey[k]; !dup {
			g.byKey[k] = i
		}
	}
}

// foldKey folds a name for loose matching: lowercase without spaces,
// hyphens, dots and apostrophes ("T Mobile" and "T-Mobile" meet).
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case ' ', '-', '.', '\'', '’', '&':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Gazetteer flag bits, one byte per token.
const (
	gFirstName = 1 << iota
	gLocB
	gLocI
	gOrgB
	gOrgI
	gPer      // a word of a listed person's name
	gSurname  // a listed surname
	gGenitive // the word less a final s is a one-word list name: Facebooks
)

// match returns, for each token, the entry of the longest list name that
// covers it starting there (or -1) and its length in tokens.
func (g *gazetteer) match(words []string) (entry []int, length []int) {
	entry = make([]int, len(words))
	length = make([]int, len(words))
	g.matchInto(words, func(i int) []int { return g.byFirst[words[i]] }, entry, length)
	return entry, length
}

// matchWords is match writing into entry and length (one a word), with the
// list names each word opens taken from its cached form.
func (g *gazetteer) matchWords(words []string, cws []*cachedWord, entry, length []int) {
	g.matchInto(words, func(i int) []int { return cws[i].first }, entry, length)
}

// matchInto is match given first(i), the entries whose first token is
// words[i] (longest first).
func (g *gazetteer) matchInto(words []string, first func(i int) []int, entry, length []int) {
	for i := range entry {
		entry[i] = -1
		length[i] = 0
	}
	for i := 0; i < len(words); {
		best := -1
		for _, e := range first(i) {
			toks := g.entries[e].toks
			if i+len(toks) > len(words) {
				continue
			}
			ok := true
			for k := 1; k < len(toks); k++ {
				if words[i+k] != toks[k] {
					ok = false
					break
				}
			}
			if ok {
				best = e
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		entry[i] = best
		length[i] = len(g.entries[best].toks)
		i += length[i]
	}
}

// gazFlags returns the gazetteer flags of each word of a sentence.
func gazFlags(words []string) []uint8 {
	entry, length := gaz.match(words)
	return gazFlagsInto(make([]uint8, len(words)), words, entry, length)
}

// gazFlagsInto is gazFlags given the list matches of the sentence
// (gazetteer.match), writing into flags (one a word).
func gazFlagsInto(flags []uint8, words []string, entry, length []int) []uint8 {
	clear(flags)
	for i, w := range words {
		flags[i] |= nameFlags(w)
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			if e, ok := gaz.byName[w[:len(w)-1]]; ok && len(gaz.entries[e].toks) == 1 {
				flags[i] |= gGenitive
			}
		}
	}
	entryFlags(flags, entry, length)
	return flags
}

// entryFlags adds to flags the bits of the list names matched in the
// sentence (gazetteer.match): the type of each name's first and further
// words.
func entryFlags(flags []uint8, entry, length []int) {
	for i, e := range entry {
		if e < 0 {
			continue
		}
		var b, in uint8
		switch gaz.entries[e].typ {
		case fact.LOC:
			b, in = gLocB, gLocI
		case fact.ORG:
			b, in = gOrgB, gOrgI
		case fact.PER:
			b, in = gPer, gPer
		}
		flags[i] |= b
		for k := 1; k < length[i]; k++ {
			flags[i+k] |= in
		}
	}
}

// IsFirstName reports whether w is a given name of the embedded list.
func IsFirstName(w string) bool { return gaz.firstNames[w] }

// nameFlags returns the flags of the name lists a word is on: gFirstName,
// gSurname.
func nameFlags(w string) uint8 {
	var f uint8
	if gaz.firstNames[w] {
		f |= gFirstName
	}
	if gaz.surnames[w] {
		f |= gSurname
	}
	return f
}

// wordFlags returns the gazetteer flags of one word standing alone.
func wordFlags(w string) uint8 {
	f := nameFlags(w)
	if e, ok := gaz.byName[w]; ok && len(gaz.entries[e].toks) == 1 {
		switch gaz.entries[e].typ {
		case fact.LOC:
			f |= gLocB
		case fact.ORG:
			f |= gOrgB
		case fact.PER:
			f |= gPer
		}
	}
	return f
}

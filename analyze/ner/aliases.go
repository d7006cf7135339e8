package ner

import (
	"cmp"
	"slices"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Aliases merges the names of entities found across a corpus and returns,
// for every name that is another form of one entity, that entity's
// canonical name (alias -> canonical; canonical names are not keys). It
// merges, within one type:
//   - spellings that differ in spaces, hyphens, dots and case (Deutsche Post,
//     DeutschePost) and forms the lists know as one entity;
//   - a name and the single longer name it opens (Goldman, Goldman Sachs);
//     for people, a surname and the single full name it ends (Merkel,
//     Angela Merkel);
//   - an acronym and the single name whose initials it is (WSJ, Wall Street
//     Journal), when both occur.
//
// The canonical name of a group is the list's name when the lists know it,
// else the name with most words, then the most frequent, then the first in
// order. The result depends only on the multiset of (type, name) pairs.
func Aliases(ents []fact.Entity) map[string]string {
	type key struct{ typ, name string }
	freq := map[key]int{}
	for _, e := range ents {
		name := e.Name
		if name == "" {
			name = cleanName(e.Text)
		}
		if name != "" {
			freq[key{e.Type, name}]++
		}
	}
	keys := make([]key, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.typ, b.typ), cmp.Compare(a.name, b.name))
	})
	parent := make([]int, len(keys))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	// Same folded spelling or same list entity.
	byFold := map[string]int{}
	for i, k := range keys {
		f := k.typ + "\x00" + foldKey(k.name)
		if ge, ok := lookupName(k.name); ok && ge.typ == k.typ {
			f = k.typ + "\x00" + foldKey(ge.canon)
		}
		if j, ok := byFold[f]; ok {
			union(i, j)
		} else {
			byFold[f] = i
		}
	}
	// Prefix, surname and acronym: only when exactly one longer name fits.
	for i, k := range keys {
		words := strings.Fields(k.name)
		var fits []int
		for j, l := range keys {
			if i == j || l.typ != k.typ {
				continue
			}
			lw := strings.Fields(l.name)
			if len(lw) <= len(words) {
				continue
			}
			switch {
			case k.typ == fact.PER && len(words) == 1 && lw[len(lw)-1] == words[0]:
				fits = append(fits, j)
			case k.typ != fact.PER && slices.Equal(lw[:len(words)], words):
				fits = append(fits, j)
			case k.typ != fact.PER && len(words) == 1 && isAcronym(k.name) && acronymOf(k.name, l.name):
				fits = append(fits, j)
			}
		}
		if len(fits) == 1 {
			union(i, fits[0])
		}
	}
	groups := map[int][]int{}
	for i := range keys {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	out := map[string]string{}
	for _, members := range groups {
		if len(members) < 2 {
			continue
		}
		best := -1
		bestListed := false
		for _, m := range members {
			k := keys[m]
			ge, ok := lookupName(k.name)
			listed := ok && ge.typ == k.typ && ge.canon == k.name
			if best < 0 || better(k.name, freq[k], listed, keys[best].name, freq[keys[best]], bestListed) {
				best, bestListed = m, listed
			}
		}
		canon := keys[best].name
		// A list entity not itself among the names still names the group.
		if !bestListed {
			if ge, ok := lookupName(canon); ok && ge.typ == keys[best].typ {
				canon = ge.canon
			}
		}
		for _, m := range members {
			if keys[m].name != canon {
				out[keys[m].name] = canon
			}
		}
	}
	return out
}

// better reports whether name a should be canonical rather than b.
func better(a string, fa int, la bool, b string, fb int, lb bool) bool {
	if la != lb {
		return la
	}
	if isAcronym(a) != isAcronym(b) {
		return !isAcronym(a)
	}
	na, nb := len(strings.Fields(a)), len(strings.Fields(b))
	if na != nb {
		return na > nb
	}
	if fa != fb {
		return fa > fb
	}
	return a < b
}

package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// minNamed is how many organisations one sentence must name, and two
// sentences share, for a corroboration of who is involved.
const minNamed = 3

// nameSet is the organisations one sentence names together.
type nameSet struct {
	art      int
	sentence int
	keys     []string // canonical keys, sorted
	shown    []string // canonical names as the tagger gave them, in key order
	start    int      // from the first to the last mention
	end      int
	when     span
	source   string
}

// nameCorroborations reports sentences of independent articles that name the
// same group of organisations together (the banks a company approached, the
// firms in a consortium): agreement on who is involved.
func nameCorroborations(arts []Article, al *aliases) []fact.Finding {
	var sets []nameSet
	for ai := range arts {
		a := &arts[ai]
		bySent := map[int]*nameSet{}
		var order []int
		for _, e := range a.Entities {
			if e.Type != fact.ORG || e.Kind == fact.KindMedia || e.Kind == fact.KindAgency {
				continue // who reports is not who is involved
			}
			k := al.key(e.Name)
			if k == "" {
				continue
			}
			s := bySent[e.Sentence]
			if s == nil {
				s = &nameSet{art: ai, sentence: e.Sentence, start: e.Start, end: e.End,
					when: parseSpan(a.Published), source: articleSource(a)}
				bySent[e.Sentence] = s
				order = append(order, e.Sentence)
			}
			s.start, s.end = min(s.start, e.Start), max(s.end, e.End)
			if !contains(s.keys, k) {
				s.keys = append(s.keys, k)
				s.shown = append(s.shown, e.Name)
			}
		}
		sort.Ints(order)
		for _, si := range order {
			s := bySent[si]
			if len(s.keys) < minNamed {
				continue
			}
			idx := make([]int, len(s.keys))
			for i := range idx {
				idx[i] = i
			}
			sort.Slice(idx, func(i, j int) bool { return s.keys[idx[i]] < s.keys[idx[j]] })
			keys, shown := make([]string, len(idx)), make([]string, len(idx))
			for i, j := range idx {
				keys[i], shown[i] = s.keys[j], s.shown[j]
			}
			s.keys, s.shown = keys, shown
			sets = append(sets, *s)
		}
	}
	// Index by entity and time bucket; count shared names per pair.
	blocks := map[blockKey][]int32{}
	for i := range sets {
		w := sets[i].when
		if w.ok {
			w.from -= claimWindow
			w.to += claimWindow
		}
		for _, k := range sets[i].keys {
			for _, b := range w.buckets(bucketDays) {
				bk := blockKey{k, b}
				blocks[bk] = append(blocks[bk], int32(i))
			}
		}
	}
	spreadUndated(blocks)
	uf := newUnionFind(len(sets))
	linked := map[pairKey]bool{}
	checked := map[pairKey]bool{}
	for _, list := range blocks {
		if len(list) > maxPosting {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				pr := mkPair(int(list[x]), int(list[y]))
				if checked[pr] {
					continue
				}
				checked[pr] = true
				a, b := &sets[pr.a], &sets[pr.b]
				if a.art == b.art || unit(&arts[a.art]) == unit(&arts[b.art]) || sameOutlet(&arts[a.art], &arts[b.art]) ||
					!a.when.near(b.when, claimWindow) {
					continue
				}
				n := 0
				for _, k := range a.keys {
					if contains(b.keys, k) {
						n++
					}
				}
				// Three quarters of the longer list: a few well-known names
				// among many others (Google, Facebook, Amazon in a list of
				// six) say nothing alike.
				if n >= minNamed && 4*n >= 3*max(len(a.keys), len(b.keys)) {
					linked[pr] = true
					uf.union(int(pr.a), int(pr.b))
				}
			}
		}
	}
	if len(linked) == 0 {
		return nil
	}
	groups, roots := uf.groups(len(sets))
	var out []fact.Finding
	for _, r := range roots {
		g := groups[r]
		sources, units := bySource(arts, g, func(i int) string { return sets[i].source }, func(i int) int { return sets[i].art })
		sources = uncopied(sources, func(i int) string { return nameSentence(arts, &sets[i]) })
		sources = sayAlike(arts, sets, sources)
		if len(sources) < 2 || units < 2 {
			continue
		}
		common := sets[g[0]].keys
		shown := sets[g[0]].shown
		var names []string
		for i, k := range common {
			all := true
			for _, j := range g[1:] {
				if !contains(sets[j].keys, k) {
					all = false
					break
				}
			}
			if all {
				names = append(names, shown[i])
			}
		}
		if len(names) < 2 {
			names = shown
		}
		var sides []fact.Side
		for _, i := range sources {
			if len(sides) == maxSides {
				break
			}
			sides = append(sides, nameSide(arts, &sets[i]))
		}
		about := shorten(strings.Join(names, ", "), 80)
		expl := fmt.Sprintf("%d articles from %d independent sources name %s together.", units, len(sources), about)
		out = append(out, newFinding(fact.Corroboration, fact.SeverityInfo, about, expl, sides))
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nameSide is the side a sentence naming organisations makes: the claim
// holding it when there is one, else the sentence, else the span of names.
func nameSide(arts []Article, s *nameSet) fact.Side {
	a := &arts[s.art]
	side := fact.Side{Article: a.ID, Outlet: a.Outlet, Speaker: a.Outlet, Stance: fact.Asserts,
		Evidence: strings.Join(s.shown, ", "), Start: s.start, End: s.end}
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Start <= s.start && s.end <= c.End {
			side.Speaker, side.Stance, side.Claim = c.Speaker, c.Stance, c.ID
			side.Evidence, side.Start, side.End = c.Evidence, c.Start, c.End
			return side
		}
	}
	for _, sent := range a.Sentences {
		if sent.Index == s.sentence && sent.Start >= 0 && sent.End <= len(a.Body) && sent.Start < sent.End {
			side.Evidence, side.Start, side.End = a.Body[sent.Start:sent.End], sent.Start, sent.End
			break
		}
	}
	if side.Evidence == "" && s.end <= len(a.Body) && s.start < s.end {
		side.Evidence = a.Body[s.start:s.end]
	}
	return side
}

// minSaid is how many content words besides the names two sentences naming
// the same organisations must share to say something alike of them: names
// often named together (BioNTech, Moderna, AstraZeneca) are no finding by
// themselves.
const minSaid = 2

// sayAlike keeps the first of the sides and those of the others that say
// something alike of the names (minSaid words of their sentences besides
// the names); when none does, only the first is left.
func sayAlike(arts []Article, sets []nameSet, sides []int) []int {
	if len(sides) < 2 {
		return sides
	}
	said := func(i int) []string {
		s := &sets[i]
		names := map[string]bool{}
		for _, n := range s.shown {
			for w := range eachWord(n) {
				names[lemmaStem(w)] = true
			}
		}
		for _, e := range arts[s.art].Entities {
			if e.Sentence == s.sentence {
				for w := range eachWord(e.Text) {
					names[lemmaStem(w)] = true
				}
			}
		}
		var out []string
		text := nameSentence(arts, s)
		if text == "" {
			return nil
		}
		for _, st := range contentStems(text) {
			if !names[st] {
				out = append(out, st)
			}
		}
		return out
	}
	first := said(sides[0])
	kept := sides[:1:1]
	for _, i := range sides[1:] {
		other := said(i)
		if first == nil || other == nil {
			kept = append(kept, i) // no sentence to judge by
			continue
		}
		n := 0
		for _, st := range other {
			if contains(first, st) {
				n++
			}
		}
		if n >= minSaid {
			kept = append(kept, i)
		}
	}
	return kept
}

// nameSentence is the sentence of a set of names, or "" when there is none
// to read (no body, no claim holding the names).
func nameSentence(arts []Article, s *nameSet) string {
	side := nameSide(arts, s)
	if side.Claim == "" && side.Evidence == strings.Join(s.shown, ", ") {
		return ""
	}
	return side.Evidence
}

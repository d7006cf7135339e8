// Package check cross-checks the facts of many articles: what independent
// sources corroborate, and where they contradict each other.
//
// Claims are linked when they carry the same proposition: the same subject
// entity (names compared in a canonical form, aliases resolved), predicates
// that mean the same (German Snowball stems, verb prefixes and synonym sets
// from OpenThesaurus), objects that share content words or entities, and
// publication dates within a window. Linking never compares all pairs: facts
// are indexed by (entity, time bucket) and compared within those blocks
// only, so that tens of thousands of articles finish in seconds.
//
// Three kinds of findings come out, each with a stable ID:
//   - contradiction: one source asserts, reports or confirms a proposition
//     that another denies (or states the negation of);
//   - discrepancy: the same measure with values that differ beyond what
//     their hedges allow, the same value in different currencies, or the
//     same event on different dates;
//   - corroboration: the same claim or figure from independent sources,
//     where near-duplicates and re-reports of one original source count once.
//
// The synonym sets in lists/synonyms.txt are derived from OpenThesaurus
// (LGPL 2.1, see lists/LICENSE.openthesaurus) by tools/synsets:
//
//go:generate go run ../../tools/synsets -in /usr/share/openthesaurus-de/openthesaurus.txt -out lists/synonyms.txt
package check

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Article is what cross-checking needs of one stored article.
type Article struct {
	ID        string
	Outlet    string
	Published string   // ISO 8601
	Credits   []string // credited sources and agencies
	Group     string   // near-duplicate group: articles with the same Group count as one source
	Body      string   // optional: when set, figure evidence is the whole sentence
	Sentences []fact.Sentence
	// Texts optionally gives, for an article without Body, the text of
	// sentences by index: those holding figures, whose words (wenn,
	// weltweit, sogar, ...) tell what a figure measures.
	Texts    map[int]string
	Entities []fact.Entity
	Figures  []fact.Figure
	Dates    []fact.Date
	Claims   []fact.Claim

	outlet string // normalised Outlet, set by Check
}

// Tuning of the linker. The window is how far apart in days two articles
// may be published and still speak of the same thing; blocks are that wide
// so that every pair within the window shares a block.
const (
	claimWindow        = 10 // days between the articles of linked claims
	figureWindow       = 2  // days between the articles of linked figures (counts change daily)
	bucketDays         = 14
	maxPosting         = 4000 // a predicate key shared by more claims of one block says nothing
	maxSides           = 8    // sides shown of one corroboration
	maxEvidencePosting = 1000 // a word of the evidence in more claims of one block says nothing
)

// Check returns the findings across arts, in a stable order: by severity
// (most severe first), kind and ID.
func Check(in []Article) []fact.Finding {
	// Work in article ID order, so that the order of the input never shows.
	arts := make([]Article, len(in))
	copy(arts, in)
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	for i := range arts {
		arts[i].outlet = normName(arts[i].Outlet)
	}
	al := buildAliases(arts)
	al.markCommon(arts)
	names := map[string]bool{}
	for i := range arts {
		for _, e := range arts[i].Entities {
			if k := al.key(e.Name); k != "" {
				names[k] = true
			}
		}
		for _, c := range arts[i].Claims {
			if k := al.key(c.Speaker); k != "" {
				names[k] = true
			}
			for _, e := range c.Entities {
				if k := al.key(e); k != "" {
					names[k] = true
				}
			}
		}
	}
	artEnts := articleEntities(arts, al)
	props := buildProps(arts, al, names, topOf(arts, al))
	markPlaces(arts, al, props)
	var out []fact.Finding
	blocks := claimBlocks(props) // both claim linkers compare within these, read only
	out = append(out, claimFindings(arts, props, blocks, artEnts)...)
	out = append(out, storyContradictions(arts, props, blocks, artEnts, out)...)
	out = append(out, figureFindings(arts, al)...)
	out = append(out, nameCorroborations(arts, al)...)
	out = append(out, dateDiscrepanciesByEvent(arts, al, artEnts)...)
	return sortFindings(out)
}

var severityRank = map[string]int{fact.SeverityHigh: 0, fact.SeverityMedium: 1, fact.SeverityLow: 2, fact.SeverityInfo: 3}

// SeverityRank orders severities: 0 for high, up to 3 for info; unknown
// severities rank last.
func SeverityRank(s string) int {
	if r, ok := severityRank[s]; ok {
		return r
	}
	return len(severityRank)
}

func sortFindings(fs []fact.Finding) []fact.Finding {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		if seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := SeverityRank(a.Severity), SeverityRank(b.Severity); ra != rb {
			return ra < rb
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.ID < b.ID
	})
	return out
}

// findingID derives a stable ID from the kind and the sides, in any order.
func findingID(kind string, sides []fact.Side) string {
	keys := make([]string, len(sides))
	for i, s := range sides {
		keys[i] = fmt.Sprintf("%s:%d-%d:%s", s.Article, s.Start, s.End, s.Claim)
	}
	sort.Strings(keys)
	h := sha1.Sum([]byte(kind + "\x00" + strings.Join(keys, "\x00")))
	return hex.EncodeToString(h[:8])
}

func newFinding(kind, severity, about, explanation string, sides []fact.Side) fact.Finding {
	sort.SliceStable(sides, func(i, j int) bool {
		if sides[i].Article != sides[j].Article {
			return sides[i].Article < sides[j].Article
		}
		return sides[i].Start < sides[j].Start
	})
	return fact.Finding{
		ID:          findingID(kind, sides),
		Kind:        kind,
		Severity:    severity,
		About:       about,
		Explanation: explanation,
		Sides:       sides,
	}
}

// shorten cuts s to at most n runes at a word boundary, marking the cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// pairKey is an unordered pair of indices.
type pairKey struct{ a, b int32 }

func mkPair(a, b int) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{int32(a), int32(b)}
}

// unionFind joins linked items into groups.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u unionFind) find(x int) int {
	for int(u[x]) != x {
		u[x] = u[u[x]]
		x = int(u[x])
	}
	return x
}

// bySource picks, from the members g of one group, the first member of each
// source (source(i) names it), in order, and counts the near-duplicate units
// (articles that are not copies of one another) they come from.
func bySource(arts []Article, g []int, source func(int) string, art func(int) int) (first []int, units int) {
	seen := map[string]bool{}
	unitSeen := map[string]bool{}
	for _, i := range g {
		if s := source(i); !seen[s] {
			seen[s] = true
			first = append(first, i)
		}
		unitSeen[unit(&arts[art(i)])] = true
	}
	return first, len(unitSeen)
}

// groups returns the members of each group among the first n items, by
// root, and the roots of the groups of two or more, in ascending order.
func (u unionFind) groups(n int) (map[int][]int, []int) {
	groups := map[int][]int{}
	for i := 0; i < n; i++ {
		r := u.find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r, g := range groups {
		if len(g) > 1 {
			roots = append(roots, r)
		}
	}
	sort.Ints(roots)
	return groups, roots
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = int32(ra)
	} else {
		u[ra] = int32(rb)
	}
}

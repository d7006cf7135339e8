package check

import (
	"sort"
	"strings"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/ner"
)

// normName is the form entity names are compared in: lower case, without
// quotes, leading articles or surrounding punctuation, spaces collapsed.
// "Die «Financial Times»" and "Financial Times" give the same.
func normName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '«', '»', '„', '“', '”', '"', '‚', '‘', '’', '\'', '‹', '›':
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	f := strings.Fields(s)
	for len(f) > 1 && articles[f[0]] {
		f = f[1:]
	}
	out := strings.Join(f, " ")
	return strings.Trim(out, ".,;:!?()[] ")
}

var articles = map[string]bool{"der": true, "die": true, "das": true, "des": true, "dem": true, "den": true, "ein": true, "eine": true, "einem": true, "einen": true, "eines": true}

// pronouns by which a speaker speaks of itself in the proposition.
var selfPronouns = map[string]bool{"wir": true, "ich": true, "uns": true, "unser": true, "unsere": true, "mir": true, "mich": true}

// maxTaggerAliases is the number of distinct names up to which ner.Aliases
// merges them (it compares all pairs).
const maxTaggerAliases = 4000

// aliases maps the normalised names of a corpus to one canonical key:
// a genitive form ("facebooks") to the base name when that is known, a name
// that is the first words of exactly one longer name ("jpmorgan" of
// "jpmorgan chase") to that name, and a single last name of exactly one
// known person to the person.
type aliases struct {
	ner   map[string]string // the tagger's merging of names: alias -> canonical name
	canon map[string]string
	memo  map[string]string // name as given -> key
	// common holds the keys named in so many articles (Deutschland, a
	// health institute in a pandemic) that sharing them says nothing about
	// sharing a story: they neither index nor relate articles.
	common map[string]bool
}

func buildAliases(arts []Article) *aliases {
	// The tagger's merging compares every pair of distinct names: use it on
	// corpora of a size it handles, the rules below on all.
	type tn struct{ typ, name string }
	uniq := map[tn]int{}
	var all []fact.Entity
	for i := range arts {
		for _, e := range arts[i].Entities {
			k := tn{e.Type, e.Name}
			if uniq[k] < 3 { // a few of each keep the frequencies that break ties
				uniq[k]++
				all = append(all, e)
			}
		}
	}
	a := &aliases{canon: map[string]string{}, memo: map[string]string{}}
	if len(uniq) <= maxTaggerAliases {
		a.ner = ner.Aliases(all)
	}
	names := map[string]bool{}
	persons := map[string]map[string]bool{} // last name -> full names
	for i := range arts {
		for _, e := range arts[i].Entities {
			n := normName(a.nerName(e.Name))
			if n == "" {
				continue
			}
			names[n] = true
			if e.Type == fact.PER {
				if f := strings.Fields(n); len(f) > 1 {
					last := f[len(f)-1]
					if persons[last] == nil {
						persons[last] = map[string]bool{}
					}
					persons[last][n] = true
				}
			}
		}
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for i, n := range sorted {
		target := ""
		// A longer name starting with n and a space: all such names sort right after n.
		var longer []string
		for _, m := range sorted[i+1:] {
			if !strings.HasPrefix(m, n) {
				break
			}
			if strings.HasPrefix(m, n+" ") {
				longer = append(longer, m)
			}
		}
		if len(longer) == 1 {
			target = longer[0]
		}
		if target == "" && !strings.Contains(n, " ") {
			if full := persons[n]; len(full) == 1 {
				for f := range full {
					target = f
				}
			}
		}
		if target == "" && strings.HasSuffix(n, "s") && names[strings.TrimSuffix(n, "s")] {
			target = strings.TrimSuffix(n, "s")
		}
		if target != "" {
			a.canon[n] = target
		}
	}
	return a
}

// key returns the canonical key of a name, or "" for an empty name.
// markCommon finds the keys named in more than max(50, 0.5 %) of the articles.
func (a *aliases) markCommon(arts []Article) {
	df := map[string]int{}
	for i := range arts {
		seen := map[string]bool{}
		for _, e := range arts[i].Entities {
			if k := a.key(e.Name); k != "" && !seen[k] {
				seen[k] = true
				df[k]++
			}
		}
	}
	limit := max(50, len(arts)/200)
	a.common = map[string]bool{}
	for k, n := range df {
		if n > limit {
			a.common[k] = true
		}
	}
}

func (a *aliases) key(name string) string {
	if k, ok := a.memo[name]; ok {
		return k
	}
	k := a.resolve(name)
	a.memo[name] = k
	return k
}

func (a *aliases) resolve(name string) string {
	n := normName(a.nerName(name))
	for i := 0; i < 3; i++ { // follow at most a short chain
		t, ok := a.canon[n]
		if !ok {
			break
		}
		n = t
	}
	return n
}

// nerName is the tagger's canonical name for name, or name itself.
func (a *aliases) nerName(name string) string {
	if c, ok := a.ner[name]; ok {
		return c
	}
	return name
}

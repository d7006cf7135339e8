package claims

import (
	"strings"
)

// resolveUnnamed gives hearsay with no source in its sentence or the one
// before a source when the article makes it clear (docs/annotating-claims.md):
//
//  1. the same proposition is credited to a named source elsewhere in the
//     article (a teaser repeating the report of the body);
//  2. a report of a medium in the same paragraph;
//  3. the source the article credits for the story (doc.Credits: "Quelle:
//     Der Spiegel"), news agencies left aside, as they write the text itself.
//
// Otherwise the speaker stays UnnamedSource.
func (e *extractor) resolveUnnamed() {
	var words [][]string
	for i, d := range e.claims {
		if d.sp.name != UnnamedSource {
			continue
		}
		if words == nil {
			words = make([][]string, len(e.claims))
		}
		stems := func(j int) []string {
			if words[j] == nil {
				words[j] = append(e.contentStems(e.claims[j]), "") // never nil again
			}
			return words[j][:len(words[j])-1]
		}
		best, bestN := -1, 0
		for j, o := range e.claims {
			if j == i || o.sp.name == UnnamedSource || !o.sp.ok() {
				continue
			}
			wi, wj := stems(i), stems(j)
			n := sharedCount(wi, wj)
			small := len(wi)
			if len(wj) < small {
				small = len(wj)
			}
			if n >= 3 && 2*n >= small && n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			d.sp, d.via = e.claims[best].sp, e.claims[best].via
			continue
		}
		if j := e.mediaInParagraph(i); j >= 0 {
			d.sp, d.via = e.claims[j].sp, e.claims[j].via
			continue
		}
		if c := e.creditedSource(); c != "" {
			d.sp = speaker{name: c, kind: kindMedia}
		}
	}
}

// contentStems are the stems of the content words of a claim's proposition,
// sorted and unique.
func (e *extractor) contentStems(d *draft) []string {
	start, end := d.cStart, d.cEnd
	if start >= end {
		start, end = e.sents[d.s0].start, e.sents[d.s1].end
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range tokenize(e.doc.Body, start, end) {
		if !t.word || len([]rune(t.lower)) < 4 || lex.function[t.lower] != "" {
			continue
		}
		st := stem(t.lower)
		if !seen[st] {
			seen[st] = true
			out = append(out, st)
		}
	}
	return out
}

func sharedCount(a, b []string) int {
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	n := 0
	for _, w := range a {
		if set[w] {
			n++
		}
	}
	return n
}

// mediaInParagraph returns the claim of a named medium in the paragraph of
// claim i (no blank line between them), the nearest first; -1 if none.
func (e *extractor) mediaInParagraph(i int) int {
	d := e.claims[i]
	best, bestDist := -1, 0
	for j, o := range e.claims {
		if j == i || o.sp.kind != kindMedia || o.sp.name == UnnamedSource {
			continue
		}
		a, b := e.sents[d.s0].start, e.sents[o.s0].start
		if b < a {
			a, b = b, a
		}
		if strings.Contains(e.doc.Body[a:b], "\n\n") {
			continue
		}
		if best < 0 || b-a < bestDist {
			best, bestDist = j, b-a
		}
	}
	return best
}

// creditedSource is the first credit of the article that is not a news
// agency nor the article's own outlet.
func (e *extractor) creditedSource() string {
	for _, c := range e.doc.Credits {
		c = strings.TrimSpace(c)
		if c == "" || strings.EqualFold(c, e.doc.Outlet) || lex.agencies[strings.ToLower(c)] {
			continue
		}
		return c
	}
	return ""
}

package check

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// A unit conflict is one number given for one measure in two units by two
// articles of one story: "zwei Millionen Euro" against "zwei Millionen
// Dollar", a rise of "0,3 Prozent" against "0,3 Prozentpunkte", "280
// Hektar" against "280 Quadratkilometer". The figures agree on the number
// and disagree on what it counts, so the comparison of values (figures.go)
// cannot see it: their values are equal in different currencies, or a
// hundred times apart once the area is in square metres.

// unitSentenceWords is how many words (or verbs of one meaning) the
// sentences of two figures must share to speak of one measure when what
// the figures measure was not found alike.
const unitSentenceWords = 2

// maxUnitPosting is the size of a block of figures giving one number under
// one entity beyond which the block says nothing (a common number in a
// common story).
const maxUnitPosting = 200

// unitConflicts reports the unit conflicts among the figures (see
// buildFigs).
func unitConflicts(arts []Article, figs []fig, artEnts [][]string) []fact.Finding {
	type item struct {
		g       *fig
		written float64
		family  string
	}
	var items []item
	rare := rareEntities(artEnts)
	for i := range figs {
		g := &figs[i]
		fam := unitFamily(g.f.Unit)
		if fam == "" || g.supposed {
			continue
		}
		w, ok := writtenNumber(g.f.Text)
		if !ok || w == 0 {
			continue
		}
		items = append(items, item{g: g, written: w, family: fam})
	}
	// Blocks: one number of one family of units in one time bucket. The
	// number written is rare enough to block by: two articles giving it
	// may be far apart in the names they use (Stadt, Tageblatt, Erpresser).
	blocks := map[string][]int32{}
	for i, it := range items {
		num := strconv.FormatFloat(roundSignificant(it.written, 4), 'g', -1, 64)
		w := it.g.pub
		if w.ok {
			w.from -= figureWindow
			w.to += figureWindow
		}
		for _, b := range w.buckets(bucketDays) {
			k := it.family + "\x00" + num + "\x00" + strconv.Itoa(b)
			blocks[k] = append(blocks[k], int32(i))
		}
	}
	keys := make([]string, 0, len(blocks))
	for k, v := range blocks {
		if len(v) > 1 && len(v) <= maxUnitPosting {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	seen := map[pairKey]bool{}
	done := map[string]bool{}
	sentWords := map[*fig][][]string{}
	wordsOf := func(g *fig) [][]string {
		if w, ok := sentWords[g]; ok {
			return w
		}
		names := map[string]bool{}
		for _, e := range arts[g.art].Entities {
			if e.Sentence == g.f.Sentence {
				for _, x := range words(e.Text + " " + e.Name) {
					names[x] = true
				}
			}
		}
		w := sentenceKeys(sentenceText(&arts[g.art], g.f.Sentence, g.f.Start, g.f.End), names)
		sentWords[g] = w
		return w
	}
	var out []fact.Finding
	for _, k := range keys {
		list := blocks[k]
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				pr := mkPair(int(list[x]), int(list[y]))
				if seen[pr] {
					continue
				}
				seen[pr] = true
				a, b := items[pr.a].g, items[pr.b].g
				if a.art == b.art || unit(&arts[a.art]) == unit(&arts[b.art]) || sameOutlet(&arts[a.art], &arts[b.art]) {
					continue
				}
				if !a.pub.near(b.pub, figureWindow) || a.denied != b.denied || a.f.Direction != b.f.Direction {
					continue
				}
				if !otherUnit(a.f, b.f) {
					continue
				}
				if otherSurveys(a, b) {
					continue
				}
				// One story (a name of both sentences, articles sharing a
				// fair part of their names, or a name few articles carry),
				// and one measure: what the
				// figures measure alike, or words of their sentences.
				n := sharedKeys(wordsOf(a), wordsOf(b))
				if !shareKey(a.sent, b.sent) && !oneStory(artEnts[a.art], artEnts[b.art]) && !shareKey(rare[a.art], rare[b.art]) {
					continue
				}
				switch {
				case aboutMatch(a.about, b.about) && !otherSubjects(a, b) && items[pr.a].family != "share":
					// A rate "up 2 Prozent" is loosely written for points: only
					// sentences that say alike tell percent from points apart.
				case n >= unitSentenceWords && (!otherSubjects(a, b) || n >= 2*unitSentenceWords):
				default:
					continue
				}
				key := unit(&arts[a.art]) + "|" + unit(&arts[b.art]) + "|" + items[pr.a].family
				if done[key] {
					continue
				}
				done[key] = true
				out = append(out, unitFinding(arts, a, b))
			}
		}
	}
	return out
}

// unitFamily is the family of units a figure's unit belongs to, within which
// one number in two units is a conflict: money, shares (percent and
// percentage points), and measures the extractor converts to one base unit
// (m2, m, ...). Counts have no unit to confuse: "".
func unitFamily(u string) string {
	switch {
	case u == "" || u == fact.UnitCount:
		return ""
	case currencies[u]:
		return "money"
	case u == fact.UnitPercent || u == fact.UnitPoints:
		return "share"
	}
	return "measure:" + u
}

// otherUnit tells whether two figures giving one number name two units:
// two currencies, percent and percentage points, or, for measures converted
// to one base unit, values ten times apart or more (280 Hektar and 280
// Quadratkilometer are 2.8 million and 280 million square metres).
func otherUnit(a, b *fact.Figure) bool {
	if a.Unit != b.Unit {
		return true
	}
	if unitFamily(a.Unit) == "money" || unitFamily(a.Unit) == "share" {
		return false
	}
	va, vb := math.Abs(a.Value), math.Abs(b.Value)
	if va == 0 || vb == 0 {
		return false
	}
	return math.Max(va, vb)/math.Min(va, vb) >= 9.9
}

// writtenNumber reads the number as written in a figure's text: the first
// token holding digits, in German notation ("2,8", "1.000", "280"), times a
// scale word right after it (Millionen, Milliarden), or a number word
// ("zwei Millionen"). ok is false when there is none.
func writtenNumber(text string) (float64, bool) {
	fields := strings.Fields(text)
	for i, f := range fields {
		f = strings.Trim(f, "()„“\"'")
		v, ok := germanNumber(f)
		if !ok {
			v, ok = numberWords[strings.ToLower(f)]
		}
		if !ok {
			continue
		}
		if i+1 < len(fields) {
			switch strings.ToLower(strings.Trim(fields[i+1], ".,")) {
			case "tausend":
				v *= 1e3
			case "million", "millionen", "mio":
				v *= 1e6
			case "milliarde", "milliarden", "mrd":
				v *= 1e9
			}
		}
		return v, true
	}
	return 0, false
}

// numberWords are the number words a figure's text may start with.
var numberWords = map[string]float64{
	"ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
	"sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
	"hundert": 100, "tausend": 1000,
}

// germanNumber parses a number in German notation: "." groups thousands,
// "," marks decimals.
func germanNumber(s string) (float64, bool) {
	if s == "" || !unicode.IsDigit(rune(s[0])) {
		return 0, false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return 0, false
		}
	}
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, ",", ".")
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "."), 64)
	return v, err == nil
}

// roundSignificant rounds v to n significant digits.
func roundSignificant(v float64, n int) float64 {
	if v == 0 {
		return 0
	}
	p := math.Pow(10, float64(n)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

// sentenceKeys returns, for each content word of a sentence, the keys it
// links by (predicateKeys: its stem, the stems of the verbs it may be a form
// of, their synonym sets), so that "gefordert" meets "verlangen" and
// "Anstieg" meets "gestiegen". Words of the number and unit, and the words
// of the names in it (names tell the story, not the measure), are left out.
func sentenceKeys(s string, names map[string]bool) [][]string {
	l := theLexicon()
	var out [][]string
	seen := map[string]bool{}
	for w := range eachWord(s) {
		if len(w) < 3 || l.stop[w] || isNumber(w) || seen[w] || numberWord(w) || names[w] {
			continue
		}
		seen[w] = true
		if k := predicateKeys(w); len(k) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// numberWord tells whether a word is part of how a number or its unit is
// written (zwei, Millionen, Euro, Prozent): the figures give those, the
// words around them say what is measured.
func numberWord(w string) bool {
	if _, ok := numberWords[w]; ok {
		return true
	}
	switch w {
	case "million", "millionen", "mio", "milliarde", "milliarden", "mrd", "euro", "dollar", "franken",
		"pfund", "prozent", "prozentpunkt", "prozentpunkte", "prozentpunkten":
		return true
	}
	return false
}

// sharedKeys counts the words of a that share a key with a word of b.
func sharedKeys(a, b [][]string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if shareKey(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// unitFinding is the discrepancy two figures of one number in two units
// make.
func unitFinding(arts []Article, a, b *fig) fact.Finding {
	about := a.f.About
	if about == "" {
		about = a.f.Noun
	}
	if about == "" {
		about = b.f.About
	}
	expl := fmt.Sprintf("The same number is given in two units: %q in one article, %q in another.",
		strings.TrimSpace(a.f.Text), strings.TrimSpace(b.f.Text))
	return newFinding(fact.Discrepancy, fact.SeverityMedium, shorten(about, 80), expl,
		[]fact.Side{figureSide(arts, a), figureSide(arts, b)})
}

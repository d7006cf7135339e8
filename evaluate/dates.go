package evaluate

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// WikiWarsDoc is one document of the WikiWarsDE corpus: its text, its
// creation time and its gold temporal expressions.
type WikiWarsDoc struct {
	Name string     // file name without extension: 01_WW2
	DCT  string     // document creation time from <DATETIME>
	Body string     // the text between <TEXT> and </TEXT>, without markup
	Gold []DateSpan // gold TIMEX2 spans, in text order
}

// DateSpan is one gold temporal expression: a byte span of Body and its
// TIMEX2 value.
type DateSpan struct {
	Start, End int
	Text       string
	Value      string
}

var (
	timexOpen = regexp.MustCompile(`^<TIMEX2\b[^>]*>`)
	timexVal  = regexp.MustCompile(`\bval="([^"]*)"`)
	datetime  = regexp.MustCompile(`<DATETIME>([^<]*?)(?:<TIMEX2[^>]*>([^<]*)</TIMEX2>)?([^<]*)</DATETIME>`)
)

// ReadWikiWars reads the WikiWarsDE layout under dir: keyinline/*.key.xml
// with inline TIMEX2 annotation, and in/*.sgm with the raw text, which must
// equal the annotated text without its tags. Documents come sorted by name.
func ReadWikiWars(dir string) ([]WikiWarsDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "keyinline", "*.key.xml"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no keyinline/*.key.xml files (want the WikiWarsDE layout)", dir)
	}
	sort.Strings(paths)
	docs := make([]WikiWarsDoc, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".key.xml")
		doc, err := parseKeyInline(name, string(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, "in", name+".sgm"))
		if err == nil {
			text, ok := between(string(raw), "<TEXT>", "</TEXT>")
			if !ok || text != doc.Body {
				return nil, fmt.Errorf("%s: in/%s.sgm differs from the annotated text", dir, name)
			}
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

func between(s, open, close string) (string, bool) {
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	s = s[i+len(open):]
	j := strings.Index(s, close)
	if j < 0 {
		return "", false
	}
	return s[:j], true
}

// parseKeyInline reads one keyinline document: the body without tags, and
// the gold spans with byte offsets into it.
func parseKeyInline(name, data string) (WikiWarsDoc, error) {
	doc := WikiWarsDoc{Name: name}
	if m := datetime.FindStringSubmatch(data); m != nil {
		doc.DCT = strings.TrimSpace(m[1] + m[2] + m[3])
	}
	text, ok := between(data, "<TEXT>", "</TEXT>")
	if !ok {
		return doc, fmt.Errorf("no <TEXT> element")
	}
	var b strings.Builder
	b.Grow(len(text))
	type open struct {
		start int
		value string
	}
	var stack []open
	for i := 0; i < len(text); {
		if text[i] != '<' {
			j := strings.IndexByte(text[i:], '<')
			if j < 0 {
				j = len(text) - i
			}
			b.WriteString(text[i : i+j])
			i += j
			continue
		}
		if strings.HasPrefix(text[i:], "</TIMEX2>") {
			if len(stack) == 0 {
				return doc, fmt.Errorf("unbalanced </TIMEX2> at byte %d", i)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			doc.Gold = append(doc.Gold, DateSpan{Start: o.start, End: b.Len(), Value: o.value})
			i += len("</TIMEX2>")
			continue
		}
		if tag := timexOpen.FindString(text[i:]); tag != "" {
			v := ""
			if m := timexVal.FindStringSubmatch(tag); m != nil {
				v = m[1]
			}
			stack = append(stack, open{start: b.Len(), value: v})
			i += len(tag)
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	if len(stack) > 0 {
		return doc, fmt.Errorf("unclosed <TIMEX2>")
	}
	doc.Body = b.String()
	for k := range doc.Gold {
		doc.Gold[k].Text = doc.Body[doc.Gold[k].Start:doc.Gold[k].End]
	}
	sort.SliceStable(doc.Gold, func(a, c int) bool { return doc.Gold[a].Start < doc.Gold[c].Start })
	return doc, nil
}

// DateScores count how found dates meet gold ones.
type DateScores struct {
	Docs, Gold, Found int
	Exact             int // found spans equal to a gold span
	Overlap           int // gold and found spans paired one to one by overlap
	ValuePairs        int // overlapping pairs whose value was compared
	ValueRight        int // of those, the values that agree
	ExactValueRight   int // exact pairs whose values agree
}

// Add sums o into s.
func (s *DateScores) Add(o DateScores) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.Found += o.Found
	s.Exact += o.Exact
	s.Overlap += o.Overlap
	s.ValuePairs += o.ValuePairs
	s.ValueRight += o.ValueRight
	s.ExactValueRight += o.ExactValueRight
}

func dateRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func dateF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ExactPRF returns precision, recall and F1 of exact spans.
func (s DateScores) ExactPRF() (float64, float64, float64) {
	p, r := dateRatio(s.Exact, s.Found), dateRatio(s.Exact, s.Gold)
	return p, r, dateF1(p, r)
}

// OverlapPRF returns precision, recall and F1 of overlapping spans.
func (s DateScores) OverlapPRF() (float64, float64, float64) {
	p, r := dateRatio(s.Overlap, s.Found), dateRatio(s.Overlap, s.Gold)
	return p, r, dateF1(p, r)
}

// ValueAccuracy is the share of overlapping pairs whose values agree.
func (s DateScores) ValueAccuracy() float64 { return dateRatio(s.ValueRight, s.ValuePairs) }

// DateError is one disagreement between gold and found dates.
type DateError struct {
	Doc   string
	Kind  string // miss, extra, value
	Start int
	Text  string // gold text for a miss or value, found text for an extra
	Gold  string // gold value
	Found string // found text and value
}

// ScoreDates holds found dates against the gold of one document. Spans
// pair one to one, each gold span with the first unused found span that
// overlaps it. Values compare as TIMEX2 strings, seconds of a gold time
// dropped; a vague date agrees with PAST_REF, PRESENT_REF and FUTURE_REF.
func ScoreDates(doc WikiWarsDoc, found []fact.Date) (DateScores, []DateError) {
	s := DateScores{Docs: 1, Gold: len(doc.Gold), Found: len(found)}
	var errs []DateError
	f := append([]fact.Date(nil), found...)
	sort.SliceStable(f, func(a, b int) bool { return f[a].Start < f[b].Start })
	exact := map[[2]int]int{}
	for k, d := range f {
		exact[[2]int{d.Start, d.End}] = k
	}
	used := make([]bool, len(f))
	for _, g := range doc.Gold {
		if k, ok := exact[[2]int{g.Start, g.End}]; ok {
			s.Exact++
			if ValueAgrees(g.Value, f[k]) {
				s.ExactValueRight++
			}
		}
		match := -1
		if k, ok := exact[[2]int{g.Start, g.End}]; ok && !used[k] {
			match = k
		} else {
			for k, d := range f {
				if !used[k] && d.Start < g.End && g.Start < d.End {
					match = k
					break
				}
			}
		}
		if match < 0 {
			errs = append(errs, DateError{Doc: doc.Name, Kind: "miss", Start: g.Start, Text: g.Text, Gold: g.Value})
			continue
		}
		used[match] = true
		s.Overlap++
		s.ValuePairs++
		if ValueAgrees(g.Value, f[match]) {
			s.ValueRight++
		} else {
			errs = append(errs, DateError{Doc: doc.Name, Kind: "value", Start: g.Start, Text: g.Text, Gold: g.Value,
				Found: f[match].Text + " = " + shownValue(f[match])})
		}
	}
	for k, d := range f {
		if !used[k] {
			errs = append(errs, DateError{Doc: doc.Name, Kind: "extra", Start: d.Start, Text: d.Text, Found: shownValue(d)})
		}
	}
	sort.SliceStable(errs, func(a, b int) bool { return errs[a].Start < errs[b].Start })
	return s, errs
}

func shownValue(d fact.Date) string {
	if d.Vague {
		return "(vague)"
	}
	return d.Value
}

// ValueAgrees reports whether a found date has the gold TIMEX2 value.
func ValueAgrees(gold string, d fact.Date) bool {
	if d.Vague {
		return gold == "PAST_REF" || gold == "PRESENT_REF" || gold == "FUTURE_REF"
	}
	g := gold
	// 2011-02-16T17:00:00 and 1945-05-07T02:41+01 compare at minutes.
	if t := strings.IndexByte(g, 'T'); t == 10 && len(g) >= 16 && g[13] == ':' {
		g = g[:16]
	}
	return g == d.Value
}

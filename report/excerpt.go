package report

import (
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// Ellipsis marks the side where Excerpt cut text off.
const Ellipsis = "…"

// FocusLines is how many lines the table gives a Focus cell.
const FocusLines = 3

// Focus is a long text with a point of interest in it, such as the
// evidence of a claim and the offset of its cue verb. Written as a row
// value, CSV, TSV, JSON and NDJSON write Text whole, as a string; the
// table shows an Excerpt of it around At that fills at most FocusLines
// lines of its column, so that the excerpt is as long as the terminal
// allows.
type Focus struct {
	Text string
	At   int // byte offset into Text
}

// MarshalText returns the whole text: every format but the table writes
// a Focus as the string it holds.
func (f Focus) MarshalText() ([]byte, error) {
	return []byte(f.Text), nil
}

// Excerpt returns s shortened to at most width display cells around the
// byte offset focus, for a table cell: runs of white space (line breaks
// too) become one space, whole words are kept, and an Ellipsis marks each
// side where text was cut off (it counts in width). The word at focus is
// always kept; about a third of the remaining room goes before it and the
// rest after it, and room one side does not need goes to the other. A
// single word wider than width is cut inside, at rune boundaries.
//
// focus is a byte offset into s as given (before white space is joined),
// such as the offset of a cue verb inside an evidence sentence; it is
// clamped into s. width is in display cells, so umlauts and German
// quotation marks count one each; a width of 0 or less returns s with its
// white space joined and nothing cut.
func Excerpt(s string, focus, width int) string {
	words, at := fields(s, focus)
	joined := strings.Join(words, " ")
	if width <= 0 || twwidth.Width(joined) <= width {
		return joined
	}
	if len(words) == 0 {
		return ""
	}
	ws := make([]int, len(words))
	for i, w := range words {
		ws[i] = twwidth.Width(w)
	}
	ell := twwidth.Width(Ellipsis)
	// The window words[lo:hi] holds the focus word; used is its width with
	// the spaces between its words, not counting ellipses.
	lo, hi := at, at+1
	used := ws[at]
	cost := func(lo, hi, used int) int {
		c := used
		if lo > 0 {
			c += ell
		}
		if hi < len(words) {
			c += ell
		}
		return c
	}
	if cost(lo, hi, used) > width {
		return cutWord(words[at], lo > 0, width)
	}
	fits := func(lo, hi, used int) bool { return cost(lo, hi, used) <= width }
	// Up to a third of the room before the focus word, then words after it,
	// then whatever room is left before it again.
	before, left := (width-used)/3, 0
	for lo > 0 && left+1+ws[lo-1] <= before && fits(lo-1, hi, used+1+ws[lo-1]) {
		lo--
		used += 1 + ws[lo]
		left += 1 + ws[lo]
	}
	for hi < len(words) && fits(lo, hi+1, used+1+ws[hi]) {
		used += 1 + ws[hi]
		hi++
	}
	for lo > 0 && fits(lo-1, hi, used+1+ws[lo-1]) {
		lo--
		used += 1 + ws[lo]
	}
	out := strings.Join(words[lo:hi], " ")
	if lo > 0 {
		out = Ellipsis + out
	}
	if hi < len(words) {
		out += Ellipsis
	}
	return out
}

// fields splits s at white space and returns the words and the index of
// the word holding byte offset focus (or the next word after it, or the
// last word).
func fields(s string, focus int) ([]string, int) {
	var words []string
	at := -1
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if at < 0 && focus < end {
			at = len(words)
		}
		words = append(words, s[start:end])
		start = -1
	}
	for i, r := range s {
		if isSpace(r) {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(s))
	if at < 0 {
		at = max(len(words)-1, 0)
	}
	return words, at
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\u2029', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// cutWord shortens a single word to width cells, keeping its start, with
// an Ellipsis where it is cut and one before it when text before it was
// left out.
func cutWord(word string, left bool, width int) string {
	ell := twwidth.Width(Ellipsis)
	room := width - ell
	if left {
		room -= ell
	}
	if room <= 0 {
		return Ellipsis
	}
	var b strings.Builder
	if left {
		b.WriteString(Ellipsis)
	}
	w := 0
	for _, r := range word {
		rw := twwidth.Width(string(r))
		if w+rw > room {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	b.WriteString(Ellipsis)
	return b.String()
}

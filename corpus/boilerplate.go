package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate reasons, as stored in Boilerplate.Reason.
const (
	ReasonCopyright    = "copyright"
	ReasonImageCredit  = "image-credit"
	ReasonTags         = "tags"
	ReasonSourceCredit = "source-credit"
	ReasonNavigation   = "navigation"
	ReasonTeaser       = "teaser"
	ReasonMetadata     = "metadata" // a date or byline line whose content went to the metadata
	ReasonPromo        = "promo"    // a bracketed promotion inserted in the text
)

// textLine is one line of an article's text while it is being prepared.
type textLine struct {
	text        string // trimmed
	blankBefore bool   // a blank line stood before it
	reason      string // why it is not body; "" for body
	drop        bool   // left out of body and boilerplate (a title line)
	merged      bool   // joined to the line before (unwrapped)
}

// splitLines cuts text into trimmed, non-blank lines, remembering where
// blank lines stood.
func splitLines(text string) []textLine {
	ls := make([]textLine, 0, strings.Count(text, "\n")+1)
	blank := false
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		var l string
		if i < 0 {
			l, text = text, ""
		} else {
			l, text = text[:i], text[i+1:]
		}
		l = foldSpaces(trimSpace(l))
		if l == "" {
			blank = true
			continue
		}
		ls = append(ls, textLine{text: l, blankBefore: blank})
		blank = false
	}
	return ls
}

// foldSpaces turns each run of spaces and tabs in s into one space.
func foldSpaces(s string) string {
	if !strings.Contains(s, "  ") && strings.IndexByte(s, '\t') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

// trimSpace is strings.TrimSpace with a fast path for ASCII edges, also
// dropping no-break spaces.
func trimSpace(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' {
			s = s[1:]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' {
			s = s[:len(s)-1]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// LineReason says why a single line is boilerplate wherever it stands in
// an article, or "" when it is not: copyright lines, image credits, tag
// lists, source credits ("Quelle: ..."), navigation, share, newsletter and
// cookie lines (rules in lists/boilerplate.txt), and teasers of other
// articles that repeat their own headline at the end.
func LineReason(s string) string {
	if s == "" {
		return ""
	}
	d := lists()
	if len(s) <= 300 {
		for _, r := range d.rules[s[0]] {
			short := r.reason != ReasonNavigation && r.reason != "share" && r.reason != "newsletter" && r.reason != "cookie" || len(s) <= 160
			switch r.how {
			case "prefix":
				if short && strings.HasPrefix(s, r.text) && wordEnds(s, len(r.text)) {
					return r.reason
				}
			case "equal":
				if len(s) <= len(r.text)+3 && strings.TrimRight(s, " .:!") == r.text {
					return r.reason
				}
			}
		}
		for _, r := range d.contains {
			if len(s) > 160 {
				break
			}
			if strings.Contains(s, r.text) {
				return r.reason
			}
		}
	}
	if s[0] == '[' && s[len(s)-1] == ']' && len(s) <= 600 {
		for _, r := range d.bracketed {
			if strings.Contains(s, r.text) {
				return r.reason
			}
		}
	}
	if repeatsOpening(s) {
		return ReasonTeaser
	}
	return ""
}

// wordEnds says whether s has a word boundary at byte i.
func wordEnds(s string, i int) bool {
	if i >= len(s) || i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(prev) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(next)
}

// repeatsOpening says whether a line ends with its own first words (four
// or more): the shape of a teaser box for another article, headline,
// snippet, headline again ("X teilte Daten ... beschäftigt u... X teilte
// Daten").
func repeatsOpening(s string) bool {
	if len(s) < 40 || !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return false
	}
	// the first three words as a probe
	end, words := 0, 0
	for i := 0; i < len(s) && words < 3; i++ {
		if s[i] == ' ' {
			words++
			end = i
		}
	}
	if words < 3 {
		return false
	}
	probe := s[:end]
	j := strings.LastIndex(s, " "+probe)
	if j < len(s)/3 {
		return false
	}
	tail := strings.Fields(s[j+1:])
	head := strings.Fields(s[:min(len(s), len(s)-j+16)])
	if len(tail) < 4 || len(head) < len(tail) {
		return false
	}
	for i := range tail {
		if tail[i] != head[i] {
			return false
		}
	}
	// the repeated headline has no sentence end, and the snippet between
	// is cut off
	return !strings.ContainsAny(s[j+1:], ".!?") && (truncated(s[:j]) || strings.Contains(s[:j], "…") || strings.Contains(s[:j], "..."))
}

// truncated says whether a line holds a word cut off by an ellipsis ("...
// beschäftigt u..."), as teasers of other articles do.
func truncated(s string) bool {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "...")
		k := strings.Index(s[i:], "…")
		if j < 0 && k < 0 {
			return false
		}
		if j < 0 || k >= 0 && k < j {
			j = k
		}
		at := i + j
		w := s[:at]
		sp := strings.LastIndexByte(w, ' ')
		frag := w[sp+1:]
		if n := utf8.RuneCountInString(frag); n >= 1 && n <= 2 {
			r, _ := utf8.DecodeRuneInString(frag)
			if unicode.IsLower(r) {
				return true
			}
		}
		i = at + 3
	}
	return false
}

// navigationLike says whether a line could be a navigation link: short, a
// few words, no sentence punctuation at its end.
func navigationLike(s string) bool {
	if len(s) > 80 {
		return false
	}
	if n := len(strings.Fields(s)); n > 8 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;,)\"“”»«…'’]", last) {
		return false
	}
	// items of a numbered or bulleted list are content
	return !listItem(s)
}

// markTrailing marks the block closing an article after its last real
// paragraph: navigation lines (short, unpunctuated, two or more of them or
// one set off by a blank line or other boilerplate) and truncated teasers.
// It stops at the first line that is real text.
func markTrailing(ls []textLine) {
	var nav []int
	stop := -1
	for i := len(ls) - 1; i >= 0; i-- {
		l := &ls[i]
		if l.reason != "" {
			continue
		}
		if navigationLike(l.text) {
			nav = append(nav, i)
			continue
		}
		if len(nav) == 0 && len(l.text) <= 600 && truncated(l.text) && (l.blankBefore || i > 0 && ls[i-1].reason != "") {
			l.reason = ReasonTeaser
			continue
		}
		stop = i
		break
	}
	if len(nav) == 0 || stop < 0 {
		return
	}
	// the candidate closest to the body decides whether the block is set off
	first := nav[len(nav)-1]
	setOff := ls[first].blankBefore || first > 0 && ls[first-1].reason != ""
	if len(nav) >= 2 || setOff {
		for _, i := range nav {
			ls[i].reason = ReasonNavigation
		}
	}
}

// closingLines is how many body lines at the end of an article are
// searched for a call to the reader.
const closingLines = 4

// markClosing marks the paragraphs that close an article with a call to
// the reader, to order, subscribe, listen, donate or write in ("...
// HIER bestellen oder einfach auf das Banner unten klicken!", "Alle unsere
// Podcasts finden Sie unter ..."): up to 800 bytes, holding a "closing"
// phrase of lists/boilerplate.txt. It walks up from the end and stops at
// the first body paragraph that holds none.
func markClosing(ls []textLine) {
	d := lists()
	body := 0
	for i := len(ls) - 1; i >= 0 && body < closingLines; i-- {
		l := &ls[i]
		if l.reason != "" {
			continue
		}
		body++
		if len(l.text) > 800 || !closingCall(d.closing, l.text) {
			return
		}
		l.reason = ReasonPromo
		// the start of its sentence on the line before ("Wenn Sie uns
		// erzählen möchten, ..." "schreiben Sie uns an ...")
		for j := i; j > 0 && opensLower(ls[j].text) && !ls[j].blankBefore && ls[j-1].reason == "" && brokenOff(ls[j-1].text); j-- {
			ls[j-1].reason = ReasonPromo
		}
	}
}

// adTail is how many bytes at the end of a paragraph are searched for an
// advertisement.
const adTail = 400

// markAds takes out the advertisements for the outlet's own products that
// some sites insert in an article ("... HIER bestellen oder einfach auf
// das Banner oben klicken!"): from the sentence holding an "anywhere"
// phrase of lists/boilerplate.txt, in the last adTail bytes of a
// paragraph, to the end of the paragraph, which
// becomes a promo line of its own (the whole paragraph when the phrase is
// in its first sentence). It returns the lines.
func markAds(ls []textLine) []textLine {
	d := lists()
	var out []textLine
	for i := range ls {
		l := ls[i]
		at := -1
		if l.reason == "" {
			// an advertisement runs to the end of its paragraph, so only
			// the paragraph's last bytes are searched
			from := max(0, len(l.text)-adTail)
			if at = firstPhrase(d.anywhere, l.text[from:]); at >= 0 {
				at += from
			}
		}
		if at < 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]textLine, 0, len(ls)+1), ls[:i]...)
		}
		cut := sentenceStart(l.text, at)
		if cut == 0 {
			l.reason = ReasonPromo
			out = append(out, l)
			continue
		}
		head, tail := l, textLine{text: strings.TrimSpace(l.text[cut:]), reason: ReasonPromo}
		head.text = strings.TrimSpace(l.text[:cut])
		out = append(out, head, tail)
	}
	if out == nil {
		return ls
	}
	return out
}

// firstPhrase returns the offset of the first of the rules' phrases in s,
// or -1. Each phrase is looked for by its anchor, its longest word, since
// scanning for a phrase opening with "a" or "e" costs a stop at nearly
// every word, and each distinct anchor is looked for once.
func firstPhrase(rules []lineRule, s string) int {
	at := -1
	var absent [8]string // anchors not in s, so that rules sharing one look once
	nabsent := 0
rules:
	for _, r := range rules {
		anchor, off := r.anchor, r.off
		for _, a := range absent[:nabsent] {
			if a == anchor {
				continue rules
			}
		}
		from := 0
		for {
			k := strings.Index(s[from:], anchor)
			if k < 0 {
				if from == 0 && nabsent < len(absent) {
					absent[nabsent] = anchor
					nabsent++
				}
				break
			}
			k += from
			if start := k - off; start >= 0 && strings.HasPrefix(s[start:], r.text) {
				if at < 0 || start < at {
					at = start
				}
				break
			}
			from = k + 1
		}
	}
	return at
}

// phraseAnchor picks the word of a phrase to look for: its longest word,
// without closing punctuation, so that phrases sharing a word ("HIER
// bestellen", "hier bestellen!") share their anchor and the line is
// scanned once for both. It returns the word and its offset in the phrase.
func phraseAnchor(p string) (string, int) {
	best, off := p, 0
	longest := -1
	for i := 0; i < len(p); {
		j := strings.IndexByte(p[i:], ' ')
		if j < 0 {
			j = len(p) - i
		}
		w := strings.TrimRight(p[i:i+j], ".,!?:;")
		if len(w) > longest {
			best, off, longest = w, i, len(w)
		}
		i += j + 1
	}
	return best, off
}

// sentenceStart returns the offset of the start of the sentence of s that
// holds byte i: just after the last ". ", "! " or "? " before i, or 0.
func sentenceStart(s string, i int) int {
	for j := i - 1; j > 0; j-- {
		if s[j] == ' ' && strings.IndexByte(".!?", s[j-1]) >= 0 {
			return j + 1
		}
	}
	return 0
}

// markSigns marks the signature lines that close agency copy: the
// agency and the editors' initials in lower case ("afp/hcd", "sid ks/ml",
// "dpa/lni"), the last body lines of the article but for date lines.
func markSigns(ls []textLine) {
	for i, body := len(ls)-1, 0; i >= 0 && body < footLines; i-- {
		l := &ls[i]
		if l.reason != "" {
			continue
		}
		body++
		if signLine(l.text) {
			l.reason = ReasonSourceCredit
			continue
		}
		if _, ok := timestampLine(l.text); ok {
			continue // a date line below the signature
		}
		if _, _, ok := nameDateLine(l.text); ok {
			continue
		}
		return
	}
}

// signLine says whether a line is an agency's signature: two to four
// short lower-case words joined by slashes or spaces, at least one slash.
func signLine(s string) bool {
	if len(s) > 30 || strings.IndexByte(s, '/') < 0 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ' ' })
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 || len(w) > 5 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// closingCall says whether s holds one of the closing phrases.
func closingCall(rules []lineRule, s string) bool {
	return firstPhrase(rules, s) >= 0
}

// unwrap joins hard-wrapped lines back into paragraphs: a run of three or
// more body lines with no blank line between them, each but the last 40 to
// 90 bytes long, and at least a third of them ending without punctuation
// (as text broken at a fixed width does). A line ending in a hyphen after
// a letter is joined without a space ("Corona-" "Krise").
func unwrap(ls []textLine) {
	for i := 0; i < len(ls); {
		if ls[i].reason != "" || ls[i].drop {
			i++
			continue
		}
		// the run of consecutive body lines from i
		k := i + 1
		for k < len(ls) && ls[k].reason == "" && !ls[k].drop && !ls[k].blankBefore {
			k++
		}
		// the longest stretch of wrapped lines in the run
		for s := i; s < k; {
			e := s
			open := 0
			for e < k-1 && len(ls[e].text) >= 40 && len(ls[e].text) <= 90 && !listItem(ls[e].text) && !isMetadataLine(ls[e].text) {
				if navigationLike(ls[e].text) || !endsSentence(ls[e].text) {
					open++
				}
				e++
			}
			// lines s..e-1 are wrapped; e is the paragraph's last line
			if n := e - s; n >= 2 && open*3 >= n {
				for j := s + 1; j <= e; j++ {
					prev := ls[s].text
					if strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetter(prev[len(prev)-2]) {
						ls[s].text = prev + ls[j].text
					} else {
						ls[s].text = prev + " " + ls[j].text
					}
					ls[j].merged = true
				}
				s = e + 1
				continue
			}
			s++
		}
		i = k
	}
}

// joinBroken joins a body line that opens in lower case to the body line
// before it when that one stops without punctuation ("Griechenland will
// keine" "strengen Bedingungen ..."): a sentence broken across lines, as
// text copied from pages with drop caps or fixed widths is. German opens no
// paragraph or heading in lower case.
func joinBroken(ls []textLine) {
	prev := -1 // the body line the next one may join
	for i := range ls {
		l := &ls[i]
		if l.merged {
			continue
		}
		if l.reason != "" || l.drop {
			prev = -1
			continue
		}
		if prev >= 0 && !l.blankBefore && opensLower(l.text) && brokenOff(ls[prev].text) {
			ls[prev].text += " " + l.text
			l.merged = true
			continue
		}
		prev = i
	}
}

// opensLower says whether s opens with a lower-case letter.
func opensLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// brokenOff says whether a line stops in the middle of a sentence: on a
// letter, a digit or a comma.
func brokenOff(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// endsSentence says whether a line ends with sentence punctuation.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"“”»«)…'’", last)
}

// listItem says whether a line opens like an item of a list.
func listItem(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("-–•*·▪", first) {
		return true
	}
	i := strings.IndexAny(s, ".)")
	return i > 0 && i <= 3 && isDigits(s[:i])
}

package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/fact"
)

// quote is a direct quote: body[start:end] with its marks, inner text
// body[inStart:inEnd].
type quote struct {
	start, end     int
	inStart, inEnd int
	words          int
}

// maxQuote bounds the length of a quote: an opening mark with no closing
// mark within it is taken for a stray mark.
const maxQuote = 3000

func closes(open, r rune) bool {
	switch open {
	case '„':
		return r == '“' || r == '”' || r == '"'
	case '«':
		return r == '»'
	case '»':
		return r == '«'
	case '"':
		return r == '"' || r == '“'
	case '“':
		return r == '”' || r == '“'
	case '‚':
		return r == '‘' || r == '’'
	}
	return false
}

func opens(r rune) bool {
	return r == '„' || r == '«' || r == '»' || r == '"' || r == '“' || r == '‚'
}

// findQuotes returns the outermost quotes of body in order, with nested
// quotes of the same kind inside (the «X «Y» X» of Swiss style) kept whole.
func findQuotes(body string) []quote {
	var out []quote
	var stack []rune
	start := -1
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		if len(stack) == 0 {
			if opens(r) && (r != '‚' || i == 0 || body[i-1] == ' ') {
				if r == '»' && i > 0 && body[i-1] != ' ' && body[i-1] != '\n' && body[i-1] != '(' {
					i += n
					continue // a closing guillemet of the other style
				}
				stack = append(stack, r)
				start = i
			}
			i += n
			continue
		}
		top := stack[len(stack)-1]
		switch {
		case closes(top, r) && !(top == '"' && r == '"' && i+n < len(body) && isWordByte(body[i+n]) && i > 0 && body[i-1] == ' '):
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				in := body[start+utf8RuneLen(body, start) : i]
				out = append(out, quote{start: start, end: i + n, inStart: start + utf8RuneLen(body, start), inEnd: i, words: len(strings.Fields(in))})
			}
		case r == top && r != '"' && r != '“':
			stack = append(stack, r) // nested quote of the same kind
		case (r == '„' || r == '‚') && top != r:
			stack = append(stack, r)
		}
		i += n
		if len(stack) > 0 && i-start > maxQuote {
			i = start + utf8RuneLen(body, start)
			stack = stack[:0]
		}
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func utf8RuneLen(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// sentenceOf returns the index of the sentence holding byte pos.
func (e *extractor) sentenceOf(pos int) int {
	lo, hi := 0, len(e.sents)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if e.sents[m].start <= pos {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// quoteClaim makes the claim of a quote when its speaker can be found: the
// cue after it (", sagte X", ", so X"), the cue before it ("X sagte:",
// "X:"), a cue sentence ending in a colon before it, or the speaker of the
// claim just before. It reports whether a claim was made.
func (e *extractor) quoteClaim(q quote) bool {
	if q.words < 4 {
		return false
	}
	si, sj := e.sentenceOf(q.start), e.sentenceOf(q.end-1)
	if sj < si {
		sj = si
	}
	var sp speaker
	var via []string
	stance := ""
	cue := ""
	s0, s1 := si, sj
	atStart := true
	ts := e.sents[si].toks
	qa := 0 // index of the opening mark in ts
	for qa < len(ts) && ts[qa].start < q.start {
		qa++
	}
	for k := 0; k < qa; k++ {
		if ts[k].word {
			atStart = false // only dashes may stand before a quote that opens the sentence
		}
	}
	// before: "X sagte: „...“", "X: „...“", ", so X, „...“"
	if qa > 0 && ts[qa-1].text == ":" {
		if d := e.beforeColon(si, ts[:qa-1]); d.ok() {
			sp, cue = d, ":"
			atStart = true
			if e.answersWithNo(ts[:qa-1], q, d) {
				stance = fact.Denies
			}
		}
	}
	if qa == 0 && si > 0 {
		prev := e.sents[si-1].toks
		if n := len(prev); n > 1 && prev[n-1].text == ":" {
			if d := e.beforeColon(si-1, prev[:n-1]); d.ok() {
				sp, cue = d, ":"
				s0 = si - 1
			}
		}
	}
	// after: "„...“, sagte X." / ", so X weiter." / ", hieß es."
	tj := e.sents[sj].toks
	qb := 0
	for qb < len(tj) && tj[qb].start < q.end {
		qb++
	}
	commaIn := q.inEnd > q.inStart && strings.TrimSpace(e.doc.Body[q.inStart:q.inEnd]) != "" && strings.HasSuffix(strings.TrimSpace(e.doc.Body[q.inStart:q.inEnd]), ",")
	if commaIn && qb < len(tj) && tj[qb].word {
		// "„... reagieren,“ heißt es": the comma inside the closing mark
		qb--
	}
	if qb >= 0 && qb < len(tj) && (tj[qb].text == "," || commaIn && qb+1 < len(tj) && tj[qb+1].word) {
		_, rb := clauseBounds(tj, qb+1)
		var after speaker
		aCue := ""
		if qb+1 < len(tj) && tj[qb+1].lower == "so" {
			if p := phraseAt(tj, qb+2, len(tj)); p != nil {
				after = e.resolve(tj, p)
				aCue = "so"
			}
		}
		if !after.ok() {
			for c := qb + 1; c < rb; c++ {
				if (tj[c].lower == "heißt" || tj[c].lower == "hieß") && c+1 < len(tj) && tj[c+1].lower == "es" {
					if d := e.heisstEs(sj, tj, c); d != nil {
						after, aCue = d.sp, d.cue
					}
					break
				}
				f, ok := cueAt(tj, c)
				if !ok {
					continue
				}
				wie := tj[qb+1].lower == "wie"
				var p *phrase
				if wie {
					p = subjectNP(tj, qb+2, c)
				} else {
					p = subjectNP(tj, qb+1, c)
				}
				if p == nil {
					p = e.particleSurname(tj, c+1, rb)
				}
				if p == nil {
					p = objectSpeaker(tj, c+1, rb, f.class)
				}
				if p != nil {
					after = e.resolve(tj, p)
					aCue = tj[c].text
					if f.class == cueDeny {
						stance = fact.Denies
					} else if f.class == cueConfirm {
						stance = fact.Confirms
					}
				}
				break
			}
		}
		if after.ok() {
			if sp.ok() && after.kind == kindMedia && after.name != sp.name {
				via = append(via, after.name)
			} else if !sp.ok() {
				sp, cue = after, aCue
			} else if after.name != sp.name && cue == ":" && s0 == si && qa > 1 && (after.kind == kindPerson || sp.kind != kindPerson) {
				// "Der Verband hat sich dafür ausgesprochen, ...: „...“, sagte
				// Ute Teichert": the quote is hers; what stands before the
				// colon stays the body's own claim
				if sp.of == "" {
					// (a role of the body, "Die Vorsitzende des Verbands", is the
					// one who then speaks)
					e.add(&draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeIndirect, cue: ":", s0: si, s1: si, cStart: e.sents[si].start, cEnd: ts[qa-1].start})
				}
				sp, cue = after, aCue
			}
		}
	}
	if !sp.ok() && atStart && e.last != nil && e.lastSent >= si-1 {
		sp, cue = e.last.sp, "quote"
		via = e.last.via
	}
	if !sp.ok() {
		return false
	}
	if stance == "" {
		stance = e.stanceOf(sp, cueSpeech)
		if sp.kind == kindMedia && cue != ":" {
			stance = fact.Asserts
		}
		if e.denyIn(q.inStart, q.inEnd) {
			stance = fact.Denies
		}
	}
	d := &draft{sp: sp, stance: stance, mode: ModeDirect, cue: cue, s0: s0, s1: s1, cStart: q.inStart, cEnd: q.inEnd, via: via}
	e.add(d)
	for k := si; k <= sj; k++ {
		e.covered[k] = true
	}
	return true
}

// beforeColon finds the speaker of "X sagte:", "X:", "Und weiter:".
func (e *extractor) beforeColon(i int, ts []tok) speaker {
	if len(ts) == 0 {
		return speaker{}
	}
	n := len(ts)
	if ts[n-1].lower == "weiter" && n <= 2 {
		if e.last != nil {
			return e.last.sp
		}
		return speaker{}
	}
	lb := -1
	for k := n - 1; k >= 0; k-- {
		if isBoundary(ts[k]) {
			lb = k
			break
		}
	}
	for c := 0; c < n; c++ {
		f, ok := cueAt(ts, c)
		if !ok {
			continue
		}
		clb, _ := clauseBounds(ts, c)
		p := subjectNP(ts, clb+1, c)
		if p == nil && clb >= 0 && ts[clb].text == "," && c == clb+1 {
			p = appositionBefore(ts, clb) // "Der Vize, Andreas Jung, sagte der Welt:"
		}
		if p == nil {
			p = e.particleSurname(ts, c+1, n) // "“, sagte von Stillfried dem Blatt"
		}
		if p == nil {
			p = objectSpeaker(ts, c+1, n, f.class)
		}
		if p != nil {
			return e.resolve(ts, p)
		}
	}
	if (lb < 0 || ts[lb].text == "–" || ts[lb].text == "-") && n-lb-1 <= 5 {
		p := phraseAt(ts, lb+1, n)
		if p != nil && p.b == n && p.pronoun == "" {
			h := p.head().lower
			if lex.roles.has(h) || lex.media.has(h) {
				return e.resolve(ts, p)
			}
			if nw := nameWords(p); len(nw) > 0 {
				name := e.expand(joinWords(nw))
				if _, known := e.lastMention(ts[0].start, true, func(m mention) bool {
					return (m.kind == kindPerson || isOrgKind(m.kind) || m.kind == kindName) && (m.name == name || strings.HasSuffix(m.name, " "+name))
				}); known {
					return speaker{name: name, kind: kindPerson}
				}
			}
		}
	}
	return speaker{}
}

// answersWithNo: "Y widersprach: „Die Arbeitgeber haben kein Angebot
// vorgelegt.“" right after a claim of another speaker. A verb of
// contradicting before the colon, a quote whose first sentence is negated
// and a claim of someone else just before make the quote a denial of that
// claim (docs/annotating-claims.md: a negated statement that answers a claim).
// "widersprach ihm: Die Kommandanten dürfen nur ..." states a view of its
// own and stays an assertion.
func (e *extractor) answersWithNo(before []tok, q quote, sp speaker) bool {
	contra := false
	for c := range before {
		if f, ok := cueAt(before, c); ok && (f.lemma == "widersprechen" || f.lemma == "entgegnen" || f.lemma == "kontern") {
			contra = true
		}
	}
	if !contra || e.last == nil || e.last.sp.name == sp.name || e.lastSent < e.sentenceOf(q.start)-1 {
		return false
	}
	ts := e.toksIn(q.inStart, q.inEnd)
	end := len(ts)
	for j := range ts {
		if j > 0 && (ts[j].text == "." || ts[j].text == "!" || ts[j].text == "?") {
			end = j
			break
		}
	}
	return negToks(ts[:end])
}

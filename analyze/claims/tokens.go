package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/fact"
)

// tok is one word or punctuation mark with byte offsets into the body.
type tok struct {
	text       string
	lower      string
	start, end int
	word       bool      // letters or digits
	cap        bool      // starts with an upper-case letter
	digit      bool      // starts with a digit
	info       *wordInfo // what the lists say of the word, or nil
}

// g is the function-word group of the token (lists/function.txt), or "".
func (t *tok) g() string {
	if t.info == nil {
		return ""
	}
	return t.info.fn
}

// span is a sentence: byte range and its tokens.
type span struct {
	start, end int
	toks       []tok
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerLatin lower-cases ASCII and the Latin-1 capitals (Ä, Ö, Ü, É, ...)
// byte for byte, so that offsets into the result are offsets into s;
// other letters stay as they are.
func lowerLatin(s string) string {
	b := []byte(s)
	changed := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 32
			changed = true
		case c == 0xC3 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9E && b[i+1] != 0x97:
			b[i+1] += 0x20
			changed = true
			i++
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// tokenize splits body[start:end] into tokens. Words keep inner hyphens,
// dots and apostrophes ("Ex-Chef", "golem.de", "1.800").
func tokenize(body string, start, end int) []tok {
	return tokenizeLower(body, lowerLatin(body[start:end]), start, start, end)
}

// tokenizeLower is tokenize with lower = lowerLatin(body[base:...]) given, so
// that a word's lower-case form is a substring and needs no allocation.
func tokenizeLower(body, lower string, base, start, end int) []tok {
	out := make([]tok, 0, (end-start)/6+4)
	i := start
	for i < end {
		r, n := rune(body[i]), 1
		if r >= 0x80 {
			r, n = utf8.DecodeRuneInString(body[i:end])
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += n
			continue
		}
		if !isWordRune(r) {
			t := body[i : i+n]
			out = append(out, tok{text: t, lower: t, start: i, end: i + n})
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := rune(body[j]), 1
			if r2 >= 0x80 {
				r2, n2 = utf8.DecodeRuneInString(body[j:end])
			}
			if isWordRune(r2) {
				j += n2
				continue
			}
			if (r2 == ',' || r2 == ':') && unicode.IsDigit(r) && j+1 < end && body[j+1] >= '0' && body[j+1] <= '9' {
				j++
				continue
			}
			if r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '/' {
				if j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(body[j+n2 : end])
					if isWordRune(r3) && !(r2 == '.' && unicode.IsUpper(r3) && !unicode.IsDigit(r)) {
						j += n2
						continue
					}
				}
			}
			break
		}
		w := body[i:j]
		l := lower[i-base : j-base]
		t := tok{text: w, lower: l, start: i, end: j, word: true, cap: unicode.IsUpper(r), digit: r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r)}
		if in := lex.info[l]; in != nil {
			t.info = in
		}
		out = append(out, t)
		i = j
	}
	return out
}

// abbreviations after which a full stop does not end a sentence.
var abbrev = map[string]bool{
	"z.b": true, "dr": true, "prof": true, "st": true, "nr": true, "bzw": true, "u.a": true, "etc": true,
	"ca": true, "vgl": true, "mio": true, "mrd": true, "tsd": true, "abs": true, "art": true, "inkl": true,
	"evtl": true, "ggf": true, "sog": true, "usw": true, "d.h": true, "v.a": true, "bspw": true, "min": true,
	"max": true, "jan": true, "feb": true, "febr": true, "aug": true, "sept": true, "okt": true, "nov": true, "dez": true,
	"hl": true, "str": true, "mag": true, "ing": true, "dipl": true, "gen": true, "jr": true, "sen": true,
}

// splitSentences is the fallback splitter, used when the document comes
// without sentences: it cuts at . ! ? (and closing quotes) before an
// upper-case letter, digit or opening quote, and at line breaks.
func splitSentences(body string) []span {
	var out []span
	s := 0
	emit := func(a, b int) {
		for a < b && (body[a] == ' ' || body[a] == '\n' || body[a] == '\t' || body[a] == '\r') {
			a++
		}
		for b > a && (body[b-1] == ' ' || body[b-1] == '\n' || body[b-1] == '\t' || body[b-1] == '\r') {
			b--
		}
		if b > a {
			out = append(out, span{start: a, end: b})
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\n' {
			emit(s, i)
			s = i + 1
			i++
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			for j < len(body) {
				r, n := utf8.DecodeRuneInString(body[j:])
				if r == '"' || r == '“' || r == '»' || r == '«' || r == '\'' || r == '‘' || r == ')' || r == '.' {
					j += n
					continue
				}
				break
			}
			if j < len(body) && (body[j] == ' ' || body[j] == '\n') {
				k := j
				for k < len(body) && body[k] == ' ' {
					k++
				}
				r, _ := utf8.DecodeRuneInString(body[k:])
				if k < len(body) && (unicode.IsUpper(r) || r == '„' || r == '"' || r == '«' || r == '»' || r == '‚') && c == '.' && !endsAbbrev(body, s, i) {
					emit(s, j)
					s = k
					i = k
					continue
				}
				if k < len(body) && (c == '!' || c == '?') && (unicode.IsUpper(r) || r == '„' || r == '"' || r == '«' || r == '»') {
					emit(s, j)
					s = k
					i = k
					continue
				}
			}
		}
		i++
	}
	emit(s, len(body))
	return out
}

// endsAbbrev reports whether the word before body[i] (a full stop) is an
// abbreviation or a small number (an ordinal: "am 23. März").
func endsAbbrev(body string, s, i int) bool {
	j := i
	for j > s {
		r, n := utf8.DecodeLastRuneInString(body[s:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= n
	}
	w := strings.ToLower(body[j:i])
	if abbrev[w] {
		return true
	}
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true // initials: "Johannes B. Kerner"
	}
	if n := len(w); n > 0 && n <= 2 && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return false
}

// sentenceSpans returns the sentences of doc with tokens. The document's
// own sentences are used when it has them; a single sentence over a long
// body (a splitter placeholder) is split here.
func sentenceSpans(doc Doc) []span {
	var out []span
	ss := doc.Sentences
	if len(ss) == 0 || (len(ss) == 1 && ss[0].End-ss[0].Start > 400) {
		out = splitSentences(doc.Body)
	} else {
		out = make([]span, 0, len(ss))
		for _, s := range ss {
			if s.Start < 0 || s.End > len(doc.Body) || s.Start >= s.End {
				continue
			}
			out = append(out, span{start: s.Start, end: s.End})
		}
	}
	out = joinWrapped(doc.Body, out)
	lower := lowerLatin(doc.Body)
	for i := range out {
		out[i].toks = tokenizeLower(doc.Body, lower, 0, out[i].start, out[i].end)
	}
	return out
}

var _ = fact.Sentence{}

// joinWrapped joins sentences that a hard line wrap cut in two: a span
// that ends in a lower-case word or a comma, with no end mark, and the next
// one after a single line break ("sagte Fauci in einem Interview mit
// dem\nNachrichtensender CNN."). Without this the cue and its speaker, or
// the proposition, land in different sentences.
func joinWrapped(body string, ss []span) []span {
	if len(ss) < 2 {
		return ss
	}
	out := ss[:1]
	for _, s := range ss[1:] {
		prev := &out[len(out)-1]
		if wrapped(body, prev.end, s.start) {
			prev.end = s.end
			continue
		}
		out = append(out, s)
	}
	return out
}

// wrapped reports whether the text between a sentence ending at end and the
// next starting at next is a line wrap inside one sentence.
func wrapped(body string, end, next int) bool {
	if end <= 0 || next > len(body) || end > next {
		return false
	}
	gap := body[end:next]
	if strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(body[:end])
	return last == ',' || unicode.IsLower(last)
}

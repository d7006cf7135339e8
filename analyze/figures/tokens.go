package figures

import (
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	kWord  kind = iota // letters, digits after a letter, inner hyphens and apostrophes
	kNum               // digits with inner separators: 4,45 1.300 1'300
	kPunct             // any other single rune
)

// tok is one token of a sentence: a byte span of the body.
type tok struct {
	s, e  int
	kind  kind
	upper bool // a word starting with an upper-case letter
	sp    bool // white space (or the sentence start) before it
}

// isSpace reports the spaces that separate tokens, no-break and thin spaces
// included.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x00a0, 0x2009, 0x202f, 0x2007, 0x200b, 0xfeff:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// isGroupSpace reports the spaces that may join digit groups: "1 300 000"
// written with no-break or thin spaces.
func isGroupSpace(r rune) bool {
	return r == 0x00a0 || r == 0x2009 || r == 0x202f || r == 0x2007
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isLetter reports a letter rune; the ASCII case is fast.
func isLetter(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// tokenize appends the tokens of body[a:b] to dst, in one pass.
func tokenize(dst []tok, body string, a, b int) []tok {
	i := a
	sp := true
	for i < b {
		c := body[i]
		if c < 0x80 {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				sp = true
				i++
				continue
			case isDigit(c):
				j := scanNumber(body, i, b)
				dst = append(dst, tok{s: i, e: j, kind: kNum, sp: sp})
				sp = false
				i = j
				continue
			case (c|0x20) >= 'a' && (c|0x20) <= 'z':
				j := scanWord(body, i, b)
				dst = append(dst, tok{s: i, e: j, kind: kWord, upper: c >= 'A' && c <= 'Z', sp: sp})
				sp = false
				i = j
				continue
			default:
				dst = append(dst, tok{s: i, e: i + 1, kind: kPunct, sp: sp})
				sp = false
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(body[i:b])
		switch {
		case isSpace(r):
			sp = true
			i += n
		case isLetter(r):
			j := scanWord(body, i, b)
			dst = append(dst, tok{s: i, e: j, kind: kWord, upper: unicode.IsUpper(r), sp: sp})
			sp = false
			i = j
		case unicode.IsDigit(r):
			// Other digits (Arabic-Indic, full width) are not read as numbers.
			dst = append(dst, tok{s: i, e: i + n, kind: kPunct, sp: sp})
			sp = false
			i += n
		default:
			dst = append(dst, tok{s: i, e: i + n, kind: kPunct, sp: sp})
			sp = false
			i += n
		}
	}
	return dst
}

// scanWord returns the end of the word starting at i: letters and digits,
// with hyphens and apostrophes inside ("US-Dollar", "Covid-19", "geht's").
func scanWord(body string, i, b int) int {
	for i < b {
		c := body[i]
		if c < 0x80 {
			if isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				i++
				continue
			}
			if (c == '-' || c == '\'') && i+1 < b && wordRuneAt(body, i+1, b) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(body[i:b])
		if isLetter(r) {
			i += n
			continue
		}
		if (r == '’' || r == '‑') && i+n < b && wordRuneAt(body, i+n, b) {
			i += n
			continue
		}
		return i
	}
	return i
}

// wordRuneAt reports whether a letter or digit starts at i.
func wordRuneAt(body string, i, b int) bool {
	c := body[i]
	if c < 0x80 {
		return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(body[i:b])
	return isLetter(r)
}

// scanNumber returns the end of the number starting at i: digit groups
// joined by '.', ',', an apostrophe or a no-break/thin space when a digit
// follows the separator, or by a plain space before exactly three digits.
func scanNumber(body string, i, b int) int {
	start := i
	for i < b && isDigit(body[i]) {
		i++
	}
	// "100 000", "1 300 000": groups of three joined by a plain space, when
	// the first group has one to three digits.
	if n := i - start; n >= 1 && n <= 3 {
		for i+1 < b && body[i] == ' ' && groupOf3(body, i+1, b) {
			i += 4
		}
	}
	for i < b {
		c := body[i]
		if (c == '.' || c == ',' || c == '\'') && i+1 < b && isDigit(body[i+1]) {
			i++
			for i < b && isDigit(body[i]) {
				i++
			}
			continue
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(body[i:b])
			if (isGroupSpace(r) || r == '’') && groupOf3(body, i+n, b) {
				i += n
				for i < b && isDigit(body[i]) {
					i++
				}
				continue
			}
		}
		return i
	}
	return i
}

// groupOf3 reports exactly three digits at i, not followed by a fourth.
func groupOf3(body string, i, b int) bool {
	if i+3 > b {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigit(body[k]) {
			return false
		}
	}
	return i+3 == b || !isDigit(body[i+3])
}

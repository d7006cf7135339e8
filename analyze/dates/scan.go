package dates

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters, or letters and digits: Juli, 1990er, Q2
	tNum          // ASCII digits only: 2018, 07
	tPunct        // one punctuation mark or symbol
	tBreak        // a blank line: no expression crosses it
)

// tok is one token of the scanner. The scanner is the date parser's own:
// it keeps digits, dots and colons apart so that 07.08.2018 and 09:38 can
// be read from their parts, and it looks every word up once.
type tok struct {
	s          string
	start, end int
	kind       uint8
	upper      bool   // a word that starts with an upper-case letter
	n          int    // value of a tNum (capped), or -1
	e          *entry // lexicon entry, or nil
}

// isLetter reports whether r belongs inside a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// scan appends the tokens of body[from:to] to buf.
func scan(body string, from, to int, buf []tok) []tok {
	i := from
	newlines := 0
	for i < to {
		c := body[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '\n':
			newlines++
			if newlines == 2 && (len(buf) == 0 || buf[len(buf)-1].kind != tBreak) {
				buf = append(buf, tok{s: "\n", start: i, end: i + 1, kind: tBreak, n: -1})
			}
			i++
			continue
		}
		newlines = 0
		start := i
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(body[i:to])
		}
		if r == 0xA0 || r == 0x202F || r == 0x2009 { // no-break and thin spaces
			i += size
			continue
		}
		if '0' <= c && c <= '9' || isLetter(r) {
			digits := true
			for i < to {
				c = body[i]
				if '0' <= c && c <= '9' {
					i++
					continue
				}
				r, size = rune(c), 1
				if c >= utf8.RuneSelf {
					r, size = utf8.DecodeRuneInString(body[i:to])
				}
				if !isLetter(r) {
					break
				}
				digits = false
				i += size
			}
			t := tok{s: body[start:i], start: start, end: i, n: -1}
			if digits {
				t.kind = tNum
				if i-start <= 9 {
					n := 0
					for j := start; j < i; j++ {
						n = n*10 + int(body[j]-'0')
					}
					t.n = n
				}
			} else {
				t.kind = tWord
				r0, _ := utf8.DecodeRuneInString(t.s)
				t.upper = unicode.IsUpper(r0)
				t.e = lexicon[t.s]
			}
			buf = append(buf, t)
			continue
		}
		i += size
		buf = append(buf, tok{s: body[start:i], start: start, end: i, kind: tPunct, n: -1})
	}
	return buf
}

package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContentID is the hex SHA-256 of an article's normalised content: title
// and body with white space runs folded to one space. The same text read
// twice, from any file or format, gets the same ID.
func ContentID(title, body string) string {
	h := sha256.New()
	var buf []byte
	buf = appendFolded(buf, title)
	buf = append(buf, '\n')
	buf = appendFolded(buf, body)
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// appendFolded appends s with every run of white space folded to one space
// and white space at both ends dropped.
func appendFolded(buf []byte, s string) []byte {
	space := false
	start := len(buf)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				space = true
				i++
				continue
			}
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = append(buf, s[i:i+n]...)
		i += n
	}
	return buf
}

// CountWords counts the words of a text: runs of non-space characters
// holding at least one letter or digit.
func CountWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n
}

package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	gounicode "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Errors for inputs that are not text. They come wrapped in an InputError
// naming the file and line.
var (
	ErrBinary   = errors.New("binary file (NUL byte)")
	ErrEmpty    = errors.New("empty input")
	ErrEncoding = errors.New("invalid UTF-8 that is not Windows-1252/Latin-1 text either")
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// DecodeText turns the bytes of a text input into a UTF-8 string: it drops a
// UTF-8 byte order mark, decodes UTF-16 marked by its byte order mark,
// converts Windows-1252 (a superset of Latin-1 for printable text) when the
// bytes are not valid UTF-8 but read plausibly as 1252, turns CRLF and lone CR
// into LF, and normalises to NFC. It returns the 1-based line of the first
// offending byte with ErrBinary or ErrEncoding, and ErrEmpty for input with
// nothing but white space.
func DecodeText(b []byte) (string, int, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		if len(b)%2 != 0 {
			return "", 1, fmt.Errorf("UTF-16 byte order mark on an odd number of bytes: %w", ErrEncoding)
		}
		u, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", 1, fmt.Errorf("decode UTF-16: %w", err)
		}
		if !latinText(u) {
			return "", 1, fmt.Errorf("UTF-16 byte order mark on bytes that decode to no Latin-script text: %w", ErrEncoding)
		}
		b = u
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", lineAt(b, i), ErrBinary
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", 0, ErrEmpty
	}
	if !utf8.Valid(b) {
		u, line, err := decode1252(b)
		if err != nil {
			return "", line, err
		}
		b = u
	}
	if n, first := controls(b); n > 0 {
		if n > 8 && n*1000 > len(b) {
			return "", lineAt(b, first), ErrBinary
		}
		b = bytes.Map(func(r rune) rune {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
				return -1
			}
			return r
		}, b)
	}
	return NormalizeText(string(b)), 0, nil
}

// controls counts the C0 control characters (and DEL) of b other than tab,
// LF, CR and FF, and returns the offset of the first.
func controls(b []byte) (n, first int) {
	first = -1
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	return n, first
}

// NormalizeText turns CRLF and lone CR into LF and normalises s to NFC.
// Invalid UTF-8 sequences in s are kept as they are by NFC; callers that
// take strings from outside should pass them through DecodeString first.
func NormalizeText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// DecodeString is DecodeText for one field of a record (a CSV cell, a
// string in a JSON line): valid UTF-8 is kept, plausible Windows-1252 is
// converted, and anything else is returned with invalid bytes replaced by
// U+FFFD and ok false. It does not normalise.
func DecodeString(s string) (string, bool) {
	if utf8.ValidString(s) {
		return s, true
	}
	if u, _, err := decode1252([]byte(s)); err == nil {
		return string(u), true
	}
	return strings.ToValidUTF8(s, "\uFFFD"), false
}

// decode1252 converts b from Windows-1252 when that reads as text: no
// control characters other than tab, LF, CR and FF, none of the five bytes
// 1252 leaves undefined, and high bytes not more than a third of the
// letters (binary data is dense with them, German text is not).
func decode1252(b []byte) ([]byte, int, error) {
	high, letters := 0, 0
	for i, c := range b {
		switch {
		case c >= 0x80:
			high++
			switch c {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
				return nil, lineAt(b, i), ErrEncoding
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			return nil, lineAt(b, i), ErrEncoding
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters++
		}
	}
	if high*3 > letters+3 {
		return nil, lineAt(b, firstInvalid(b)), ErrEncoding
	}
	u, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return nil, 1, fmt.Errorf("decode Windows-1252: %w", err)
	}
	return u, 0, nil
}

// firstInvalid is the offset of the first byte of b that is not valid UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// lineAt is the 1-based line of byte offset i in b.
func lineAt(b []byte, i int) int {
	if i > len(b) {
		i = len(b)
	}
	return bytes.Count(b[:i], []byte{'\n'}) + 1
}

// latinText says whether text decoded from UTF-16 reads as text in a Latin
// script, as German news is: no replacement characters, and at least half
// of its letters Latin. Bytes of another kind behind a UTF-16 byte order
// mark decode to a jumble of CJK and other characters.
func latinText(b []byte) bool {
	letters, latin := 0, 0
	for _, r := range string(b) {
		if r == utf8.RuneError {
			return false
		}
		if gounicode.IsLetter(r) {
			letters++
			if r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
				latin++
			}
		}
	}
	return letters == 0 || latin*2 >= letters
}

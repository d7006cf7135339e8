package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
)

// ContentID is the hex SHA-256 of an article's content: its title, a
// newline and its body. Prepare normalises both first (NFC, LF line ends,
// lines trimmed, runs of spaces and tabs folded, blank lines collapsed), so
// the same text read twice, from any file or format, gets the same ID.
func ContentID(title, body string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{'\n'})
	h.Write([]byte(body))
	return hex.EncodeToString(h.Sum(nil))
}

// ArticleID is the ID of an article whose normalised title and body are
// given, read from a record whose own identifier is recordID (an id, _id or
// guid field, an id column; see Record.ID). Without one it is ContentID:
// the same text is one article wherever it is read. With one it is the hex
// SHA-256 of the title, a newline, the body, a NUL byte and the identifier:
// two records of a data set that repeat one text under two identifiers are
// two articles (linked as near-duplicates of similarity 1), and the same
// record read twice is still one.
func ArticleID(title, body, recordID string) string {
	if recordID == "" {
		return ContentID(title, body)
	}
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{'\n'})
	h.Write([]byte(body))
	h.Write([]byte{0})
	h.Write([]byte(recordID))
	return hex.EncodeToString(h.Sum(nil))
}

// asciiClass classifies ASCII bytes for word counting: 1 white space,
// 2 letter or digit, 0 anything else.
var asciiClass = func() (t [128]uint8) {
	for _, c := range " \n\t\r\f\v" {
		t[c] = 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 2
		t[c-'a'+'A'] = 2
	}
	return t
}()

// CountWords counts the words of a text: runs of non-space characters
// holding at least one letter or digit.
func CountWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c <= ' ' {
			i++
			continue
		}
		// a token up to the next ASCII white space or control character;
		// most open with a letter or digit and need no more looking at
		j := i + 1
		wide := c == 0xC2 || c >= 0xE1 && c <= 0xE3
		for j < len(s) && s[j] > ' ' {
			if b := s[j]; b == 0xC2 || b >= 0xE1 && b <= 0xE3 {
				wide = true
			}
			j++
		}
		tok := s[i:j]
		i = j
		if c < utf8.RuneSelf && asciiClass[c] == 2 && (!wide || !hasWideSpace(tok)) {
			n++
			continue
		}
		n += countWordsSlow(tok)
	}
	return n
}

// hasWideSpace says whether a token holds a white space character outside
// ASCII (no-break space, the U+2000 spaces, ...), whose lead bytes are
// 0xC2, 0xE1, 0xE2 and 0xE3.
func hasWideSpace(tok string) bool {
	for k := 0; k < len(tok); k++ {
		switch tok[k] {
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(tok[k:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// countWordsSlow is CountWords rune by rune.
func countWordsSlow(s string) int {
	n := 0
	inWord, counted := false, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r < ' ':
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord || !counted {
				n++
			}
			inWord, counted = true, true
		default:
			if !inWord {
				inWord, counted = true, false
			}
		}
	}
	return n
}

// Near-duplicate detection: a MinHash signature of an article's word
// shingles estimates how much two bodies share (their Jaccard resemblance);
// LSH band keys derived from it let a store find the articles worth
// comparing by index look-up instead of comparing all pairs.
const (
	// SignatureSize is the number of MinHash values in a signature.
	SignatureSize = 64
	// BandRows is the number of signature values hashed into one band key;
	// SignatureSize/BandRows bands give a candidate pair a chance of
	// 1-(1-s^4)^16: 0.56 at similarity s=0.5, 0.99 at 0.7, 1.0 at 0.8.
	BandRows = 4
	// ShingleWords is the number of words in a shingle.
	ShingleWords = 3
)

// mix64 is the splitmix64 finaliser: it spreads every input bit over the
// whole word.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Signature returns the MinHash signature of a body, by one-permutation
// hashing: each shingle of ShingleWords lower-cased words (the whole text
// as one shingle when it is shorter) is hashed once, the hash's top bits
// pick one of SignatureSize bins and the bin keeps its least value. Bins
// no shingle fell into borrow from the next filled bin to their right
// (rotation densification), so that short bodies still compare position
// by position. Two bodies agree in a position with the probability of
// their Jaccard resemblance. It is nil for a body without words.
func Signature(body string) []uint64 {
	words := wordHashes(body)
	if len(words) == 0 {
		return nil
	}
	const empty = ^uint64(0)
	const binBits = 6 // SignatureSize = 1 << binBits
	var sig [SignatureSize]uint64
	for i := range sig {
		sig[i] = empty
	}
	n := len(words) - ShingleWords + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h := uint64(0xcbf29ce484222325)
		for _, w := range words[i:min(i+ShingleWords, len(words))] {
			h = (h ^ w) * 0x100000001b3
		}
		h = mix64(h)
		bin := h >> (64 - binBits)
		if v := h & (1<<(64-binBits) - 1); v < sig[bin] {
			sig[bin] = v
		}
	}
	for j := range sig {
		if sig[j] != empty {
			continue
		}
		for k := 1; k < SignatureSize; k++ {
			if v := sig[(j+k)%SignatureSize]; v != empty && v < 1<<(64-binBits) {
				// the borrowed value, marked with the distance it came from
				sig[j] = v | uint64(k)<<(64-binBits)
				break
			}
		}
	}
	return sig[:]
}

// wordHashes returns an FNV-1a hash of each word of s, lower-cased (the
// hash of the lower-cased word's UTF-8 bytes); words are runs of letters
// and digits.
func wordHashes(s string) []uint64 {
	out := make([]uint64, 0, len(s)/7)
	const offset, prime = 0xcbf29ce484222325, 0x100000001b3
	h := uint64(offset)
	in := false
	end := func() {
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiClass[c] != 2 {
				end()
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
			in = true
			continue
		}
		if c == 0xC3 && i+1 < len(s) && s[i+1] != 0x97 && s[i+1] != 0xB7 && s[i+1] >= 0x80 && s[i+1] <= 0xBF {
			// U+00C0-U+00FF, letters but for × and ÷; capitals are 0x80-0x9E
			c2 := s[i+1]
			if c2 <= 0x9E {
				c2 += 0x20
			}
			h = (h ^ 0xC3) * prime
			h = (h ^ uint64(c2)) * prime
			in = true
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end()
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
			h = (h ^ uint64(b)) * prime
		}
		in = true
	}
	end()
	return out
}

// BandKeys returns the LSH band keys of a signature: one key for each run
// of BandRows values, mixed with the band's number so that keys of
// different bands never meet. Two articles sharing any key are candidates
// for Similarity.
func BandKeys(sig []uint64) []uint64 {
	if len(sig) == 0 {
		return nil
	}
	keys := make([]uint64, 0, (len(sig)+BandRows-1)/BandRows)
	for b := 0; b*BandRows < len(sig); b++ {
		h := uint64(0xcbf29ce484222325) ^ uint64(b)*0x9E3779B97F4A7C15
		for _, v := range sig[b*BandRows : min((b+1)*BandRows, len(sig))] {
			h = (h ^ v) * 0x100000001b3
			h ^= h >> 31
		}
		keys = append(keys, h)
	}
	return keys
}

// Similarity estimates the resemblance of two bodies from their
// signatures: the share of positions where they agree, 0 when the
// signatures are missing or of different sizes.
func Similarity(a, b []uint64) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

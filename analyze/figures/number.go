package figures

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseNumber reads a German number phrase: digits in German notation
// ("4,45", "1.300", "1.300,50", "-3,2", "1'300"), optionally followed by a
// scale word ("1,3 Milliarden", "120 Mrd.", "2,5 Mio."), or a number word
// ("zwölf", "dreiundzwanzig", "eine Milliarde", "zwei Dutzend"). The whole
// of s must be the number; units are not part of it. The package comment
// lists the rules for ambiguous forms such as "1,300".
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	toks := tokenize(make([]tok, 0, 8), s, 0, len(s))
	if len(toks) == 0 {
		return 0, fmt.Errorf("parse number %q: empty", s)
	}
	i, neg := 0, false
	if t := toks[0]; t.kind == kPunct && len(toks) > 1 && !toks[1].sp && toks[1].kind == kNum {
		switch s[t.s:t.e] {
		case "-", "−", "–":
			neg, i = true, 1
		case "+":
			i = 1
		}
	} else if t.kind == kWord && len(toks) > 1 {
		switch strings.ToLower(s[t.s:t.e]) {
		case "minus":
			neg, i = true, 1
		case "plus":
			i = 1
		}
	}
	p, ok := parseValue(s, toks, i, true)
	if !ok || p.end != len(toks) {
		return 0, fmt.Errorf("parse number %q: not a German number", s)
	}
	if p.one && !p.scaled {
		// "ein", "eine" alone are articles; "eins" is the number.
		if strings.ToLower(s[toks[i].s:toks[i].e]) != "eins" {
			return 0, fmt.Errorf("parse number %q: an article, not a number", s)
		}
	}
	if neg {
		return -p.value, nil
	}
	return p.value, nil
}

// phrase is a number read from tokens [start, end).
type phrase struct {
	start, end int
	value      float64
	word       bool // a number word, not digits
	one        bool // "ein", "eine", ...: one only before a unit or scale
	scaled     bool // a scale word followed
	integer    bool // digits with no decimal part
	year       bool // four digits 1800..2100 without separators
	leadZero   bool // "030", "07"
	ratio      bool // "jeder vierte": value is already a percentage
}

// parseValue reads the number at token i, with a scale word after it.
// first allows a capitalised number word (sentence start).
func parseValue(body string, toks []tok, i int, first bool) (phrase, bool) {
	t := toks[i]
	p := phrase{start: i, end: i + 1}
	switch t.kind {
	case kNum:
		d, ok := parseDigits(body[t.s:t.e])
		if !ok {
			return p, false
		}
		p.value, p.integer, p.year, p.leadZero = d.value, d.integer, d.year, d.leadZero
	case kWord:
		if t.upper && !first {
			return p, false
		}
		w := lowerWord(body[t.s:t.e])
		switch w {
		case "ein", "eine", "einen", "einem", "einer", "eines":
			p.value, p.one, p.word = 1, true, true
		case "jeder", "jede", "jedes", "jeden", "jedem":
			// "jeder vierte Deutsche", "Jeder Dritte": a share, 25 or 33.3 percent.
			if i+1 >= len(toks) || toks[i+1].kind != kWord {
				return p, false
			}
			n, ok := parseOrdinalWord(lowerWord(body[toks[i+1].s:toks[i+1].e]))
			if !ok || n < 2 {
				return p, false
			}
			p.value, p.word, p.ratio, p.end = 100/n, true, true, i+2
			return p, true
		case "die", "der":
			// "die Hälfte der Befragten": one half, the unit says how much.
			if i+1 >= len(toks) || body[toks[i+1].s:toks[i+1].e] != "Hälfte" {
				return p, false
			}
			p.value, p.word = 1, true
		default:
			v, ok := parseNumberWord(w)
			if !ok {
				return p, false
			}
			p.value, p.word = v, true
		}
	default:
		return p, false
	}
	// Scale words: "1,3 Milliarden", "zwei Dutzend", "eine Million".
	if j, f, ok := lists.scales.match(body, toks, p.end); ok {
		p.value *= f
		p.end = j
		p.scaled = true
	}
	return p, true
}

// digits is what parseDigits learns of a numeral.
type digits struct {
	value    float64
	integer  bool
	year     bool
	leadZero bool
}

// parseDigits reads a numeral of digit groups joined by separators, as
// scanned by scanNumber.
func parseDigits(s string) (digits, bool) {
	var d digits
	var buf [64]byte
	norm := buf[:0]
	// Split into groups and separators.
	var seps []byte // '.', ',', or 't' for thousands marks (apostrophe, thin space)
	var sepBuf [16]byte
	seps = sepBuf[:0]
	var groups [17]int // lengths
	ng := 0
	cur := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			cur++
			i++
			continue
		}
		if ng >= len(groups)-1 {
			return d, false
		}
		groups[ng] = cur
		ng++
		cur = 0
		switch {
		case c == '.' || c == ',':
			seps = append(seps, c)
			i++
		case c == '\'':
			seps = append(seps, 't')
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isGroupSpace(r) && r != '’' && r != ' ' {
				return d, false
			}
			seps = append(seps, 't')
			i += n
		}
	}
	groups[ng] = cur
	ng++
	for k := 0; k < ng; k++ {
		if groups[k] == 0 {
			return d, false
		}
	}
	// Which separator is the decimal mark, if any? The others are thousands
	// marks, each followed by exactly three digits.
	dec := -1 // index into seps of the decimal mark
	if len(seps) > 0 {
		nd, nc := 0, 0
		for _, c := range seps {
			switch c {
			case '.':
				nd++
			case ',':
				nc++
			}
		}
		last := seps[len(seps)-1]
		var thou byte // the thousands mark besides 't'
		switch {
		case nc == 0: // "1.300", "1'300": thousands only; a dot is never decimal
			thou = '.'
		case nc == 1 && last == ',': // "4,45", "1.300,50"
			dec, thou = len(seps)-1, '.'
		case nd == 0: // "1,300,000": English thousands
			thou = ','
		case nd == 1 && last == '.': // "1,300.50": English decimal
			dec, thou = len(seps)-1, ','
		default:
			return d, false
		}
		nthou := 0
		for k, c := range seps {
			if k == dec {
				continue
			}
			if c != thou && c != 't' || groups[k+1] != 3 {
				return d, false
			}
			nthou++
		}
		if nthou > 0 && groups[0] > 3 {
			return d, false
		}
	}
	// Build the normalised ASCII form.
	g := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			norm = append(norm, c)
			i++
			continue
		}
		if g == dec {
			norm = append(norm, '.')
		}
		g++
		if c < 0x80 {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	v, err := strconv.ParseFloat(string(norm), 64)
	if err != nil {
		return d, false
	}
	d.value = v
	d.integer = dec < 0
	d.leadZero = s[0] == '0' && groups[0] > 1
	d.year = len(seps) == 0 && len(s) == 4 && v >= 1800 && v <= 2100
	return d, true
}

// lowerWord lower-cases w; a word with no upper-case letter is returned
// as it is, without allocating.
func lowerWord(w string) string {
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsUpper(r) {
			return strings.ToLower(w)
		}
		i += n
	}
	return w
}

var (
	wordUnits = map[string]int{
		"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
		"sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
	}
	wordTeens = map[string]int{
		"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
		"fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
	}
	wordTens = map[string]int{
		"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
		"sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
	}
)

// parseNumberWord reads a German number word in lower case: "zwölf",
// "dreiundzwanzig", "zweihundert", "dreitausendfünfhundert",
// "eineinhalb", "anderthalb". "ein"/"eine" are left to the caller.
func parseNumberWord(w string) (float64, bool) {
	if len(w) < 3 || len(w) > 60 {
		return 0, false
	}
	switch w {
	case "anderthalb":
		return 1.5, true
	case "eineinhalb":
		return 1.5, true
	case "hundert", "einhundert":
		return 100, true
	case "tausend", "eintausend":
		return 1000, true
	}
	if strings.HasSuffix(w, "einhalb") {
		v, ok := below1000(w[:len(w)-len("einhalb")])
		if !ok || v == 0 {
			return 0, false
		}
		return float64(v) + 0.5, true
	}
	if k := strings.Index(w, "tausend"); k >= 0 {
		left, right := w[:k], w[k+len("tausend"):]
		l := 1
		if left != "" && left != "ein" {
			v, ok := below1000(left)
			if !ok || v == 0 {
				return 0, false
			}
			l = v
		}
		r := 0
		if right != "" {
			if strings.HasPrefix(right, "und") {
				right = right[3:]
			}
			v, ok := below1000(right)
			if !ok {
				return 0, false
			}
			r = v
		}
		return float64(l*1000 + r), true
	}
	v, ok := below1000(w)
	if !ok || v == 0 {
		return 0, false
	}
	return float64(v), true
}

// parseOrdinalWord reads an inflected ordinal word: "zweite", "dritten",
// "vierter", "zwanzigste", "hundertsten".
func parseOrdinalWord(w string) (float64, bool) {
	for _, suf := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	switch w {
	case "dritt":
		return 3, true
	case "siebt", "siebent":
		return 7, true
	case "acht":
		return 8, true
	}
	if strings.HasSuffix(w, "st") {
		if v, ok := parseNumberWord(w[:len(w)-2]); ok && v >= 20 {
			return v, true
		}
	}
	if strings.HasSuffix(w, "t") {
		if v, ok := parseNumberWord(w[:len(w)-1]); ok && v < 20 {
			return v, true
		}
	}
	return 0, false
}

// below1000 reads a number word under one thousand; "" is not one.
func below1000(w string) (int, bool) {
	if w == "" {
		return 0, false
	}
	if k := strings.Index(w, "hundert"); k >= 0 {
		left, right := w[:k], w[k+len("hundert"):]
		l := 1
		if left != "" && left != "ein" {
			v, ok := wordUnits[left]
			if !ok {
				return 0, false
			}
			l = v
		}
		r := 0
		if right != "" {
			if strings.HasPrefix(right, "und") {
				right = right[3:]
			}
			v, ok := below100(right)
			if !ok {
				return 0, false
			}
			r = v
		}
		return l*100 + r, true
	}
	return below100(w)
}

// below100 reads "drei", "zwölf", "zwanzig", "dreiundzwanzig".
func below100(w string) (int, bool) {
	if v, ok := wordUnits[w]; ok {
		return v, true
	}
	if v, ok := wordTeens[w]; ok {
		return v, true
	}
	if v, ok := wordTens[w]; ok {
		return v, true
	}
	if k := strings.Index(w, "und"); k > 0 {
		u, ok := wordUnits[w[:k]]
		if !ok {
			return 0, false
		}
		t, ok := wordTens[w[k+3:]]
		if !ok {
			return 0, false
		}
		return t + u, true
	}
	return 0, false
}

package dates

import (
	"strconv"
	"strings"
)

// Kinds of expressions.
const (
	kPoint = iota // a date, time or period on the calendar
	kDur          // a duration: drei Tage
	kVague        // kürzlich: not resolvable
	kSet          // montags: a recurring time
)

// Anchors of relative expressions.
const (
	rNone = iota // absolute, or underspecified (Ende Juli: the year is missing)
	rNow         // counted from the publication date: gestern, vor zwei Wochen
	rRef         // counted from the date last mentioned: am selben Tag, zwei Tage später
)

// expr is a parsed expression before resolution. Unknown fields are -1.
type expr struct {
	i, j        int // token range [i, j)
	start, end  int // byte span, set once the tokens are final
	kind        int
	bc          bool
	y, m, d     int
	y2          bool // a two-digit year: its century comes from the anchor
	hh, mi      int
	part        string // MO, MI, AF, EV, NI
	season      string
	q, h        int
	dec         int // TIMEX2 decade, 199 for the 1990s
	dec1        int // decade without its century: 9 for "die 90er"
	cen         int // TIMEX2 century, 19 for the 20th century
	mil         int
	weekday     int
	wdDir       int // -1 strictly before, +1 strictly after, 0 default
	weekend     bool
	rel         int
	unit        string // unit of the shift: Y, M, W, D, Q, H, DE, CE, TH, TM, REF
	off         int
	offX        bool // shift of an unknown amount: vague
	deictic     bool // heute, gestern: always from the publication date
	weak        bool // "Ende des Jahres": the date of the sentence, else (news) the publication date
	compare     bool // Vortag, Vorjahr: a comparison, which does not move the reference date
	nightBefore bool // "Nacht zum Sonntag": the day before the weekday
	count       bool // a counted shift: "drei Wochen später", "nach zwei Monaten"
	dur         string
	vague       string
	mod         string
	explicitY   bool // the year is written in the expression
}

func newExpr(i, j int) expr {
	return expr{i: i, j: j, y: -1, m: -1, d: -1, hh: -1, mi: -1, dec: -1, dec1: -1, cen: -1, mil: -1}
}

// parser reads the tokens of one sentence.
type parser struct {
	t []tok
}

func (p *parser) at(i int) *tok {
	if i < 0 || i >= len(p.t) {
		return nil
	}
	return &p.t[i]
}

// is reports whether token i is one of words (case-insensitive).
func (p *parser) is(i int, words ...string) bool {
	t := p.at(i)
	if t == nil || t.kind == tBreak {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(t.s, w) {
			return true
		}
	}
	return false
}

// tight reports whether token i follows token i-1 without a space.
func (p *parser) tight(i int) bool {
	return i > 0 && i < len(p.t) && p.t[i].start == p.t[i-1].end
}

func (p *parser) punct(i int, s string) bool {
	t := p.at(i)
	return t != nil && t.kind == tPunct && t.s == s
}

func (p *parser) num(i int) (int, int, bool) {
	t := p.at(i)
	if t == nil || t.kind != tNum || t.n < 0 {
		return 0, 0, false
	}
	return t.n, len(t.s), true
}

func (p *parser) class(i int, c int) *entry {
	t := p.at(i)
	if t == nil || t.e == nil || t.e.class&c == 0 {
		return nil
	}
	return t.e
}

// isDash reports a hyphen or dash.
func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// connector returns the index after a range connector at i ("/", "–",
// "bis", "bis zum", "und", "und dem", "oder", "auf den"), or -1.
func (p *parser) connector(i int) int {
	t := p.at(i)
	if t == nil {
		return -1
	}
	if t.kind == tPunct && (t.s == "/" || isDash(t.s)) {
		return i + 1
	}
	if p.is(i, "bis", "und", "oder", "auf", "zum") {
		if p.is(i+1, "zum", "zur", "dem", "den", "einschließlich") {
			return i + 2
		}
		return i + 1
	}
	return -1
}

// era reads "v. Chr.", "v.Chr.", "vor Christus", "n. Chr." at i: the
// index after it and whether it is before Christ.
func (p *parser) era(i int) (int, bool, bool) {
	if p.is(i, "v", "n") && p.punct(i+1, ".") && p.is(i+2, "Chr") {
		j := i + 3
		if p.punct(j, ".") {
			j++
		}
		return j, p.is(i, "v"), true
	}
	if p.is(i, "vor", "nach") && p.is(i+1, "Christus", "Chr") {
		j := i + 2
		if p.punct(j, ".") {
			j++
		}
		return j, p.is(i, "vor"), true
	}
	if p.is(i, "v", "n") && p.punct(i+1, ".") && p.is(i+2, "u") && p.punct(i+3, ".") && p.is(i+4, "Z") {
		j := i + 5
		if p.punct(j, ".") {
			j++
		}
		return j, p.is(i, "v"), true
	}
	return i, false, false
}

// yearAt reads a written year at i (1 to 4 digits, with its era): the
// index after it.
func (p *parser) yearAt(i int, e *expr) (int, bool) {
	n, nd, ok := p.num(i)
	if !ok || nd > 4 || p.punct(i+1, ".") && p.tight(i+1) && p.numTight(i+2) {
		return i, false
	}
	if p.punct(i+1, ",") && p.tight(i+1) && p.numTight(i+2) {
		return i, false
	}
	j := i + 1
	if k, bc, ok := p.era(j); ok {
		e.bc = bc
		j = k
	} else if nd == 2 {
		// "Mai 45", but not "am 26. Dezember 38 Gefangene"
		if nx := p.at(j); nx != nil && (nx.kind == tNum || nx.kind == tWord && nx.upper) {
			return i, false
		}
		e.y2 = true
	} else if nd != 4 {
		return i, false
	}
	e.y = n
	e.explicitY = true
	return j, true
}

func (p *parser) numTight(i int) bool {
	_, _, ok := p.num(i)
	return ok && p.tight(i)
}

// unitGran of a unit name for a shift.
func unitWord(e *entry) string {
	if e == nil || e.class&cUnit == 0 {
		return ""
	}
	return e.unit
}

// functionWords open a sentence before a date word: "Im Herbst", not a
// name ("Martin Winter").
var functionWords = []string{"im", "am", "um", "seit", "bis", "ab", "vom", "zum", "den", "dem", "des", "der", "die",
	"das", "über", "nach", "vor", "an", "in", "zu", "zur", "für", "jeden", "jedes", "jedem", "auch", "schon", "noch"}

// parseAt tries every pattern that can start at token i and returns the
// longest match.
func (p *parser) parseAt(i int) (expr, bool) {
	t := &p.t[i]
	switch t.kind {
	case tNum:
		return p.parseNum(i)
	case tWord:
		if c := t.s[0]; '0' <= c && c <= '9' {
			return p.parseDigitWord(i)
		}
		if t.e == nil {
			if t.s == "Q" || t.s == "H" {
				return p.parseQuarterLetter(i)
			}
			return expr{}, false
		}
		return p.parseWord(i)
	}
	return expr{}, false
}

// parseNum reads expressions that start with a number.
func (p *parser) parseNum(i int) (expr, bool) {
	n, nd, _ := p.num(i)
	e := newExpr(i, i+1)
	// ISO 8601: 2018-08-07, 2018-08-07T09:38.
	if nd == 4 && p.punct(i+1, "-") && p.tight(i+1) {
		if j, ok := p.iso(i, &e); ok {
			e.j = j
			return e, true
		}
	}
	// A dot after a number of one or two digits: 07.08.2018, 7. August,
	// 20. Jahrhundert, 2. Quartal, 24. (a day alone).
	if nd <= 2 && n <= 24 && p.punct(i+1, ".") && p.tight(i+1) && p.is(i+3, "Uhr") {
		if mi, nd2, ok := p.num(i + 2); ok && p.tight(i+2) && nd2 == 2 && mi <= 59 {
			e.hh, e.mi, e.j = n, mi, p.zone(i+4) // 10.30 Uhr
			return e, true
		}
	}
	if nd <= 2 && p.punct(i+1, ".") && p.tight(i+1) {
		// 07.08.2018 and 7.8.
		if m, nd2, ok := p.num(i + 2); ok && p.tight(i+2) && nd2 <= 2 {
			if n < 1 || n > 31 || m < 1 || m > 12 || !p.punct(i+3, ".") || !p.tight(i+3) {
				return e, false
			}
			e.d, e.m = n, m
			if y, ndy, ok := p.num(i + 4); ok && p.tight(i+4) {
				if ndy != 2 && ndy != 4 || p.punct(i+5, ".") && p.tight(i+5) && p.numTight(i+6) {
					return e, false
				}
				e.y, e.y2, e.explicitY = y, ndy == 2, true
				e.j = i + 5
			} else {
				e.j = i + 4
			}
			p.timeAfterComma(&e)
			return e, true
		}
		if me := p.class(i+2, cMonth); me != nil && n >= 1 && n <= 31 {
			e.d, e.m = n, me.month
			j := i + 3
			if me.abbr || p.at(i+2).s == "Sept" {
				if p.punct(j, ".") && p.tight(j) {
					j++
				}
			}
			e.j = j
			if k, ok := p.yearAt(j, &e); ok {
				e.j = k
			} else if p.is(j, "des") && p.is(j+1, "Jahres") {
				if k, ok := p.yearAt(j+2, &e); ok {
					e.j = k
				}
			} else if k, ok := p.ofShiftedYear(j, &e); ok {
				e.j = k // "am 3. März vergangenen Jahres"
			} else if p.is(j, "desselben", "jenes") && p.is(j+1, "Jahres", "Jahrs") {
				e.j = j + 2 // the year is the one last mentioned
			} else if p.punct(j, ",") {
				// "21. Oktober, 1962"
				if y, nd, ok := p.num(j + 1); ok && nd == 4 && y >= 1000 && p.yearContext(j+1) && !p.is(j+2, "Uhr") && !p.punct(j+2, ":") {
					e.y, e.explicitY, e.j = y, true, j+2
				}
			}
			p.timeAfterComma(&e)
			return e, true
		}
		if u := p.class(i+2, cUnit); u != nil {
			switch u.unit {
			case "CE", "ML":
				if n < 1 {
					return e, false
				}
				e.j = i + 3
				if p.is(i+2, "Jh", "Jhd", "Jhdt") {
					if !p.punct(i+3, ".") {
						return e, false
					}
					e.j = i + 4
				}
				if u.unit == "CE" {
					e.cen = n - 1
				} else {
					e.mil = n - 1
				}
				if k, bc, ok := p.era(e.j); ok {
					e.bc, e.j = bc, k
				}
				return e, true
			case "Q", "H":
				if n < 1 || u.unit == "Q" && n > 4 || u.unit == "H" && n > 2 {
					return e, false
				}
				return p.subYear(i, i+3, u.unit, n)
			}
		}
		// A day alone: "vom 26. bis 31. August", "am 24. die Armee".
		if n >= 1 && n <= 31 && !p.numTight(i+2) {
			if k := p.connector(i + 2); k > 0 {
				if _, nd2, ok := p.num(k); ok && nd2 <= 2 && p.punct(k+1, ".") {
					e.d, e.j = n, i+2
					return e, true
				}
			}
			if p.is(i-1, "am", "vom", "zum", "dem", "den", "bis") {
				nx := p.at(i + 2)
				if nx == nil || nx.kind == tBreak || nx.kind == tPunct && nx.s != "." && nx.s != "%" ||
					nx.kind == tWord && !nx.upper && nx.e == nil {
					e.d, e.j = n, i+2
					return e, true
				}
			}
		}
		return e, false
	}
	// Times: 09:38 Uhr, 9.30 Uhr, 4 Uhr 45, 14 Uhr.
	if nd <= 2 && n <= 24 {
		if (p.punct(i+1, ":") || p.punct(i+1, ".")) && p.tight(i+1) {
			if mi, nd2, ok := p.num(i + 2); ok && p.tight(i+2) && nd2 == 2 && mi <= 59 {
				j := i + 3
				if p.punct(j, ":") && p.tight(j) && p.numTight(j+1) {
					j += 2
				}
				uhr := p.is(j, "Uhr", "h")
				if p.punct(i+1, ".") && !uhr {
					return e, false
				}
				if uhr {
					j++
				} else if p.numTight(j) || p.punct(j, ":") {
					return e, false
				}
				e.hh, e.mi, e.j = n, mi, p.zone(j)
				return e, true
			}
		}
		if p.is(i+1, "Uhr") {
			e.hh, e.mi, e.j = n, 0, i+2
			if mi, nd2, ok := p.num(i + 2); ok && nd2 == 2 && mi <= 59 && p.class(i+3, cUnit) == nil {
				e.mi, e.j = mi, i+3
			}
			if pe := p.class(e.j, cPart); pe != nil && !p.at(e.j).upper {
				e.part, e.j = pe.part, e.j+1
			}
			return e, true
		}
	}
	// A number and a unit: drei Tage, 24 Stunden, 2000 Jahren.
	if u := p.class(i+1, cUnit); u != nil && u.unit != "Q" && u.unit != "H" && u.unit != "WE" {
		return p.duration(i, i+2, float64(n), false, u)
	}
	// "zwischen 9 und 17 Uhr", "von 8 bis 12 Uhr": the first hour.
	if nd <= 2 && n <= 24 {
		if k := p.connector(i + 1); k > 0 {
			if h2, nd2, ok := p.num(k); ok && nd2 <= 2 && h2 <= 24 && p.is(k+1, "Uhr") {
				e.hh, e.mi = n, 0
				return e, true
			}
		}
	}
	// 18 – 35 Jahren: the first count takes the unit of the second.
	if k := p.connector(i + 1); k > 0 && nd <= 3 {
		if _, nd2, ok := p.num(k); ok && nd2 <= 3 {
			if u := p.class(k+1, cUnit); u != nil && u.plural && u.unit != "Q" && u.unit != "H" {
				e.kind, e.dur = kDur, durValue(float64(n), false, u.unit)
				return e, true
			}
		}
	}
	// 1940/41: the second year of a pair.
	if nd == 2 && (p.punct(i-1, "/") || p.at(i-1) != nil && isDash(p.at(i-1).s)) && p.tight(i) && p.tight(i-1) {
		if y, nd0, ok := p.num(i - 2); ok && nd0 == 4 {
			e.y, e.explicitY = y/100*100+n, true
			if e.y < y {
				e.y += 100
			}
			return e, true
		}
	}
	// Years: 1939, 490 v. Chr., 264 bis 241 v. Chr.
	if nd <= 4 {
		if j, bc, ok := p.era(i + 1); ok {
			e.y, e.bc, e.explicitY, e.j = n, bc, true, j
			return e, true
		}
		if k := p.connector(i + 1); k > 0 {
			if _, nd2, ok := p.num(k); ok && nd2 <= 4 {
				if _, bc, ok := p.era(k + 1); ok {
					e.y, e.bc, e.explicitY = n, bc, true
					return e, true
				}
			}
		}
	}
	if nd == 4 && n >= 1000 && n <= 2199 && p.yearContext(i) {
		e.y, e.explicitY = n, true
		return e, true
	}
	return e, false
}

// yearContext decides whether a four-digit number at i is a year.
func (p *parser) yearContext(i int) bool {
	// Part of a larger number: 1.2016, 3,2016, 2016,5, 2016.000.
	if (p.punct(i-1, ".") || p.punct(i-1, ",")) && p.tight(i) && p.numTight(i-2) {
		return false
	}
	if (p.punct(i+1, ".") || p.punct(i+1, ",") || p.punct(i+1, ":")) && p.tight(i+1) && p.numTight(i+2) {
		return false
	}
	if u := p.class(i-1, cUnit); u != nil && u.unit != "Y" {
		return false // "in der vergangenen Woche 1560 positiv": a count
	}
	if p.is(i-1, "rund", "etwa", "ca", "circa", "knapp", "fast", "über", "insgesamt", "weitere", "zusätzlich",
		"nur", "gut", "mindestens", "höchstens", "exakt", "genau", "zirka") ||
		p.is(i-1, "als") && p.is(i-2, "mehr", "weniger") {
		return false
	}
	if p.is(i-1, "im", "seit", "ab", "bis", "nach", "bereits", "schon", "erst", "spätestens", "frühestens", "jahr", "jahre", "jahres", "jahren", "anfang", "mitte", "ende", "beginn",
		"frühjahr", "frühling", "sommer", "herbst", "winter", "sommers", "winters", "jahrgang", "stand", "anno") {
		return true
	}
	if e := p.class(i-1, cMonth|cSeason); e != nil {
		return true
	}
	// The head of a list item or line: "* 1920 Chili-Anhwei-Krieg".
	if prev := p.at(i - 1); prev != nil && (prev.kind == tBreak || prev.kind == tPunct && (prev.s == "*" || prev.s == "•")) {
		return true
	}
	nx := p.at(i + 1)
	switch {
	case nx == nil || nx.kind == tBreak:
		return true
	case nx.kind == tPunct:
		return nx.s != "%" && nx.s != "€" && nx.s != "$" && nx.s != "£"
	case nx.kind == tNum:
		return false
	case nx.upper:
		// 2016 Menschen, but 1939 v. Chr. was handled before; a year
		// before a date word stays a year: 2016 Ende Juli is rare.
		return nx.e != nil && nx.e.class&(cMonth|cSeason|cMod) != 0
	}
	switch strings.ToLower(nx.s) {
	case "prozent", "euro", "mal", "dollar", "mio", "mrd", "millionen", "milliarden", "stück", "pro", "prozentpunkte":
		return false
	}
	return true
}

// iso reads 2018-08-07 with an optional time from the raw text at token i.
func (p *parser) iso(i int, e *expr) (int, bool) {
	if !p.tight(i+2) || !p.punct(i+3, "-") || !p.tight(i+3) || !p.tight(i+4) {
		return i, false
	}
	m, ndm, ok := p.num(i + 2)
	if !ok || ndm != 2 || m < 1 || m > 12 {
		return i, false
	}
	e.y, e.m, e.explicitY = p.t[i].n, m, true
	t := p.at(i + 4)
	s := t.s
	if len(s) < 2 || s[0] < '0' || s[0] > '3' || s[1] < '0' || s[1] > '9' {
		return i, false
	}
	d := int(s[0]-'0')*10 + int(s[1]-'0')
	if d < 1 || d > 31 {
		return i, false
	}
	e.d = d
	if len(s) == 2 {
		return i + 5, true
	}
	// 16T17 : 00 : 00
	if len(s) != 5 || s[2] != 'T' {
		return i, false
	}
	hh, err := strconv.Atoi(s[3:])
	if err != nil || hh > 24 || !p.punct(i+5, ":") {
		return i + 5, false
	}
	mi, nd, ok := p.num(i + 6)
	if !ok || nd != 2 || mi > 59 {
		return i, false
	}
	e.hh, e.mi = hh, mi
	j := i + 7
	if p.punct(j, ":") && p.tight(j) && p.numTight(j+1) {
		j += 2
	}
	return j, true
}

// zone returns the index after a time zone at j ("MEZ", "mitteleuropäischer
// Zeit", "Ortszeit"), or j.
func (p *parser) zone(j int) int {
	switch {
	case p.is(j, "MEZ", "MESZ", "UTC", "GMT", "Ortszeit"):
		return j + 1
	case p.is(j, "mitteleuropäischer", "deutscher", "osteuropäischer", "westeuropäischer") && p.is(j+1, "Zeit", "Sommerzeit"):
		return j + 2
	}
	return j
}

// timeAfterComma extends a day by a time after a comma: "7. August 2018,
// 09:38 Uhr".
func (p *parser) timeAfterComma(e *expr) {
	k := e.j
	if p.punct(k, ",") {
		k++
	}
	if k == e.j {
		// "17. Juli morgens", "11. November 11 Uhr" (no comma)
		if pe := p.class(k, cPart); pe != nil && !p.t[k].upper && strings.HasSuffix(p.t[k].s, "s") {
			e.part, e.j = pe.part, k+1
			return
		}
		if !(p.is(k+1, "Uhr") || p.punct(k+1, ":") && p.tight(k+1)) {
			return
		}
	}
	if _, nd, ok := p.num(k); ok && nd <= 2 {
		sub, ok := p.parseNum(k)
		if ok && sub.hh >= 0 && sub.d < 0 {
			e.hh, e.mi, e.j = sub.hh, sub.mi, sub.j
			if sub.part != "" {
				e.part = sub.part
			}
		}
	}
}

// subYear reads a quarter or half year (from token i, after its number at
// j) with its optional year.
func (p *parser) subYear(i, j int, unit string, n int) (expr, bool) {
	e := newExpr(i, j)
	if unit == "Q" {
		e.q = n
	} else {
		e.h = n
	}
	if k, ok := p.yearAt(j, &e); ok {
		e.j = k
		return e, true
	}
	if p.is(j, "des", "dieses") && p.is(j+1, "Jahres", "Jahrs") {
		if k, ok := p.yearAt(j+2, &e); ok {
			e.j = k
			return e, true
		}
		e.j = j + 2
		if p.is(j, "dieses") {
			e.rel, e.unit = rNow, "Y"
		} else {
			e.rel, e.unit = rRef, "Y"
		}
		return e, true
	}
	if s := p.class(j, cShift); s != nil && p.is(j+1, "Jahres", "Jahrs") {
		e.j = j + 2
		e.rel, e.unit, e.off = rNow, "Y", s.shift
		if s.shiftRf {
			e.rel = rRef
		}
		return e, true
	}
	return e, true
}

// ofShiftedYear reads "des folgenden Jahres", "des vergangenen Jahres"
// after a month or season at j and makes e relative to that year.
func (p *parser) ofShiftedYear(j int, e *expr) (int, bool) {
	k := j
	if p.is(k, "des") {
		k++
	}
	s := p.class(k, cShift)
	if s == nil || !p.is(k+1, "Jahres", "Jahrs") {
		return j, false
	}
	if k == j && !p.is(k, "vergangenen", "letzten", "vorigen", "kommenden", "nächsten", "dieses", "laufenden",
		"folgenden") {
		return j, false
	}
	e.rel, e.unit, e.off = rNow, "Y", s.shift
	if s.shiftRf {
		e.rel = rRef
	}
	return k + 2, true
}

// parseQuarterLetter reads "Q 2" (rare spacing); Q2 is a word of its own.
func (p *parser) parseQuarterLetter(i int) (expr, bool) { return expr{}, false }

// parseDigitWord reads words that start with digits: 1990er, 90er, Q2 is
// not one (it starts with a letter).
func (p *parser) parseDigitWord(i int) (expr, bool) {
	s := p.t[i].s
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	suf := strings.ToLower(s[k:])
	digits := s[:k]
	e := newExpr(i, i+1)
	if suf != "er" && suf != "ern" && suf != "erjahre" && suf != "erjahren" {
		return e, false
	}
	if (len(digits) != 4 && len(digits) != 2) || digits[len(digits)-1] != '0' {
		return e, false
	}
	n, _ := strconv.Atoi(digits)
	if suf == "er" {
		j := i + 1
		if p.punct(j, "-") && p.tight(j) {
			j++
		}
		if u := p.class(j, cUnit); u != nil && (u.unit == "Y" || u.unit == "DE") {
			e.j = j + 1
		} else if !(p.is(i-1, "der", "den", "die") && (p.at(i+1) == nil || !p.at(i+1).upper)) {
			return e, false
		}
	}
	if len(digits) == 4 {
		e.dec = n / 10
	} else {
		e.dec1 = n / 10
	}
	return e, true
}

// duration reads what follows a count and its unit (from i, the unit
// ending before j): später, zuvor, darauf; and what precedes it: vor,
// nach, in.
func (p *parser) duration(i, j int, n float64, x bool, u *entry) (expr, bool) {
	e := newExpr(i, j)
	unit := u.unit
	// ein halbes Jahr is six months.
	if n == 0.5 && unit == "Y" {
		n, unit = 6, "M"
	}
	e.count = true
	if p.is(j, "später", "danach", "darauf", "nachher") {
		e.j = j + 1
		e.rel, e.unit, e.off, e.offX = rRef, unit, int(n), x || n != float64(int(n))
		return p.vagueIfX(e), true
	}
	if p.is(j, "zuvor", "vorher", "davor", "früher") {
		e.j = j + 1
		e.rel, e.unit, e.off, e.offX = rRef, unit, -int(n), x || n != float64(int(n))
		return p.vagueIfX(e), true
	}
	prev := i - 1
	// Hedges between the preposition and the count: vor etwa zwei Wochen.
	for p.is(prev, "etwa", "ungefähr", "rund", "knapp", "fast", "gut", "über", "circa", "zirka", "nahezu", "beinahe") ||
		p.is(prev, "als") && p.is(prev-1, "mehr", "weniger") {
		if p.is(prev, "als") {
			prev--
		}
		prev--
	}
	if p.is(prev, "vor") && (u.plural || strings.HasSuffix(strings.ToLower(p.t[j-1].s), "e") || u.unit == "D" || u.unit == "M" || u.unit == "Y") {
		// vor zwei Wochen, vor einem Jahr (dative); not "vor zwei Tage" typos.
		e.i = prev
		e.rel, e.unit, e.off, e.offX = rNow, unit, -int(n), x || n != float64(int(n))
		return p.vagueIfX(e), true
	}
	if p.is(prev, "nach") {
		e.i = prev
		e.rel, e.unit, e.off, e.offX = rRef, unit, int(n), x || n != float64(int(n))
		return p.vagueIfX(e), true
	}
	if p.is(prev, "in") && !x {
		e.i = prev
		e.rel, e.unit, e.off = rNow, unit, int(n)
		return p.vagueIfX(e), true
	}
	e.i = prev + 1
	e.kind = kDur
	e.dur = durValue(n, x, unit)
	return e, true
}

func (p *parser) vagueIfX(e expr) expr {
	if e.offX {
		e.kind = kVague
		e.vague = "PAST_REF"
		if e.off > 0 {
			e.vague = "FUTURE_REF"
		}
	}
	return e
}

// durValue formats an ISO 8601 duration (TIMEX2 units DE, CE, ML).
func durValue(n float64, x bool, unit string) string {
	if !x && n != float64(int(n)) {
		// anderthalb Jahre is P1Y6M, eine halbe Stunde PT30M.
		small := map[string]struct {
			unit string
			per  float64
		}{"Y": {"M", 12}, "TH": {"TM", 60}, "D": {"TH", 24}, "CE": {"DE", 10}, "DE": {"Y", 10}, "M": {"D", 30}}
		if sm, ok := small[unit]; ok {
			whole := float64(int(n))
			rest := (n - whole) * sm.per
			if rest == float64(int(rest)) {
				v := ""
				if whole > 0 {
					v = durValue(whole, false, unit)
				}
				r := durValue(rest, false, sm.unit)
				if v == "" {
					return r
				}
				// P1Y + P6M = P1Y6M; PT1H + PT30M = PT1H30M; P1D + PT12H = P1DT12H
				if strings.HasPrefix(r, "PT") && strings.HasPrefix(v, "PT") {
					return v + r[2:]
				}
				return v + r[1:]
			}
		}
	}
	amount := "X"
	if !x {
		amount = strconv.FormatFloat(n, 'f', -1, 64)
	}
	if strings.HasPrefix(unit, "T") {
		return "PT" + amount + unit[1:]
	}
	return "P" + amount + unit
}

// parseWord reads expressions that start with a word of the lexicon.
func (p *parser) parseWord(i int) (expr, bool) {
	t := &p.t[i]
	le := t.e
	// "Winter- und Sommerferien", "Mai-Kundgebung": the first part of a
	// compound is no date of its own.
	if p.punct(i+1, "-") && p.tight(i+1) && le.class&(cUnit|cNumber|cOrdinal) == 0 {
		if nx := p.at(i + 2); nx == nil || nx.kind != tNum && (nx.e == nil || nx.e.class&cMonth == 0) {
			return expr{}, false
		}
	}
	best, found := expr{}, false
	try := func(e expr, ok bool) {
		if ok && (!found || e.j > best.j) {
			best, found = e, true
		}
	}
	c := le.class
	if c&cMonth != 0 {
		try(p.month(i))
	}
	if c&(cWeekday|cWeekdayC) != 0 {
		try(p.weekday(i))
	}
	if c&cSetDay != 0 && !t.upper {
		e := newExpr(i, i+1)
		e.kind, e.dur = kSet, "XXXX-WXX-"+strconv.Itoa(le.weekday)
		try(e, true)
	}
	if c&cDeictic != 0 {
		try(p.deictic(i))
	}
	if c&cPart != 0 {
		try(p.part(i))
	}
	if c&cSeason != 0 {
		try(p.season(i))
	}
	if c&cUnit != 0 {
		try(p.unitFirst(i))
	}
	if c&cNumber != 0 {
		try(p.numberWord(i))
	}
	if c&cOrdinal != 0 && le.ord > 0 {
		if u := p.class(i+1, cUnit); u != nil && !u.plural {
			switch u.unit {
			case "Q", "H":
				if le.ord <= 4 && (u.unit == "Q" || le.ord <= 2) {
					try(p.subYear(i, i+2, u.unit, le.ord))
				}
			case "CE":
				e := newExpr(i, i+2)
				e.cen = le.ord - 1
				if k, bc, ok := p.era(i + 2); ok {
					e.bc, e.j = bc, k
				}
				try(e, true)
			}
		}
	}
	if c&cShift != 0 {
		try(p.shift(i))
	}
	if c&cVague != 0 {
		e := newExpr(i, i+1)
		e.kind, e.vague = kVague, le.vague
		prev := p.at(i - 1)
		inName := t.upper && prev != nil && prev.kind == tWord && prev.upper // "SWR Aktuell"
		if !(t.s == "aktuell" && p.at(i+1) != nil && p.at(i+1).upper) && !(p.is(i, "zuletzt") && p.is(i-1, "nicht")) && !inName {
			try(e, true)
		}
	}
	if c&cVagueP != 0 && p.is(i-1, "vor", "seit", "binnen", "in") {
		if !(t.s == "Zukunft" && !p.is(i-1, "in")) {
			e := newExpr(i-1, i+1)
			e.kind, e.vague = kVague, le.vague
			try(e, true)
		}
	}
	if c&cLead != 0 {
		try(p.lead(i))
	}
	if c&cHoliday != 0 {
		try(p.holiday(i))
	}
	if c&cMod != 0 {
		try(p.mod(i))
	}
	if c&cEarlyLate != 0 {
		try(p.earlyLate(i))
	}
	if c&cDecadeW != 0 {
		e := newExpr(i, i+1)
		e.dec1 = le.decade
		w := strings.ToLower(t.s)
		if strings.HasSuffix(w, "er") {
			if u := p.class(i+1, cUnit); u != nil && u.unit == "Y" && u.plural {
				e.j = i + 2
				try(e, true)
			}
		} else {
			try(e, true)
		}
	}
	if c&cCompUnit != 0 {
		e := newExpr(i, i+1)
		e.kind, e.dur = kDur, durValue(le.compN, le.compX, le.unit)
		try(e, true)
	}
	if c&cYearUnit != 0 {
		e := newExpr(i, i+1)
		e.mod = le.mod
		if k, ok := p.yearAt(i+1, &e); ok && le.unit == "Y" {
			e.j = k
		} else {
			e.rel, e.unit = rNow, le.unit
		}
		try(e, true)
	}
	if c&cShiftUnit != 0 {
		e := newExpr(i, i+1)
		e.rel, e.unit, e.off = rNow, le.unit, le.shift
		if le.shiftRf || le.unit == "D" || le.unit == "DEV" {
			e.rel = rRef
		}
		if le.unit == "DEV" {
			e.unit, e.part = "D", "EV"
		}
		e.compare = true
		try(e, true)
	}
	return best, found
}

// month reads "August 2018", "August", "Aug. 2018", "Juli 44 v. Chr.".
func (p *parser) month(i int) (expr, bool) {
	t := &p.t[i]
	e := newExpr(i, i+1)
	e.m = t.e.month
	j := i + 1
	dot := false
	if p.punct(j, ".") && p.tight(j) && t.e.abbr {
		j++
		dot = true
	}
	if k, ok := p.yearAt(j, &e); ok && !(e.y2 && !p.tight(j) && false) {
		e.j = k
		return e, true
	}
	e.y, e.y2, e.explicitY, e.bc = -1, false, false, false
	if p.is(j, "des", "dieses") && p.is(j+1, "Jahres", "Jahrs") {
		if k, ok := p.yearAt(j+2, &e); ok {
			e.j = k
			return e, true
		}
	}
	if k, ok := p.ofShiftedYear(j, &e); ok {
		e.j = k
		return e, true
	}
	if t.e.abbr && !dot {
		return e, false
	}
	e.j = j
	// A month alone: "im Mai", "Ende Juli", "Mai/Juni 1940"; not a name
	// (August Bebel) without such a context.
	if p.is(i-1, "im", "seit", "bis", "ab", "vom", "zum", "des", "anfang", "mitte", "ende", "beginn", "monat", "monats",
		"und", "oder", "diesen", "letzten", "vergangenen", "nächsten", "kommenden", "laufe", "späten", "frühen") ||
		p.punct(i-1, "/") || p.punct(i-1, "(") || p.punct(i-1, ",") || p.at(i-1) != nil && isDash(p.at(i-1).s) {
		return e, true
	}
	nx := p.at(j)
	if nx != nil && nx.kind == tWord && nx.upper && nx.e == nil {
		return e, false
	}
	if nx != nil && nx.kind == tNum {
		return e, false
	}
	return e, true
}

// weekday reads "Dienstag", "Montagabend", "Dienstag, 7. August 2018",
// "Dienstag Abend".
func (p *parser) weekday(i int) (expr, bool) {
	le := p.t[i].e
	e := newExpr(i, i+1)
	if le.class&cWeekdayC != 0 {
		e.part = le.part
	}
	e.weekday = le.weekday
	if p.is(i-1, "jeden", "jedem") {
		e.kind, e.dur = kSet, "XXXX-WXX-"+strconv.Itoa(le.weekday)
		return e, true
	}
	j := i + 1
	if p.punct(j, ",") {
		j++
	}
	if p.is(j, "den", "dem") {
		j++
	}
	if _, nd, ok := p.num(j); ok && nd <= 2 {
		if sub, ok := p.parseNum(j); ok && sub.d >= 0 && sub.m >= 0 {
			sub.i = i
			sub.weekday = 0
			return sub, true
		}
	}
	if e.part == "" {
		if pe := p.class(i+1, cPart); pe != nil && p.t[i+1].upper && !p.is(i+1, "nacht") {
			e.part, e.j = pe.part, i+2
		}
	}
	e.rel = rNow
	return e, true
}

// deictic reads heute, gestern, morgen, übermorgen with an optional part of
// the day: "gestern Abend", "heute Morgen", "morgen früh".
func (p *parser) deictic(i int) (expr, bool) {
	t := &p.t[i]
	e := newExpr(i, i+1)
	if strings.EqualFold(t.s, "morgen") && t.upper {
		// "am Morgen" is the morning; "Morgen" opens a sentence rarely as
		// "tomorrow".
		prev := p.at(i - 1)
		if !(prev == nil || prev.kind == tBreak || prev.kind == tPunct && prev.s != ",") {
			return e, false
		}
		if nx := p.at(i + 1); nx == nil || nx.kind != tWord || nx.upper {
			return e, false
		}
	}
	e.rel, e.unit, e.off, e.deictic = rNow, "D", t.e.deictic, true
	if pe := p.class(i+1, cPart); pe != nil && (p.t[i+1].upper || strings.EqualFold(p.t[i+1].s, "früh")) {
		e.part, e.j = pe.part, i+2
	} else if strings.HasPrefix(strings.ToLower(t.s), "heutig") || strings.HasPrefix(strings.ToLower(t.s), "gestrig") ||
		strings.HasPrefix(strings.ToLower(t.s), "morgig") {
		if p.is(i+1, "Tag", "Tages", "Tags") {
			e.j = i + 2
		}
	}
	return e, true
}

// part reads "am Abend", "in der Nacht", "abends", "am Abend des 22. Juni
// 1940", "Nacht vom 1.", "am Morgen darauf".
func (p *parser) part(i int) (expr, bool) {
	t := &p.t[i]
	e := newExpr(i, i+1)
	e.part = t.e.part
	if strings.EqualFold(t.s, "Mitternacht") {
		if !p.is(i-1, "um", "gegen", "nach", "vor", "bis", "ab", "zu") {
			return e, false
		}
		e.hh, e.mi, e.part = 24, 0, "" // a time: the end of the day last mentioned
		return e, true
	}
	if t.upper {
		if !p.is(i-1, "am", "gegen", "der", "den", "des", "zum", "vom", "frühen", "späten", "früher", "später") {
			return e, false
		}
	} else if !strings.HasSuffix(t.s, "s") {
		return e, false // "morgen" is tomorrow; "früh" alone is an adverb
	}
	if p.is(i+1, "des", "vom", "zum") {
		if _, nd, ok := p.num(i + 2); ok && nd <= 2 {
			if sub, ok := p.parseNum(i + 2); ok && sub.d >= 0 && sub.hh < 0 {
				sub.i, sub.part = i, e.part
				return sub, true
			}
		}
	}
	if p.is(i+1, "darauf", "danach") {
		e.j = i + 2
		e.rel, e.unit, e.off = rRef, "D", 1
		return e, true
	}
	// "in der Nacht zum Sonntag": the night that ends on Sunday morning.
	if e.part == "NI" && p.is(i+1, "zum", "zu", "auf") {
		if w := p.class(i+2, cWeekday); w != nil {
			sub, _ := p.weekday(i + 2)
			sub.i, sub.part, sub.nightBefore = i, "NI", true
			return sub, true
		}
	}
	// "Nachmittag desselben Tages", "Morgen dieses Tages"
	if p.is(i+1, "desselben", "dieses", "jenes") && p.is(i+2, "Tages", "Tags") {
		e.j = i + 3
	} else if p.is(i+1, "des") && p.is(i+2, "selben", "gleichen") && p.is(i+3, "Tages", "Tags") {
		e.j = i + 4
	}
	e.rel, e.unit = rRef, "D"
	return e, true
}

// season reads "Sommer 1940", "Winter 1940/41", "im Sommer", "Sommer des
// Jahres 1863".
func (p *parser) season(i int) (expr, bool) {
	t := &p.t[i]
	e := newExpr(i, i+1)
	e.season = t.e.season
	if k, ok := p.yearAt(i+1, &e); ok && !e.y2 {
		e.j = k
		return e, true
	}
	e.y, e.y2, e.explicitY, e.bc = -1, false, false, false
	if p.is(i+1, "des", "dieses") && p.is(i+2, "Jahres", "Jahrs") {
		if k, ok := p.yearAt(i+3, &e); ok {
			e.j = k
			return e, true
		}
		e.j = i + 3
		e.rel, e.unit = rRef, "Y"
		if p.is(i+1, "dieses") {
			e.rel = rNow
		}
		return e, true
	}
	if k, ok := p.ofShiftedYear(i+1, &e); ok {
		e.j = k
		return e, true
	}
	prev := p.at(i - 1)
	if prev != nil && prev.kind == tWord && prev.upper && prev.e == nil && !p.is(i-1, functionWords...) {
		return e, false // Martin Winter
	}
	if nx := p.at(i + 1); nx != nil && nx.kind == tWord && nx.upper && nx.e == nil && (prev == nil || prev.kind != tWord) {
		return e, false
	}
	return e, true
}

// unitFirst reads a unit that starts an expression: "Jahr 2016", "Jahres
// 1789", "Tag darauf", "Wochen später".
func (p *parser) unitFirst(i int) (expr, bool) {
	u := p.t[i].e
	e := newExpr(i, i+1)
	if u.unit == "Y" {
		if k, ok := p.yearAt(i+1, &e); ok && !e.y2 {
			e.j = k
			return e, true
		}
		if n, nd, ok := p.num(i + 1); ok && nd == 3 && !p.numTight(i+2) && p.class(i+2, cUnit) == nil {
			e.y, e.explicitY, e.j = n, true, i+2
			return e, true
		}
		e = newExpr(i, i+1)
	}
	unit, weekend := u.unit, false
	if unit == "WE" {
		unit, weekend = "W", true // "am Wochenende zuvor"
	}
	if p.is(i+1, "darauf", "danach", "später") {
		e.j = i + 2
		if u.plural {
			e.kind, e.vague = kVague, "FUTURE_REF"
			return e, true
		}
		e.rel, e.unit, e.off, e.weekend = rRef, unit, 1, weekend
		return e, true
	}
	if p.is(i+1, "zuvor", "davor", "vorher") {
		e.j = i + 2
		if u.plural {
			e.kind, e.vague = kVague, "PAST_REF"
			return e, true
		}
		e.rel, e.unit, e.off, e.weekend = rRef, unit, -1, weekend
		return e, true
	}
	if u.unit == "WE" && p.is(i-1, "am", "übers", "zum") {
		e.rel, e.unit, e.weekend = rNow, "W", true
		return e, true
	}
	return e, false
}

// numberWord reads a count in words and its unit: "zwei Tage", "einen
// Monat später", "ein halbes Jahr", "mehrere Wochen".
func (p *parser) numberWord(i int) (expr, bool) {
	le := p.t[i].e
	n, x := le.num, le.numX
	j := i + 1
	if h := p.class(j, cNumber); h != nil && !h.numX && h.num == 0.5 && n == 1 {
		n, j = 0.5, j+1
	}
	if p.is(j, "und") && p.is(j+1, "einhalb") {
		n += 0.5
		j += 2
	}
	// ein ganzes Jahr, zwei volle Tage
	if p.is(j, "ganzes", "ganzen", "ganze", "volle", "vollen", "volles", "weitere", "weiteren") {
		j++
	}
	u := p.class(j, cUnit)
	if u == nil || u.unit == "Q" || u.unit == "H" || u.unit == "WE" {
		return expr{}, false
	}
	// "einen Tag" but not "eines Tages" (one day: vague) nor "ein Jahr" as an
	// article before a plural.
	if n == 1 && u.plural {
		return expr{}, false
	}
	if strings.EqualFold(p.t[i].s, "eines") && strings.EqualFold(p.t[j].s, "Tages") &&
		!p.is(i-1, "innerhalb", "binnen", "während", "laufe", "verlauf") {
		e := newExpr(i, j+1)
		e.kind, e.vague = kVague, "FUTURE_REF"
		return e, true
	}
	return p.duration(i, j+1, n, x, u)
}

// shift reads "im vergangenen Jahr", "nächste Woche", "am selben Tag",
// "vergangenen Dienstag", "die letzten zwei Monate", "diesem Zeitpunkt".
func (p *parser) shift(i int) (expr, bool) {
	le := p.t[i].e
	e := newExpr(i, i+2)
	rel := rNow
	if le.shiftRf {
		rel = rRef
	}
	j := i + 1
	if u := p.class(j, cUnit); u != nil {
		if u.plural {
			e.kind, e.dur = kDur, durValue(0, true, u.unit)
			return e, true
		}
		e.rel, e.unit, e.off = rel, u.unit, le.shift
		if u.unit == "D" {
			e.rel = rRef
		}
		if u.unit == "WE" {
			e.unit, e.weekend = "W", true
		}
		// "nächsten Jahres", "vergangenen Jahres 2016" is not written; "Tag
		// darauf" after a shift is rare.
		return e, true
	}
	if w := p.class(j, cWeekday|cWeekdayC); w != nil {
		sub, _ := p.weekday(j)
		sub.i = i
		if sub.d >= 0 {
			return sub, true
		}
		sub.wdDir = le.shift
		if le.shiftRf {
			sub.rel = rRef
			sub.wdDir = 1
			if le.shift == 0 {
				sub.wdDir = 0
			}
		}
		return sub, true
	}
	if s := p.class(j, cSeason); s != nil && !p.t[j].upper == false {
		e.season = s.season
		e.rel, e.unit, e.off = rel, "Y", le.shift
		if le.shift == 1 && rel == rNow {
			// "nächsten Sommer": the coming one, this year or next.
			e.off = 0
			e.wdDir = 1
		}
		if le.shift == -1 && rel == rNow {
			e.off = 0
			e.wdDir = -1
		}
		return e, true
	}
	if pe := p.class(j, cPart); pe != nil && p.t[j].upper {
		e.rel, e.unit, e.off, e.part = rRef, "D", le.shift, pe.part
		return e, true
	}
	if n := p.class(j, cNumber); n != nil {
		if sub, ok := p.numberWord(j); ok && sub.kind == kDur {
			sub.i = i
			return sub, true
		}
	}
	if _, nd, ok := p.num(j); ok && nd <= 3 {
		if u := p.class(j+1, cUnit); u != nil && u.plural {
			n, _, _ := p.num(j)
			e.j = j + 2
			e.kind, e.dur = kDur, durValue(float64(n), false, u.unit)
			return e, true
		}
	}
	if p.is(j, "Zeitpunkt", "Zeit") && p.is(i, "diesem", "dieser", "jenem", "jener", "selben", "gleichen") {
		e.rel, e.unit = rRef, "REF"
		return e, true
	}
	return e, false
}

// lead reads vague phrases: "wenig später", "kurz darauf", "kurze Zeit
// später", "bald darauf".
func (p *parser) lead(i int) (expr, bool) {
	e := newExpr(i, i+2)
	j := i + 1
	if p.is(i, "kurze", "kurzer") {
		if !p.is(j, "Zeit") {
			return e, false
		}
		j++
	}
	switch {
	case p.is(j, "später", "darauf", "danach", "nachher"):
		e.vague = "FUTURE_REF"
	case p.is(j, "zuvor", "vorher", "davor"):
		e.vague = "PAST_REF"
	default:
		if p.is(i, "kurzer") && p.is(j-1, "Zeit") && p.is(i-1, "nach", "in", "binnen", "seit", "vor") {
			e.i, e.j = i-1, j
			e.kind, e.vague = kVague, "PAST_REF"
			return e, true
		}
		return e, false
	}
	e.j = j + 1
	e.kind = kVague
	return e, true
}

// holiday reads "Weihnachten", "Ostern 2018", "Heiligabend".
func (p *parser) holiday(i int) (expr, bool) {
	le := p.t[i].e
	e := newExpr(i, i+1)
	if k, ok := p.yearAt(i+1, &e); ok && !e.y2 {
		e.j = k
	} else {
		e.y, e.y2, e.explicitY, e.bc = -1, false, false, false
		prev := p.at(i - 1)
		if prev != nil && prev.kind == tWord && prev.upper && prev.e == nil && !p.is(i-1, functionWords...) {
			return e, false
		}
	}
	h := le.holiday
	if h[0] == 'E' {
		off, _ := strconv.Atoi(h[1:])
		e.unit = "EASTER"
		e.off = off
		return e, true
	}
	e.m, _ = strconv.Atoi(h[:2])
	e.d, _ = strconv.Atoi(h[3:])
	return e, true
}

// mod reads Anfang, Mitte, Ende, Beginn, Laufe before a date: "Ende Juli",
// "Anfang 2016", "Mitte der 1990er Jahre", "Ende des Jahres", "im Laufe des
// 18. April".
func (p *parser) mod(i int) (expr, bool) {
	le := p.t[i].e
	j := i + 1
	article := false
	if p.is(j, "des", "der", "dieses", "diesen") && !p.is(j, "dieses") {
		j++
		article = true
	}
	if j >= len(p.t) {
		return expr{}, false
	}
	var sub expr
	ok := false
	if u := p.class(j, cUnit); article && u != nil && !u.plural {
		switch u.unit {
		case "Y", "M", "W", "D", "Q", "H":
			sub, ok = p.unitFirst(j)
			if !ok || sub.rel != rNone && sub.unit != u.unit {
				sub = newExpr(j, j+1)
				sub.rel, sub.unit, sub.weak = rRef, u.unit, true
				ok = true
			}
		case "CE":
		}
	}
	if !ok {
		switch p.t[j].kind {
		case tNum, tWord:
			sub, ok = p.parseAt(j)
		}
	}
	if !ok || sub.kind != kPoint || sub.i != j {
		return expr{}, false
	}
	if le.mod == "" && !article {
		return expr{}, false // "im Laufe des Jahres 1863", not "Laufe Juli"
	}
	sub.i = i
	sub.mod = le.mod
	return sub, true
}

// earlyLate reads "späten Frühjahr 1861", "frühen Morgen des 6. Juni",
// "im ausgehenden 19. Jahrhundert".
func (p *parser) earlyLate(i int) (expr, bool) {
	j := i + 1
	if j >= len(p.t) {
		return expr{}, false
	}
	t := &p.t[j]
	if t.kind != tNum && (t.e == nil || t.e.class&(cSeason|cPart|cMonth) == 0) {
		return expr{}, false
	}
	var sub expr
	ok := false
	if t.e != nil && t.e.class&cPart != 0 {
		sub, ok = p.part(j)
	} else {
		sub, ok = p.parseAt(j)
	}
	if !ok || sub.kind != kPoint || sub.i != j {
		return expr{}, false
	}
	if t.kind == tNum && sub.cen < 0 && sub.dec < 0 {
		return expr{}, false
	}
	sub.i = i
	if sub.part == "" {
		sub.mod = p.t[i].e.mod
	}
	return sub, true
}

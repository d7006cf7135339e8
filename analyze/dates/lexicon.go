package dates

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed lists/*.txt
var listFS embed.FS

// Word classes of the lexicon; a word may belong to several.
const (
	cMonth     = 1 << iota // Januar, Jan
	cWeekday               // Montag
	cPart                  // Abend: part of the day
	cSeason                // Sommer
	cUnit                  // Tag, Jahre
	cNumber                // zwei, mehrere
	cOrdinal               // zweiten
	cDeictic               // gestern
	cShift                 // vergangenen, folgenden
	cVague                 // kürzlich
	cHoliday               // Weihnachten
	cMod                   // Anfang, Mitte, Ende
	cDecadeW               // Neunziger, Neunzigerjahre
	cWeekdayC              // Montagabend: weekday with part of day
	cSetDay                // montags
	cCompUnit              // jahrelang, dreitägigen: a duration in one word
	cYearUnit              // Jahresende, Jahresbeginn: position in the anchor year
	cShiftUnit             // Vorjahr, Folgetag: a shifted unit in one word
	cLead                  // wenig, kurz: lead of a vague phrase (wenig später)
	cVagueP                // kurzem, Kürze, Zukunft: vague after a preposition
	cEarlyLate             // frühen, späten: a modifier of the expression after it
)

// entry is what the lexicon knows of one word.
type entry struct {
	class   int
	month   int
	abbr    bool
	weekday int
	part    string // MO, MI, AF, EV, NI
	season  string
	unit    string
	num     float64
	numX    bool // an unknown amount: mehrere
	ord     int
	deictic int
	shift   int
	shiftRf bool // shift counts from the date last mentioned
	vague   string
	holiday string // MM-DD or E+n
	mod     string // START, MID, END
	decade  int    // 9 for Neunziger
	compN   float64
	compX   bool
	plural  bool // a plural unit: Tage, Jahren
}

// lexicon maps a word, in its lower-case and capitalised forms, to its entry.
var lexicon = buildLexicon()

func readList(name string, fn func(f []string) error) {
	data, err := listFS.ReadFile("lists/" + name)
	if err != nil {
		panic(fmt.Sprintf("dates: embedded list %s: %v", name, err)) // build error, not input
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			panic(fmt.Sprintf("dates: list %s: %q: %v", name, line, err))
		}
	}
}

func atoi(s string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(s, "+"))
	if err != nil {
		panic(fmt.Sprintf("dates: bad number %q in list", s))
	}
	return n
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func buildLexicon() map[string]*entry {
	lx := map[string]*entry{}
	get := func(w string) *entry {
		w = strings.ToLower(w)
		e := lx[w]
		if e == nil {
			e = &entry{}
			lx[w] = e
			lx[capitalise(w)] = e
		}
		return e
	}
	readList("months.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cMonth
		e.month = atoi(f[1])
		e.abbr = len(f) > 2 && f[2] == "abbr"
		return nil
	})
	readList("weekdays.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cWeekday
		e.weekday = atoi(f[1])
		s := get(f[0] + "s") // montags: every Monday
		s.class |= cSetDay
		s.weekday = e.weekday
		return nil
	})
	var parts [][2]string
	readList("dayparts.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cPart
		e.part = f[1]
		parts = append(parts, [2]string{f[0], f[1]})
		return nil
	})
	// Montagabend, Dienstagnachmittag, Sonntagnacht.
	readList("weekdays.txt", func(f []string) error {
		for _, p := range parts {
			if strings.HasSuffix(p[0], "s") && p[0] != "morgens" {
				continue
			}
			if p[0] == "morgens" || p[0] == "frühmorgen" || p[0] == "mitternacht" {
				continue
			}
			e := get(f[0] + p[0])
			e.class |= cWeekdayC
			e.weekday = atoi(f[1])
			e.part = p[1]
		}
		return nil
	})
	readList("seasons.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cSeason
		e.season = f[1]
		return nil
	})
	readList("units.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cUnit
		e.unit = f[1]
		e.plural = len(f) > 2 && f[2] == "pl"
		return nil
	})
	var numbers [][2]string
	readList("numbers.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cNumber
		if f[1] == "X" {
			e.numX = true
		} else {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return fmt.Errorf("number: %w", err)
			}
			e.num = v
		}
		numbers = append(numbers, [2]string{f[0], f[1]})
		return nil
	})
	readList("ordinals.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cOrdinal
		e.ord = atoi(f[1])
		return nil
	})
	readList("deictic.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cDeictic
		e.deictic = atoi(f[1])
		return nil
	})
	readList("shift.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cShift
		e.shift = atoi(f[1])
		e.shiftRf = f[2] == "ref"
		return nil
	})
	readList("vague.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cVague
		e.vague = f[1]
		return nil
	})
	readList("holidays.txt", func(f []string) error {
		if strings.Contains(f[0], " ") {
			return nil // several words: matched by the parser from the first
		}
		e := get(f[0])
		e.class |= cHoliday
		e.holiday = f[1]
		return nil
	})
	readList("compounds.txt", func(f []string) error {
		e := get(f[0])
		e.class |= cShiftUnit
		e.unit = f[1]
		e.shift = atoi(f[2])
		e.shiftRf = f[3] == "ref"
		return nil
	})
	for _, w := range []string{"wenig", "kurz", "kurze", "bald", "kurzer"} {
		get(w).class |= cLead
	}
	for _, w := range []string{"kurzem", "kürze", "zukunft"} {
		e := get(w)
		e.class |= cVagueP
		e.vague = "FUTURE_REF"
		if w == "kurzem" {
			e.vague = "PAST_REF"
		}
	}
	for _, m := range [][2]string{{"frühen", "START"}, {"frühe", "START"}, {"späten", "END"}, {"späte", "END"},
		{"ausgehenden", "END"}, {"beginnenden", "START"}} {
		e := get(m[0])
		e.class |= cEarlyLate
		e.mod = m[1]
	}
	for _, m := range [][2]string{{"anfang", "START"}, {"beginn", "START"}, {"mitte", "MID"}, {"ende", "END"},
		{"laufe", ""}, {"verlauf", ""}} {
		e := get(m[0])
		e.class |= cMod
		e.mod = m[1]
	}
	// Jahresende, Jahresanfang, Jahresmitte, Monatsende, Jahresbeginn.
	for _, u := range []struct{ w, unit string }{{"jahres", "Y"}, {"monats", "M"}, {"wochen", "W"}} {
		for _, m := range [][2]string{{"anfang", "START"}, {"beginn", "START"}, {"mitte", "MID"}, {"ende", "END"}, {"wechsel", "END"}} {
			if u.w+m[0] == "wochenende" {
				continue // the weekend, a unit of its own
			}
			e := get(u.w + m[0])
			e.class |= cYearUnit
			e.unit = u.unit
			e.mod = m[1]
		}
	}
	// Decades in words: zwanziger ... neunziger, Neunzigerjahre(n).
	for _, d := range [][2]string{{"zwanziger", "2"}, {"dreißiger", "3"}, {"vierziger", "4"}, {"fünfziger", "5"},
		{"sechziger", "6"}, {"siebziger", "7"}, {"achtziger", "8"}, {"neunziger", "9"}} {
		for _, suf := range []string{"", "n", "jahre", "jahren", "jahres"} {
			e := get(d[0] + suf)
			e.class |= cDecadeW
			e.decade = atoi(d[1])
		}
	}
	// Durations in one word: jahrelang, dreitägigen, zweijährige, mehrmonatig.
	lang := map[string]string{"sekunden": "TS", "minuten": "TM", "stunden": "TH", "tage": "D", "wochen": "W",
		"monate": "M", "jahre": "Y", "jahrzehnte": "DE", "jahrhunderte": "CE"}
	for stem, u := range lang {
		for _, suf := range []string{"lang", "lange", "langen", "langer", "langes", "langem"} {
			e := get(stem + suf)
			e.class |= cCompUnit
			e.unit = u
			e.compX = true
		}
	}
	adj := map[string]string{"sekündig": "TS", "minütig": "TM", "stündig": "TH", "tägig": "D", "wöchig": "W",
		"monatig": "M", "jährig": "Y"}
	for stem, u := range adj {
		for _, n := range append(numbers, [2]string{"mehr", "X"}, [2]string{"viel", "X"}) {
			switch n[0] {
			case "eine", "einen", "einem", "einer", "eines", "beide", "beiden", "halbe", "halben", "halbes":
				continue
			}
			if n[1] == "X" && n[0] != "mehr" && n[0] != "viel" {
				continue
			}
			for _, suf := range []string{"", "e", "en", "er", "es", "em"} {
				e := get(n[0] + stem + suf)
				e.class |= cCompUnit
				e.unit = u
				if n[1] == "X" {
					e.compX = true
				} else {
					v, _ := strconv.ParseFloat(n[1], 64)
					e.compN = v
				}
			}
		}
	}
	return lx
}

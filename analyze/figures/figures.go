package figures

import (
	"sort"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Extract returns the figures of body in text order. sents gives the
// sentences (from text.Split); when it is empty the whole body is one
// sentence. Article is left empty for the caller to fill.
func Extract(body string, sents []fact.Sentence) []fact.Figure {
	if len(sents) == 0 {
		if body == "" {
			return nil
		}
		sents = []fact.Sentence{{Index: 0, Start: 0, End: len(body)}}
	}
	var out []fact.Figure
	sc := scanner{body: body}
	for _, s := range sents {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
			continue
		}
		sc.toks = tokenize(sc.toks[:0], body, s.Start, s.End)
		out = sc.sentence(out, s.Index)
		sc.prevStart, sc.prevEnd = s.Start, s.End
	}
	return out
}

// scanner holds the state of one Extract call; its buffers are reused
// from sentence to sentence.
type scanner struct {
	body      string
	toks      []tok
	clause    []int // clause number of each token
	cstart    []int // first token of each clause
	dirs      []dirHit
	dirDone   bool
	lowered   []string // lower-case tokens, filled on demand
	figEnd    int      // token after the figure whose direction is sought
	sentFigs  []unitAbout
	lastEnd   int    // token after the last figure (with its noun) of the sentence
	lastAbout string // and what it measures
	// The sentence before the current one, whose subject a pronoun may
	// stand for: byte offsets into body.
	prevStart, prevEnd int
}

// unitAbout is the unit and About of a figure found in the sentence.
type unitAbout struct{ unit, about string }

// dirHit is a direction word found in the sentence.
type dirHit struct {
	at       int
	dir      string
	relative bool // counts only for percent and points: "gewann 5 Prozent"
}

func (sc *scanner) text(i int) string { return sc.body[sc.toks[i].s:sc.toks[i].e] }

// lower returns token i in lower case, computed once a sentence.
func (sc *scanner) lower(i int) string {
	if l := sc.lowered[i]; l != "" {
		return l
	}
	l := lowerWord(sc.text(i))
	sc.lowered[i] = l
	return l
}

func (sc *scanner) isWord(i int, w string) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == kWord && sc.lower(i) == w
}

func (sc *scanner) isPunct(i int, p string) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == kPunct && sc.text(i) == p
}

// glued reports that token i follows token i-1 with no space.
func (sc *scanner) glued(i int) bool {
	return i > 0 && i < len(sc.toks) && !sc.toks[i].sp
}

// sentence appends the figures of the tokenised sentence idx to out.
func (sc *scanner) sentence(out []fact.Figure, idx int) []fact.Figure {
	sc.clause = sc.clause[:0]
	sc.cstart = sc.cstart[:0]
	if cap(sc.lowered) < len(sc.toks) {
		sc.lowered = make([]string, len(sc.toks), 2*len(sc.toks))
	} else {
		sc.lowered = sc.lowered[:len(sc.toks)]
		clear(sc.lowered)
	}
	sc.dirDone = false
	sc.lastEnd, sc.lastAbout = 0, ""
	sc.sentFigs = sc.sentFigs[:0]
	for i := 0; i < len(sc.toks); {
		t := sc.toks[i]
		if t.kind == kPunct || (t.kind == kWord && !sc.maybeNumberWord(i)) {
			i++
			continue
		}
		if len(sc.clause) == 0 {
			sc.splitClauses()
		}
		f, next, ok := sc.figureAt(i)
		if ok {
			f.Sentence = idx
			out = append(out, f)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// numberEndings are the endings of every German number word ("ein",
// "zwölf", "dreiundzwanzig", "dreißig", "zweihundert", "eineinhalb").
var numberEndings = []string{
	"ein", "eins", "eine", "einen", "einem", "einer", "eines", "zwei", "drei", "vier", "fünf",
	"sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zig", "ßig", "ssig",
	"hundert", "tausend", "einhalb", "anderthalb",
}

// endingsByLast holds numberEndings by their last byte (all are ASCII
// lower-case letters): a word can only end like, or equal in any case, the
// endings under its last byte with the ASCII case bit set. Looking only
// at those spares the test of every ending for every word.
var endingsByLast = func() (t [256][]string) {
	for _, e := range numberEndings {
		t[e[len(e)-1]] = append(t[e[len(e)-1]], e)
	}
	return t
}()

// maybeNumberWord is a cheap test before parsing a word as a number: it
// must end like a number word (the first letter may be upper case).
func (sc *scanner) maybeNumberWord(i int) bool {
	w := sc.text(i)
	if len(w) < 3 || len(w) > 60 {
		return false
	}
	if (w == "die" || w == "der" || w == "Die") && i+1 < len(sc.toks) && sc.text(i+1) == "Hälfte" {
		return true
	}
	switch w {
	case "jeder", "jede", "jedes", "jeden", "jedem", "Jeder", "Jede", "Jedes", "Jeden", "Jedem":
		return true
	}
	for _, e := range endingsByLast[w[len(w)-1]|0x20] {
		switch {
		case len(w) > len(e):
			if strings.HasSuffix(w, e) {
				return true
			}
		case len(w) == len(e):
			if strings.EqualFold(w, e) {
				return true
			}
		}
	}
	return false
}

// sentenceStart reports whether token i opens the sentence or a quotation,
// where a number word may be capitalised.
func (sc *scanner) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	if sc.toks[i-1].kind != kPunct {
		return false
	}
	switch sc.text(i - 1) {
	case "„", "«", "»", "\"", "“", "(", "-", "–", "—", ":", "‚", "'", "›", "‹":
		return true
	}
	return false
}

// clause boundaries: punctuation and conjunctions that open a new clause.
var clausePunct = map[string]bool{
	",": true, ";": true, "(": true, ")": true, "[": true, "]": true,
	"–": true, "—": true, "?": true, "!": true,
}

var clauseConj = map[string]bool{
	"und": true, "oder": true, "aber": true, "sowie": true, "doch": true,
	"während": true, "nachdem": true, "weil": true, "wobei": true, "sodass": true,
	"obwohl": true, "bevor": true, "wenn": true, "womit": true, "wodurch": true,
}

// splitClauses numbers the clauses of the sentence.
func (sc *scanner) splitClauses() {
	c := 0
	sc.cstart = append(sc.cstart, 0)
	for i := range sc.toks {
		t := sc.toks[i]
		boundary := false
		if t.kind == kPunct {
			p := sc.text(i)
			switch {
			case clausePunct[p]:
				boundary = true
			case p == ":" && (i+1 >= len(sc.toks) || sc.toks[i+1].sp):
				boundary = true
			case p == "-" && t.sp && i+1 < len(sc.toks) && sc.toks[i+1].sp:
				boundary = true
			}
		} else if t.kind == kWord && t.upper && i > 0 && sc.toks[i-1].kind == kWord && lists.determiners[sc.lower(i)] {
			// A capitalised article inside a sentence starts a new one that
			// the splitter missed: a headline without a full stop ("... an
			// der Börse ab Die Aktie verlor ...").
			boundary = true
		} else if t.kind == kWord && i > 0 && clauseConj[sc.lower(i)] {
			// "zwischen 3 und 5 Prozent" is one clause; "und der Gewinn" opens one.
			// "Kindern und Jugendlichen" is one noun phrase: only an article or
			// a pronoun after the conjunction opens a clause.
			if i+1 < len(sc.toks) && sc.toks[i+1].kind == kWord && !sc.toks[i+1].upper {
				if n := sc.lower(i + 1); lists.determiners[n] || pronouns[n] {
					boundary = true
				}
			}
		}
		if boundary && i > 0 {
			c++
			sc.cstart = append(sc.cstart, i)
		}
		sc.clause = append(sc.clause, c)
	}
}

// clauseRange returns the tokens [a, b) of clause c.
func (sc *scanner) clauseRange(c int) (int, int) {
	a := sc.cstart[c]
	b := len(sc.toks)
	if c+1 < len(sc.cstart) {
		b = sc.cstart[c+1]
	}
	return a, b
}

// tail is what follows a number: a unit or a counted noun.
type tail struct {
	unit     seqEntry
	hasUnit  bool
	end      int // token after the unit (or after the number when none)
	noun     int // token of the counted noun, or -1
	nounEnd  int
	scaleMul float64 // a scale word borrowed from the second number of a range
}

// figureAt reads a figure starting at token i. It returns the index where
// scanning goes on.
func (sc *scanner) figureAt(i int) (fact.Figure, int, bool) {
	var f fact.Figure
	toks := sc.toks
	t := toks[i]
	if t.kind == kNum && !sc.numberContextOK(i) {
		return f, i + 1, false
	}
	p, ok := parseValue(sc.body, toks, i, sc.sentenceStart(i))
	if !ok {
		return f, i + 1, false
	}
	if t.kind == kNum && p.leadZero {
		return f, p.end, false
	}
	// Vague: "wenige tausend", "mehrere hundert", "ein paar hundert".
	if p.word && i > 0 && toks[i-1].kind == kWord && vague[sc.lower(i-1)] {
		return f, p.end, false
	}
	// A label: "Nr. 5", "Artikel 3", "§ 218"; a year after a month.
	if sc.afterIndexWord(i) || sc.yearAfterMonth(i, p) {
		return f, p.end, false
	}
	start := i // first token of the figure's text
	// Sign: "-3,2", "+5", "minus 4".
	sign := 0
	if i > 0 && t.kind == kNum && sc.glued(i) && toks[i-1].kind == kPunct && (i-1 == 0 || toks[i-1].sp || sc.isPunct(i-2, "(")) {
		switch sc.text(i - 1) {
		case "-", "−", "–":
			sign, start = -1, i-1
		case "+":
			sign, start = 1, i-1
		}
	} else if sc.isWord(i-1, "minus") {
		sign, start = -1, i-1
	} else if sc.isWord(i-1, "plus") {
		sign, start = 1, i-1
	}
	// The unit or counted noun after the number.
	tl := sc.tailAt(p.end, p)
	if p.ratio {
		// "jeder vierte Deutsche": a percentage of the noun after it; "jeden
		// zweiten Tag" is a frequency.
		if p.end < len(toks) && toks[p.end].kind == kWord {
			if _, _, ok := lists.units.at(sc.body, toks, p.end); ok || lists.timeNouns[sc.lower(p.end)] {
				return f, p.end, false
			}
		}
		tl = tail{unit: seqEntry{unit: fact.UnitPercent, factor: 1}, hasUnit: true, end: p.end, noun: -1, nounEnd: p.end}
	}
	ranged := false // unit or noun borrowed from the range's second number
	if !tl.hasUnit && tl.noun < 0 {
		// A range: "zwischen 2 und 3 Milliarden Euro", "3 bis 5 Prozent",
		// "von 10 auf 12 Prozent".
		if q, qt, ok := sc.rangeTail(i, p); ok {
			tl = qt
			tl.end = p.end
			ranged = true
			if !p.scaled && q.scaled && !p.word && p.value < 1000 {
				tl.scaleMul = q.value / sc.unscaled(q)
			}
		}
	}
	// A unit before the number: "€ 5 Mio.", "US-$ 3".
	if !tl.hasUnit && start == i {
		if e, j, ok := lists.units.before(sc.body, toks, i); ok && e.pre {
			tl.unit, tl.hasUnit = e, true
			start = j
		}
	}
	// Decide whether this is a figure at all.
	switch {
	case tl.hasUnit:
		if isDuration(tl.unit.unit) {
			if p.one && !p.scaled {
				return f, tl.end, false
			}
			if sc.isWord(start-1, "vor") || sc.isWord(start-1, "in") {
				return f, tl.end, false // a relative date: "vor drei Jahren"
			}
		}
		if len(tl.unit.toks) == 1 && len(tl.unit.toks[0]) == 1 && t.kind != kNum {
			return f, tl.end, false // "zwei m"
		}
		if p.year && !p.scaled && isDuration(tl.unit.unit) {
			return f, tl.end, false
		}
	case p.one && !p.scaled:
		return f, p.end, false
	case tl.noun >= 0:
		if p.year && !p.scaled && !sc.hasAdjacentHedge(i) {
			return f, p.end, false
		}
	case p.scaled:
	case t.kind == kNum && !p.year && !sc.afterName(i) && sc.changeTarget(i, start):
		// A bare number as the target of a change: "stieg um 12.000 auf
		// 400.000".
	default:
		return f, p.end, false
	}
	end := p.end
	if tl.hasUnit && tl.end > end {
		end = tl.end
	}
	// Hedge right before the number (or its sign or leading unit).
	hedge := ""
	if e, j, ok := lists.hedges.before(sc.body, toks, start); ok && !e.clause && !(tl.hasUnit && Dimension(tl.unit.unit) == "money" && sc.prepositionAfterNoun(j, e)) {
		hedge = sc.body[toks[j].s:toks[start-1].e]
		start = j
	}
	if ch := sc.clauseHedge(start); ch != "" {
		if hedge == "" {
			hedge = ch
		} else {
			hedge = ch + " " + hedge
		}
	}
	value := p.value
	if tl.scaleMul != 0 {
		value *= tl.scaleMul
	}
	unit := fact.UnitCount
	if tl.hasUnit {
		unit = tl.unit.unit
		value *= tl.unit.factor
	}
	f.Text = sc.body[toks[start].s:toks[end-1].e]
	f.Start, f.End = toks[start].s, toks[end-1].e
	f.Value = value
	f.Unit = unit
	f.Hedge = hedge
	if tl.noun >= 0 {
		f.Noun = sc.body[toks[tl.noun].s:toks[tl.nounEnd-1].e]
	}
	// Direction: a sign, a comparative right after, or the clause's verb.
	switch {
	case sign != 0 && (unit == "°C" || unit == "degree"):
		f.Value = float64(sign) * value
	case sign < 0:
		f.Direction = "down"
	case sign > 0:
		f.Direction = "up"
	}
	if sign == 0 {
		after := end
		if tl.noun >= 0 {
			after = tl.nounEnd
		}
		if !ranged && after < len(toks) && toks[after].kind == kWord {
			if d, ok := lists.dirAfter[sc.lower(after)]; ok {
				f.Direction = d
			}
		}
		if f.Direction == "" {
			sc.figEnd = end
			f.Direction = sc.direction(i, start, unit)
		}
	}
	f.About = sc.about(i, start, end, tl, unit)
	if f.About == "" && !isDuration(unit) {
		// A parallel clause: "in Schulen sind es acht Prozent, in Städten
		// 51 Prozent" measures what the figure before in the unit did.
		for k := len(sc.sentFigs) - 1; k >= 0; k-- {
			if sc.sentFigs[k].unit == unit && sc.sentFigs[k].about != "" {
				f.About = sc.sentFigs[k].about
				break
			}
		}
	}
	sc.sentFigs = append(sc.sentFigs, unitAbout{unit, f.About})
	sc.lastEnd, sc.lastAbout = end, f.About
	if tl.noun >= 0 && tl.nounEnd > end && !ranged {
		sc.lastEnd = tl.nounEnd
	}
	return f, end, true
}

// changeTarget reports a bare number after "um", "auf" or "von" (a hedge
// may stand between) in a clause that gives a direction.
func (sc *scanner) changeTarget(i, start int) bool {
	k := start
	if _, j, ok := lists.hedges.before(sc.body, sc.toks, k); ok {
		k = j
	}
	if !(sc.isWord(k-1, "um") || sc.isWord(k-1, "auf") || sc.isWord(k-1, "von")) {
		return false
	}
	if !sc.dirDone {
		sc.findDirections()
	}
	a, b := sc.clauseRange(sc.clause[i])
	n := sort.Search(len(sc.dirs), func(k int) bool { return sc.dirs[k].at >= a })
	return n < len(sc.dirs) && sc.dirs[n].at < b
}

// vague words before a number word that leave its value open.
var vague = map[string]bool{
	"wenige": true, "einige": true, "mehrere": true, "viele": true, "paar": true,
	"etliche": true, "zig": true, "wenigen": true, "einigen": true, "mehreren": true,
	"vielen": true, "etlichen": true, "abertausende": true,
}

// yearAfterMonth reports a year after a month name: "Juni 1215" with four
// digits, or any after a date ("15. Juni 215"); "im November 130 Menschen"
// is a count.
func (sc *scanner) yearAfterMonth(i int, p phrase) bool {
	t := sc.toks[i]
	if t.kind != kNum || !p.integer || i == 0 || sc.toks[i-1].kind != kWord || !lists.months[sc.lower(i-1)] {
		return false
	}
	return t.e-t.s == 4 || sc.isPunct(i-2, ".")
}

// unscaled returns the value of q without its scale word.
func (sc *scanner) unscaled(q phrase) float64 {
	if !q.scaled {
		return q.value
	}
	e, _, ok := lists.scales.at(sc.body, sc.toks, q.start+1)
	if !ok || e.factor == 0 {
		return q.value
	}
	return q.value / e.factor
}

func isDuration(u string) bool {
	switch u {
	case "year", "month", "week", "day", "hour", "minute", "second", "decade":
		return true
	}
	return false
}

// numberContextOK rules out numbers that belong to dates, times, scores,
// phone numbers, seasons and compounds, by the tokens glued around them.
func (sc *scanner) numberContextOK(i int) bool {
	toks := sc.toks
	// Glued to what precedes: "12:30", "2017/18", "Covid-19", "0800/123".
	if sc.glued(i) && i > 0 {
		switch toks[i-1].kind {
		case kWord, kNum:
			return false
		case kPunct:
			switch sc.text(i - 1) {
			case ":", "/", ".", ",", "_", "=", "#", "@", "&":
				return false
			case "-", "–", "−":
				if i > 1 && sc.glued(i-1) && toks[i-2].kind != kPunct {
					return false // "A-380", a range's second number is read by rangeTail
				}
			}
		}
	}
	// Glued to what follows.
	if j := i + 1; j < len(toks) && sc.glued(j) {
		switch toks[j].kind {
		case kWord:
			// "10km", "5Prozent" pass; "2016er", "3fach" do not.
			if _, _, ok := lists.units.at(sc.body, toks, j); ok {
				return true
			}
			if _, _, ok := lists.scales.at(sc.body, toks, j); ok {
				return true
			}
			return false
		case kNum:
			return false
		case kPunct:
			switch sc.text(j) {
			case ":", "/", "_", "@":
				if j+1 < len(toks) && sc.glued(j+1) && toks[j+1].kind != kPunct {
					return false
				}
			case ".":
				// "3." is an ordinal or part of a date; a full stop at the very
				// end of the sentence is not.
				if j+1 < len(toks) {
					return false
				}
			case "-", "‑":
				// "24-Jährige", "5-Prozent-Hürde": a compound. "3-5" is a range.
				if j+1 < len(toks) && sc.glued(j+1) && toks[j+1].kind == kWord {
					return false
				}
			}
		}
	}
	return true
}

// afterIndexWord reports a label word right before token i: "Nr. 5".
func (sc *scanner) afterIndexWord(i int) bool {
	k := i - 1
	if sc.isPunct(k, ".") {
		k--
	}
	if k < 0 {
		return false
	}
	switch sc.toks[k].kind {
	case kWord:
		return lists.index[sc.lower(k)]
	case kPunct:
		return sc.text(k) == "§" || sc.text(k) == "#" || sc.text(k) == "№"
	}
	return false
}

// afterName reports a capitalised name or noun right before token i that
// makes the number part of a name: "Windows 10", "Airbus A380".
func (sc *scanner) afterName(i int) bool {
	k := i - 1
	if k < 0 || sc.toks[k].kind != kWord || !sc.toks[k].upper || k < sc.lastEnd {
		return false // the noun of the figure before: "in 34 Spielen 21 Tore"
	}
	w := sc.lower(k)
	if lists.funcs[w] || lists.determiners[w] || lists.prepositions[w] || lists.timeNouns[w] {
		return false // "am Samstag 4.490 Menschen"
	}
	if _, _, ok := lists.hedges.before(sc.body, sc.toks, i); ok {
		return false
	}
	// "zählte das Amt 456 885 Fälle": a noun with its article is the
	// subject, not a name with a number.
	if k > 0 && sc.toks[k-1].kind == kWord && lists.determiners[sc.lower(k-1)] {
		return false
	}
	return true
}

// prepositionAfterNoun reports "über" or "unter" at token j used as the
// preposition of the noun before it ("ein Kredit über 72 Milliarden
// Dollar"), not as a hedge ("mit über 100 Gästen"). Only sums of money
// are read so: "Kinder unter 14 Jahren" keeps its bound.
func (sc *scanner) prepositionAfterNoun(j int, e seqEntry) bool {
	if len(e.toks) != 1 || e.toks[0] != "über" && e.toks[0] != "unter" {
		return false
	}
	return j > 0 && sc.toks[j-1].kind == kWord && sc.toks[j-1].upper && !sc.sentenceStart(j-1) && sc.isNoun(j-1)
}

// hasAdjacentHedge reports a hedge right before token i.
func (sc *scanner) hasAdjacentHedge(i int) bool {
	_, _, ok := lists.hedges.before(sc.body, sc.toks, i)
	return ok
}

// tailAt reads the unit or counted noun at token j, after number p.
func (sc *scanner) tailAt(j int, p phrase) tail {
	tl := tail{end: j, noun: -1, nounEnd: j}
	toks := sc.toks
	if j >= len(toks) {
		return tl
	}
	if e, k, ok := lists.units.at(sc.body, toks, j); ok {
		// A unit glued to a following word is part of a compound
		// ("Euro-Münze"); a one-letter unit must be one word ("5 m").
		if !(k < len(toks) && sc.glued(k) && toks[k].kind == kWord) {
			tl.unit, tl.hasUnit, tl.end = e, true, k
			return tl
		}
	}
	// A unit glued to a compound: "ein 32 GB-Gerät" is 32 GB.
	if t := toks[j]; t.kind == kWord {
		if h := strings.IndexByte(sc.text(j), '-'); h > 0 {
			if e, ok := lists.unitWord(sc.text(j)[:h]); ok && isShortUnit(e) {
				tl.unit, tl.hasUnit, tl.end = e, true, j+1
				return tl
			}
		}
	}
	// A counted noun, after up to three adjectives: "3.000 neue Stellen".
	k := j
	for n := 0; k < len(toks) && n < 3; n++ {
		t := toks[k]
		if t.kind != kWord || t.upper {
			break
		}
		w := sc.lower(k)
		if !looksAdjective(w) || lists.funcs[w] || lists.determiners[w] || lists.prepositions[w] || clauseConj[w] {
			return tl
		}
		k++
	}
	if k > j && k < len(toks) && !p.one {
		// "zwei ereignisreiche Jahre": a unit after adjectives; "bis zu
		// einem gewissen Grad" has an article, not a number.
		if e, m, ok := lists.units.at(sc.body, toks, k); ok && len(e.toks[0]) > 2 {
			if !(m < len(toks) && sc.glued(m) && toks[m].kind == kWord) {
				tl.unit, tl.hasUnit, tl.end = e, true, m
				return tl
			}
		}
	}
	if k < len(toks) && sc.isNoun(k) {
		if _, _, ok := lists.scales.at(sc.body, toks, k); ok {
			return tl
		}
		// "285.379 Stück Granaten": Stück classifies, the noun after counts.
		if w := sc.lower(k); (w == "stück" || w == "stk") && k+1 < len(toks) {
			n := k + 1
			if sc.isPunct(n, ".") {
				n++
			}
			if n < len(toks) && sc.isNoun(n) {
				k = n
			}
		}
		// "40.000 Kita- und Schulfördervereine": the last of the joined nouns.
		// "172 Beobachtungs- und 44 Vergleichsstudien": over the other number.
		if k+3 < len(toks) && sc.isPunct(k+1, "-") && sc.glued(k+1) && (sc.isWord(k+2, "und") || sc.isWord(k+2, "oder")) {
			m := k + 3
			if toks[m].kind == kNum {
				m = sc.skipAdjectives(m+1, len(toks))
			}
			if m < len(toks) && sc.isNoun(m) {
				k = m
			}
		}
		tl.noun, tl.nounEnd = k, k+1
		// A capitalised adjective opens a name: "elf Aktuelle Stunden".
		if k+1 < len(toks) && looksAdjective(sc.lower(k)) && sc.isNoun(k+1) && !strings.HasSuffix(sc.lower(k), "en") {
			tl.nounEnd = k + 2
		}
	}
	return tl
}

// isShortUnit reports a unit written as an abbreviation ("GB", "km",
// "MW"), which may open a compound; "Euro-Münze" and "Prozent-Hürde" stay
// compounds.
func isShortUnit(e seqEntry) bool {
	if len(e.toks) != 1 {
		return false
	}
	w := e.toks[0]
	return len(w) <= 4 && w != "Euro" && w != "Yen"
}

// looksAdjective reports an inflected adjective or participle: "neue",
// "großen", "weiterer".
func looksAdjective(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "e"), strings.HasSuffix(w, "en"), strings.HasSuffix(w, "er"),
		strings.HasSuffix(w, "es"), strings.HasSuffix(w, "em"):
		return true
	}
	return false
}

// isNoun reports a capitalised word that can be a noun: not a function
// word, a determiner, a preposition, a time word or a number word.
func (sc *scanner) isNoun(k int) bool {
	t := sc.toks[k]
	if t.kind != kWord || !t.upper || t.e-t.s < 2 {
		return false
	}
	w := sc.lower(k)
	if sc.sentenceStart(k) && k+1 < len(sc.toks) && sc.toks[k+1].kind == kWord {
		// A verb opens questions and conditions: "Kostet er 20 Euro, ...".
		if n := sc.lower(k + 1); pronouns[n] || lists.determiners[n] && !sc.toks[k+1].upper {
			return false
		}
	}
	if lists.funcs[w] || lists.determiners[w] || lists.prepositions[w] || lists.timeNouns[w] || clauseConj[w] {
		return false
	}
	if _, ok := parseNumberWord(w); ok {
		return false
	}
	return true
}

// rangeTail reads the second number of a range and its tail: "3 bis 5
// Prozent", "zwischen 2 und 3 Milliarden", "von 10 auf 12 Prozent".
func (sc *scanner) rangeTail(i int, p phrase) (phrase, tail, bool) {
	toks := sc.toks
	q := p
	comma := false
	for step := 0; step < 6; step++ {
		j := q.end
		if j+1 >= len(toks) {
			break
		}
		ok, part, final := false, false, true
		switch {
		case sc.isPunct(j, ","):
			// "fünf, zehn und fünfzehn Jahre": a list that ends in "und".
			ok, comma, final = true, true, false
		case sc.isWord(j, "bis"), sc.isWord(j, "oder"), sc.isWord(j, "und"), sc.isWord(j, "beziehungsweise"):
			ok = true
		case sc.isWord(j, "bzw") && sc.isPunct(j+1, "."):
			ok = true
			j++
		case sc.isWord(j, "auf"):
			ok = step == 0 && sc.isWord(i-1, "von")
		case sc.isPunct(j, "-") || sc.isPunct(j, "–"):
			ok = true
		case step == 0 && (sc.isWord(j, "von") || sc.isWord(j, "der") || sc.isWord(j, "aus")):
			// "119 von 350 Mandaten", "40 der 96 Gemeinden": a part of a whole,
			// counted in the same noun.
			ok, part = true, true
		}
		if !ok || j+1 >= len(toks) || toks[j+1].kind != kNum && toks[j+1].kind != kWord {
			break
		}
		next, ok := parseValue(sc.body, toks, j+1, false)
		if !ok || next.one || next.year {
			break
		}
		tl := sc.tailAt(next.end, next)
		if tl.hasUnit || tl.noun >= 0 {
			if part && tl.hasUnit || comma && !final {
				break
			}
			return next, tl, true
		}
		if part {
			break
		}
		q = next
	}
	return phrase{}, tail{}, false
}

func (sc *scanner) hedgeWordBefore(i int, w string) bool {
	return i >= 2 && sc.isWord(i-2, w)
}

// clauseHedge finds a time hedge ("zeitweise") up to six tokens before
// token start in its clause.
func (sc *scanner) clauseHedge(start int) string {
	if start <= 0 {
		return ""
	}
	a, _ := sc.clauseRange(sc.clause[start])
	lo := start - 6
	if lo < a {
		lo = a
	}
	for j := start; j > lo; j-- {
		if e, k, ok := lists.hedges.before(sc.body, sc.toks, j); ok && e.clause && k >= lo {
			return sc.body[sc.toks[k].s:sc.toks[j-1].e]
		}
	}
	return ""
}

// findDirections collects the direction words of the sentence once.
func (sc *scanner) findDirections() {
	sc.dirs = sc.dirs[:0]
	sc.dirDone = true
	toks := sc.toks
	for k := range toks {
		if toks[k].kind != kWord || len(sc.text(k)) < 3 {
			continue
		}
		w := sc.lower(k)
		if parts, ok := lists.dirNot[w]; ok && sc.particleFollows(k, parts) {
			continue // "fällt ... groß aus", "stieg in den Zug ein"
		}
		if d, ok := lists.dirWord[w]; ok {
			sc.dirs = append(sc.dirs, dirHit{at: k, dir: d})
			continue
		}
		if d, ok := lists.dirRelative[w]; ok {
			sc.dirs = append(sc.dirs, dirHit{at: k, dir: d, relative: true})
			continue
		}
		if seps, ok := lists.dirSep[w]; ok {
			_, b := sc.clauseRange(sc.clause[k])
			b = min(b, k+subjectWindow)
			found := false
			for _, s := range seps {
				for m := k + 1; m < b && !found; m++ {
					if toks[m].kind == kWord && sc.lower(m) == s.particle {
						sc.dirs = append(sc.dirs, dirHit{at: k, dir: s.dir})
						found = true
					}
				}
			}
			if found {
				continue
			}
		}
		for _, pd := range lists.dirPrefix {
			if strings.HasPrefix(w, pd.prefix) {
				sc.dirs = append(sc.dirs, dirHit{at: k, dir: pd.dir})
				break
			}
		}
	}
}

// particleFollows reports one of the particles as the last word of token
// k's clause, where a separated particle stands ("fällt ... groß aus."),
// so that the preposition in "fiel auf 3 Prozent" does not count.
func (sc *scanner) particleFollows(k int, particles []string) bool {
	_, b := sc.clauseRange(sc.clause[k])
	m := b - 1
	for m > k && sc.toks[m].kind == kPunct {
		m--
	}
	if m <= k || sc.toks[m].kind != kWord {
		return false
	}
	w := sc.lower(m)
	for _, p := range particles {
		if w == p {
			return true
		}
	}
	return false
}

// direction returns the direction of the figure at token i: the nearest
// direction word of its clause, or for a change ("um 5 Prozent") the
// nearest in the sentence. The direction words are in token order, so
// the search walks out from i and stops at the first that applies on each
// side.
func (sc *scanner) direction(i, start int, unit string) string {
	if !sc.dirDone {
		sc.findDirections()
	}
	if len(sc.dirs) == 0 {
		return ""
	}
	rel := unit == fact.UnitPercent || unit == fact.UnitPoints
	end := sc.figEnd
	ok := func(h dirHit) bool { return !(h.relative && !rel) && sc.dirApplies(h, start, end) }
	a, b := sc.clauseRange(sc.clause[i])
	if d := sc.nearestDir(i, a, b, ok); d != "" {
		return d
	}
	if !sc.isWord(start-1, "um") {
		return ""
	}
	return sc.nearestDir(i, 0, len(sc.toks), ok)
}

// maxDirWalk bounds the direction words looked at on each side of a
// figure, so that a sentence full of them stays linear.
const maxDirWalk = 64

// nearestDir returns the direction of the hit nearest to token i among
// those in tokens [a, b) that ok accepts.
func (sc *scanner) nearestDir(i, a, b int, ok func(dirHit) bool) string {
	n := sort.Search(len(sc.dirs), func(k int) bool { return sc.dirs[k].at >= i })
	best, bestD := "", 1<<30
	for k := n - 1; k >= 0 && k >= n-maxDirWalk && sc.dirs[k].at >= a; k-- {
		if ok(sc.dirs[k]) {
			best, bestD = sc.dirs[k].dir, i-sc.dirs[k].at
			break
		}
	}
	for k := n; k < len(sc.dirs) && k < n+maxDirWalk && sc.dirs[k].at < b && sc.dirs[k].at-i < bestD; k++ {
		if ok(sc.dirs[k]) {
			if sc.dirs[k].at-i < bestD {
				best = sc.dirs[k].dir
			}
			break
		}
	}
	return best
}

// dirApplies reports whether direction word h can give the direction of
// a figure whose text is tokens [start, end): a verb anywhere in the
// clause, a noun ("Minus", "Anstieg") only for the figure right after or
// before it ("ein Minus von 3 Prozent", "mit 9 Prozent den stärksten
// Anstieg").
func (sc *scanner) dirApplies(h dirHit, start, end int) bool {
	if !sc.toks[h.at].upper || sc.sentenceStart(h.at) {
		return true
	}
	return h.at < start && start-h.at <= 3 || h.at >= end && h.at-end < 3
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Package dates finds temporal expressions in German text and normalises
// them to ISO 8601, resolving relative ones against the publication date.
//
// Values follow ISO 8601 and, where ISO has no form, the TIMEX2 conventions
// of the ACE and WikiWars corpora:
//
//	2018, 2018-08, 2018-08-07, 2018-08-07T09:38   year, month, day, time
//	2018-W32, 2018-W32-WE                         ISO week, its weekend
//	2018-SP, 2018-SU, 2018-FA, 2018-WI            seasons (Frühjahr ... Winter)
//	2018-Q2, 2018-H1                              quarter, half year
//	199, 19, 1                                    decade (1990er), century (20. Jh.), millennium
//	BC0490                                        490 v. Chr.
//	P3D, PT2H, P2W, PXY                           durations; X an unknown amount
//	XXXX-WXX-1                                    a set: montags
//	XXXX-08-07, XXXX-07                           no year known and no anchor
//
// Modifiers are not part of the value: "Ende Juli" is 2018-07, "Anfang
// 2016" is 2016. Parts of the day are dropped ("am Montagabend" is
// 2018-08-06) unless Options.PartOfDay asks for the TIMEX2 form
// (2018-08-06TEV).
//
// Relative expressions are resolved against the publication date in news
// mode, the default: a bare weekday goes by the tense of its clause (see
// clauseTense): "kündigte am Montag an", "hat am Montag angekündigt" and
// "seit Montag" are the nearest Monday on or before it; "wird am Donnerstag",
// "muss am Donnerstag", "ab Donnerstag", "bis Donnerstag" and "Am Donnerstag
// beginnt" the nearest Thursday on or after it; a clause that tells nothing
// keeps the sentence's rule (on or before, unless it speaks of the future).
// "gestern", "im vergangenen Jahr", "vor zwei Wochen" count from it. A part
// of the day alone ("am Abend") is that part of the day last mentioned, or
// of the publication day when the last date was coarser than a day. A month or day without a year takes the year of an explicit year
// earlier in the same sentence, or else of the publication date, moved one
// year back when that would put it more than four months in the future
// (and one forward when more than seven months in the past). Anaphoric
// expressions ("am selben Tag", "zwei Tage später", "am folgenden Tag", a
// time or day alone) count from the date last mentioned, or from the
// publication date when none was.
//
// In narrative mode (Options.AnchorFromText, for histories such as
// WikiWars) every relative expression except the deictic days (heute,
// gestern, morgen) counts from the date last mentioned, as HeidelTime does
// for narratives, and months without a year take that date's year.
//
// Without an anchor a relative expression keeps what can be known: a
// weekday is XXXX-WXX-2, "7. August" is XXXX-08-07, "gestern" has an empty
// Value with Relative set. Vague expressions (kürzlich, bald, damals,
// derzeit, zuletzt, wenig später) have Vague set and an empty Value; they
// are never guessed. "inzwischen" and "mittlerweile" (meanwhile) are not
// reported.
//
// Calendar arithmetic is zone-free; an anchor with a UTC offset is moved
// to Europe/Berlin before its day is taken. time.Local is never used, and
// the output depends only on the input.
package dates

import (
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Options tune extraction beyond the publication date.
type Options struct {
	// Anchor is the publication date or document creation time, ISO 8601,
	// possibly partial ("2018-08", "2018-08-07T09:38+02:00").
	Anchor string
	// AnchorFromText resolves relative expressions against the date last
	// mentioned in the text (narratives, histories), not the Anchor.
	AnchorFromText bool
	// PartOfDay appends TIMEX2 parts of the day (TMO, TAF, TEV, TNI) to
	// day values: "am Montagabend" is 2018-08-06TEV.
	PartOfDay bool
}

// Extract returns the dates of body; published (ISO 8601, possibly partial)
// anchors relative expressions. sents are the sentences of body; with none,
// body is read as one sentence. Dates come in text order.
func Extract(body string, sents []fact.Sentence, published string) []fact.Date {
	return ExtractWith(body, sents, Options{Anchor: published})
}

// ExtractWith is Extract with options.
func ExtractWith(body string, sents []fact.Sentence, opt Options) []fact.Date {
	if body == "" {
		return nil
	}
	if len(sents) == 0 {
		sents = []fact.Sentence{{Index: 0, Start: 0, End: len(body)}}
	}
	r := &resolver{opt: opt, now: parseAnchor(opt.Anchor), sentYear: noYear}
	var out []fact.Date
	toks := make([]tok, 0, 64)
	var exprs []expr
	for _, s := range units(body, sents) {
		start, end := s.Start, s.End
		if need := (end-start)/5 + 16; cap(toks) < need {
			toks = make([]tok, 0, need) // about one token in five bytes: no regrowth
		}
		toks = scan(body, start, end, toks[:0])
		exprs = findAll(toks, exprs[:0])
		r.startSentence()
		// next: tokens before it were checked for sentence ends; open: the
		// first token of the current sentence.
		next, open := 0, 0
		for k := range exprs {
			e := &exprs[k]
			for ; next < e.i; next++ {
				if endsSentence(toks, next) {
					r.startSentence()
					open = next + 1
				}
			}
			// Only a date among the first words of its sentence moves the
			// narrative far: "Am 5. Mai 1940 ...", "Im Frühjahr 1917 ...".
			r.first = e.i-open <= 3
			r.future = (e.weekday > 0 || e.weekend || e.rel == rNone && e.y < 0 && !opt.AnchorFromText) && futureCue(toks, e.i)
			if e.weekday > 0 && e.rel == rNow && e.wdDir == 0 && !opt.AnchorFromText {
				switch weekdayTense(toks, e) {
				case tensePast:
					r.future = false
				case tenseFuture:
					r.future = true
				}
			}
			v, vague, rel := r.resolve(e)
			out = append(out, fact.Date{
				Text: body[e.start:e.end], Start: e.start, End: e.end, Sentence: s.Index,
				Value: v, Vague: vague, Relative: rel,
			})
		}
	}
	return out
}

// units returns the stretches of body to read: the sentences, clipped to
// the body and to each other, and any text between them that no sentence
// covers (read with the index of the sentence before it), so that a date is
// never lost to a gap in the splitting.
func units(body string, sents []fact.Sentence) []fact.Sentence {
	var out []fact.Sentence
	last, idx := 0, 0
	gap := func(from, to, index int) {
		if from < to && strings.TrimSpace(body[from:to]) != "" {
			out = append(out, fact.Sentence{Index: index, Start: from, End: to})
		}
	}
	for _, s := range sents {
		start, end := s.Start, s.End
		if start < last {
			start = last // overlapping sentences: never report a span twice
		}
		if end > len(body) {
			end = len(body)
		}
		if start < 0 || start >= end {
			continue
		}
		gap(last, start, idx)
		out = append(out, fact.Sentence{Index: s.Index, Start: start, End: end})
		last, idx = end, s.Index
	}
	gap(last, len(body), idx)
	return out
}

// findAll parses every expression of one sentence, left to right, longest
// first, and completes ranges ("vom 26. bis 31. August", "Mai/Juni 1940").
func findAll(toks []tok, exprs []expr) []expr {
	p := parser{t: toks}
	lastEnd := 0
	for i := 0; i < len(toks); {
		t := &toks[i]
		trigger := t.kind == tNum || t.kind == tWord && (t.e != nil || t.s[0] >= '0' && t.s[0] <= '9')
		if trigger {
			if e, ok := p.parseAt(i); ok && e.j > i && e.j <= len(toks) {
				if e.i < lastEnd || e.i > i {
					e.i = i
				}
				if e.kind == kPoint && p.is(e.i-1, "ungefähr", "etwa", "circa", "zirka", "gegen") && e.i-1 >= lastEnd {
					e.i--
				}
				// "am selben Tag", "am Abend", "am Tag darauf": the contraction
				// holds the article of a day named without a number; "des
				// Sommers", "den 1990er Jahren" keep their article.
				if first := &toks[e.i]; e.i-1 >= lastEnd && first.e != nil {
					if p.is(e.i-1, "am") && (first.e.class&(cShift|cPart) != 0 || p.is(e.i, "Tag", "Wochenende")) ||
						p.is(e.i-1, "des") && first.e.class&cSeason != 0 {
						e.i--
					}
				}
				if e.dec >= 0 && p.is(e.i-1, "den", "der", "die") && e.i-1 >= lastEnd {
					e.i--
				}
				e.start, e.end = toks[e.i].start, toks[e.j-1].end
				exprs = append(exprs, e)
				lastEnd = e.j
				i = e.j
				continue
			}
		}
		i++
	}
	for k := 1; k < len(exprs); k++ {
		a, b := &exprs[k-1], &exprs[k]
		if a.kind != kPoint || b.kind != kPoint || a.rel != rNone || b.rel != rNone || p.connector(a.j) != b.i && !(p.connector(a.j) >= 0 && p.connector(a.j)+1 == b.i && p.is(b.i-1, "dem", "den", "zum")) {
			continue
		}
		if a.dec >= 0 || a.cen >= 0 || a.dec1 >= 0 || a.mil >= 0 {
			continue
		}
		if a.m < 0 && a.d >= 0 && b.m >= 0 {
			a.m = b.m
		}
		if a.y < 0 && b.y >= 0 && (a.m >= 0 || a.season != "") {
			a.y, a.bc, a.y2, a.explicitY = b.y, b.bc, b.y2, b.explicitY
		}
		if a.y >= 0 && b.bc && !a.bc && a.y > b.y && a.m < 0 {
			a.bc = true
		}
	}
	return exprs
}

// endsSentence reports a full stop, question or exclamation mark after a
// word, or a blank line, at token i: the end of a sentence when the
// splitter gave a larger unit.
func endsSentence(toks []tok, i int) bool {
	t := &toks[i]
	if t.kind == tBreak {
		return true
	}
	if t.kind != tPunct || (t.s != "." && t.s != "!" && t.s != "?") || i == 0 {
		return false
	}
	prev := &toks[i-1]
	if prev.kind == tNum && len(prev.s) == 4 && i+1 < len(toks) {
		// "wie schon 1914. Im Juni ...": a year ends the sentence, unless a
		// month follows the dot of a day (never after four digits).
		next := &toks[i+1]
		return next.kind == tWord && next.upper
	}
	return prev.kind == tWord && len(prev.s) > 3
}

// weekdayTense tells which way a bare weekday points: "seit Mittwoch" back,
// otherwise the tense of its clause (see clauseTense); "ab Donnerstag" and
// "bis Freitag" look ahead unless the clause is in the past.
func weekdayTense(toks []tok, e *expr) int {
	p := parser{t: toks}
	k := e.i - 1
	if p.is(k, "dem", "zum", "den") {
		k--
	}
	switch {
	case p.is(k, "seit"):
		return tensePast
	}
	t := clauseTense(toks, e.i, e.j)
	if t != tensePast && p.is(k, "ab", "bis") {
		return tenseFuture // "bis Donnerstag haben ... abgeholt" looks back
	}
	if t == tenseState {
		return tensePast // "ist am Montag gestorben"
	}
	return t
}

// futureCue reports whether the sentence around token i speaks of the
// future: "wird", "werden", or "soll", "will", "plant" without a perfect
// ("soll gesagt haben" reports the past), and no past tense ("wurde",
// "war", "hatte") beside them. A weekday or month then lies ahead.
func futureCue(toks []tok, i int) bool {
	lo := i
	for lo > 0 && !endsSentence(toks, lo-1) {
		lo--
	}
	future, modal, perfect, past := false, false, false, false
	for k := lo; k < len(toks); k++ {
		if k > i && endsSentence(toks, k) {
			break
		}
		if toks[k].kind != tWord {
			continue
		}
		switch strings.ToLower(toks[k].s) {
		case "wird", "werden":
			future = true
		case "soll", "sollen", "will", "wollen", "plant", "planen", "kündigte", "kündigt":
			modal = true
		case "haben", "hat", "habe", "sein":
			perfect = true
		case "hatte", "hatten", "worden", "gewesen", "war", "waren", "wurde", "wurden":
			past = true
		}
	}
	return !past && (future || modal && !perfect)
}

package dates

import (
	"strings"
)

// Tenses of a clause, as far as a weekday's resolution needs them.
const (
	tenseNone   = iota // the clause says nothing: keep the sentence's rule
	tensePast          // Präteritum, Perfekt, Plusquamperfekt: the last such day
	tenseFuture        // wird, soll, muss, a present with a future sense: the next such day
	tenseState         // sein with a participle: a perfect (ist gekommen) or a state (ist verlängert)
)

// Word classes of lists/tense.txt.
const (
	wPast = 1 << iota
	wFuture
	wModal
	wAux
	wNone
	wSub
	wFunc
)

var tenseWords, preterite, preteriteBase = buildTense()

func buildTense() (map[string]int, map[string]bool, map[string]bool) {
	words := map[string]int{}
	classes := map[string]int{"past": wPast, "future": wFuture, "modal": wModal, "aux": wAux,
		"none": wNone, "sub": wSub, "func": wFunc}
	readList("tense.txt", func(f []string) error {
		if len(f) < 2 || classes[f[1]] == 0 {
			return errBadLine
		}
		words[f[0]] |= classes[f[1]]
		return nil
	})
	pret, base := map[string]bool{}, map[string]bool{}
	readList("preterite.txt", func(f []string) error {
		w := f[0]
		pret[w], base[w] = true, true
		pret[w+"st"] = true
		if strings.HasSuffix(w, "e") {
			pret[w+"n"] = true
		} else {
			pret[w+"en"] = true
		}
		return nil
	})
	return words, pret, base
}

type listError string

func (e listError) Error() string { return string(e) }

const errBadLine = listError("want word<TAB>class")

// inseparable and separable verb prefixes, longest first.
var (
	inseparable = []string{"unter", "über", "wider", "hinter", "miss", "emp", "ent", "zer", "ver", "be", "er", "ge"}
	separable   = []string{"zurück", "zusammen", "statt", "fest", "teil", "auf", "aus", "ein", "mit", "vor", "ab", "an", "zu", "bei", "nach", "los", "weg", "fort"}
)

// strongPast reports a Präteritum form of a strong or irregular verb,
// possibly with a prefix: kam, bekam, entschieden, ankam.
func strongPast(w string) bool {
	if preterite[w] {
		return true
	}
	// With a prefix only the singular: a plural such as "entschieden",
	// "beschlossen" is a participle as well, and ge- makes participles.
	for _, p := range inseparable {
		if p != "ge" && strings.HasPrefix(w, p) && len(w) > len(p)+2 && preteriteBase[w[len(p):]] {
			return true
		}
	}
	for _, p := range separable {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 && preteriteBase[w[len(p):]] {
			return true
		}
	}
	return false
}

// weakPast reports a word whose ending makes it a weak Präteritum
// (sagte, kündigten, arbeitete, führten, mussten), leaving out the endings
// that present forms of verbs with a stem in -t share (berichten, halten,
// warten, leisten, bieten, treten, bedeuten) and Latin adjectives in
// -ante, -ente, -ekte (elegante, prominente, direkte).
func weakPast(w string) bool {
	var stem string // the word without its -te, -ten, -test, -tet
	switch {
	case strings.HasSuffix(w, "ten"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "te"):
		stem = w[:len(w)-2]
	default:
		return false
	}
	if len(stem) < 3 {
		return false
	}
	plural := strings.HasSuffix(w, "n")
	has := func(s ...string) bool {
		for _, x := range s {
			if strings.HasSuffix(stem, x) {
				return true
			}
		}
		return false
	}
	last := stem[len(stem)-1]
	switch {
	case has("ie", "re"): // bieten, treten, biete
		return false
	case has("e"): // arbeitete, meldeten
		return true
	case has("ss"): // musste, passten
		return true
	case has("s", "ß", "t", "d"): // leisten, größte, bitte
		return false
	case has("an", "en") && !has("ien"): // elegante, prominente
		return false
	case has("ek", "ak"): // direkte, exakte
		return false
	case has("al", "el") && !has("iel"): // halten, gelten; spielten
		return false
	case has("ar", "or"): // warten, antworten
		return false
	case has("ch"):
		if !plural {
			return true // machte, brachte; the adjectives are listed
		}
		return has("uch", "och", "brach", "dach", "mach") && !has("euch")
	}
	if last < 0x80 && strings.IndexByte("aiouy", last) >= 0 { // bedeuten, lauten, raten
		return false
	}
	if last >= 0x80 { // ä, ö, ü: the last byte of a multi-byte letter (töten, hüten)
		return false
	}
	return true
}

// participle reports a past participle: gesagt, gekommen, angekündigt,
// aufgerufen, informiert, bestätigt, entschieden.
func participle(w string) bool {
	if len(w) < 5 || !(strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
		return false
	}
	if strings.HasSuffix(w, "iert") {
		return true
	}
	core := w
	for _, p := range separable {
		if strings.HasPrefix(core, p+"ge") && len(core) > len(p)+4 {
			return true
		}
	}
	if strings.HasPrefix(core, "ge") && len(core) >= 6 {
		return true
	}
	for _, p := range inseparable {
		if p != "ge" && strings.HasPrefix(core, p) && len(core) >= len(p)+4 {
			return true
		}
	}
	return false
}

// clauseBounds returns the clause around token i as [lo, hi): the sentence,
// cut at semicolons, colons, dashes and at commas that open
// a subordinate clause (", dass ...", ", der ..."). A clause opened by such
// a comma ends at the next comma.
func clauseBounds(toks []tok, i int) (int, int, bool) {
	isQuote := func(s string) bool {
		switch s {
		case ";", ":", "–", "—":
			return true
		}
		return false
	}
	lo := i
	sub := false
	crossed := -1 // the first plain comma crossed on the way back
	for lo > 0 {
		t := &toks[lo-1]
		if endsSentence(toks, lo-1) || t.kind == tPunct && isQuote(t.s) {
			break
		}
		if t.kind == tPunct && t.s == "," && lo < len(toks) {
			if tenseWords[strings.ToLower(toks[lo].s)]&wSub == 0 {
				if crossed < 0 && verbLike(&toks[lo]) {
					crossed = lo
				}
			} else if crossed >= 0 {
				// "Schulen, die ... wollten, sollen bis Mittwoch ...": the
				// main clause goes on after a clause set into it.
				lo = crossed
				break
			} else {
				sub = true
				break
			}
		}
		lo--
	}
	hi := i
	for hi < len(toks) {
		t := &toks[hi]
		if hi > i && endsSentence(toks, hi) || t.kind == tPunct && isQuote(t.s) && hi > i {
			break
		}
		if t.kind == tPunct && t.s == "," && hi > i {
			if sub || hi+1 < len(toks) && tenseWords[strings.ToLower(toks[hi+1].s)]&wSub != 0 {
				break
			}
		}
		hi++
	}
	return lo, hi, sub
}

// attributive reports a word standing after an article, a pronoun or a
// preposition: an adjective (die geplante Schließung), not a verb.
func attributive(toks []tok, k, lo, hi int) bool {
	prevFunc := k-1 >= lo && toks[k-1].kind == tWord && tenseWords[strings.ToLower(toks[k-1].s)]&wFunc != 0
	if k+1 >= hi || toks[k+1].kind != tWord {
		return false
	}
	next := &toks[k+1]
	if next.upper {
		return prevFunc || participleShaped(toks[k].s)
	}
	return prevFunc && tenseWords[next.s]&(wFunc|wSub|wAux|wPast|wFuture|wModal) == 0
}

// participleShaped reports a word built as a participle: ge-..., an-ge-...
func participleShaped(w string) bool {
	if strings.HasPrefix(w, "ge") {
		return true
	}
	for _, p := range separable {
		if strings.HasPrefix(w, p+"ge") {
			return true
		}
	}
	return false
}

// clauseTense tells the tense of the clause holding the expression at
// tokens [i, j): past when it holds a past form or a perfect (hat ...
// angekündigt, soll ... gesagt haben, hätten ... verabschieden können),
// future when it holds werden, a modal or a plan in the present, or when a
// present verb follows a date that opens a main clause (Am Donnerstag
// beginnt der Streik). A past form outweighs a future one. The clause is
// read by its stretches between commas: the stretch of the date first, then
// those before it (an apposition: "Das kündigte der Chef, Max Muster, am
// Montag an"), then those after it.
func clauseTense(toks []tok, i, j int) int {
	lo, hi, sub := clauseBounds(toks, i)
	// the stretches between commas: [cuts[n], cuts[n+1])
	cuts := []int{lo}
	self := 0
	for k := lo; k < hi; k++ {
		if toks[k].kind == tPunct && toks[k].s == "," || toks[k].kind == tWord && k > lo && k != i-1 &&
			(toks[k].s == "und" || toks[k].s == "oder" || toks[k].s == "aber" || toks[k].s == "sondern") {
			cuts = append(cuts, k+1)
			if k < i {
				self = len(cuts) - 1
			}
		}
	}
	cuts = append(cuts, hi)
	order := []int{self}
	for n := self - 1; n >= 0; n-- {
		order = append(order, n)
	}
	for n := self + 1; n+1 < len(cuts); n++ {
		order = append(order, n)
	}
	if zuInfinitive(toks, cuts[self], cuts[self+1]) {
		return tenseNone // "..., um am Montag zu öffnen": its time is the other clause's
	}
	var ev evidence
	for _, n := range order {
		ev.read(toks, cuts[n], cuts[n+1], i, j, lo, hi)
		// a future with an auxiliary or a participle still unmatched may
		// be a perfect infinitive: "soll ... angerufen und gebeten haben"
		if t := ev.tense(); t != tenseNone && !(t == tenseFuture && (ev.aux || ev.auxSein || ev.part)) {
			return t
		}
	}
	if t := ev.tense(); t != tenseNone {
		return t
	}
	// Verb second: the word right after a date opening a main clause is its
	// finite verb; present, it speaks of what is ahead.
	opens := i == lo || i-lo == 1 && tenseWords[strings.ToLower(toks[lo].s)]&wFunc != 0 // "Am Montag", "Ab Montag"
	if !sub && j < hi && opens {
		if t := &toks[j]; t.kind == tWord && !t.upper && tenseWords[t.s]&(wFunc|wSub|wNone) == 0 && t.e == nil &&
			!participleShaped(t.s) && !strings.HasSuffix(t.s, "enen") &&
			(strings.HasSuffix(t.s, "t") || strings.HasSuffix(t.s, "en") && !strings.HasSuffix(t.s, "ten")) {
			return tenseFuture
		}
	}
	return tenseNone
}

// modalInfinitive reports the infinitive of a modal verb, which stands for
// the participle in a perfect: hat ... verschieben müssen.
func modalInfinitive(w string) bool {
	switch w {
	case "können", "müssen", "dürfen", "wollen", "sollen", "lassen":
		return true
	}
	return false
}

// evidence is what the words of a clause tell of its tense.
type evidence struct {
	past, guessPast, future, aux, auxSein, part, partEn, modalInf bool
}

// tense weighs the evidence: a past form or a perfect (an auxiliary with a
// participle or a modal infinitive) is past; werden or a modal is future.
func (ev *evidence) tense() int {
	switch {
	case ev.past || ev.aux && (ev.part || ev.modalInf):
		return tensePast
	case ev.auxSein && ev.partEn:
		return tensePast // ist gestorben, seien eingegangen
	case ev.future:
		return tenseFuture // a listed werden or modal outweighs a form that only looks past
	case ev.guessPast:
		return tensePast
	case ev.auxSein && ev.part:
		return tenseState
	}
	return tenseNone
}

// read adds the words of toks[from:to] but the expression's [i, j); lo
// and hi bound the clause.
func (ev *evidence) read(toks []tok, from, to, i, j, lo, hi int) {
	for k := from; k < to; k++ {
		if k >= i && k < j {
			continue
		}
		t := &toks[k]
		if t.kind != tWord || t.upper && k > lo {
			continue
		}
		w := t.s
		if t.upper {
			w = strings.ToLower(w)
		}
		c := tenseWords[w]
		if modalInfinitive(w) {
			ev.modalInf = true
		}
		switch {
		case c&wPast != 0:
			ev.past = true
		case c&(wFuture|wModal) != 0:
			ev.future = true
		case c&wAux != 0 && strings.HasPrefix(w, "h"):
			ev.aux = true
		case c&wAux != 0:
			ev.auxSein = true
		case c&(wNone|wFunc|wSub) != 0 || t.upper:
		case attributive(toks, k, lo, hi):
		case strongPast(w):
			ev.past = true
		case weakPast(w):
			ev.guessPast = true // sagte, but also "die bei Kunden beliebte"
		case participle(w):
			ev.part = true
			ev.partEn = ev.partEn || strings.HasSuffix(w, "en")
			// a perfect infinitive: "soll zurückgekehrt sein"
			if k+1 < to && (toks[k+1].s == "haben" || toks[k+1].s == "sein") {
				ev.past = true // a perfect infinitive: "soll zurückgekehrt sein"
			}
		}
	}
}

// zuInfinitive reports a stretch without a finite verb around an infinitive
// with zu: "um sein Geschäft am Montag zu öffnen", "am Freitag anzureisen".
func zuInfinitive(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tWord || t.upper {
			continue
		}
		if tenseWords[t.s]&(wPast|wFuture|wModal|wAux) != 0 {
			return false
		}
		if t.s == "zu" && k+1 < to && toks[k+1].kind == tWord && !toks[k+1].upper && strings.HasSuffix(toks[k+1].s, "en") {
			return true
		}
		for _, p := range separable {
			if strings.HasPrefix(t.s, p+"zu") && strings.HasSuffix(t.s, "en") && len(t.s) > len(p)+5 {
				return true
			}
		}
	}
	return false
}

// verbLike reports a word that may be the finite verb going on with a main
// clause after a clause set into it ("Schulen, die ..., sollen"), not an
// apposition ("X, Bernd Baumann, bis Dienstag").
func verbLike(t *tok) bool {
	if t.kind != tWord || t.upper {
		return false
	}
	c := tenseWords[t.s]
	if c&(wPast|wFuture|wModal|wAux) != 0 {
		return true
	}
	return c == 0 && t.e == nil
}

package check

import (
	"strings"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// prop is a claim prepared for linking: its proposition reduced to what can
// be compared across articles.
type prop struct {
	art     int // index into the articles
	claim   *fact.Claim
	subject string   // canonical key of the subject entity, or "" when unknown
	speaker string   // canonical key of the speaker (or the organisation a descriptor speaks for)
	ents    []string // canonical keys of the entities inside the proposition, subject excluded
	pred    []string // predicate keys: stems and synonym sets
	obj     []string // content stems of the object
	ev      []string // content stems of the evidence, speaker and cues left out
	ante    int      // for a denial pointing back ("wies das zurück"): the claim it denies, else -1
	keys    []string // block keys: the entities above, the subject's head words, the article's main entities
	neg     bool     // the speaker holds the proposition false: denies it, or states its negation
	denies  bool     // the speaker denies it outright (stance denies)
	when    span
	source  string // who the claim comes from, once re-reporting is taken out
	place   bool   // the subject is a place (das Werk in Schweinfurt), not a party
	filled  bool   // predicate and object were filled in from the sentence (thinProposition)
}

// indirect subjects that stand for an organisation or person named elsewhere:
// they leave the subject open rather than naming a different one.
var openSubjects = map[string]bool{
	"er": true, "sie": true, "es": true, "man": true, "dies": true, "das": true,
}

func buildProps(arts []Article, al *aliases, names map[string]bool, top [][]string) []prop {
	// The words of each claim (predicate, object, evidence, negation) take
	// most of the time and need no names: they are worked out on all cores,
	// each article into its own place; the names after, in order.
	first := make([]int, len(arts)+1)
	for ai := range arts {
		first[ai+1] = first[ai] + len(arts[ai].Claims)
	}
	props := make([]prop, first[len(arts)])
	parallel(len(arts), func(ai int) {
		a := &arts[ai]
		when := parseSpan(a.Published)
		for ci := range a.Claims {
			c := &a.Claims[ci]
			p := prop{art: ai, claim: c, when: when}
			p.pred = predicateKeys(c.Predicate)
			p.obj = contentStems(c.Object)
			p.denies = c.Stance == fact.Denies
			p.neg = p.denies || negatedClaim(c)
			p.source = claimSource(a, c)
			p.ev = evidenceStems(c.Evidence, c.Speaker, c.SpeakerOf, c.Cue)
			p.ante = -1
			if p.denies {
				counterStatement(&p)
			}
			thinProposition(&p)
			props[first[ai]+ci] = p
		}
	})
	for i := range props {
		p := &props[i]
		c := p.claim
		p.speaker = al.key(c.Speaker)
		if c.SpeakerOf != "" {
			p.speaker = al.key(c.SpeakerOf)
		}
		p.subject = subjectKey(c.Subject, p.speaker, al, names)
		if p.subject != "" && p.subject == p.speaker && weSpeaker(&arts[p.art], c) {
			// "Wir haben ein Angebot vorgelegt", says a negotiator: we is
			// the side the person speaks for, not the person alone.
			p.subject = ""
		}
		seen := map[string]bool{p.subject: true, "": true}
		for _, e := range c.Entities {
			k := al.key(e)
			if !seen[k] {
				seen[k] = true
				p.ents = append(p.ents, k)
			}
		}
	}
	resolveBackReferences(props)
	for i := range props {
		p := &props[i]
		keys := []string{}
		for _, k := range append([]string{p.subject, p.speaker}, p.ents...) {
			if k != "" {
				keys = appendUnique(keys, k)
			}
		}
		if p.subject == "" {
			for _, st := range contentStems(p.claim.Subject) {
				keys = appendUnique(keys, "~"+st)
			}
		}
		for _, k := range top[p.art] {
			keys = appendUnique(keys, k)
		}
		p.keys = keys
	}
	return props
}

// thinProposition fills in what the extractor left out from the words of
// the claim's sentence: without a predicate, the verbs of the sentence
// (its lower-case words) stand for it, and for an object of one word or
// none the content words of the sentence. A denial keeps its own: what it
// points back at fills it. A proposition filled in so links claims that
// say the same (corroborations, denials), never two statements one of
// them negated, nor dates.
func thinProposition(p *prop) {
	if p.denies {
		return
	}
	if len(p.pred) == 0 && strings.TrimSpace(p.claim.Predicate) == "" {
		l := theLexicon()
		for _, tok := range strings.Fields(p.claim.Evidence) {
			w := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) })
			r := []rune(w)
			if len(r) < 4 || unicode.IsUpper(r[0]) || l.stop[w] || l.cues[stem(w)] {
				continue
			}
			for _, k := range predicateKeys(w) {
				p.pred = appendUnique(p.pred, k)
			}
		}
		if len(p.obj) <= 1 {
			for _, st := range p.ev {
				p.obj = appendUnique(p.obj, st)
			}
		}
		p.filled = true
	}
}

// negatedClaim tells whether a claim states its proposition negated. The
// negation must stand in the clause of the predicate: "Die Stadt wusste
// davon und hat nichts getan" asserts the knowing, "Und als wäre das nicht
// genug: ... soll die Station schließen" the closing. Clauses end at a
// full stop, colon or dash and at und, aber, sondern; a comma does not end
// one ("Es gebe keine Pläne, Stellen zu streichen" stays negated). When the
// predicate is not found in the sentence, the extractor's polarity and the
// object decide.
func negatedClaim(c *fact.Claim) bool {
	if clause, ok := predicateClause(c.Evidence, c.Predicate); ok {
		return negated(clause)
	}
	return c.Polarity == "negative" || negated(c.Object)
}

// predicateClause returns the clause of the sentence that holds the
// predicate, found by its stem or verb lemmas.
func predicateClause(sentence, pred string) (string, bool) {
	keys := predicateKeys(pred)
	if len(keys) == 0 {
		return "", false
	}
	var clause []string
	found := false
	flush := func() bool {
		if found {
			return true
		}
		clause = clause[:0]
		return false
	}
	for _, tok := range strings.Fields(sentence) {
		w := strings.ToLower(strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		switch w {
		case "und", "aber", "sondern", "doch":
			if flush() {
				return strings.Join(clause, " "), true
			}
			continue
		}
		clause = append(clause, w)
		if w != "" && !found && shareKey(predicateKeys(w), keys) {
			found = true
		}
		if strings.ContainsAny(tok, ".:!?;–") && !strings.ContainsAny(strings.TrimRight(tok, ".:!?;–\"“”'»«"), ".:!?;–") {
			if flush() {
				return strings.Join(clause, " "), true
			}
		}
	}
	if found {
		return strings.Join(clause, " "), true
	}
	return "", false
}

// negated tells whether s holds a negation word: nicht, kein, nie, ...
func negated(s string) bool {
	for w := range eachWord(s) {
		switch w {
		case "nicht", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "weder", "keineswegs":
			return true
		}
	}
	return false
}

// backWindow is how far before a denial (in bytes of the body) the claim it
// points back at may start.
const backWindow = 600

// resolveBackReferences gives a denial that only points back ("die
// Regierung wies die Darstellung zurück") the proposition of the claim
// before it in the same article, by another speaker, that it denies.
func resolveBackReferences(props []prop) {
	for i := range props {
		p := &props[i]
		if p.claim.Stance != fact.Denies {
			continue
		}
		// Only a denial whose sentence says little of its own points back:
		// "wies das zurück", not "bestreitet, dass die Erwärmung die
		// Hauptursache ist" with an object the extractor missed.
		if len(p.ev) >= 3 {
			continue
		}
		if p.subject != "" && p.subject != p.speaker && ownPredicate(p) {
			continue // "Berichte, wonach Tamana eingeschläfert worden sei, seien falsch": it names what it denies
		}
		if !refersBack(p.claim.Object) && !refersBack(p.claim.Subject) && !hasWord(p.claim.Evidence, theLexicon().refer) {
			continue // "bestreitet, ein Rassist zu sein": it denies what it says itself
		}
		own := 0
		for _, st := range p.obj {
			if !theLexicon().refer[st] {
				own++
			}
		}
		if own >= 2 || (own > 0 && !refersBack(p.claim.Object) && !refersBack(p.claim.Subject)) {
			continue
		}
		// What the denier says it denies: its own words and those of what it
		// says next ("Es gebe keine Pläne, Lehrerstellen zu streichen").
		context := append([]string(nil), p.ev...)
		for j := i + 1; j < len(props) && props[j].art == p.art; j++ {
			q := &props[j]
			if q.speaker == p.speaker && q.claim.Start > p.claim.Start && q.claim.Start-p.claim.Start <= backWindow {
				context = append(context, q.ev...)
				context = append(context, q.obj...)
				break
			}
		}
		best, bestScore := -1, -1
		for j := i - 1; j >= 0 && props[j].art == p.art; j-- {
			q := &props[j]
			if q.claim.Start >= p.claim.Start || p.claim.Start-q.claim.Start > backWindow {
				continue
			}
			if q.neg || q.speaker == p.speaker || q.ante >= 0 {
				continue
			}
			// The claim most like what the denier says, else the closest.
			score := matchCount(q.ev, context)
			if score > 0 && p.speaker != "" && (q.subject == p.speaker || contains(q.ents, p.speaker)) {
				score++ // a claim about the denier, that says something alike
			}
			if best < 0 || score > bestScore || (score == bestScore && q.claim.Start > props[best].claim.Start) {
				best, bestScore = j, score
			}
		}
		if best < 0 {
			continue
		}
		q := &props[best]
		p.ante = best
		p.subject, p.ents, p.pred, p.obj, p.ev = q.subject, q.ents, q.pred, q.obj, q.ev
	}
}

// weSpeaker tells whether a claim whose subject is its speaker speaks as
// "wir" (the word in its sentence, "unser" of its object) and the speaker
// is a person named for no organisation: the party meant stays open.
func weSpeaker(a *Article, c *fact.Claim) bool {
	if c.SpeakerOf != "" || c.Speaker == "" {
		return false
	}
	we := false
	for w := range eachWord(c.Subject + " " + c.Evidence) {
		if w == "wir" || w == "uns" {
			we = true
			break
		}
	}
	if !we {
		return false
	}
	for _, e := range a.Entities {
		if e.Type == fact.PER && e.Name == c.Speaker {
			return true
		}
	}
	return false
}

// ownPredicate tells whether a denial has a predicate of its own, found in
// its sentence, that is no word of saying or denying (zurückweisen,
// dementieren): what it denies is in its own words.
func ownPredicate(p *prop) bool {
	if len(p.pred) == 0 || theLexicon().cues[stem(strings.ToLower(p.claim.Predicate))] {
		return false
	}
	_, ok := predicateClause(p.claim.Evidence, p.claim.Predicate)
	return ok
}

// sameSubject tells whether two subject keys name the same party: equal,
// or one word the first part of the other compound ("stadt" of
// "stadtverwaltung", "kreis" of "kreistag"), five letters or more.
func sameSubject(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && !strings.ContainsAny(a+b, " -") && strings.HasPrefix(b, a)
}

// matchCount counts the words of a that match a word of b (wordsMatch).
func matchCount(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if wordsMatch(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// subjectKey resolves the subject of a proposition to an entity key: a known
// entity named in it, the speaker when the speaker speaks of itself ("wir"),
// or "" when it stays open ("das Unternehmen", "er").
func subjectKey(subject, speaker string, al *aliases, names map[string]bool) string {
	s := strings.TrimSpace(subject)
	if s == "" {
		return ""
	}
	low := strings.ToLower(s)
	if selfPronouns[low] {
		return speaker
	}
	if openSubjects[low] {
		return ""
	}
	if k := al.key(s); names[k] {
		return k
	}
	// A known entity inside a longer subject: "der Internetkonzern Facebook".
	f := strings.Fields(s)
	for n := len(f); n >= 1; n-- {
		for i := 0; i+n <= len(f); i++ {
			if k := al.key(strings.Join(f[i:i+n], " ")); names[k] {
				return k
			}
		}
	}
	return ""
}

// claimSource names who a claim comes from once re-reporting is taken out:
// the original source of its chain of sourcing when that is not the outlet
// itself, else the source a report passes on (its speaker), else the agency
// the article credits, else the article's near-duplicate group, else the
// article itself.
func claimSource(a *Article, c *fact.Claim) string {
	outlet := normName(a.Outlet)
	for i := len(c.Via) - 1; i >= 0; i-- {
		if o := normName(c.Via[i]); o != "" {
			if o != outlet {
				return "via:" + o
			}
			break
		}
	}
	if c.Stance == fact.Reports {
		if s := normName(c.Speaker); s != "" && s != outlet {
			return "via:" + s
		}
	}
	return articleSource(a)
}

// articleSource names the source of an article's own reporting.
func articleSource(a *Article) string {
	for _, cr := range a.Credits {
		if n := normName(cr); n != "" {
			return "credit:" + n
		}
	}
	if a.Group != "" {
		return "group:" + a.Group
	}
	return "article:" + a.ID
}

// unit returns the near-duplicate unit of an article: its group, or itself.
func unit(a *Article) string {
	if a.Group != "" {
		return a.Group
	}
	return a.ID
}

// structured tells whether a claim has a proposition to compare: a
// predicate and an object of two content words or more, or one word and
// entities. An object of one word alone ("dicker", ".") is the extractor
// missing it: such a claim is compared by the words of its sentence.
func (p *prop) structured() bool {
	return len(p.pred) > 0 && (len(p.obj) >= 2 || (len(p.obj) == 1 && len(p.ents) > 0 && !p.thinObject()))
}

// thinObject tells whether the object the extractor found says nothing of
// its own: empty, or starting with a lower-case word (no noun: "dicker").
func (p *prop) thinObject() bool {
	o := strings.TrimSpace(p.claim.Object)
	r := []rune(o)
	return len(r) == 0 || !unicode.IsUpper(r[0])
}

// sameProposition tells whether two claims say the same thing (up to
// polarity) and how strongly: the subjects agree, the predicates share a
// stem or synonym set, and the objects overlap in content words or named
// entities. The score counts the overlapping words and entities.
func sameProposition(a, b *prop) (int, bool) {
	if a.subject != "" && b.subject != "" && !sameSubject(a.subject, b.subject) {
		return 0, false
	}
	if len(a.pred) == 0 || len(b.pred) == 0 || !shareKey(a.pred, b.pred) {
		return 0, false
	}
	words := overlap(a.obj, b.obj)
	ents := 0
	for _, x := range a.ents {
		for _, y := range b.ents {
			if x == y {
				ents++
				break
			}
		}
	}
	n := words + ents
	if n == 0 {
		// Neither object says anything ("wurde eingeschläfert" against
		// "wurde nicht eingeschläfert"): the predicate and the subject carry
		// the proposition, when the predicates are one verb (a synonym set
		// alone links einstellen with machen), one subject is named, the
		// other names the same or stays open, and they name no different
		// entities.
		if len(a.obj) == 0 && len(b.obj) == 0 && a.pred[0] == b.pred[0] && (a.subject != "" || b.subject != "") &&
			(len(a.ents) == 0 || len(b.ents) == 0) {
			return 1, true
		}
		return 0, false
	}
	small := min(len(a.obj)+len(a.ents), len(b.obj)+len(b.ents))
	// One shared word is enough for short objects ("die Vorwürfe"); longer
	// ones must share a fair part of what they name.
	if n < 2 && small > 3 {
		return 0, false
	}
	if small > 0 && float64(n)/float64(small) < 0.2 {
		return 0, false
	}
	return n, true
}

func shareKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// sameByEvidence is the fallback for claims whose proposition the extractor
// left thin: the words of their sentences (speaker and cues left out) must
// overlap in at least three content words and two fifths of the shorter.
func sameByEvidence(a, b *prop) (int, bool) {
	return sameByEvidencePlus(a, b, 0)
}

// denierNamed is 1 when one of the claims denies, its speaker is named in
// the other and both speak of one act (sameVerb), what a denial of a report about oneself looks like
// ("Deters wies Berichte zurück, er habe ... erwogen" against a report
// naming Deters): the name counts as one more shared word. Else 0.
func denierNamed(a, b *prop) int {
	for _, pq := range [2][2]*prop{{a, b}, {b, a}} {
		p, q := pq[0], pq[1]
		if p.denies && !q.denies && p.speaker != "" && (q.subject == p.speaker || contains(q.ents, p.speaker)) && sameVerb(p, q) {
			return 1
		}
	}
	return 0
}

// sameVerb tells whether two claims share a predicate, or the predicate of
// one is a word of the other's sentence ("erwogen" in both): a name and
// words around it are not yet one proposition.
func sameVerb(a, b *prop) bool {
	if shareKey(a.pred, b.pred) {
		return true
	}
	for _, x := range a.pred {
		if contains(b.ev, x) {
			return true
		}
	}
	for _, x := range b.pred {
		if contains(a.ev, x) {
			return true
		}
	}
	return false
}

// sameByEvidencePlus is sameByEvidence with extra shared words counted.
func sameByEvidencePlus(a, b *prop, extra int) (int, bool) {
	if a.subject != "" && b.subject != "" && !sameSubject(a.subject, b.subject) {
		return 0, false
	}
	// Exact stems only: synonyms and compound heads, fair for a predicate and
	// its object, find some overlap between almost any two sentences.
	n := extra
	for _, x := range a.ev {
		if contains(b.ev, x) {
			n++
		}
	}
	if n < 3 || 5*n < 2*min(len(a.ev), len(b.ev)) {
		return 0, false
	}
	return n, true
}

// counterStatement handles a denial that goes on to say what the denier
// holds instead ("Trump hat die Darstellung zurückgewiesen und erklärt, er
// habe viele Millionen Dollar an Steuern gezahlt"): when the predicate the
// extractor found stands in that second statement, the proposition is what
// the denier asserts, not what is denied. The denial keeps only the words
// before it, and no predicate: it points back at what it denies.
func counterStatement(p *prop) {
	ev := p.claim.Evidence
	at := counterStart(ev)
	if at < 0 {
		return
	}
	pk := predicateKeys(p.claim.Predicate)
	if len(pk) == 0 {
		return
	}
	inDenial := false
	for w := range eachWord(ev[:at]) {
		if shareKey(predicateKeys(w), pk) {
			inDenial = true
			break
		}
	}
	if inDenial {
		return
	}
	c := p.claim
	p.pred = nil
	p.obj = contentStems(ev[:at])
	p.ev = evidenceStems(ev[:at], c.Speaker, c.SpeakerOf, c.Cue)
}

// counterStart returns where a sentence goes on with a statement of its
// own after a denial: "und" or "sondern" followed within three words by a
// word of saying (erklärt, betonte, fügte hinzu); -1 when it does not.
func counterStart(s string) int {
	l := theLexicon()
	fields := strings.Fields(s)
	off := 0
	for i, f := range fields {
		at := strings.Index(s[off:], f) + off
		off = at + len(f)
		w := strings.ToLower(strings.Trim(f, ",.;:\"'()"))
		if w != "und" && w != "sondern" {
			continue
		}
		for _, g := range fields[i+1 : min(i+4, len(fields))] {
			st := stem(strings.ToLower(strings.Trim(g, ",.;:\"'()")))
			if l.cues[st] || cueForm(st) {
				return at
			}
		}
	}
	return -1
}

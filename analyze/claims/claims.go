// Package claims finds who says what in German news text: direct quotes,
// reported speech and attributions, with speaker, stance and proposition.
//
// Extraction is rule-based and reads the text in order: direct quotes with
// the cue before or after them; cue verbs of speech, report, confirmation and
// denial (lists/cues.txt) with the speaker in the attribution clause;
// attribution phrases (laut, zufolge, nach Angaben, unter Berufung auf,
// heißt es, wonach, demnach); hearsay (soll ... haben, angeblich); and
// sentences in Konjunktiv I that continue the speech of the claim before.
// Speakers resolve to the document's entities when it has them, else to
// names and descriptors found in the text; the rules are documented in
// docs/annotating-claims.md.
package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Doc is one analysed article, the input of claim extraction.
type Doc struct {
	ID        string
	Body      string
	Outlet    string
	Credits   []string // credited sources and agencies, from ingest
	Sentences []fact.Sentence
	Entities  []fact.Entity
	Figures   []fact.Figure
	Dates     []fact.Date
}

// UnnamedSource is the speaker of hearsay and of "heißt es" when neither the
// text nor the article's credits name a source. It is a descriptor, not a name.
const UnnamedSource = "unnamed source"

// Modes of attribution.
const (
	ModeDirect      = "direct"       // a quote
	ModeIndirect    = "indirect"     // reported speech: cue verb, Konjunktiv
	ModeAccordingTo = "according_to" // laut, zufolge, nach Angaben, berichtet
	ModeHearsay     = "hearsay"      // soll ... haben, angeblich
	ModeStatement   = "statement"    // confirmation, denial, nach eigenen Angaben
)

// draft is a claim while the document is read.
type draft struct {
	sp           speaker
	stance       string
	partial      bool
	mode         string
	cue          string
	s0, s1       int // evidence: sentences s0..s1
	cStart, cEnd int // the proposition: byte range in the body
	self         bool
	via          []string // relays and original source named in the text
}

type extractor struct {
	doc      Doc
	sents    []span
	mentions []mention
	surnames map[string]string
	claims   []*draft
	last     *draft
	lastSent int
	cur      int
	covered  []bool
	quotes   []quote
	// namesDone: single-word names were looked for (scanNames, on demand)
	namesDone bool
	// inPrevSubject: prevSubject is resolving; resolving may ask for the
	// sentence before again (a team descriptor), which must not recurse
	inPrevSubject bool
	// pending: a speaker whose cue had no content ("X äußerte sich dazu"),
	// in sentence pendingSent, for the Konjunktiv that follows
	pending     speaker
	pendingSent int
}

// inQuote reports whether byte pos lies inside a direct quote.
func (e *extractor) inQuote(pos int) bool {
	lo, hi := 0, len(e.quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if e.quotes[m].end <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(e.quotes) && e.quotes[lo].start < pos && pos < e.quotes[lo].end
}

// Extract returns the claims of doc, in the order of the text.
func Extract(doc Doc) []fact.Claim {
	if strings.TrimSpace(doc.Body) == "" {
		return nil
	}
	e := &extractor{doc: doc, surnames: map[string]string{}, lastSent: -10, pendingSent: -10}
	e.sents = sentenceSpans(doc)
	e.covered = make([]bool, len(e.sents))
	e.scanMentions()
	quotes := findQuotes(doc.Body)
	e.quotes = quotes
	qi := 0
	for i := range e.sents {
		e.cur = i
		s := e.sents[i]
		for qi < len(quotes) && quotes[qi].start < s.start {
			qi++
		}
		if !e.covered[i] {
			for qj := qi; qj < len(quotes) && quotes[qj].start < s.end; qj++ {
				if e.quoteClaim(quotes[qj]) {
					break
				}
			}
		}
		if !e.covered[i] {
			e.sentence(i)
		}
	}
	e.denials()
	e.resolveUnnamed()
	return e.finish()
}

func (e *extractor) add(d *draft) {
	if d.s1 < d.s0 {
		d.s1 = d.s0
	}
	for _, o := range e.claims {
		if o.s0 == d.s0 && o.s1 == d.s1 && o.sp.name == d.sp.name {
			return
		}
	}
	e.claims = append(e.claims, d)
	e.last = d
	e.lastSent = d.s1
	for k := d.s0; k <= d.s1 && k < len(e.covered); k++ {
		if k > e.cur {
			e.covered[k] = true
		}
	}
}

// isBoundary: tokens that close an attribution clause.
func isBoundary(t tok) bool {
	if t.word {
		return false
	}
	switch t.text {
	case ",", ":", ";", "–", "—", "-", ".", "!", "?", "[", "]":
		return true
	}
	return false
}

func clauseBounds(ts []tok, c int) (lb, rb int) {
	lb = -1
	depth := 0
	for k := c - 1; k >= 0; k-- {
		switch ts[k].text {
		case ")":
			depth++
			continue
		case "(":
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 && (isBoundary(ts[k]) || ts[k].text == "(") && !truncHyphen(ts, k) {
			lb = k
			break
		}
	}
	rb = len(ts)
	depth = 0
	for k := c + 1; k < len(ts); k++ {
		switch ts[k].text {
		case "(":
			depth++
			continue
		case ")":
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 && (isBoundary(ts[k]) || ts[k].lower == "dass" || ts[k].text == ")") && !truncHyphen(ts, k) {
			rb = k
			break
		}
	}
	return lb, rb
}

func countWords(ts []tok) int {
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n
}

// subjectNP is the first noun phrase of ts[a:b] that is not the object of a
// preposition or in the dative.
func subjectNP(ts []tok, a, b int) *phrase {
	for k := a; k < b; k++ {
		t := ts[k]
		if t.text == "(" {
			// "(viele Kämpfer kommen vom Balkan) verwies Kurz": an aside
			for k+1 < b && ts[k+1].text != ")" {
				k++
			}
			continue
		}
		if !t.word {
			continue
		}
		g := t.g()
		if t.lower == "unter" && k+1 < b && ts[k+1].lower == "anderem" {
			k++
			continue
		}
		// "Mehr als jeder Zweite", "Fast die Hälfte", "Rund 200 Ärzte": a
		// quantifier before the subject
		if (t.lower == "mehr" || t.lower == "weniger") && k+1 < b && ts[k+1].lower == "als" {
			k++
			continue
		}
		if (t.lower == "fast" || t.lower == "knapp" || t.lower == "rund" || t.lower == "etwa" || t.lower == "nahezu" || t.lower == "annähernd") && k+1 < b && ts[k+1].word {
			continue
		}
		if subjectSkipQuant(ts, k, b) || t.lower == "während" && k+1 < b && ts[k+1].g() != "det" {
			continue // "Während Kanzler X davon ausging": a conjunction here
		}
		if g == "prep" || t.lower == "gegenüber" || t.lower == "als" && k == a && k+1 < b && (ts[k+1].cap || isAdjLike(ts[k+1])) {
			// "Als Grund nannte der Bürgermeister": "als" and its noun are no subject
			if p := phraseAt(ts, k+1, b); p != nil {
				k = p.b - 1
				// "Zur Lage der Schulen sagte X": a genitive after the object of
				// the preposition belongs to it; "von Grünen und FDP": so does
				// what is joined to it
				for k+1 < b && p.pronoun == "" {
					if ts[k+1].lower == "der" || ts[k+1].lower == "des" {
						g := phraseAt(ts, k+1, b)
						if g == nil {
							break
						}
						k = g.b - 1
						continue
					}
					if (ts[k+1].lower == "und" || ts[k+1].lower == "oder") && k+2 < b {
						g := phraseAt(ts, k+2, b)
						if g == nil || g.pronoun != "" {
							break
						}
						k = g.b - 1
						continue
					}
					break
				}
			}
			continue
		}
		if g == "det" || isNameWord(t) || isPronoun(t.lower) || isAdjLike(t) && k+1 < b && isNameWord(ts[k+1]) {
			p := phraseAt(ts, k, b)
			if p == nil {
				continue
			}
			if p.det == "dem" || p.det == "einem" || p.det == "den" || p.det == "einen" || p.det == "des" || p.det == "eines" || p.pronoun == "ihm" || p.pronoun == "ihnen" || p.pronoun == "" && isTime(p.head()) ||
				p.pronoun == "" && p.gen == nil && amountPhrase(ts, p) ||
				p.det == "der" && p.pronoun == "" && femMedia(p.head().lower) {
				k = p.b - 1
				continue
			}
			if p.pronoun == "" && p.b+1 < b && ts[p.b].lower == "und" && len(nameWords(p)) == 0 {
				// "Die frühere Aufsichtsrätin und jetzige Aufsichtsratschefin
				// Brigitte Ederer warnte": two roles of the one named
				if q := phraseAt(ts, p.b+1, b); q != nil && q.b == b && q.pronoun == "" && len(nameWords(q)) > 0 {
					return q
				}
			}
			return p
		}
	}
	return nil
}

// objectSpeaker is the first noun phrase after a cue that can be its
// speaker: addressees ("der Zeitung", "dem Sender") and phrases after
// prepositions are skipped.
func objectSpeaker(ts []tok, a, b int, class string) *phrase {
	for k := a; k < b; k++ {
		t := ts[k]
		if !t.word || subjectSkipQuant(ts, k, b) {
			continue
		}
		g := t.g()
		if g == "prep" || t.lower == "gegenüber" || t.lower == "als" && k == a && k+1 < b && (ts[k+1].cap || isAdjLike(ts[k+1])) {
			// "Als Grund nannte der Bürgermeister": "als" and its noun are no subject
			if p := phraseAt(ts, k+1, b); p != nil {
				k = p.b - 1
			}
			continue
		}
		if g == "det" || isNameWord(t) || isPronoun(t.lower) || isAdjLike(t) && k+1 < b && isNameWord(ts[k+1]) {
			p := phraseAt(ts, k, len(ts))
			if p == nil {
				continue
			}
			if p.pronoun == "ihm" || p.pronoun == "ihnen" || p.pronoun == "ihr" {
				continue
			}
			if p.det == "dem" || p.det == "einem" || p.det == "den" {
				k = p.b - 1
				continue
			}
			if p.pronoun == "" && class == cueSpeech && (p.det == "der" || p.det == "einer") && lex.media.has(p.head().lower) {
				k = p.b - 1 // "sagte der Zeitung", dative
				continue
			}
			return p
		}
	}
	return nil
}

// particleOK checks a separable particle: it must be the last word of the
// clause ("teilte ... mit"), or, for "sich", anywhere after the verb.
func particleOK(ts []tok, c, lb, rb int, particle string) bool {
	if particle == "" {
		return true
	}
	if strings.HasPrefix(particle, "<") {
		return c > 0 && ts[c-1].lower == particle[1:]
	}
	if particle == "sich" {
		for k := lb + 1; k < rb; k++ {
			if ts[k].lower == "sich" {
				return true
			}
		}
		return false
	}
	depth := 0
	for k := rb - 1; k > c; k-- {
		switch ts[k].text {
		case ")":
			depth++
		case "(":
			depth--
		}
		if ts[k].word && depth == 0 {
			if ts[k].lower == particle {
				return true
			}
			break
		}
	}
	// "richtet Wehsely ihrem Gegenspieler, dem Präsidenten X, aus": the
	// particle closes the sentence after an apposition between commas
	if rb < len(ts) && ts[rb].text == "," {
		last := len(ts) - 1
		for last > rb && !ts[last].word {
			last--
		}
		if last > rb && ts[last].lower == particle && last > 0 && ts[last-1].text == "," {
			return true
		}
	}
	return false
}

func cueRank(class string) int {
	switch class {
	case cueDeny:
		return 3
	case cueConfirm:
		return 2
	}
	return 1
}

// cueAt returns the cue form at ts[c], if any, checking its particle.
func cueAt(ts []tok, c int) (cueForm, bool) {
	t := ts[c]
	if !t.word || t.cap {
		return cueForm{}, false
	}
	if t.info == nil {
		return cueForm{}, false
	}
	if t.lower == "gesagt" && c > 0 {
		switch ts[c-1].lower {
		case "kurz", "anders", "ehrlich", "offen", "gelinde", "besser", "salopp", "vereinfacht", "grob", "wie", "nebenbei":
			return cueForm{}, false // "Kurz gesagt", "wie gesagt": no speaker
		}
	}
	forms := t.info.cues
	if len(forms) == 0 {
		return cueForm{}, false
	}
	lb, rb := clauseBounds(ts, c)
	if c+1 < len(ts) {
		switch ts[c+1].lower {
		case "worden", "werden", "wurde", "wurden", "wird", "werde", "würde", "würden", "sehen", "sieht", "fühlen", "fühlt", "gefühlt", "gesehen":
			return cueForm{}, false // passive or a state: "bestätigt wird", "bestätigt sehen"
		case "sich":
			if strings.HasPrefix(t.lower, "bestätig") {
				return cueForm{}, false // "bestätigt sich": proves true
			}
		}
	}
	for k := lb + 1; k < c; k++ {
		if l := ts[k].lower; (l == "sieht" || l == "sehen" || l == "sah" || l == "fühlt" || l == "fühlte") && strings.HasPrefix(t.lower, "bestätig") {
			return cueForm{}, false // "sieht seine Ideen bestätigt"
		}
	}
	if strings.HasPrefix(t.lower, "erklär") {
		// "sich bereit erklärt", "erklärte sich einverstanden", "für tot erklärt":
		// a declaration of will or status, not of a proposition
		for k := max(lb+1, c-3); k < rb && k <= c+3; k++ {
			switch ts[k].lower {
			case "bereit", "einverstanden", "tot", "ungültig", "gültig", "zuständig", "solidarisch", "bankrott", "insolvent", "unschuldig", "schuldig":
				if k != c {
					return cueForm{}, false
				}
			}
		}
	}
	if c > 0 && c+1 < len(ts) && isNameWord(ts[c+1]) && !ts[c+1].digit {
		// an adjective: "1480 bestätigte Fälle", "labordiagnostisch bestätigte Infektionen"
		prev := ts[c-1]
		if q := phraseAt(ts, c+1, len(ts)); c == 1 && (prev.lower == "das" || prev.lower == "dies") && q != nil && q.pronoun == "" && len(nameWords(q)) > 0 && (len(q.words) >= 2 || lex.roles.has(q.words[0].lower)) {
			// "Das sagte Bundespräsident Heinz Fischer": the demonstrative and a
			// named speaker, not "das erklärte Ziel"
		} else if prev.digit || prev.g() == "det" || numberWord(prev.lower) ||
			prev.word && !prev.cap && prev.g() != "aux" && prev.g() != "adv" && prev.g() != "conj" && prev.g() != "neg" {
			return cueForm{}, false
		}
	}
	if c+1 >= rb || !hasWordBetween(ts, c+1, rb) {
		// verb-final: in a subordinate clause ("..., während X Anzeigen schreibt"),
		// after a modal ("muss Bewerbungen schreiben"), or passive ("wurden gemeldet")
		first := ""
		if lb+1 < len(ts) {
			first = ts[lb+1].lower
		}
		switch first {
		case "wie", "so", "was":
		default:
			switch first {
			case "während", "nachdem", "als", "obwohl", "weil":
				if !(rb+1 < len(ts) && ts[rb].text == "," && ts[rb+1].lower == "dass") {
					return cueForm{}, false
				}
				// "Während Faymann davon ausging, dass ...": the speaker of a
				// subordinate clause with its own dass-clause
			case "wenn", "dass", "ob", "da", "damit", "sodass", "falls", "um":
				return cueForm{}, false
			case "der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher":
				if lb >= 0 && ts[lb].text == "," {
					return cueForm{}, false // a relative clause
				}
			}
			if strings.HasPrefix(t.lower, "ge") || strings.HasPrefix(t.lower, "vorge") {
				// "es wurde X, Y und Z gefordert", "Entwurf wird übermittelt, Y
				// vorgeschlagen": a passive over commas
				for k := 0; k < c; k++ {
					if l := ts[k].lower; l == "dass" || l == "wie" {
						break
					} else if l == "wurde" || l == "wurden" || l == "worden" || l == "wird" || l == "werden" {
						return cueForm{}, false
					}
				}
			}
			for k := lb + 1; k < c; k++ {
				switch ts[k].lower {
				case "wurde", "wurden", "wird", "werden", "worden", "werde", "würde", "würden":
					return cueForm{}, false
				case "ist", "sind", "war", "waren":
					// "Insgesamt sind 1600 Fälle bestätigt": a state, not a speaker's
					// act; "ist dem Eindruck entgegengetreten" is a perfect with sein
					if !seinPerfect(forms) {
						return cueForm{}, false
					}
				case "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen", "möchte", "möchten", "wollte", "wollten", "konnte", "konnten", "musste", "mussten", "sollte", "sollten":
					if strings.HasSuffix(t.lower, "en") {
						return cueForm{}, false
					}
				}
			}
		}
	}
	var best cueForm
	found := false
	for _, f := range forms {
		if f.particle != "" && !particleOK(ts, c, lb, rb, f.particle) {
			continue
		}
		if f.particle == "" && hasParticleForm(forms) && endsWithParticle(ts, c, rb, forms) {
			continue
		}
		if !found || f.particle != "" || cueRank(f.class) > cueRank(best.class) {
			best, found = f, true
		}
	}
	return best, found
}

func hasWordBetween(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if ts[k].word {
			return true
		}
	}
	return false
}

func numberWord(l string) bool {
	switch l {
	case "million", "millionen", "milliarde", "milliarden", "tausend", "hundert", "prozent", "mio", "mrd":
		return true
	}
	return false
}

func hasParticleForm(forms []cueForm) bool {
	for _, f := range forms {
		if f.particle != "" {
			return true
		}
	}
	return false
}

// endsWithParticle: the clause ends with a particle of another verb sharing
// the form ("gab ... zu" is not "gab").
func endsWithParticle(ts []tok, c, rb int, forms []cueForm) bool {
	for k := rb - 1; k > c; k-- {
		if ts[k].word {
			switch ts[k].lower {
			case "zu", "ein", "an", "ab", "auf", "aus", "mit", "vor", "nach", "zurück", "bekannt", "fest", "hinzu", "hervor":
				return true
			}
			return false
		}
	}
	return false
}

// sentence reads one sentence for attributions other than quotes.
func (e *extractor) sentence(i int) {
	s := e.sents[i]
	ts := s.toks
	if len(ts) == 0 {
		return
	}
	made := false
	// cue verbs, strongest first
	var cands []cueCand
	for c := range ts {
		if e.inQuote(ts[c].start) {
			continue
		}
		if f, ok := cueAt(ts, c); ok {
			cands = append(cands, cueCand{c, f})
		}
	}
	// an attribution closing the sentence (", sagte X", ", so X") holds
	// every cue before it
	lastInverted := -1
	for _, cd := range cands {
		if cd.f.class == cueSpeech || cd.f.class == cueReport {
			if lb, _ := clauseBounds(ts, cd.c); lb >= 0 && ts[lb].text == "," && lb+1 == cd.c {
				lastInverted = lb
			}
		}
	}
	closingSo := false
	for k := len(ts) - 2; k > 0 && k >= len(ts)-6; k-- {
		if ts[k].lower == "so" && (ts[k-1].text == "," || isQuoteMark(ts[k-1].text)) {
			closingSo = true
		}
	}
	// an explicit source ("laut X", "X zufolge", "nach Angaben von X")
	// names the speaker even where a verb of saying stands in the content
	if lastInverted < 0 && !closingSo {
		if d := e.attribPhrase(i); d != nil {
			e.add(d)
			made = true
		}
	}
	for pass := 3; pass >= 1 && !made; pass-- {
		for _, cd := range cands {
			if cueRank(cd.f.class) != pass || cd.c < lastInverted {
				continue
			}
			if d := e.cueClaim(i, cd.c, cd.f); d != nil {
				e.add(d)
				made = true
				break
			}
		}
	}
	drStart, drEnd, drNamed, denied := e.deniedReport(i)
	if denied {
		if made && e.last != nil && e.last.s0 <= i && i <= e.last.s1 {
			// "wies Berichte zurück, wonach P", "Gerüchte, dass P, seien
			// haltlos, sagte X": X denies P
			e.last.stance = fact.Denies
			e.last.cStart, e.last.cEnd = drStart, drEnd
		} else if !made {
			if d := e.deniedReportClaim(i, drStart, drEnd); d != nil {
				e.add(d)
				made = true
			}
		}
	}
	if made && e.last != nil && (e.last.stance == fact.Confirms || e.last.stance == fact.Denies) {
		if d := e.reportObject(i); d != nil {
			e.add(d)
		}
	}
	if !made {
		if d := e.passiveAgent(i); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.phraseClaim(i); d != nil {
			e.add(d)
			made = true
		}
	}
	// unnamed reports a speaker rejects are no source of their own
	if !denied || drNamed {
		if d := e.wonach(i); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.possessiveView(i); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.colonHeading(i); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.colonSpeech(i); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.hearsay(i, nil); d != nil {
			e.add(d)
			made = true
		}
	}
	if !made {
		if d := e.continuation(i); d != nil {
			e.add(d)
		}
	}
}

// cueCand is a cue verb found in a sentence: its token and form.
type cueCand struct {
	c int
	f cueForm
}

// contentAround returns the proposition range of a cue at c in sentence i:
// the clause after a colon, comma or "dass", or before the attribution.
// ok is false when the cue has no proposition ("erklärte seinen Rücktritt").
func (e *extractor) contentAround(i, c, lb, rb int, wie bool) (start, end, s0, s1 int, ok bool) {
	s := e.sents[i]
	ts := s.toks
	s0, s1 = i, i
	switch {
	case rb < len(ts) && ts[rb].text == ":":
		if countWords(ts[rb+1:]) >= 2 {
			return ts[rb+1].start, s.end, s0, s1, true
		}
		if i+1 < len(e.sents) {
			n := e.sents[i+1]
			return n.start, n.end, i, i + 1, true
		}
		return 0, 0, 0, 0, false
	case wie:
		if lb >= 0 && countWords(ts[:lb]) >= 3 {
			return s.start, ts[lb].start, s0, s1, true
		}
		if rb < len(ts) && countWords(ts[rb+1:]) >= 3 {
			return ts[rb+1].start, s.end, s0, s1, true
		}
	case lb >= 0 && (ts[lb].text == "," || isQuoteMark(ts[lb].text)) && countWords(ts[:lb]) >= 3:
		return s.start, ts[lb].start, s0, s1, true
	case rb < len(ts) && (ts[rb].text == "," || ts[rb].lower == "dass") && countWords(ts[rb+1:]) >= 3 && !coordinating(ts, rb+1) && !relativeAfter(ts, rb, i > 0 && lb < 0) && !relativeClause(ts, rb):
		return ts[rb].end, s.end, s0, s1, true
	}
	// "Das teilte X mit." / "Das geht aus X hervor.": the sentence before
	if lb < 0 && i > 0 {
		first := ts[0].lower
		if (first == "das" || first == "dieses") && len(ts) > 1 && ts[1].cap {
			return 0, 0, 0, 0, false // "Das Handelsblatt hatte berichtet": an article, not "this"
		}
		if first == "das" || first == "dies" || first == "daraus" || first == "dieses" || first == "so" || first == "dagegen" || first == "dafür" {
			p := e.sents[i-1]
			return p.start, p.end, i - 1, i, true
		}
	}
	return 0, 0, 0, 0, false
}

// relativeAfter reports whether the clause after the comma at rb is a
// relative clause on the speaker ("Das berichtet die dpa, der eine Vorlage
// vorliegt"), not the content: only where the sentence opens with "Das"
// or "Dies" pointing back (demonstrative), and a relative pronoun follows.
func relativeAfter(ts []tok, rb int, back bool) bool {
	if !back || rb+1 >= len(ts) || ts[rb].text != "," || len(ts) == 0 || ts[0].lower != "das" && ts[0].lower != "dies" {
		return false
	}
	switch ts[rb+1].lower {
	case "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches":
		return rb+2 < len(ts) && !ts[rb+2].cap
	}
	return false
}

// relativeClause reports whether a relative pronoun opens the clause after
// the comma at rb ("fand die Hintergründe einer Entwicklung, die sich
// abzeichnet"): a pronoun, not an article, since no noun follows it.
// "das" is left out: "sagte, das sei falsch" is a demonstrative.
func relativeClause(ts []tok, rb int) bool {
	if rb+2 >= len(ts) || ts[rb].text != "," {
		return false
	}
	switch ts[rb+1].lower {
	case "der", "die", "dem", "den", "deren", "dessen", "welche", "welcher":
	default:
		return false
	}
	n := ts[rb+2]
	if !n.word || n.cap || n.digit {
		return false // "sagte, die EU werde": an article before a noun
	}
	if n.g() == "det" {
		switch n.lower {
		case "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "unser", "unsere", "unseren":
			return true // "die ihr Anliegen zum Namen gemacht hat"
		}
		return false // "die weitere Entwicklung", "die anderen Länder": article and adjective
	}
	if isAdjLike(n) && rb+3 < len(ts) && ts[rb+3].cap {
		return false // "die schwache Nachfrage"
	}
	return true
}

// coordinating: the clause after the comma is a new main clause ("...
// gefordert, doch verhängte ein Gericht ...").
func coordinating(ts []tok, k int) bool {
	if k >= len(ts) {
		return false
	}
	switch ts[k].lower {
	case "doch", "aber", "und", "oder", "sondern", "denn", "jedoch", "während", "nachdem", "bevor", "weil", "um":
		return true
	}
	return false
}

// cueClaim builds the claim of a cue verb at ts[c].
func (e *extractor) cueClaim(i, c int, f cueForm) *draft {
	s := e.sents[i]
	ts := s.toks
	lb, rb := clauseBounds(ts, c)
	wie := lb+1 < c && ts[lb+1].lower == "wie"
	if wie && lb+2 == c && f.class == cueReport {
		// "wie berichtet": the outlet's own earlier report
		if e.doc.Outlet == "" {
			return nil
		}
		st, en, s0, s1, ok := e.contentAround(i, c, lb, rb, wie)
		if !ok {
			return nil
		}
		return &draft{sp: speaker{name: e.doc.Outlet, kind: kindMedia}, stance: fact.Reports, mode: ModeAccordingTo, cue: ts[c].text, s0: s0, s1: s1, cStart: st, cEnd: en}
	}
	if lb+1 < c && ts[lb+1].lower == "wer" {
		return nil // "Wer Angaben falsch angibt, muss zahlen": no one in particular
	}
	if (f.lemma == "erwarten" || f.lemma == "finden") && lb+1 < c {
		switch ts[lb+1].lower {
		case "was", "wann", "wo", "wie", "welche", "welcher", "welches", "warum", "weshalb", "wieso":
			return nil // "was die Menschen erwartet": what awaits them, no one's expectation
		}
	}
	var p *phrase
	var via []string
	switch f.class {
	case cueQuote:
		// "zitiert die Zeitung den Polizisten X": the quoted one speaks
		for k := c + 1; k+1 < rb; k++ {
			if ts[k].lower == "zu" && ts[k+1].lower == "sich" {
				return nil // "zitierte ihn zu sich": summoned
			}
		}
		var first *phrase
		for k := c + 1; k < rb && p == nil; k++ {
			if ts[k].g() == "prep" {
				if q := phraseAt(ts, k+1, rb); q != nil {
					k = q.b - 1
				}
				continue
			}
			if q := phraseAt(ts, k, rb); q != nil {
				if first == nil {
					first = q
				} else {
					p = q
				}
				k = q.b - 1
			}
		}
		if p == nil {
			p = first
		} else if first != nil {
			if r := e.resolve(ts, first); r.ok() {
				via = append(via, r.name)
			}
		}
	case cueSource:
		for k := lb + 1; k < rb && p == nil; k++ {
			if ts[k].lower == "aus" {
				// "aus einer am Mittwoch auf der Messe vorgestellten Umfrage des
				// Verbands X": an extended attribute stands between the article
				// and its noun; the noun follows the participle
				if k+2 < rb && ts[k+1].g() == "det" && (ts[k+2].g() == "prep" || ts[k+2].g() == "time" || ts[k+2].g() == "adv" || ts[k+2].digit) {
					for j := k + 3; j+1 < rb && p == nil; j++ {
						if isAdjLike(ts[j]) && !ts[j].cap && isNameWord(ts[j+1]) && ts[j-1].g() != "det" && ts[j-1].g() != "prep" {
							p = phraseAt(ts, j, len(ts))
						}
					}
				}
				for j := k + 1; j < rb && p == nil; j++ {
					if q := phraseAt(ts, j, len(ts)); q != nil && q.pronoun == "" && lex.fn(q.head().lower) != "time" {
						p = q
					}
				}
			}
		}
	default:
		from := lb + 1
		if wie {
			from = lb + 2
		}
		p = subjectNP(ts, from, c)
		if !wie && lb < 0 && from+1 == c && (ts[from].lower == "das" || ts[from].lower == "dies") {
			// "Das sagte X": the demonstrative is the object, X the subject
			p = objectSpeaker(ts, c+1, rb, f.class)
		} else if !wie && lb < 0 && c+1 < rb {
			// the verb second in a main clause: one phrase stands before it, so
			// the subject may follow the verb
			if ts[c+1].lower == "man" {
				// "Die Bauten begründet man damit, dass": "man" speaks
				p = nil
			} else if p != nil && p.a > from && ts[from].g() == "prep" && nominativePronoun(ts[c+1].lower) {
				// "An die Chefs der Länder appellierte sie": "der Länder" is
				// part of the fronted phrase; the pronoun is the subject
				p = phraseAt(ts, c+1, rb)
			} else if p != nil && fronted(ts, from, p.a) && (!speakerLike(p) || p.det == "" && len(p.adjs) > 0 && !e.tagged(ts, p)) && !animate(p.head().lower) {
				// "Das Auslaufen begründet der Ausschuss damit, dass": the
				// object stands first, the subject right after the verb
				a := c + 1
				for a+1 < rb && ts[a].g() == "adv" {
					a++ // "Aufklärung fordert auch Joachim Feher"
				}
				if q := phraseAt(ts, a, rb); q != nil && q.pronoun == "" && (speakerLike(q) || a > c+1 && len(nameWords(q)) >= 2) && !lex.rumours.has(q.head().lower) && (q.det == "der" || q.det == "die" || q.det == "das" || q.det == "") {
					p = q
				}
			}
		}
		if p != nil && (f.class == cueConfirm || f.class == cueDeny) && propositionNoun(p.head().lower) || p != nil && p.pronoun == "" && len(p.words) == 1 && pronominal(p.head().lower) {
			// "Letzteres dementierte die Regierung": the object stands first
			// "Gerüchte ... hatte der Verein dementiert": the object stands first
			q := subjectNP(ts, p.b, c)
			if q == nil {
				q = objectSpeaker(ts, c+1, rb, f.class)
			}
			p = q
		}
		var obj *phrase
		if p == nil && lb >= 0 && ts[lb].text == "," && c == lb+1 {
			// "Der Unionsfraktionsvize im Bundestag, Andreas Jung, sagte der
			// Welt": the name before the verb, not the paper it spoke to
			if a := appositionBefore(ts, lb); a != nil {
				p, lb = a, -1
			}
		}
		if p == nil {
			if vp := e.particleSurname(ts, c+1, rb); vp != nil {
				p = vp // "sagte von Stillfried dem Mannheimer Morgen"
			}
		}
		if p == nil {
			obj = objectSpeaker(ts, c+1, rb, f.class)
			if obj != nil && speakerLike(obj) {
				p = obj
			}
		}
		if p == nil && lb >= 0 && ts[lb].text == "," {
			// "Der Vizechef der Fraktion, Jan Korte, forderte ...": an apposition before the verb
			if a := appositionBefore(ts, lb); a != nil {
				p, lb = a, -1
			}
		}
		if p == nil && obj != nil {
			// a name or person after the verb; "rechtfertigt etwas Eigenlob" has none
			if _, ok := e.entityIn(ts[obj.a].start, ts[obj.b-1].end); ok || animate(obj.head().lower) || len(obj.words) >= 2 && allProperNames(obj.words) || e.orgOrRole(stripGenitive(obj.words[0].lower)) || lex.companies.has(obj.words[0].lower) {
				p = obj
			}
		}
		if p == nil && lb > 1 && (ts[lb].text == "-" || ts[lb].text == "–" || ts[lb].text == "—") {
			// "Ulrich Nußbaum - einst Finanzsenator, heute Staatssekretär - hatte
			// kritisiert": the subject before an apposition between dashes
			for j := lb - 1; j > 0; j-- {
				if ts[j].text == ts[lb].text {
					if q := subjectNP(ts, 0, j); q != nil && q.b == j {
						p, lb = q, -1
					}
					break
				}
			}
		}
		if p == nil {
			p = ppSource(ts, from, c)
		}
		if p == nil && lb >= 0 && ts[lb].text == "," && c == lb+1 {
			// "X, Leiter des Y, erklärte, dass ...": the subject before the apposition
			first := 0
			for first < lb && !isBoundary(ts[first]) {
				first++
			}
			if first < lb {
				if a := phraseAt(ts, first+1, lb); a != nil && a.b == lb {
					p = subjectNP(ts, 0, first)
				}
			}
			if p != nil {
				lb = -1
			}
		}
		if p != nil && lb >= 0 && ts[lb].text == "," && relativeStart(ts, lb) {
			// "Der 51-Jährige, der ..., erklärte seinen Rücktritt": not inverted
			if q := subjectNP(ts, 0, 3); q != nil {
				p = q
				lb = -1
			}
		}
	}
	if f.lemma == "sehen" && (p == nil || c > 0 && ts[c-1].lower == "zu" || p.pronoun != "" && p.words == nil && ts[p.a].lower == "es" || c+1 < len(ts) && (ts[c+1].g() == "aux" || ts[c+1].lower == "es") || c > 0 && ts[c-1].g() == "aux" || rb > c+1 && (ts[rb-1].lower == "aus" || ts[rb-1].lower == "zu" || ts[rb-1].lower == "fern" || ts[rb-1].lower == "vor" || ts[rb-1].lower == "ein" || ts[rb-1].lower == "an")) {
		return nil // "sieht man, wohin", "nicht sehen können", "sieht es aus", "sieht ... vor": no view of a speaker
	}
	var sp speaker
	if p == nil {
		// "sagt von der Mülbe": a surname with its particle after the verb,
		// known from its full name before
		k := c + 1
		if k < rb && ts[k].lower == "von" {
			k++
			if k < rb && (ts[k].lower == "der" || ts[k].lower == "den") {
				k++
			}
			if k < rb && isNameWord(ts[k]) {
				if full, ok := e.surnames[ts[k].lower]; ok && strings.Contains(full, " von ") {
					sp = speaker{name: full, kind: kindPerson}
				}
			}
		}
		if !sp.ok() && f.class != cueQuote && f.class != cueSource {
			sp = e.manSpeaker(i, ts, lb, c, rb)
		}
		if !sp.ok() {
			return nil
		}
	} else {
		sp = e.resolve(ts, p)
	}
	if p != nil && (sp.kind == kindDesc || !sp.ok()) && f.class != cueQuote && f.class != cueSource {
		// "Die Ukraine fordert", "Moskau lehnt ab": a country or capital the
		// tagger found, standing as subject, speaks for its government
		if name, ok := e.placeSubject(ts, p, lb); ok {
			sp = speaker{name: name, kind: kindOrg}
		}
	}
	if !sp.ok() {
		return nil
	}
	if p != nil && p.pronoun == "sie" && sp.kind == kindPerson && strings.HasSuffix(ts[c].lower, "en") && !strings.HasSuffix(ts[c].lower, "ien") {
		// "Sie werfen ihr vor": a plural verb, so not the one person named before
		return nil
	}
	if wie && f.class == cueReport && (f.lemma == "berichten" || f.lemma == "melden") && p != nil && sp.kind == kindDesc && p.gen == nil && len(p.words) == 1 && (p.det == "der" || p.det == "die" || p.det == "das") && !lex.rumours.has(p.head().lower) && !isContainer(p.head().lower) {
		// "Wie der Hauptstadtfunk berichtete": what reports in a "wie"
		// clause is a medium, though the lists do not know its name
		sp.kind = kindMedia
	}
	if p != nil && (sp.kind == kindDesc && !speakerLike(p) && !animate(p.head().lower) && p.det != "jeder" && p.det != "jede" && !(quantity(p.head().lower) && p.gen != nil && animate(p.gen.head().lower)) ||
		sp.kind == kindName && p.det == "" && len(p.adjs) > 0 && !animate(p.head().lower) && !e.tagged(ts, p)) {
		// "aufwendige Konstrukte fordern Geduld": a noun with an adjective and
		// no article is no name
		// "die Methode geht davon aus", "Schritte verkündeten die Senatoren":
		// a thing does not speak; the noun is no speaker
		return nil
	}
	d := &draft{sp: sp, cue: ts[c].text, mode: ModeIndirect, s0: i, s1: i, via: via}
	if f.particle != "" && f.particle != "sich" {
		d.cue = ts[c].text + " " + f.particle
	}
	switch f.class {
	case cueConfirm, cueDeny:
		if f.lemma == "zurückweisen" || f.lemma == "abweisen" {
			// "wies die Vorwürfe zurück", not "wies 200 Autos zurück"
			ok := false
			for k := c + 1; k < len(ts); k++ {
				if propositionNoun(ts[k].lower) || ts[k].lower == "dass" || ts[k].lower == "darstellung" || ts[k].lower == "kritik" {
					ok = true
				}
			}
			for k := 0; k < c; k++ {
				if propositionNoun(ts[k].lower) {
					ok = true
				}
			}
			// "Ein Sprecher wies das zurück": what the claim before said
			if c+1 < len(ts) && (ts[c+1].lower == "das" || ts[c+1].lower == "dies") && e.last != nil && e.lastSent >= i-2 {
				ok = true
			}
			if !ok {
				return nil
			}
		}
		if f.lemma == "ablehnen" && !objectClaim(ts, c, lb, rb, f, p) {
			return nil
		}
		d.mode = ModeStatement
		d.stance = fact.Confirms
		if f.class == cueDeny {
			d.stance = fact.Denies
		}
		st, en, s0, s1, ok := e.contentAround(i, c, lb, rb, wie)
		if !ok {
			st, en, s0, s1 = s.start, s.end, i, i // the object is what is confirmed or denied
		}
		d.cStart, d.cEnd, d.s0, d.s1 = st, en, s0, s1
		d.partial = partialNear(ts, c, rb)
	default:
		if (f.lemma == "zeigen" || f.lemma == "sich geben") && !attitude(ts, c, rb) {
			return nil // "zeigt sich am Griff in die Geldbeutel": no attitude of a speaker
		}
		st, en, s0, s1, ok := e.contentAround(i, c, lb, rb, wie)
		if !ok && (f.lemma == "vorwerfen" || f.lemma == "zeigen" || f.lemma == "sich geben") {
			// the accusation is the object; "zeigte sich nicht überzeugt": the
			// attitude is what the speaker states
			st, en, s0, s1, ok = s.start, s.end, i, i, true
		}
		if !ok && objectClaim(ts, c, lb, rb, f, p) {
			// "kritisierte die Führung scharf": the object is the claim, and
			// what follows in Konjunktiv is the speaker's too
			st, en, s0, s1, ok = s.start, s.end, i, i, true
			if sp.kind == kindPerson || isOrgKind(sp.kind) {
				e.pending, e.pendingSent = sp, i
			}
		}
		if !ok {
			if sp.kind == kindPerson || isOrgKind(sp.kind) {
				// "Anders äußerte sich Minister X." with no content: what follows
				// in Konjunktiv is his
				e.pending, e.pendingSent = sp, i
			}
			return nil
		}
		d.cStart, d.cEnd, d.s0, d.s1 = st, en, s0, s1
		d.stance = e.stanceOf(sp, f.class)
		if sp.kind == kindMedia && f.class == cueSpeech && ownVoice(f.lemma) {
			d.stance = fact.Asserts // a medium speaking for itself: "der NDR monierte"
		}
		if f.class == cueReport && (sp.kind == kindName && (f.lemma == "berichten" || f.lemma == "melden") || f.lemma == "erfahren") {
			// "wie X berichtet": X is a medium; "wie X erfuhr": X passes on what it learnt
			d.stance = fact.Reports // "wie X berichtet": X is a medium
		}
		if f.class == cueReport || f.class == cueSource {
			d.mode = ModeAccordingTo
		}
		if e.denyIn(st, en) && sp.kind != kindMedia {
			d.stance = fact.Denies
		}
	}
	// "berichtet X unter Berufung auf Y": Y is the original source
	e.berufung(ts, d)
	return d
}

// objectClaim reports whether the cue verb ts[c], of lists/object.txt,
// states a claim through its noun object alone ("kritisierte die Führung
// scharf", "Den Vorschlag lehnte die Partei ab"): the clause holds words
// besides the verb and its subject p, the word the verb needs follows it
// ("sprach von", "verwies auf"), no negation follows the verb ("nannte
// keine Namen"), and the object is no mere comment or statement ("lehnte
// einen Kommentar ab").
func objectClaim(ts []tok, c, lb, rb int, f cueForm, p *phrase) bool {
	need, ok := lex.objectCue[f.lemma]
	if !ok || p == nil || len(ts) > 0 && ts[len(ts)-1].text == "?" {
		return false
	}
	words, found := 0, need == ""
	final := c+1 >= rb // the verb ends its clause: "hatte auf die Kinder verwiesen"
	for k := lb + 1; k < rb; k++ {
		t := ts[k]
		if k == c || !t.word || p != nil && k >= p.a && k < p.b {
			continue
		}
		if (k > c || final) && t.lower == need {
			found = true
		}
		if k > c && k <= c+2 && t.g() == "neg" && !(k+1 < rb && ts[k+1].lower == "nur") {
			return false // "nannte keine Namen"; "sprach nicht nur von" is no negation
		}
		switch t.lower {
		case "kommentar", "stellungnahme", "auskunft", "auskünfte", "angaben", "details", "einzelheiten", "interview", "äußerung", "sich", "namen", "man", "platz", "rang":
			return false
		}
		if t.g() == "" || t.digit {
			words++
		}
	}
	return found && words >= 2
}

// fronted reports whether the phrase starting at a is the first phrase of
// the clause from `from`: only adjectives, "und", "oder" and commas stand
// before it ("Umfassende und transparente Aufklärung fordert X").
func fronted(ts []tok, from, a int) bool {
	for k := from; k < a; k++ {
		t := ts[k]
		if t.text == "," || t.lower == "und" || t.lower == "oder" || isAdjLike(t) || k == 0 && t.cap && !isNameWord(ts[k+1]) {
			continue
		}
		return false
	}
	return true
}

// placeSubject returns the place the tagger found when p is that place
// alone, first in its clause ("Die Ukraine fordert", "Moskau lehnt ab").
func (e *extractor) placeSubject(ts []tok, p *phrase, lb int) (string, bool) {
	if p.pronoun != "" || len(p.words) != 1 || p.gen != nil || len(p.adjs) > 0 || p.a != lb+1 || p.det != "" && p.det != "die" && p.det != "der" && p.det != "das" {
		return "", false
	}
	w := p.words[0]
	for _, en := range e.doc.Entities {
		if en.Type == fact.LOC && en.Start == w.start && en.End == w.end {
			name := en.Name
			if name == "" {
				name = en.Text
			}
			return name, true
		}
	}
	return "", false
}

// appositionBefore reads "Role (of a body, in a place), Name," before the
// comma at lb: the name in the apposition, or the role when the apposition
// holds no name; nil when the sentence does not open that way.
func appositionBefore(ts []tok, lb int) *phrase {
	first := 0
	for first < lb && !isBoundary(ts[first]) {
		first++
	}
	if first >= lb {
		return nil
	}
	a := phraseAt(ts, first+1, lb)
	if a == nil || a.b != lb && !(a.b < lb && ts[a.b].g() == "prep" && a.pronoun == "" && len(a.words) > 0 && len(nameWords(a)) == 0) {
		return nil // "X, CSU-Fraktionschef im Landtag, forderte": a role may end in a place
	}
	start := 0
	for start < first && ts[start].g() == "adv" {
		start++ // "Auch Thomas Kreuzer, CSU-Fraktionschef, forderte"
	}
	q := phraseAt(ts, start, first)
	if q == nil || q.a != start {
		return nil
	}
	if q.b != first && q.b != lb {
		// "Russlands Botschafter in Indien, X,": a place or body after the role
		if !(q.b < first && ts[q.b].g() == "prep") {
			return nil
		}
	}
	if a.pronoun == "" && len(nameWords(a)) > 0 {
		return a // the name in the apposition
	}
	return q
}

// ownVoice: verbs by which a medium states its own position rather than
// passing on what it learnt.
func ownVoice(lemma string) bool {
	switch lemma {
	case "monieren", "kritisieren", "fordern", "kommentieren", "bemängeln", "beklagen", "appellieren", "mahnen", "warnen", "dementieren", "bestreiten", "zurückweisen", "bestätigen":
		return true
	}
	return false
}

// speakerLike: a phrase that can name a speaker: a pronoun, a name, or a
// role, organisation, company, medium or unnamed source.
func speakerLike(p *phrase) bool {
	if p.pronoun != "" || len(nameWords(p)) > 0 {
		return true
	}
	h := p.head().lower
	if quantity(h) && p.gen != nil {
		return speakerLike(p.gen) || animate(p.gen.head().lower) // "die Hälfte der Befragten"
	}
	if p.det == "des" || p.det == "eines" {
		h = stripGenitive(h) // "des Bundesgerichtshofs"
	}
	return lex.roles.has(h) || lex.roles.has(stripGenitive(h)) || lex.orgs.has(h) || lex.teams.has(h) || lex.companies.has(h) || lex.media.has(h) || lex.unnamed[h] || isContainer(h)
}

// propositionNoun: nouns that name what is confirmed or denied, standing
// first in the sentence as its object.
func propositionNoun(l string) bool {
	switch l {
	case "bericht", "berichte", "gerüchte", "gerücht", "vorwurf", "vorwürfe", "behauptung", "behauptungen",
		"meldung", "meldungen", "darstellung", "spekulationen", "spekulation", "anschuldigung",
		"anschuldigungen", "angaben", "aussagen", "informationen", "kritik", "pläne", "plan", "vorwürfen":
		return true
	}
	return false
}

// ppSource: in a passive clause the source stands in a prepositional
// phrase: "In den Medien wird spekuliert, dass ...".
func ppSource(ts []tok, a, b int) *phrase {
	for k := a; k < b; k++ {
		switch ts[k].lower {
		case "in", "bei", "aus", "seitens", "von":
			if p := phraseAt(ts, k+1, b); p != nil && p.pronoun == "" {
				h := p.head().lower
				if lex.media.has(h) || lex.orgs.has(h) || lex.unnamed[h] || lex.companies.has(h) || pluralSource(h) {
					return p
				}
			}
		}
	}
	return nil
}

// relativeStart reports whether the sentence opens with a noun phrase and a
// relative clause ending at the comma lb: "Der Mann, der ..., erklärte".
func relativeStart(ts []tok, lb int) bool {
	p := phraseAt(ts, 0, lb)
	if p == nil || p.b >= lb || ts[p.b].text != "," || p.b+1 >= lb {
		return false
	}
	for k := p.b + 2; k < lb; k++ {
		if isBoundary(ts[k]) {
			return false // more than one relative clause: the part before lb says something
		}
	}
	switch ts[p.b+1].lower {
	case "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches":
		return true
	}
	return false
}

// stanceOf: media, reports and unnamed sources pass on what they learnt.
func (e *extractor) stanceOf(sp speaker, class string) string {
	if sp.kind == kindMedia || sp.kind == kindUnnamed || lex.unnamed[strings.ToLower(sp.name)] {
		return fact.Reports
	}
	return fact.Asserts
}

// berufung applies "unter (der) Berufung auf Y" in the sentence: a named Y
// becomes the speaker and the relay goes into the chain; an unnamed Y
// (Insider, Kreise) stays in the chain only.
func (e *extractor) berufung(ts []tok, d *draft) {
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].lower != "berufung" || ts[k+1].lower != "auf" {
			continue
		}
		p := phraseAt(ts, k+2, len(ts))
		if p == nil {
			return
		}
		y := e.resolve(ts, p)
		if !y.ok() || y.name == d.sp.name {
			return
		}
		if y.kind == kindUnnamed {
			d.via = append(d.via, d.sp.name, y.name)
			return
		}
		d.via = append(d.via, d.sp.name)
		d.sp = y
		d.stance = e.stanceOf(y, cueReport)
		return
	}
}

func partialNear(ts []tok, c, rb int) bool {
	for k := c - 2; k < rb && k < c+5; k++ {
		if k < 0 {
			continue
		}
		switch ts[k].lower {
		case "teilweise", "teils":
			return true
		case "zum", "in":
			if k+1 < len(ts) && (ts[k+1].lower == "teil" || ts[k+1].lower == "teilen") {
				return true
			}
		}
	}
	return false
}

func phraseMatch(ts []tok, i int, ph []string) bool {
	if i+len(ph) > len(ts) {
		return false
	}
	for k, w := range ph {
		if ts[i+k].lower != w {
			return false
		}
	}
	return true
}

// phraseClaim finds laut X, X zufolge, nach Angaben (von) X, heißt es,
// demnach, and "so X" in sentence i.
func (e *extractor) phraseClaim(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if !t.word {
			continue
		}
		switch t.lower {
		case "laut", "zufolge", "nach", "gemäß", "heißt", "hieß", "es", "demnach", "demzufolge", "so", "aus":
		default:
			continue
		}
		if e.inQuote(t.start) {
			continue
		}
		switch {
		case t.lower == "laut" && k+1 < len(ts) && (ts[k+1].word && (ts[k+1].g() == "det" || isNameWord(ts[k+1]) || isAdjLike(ts[k+1]))):
			p := phraseAt(ts, k+1, len(ts))
			if p == nil || !sourceLike(p) {
				continue
			}
			if p.det == "" && len(p.words) >= 2 && p.gen == nil {
				// "laut Filzmaier Aufträge von Parteien": the name the text or
				// the tagger knows ends the source; the noun after it is the object
				w := p.words[0]
				cut := false
				if _, ok := e.surnames[w.lower]; ok {
					cut = true
				}
				for _, en := range e.doc.Entities {
					if en.Type == fact.PER && en.Start <= w.start && en.End == w.end {
						cut = true
					}
				}
				if cut {
					j := k + 1
					for j < len(ts) && ts[j].start < p.words[1].start {
						j++
					}
					if q := phraseAt(ts, k+1, j); q != nil {
						p = q
					}
				}
			}
			return e.attrib(i, ts, p, t.text, ModeAccordingTo)
		case t.lower == "aus" && k+3 < len(ts) && ts[k+1].lower == "sicht" && (ts[k+2].lower == "der" || ts[k+2].lower == "des" || ts[k+2].lower == "von" || ts[k+2].lower == "vom"):
			// "aus Sicht der EU-Kommission": the view of a named source
			j := k + 2
			if ts[j].lower == "von" {
				j++
			}
			p := phraseAt(ts, j, len(ts))
			if p == nil || p.pronoun != "" || !speakerLike(p) && !animate(p.head().lower) {
				continue
			}
			return e.attrib(i, ts, p, "aus Sicht", ModeAccordingTo)
		case t.lower == "zufolge" && k > 0:
			p := phraseEndingAt(ts, k)
			if p == nil {
				continue
			}
			return e.attrib(i, ts, p, t.text, ModeAccordingTo)
		case t.lower == "nach" && k+2 < len(ts) && e.doc.Outlet != "" && ownResearch(ts, k+1):
			// "Nach unseren Informationen", "nach Informationen unserer
			// Zeitung": the outlet passes on what it learnt
			s := e.sents[i]
			return &draft{sp: speaker{name: e.doc.Outlet, kind: kindMedia}, stance: fact.Reports, mode: ModeAccordingTo, cue: t.text + " " + ts[k+1].text + " " + ts[k+2].text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
		case (t.lower == "nach" || t.lower == "gemäß") && k+1 < len(ts):
			j := k + 1
			self := false
			if ts[j].lower == "eigenen" || ts[j].lower == "eigener" {
				self = true
				j++
			} else if ts[j].g() == "det" && ts[j].lower != "eigenen" {
				j++
			}
			for j < len(ts) && isAdjLike(ts[j]) {
				j++
			}
			if j >= len(ts) || !ts[j].word {
				continue
			}
			hl := ts[j].lower
			if !(isContainer(hl) || containerCompound(hl) || strings.HasSuffix(hl, "angaben") || strings.HasSuffix(hl, "informationen") || pluralSource(hl) || strings.HasSuffix(hl, "bericht")) || (hl == "daten" || hl == "zahlen") && !(j+1 < len(ts) && (ts[j+1].lower == "der" || ts[j+1].lower == "des")) || hl == "sicht" {
				continue
			}
			if self {
				d := e.selfClaim(i, ts, k)
				if d != nil {
					return d
				}
				continue
			}
			p := phraseAt(ts, k+1, len(ts))
			if p == nil {
				continue
			}
			if p.gen == nil && j+1 < len(ts) && (ts[j+1].lower == "von" || ts[j+1].lower == "vom") {
				if g := phraseAt(ts, j+2, len(ts)); g != nil {
					p.gen = g
				}
			}
			if p.gen == nil && isContainer(hl) && (hl == "informationen" || hl == "erkenntnissen") {
				continue
			}
			d := e.attrib(i, ts, p, t.text+" "+ts[j].text, ModeAccordingTo)
			if d != nil && researched(hl) && (p.gen != nil || strings.Contains(hl, "-")) {
				d.stance = fact.Reports // what X learnt: "nach Informationen des X"
			}
			return d
		case (t.lower == "heißt" || t.lower == "hieß") && k+1 < len(ts) && ts[k+1].lower == "es" || (t.lower == "es" && k+1 < len(ts) && (ts[k+1].lower == "heißt" || ts[k+1].lower == "hieß")):
			if k+2 < len(ts) && ts[k+1].lower == "es" && ts[k+2].lower == "nicht" {
				continue
			}
			if ts[len(ts)-1].text == "?" || k > 0 && (ts[k-1].lower == "was" || ts[k-1].lower == "das") {
				continue // "Was heißt es also, wenn ...?", "was es heißt, ein Heimatland zu haben"
			}
			if infinitiveAfter(ts, k+2) {
				continue // "Geht es nach X, heißt es nun warten": one has to
			}
			d := e.heisstEs(i, ts, k)
			if d != nil {
				return d
			}
		case (t.lower == "hieß" || t.lower == "heißt") && k >= 3 && (k+1 >= len(ts) || ts[k+1].lower != "es"):
			if d := e.wieEsHiess(i, ts, k); d != nil {
				return d
			}
		case t.lower == "demnach" || t.lower == "demzufolge":
			if e.last != nil && e.lastSent >= i-2 {
				d := &draft{sp: e.last.sp, stance: e.contStance(), mode: e.last.mode, cue: t.text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
				if d.mode == ModeDirect || d.mode == ModeStatement {
					d.mode = ModeIndirect
				}
				d.via = e.last.via
				return d
			}
			if sp := e.prevSubject(i); sp.ok() && sp.kind != kindName && (e.last == nil || e.lastSent < i-2) {
				// "Surgisphere hat eine Stellungnahme veröffentlicht. Demnach seien
				// die Daten ...": the subject of the sentence before is the source
				return &draft{sp: sp, stance: e.stanceOf(sp, cueReport), mode: ModeAccordingTo, cue: t.text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
			}
		case t.lower == "so" && k > 0 && (ts[k-1].text == "," || isQuoteMark(ts[k-1].text)):
			if d := e.soClaim(i, ts, k); d != nil {
				return d
			}
		}
	}
	return nil
}

// sourceLike: a phrase that can be a source after "laut": a name, a role,
// an organisation, a medium, unnamed sources, or a report of one of these.
func sourceLike(p *phrase) bool {
	if p.pronoun != "" {
		return false
	}
	h := p.head().lower
	if len(nameWords(p)) > 0 {
		return p.det == "" || isProperish(p.head()) || len(p.words) > 1
	}
	if lex.roles.has(h) || lex.orgs.has(h) || lex.media.has(h) || lex.unnamed[h] || lex.companies.has(h) || strings.HasSuffix(h, "angaben") {
		return true
	}
	if p.det == "den" && len(h) > 5 && (lex.orgs.has(strings.TrimSuffix(h, "en")) || lex.orgs.has(strings.TrimSuffix(h, "n"))) {
		return true // "laut den Landesregierungen": the plural of a body
	}
	if p.det != "" && animate(h) && !isTime(p.head()) {
		return true // "laut den Organisatoren", "laut der Ärztin"
	}
	if strings.Contains(h, "-") && isContainer(compoundHead(h)) {
		return true // "laut einer Boku-Studie"
	}
	return isContainer(h) && (p.gen != nil || h == "studie" || h == "umfrage" || h == "analyse")
}

// attribPhrase is phraseClaim for laut, zufolge and nach Angaben only.
func (e *extractor) attribPhrase(i int) *draft {
	ts := e.sents[i].toks
	for k, t := range ts {
		if t.lower == "nach" && k+1 < len(ts) && (researched(ts[k+1].lower) || ownResearch(ts, k+1)) && !e.inQuote(t.start) {
			// "Nach Informationen des X haben die Täter ... gefordert": X
			// passes on what it learnt; the verb is the content's
			if d := e.phraseClaim(i); d != nil && d.stance == fact.Reports && strings.HasPrefix(strings.ToLower(d.cue), "nach ") {
				return d
			}
		}
		if t.lower == "laut" || t.lower == "zufolge" || (t.lower == "nach" || t.lower == "gemäß") && k+1 < len(ts) && (strings.HasSuffix(ts[k+1].lower, "angaben") || k+2 < len(ts) && strings.HasSuffix(ts[k+2].lower, "angaben")) {
			if e.inQuote(t.start) {
				continue
			}
			d := e.phraseClaim(i)
			if d != nil && d.sp.kind != kindMedia && !(d.sp.kind == kindUnnamed && pluralSource(strings.ToLower(lastWord(d.sp.name)))) && (d.mode == ModeAccordingTo || d.mode == ModeHearsay || d.cue == "nach eigenen Angaben") {
				return d
			}
			return nil // a medium relays; a verb of saying names the original speaker
		}
	}
	return nil
}

// passiveAgent: a cue verb in the passive with its agent after "von":
// "Firtasch wird von den USA Korruption vorgeworfen", "Von Praktikern wird
// beklagt, dass ...": the agent is the speaker.
func (e *extractor) passiveAgent(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	if len(ts) == 0 || ts[len(ts)-1].text == "?" {
		return nil
	}
	von, werden := false, false
	for _, t := range ts {
		switch t.lower {
		case "von", "vom":
			von = true
		case "wird", "wurde", "werden", "wurden":
			werden = true
		}
	}
	if !von || !werden {
		return nil
	}
	for c, t := range ts {
		if !t.word || t.cap || t.info == nil || len(t.info.cues) == 0 || e.inQuote(t.start) {
			continue
		}
		var f cueForm
		for _, g := range t.info.cues {
			if g.particle == "" && (f.class == "" || cueRank(g.class) > cueRank(f.class)) {
				f = g // "wird an X erinnert" needs its "daran": no form without a particle
			}
		}
		if f.class == "" {
			continue
		}
		if f.class == cueQuote || f.class == cueSource || f.class == cueReport || strings.HasSuffix(t.lower, "en") && !strings.Contains(t.lower, "ge") || c+1 < len(ts) && ts[c+1].word && ts[c+1].g() != "aux" {
			continue // a participle at the end of its clause: "vorgeworfen", "kritisiert"
		}
		lb, rb := clauseBounds(ts, c)
		if lb >= 0 && lb+1 < c && (ts[lb+1].g() == "det" || ts[lb+1].g() == "prep" && lb+2 < c && (ts[lb+2].g() == "det" || ts[lb+2].lower == "denen")) {
			continue // a relative clause: "der von seiner Regierung erklärt wurde", "bei denen ... gefordert"
		}
		aux := false
		for k := lb + 1; k < rb; k++ {
			switch ts[k].lower {
			case "wird", "wurde", "werden", "wurden":
				aux = true
			}
		}
		if !aux {
			continue
		}
		for k := lb + 1; k < c; k++ {
			if ts[k].lower != "von" && ts[k].lower != "vom" || e.inQuote(ts[k].start) || k > lb+1 && ts[k-1].cap && !isTime(ts[k-1]) && !ts[k-1].digit {
				continue // "der Rücktritt von X": no agent
			}
			// the longest phrase after "von" that can speak: "von der
			// Staatsanwaltschaft Betrug vorgeworfen" ends before the object
			var p *phrase
			for j := c; j > k+1 && p == nil; j-- {
				if q := phraseAt(ts, k+1, j); q != nil && q.b == j && q.pronoun == "" && !isTime(q.head()) && (speakerLike(q) || animate(q.head().lower)) {
					p = q
				}
			}
			if p == nil {
				continue
			}
			// "von den USA Korruption": the name the tagger found ends the phrase
			lastEnt := -1
			for w := p.a; w < p.b; w++ {
				for _, en := range e.doc.Entities {
					if en.Start <= ts[w].start && ts[w].end <= en.End {
						lastEnt = w
					}
				}
			}
			if lastEnt >= 0 && lastEnt+1 < p.b {
				if q := phraseAt(ts, p.a, lastEnt+1); q != nil {
					p = q
				}
			}
			if ts[k].lower == "vom" {
				p.det = "dem"
			}
			sp := e.resolve(ts, p)
			if !sp.ok() || sp.kind == kindDesc && !animate(p.head().lower) {
				continue
			}
			d := &draft{sp: sp, stance: e.stanceOf(sp, f.class), mode: ModeIndirect, cue: ts[c].text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
			switch f.class {
			case cueConfirm:
				d.stance, d.mode = fact.Confirms, ModeStatement
			case cueDeny:
				d.stance, d.mode = fact.Denies, ModeStatement
			}
			return d
		}
	}
	return nil
}

// possessiveView: "Seiner Meinung nach ist ...", "nach ihrer Einschätzung",
// "aus seiner Sicht": the view of the one the possessive points back to.
func (e *extractor) possessiveView(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	if len(ts) == 0 || ts[len(ts)-1].text == "?" || countWords(ts) < 5 {
		return nil
	}
	for k := 0; k+1 < len(ts); k++ {
		t := ts[k]
		if t.lower != "seiner" && t.lower != "ihrer" || e.inQuote(t.start) {
			continue
		}
		switch ts[k+1].lower {
		case "meinung", "ansicht", "einschätzung", "auffassung", "überzeugung", "sicht", "einschätzungen":
		default:
			continue
		}
		post := k+2 < len(ts) && ts[k+2].lower == "nach"
		pre := k > 0 && (ts[k-1].lower == "nach" || ts[k-1].lower == "aus" && ts[k+1].lower == "sicht")
		if !post && !pre {
			continue
		}
		sp := e.resolvePronoun(t.start)
		if !sp.ok() || sp.kind != kindPerson && !isOrgKind(sp.kind) {
			return nil
		}
		cue := t.text + " " + ts[k+1].text
		if post {
			cue += " nach"
		}
		return &draft{sp: sp, stance: fact.Asserts, mode: ModeAccordingTo, cue: cue, s0: i, s1: i, cStart: s.start, cEnd: s.end}
	}
	return nil
}

// contStance is the stance a continuation of the last claim takes.
func (e *extractor) contStance() string {
	if e.last != nil && (e.last.stance == fact.Reports || e.last.sp.kind == kindUnnamed || e.last.sp.kind == kindMedia) {
		return fact.Reports
	}
	return fact.Asserts
}

// phraseEndingAt returns the noun phrase that ends right before ts[k].
func phraseEndingAt(ts []tok, k int) *phrase {
	for a := k - 1; a >= 0 && a >= k-8; a-- {
		if !ts[a].word {
			break
		}
		p := phraseAt(ts, a, k)
		if p != nil && p.b == k {
			// take the longest: keep going left while a phrase still ends at k
			best := p
			for b := a - 1; b >= 0 && b >= k-8; b-- {
				if !ts[b].word {
					break
				}
				if q := phraseAt(ts, b, k); q != nil && q.b == k {
					best = q
				}
			}
			return best
		}
		if ts[a].word && isPronoun(ts[a].lower) && a == k-1 {
			return &phrase{a: a, b: k, pronoun: ts[a].lower}
		}
	}
	return nil
}

// attrib makes the claim of an attribution phrase whose source is p.
func (e *extractor) attrib(i int, ts []tok, p *phrase, cue, mode string) *draft {
	sp := e.resolve(ts, p)
	if !sp.ok() {
		return nil
	}
	s := e.sents[i]
	d := &draft{sp: sp, stance: e.stanceOf(sp, cueReport), mode: mode, cue: cue, s0: i, s1: i, cStart: s.start, cEnd: s.end}
	if hear := e.hearsay(i, d); hear != nil {
		d = hear
	}
	e.berufung(ts, d)
	return d
}

// selfClaim: "X fragt nach eigenen Angaben nicht aktiv nach Y": the
// subject of the sentence speaks about itself.
func (e *extractor) selfClaim(i int, ts []tok, k int) *draft {
	p := subjectNP(ts, 0, k)
	var sp speaker
	if p != nil && p.pronoun != "" {
		// "Weil er nach eigenen Angaben ...": the person the sentence before
		// was about (its first person named, the subject as a rule), else the
		// last person named
		if i > 0 {
			for _, m := range e.mentions {
				if m.pos >= e.sents[i-1].start && m.pos < e.sents[i-1].end && m.kind == kindPerson {
					sp = speaker{name: m.name, kind: kindPerson}
					break
				}
			}
		}
		if !sp.ok() {
			if m, ok := e.lastMention(ts[k].start, false, func(m mention) bool { return m.kind == kindPerson }); ok {
				sp = speaker{name: m.name, kind: kindPerson}
			}
		}
	}
	if p != nil && !sp.ok() {
		sp = e.resolve(ts, p)
	}
	if !sp.ok() {
		if e.last == nil {
			return nil
		}
		sp = e.last.sp
	}
	s := e.sents[i]
	return &draft{sp: sp, stance: fact.Asserts, mode: ModeStatement, cue: "nach eigenen Angaben", s0: i, s1: i, cStart: s.start, cEnd: s.end, self: true}
}

// heisstEs: "..., heißt es (in X | bei X | aus X)".
func (e *extractor) heisstEs(i int, ts []tok, k int) *draft {
	s := e.sents[i]
	cue := ts[k].text + " " + ts[k+1].text
	_, rb := clauseBounds(ts, k+1)
	var sp speaker
	for j := k + 2; j < rb; j++ {
		l := ts[j].lower
		if l == "in" || l == "im" || l == "bei" || l == "beim" || l == "aus" || l == "von" || l == "vom" || l == "seitens" || l == "auf" {
			a := j + 1
			for a < rb && (ts[a].digit || cardinal(ts[a].lower) || ts[a].lower == "einer" || ts[a].lower == "mehreren") && a+1 < rb && ts[a+1].word {
				a++ // "in zwei Entscheidungen des Gerichts"
			}
			if p := phraseAt(ts, a, len(ts)); p != nil {
				if l == "im" || l == "beim" || l == "vom" {
					p.det = "dem"
				}
				if p.gen == nil && decisionNoun(p.head().lower) && p.b+1 < len(ts) {
					// "in zwei Entscheidungen des Oberverwaltungsgerichts": the
					// body that decided speaks
					if g := phraseAt(ts, p.b, len(ts)); g != nil && g.pronoun == "" && (g.det == "des" || g.det == "der" || g.det == "eines") {
						p = g
					}
				}
				sp = e.resolve(ts, p)
				if p.gen == nil && isContainer(p.head().lower) && (p.det == "" || strings.HasPrefix(p.det, "ein")) && i > 0 {
					// "hieß es in gleichlautenden Stellungnahmen": a statement
					// with no holder is of those the sentence before is about
					if r := e.prevSubject(i); r.ok() {
						sp = r
					}
				}
				if sp.kind == kindDesc && p.gen == nil && isContainer(p.head().lower) {
					sp = speaker{}
				}
				break
			}
		}
	}
	if !sp.ok() && k > 1 && (ts[0].lower == "seitens" || ts[0].lower == "aus" || ts[0].lower == "vom" || ts[0].lower == "von") {
		// "Seitens der Gewerkschaft hieß es", "Aus dem Ministerium hieß es"
		if p := phraseAt(ts, 1, k); p != nil && p.pronoun == "" {
			if ts[0].lower == "vom" {
				p.det = "dem"
			}
			sp = e.resolve(ts, p)
		}
	}
	if !sp.ok() && k > 1 && (ts[0].lower == "in" || ts[0].lower == "im" || ts[0].lower == "bei" || ts[0].lower == "beim") {
		// "In der Petition heißt es": the nearest noun before the verb
		for a := k - 1; a > 0 && !sp.ok(); a-- {
			if a > 1 && ts[a-1].g() == "det" && ts[a].cap {
				continue // read "des Bundesgerichtshofs" with its article
			}
			if p := phraseAt(ts, a, k); p != nil && p.b == k && p.pronoun == "" {
				if isContainer(p.head().lower) && p.gen == nil {
					break
				}
				if decisionNoun(p.head().lower) && p.gen == nil {
					break
				}
				if a > 1 && ts[a].g() == "det" && isNameWord(ts[a-1]) && !speakerLike(p) && !animate(p.head().lower) {
					continue // "der Anhörung" in "Im Protokoll der Anhörung": the genitive of the noun before
				}
				sp = e.resolve(ts, p)
			}
		}
	}
	if !sp.ok() && e.last != nil && e.lastSent >= i-2 {
		sp = e.last.sp
	}
	if !sp.ok() {
		for _, m := range e.mentions {
			if m.pos >= e.prevStart(i) && m.pos < s.start && (isOrgKind(m.kind) || m.kind == kindPerson) {
				sp = speaker{name: m.name, kind: m.kind}
				break
			}
		}
	}
	if !sp.ok() {
		sp = speaker{name: UnnamedSource, kind: kindUnnamed}
	}
	start, end, s0, s1 := s.start, s.end, i, i
	if rb < len(ts) && ts[rb].text == "," && countWords(ts[rb+1:]) >= 2 && !e.inQuote(ts[rb].start) {
		// "In der Belegschaft heißt es, die Gebühren sollten steigen": the
		// proposition is what follows the comma
		start = ts[rb+1].start
	}
	if rb < len(ts) && ts[rb].text == ":" && countWords(ts[rb+1:]) < 2 && i+1 < len(e.sents) {
		s1 = i + 1
		end = e.sents[i+1].end
	}
	d := &draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeIndirect, cue: cue, s0: s0, s1: s1, cStart: start, cEnd: end}
	if e.last != nil && sp.name == e.last.sp.name {
		d.stance = e.contStance()
	}
	return d
}

func (e *extractor) prevStart(i int) int {
	if i > 0 {
		return e.sents[i-1].start
	}
	return e.sents[i].start
}

// soClaim: "..., so X." or "„...“, so X weiter".
func (e *extractor) soClaim(i int, ts []tok, k int) *draft {
	p := phraseAt(ts, k+1, len(ts))
	if p == nil || p.pronoun != "" && p.pronoun != "er" && p.pronoun != "sie" {
		return nil
	}
	j := p.b
	if p.gen == nil && p.pronoun == "" && j+1 < len(ts) && (ts[j].lower == "des" || ts[j].lower == "der" || ts[j].lower == "eines" || ts[j].lower == "einer") {
		// "so die Autoren der CDC-Studie": the genitive belongs to the speaker
		if g := phraseAt(ts, j, len(ts)); g != nil && g.pronoun == "" {
			p.gen = g
			p.b = g.b
			j = g.b
		}
	}
	for j < len(ts) && ts[j].word && (ts[j].lower == "weiter" || ts[j].lower == "abschließend" || ts[j].lower == "zuletzt" || ts[j].lower == "damals" || ts[j].g() == "adv") {
		j++
	}
	// ", so X in einer Ansprache.", ", so X am Montag im Interview.": phrases
	// of time and place after the speaker close the sentence
	for k > 0 && ts[k-1].text == "," && j < len(ts) && ts[j].word && (ts[j].g() == "prep" || ts[j].lower == "gegenüber") {
		q := phraseAt(ts, j+1, len(ts))
		if q == nil || q.pronoun != "" {
			break
		}
		j = q.b
	}
	if j < len(ts) && ts[j].word {
		return nil
	}
	if countWords(ts[:k]) < 3 && !(j < len(ts) && ts[j].text == ",") {
		return nil
	}
	sp := e.resolve(ts, p)
	if !sp.ok() {
		return nil
	}
	s := e.sents[i]
	d := &draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeIndirect, cue: "so", s0: i, s1: i, cStart: s.start, cEnd: ts[k].start}
	if e.denyIn(s.start, ts[k].start) {
		d.stance = fact.Denies
	}
	return d
}

// reportObject: "bestätigte ... einen Bericht der Zeitung X": X reports
// what was confirmed or denied.
func (e *extractor) reportObject(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	for k := 0; k < len(ts); k++ {
		if ts[k].lower == "wonach" {
			return nil // wonach gives the report its proposition
		}
	}
	for k := 0; k < len(ts); k++ {
		l := ts[k].lower
		if l != "bericht" && l != "berichte" && l != "meldung" && l != "meldungen" && !strings.HasSuffix(l, "bericht") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if q := phraseAt(ts, j, len(ts)); q != nil && q.gen != nil && q.head().lower == l {
				sp := e.resolve(ts, q)
				if !sp.ok() || sp.name == e.last.sp.name {
					return nil
				}
				return &draft{sp: sp, stance: fact.Reports, mode: ModeAccordingTo, cue: ts[k].text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
			}
		}
	}
	return nil
}

// wonach: "einen Bericht des X, wonach ...": X reports what follows.
func (e *extractor) wonach(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	for k := 1; k < len(ts); k++ {
		if ts[k].lower != "wonach" || ts[k-1].text != "," {
			continue
		}
		p := phraseEndingAt(ts, k-1)
		if p == nil || p.pronoun != "" {
			// "hat einen Zeitungsbericht dementiert, wonach": the nearest report before
			for a := k - 2; a >= 0 && a >= k-10 && p == nil; a-- {
				if q := phraseAt(ts, a, k-1); q != nil && q.pronoun == "" {
					h := q.head().lower
					if lex.media.has(h) || isContainer(h) {
						p = q
					}
				}
			}
			if p == nil {
				return nil
			}
		}
		h := p.head().lower
		if p.gen != nil {
			h = p.words[len(p.words)-1].lower
		}
		if !(lex.media.has(h) || isContainer(h) || lex.mediaName[h]) && p.gen == nil {
			if e.mediaNameIn(ts, p) == "" {
				return nil
			}
		}
		sp := e.resolve(ts, p)
		if !sp.ok() {
			return nil
		}
		return &draft{sp: sp, stance: e.stanceOf(sp, cueReport), mode: ModeAccordingTo, cue: "wonach", s0: i, s1: i, cStart: ts[k].end, cEnd: s.end}
	}
	return nil
}

func (e *extractor) mediaNameIn(ts []tok, p *phrase) string {
	for k := p.a; k < p.b; k++ {
		if m, n := e.mediaAt(ts, k); n > 0 {
			return m
		}
	}
	return ""
}

// colonHeading: "Expertin: ...", "Schleif: „...“", "Und weiter: ..." at the
// start of a sentence.
func (e *extractor) colonHeading(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	c := -1
	for k := 0; k < len(ts) && k < 6; k++ {
		if ts[k].text == ":" {
			c = k
			break
		}
	}
	if c < 1 {
		return nil
	}
	var sp speaker
	if c <= 2 && (ts[c-1].lower == "weiter" || ts[c-1].lower == "ergänzend") {
		if e.last == nil || e.lastSent < i-2 {
			return nil
		}
		sp = e.last.sp
	} else {
		p := phraseAt(ts, 0, c)
		if p == nil || p.b != c || p.pronoun != "" {
			return nil
		}
		h := p.head().lower
		switch {
		case lex.roles.has(h) || lex.media.has(h) || isContainer(h) && p.gen != nil:
			sp = e.resolve(ts, p)
		default:
			nw := nameWords(p)
			if len(nw) == 0 {
				return nil
			}
			name := e.expand(joinWords(nw))
			m, known := e.lastMention(s.end, true, func(m mention) bool {
				return (m.kind == kindPerson || isOrgKind(m.kind)) && (m.name == name || m.kind == kindPerson && strings.HasSuffix(m.name, " "+name)) && (m.pos < s.start || m.pos >= s.end)
			})
			if !known && c == 1 && lex.agencies[strings.ToLower(name)] {
				// "AFP: Arbeiter seit Montag vermisst": an agency heading its report
				sp = speaker{name: name, kind: kindMedia}
			} else if !known {
				return nil // a name seen only here ("Apropos Mikro:") is no speaker
			} else {
				sp = speaker{name: name, kind: kindPerson}
				if m.kind != kindPerson {
					sp.kind = m.kind
				}
			}
		}
	}
	if !sp.ok() {
		return nil
	}
	s1 := i
	start := s.start
	if countWords(ts[c+1:]) < 2 {
		if i+1 >= len(e.sents) {
			return nil
		}
		s1 = i + 1
	} else {
		start = ts[c+1].start
	}
	end := e.sents[s1].end
	if last := e.sents[s1].toks; len(last) > 0 && last[len(last)-1].text == "?" {
		return nil // an interviewer's question
	}
	d := &draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeDirect, cue: ":", s0: i, s1: s1, cStart: start, cEnd: end}
	if e.denyIn(start, end) {
		d.stance = fact.Denies
	}
	return d
}

// hearsay: "soll ... haben", "sollen ... worden sein", "angeblich". With
// base set, the hearsay turns an attribution claim into a hearsay one.
func (e *extractor) hearsay(i int, base *draft) *draft {
	s := e.sents[i]
	ts := s.toks
	cue := ""
	for k := 0; k < len(ts) && cue == ""; k++ {
		l := ts[k].lower
		if (l == "soll" || l == "sollen") && !e.inQuote(ts[k].start) {
			// "soll ... gebeten haben", "sollen ... worden sein": past hearsay
			for j := k + 2; j < len(ts) && j < k+40; j++ {
				lj := ts[j].lower
				end := j+1 >= len(ts) || !ts[j+1].word
				if end && (lj == "haben" || lj == "sein" && (ts[j-1].lower == "gewesen" || ts[j-1].lower == "worden")) {
					cue = ts[k].text
					break
				}
				if lj == "soll" || lj == "sollen" || lj == "dass" {
					break
				}
			}
		}
		if ts[k].info == nil || !ts[k].info.phrase {
			continue
		}
		for _, ph := range lex.hearsay {
			if phraseMatch(ts, k, ph) {
				cue = strings.Join(ph, " ")
			}
		}
	}
	if cue == "" {
		return nil
	}
	if base != nil {
		base.mode = ModeHearsay
		base.stance = fact.Reports
		return base
	}
	var sp speaker
	var via []string
	if e.last != nil && e.lastSent == i-1 {
		sp = e.last.sp
		via = e.last.via
	} else {
		sp = speaker{name: UnnamedSource, kind: kindUnnamed}
	}
	return &draft{sp: sp, stance: fact.Reports, mode: ModeHearsay, cue: cue, s0: i, s1: i, cStart: s.start, cEnd: s.end, via: via}
}

// continuation: a sentence in Konjunktiv I (or II, or in the first person,
// or denying) right after a claim continues its speaker's speech.
func (e *extractor) continuation(i int) *draft {
	if e.pending.ok() && e.pendingSent >= i-2 && e.pendingSent < i && (e.last == nil || e.pendingSent >= e.lastSent) {
		// the speaker who "äußerte sich" without content goes on
		return e.pendingContinuation(i)
	}
	if e.last == nil || e.lastSent >= i || e.lastSent < i-4 {
		return nil
	}
	if e.lastSent < i-1 && !e.resumes(i) {
		return nil
	}
	s := e.sents[i]
	ts := s.toks
	if len(ts) > 0 && ts[len(ts)-1].text == "?" {
		return nil
	}
	// "laut X" covers its own sentence; a new paragraph after it starts
	// afresh (speech introduced by a cue verb may go on over paragraphs)
	if e.last.mode == ModeAccordingTo && strings.Contains(e.doc.Body[e.sents[i-1].end:s.start], "\n\n") {
		return nil
	}
	cue := ""
	stance := e.contStance()
	for k, t := range ts {
		if !t.word || t.cap && k > 0 {
			continue
		}
		if isK1(ts, k) || lex.k2[t.lower] {
			cue = t.text
			break
		}
		if ((t.lower == "wir" || t.lower == "ich") && !e.inQuote(t.start) || (t.lower == "unser" || t.lower == "unsere") && k < 3) && e.last.mode != ModeAccordingTo {
			// "Im Herbst haben wir ...": a first-person subject anywhere; texts
			// without quote marks (10kGNAD drops them) quote this way
			// first person goes on from a speaker who spoke, not from "laut Statistik"
			cue = t.text
			break
		}
	}
	last := e.last
	if last.sp.kind == kindMedia && last.mode == ModeAccordingTo {
		// "Grund sei X, bestätigte der Konzern einen Bericht der Zeitung. Das
		// Klima sei angespannt": the one who confirmed goes on, not the paper
		for k := len(e.claims) - 2; k >= 0 && e.claims[k].s1 == last.s1; k-- {
			if c := e.claims[k]; c.mode == ModeStatement && c.sp.kind != kindMedia {
				last = c
				break
			}
		}
	}
	if e.denyIn(s.start, s.end) && len(ts) < 14 {
		cue = "denial"
		stance = fact.Denies
		for k := len(e.claims) - 1; k >= 0 && e.claims[k].s1 == i-1; k-- {
			if e.claims[k].sp.kind != kindMedia {
				last = e.claims[k]
				break
			}
		}
		if last.sp.kind == kindMedia {
			return nil
		}
	}
	if cue == "" {
		return nil
	}
	if sp, ok := e.dassSubject(ts, cue); ok && sp.name != last.sp.name {
		// "Die Holding hielt dem entgegen, dass ... handle": a named subject
		// before "dass" with a verb the lists do not know speaks itself
		return &draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeIndirect, cue: cue, s0: i, s1: i, cStart: s.start, cEnd: s.end}
	}
	d := &draft{sp: last.sp, stance: stance, mode: ModeIndirect, cue: cue, s0: i, s1: i, cStart: s.start, cEnd: s.end, via: last.via}
	if last != e.last && stance == fact.Reports {
		d.stance = fact.Asserts
	}
	if last.mode == ModeHearsay || last.mode == ModeAccordingTo {
		d.mode = last.mode
	}
	return d
}

// dassSubject: in "X <verb> ..., dass <Konjunktiv>", the named subject X of
// the clause before "dass", when the Konjunktiv cue stands after "dass".
func (e *extractor) dassSubject(ts []tok, cue string) (speaker, bool) {
	dass := -1
	for k, t := range ts {
		if t.lower == "dass" && k > 0 && ts[k-1].text == "," && !e.inQuote(t.start) {
			dass = k
			break
		}
	}
	if dass < 3 {
		return speaker{}, false
	}
	after := false
	for _, t := range ts[dass+1:] {
		if t.text == cue {
			after = true
			break
		}
	}
	if !after {
		return speaker{}, false
	}
	for k := 0; k < dass-1; k++ {
		if isBoundary(ts[k]) {
			return speaker{}, false // one main clause before "dass", no more
		}
	}
	p := subjectNP(ts, 0, dass-1)
	if p == nil || p.pronoun != "" || !speakerLike(p) && !e.tagged(ts, p) {
		return speaker{}, false
	}
	sp := e.resolve(ts, p)
	if !sp.ok() || sp.kind != kindPerson && sp.kind != kindOrg && sp.kind != kindCompany && sp.kind != kindName {
		return speaker{}, false
	}
	return sp, true
}

// isK1 reports whether ts[k] is a Konjunktiv I verb form in reported speech.
func isK1(ts []tok, k int) bool {
	l := ts[k].lower
	if !lex.k1[l] {
		// prefixed forms: "zurückkehre", "verfüge" are listed; "anbiete" -> "biete"
		ok := false
		for _, pre := range []string{"an", "auf", "aus", "ein", "mit", "nach", "vor", "zu", "zurück", "ab", "weiter", "fest", "hin", "her", "dar", "bei", "um", "durch"} {
			if strings.HasPrefix(l, pre) && lex.k1[l[len(pre):]] && len(l)-len(pre) >= 4 {
				ok = true
				break
			}
		}
		if !ok && !k1Guess(ts, k) {
			return false
		}
	}
	if k > 0 && (ts[k-1].lower == "ich" || ts[k-1].lower == "zu") {
		return false
	}
	if k+1 < len(ts) && ts[k+1].lower == "ich" {
		return false
	}
	return true
}

// k1Guess reports whether ts[k], a word the Konjunktiv list does not
// know, has the shape of a Konjunktiv I in -e where a finite verb stands
// ("Der Verdruss rühre daher", "Man beobachte auch"): lower case, not a
// function word, none of the endings of adjectives, adverbs or the weak
// past (-te, -ige, -liche, -ische, -weise ...), not after an article, a
// preposition or a number, and not before a noun (an attributive
// adjective: "neue Regeln", "neue digitale Angebote").
func k1Guess(ts []tok, k int) bool {
	t := ts[k]
	l := t.lower
	if !t.word || t.cap || t.digit || len(l) < 5 || l[len(l)-1] != 'e' || t.info != nil {
		return false
	}
	// the neighbours first: they are cheaper than the endings
	if k > 0 {
		p := ts[k-1]
		if p.digit {
			return false
		}
		switch p.g() {
		case "det", "prep", "neg", "aux":
			return false
		}
		switch p.lower {
		case "sehr", "so", "zu", "ganz", "besonders", "mehr", "immer", "noch", "eher", "recht", "ziemlich", "äußerst", "weniger", "am":
			return false
		}
		if cardinal(p.lower) {
			return false
		}
	}
	if k+1 < len(ts) {
		n := ts[k+1]
		if n.word && n.cap && !n.digit {
			return false
		}
		if n.word && !n.cap && strings.HasSuffix(n.lower, "e") && k+2 < len(ts) && ts[k+2].cap {
			return false // "neue digitale Angebote"
		}
		if (n.lower == "und" || n.lower == "oder" || n.text == ",") && k+2 < len(ts) && !ts[k+2].cap && strings.HasSuffix(ts[k+2].lower, "e") {
			return false // "schnellere und stärkere Abflüsse"
		}
	}
	if lex.notK1[l] {
		return false
	}
	for _, suf := range notK1Endings {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	for j := 0; j < len(l); j++ {
		// a loan word: German writes y and a c outside ch, ck only in them
		if l[j] == 'y' || l[j] == 'c' && (j+1 == len(l) || l[j+1] != 'h' && l[j+1] != 'k') {
			return false
		}
	}
	return true
}

// notK1Endings are endings of lower-case words in -e that are no
// Konjunktiv I: the weak past and participles (-te), adjectives (-ige,
// -liche, -ische, -bare, -same, -lose, -ene, -ende, -nde, -ale, -ive,
// -äre, -ele) and adverbs (-weise).
var notK1Endings = []string{"te", "ige", "liche", "ische", "bare", "same", "lose", "ene", "nde", "ale", "ive", "äre", "ele", "weise", "ie", "ee", "elle", "ane", "ine", "ose", "use", "ate", "ute", "ste"}

// denials applies the rule of docs/annotating-claims.md: a negated
// statement a speaker makes about itself is a denial when the article
// reports, from another source, a claim about that speaker.
func (e *extractor) denials() {
	for _, d := range e.claims {
		if d.stance != fact.Asserts || !d.self {
			continue
		}
		if !e.negatedIn(d.cStart, d.cEnd) {
			continue
		}
		for _, o := range e.claims {
			if o == d || o.sp.name == d.sp.name {
				continue
			}
			if o.stance == fact.Reports && strings.Contains(e.doc.Body[o.cStart:o.cEnd], d.sp.name) {
				d.stance = fact.Denies
				break
			}
		}
	}
}

// toksIn returns the tokens of the sentences inside byte range [start, end);
// within one sentence it is a part of the sentence's tokens, not a copy.
func (e *extractor) toksIn(start, end int) []tok {
	i := e.sentenceOf(start)
	if i < len(e.sents) && end <= e.sents[i].end {
		ts := e.sents[i].toks
		a := sort.Search(len(ts), func(k int) bool { return ts[k].start >= start })
		b := sort.Search(len(ts), func(k int) bool { return ts[k].end > end })
		if a > b {
			a = b
		}
		return ts[a:b]
	}
	var out []tok
	for ; i < len(e.sents) && e.sents[i].start < end; i++ {
		for _, t := range e.sents[i].toks {
			if t.start >= start && t.end <= end {
				out = append(out, t)
			}
		}
	}
	return out
}

func (e *extractor) denyIn(start, end int) bool {
	ts := e.toksIn(start, end)
	for k := range ts {
		if ts[k].info == nil || !ts[k].info.phrase {
			continue
		}
		for _, ph := range lex.deny {
			if phraseMatch(ts, k, ph) {
				return true
			}
		}
	}
	return false
}

func (e *extractor) negatedIn(start, end int) bool {
	return negToks(e.toksIn(start, end))
}

func negToks(ts []tok) bool {
	for k, t := range ts {
		if negWord(t.lower) {
			if t.lower == "nicht" && k+1 < len(ts) && (ts[k+1].lower == "nur" || ts[k+1].lower == "zuletzt") {
				continue
			}
			return true
		}
	}
	return false
}

func negWord(l string) bool {
	switch l {
	case "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "weder", "nirgends", "niemand":
		return true
	}
	return false
}

// finish turns the drafts into claims with propositions, chains and IDs.
func (e *extractor) finish() []fact.Claim {
	out := make([]fact.Claim, 0, len(e.claims))
	for _, d := range e.claims {
		start, end := e.sents[d.s0].start, e.sents[d.s1].end
		if (d.sp.kind == kindPerson || d.sp.kind == kindName) && !strings.Contains(d.sp.name, " ") {
			d.sp.name = e.expand(d.sp.name) // "Silva" after "Luiz Inácio Lula da Silva"
		}
		c := fact.Claim{
			Article:   e.doc.ID,
			Outlet:    e.doc.Outlet,
			Speaker:   d.sp.name,
			SpeakerOf: d.sp.of,
			Stance:    d.stance,
			Partial:   d.partial,
			Mode:      d.mode,
			Cue:       d.cue,
			Evidence:  e.doc.Body[start:end],
			Start:     start,
			End:       end,
		}
		if d.cStart < start || d.cEnd > end || d.cStart >= d.cEnd {
			d.cStart, d.cEnd = start, end
		}
		e.proposition(&c, d)
		c.Via = e.chain(d)
		c.ID = claimID(e.doc.ID, start, end, c.Speaker)
		out = append(out, c)
	}
	return out
}

// chain is the chain of sourcing: the outlet, the credited sources, the
// relays named in the text, and the original source; no name twice.
func (e *extractor) chain(d *draft) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		k := strings.ToLower(strings.TrimSpace(s))
		for _, art := range []string{"the ", "der ", "die ", "das "} {
			k = strings.TrimPrefix(k, art) // "The Guardian" and "Guardian" are one name
		}
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, s)
	}
	add(e.doc.Outlet)
	for _, c := range e.doc.Credits {
		add(c)
	}
	for _, v := range d.via {
		add(v)
	}
	if d.sp.kind == kindMedia || d.sp.kind == kindUnnamed || len(d.via) > 0 {
		add(d.sp.name)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// claimID is stable: derived from the article, the evidence span and the speaker.
func claimID(article string, start, end int, speaker string) string {
	h := sha256.Sum256([]byte(article + "\x00" + strconv.Itoa(start) + "\x00" + strconv.Itoa(end) + "\x00" + speaker))
	return "c" + hex.EncodeToString(h[:8])
}

// femMedia: feminine media nouns, in the dative after "der" ("sagte der
// Zeitung"), never the subject.
func femMedia(l string) bool {
	return strings.HasSuffix(l, "zeitung") || strings.HasSuffix(l, "agentur") || strings.HasSuffix(l, "zeitschrift") || l == "presse" || strings.HasSuffix(l, "redaktion")
}

// isTime reports whether t is a word of time ("Jahr", "Montag").
func isTime(t tok) bool { return t.info != nil && t.info.fn == "time" }

// amountPhrase: "Zwei Millionen Euro", "300 Franken": a sum or count, which
// stands first as an object ("Zwei Millionen Euro hat die Partei investiert").
func amountPhrase(ts []tok, p *phrase) bool {
	first := ts[p.a]
	if first.g() == "det" && p.a+1 < p.b {
		first = ts[p.a+1]
	}
	if !first.digit && !numberWord(first.lower) && !cardinal(first.lower) {
		return false
	}
	switch p.head().lower {
	case "euro", "dollar", "franken", "pfund", "yen", "rubel", "kronen", "cent", "millionen", "milliarden", "million", "milliarde", "tausend":
		return true
	}
	return false
}

func cardinal(l string) bool {
	switch l {
	case "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "mehrere", "einige":
		return true
	}
	return false
}

// animate: nouns of people or groups of people the lists do not hold, by
// their ending ("Kritiker", "Aktivistin", "Studenten", "Demonstranten",
// "Virologen") or as common words ("Eltern", "Frau").
func animate(l string) bool {
	switch l {
	case "mann", "männer", "frau", "frauen", "eltern", "kind", "leute", "menschen", "mutter", "vater", "team", "familie", "paar", "jury", "gericht", "regierung", "opposition", "mehrheit", "seite", "lager", "koalition", "fraktion", "opfer", "angehörige", "angehörigen", "beschäftigte", "beschäftigten", "befragte", "befragten", "betroffene", "betroffenen", "angestellte", "angestellten", "gläubige", "gläubigen", "verdächtige", "verdächtigen", "kollege", "kollegen", "kollegin", "zeuge", "zeugen", "zeugin", "bürgerinnen":
		return true
	}
	for _, suf := range []string{"er", "erin", "erinnen", "ist", "istin", "isten", "ent", "entin", "enten", "ant", "antin", "anten", "loge", "login", "logen", "oge", "ogen", "ogin", "innen", "at", "aten", "or", "oren", "orin", "wirt", "wirtin", "arzt", "ärztin", "mann", "frau"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// tagged reports whether the tagger found an entity inside p.
func (e *extractor) tagged(ts []tok, p *phrase) bool {
	_, ok := e.entityIn(ts[p.a].start, ts[p.b-1].end)
	return ok
}

// truncHyphen: the hyphen of a truncated compound ("Rechts- und
// Kriminalsoziologie", "Schul- und Kitacaterer"), which ends no clause.
func truncHyphen(ts []tok, k int) bool {
	return ts[k].text == "-" && k > 0 && k+1 < len(ts) && ts[k-1].word && ts[k-1].end == ts[k].start &&
		(ts[k+1].lower == "und" || ts[k+1].lower == "oder" || ts[k+1].lower == "bis" || ts[k+1].text == ",")
}

// resumes: a sentence in Konjunktiv I a few sentences after a person's claim
// takes up that person's speech again ("Doskozil bestätigte ... . Details
// wollte er nicht nennen. ... Die Art der Kontrollen hänge davon ab"), when it
// has a Konjunktiv I verb of its own, is no question, and no other person
// or organisation was named in between.
func (e *extractor) resumes(i int) bool {
	switch e.last.sp.kind {
	case kindPerson, kindOrg, kindCompany:
		// an organisation whose spokeswoman spoke goes on as a person does
	default:
		return false
	}
	if e.last.mode == ModeAccordingTo || e.last.mode == ModeHearsay {
		return false
	}
	ts := e.sents[i].toks
	k1 := false
	for k, t := range ts {
		if t.word && !t.cap && isK1(ts, k) || e.last.sp.kind == kindPerson && t.word && (t.lower == "ich" || t.lower == "wir") && !e.inQuote(t.start) {
			k1 = true // or the first person: the quoted one speaks again
			break
		}
	}
	if !k1 || len(ts) > 0 && ts[len(ts)-1].text == "?" {
		return false
	}
	from, to := e.sents[e.lastSent].end, e.sents[i].end
	last := e.last.sp.name
	for _, m := range e.mentions {
		if m.pos >= from && m.pos < to && (m.kind == kindPerson || isOrgKind(m.kind)) && m.name != last && !strings.HasSuffix(last, " "+m.name) {
			return false
		}
	}
	return true
}

// containerCompound: a compound whose last part is a container noun
// ("Markteinschätzung", "Lageanalyse").
func containerCompound(l string) bool {
	for _, suf := range []string{"einschätzung", "schätzung", "analyse", "studie", "umfrage", "berechnungen", "mitteilung", "auswertung", "-infos", "-informationen"} {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// manSpeaker is the speaker of a cue whose subject is "man" ("sagte man im
// Rathaus", "man erklärte"): the place or body named right after it, else
// the one who spoke in the sentences before, else an unnamed source.
func (e *extractor) manSpeaker(i int, ts []tok, lb, c, rb int) speaker {
	k := -1
	if c+1 < rb && ts[c+1].lower == "man" {
		k = c + 1
	} else {
		for j := lb + 1; j < c; j++ {
			if ts[j].lower == "man" {
				k = j
			}
		}
	}
	if k < 0 {
		return speaker{}
	}
	if l := k + 1; l < rb && l < len(ts) {
		switch ts[l].lower {
		case "in", "im", "bei", "beim", "aus", "vom":
			if p := phraseAt(ts, l+1, rb); p != nil && p.pronoun == "" {
				if ts[l].lower == "im" || ts[l].lower == "beim" || ts[l].lower == "vom" {
					p.det = "dem"
				}
				if sp := e.resolve(ts, p); sp.ok() && !isTime(p.head()) && !isContainer(p.head().lower) && !e.placeIs(ts[p.a].start, ts[p.b-1].end) {
					return sp
				}
			}
		}
	}
	if l := lb + 1; l+1 < c {
		// "Im Ministerium zeigt man sich irritiert": the body named first
		switch ts[l].lower {
		case "in", "im", "bei", "beim":
			if p := phraseAt(ts, l+1, c); p != nil && p.pronoun == "" && speakerLike(p) {
				if ts[l].lower == "im" || ts[l].lower == "beim" {
					p.det = "dem"
				}
				if sp := e.resolve(ts, p); sp.ok() && sp.kind != kindDesc && !isTime(p.head()) && !isContainer(p.head().lower) && !e.placeIs(ts[p.a].start, ts[p.b-1].end) {
					return sp
				}
			}
		}
	}
	if sp := e.prevSubject(i); sp.ok() {
		return sp // "Sprecher der Autobauer wollten sich nicht äußern. Man habe aber betont"
	}
	if e.last != nil && e.lastSent >= i-2 {
		return e.last.sp
	}
	return speaker{name: UnnamedSource, kind: kindUnnamed}
}

// prevSubject is the subject of sentence i-1 when it names a speaker (a
// person, a body, a company), for statements whose holder the sentence
// itself leaves open.
func (e *extractor) prevSubject(i int) speaker {
	if i <= 0 || e.inPrevSubject {
		return speaker{}
	}
	e.inPrevSubject = true
	defer func() { e.inPrevSubject = false }()
	pts := e.sents[i-1].toks
	q := subjectNP(pts, 0, len(pts))
	if q == nil || q.pronoun != "" || !speakerLike(q) {
		return speaker{}
	}
	if r := e.resolve(pts, q); r.ok() && r.kind != kindDesc && r.kind != kindUnnamed {
		return r
	}
	return speaker{}
}

// pronominal: capitalised words that stand for a thing or person said
// before ("Letzteres", "Ersterer"), never a name.
func pronominal(l string) bool {
	switch l {
	case "letzteres", "letzterer", "letztere", "letzteren", "ersteres", "erster", "ersterer", "erstere", "ersteren", "beides", "beide", "alles", "vieles", "manches", "einiges", "weiteres", "folgendes", "näheres", "genaueres":
		return true
	}
	return false
}

// seinPerfect: cue verbs whose perfect takes "sein" ("ist entgegengetreten").
func seinPerfect(forms []cueForm) bool {
	for _, f := range forms {
		if strings.HasSuffix(f.lemma, "treten") || strings.HasSuffix(f.lemma, "gehen") || strings.HasSuffix(f.lemma, "kommen") {
			return true
		}
	}
	return false
}

// decisionNoun: what a court, council or authority issues, whose genitive
// holder is the source ("im Urteil des Bundesgerichtshofs heißt es").
func decisionNoun(l string) bool {
	switch l {
	case "urteil", "urteilen", "urteils", "entscheidung", "entscheidungen", "beschluss", "beschlüssen", "beschlusses", "bescheid", "verfügung", "verordnung", "anordnung", "erlass", "gesetzentwurf", "antrag", "anklage", "klageschrift", "gutachten", "weisung", "richtlinie", "empfehlung", "empfehlungen", "resolution":
		return true
	}
	return false
}

// colonSpeech: "Für die Wahl zeigte sich Hofer zuversichtlich: Ich glaube,
// dass ...", "Hofer strahlte: Sechs Monate sei es her": a person named
// before a colon, and after it speech of its own: a quote, the first
// person, or Konjunktiv I. Texts without quote marks (10kGNAD) quote so.
func (e *extractor) colonSpeech(i int) *draft {
	s := e.sents[i]
	if strings.IndexByte(e.doc.Body[s.start:s.end], ':') < 0 {
		return nil
	}
	ts := s.toks
	c := -1
	for k, t := range ts {
		if t.text == ":" && !e.inQuote(t.start) {
			c = k
			break
		}
	}
	if c < 2 || countWords(ts[c+1:]) < 3 || ts[len(ts)-1].text == "?" {
		return nil
	}
	speech := false
	for k := c + 1; k < len(ts); k++ {
		t := ts[k]
		if isQuoteMark(t.text) && k == c+1 || t.word && (t.lower == "ich" || t.lower == "wir" || t.lower == "mein" || t.lower == "meine" || t.lower == "unser" || t.lower == "unsere") || t.word && !t.cap && isK1(ts, k) {
			speech = true
			break
		}
	}
	if !speech && c >= 3 && ts[0].lower == "für" {
		// "Für Wirtschaftsforscher Karl Aiginger ist klar: ..."
		for k := 2; k < c; k++ {
			switch ts[k].lower {
			case "klar", "fest", "sicher", "eindeutig", "ausgemacht", "unbestritten":
				speech = true
			}
		}
	}
	if !speech {
		return nil
	}
	if e.last != nil && e.lastSent >= i-2 && e.lastSent < i && e.last.sp.kind == kindPerson {
		// "Außerdem zeige das Beispiel der X, dass ... bedürfe: „...“": the
		// part before the colon goes on in Konjunktiv; the one speaking
		// before speaks on, not a name inside that part
		for k := 0; k < c; k++ {
			if ts[k].word && !ts[k].cap && isK1(ts, k) && !e.inQuote(ts[k].start) {
				return &draft{sp: e.last.sp, stance: fact.Asserts, mode: ModeIndirect, cue: ts[k].text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
			}
		}
	}
	p := subjectNP(ts, 0, c)
	if p == nil || p.pronoun == "" && len(nameWords(p)) == 0 {
		// the subject after the verb: "Für die Wahl zeigte sich Hofer
		// zuversichtlich", a person the tagger found ("in Richtung Armut",
		// "Hartz IV" are no one)
		p = nil
		for k := 1; k < c && p == nil; k++ {
			if isBoundary(ts[k]) {
				break // a name in a clause set in ("die nach X reisen") is no speaker
			}
			if isNameWord(ts[k]) && ts[k-1].g() != "prep" && ts[k-1].g() != "det" {
				if q := phraseAt(ts, k, c); q != nil && len(nameWords(q)) > 0 && (!e.locDoc() || e.taggedPerson(ts, q)) {
					p = q
				}
			}
		}
	}
	if p == nil {
		return nil
	}
	sp := e.resolve(ts, p)
	if !sp.ok() || sp.kind != kindPerson {
		return nil
	}
	d := &draft{sp: sp, stance: fact.Asserts, mode: ModeDirect, cue: ":", s0: i, s1: i, cStart: ts[c+1].start, cEnd: s.end}
	if e.denyIn(d.cStart, d.cEnd) {
		d.stance = fact.Denies
	}
	return d
}

// wieEsHiess: "Wie es aus dem Innenministerium hieß, sollen ...": the body
// after the preposition says what the rest of the sentence holds.
func (e *extractor) wieEsHiess(i int, ts []tok, k int) *draft {
	j := -1
	for a := k - 2; a >= 0; a-- {
		if isBoundary(ts[a]) {
			break
		}
		if ts[a].lower == "wie" && ts[a+1].lower == "es" {
			j = a
			break
		}
	}
	if j < 0 && k+2 < len(ts) && ts[k+1].text == "," && ts[k+2].lower == "dass" {
		// "Auch wenn es vielerorts noch heißt, dass ...": "es" a few words before
		for a := k - 1; a >= 0 && a >= k-4; a-- {
			if isBoundary(ts[a]) {
				break
			}
			if ts[a].lower == "es" {
				j = a - 1
				break
			}
		}
		if j < 0 {
			return nil
		}
		s := e.sents[i]
		return &draft{sp: speaker{name: UnnamedSource, kind: kindUnnamed}, stance: fact.Reports, mode: ModeIndirect, cue: "heißt es", s0: i, s1: i, cStart: ts[k+2].start, cEnd: s.end}
	}
	if j < 0 {
		return nil
	}
	var sp speaker
	for m := j + 2; m < k && !sp.ok(); m++ {
		switch ts[m].lower {
		case "in", "im", "aus", "bei", "beim", "von", "vom", "seitens":
			if p := phraseAt(ts, m+1, k); p != nil && p.pronoun == "" {
				if ts[m].lower == "im" || ts[m].lower == "beim" || ts[m].lower == "vom" {
					p.det = "dem"
				}
				sp = e.resolve(ts, p)
			}
		}
	}
	if !sp.ok() {
		sp = speaker{name: UnnamedSource, kind: kindUnnamed}
	}
	s := e.sents[i]
	start, end := s.start, s.end
	if k+1 < len(ts) && ts[k+1].text == "," && countWords(ts[k+2:]) >= 3 {
		start = ts[k+2].start
	} else if j > 0 && countWords(ts[:j]) >= 3 {
		end = ts[j].start
	} else {
		return nil
	}
	return &draft{sp: sp, stance: e.stanceOf(sp, cueSpeech), mode: ModeIndirect, cue: "hieß es", s0: i, s1: i, cStart: start, cEnd: end}
}

// particleSurname reads at ts[k] a surname that starts with its particle
// ("von Stillfried", "von der Leyen") known from its full name before, as a
// phrase; else nil.
func (e *extractor) particleSurname(ts []tok, k, rb int) *phrase {
	if k >= rb || ts[k].lower != "von" {
		return nil
	}
	j := k + 1
	if j < rb && (ts[j].lower == "der" || ts[j].lower == "den") {
		j++
	}
	if j >= rb || !isNameWord(ts[j]) {
		return nil
	}
	full, ok := e.surnames[ts[j].lower]
	if !ok || !strings.Contains(full, " von ") {
		return nil
	}
	words := append([]tok(nil), ts[k:j+1]...)
	return &phrase{a: k, b: j + 1, words: words}
}

// subjectSkipQuant: "über die Hälfte der Befragten", "unter 10 Prozent": a
// preposition before an amount is a quantifier of the subject.
func subjectSkipQuant(ts []tok, k, b int) bool {
	if ts[k].lower != "über" && ts[k].lower != "unter" && ts[k].lower != "bis" {
		return false
	}
	j := k + 1
	if j < b && ts[j].g() == "det" {
		j++
	}
	return j < b && (ts[j].digit || quantity(ts[j].lower))
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// pendingContinuation: a sentence in Konjunktiv I right after a speaker
// took the floor without content ("Anders äußerte sich X. Er hält ... .
// Wenn es zugelassen sei, ...").
func (e *extractor) pendingContinuation(i int) *draft {
	s := e.sents[i]
	ts := s.toks
	if len(ts) == 0 || ts[len(ts)-1].text == "?" {
		return nil
	}
	for k, t := range ts {
		if t.word && (!t.cap || k == 0) && isK1(ts, k) && !e.inQuote(t.start) {
			return &draft{sp: e.pending, stance: e.stanceOf(e.pending, cueSpeech), mode: ModeIndirect, cue: t.text, s0: i, s1: i, cStart: s.start, cEnd: s.end}
		}
	}
	return nil
}

// attitude: "zeigte sich (nicht) überzeugt/zuversichtlich/enttäuscht": an
// adjective of attitude after the verb.
func attitude(ts []tok, c, rb int) bool {
	lb, _ := clauseBounds(ts, c)
	for k := lb + 1; k < rb; k++ {
		if k == c {
			continue // "Sehr verwundert gab sich der Minister": the adjective may stand first
		}
		switch strings.TrimSuffix(ts[k].lower, "t") {
		case "überzeug", "zuversichtlich", "enttäusch", "optimistisch", "pessimistisch", "skeptisch", "besorg", "erfreu", "erleichter", "empör", "verärger", "überrasch", "zufrieden", "unzufrieden", "kritisch", "gelassen", "offen", "bereit", "entschlossen",
			"verwunder", "irritier", "beeindruck", "verständnislos", "selbstkritisch", "kämpferisch", "versöhnlich", "unbeeindruck", "erstaun", "schockier", "bestürz", "betroffen", "dankbar", "froh", "stolz", "zurückhaltend", "vorsichtig", "optimistischer", "zuversichtlicher", "skeptischer":
			return true
		}
	}
	return false
}

// infinitiveAfter: the clause from ts[k] on runs to the end of the sentence
// with no comma or colon and ends in an infinitive ("heißt es nun auf die
// nächste Runde warten").
func infinitiveAfter(ts []tok, k int) bool {
	last := -1
	for j := k; j < len(ts); j++ {
		if ts[j].text == "," || ts[j].text == ":" || isQuoteMark(ts[j].text) {
			return false
		}
		if ts[j].word {
			last = j
		}
	}
	if last < k+1 {
		return false
	}
	l := ts[last]
	return !l.cap && strings.HasSuffix(l.lower, "en") && l.g() == "" && lex.fn(l.lower) == ""
}

// taggedPerson reports whether the tagger found a person inside p.
func (e *extractor) taggedPerson(ts []tok, p *phrase) bool {
	a, b := ts[p.a].start, ts[p.b-1].end
	for _, en := range e.doc.Entities {
		if en.Type == fact.PER && en.Start < b && en.End > a {
			return true
		}
	}
	return false
}

// deniedReport finds reports that sentence i rejects: "Berichte, wonach P,
// seien falsch", "Gerüchte, dass P, entbehrten jeder Grundlage", "wies
// Berichte zurück, wonach P". It returns the byte range of P and whether
// the reports have a source of their own (a medium or a genitive: "Berichte
// der Zeitung X"), which then is a claim of its own.
func (e *extractor) deniedReport(i int) (start, end int, named, ok bool) {
	ts := e.sents[i].toks
	for k := 2; k < len(ts); k++ {
		if (ts[k].lower != "wonach" && ts[k].lower != "dass") || ts[k-1].text != "," || e.inQuote(ts[k].start) {
			continue
		}
		p := phraseEndingAt(ts, k-1)
		if p == nil || p.pronoun != "" || !lex.rumours.has(p.head().lower) {
			// "wies Berichte zurück, wonach": the reports before the particle
			p = nil
			for a := k - 2; a >= 0 && a >= k-4 && p == nil; a-- {
				if q := phraseAt(ts, a, k-1); q != nil && q.pronoun == "" && lex.rumours.has(q.head().lower) {
					p = q
				}
			}
			if p == nil {
				continue
			}
		}
		named = p.gen != nil
		if e.mediaNameIn(ts, p) != "" {
			named = true
		}
		// the clause of the content runs to the next comma or the end
		b := k + 1
		for b < len(ts) && ts[b].text != "," && ts[b].text != "." && ts[b].text != "!" && ts[b].text != "?" && ts[b].text != ";" {
			b++
		}
		if b <= k+2 {
			continue
		}
		denied := false
		if b < len(ts) {
			rest := e.toksIn(ts[b].start, ts[len(ts)-1].end)
			for j := range rest {
				if rest[j].info == nil || !rest[j].info.phrase {
					continue
				}
				for _, ph := range lex.deny {
					if phraseMatch(rest, j, ph) {
						denied = true
					}
				}
			}
		}
		for c := 0; c < len(ts) && !denied; c++ {
			if c >= k && c < b {
				continue
			}
			if f, isCue := cueAt(ts, c); isCue && f.class == cueDeny {
				denied = true
			}
		}
		if !denied {
			return 0, 0, false, false
		}
		return ts[k+1].start, ts[b-1].end, named, true
	}
	return 0, 0, false, false
}

// deniedReportClaim is the denial of reports in sentence i with no cue verb
// of its own ("Auch Berichte, wonach P, seien falsch"): the speaker of the
// sentence before goes on, else a speaker announced with no content, else
// the article's outlet speaks.
func (e *extractor) deniedReportClaim(i, start, end int) *draft {
	var sp speaker
	var via []string
	ts := e.sents[i].toks
	for c := range ts {
		if f, isCue := cueAt(ts, c); isCue && f.class == cueDeny && !(ts[c].start >= start && ts[c].end <= end) {
			// "Die Reederei wies Berichte zurück, wonach P": the subject denies
			if p := subjectNP(ts, 0, c); p != nil && !lex.rumours.has(p.head().lower) {
				if sp = e.resolve(ts, p); sp.ok() {
					return &draft{sp: sp, stance: fact.Denies, mode: ModeStatement, cue: ts[c].text, s0: i, s1: i, cStart: start, cEnd: end}
				}
			}
			return nil
		}
	}
	switch {
	case e.last != nil && e.lastSent >= i-2:
		sp, via = e.last.sp, e.last.via
	case e.pending.ok() && e.pendingSent >= i-1:
		sp = e.pending
	case e.doc.Outlet != "":
		sp = speaker{name: e.doc.Outlet, kind: kindMedia}
	default:
		return nil
	}
	return &draft{sp: sp, stance: fact.Denies, mode: ModeStatement, cue: "wonach", s0: i, s1: i, cStart: start, cEnd: end, via: via}
}

// researched: nouns of what a source found out itself ("nach Informationen
// des X", "nach Recherchen der X"): X passes it on, stance reports.
func researched(l string) bool {
	switch l {
	case "informationen", "recherchen", "erkenntnissen", "erkenntnisse", "infos":
		return true
	}
	return strings.HasSuffix(l, "-informationen") || strings.HasSuffix(l, "-recherchen")
}

// ownResearch: "unseren Informationen/Recherchen/Infos" at k, or
// "Informationen unserer Zeitung/Redaktion": what the outlet itself learnt.
func ownResearch(ts []tok, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	if (ts[k].lower == "unseren" || ts[k].lower == "unserer") && researched(ts[k+1].lower) {
		return true
	}
	return researched(ts[k].lower) && (ts[k+1].lower == "unserer" || ts[k+1].lower == "unseres") && k+2 < len(ts) && lex.media.has(ts[k+2].lower)
}

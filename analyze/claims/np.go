package claims

import (
	"strings"
	"unicode/utf8"
)

// Kinds of speaker.
const (
	kindNone    = iota
	kindPerson  // a named person
	kindName    // a name, person or organisation unknown
	kindOrg     // an organisation
	kindCompany // a company
	kindMedia   // a medium, agency or report
	kindUnnamed // unnamed sources, hearsay
	kindPronoun // er, sie, ihm: resolved from context
	kindDesc    // a descriptor that resolved to nothing ("ein malischer Offizier")
)

// phrase is a noun phrase found in a sentence: tokens [a, b) of it.
type phrase struct {
	a, b    int
	det     string // lower-case determiner, or ""
	inPP    bool   // object of a preposition
	words   []tok  // the capitalised words (and names) of the phrase, in order
	adjs    []tok  // lower-case words before the nouns
	gen     *phrase
	appos   *phrase // ", Ulla Jelpke" after a role noun
	pronoun string
}

func (x *lexicon) fn(w string) string { return x.function[w] }

// isNameWord reports whether t can be part of a name or noun group.
func isNameWord(t tok) bool {
	if !t.word {
		return false
	}
	if t.cap {
		g := lex.fn(t.lower)
		return g == "" || g == "time"
	}
	// lower-case domains ("golem.de") and brand names with inner capitals
	if strings.Contains(t.text, ".") && !t.digit && utf8.RuneCountInString(t.text) > 4 {
		return true
	}
	for _, r := range t.text[1:] {
		if r >= 'A' && r <= 'Z' {
			return !t.digit
		}
	}
	return false
}

func isQuoteMark(s string) bool {
	switch s {
	case "„", "“", "”", "\"", "«", "»", "‚", "‘", "’", "'":
		return true
	}
	return false
}

func isAdjLike(t tok) bool {
	if !t.word || t.cap || t.digit || lex.fn(t.lower) != "" {
		return false
	}
	l := t.lower
	return strings.HasSuffix(l, "e") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "er") ||
		strings.HasSuffix(l, "es") || strings.HasSuffix(l, "em")
}

func isPronoun(l string) bool {
	switch l {
	case "er", "sie", "ihm", "ihr", "ihnen", "wir", "ich":
		return true
	}
	return false
}

// phraseAt reads a noun phrase starting at token i of ts, not past end.
// It returns nil when no phrase starts there.
func phraseAt(ts []tok, i, end int) *phrase {
	if i >= end {
		return nil
	}
	p := &phrase{a: i}
	j := i
	if ts[j].word && isPronoun(ts[j].lower) {
		p.pronoun = ts[j].lower
		p.b = j + 1
		return p
	}
	if ts[j].word && lex.fn(ts[j].lower) == "det" {
		p.det = ts[j].lower
		j++
	}
	for j < end && (isAdjLike(ts[j]) || (ts[j].digit && j+1 < end && ts[j+1].text == "-")) {
		p.adjs = append(p.adjs, ts[j])
		j++
	}
	// capitalised adjective before a noun ("Anonymen Quellen", "Russische Medien")
	for j < end && (isQuoteMark(ts[j].text) || isNameWord(ts[j])) {
		if isQuoteMark(ts[j].text) {
			if len(p.words) > 0 && j+1 < end && isNameWord(ts[j+1]) {
				break
			}
			j++
			continue
		}
		p.words = append(p.words, ts[j])
		j++
	}
	if len(p.words) == 0 {
		return nil
	}
	// "Bundeswettbewerbsbehörde (BWB)": keep the long form
	if j+2 < end && ts[j].text == "(" && ts[j+2].text == ")" && isNameWord(ts[j+1]) {
		j += 3
	}
	p.b = j
	head := p.words[len(p.words)-1]
	hasName := len(nameWords(p)) > 0
	// genitive or "von" attachment to a role or container noun
	if !hasName && j < end && (lex.roles.has(head.lower) || isContainer(head.lower) || lex.media.has(head.lower) || lex.unnamed[head.lower]) {
		k := j
		if ts[k].lower == "des" || ts[k].lower == "der" || ts[k].lower == "eines" || ts[k].lower == "einer" || ts[k].lower == "von" || ts[k].lower == "vom" || ts[k].lower == "aus" {
			if ts[k].lower == "von" || ts[k].lower == "vom" || ts[k].lower == "aus" {
				k++
			}
			if g := phraseAt(ts, k, end); g != nil && g.pronoun == "" {
				if ts[j].lower == "vom" {
					g.det = "dem"
				}
				p.gen = g
				p.b = g.b
			}
		}
	}
	// apposition: "die Sprecherin der Linksfraktion, Ulla Jelpke"
	if p.b+2 < end && ts[p.b].text == "," && lex.roles.has(head.lower) {
		if a := phraseAt(ts, p.b+1, end); a != nil && a.det == "" && len(a.words) >= 2 {
			p.appos = a
			p.b = a.b
		}
	}
	return p
}

// isContainer: nouns that carry what a source says ("Angaben des Konzerns").
func isContainer(l string) bool {
	switch l {
	case "angaben", "informationen", "aussagen", "aussage", "darstellung", "einschätzung", "schätzung",
		"schätzungen", "erkenntnissen", "erkenntnisse", "worten", "mitteilung", "stellungnahme", "erklärung",
		"antwort", "schreiben", "studie", "umfrage", "analyse", "berechnungen", "zahlen", "daten", "auskunft",
		"auskünften", "ankündigungen", "ansicht", "meinung", "sicht", "recherchen", "unterlagen", "dokumenten",
		"dokument", "papier", "brief", "e-mail", "pressemitteilung", "mitteilungen", "kreisen", "kreise":
		return true
	}
	return false
}

// nameWords returns the words of p after any leading role or descriptor
// nouns: "Staatsanwalt Jan Holzner" -> Jan Holzner.
func nameWords(p *phrase) []tok {
	ws := p.words
	i := 0
	for i < len(ws)-1 && (lex.roles.has(ws[i].lower) || lex.companies.has(ws[i].lower) || lex.media.has(ws[i].lower) || lex.orgs.has(ws[i].lower) && !isProperish(ws[i])) {
		i++
	}
	if i == 0 {
		// a single noun with a determiner is a descriptor, not a name
		if p.det != "" && len(ws) == 1 && !isProperish(ws[0]) {
			return nil
		}
		if len(ws) == 1 && (lex.roles.has(ws[0].lower) || lex.companies.has(ws[0].lower) || isContainer(ws[0].lower) || lex.unnamed[ws[0].lower]) {
			return nil
		}
		if p.det != "" && !isProperish(ws[0]) {
			return nil
		}
	}
	return ws[i:]
}

// isProperish: a word that looks like a proper name rather than a noun:
// inner capitals or digits, a dot, all capitals, or a known medium.
func isProperish(t tok) bool {
	if lex.mediaName[t.lower] {
		return true
	}
	n := 0
	for _, r := range t.text {
		if r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Ü' {
			n++
		}
	}
	return n >= 2 || strings.ContainsAny(t.text, ".0123456789")
}

func joinWords(ws []tok) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// stripGenitive turns "Konzerns" into "Konzern" after des/eines.
func stripGenitive(w string) string {
	if strings.HasSuffix(w, "es") && len(w) > 6 {
		switch w[len(w)-3] {
		case 't', 'd', 's', 'z':
			return w[:len(w)-2]
		}
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// text returns the descriptor text of p without determiner, in a rough
// nominative: "des Konzerns" -> "Konzern".
func (p *phrase) text() string {
	var parts []string
	for _, a := range p.adjs {
		parts = append(parts, a.text)
	}
	for i, w := range p.words {
		s := w.text
		if i == len(p.words)-1 && (p.det == "des" || p.det == "eines") {
			s = stripGenitive(s)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// head is the last noun of p.
func (p *phrase) head() tok { return p.words[len(p.words)-1] }

package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/ner"
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
		g := t.g()
		return g == "" || g == "time"
	}
	if strings.IndexByte(t.text, '/') >= 0 {
		return false // "pic.twitter.com/Ksz3vQ": a link, not a name
	}
	if t.info != nil && t.info.agency {
		return true // "die dpa"
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
	if !t.word || t.cap || t.digit || t.g() != "" {
		return false
	}
	l := t.lower
	return strings.HasSuffix(l, "e") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "er") ||
		strings.HasSuffix(l, "es") || strings.HasSuffix(l, "em")
}

// initialAdj reports whether the first token of a sentence is an adjective
// or adverb that is capitalised only because it stands first: an ending of
// adjectives before a lower-case word, an adjective or "und"
// ("Zahlreiche rechtsgerichtete", "Umfassende und transparente"), or an
// adverb in -lich, -weise before a verb ("Wörtlich hatte er gesagt").
func initialAdj(ts []tok, end int) bool {
	t := ts[0]
	if !t.cap || !t.word || len(ts) < 2 || end < 2 || t.g() != "" {
		return false
	}
	l, n := t.lower, ts[1]
	for _, suf := range []string{"lich", "weise", "falls", "dings", "mals"} {
		if strings.HasSuffix(l, suf) {
			return !isNameWord(n)
		}
	}
	if !n.word || n.cap {
		return false
	}
	if !strings.HasSuffix(l, "e") && !strings.HasSuffix(l, "en") {
		return false
	}
	return n.lower == "und" || n.lower == "oder" || isAdjLike(n)
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
	if ts[j].word && ts[j].g() == "det" {
		p.det = ts[j].lower
		j++
		for j < end && ts[j].word && ts[j].g() == "det" {
			j++ // "die beiden", "ein anderer"
		}
		if j+2 < end && ts[j].digit && (ts[j+1].lower == "jahre" || ts[j+1].lower == "jahren") && isAdjLike(ts[j+2]) {
			j += 3 // "der 27 Jahre junge Bezirksrat": an age
		}
	}
	// adjectives and capitalised words; adjectives may stand between
	// capitalised words ("die Grüne australische Senatorin X")
	var adjs []tok
	for j < end {
		t := ts[j]
		switch {
		case len(p.words) == 0 && t.cap && t.lower != "von" && t.lower != "zu" && nameParticle(t.lower) && j+2 < end &&
			(isNameWord(ts[j+1]) && !isListNoun(ts[j+1].lower) || (ts[j+1].lower == "der" || ts[j+1].lower == "den") && isNameWord(ts[j+2])):
			// "Van der Bellen sagte": a surname that starts with its particle
			p.words = append(p.words, t)
			if ts[j+1].lower == "der" || ts[j+1].lower == "den" {
				j++
				p.words = append(p.words, ts[j])
			}
		case (t.lower == "von" || t.lower == "van" || t.lower == "de" || t.lower == "zu" || t.lower == "di" || t.lower == "da" || t.lower == "del" || t.lower == "dello" || t.lower == "della" || t.lower == "degli" || t.lower == "du") && len(p.words) == 1 && p.det == "" &&
			j+1 < end && (isNameWord(ts[j+1]) || (ts[j+1].lower == "der" || ts[j+1].lower == "den") && j+2 < end && isNameWord(ts[j+2])) &&
			!isListNoun(p.words[len(p.words)-1].lower) && !acronym(p.words[len(p.words)-1].text):
			// "Werner von Moltke", "Ursula von der Leyen"
			p.words = append(p.words, t)
			if ts[j+1].lower == "der" || ts[j+1].lower == "den" {
				j++
				p.words = append(p.words, ts[j])
			}
		case (t.text == "of" || t.text == "for" || t.text == "de") && len(p.words) > 0 && j+1 < end && isNameWord(ts[j+1]) && isNameWord(p.words[len(p.words)-1]):
			// "University of Exeter", "Bank of America"
			p.words = append(p.words, t)
		case t.text == "." && len(p.words) > 0 && (p.words[len(p.words)-1].lower == "dr" || p.words[len(p.words)-1].lower == "prof"):
			j++ // "Prof. Anna Berg"
			continue
		case isQuoteMark(t.text):
			if len(p.words) > 0 && j+1 < end && isNameWord(ts[j+1]) && !isQuoteMark(ts[j-1].text) {
				goto done
			}
			j++
			continue
		case j == 0 && initialAdj(ts, end):
			// "Zahlreiche rechtsgerichtete Politiker", "Österreichische und
			// deutsche Firmen": an adjective capitalised as the first word
			adjs = append(adjs, t)
			j++
			continue
		case isNameWord(t):
			if t.g() == "time" && len(p.words) > 0 {
				if allAdjLike(p.words) {
					p.words = append(p.words, t) // "Vergangenes Jahr": a time phrase
					j++
				}
				goto done
			}
			p.words = append(p.words, t)
			p.adjs = append(p.adjs, adjs...)
			adjs = adjs[:0]
			if pluralSource(t.lower) {
				j++
				goto done // "laut italienischen Medienberichten Champions-League-Finalist X"
			}
			if t.g() == "time" {
				j++
				goto done
			}
			// "Zentrum für Seuchenkontrolle und Prävention"
			if j+3 < end && ts[j+1].lower == "für" && institution(t.lower) && (ts[j+2].lower == "die" || ts[j+2].lower == "den" || ts[j+2].lower == "das") && isNameWord(ts[j+3]) {
				// "Stab für die Flüchtlingskrise"
				p.words = append(p.words, ts[j+1], ts[j+2], ts[j+3])
				j += 3
			} else if j+2 < end && ts[j+1].lower == "für" && institution(t.lower) && isNameWord(ts[j+2]) {
				p.words = append(p.words, ts[j+1], ts[j+2])
				j += 2
				if j+2 < end && ts[j+1].lower == "und" && isNameWord(ts[j+2]) {
					p.words = append(p.words, ts[j+1], ts[j+2])
					j += 2
				}
			} else if j+3 < end && ts[j+1].lower == "für" && isAdjLike(ts[j+2]) && !ts[j+2].cap && isNameWord(ts[j+3]) && institution(t.lower) {
				// "Verband für häusliche Betreuung und Pflege": the name goes on
				p.words = append(p.words, ts[j+1], ts[j+2], ts[j+3])
				j += 3
				if j+2 < end && ts[j+1].lower == "und" && isNameWord(ts[j+2]) {
					p.words = append(p.words, ts[j+1], ts[j+2])
					j += 2
				}
			}
		case isAdjLike(t) || (t.digit && strings.Contains(t.text, "-")):
			if len(p.words) > 0 && (p.det == "" || len(p.words) > 1 || !allAdjLike(p.words) || isListNoun(p.words[0].lower)) {
				goto done
			}
			adjs = append(adjs, t)
		default:
			goto done
		}
		j++
	}
done:
	if len(p.words) == 0 && len(adjs) > 0 {
		// "der 51-Jährige": a number-adjective used as a noun
		if l := adjs[len(adjs)-1]; l.digit && strings.Contains(l.text, "-") {
			p.words = append(p.words, l)
			p.adjs = append(p.adjs, adjs[:len(adjs)-1]...)
		}
	}
	if len(p.words) == 0 {
		return nil
	}
	j = p.words[len(p.words)-1].end
	k := i
	for k < end && ts[k].start < j {
		k++
	}
	if k < end && ts[k].digit && len(ts[k].text) <= 3 && !strings.ContainsAny(ts[k].text, ".,-") && len(p.words) >= 2 && (lex.media.has(p.words[0].lower) || lex.orgs.has(p.words[0].lower) || lex.companies.has(p.words[0].lower)) && isNameWord(p.words[len(p.words)-1]) &&
		!(k+1 < end && ts[k+1].word && (isAdjLike(ts[k+1]) || ts[k+1].cap)) {
		// "der Radiosender Athina 984", "der Bundesligist Hannover 96", not
		// the count in "meldete das Gesundheitsamt Kassel 84 neue Fälle"
		p.words = append(p.words, ts[k])
		k++
	}
	for k < end && isQuoteMark(ts[k].text) && k > i && isQuoteMark(ts[k].text) && !isQuoteMark(ts[k-1].text) && quoteOpenBefore(ts, i, k) {
		k++
	}
	j = k
	// "Bundeswettbewerbsbehörde (BWB)": keep the long form
	if j+2 < end && ts[j].text == "(" && ts[j+2].text == ")" && isNameWord(ts[j+1]) {
		j += 3
	}
	p.b = j
	head := p.words[len(p.words)-1]
	for w := 1; w < len(p.words); w++ {
		if p.words[w].lower == "für" {
			head = p.words[w-1] // "der UN-Hochkommissar für Menschenrechte, X": the role
			break
		}
	}
	hasName := len(nameWords(p)) > 0
	// genitive or "von" attachment to a role, container or organisation noun
	// "des Coronavirus-Beraters"; "Chefs aller Länder" (a plural before a genitive)
	headRole := lex.roles.has(head.lower) || (p.det == "des" || p.det == "eines" || p.det == "" && j < end && ts[j].lower == "aller") && lex.roles.has(stripGenitive(head.lower))
	if !hasName && j < end && (headRole || isContainer(head.lower) || containerCompound(head.lower) || lex.media.has(head.lower) || lex.unnamed[head.lower] || lex.orgs.has(head.lower) || quantity(head.lower)) {
		k := j
		l := ts[k].lower
		if (isContainer(head.lower) || lex.media.has(head.lower) || pluralSource(head.lower)) && isAdjLike(ts[k]) && strings.HasSuffix(ts[k].lower, "er") && k+1 < end && isNameWord(ts[k+1]) {
			// genitive plural without article: "nach Angaben unabhängiger Experten"
			if g := phraseAt(ts, k, end); g != nil {
				p.gen = g
				p.b = g.b
			}
		} else if l == "des" || l == "der" || l == "eines" || l == "einer" || l == "ihres" || l == "seines" || l == "ihrer" || l == "seiner" || l == "aller" || l == "von" || l == "vom" || (l == "aus" && !lex.orgs.has(head.lower)) {
			if l == "von" || l == "vom" || l == "aus" {
				k++
			}
			if g := phraseAt(ts, k, end); g != nil && g.pronoun == "" && !((l == "von" || l == "vom") && pluralSource(head.lower) && len(nameWords(g)) == 0 && !lex.media.has(g.head().lower)) &&
				!isTime(g.head()) { // "einer Umfrage von dieser Woche": a date, not the holder
				// "laut Medienberichten von ihren Vertragspartnern": not the holder
				if l == "vom" {
					g.det = "dem"
				}
				p.gen = g
				p.b = g.b
			}
		}
	}
	// apposition: "die Sprecherin der Linksfraktion, Ulla Jelpke", also after
	// a second role: "der Vize der Fraktion und Chef des Ausschusses, X Y"
	if headRole {
		k := p.b
		paren := -1 // end of a parenthesis right after the phrase
		place := false
		for k < end && k < p.b+12 && ts[k].text != "," {
			if ts[k].text == "(" {
				// "der Chef der Ukip (UK Independence Party), Nigel Farage"
				j := k + 1
				for j < end && j < k+8 && ts[j].text != ")" {
					j++
				}
				if j < end && ts[j].text == ")" {
					if k == p.b {
						paren = j + 1
					}
					k = j + 1
					continue
				}
				break
			}
			if k+1 < end && ts[k].word && (placePrep(ts[k].lower) || ts[k].lower == "für") && isNameWord(ts[k+1]) {
				// "der frühere Botschafter in Russland, Rüdiger von Fritsch"
				k += 2
				place = true
				continue
			}
			if !(ts[k].word && (ts[k].lower == "und" || ts[k].g() == "det" || isAdjLike(ts[k]) || isNameWord(ts[k]))) {
				break
			}
			k++
		}
		if k+2 < end && ts[k].text == "," && (k == p.b || k == paren || place || hasRoleBetween(ts, p.b, k)) {
			if a := phraseAt(ts, k+1, end); a != nil && a.det == "" && len(a.words) >= 2 && allProperNames(withoutParticles(a.words)) {
				p.appos = a
				p.b = a.b
			}
		}
	}
	return p
}

// institution: organisation nouns whose name goes on with "für"
// ("Zentrum für Seuchenkontrolle", "Bundesamt für Migration").
func institution(l string) bool {
	l = stripGenitive(l)
	for _, suf := range []string{"zentrum", "institut", "amt", "ministerium", "kommission", "behörde", "agentur", "rat", "stelle", "gesellschaft", "verband", "stiftung", "büro", "komitee", "ausschuss", "stab", "stabs", "kommissar", "kommissarin", "beauftragte", "beauftragter"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// pluralSource: reports and sources in the plural, which end a noun group
// ("Medienberichten", "Kreisen").
func pluralSource(l string) bool {
	return strings.HasSuffix(l, "berichten") || strings.HasSuffix(l, "kreisen") || l == "quellen" || l == "insidern" || l == "medien"
}

// isListNoun: a noun of the role, company, media, organisation or container lists.
func isListNoun(l string) bool {
	return lex.roles.has(l) || lex.companies.has(l) || lex.media.has(l) || lex.orgs.has(l) || isContainer(l) || lex.unnamed[l]
}

// allAdjLike: capitalised words that look like adjectives ("Grüne").
func allAdjLike(ws []tok) bool {
	for _, w := range ws {
		l := w.lower
		if !(strings.HasSuffix(l, "e") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "er") || strings.HasSuffix(l, "es")) {
			return false
		}
	}
	return true
}

// quoteOpenBefore reports whether an opening quote mark stands in ts[i:k].
func quoteOpenBefore(ts []tok, i, k int) bool {
	n := 0
	for x := i; x < k; x++ {
		if isQuoteMark(ts[x].text) {
			n++
		}
	}
	return n%2 == 1
}

// isContainer: nouns that carry what a source says ("Angaben des Konzerns").
func isContainer(l string) bool {
	switch l {
	case "angaben", "informationen", "aussagen", "aussage", "darstellung", "einschätzung", "schätzung",
		"schätzungen", "erkenntnissen", "erkenntnisse", "worten", "mitteilung", "stellungnahme", "erklärung",
		"antwort", "schreiben", "studie", "umfrage", "analyse", "berechnungen", "zahlen", "daten", "auskunft",
		"auskünften", "ankündigungen", "ansicht", "meinung", "sicht", "recherchen", "unterlagen", "dokumenten",
		"dokument", "papier", "brief", "e-mail", "pressemitteilung", "mitteilungen", "kreisen", "kreise", "begründung",
		"stellungnahmen", "erklärungen", "antworten", "darstellungen", "einschätzungen", "analysen", "studien",
		"aussendung", "presseaussendung", "presseerklärung", "pressemeldung", "meldung", "infos", "info", "website", "webseite", "homepage", "internetseite", "internetseiten":
		return true
	}
	return isDocument(l)
}

// isDocument: documents that speak for those who wrote them ("laut dem
// Protokoll der Anhörung"); when their genitive names an event rather than
// a speaker, the document is the source.
func isDocument(l string) bool {
	switch l {
	case "protokoll", "protokolls", "protokollen", "gutachten", "gutachtens", "akten", "anklageschrift",
		"urteilsbegründung", "beschlussvorlage", "beschlussentwurf", "entwurf", "entwurfs", "vermerk",
		"vermerks", "dossier", "dossiers", "lagebericht", "lageberichts", "sitzungsprotokoll":
		return true
	}
	return false
}

// nameWords returns the words of p after its last role, company, media
// or organisation noun: "Staatsanwalt Jan Holzner" -> Jan Holzner,
// "Israels Ministerpräsident Benjamin Netanjahu" -> Benjamin Netanjahu.
func nameWords(p *phrase) []tok {
	ws := p.words
	if len(ws) == 0 {
		return nil // a pronoun, or adjectives with no noun
	}
	cut := -1
	for i := 0; i < len(ws)-1; i++ {
		l := ws[i].lower
		g := stripGenitive(l)
		if lex.roles.has(l) || lex.companies.has(l) || lex.media.has(l) || lex.companies.has(g) || lex.media.has(g) || lex.roles.has(g) || i == 0 && isContainer(l) {
			cut = i
		}
	}
	if last := ws[len(ws)-1].lower; lex.unnamed[last] || isContainer(last) || lex.media.has(last) && !lex.mediaName[last] {
		return nil // "Anonymen Quellen", "Offizielle Angaben"
	}
	if cut >= 0 {
		if ws[cut+1].lower == "für" {
			return nil
		}
		if ws[cut+1].text == "of" || ws[cut+1].text == "for" {
			return ws[cut:] // "Bank of England", "Centers for Disease Control": the noun is part of the name
		}
		return ws[cut+1:]
	}
	if len(ws) == 1 {
		l := ws[0].lower
		if p.det != "" && !isProperish(ws[0]) && !lex.mediaName[l] {
			return nil
		}
		if lex.roles.has(l) || lex.roles.has(stripGenitive(l)) || lex.companies.has(l) || isContainer(l) || lex.unnamed[l] || lex.media.has(l) || lex.orgs.has(l) && !isProperish(ws[0]) || quantity(l) || strings.Contains(l, "-") && isContainer(compoundHead(l)) {
			return nil // "STANDARD-Infos": a source's information, not a name
		}
		return ws
	}
	if p.det != "" {
		// "der iranische Flüchtling Sam Nemati": a noun, then the name
		if len(ws) >= 3 && allProperNames(ws[len(ws)-2:]) {
			return ws[len(ws)-2:]
		}
		if isProperish(ws[0]) || lex.mediaName[strings.ToLower(joinWords(ws))] {
			return ws
		}
		if len(ws) == 2 && len(p.adjs) > 0 && ner.IsFirstName(ws[0].text) && allProperNames(ws) {
			return ws // "der 67-jährige Keisuke Masuda"
		}
		return nil
	}
	return ws
}

// isProperish: a word that looks like a proper name rather than a noun:
// inner capitals or digits, a dot, all capitals, or a known medium.
func isProperish(t tok) bool {
	if lex.mediaName[t.lower] {
		return true
	}
	if i := strings.LastIndexByte(t.lower, '-'); i > 0 && i+1 < len(t.lower) {
		if h := stripGenitive(t.lower[i+1:]); lex.roles.has(h) || lex.orgs.has(h) || lex.companies.has(h) || lex.media.has(h) || isContainer(h) {
			return false // "Coronavirus-Berater", "RKI-Chef": a noun with a prefix
		}
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
		if referring(a.lower) {
			continue // "den jeweiligen Landesregierungen": no part of the name
		}
		parts = append(parts, a.text)
	}
	if p.det == "" || p.det == "den" {
		// plural dative after zufolge/laut: "Anonymen Quellen" -> "Anonyme Quellen"
		for i, w := range p.words[:len(p.words)-1] {
			if strings.HasSuffix(w.lower, "en") && allAdjLike([]tok{w}) && lex.unnamed[p.head().lower] {
				p.words[i].text = strings.TrimSuffix(w.text, "n")
			}
		}
		for i, a := range parts {
			if strings.HasSuffix(a, "en") && lex.unnamed[p.head().lower] {
				parts[i] = strings.TrimSuffix(a, "n")
			}
		}
	}
	for i, w := range p.words {
		s := w.text
		if i == len(p.words)-1 && (p.det == "des" || p.det == "eines") {
			s = stripGenitive(s)
		} else if p.det == "des" || p.det == "eines" {
			s = nominative(s) // "des Oberverwaltungsgerichts Nordrhein-Westfalen"
		}
		if i == len(p.words)-1 && (p.det == "den" || p.det == "") && len(w.lower) > 5 && (strings.HasSuffix(w.lower, "ern") || strings.HasSuffix(w.lower, "eln")) && w.lower != "eltern" && !strings.HasSuffix(w.lower, "mutter") {
			s = strings.TrimSuffix(s, "n") // dative plural: "den Kritikern zufolge" -> Kritiker
		}
		parts = append(parts, s)
	}
	if p.gen != nil && lex.orgs.has(p.head().lower) {
		// "Büro des Ministerpräsidenten"
		g := p.gen
		det := g.det
		if det == "" {
			det = "von"
		}
		parts = append(parts, det, strings.Join(append(tokTexts(g.adjs), tokTexts(g.words)...), " "))
	}
	return strings.Join(parts, " ")
}

// head is the last noun of p.
func (p *phrase) head() tok {
	if len(p.words) == 0 {
		return tok{}
	}
	return p.words[len(p.words)-1]
}

func tokTexts(ts []tok) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.text
	}
	return out
}

// hasRoleBetween reports whether a role noun stands in ts[a:b].
func hasRoleBetween(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if ts[k].word && ts[k].cap && lex.roles.has(ts[k].lower) {
			return true
		}
	}
	return false
}

// quantity: nouns of amount whose genitive names who is meant ("85
// Prozent der Gesundheitsämter", "die Mehrheit der Befragten").
func quantity(l string) bool {
	switch l {
	case "prozent", "mehrheit", "hälfte", "drittel", "viertel", "teil", "großteil", "minderheit", "zahl", "anzahl", "viele", "einige":
		return true
	}
	return false
}

// nominativePronoun: personal pronouns that can be the subject of a clause.
func nominativePronoun(l string) bool {
	switch l {
	case "er", "sie", "wir", "ich":
		return true
	}
	return false
}

// placePrep: prepositions of a place or body after a role ("Botschafter in
// Russland", "Professor an der Charité").
func placePrep(l string) bool {
	switch l {
	case "in", "im", "aus", "bei", "beim", "an", "am":
		return true
	}
	return false
}

// withoutParticles drops the particles inside a name ("Rüdiger von
// Fritsch", "Ursula von der Leyen"), keeping its first and last word.
func withoutParticles(ws []tok) []tok {
	out := make([]tok, 0, len(ws))
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && !w.cap {
			switch w.lower {
			case "von", "van", "de", "zu", "der", "den", "di", "da", "del", "della", "du", "ten", "ter", "vom", "zur":
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// referring: adjectives that point at what was said and name nothing
// ("die jeweiligen Landesregierungen", "die betreffende Behörde").
func referring(l string) bool {
	for _, stem := range []string{"jeweilig", "betreffend", "besagt", "genannt", "erwähnt"} {
		if strings.HasPrefix(l, stem) && len(l) <= len(stem)+2 {
			return true
		}
	}
	return false
}

// acronym: a word in capitals ("BLRH", "ÖVP"), never a given name before a
// particle ("BLRH von der BVOG" is no name).
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

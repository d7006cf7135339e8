package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/ner"
)

// speaker is who a claim is credited to.
type speaker struct {
	name string // canonical name or descriptor
	of   string // organisation a descriptor belongs to
	kind int
}

func (s speaker) ok() bool { return s.name != "" }

// mention is a name or organisation seen in the text, for resolving
// descriptors and pronouns.
type mention struct {
	pos  int // byte offset
	name string
	kind int
	role string // lower-case role noun before a person's name ("außenminister")
	ent  bool   // from the document's entities
}

// scanMentions collects the names the text gives: doc entities first, then
// role + name patterns, media names and organisation nouns found by the lists.
func (e *extractor) scanMentions() {
	for _, en := range e.doc.Entities {
		k := kindName
		switch en.Type {
		case fact.PER:
			k = kindPerson
		case fact.ORG:
			switch en.Kind {
			case fact.KindMedia, fact.KindAgency:
				k = kindMedia
			case fact.KindCompany:
				k = kindCompany
			default:
				k = kindOrg
			}
		case fact.LOC:
			continue
		}
		if e.doubtfulPerson(en) {
			continue // "der Gutachter" tagged as a person: left to the descriptor rules
		}
		name := e.entName(en)
		e.mentions = append(e.mentions, mention{pos: en.Start, name: name, kind: k, ent: true})
		if k == kindPerson {
			e.addName(name) // "Sprenger" later is "Charlotte Sprenger"
		}
	}
	for _, s := range e.sents {
		ts := s.toks
		for i := 0; i < len(ts); i++ {
			if m, n := e.mediaAt(ts, i); n > 0 {
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: m, kind: kindMedia})
				i += n - 1
				continue
			}
			if !isNameWord(ts[i]) || (i > 0 && isNameWord(ts[i-1])) {
				continue
			}
			if !(i+1 < len(ts) && isNameWord(ts[i+1])) && !e.orgOrRole(ts[i].lower) {
				continue // a lone noun: nothing to learn
			}
			a := i
			if a > 0 && ts[a-1].digit && !strings.Contains(ts[a-1].text, "-") {
				continue // "30 Minuten Gehen": a count, no name
			}
			for a > 0 && (isAdjLike(ts[a-1]) || ts[a-1].g() == "det") {
				a-- // the phrase starts at its article: "eine Menge Daten" is no name
			}
			p := phraseAt(ts, a, len(ts))
			if p == nil || len(p.words) == 0 {
				continue
			}
			if p.appos != nil && len(p.appos.words) >= 2 {
				name := joinWords(p.appos.words)
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: name, kind: kindPerson, role: strings.ToLower(p.head().text)})
				e.addName(name)
			}
			nw := nameWords(p)
			head := p.words[0]
			switch {
			case len(nw) >= 1 && len(nw) < len(p.words) && (lex.roles.has(head.lower) || lex.roles.has(p.words[len(p.words)-len(nw)-1].lower)):
				// "Innenminister Jan Roth", "der Berliner Virologe Jan Roth": the
				// role noun right before the name is what the text may call him later
				name := joinWords(nw)
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: name, kind: kindPerson, role: strings.ToLower(p.words[len(p.words)-len(nw)-1].text)})
				e.addName(name)
			case len(nw) >= 1 && len(nw) < len(p.words) && lex.companies.has(head.lower):
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: joinWords(nw), kind: kindCompany})
			case len(nw) >= 2 && len(nw) <= 3 && allProperNames(nw) && !e.taggedOther(nw[0].start, nw[len(nw)-1].end):
				role := ""
				if len(nw) == 3 {
					// "Hebamme Denise Witteck": a noun the lists do not know before
					// the name the tagger found; the text may call her "die
					// Hebamme" later
					for _, en := range e.doc.Entities {
						if en.Type == fact.PER && en.Start == nw[1].start && en.End == nw[2].end {
							if animate(nw[0].lower) && !ner.IsFirstName(nw[0].text) {
								role = nw[0].lower
							}
							nw = nw[1:]
							break
						}
					}
				}
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: joinWords(nw), kind: kindPerson, role: role})
				e.addName(joinWords(nw))
			case lex.orgs.has(stripGenitive(p.words[0].lower)) && !lex.roles.has(p.words[0].lower):
				name := joinWords(p.words)
				if rest := e.orgName(p); rest != "" {
					name = rest
				}
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: name, kind: kindOrg, role: stripGenitive(p.words[0].lower)})
			case len(p.words) >= 2 && len(p.words) <= 3 && p.det != "" && lex.orgs.has(stripGenitive(p.head().lower)) && !lex.roles.has(p.head().lower) && capitalAdjectives(p.words[:len(p.words)-1]):
				// "der Gemeinsame Bundesausschuss", "die Deutsche Rentenversicherung":
				// a name made of adjectives and an organisation noun
				e.mentions = append(e.mentions, mention{pos: ts[i].start, name: joinWords(p.words), kind: kindOrg, role: stripGenitive(p.head().lower)})
			}
			if p.gen != nil && p.gen.a > i {
				i = p.gen.a - 1 // "Trainer des Bundesligisten Hannover 96": the genitive names too
			} else if p.b > i+1 {
				i = p.b - 1
			}
		}
	}
	sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].pos < e.mentions[b].pos })
}

// orgOrRole reports whether l is an organisation or role noun.
func (e *extractor) orgOrRole(l string) bool { return lex.orgRole.has(l) }

// allProperNames: words that look like first and last names: no list noun
// among them, no hyphenated compound of a list noun.
func allProperNames(ws []tok) bool {
	for _, w := range ws {
		l := w.lower
		if !isNameWord(w) {
			return false
		}
		if lex.roles.has(l) || lex.orgs.has(l) || lex.media.has(l) || lex.companies.has(l) || lex.unnamed[l] || isContainer(l) || lex.fn(l) == "time" || pronominal(l) {
			return false
		}
		if len(w.text) < 2 {
			return false
		}
	}
	return true
}

// mediaAt matches an outlet name of up to four words at ts[i]. A name
// that is also a common word counts only right after a media noun.
func (e *extractor) mediaAt(ts []tok, i int) (string, int) {
	if i >= len(ts) || !ts[i].word || ts[i].info == nil || !ts[i].info.mediaHead {
		return "", 0
	}
	for n := 4; n >= 1; n-- {
		if i+n > len(ts) {
			continue
		}
		var b strings.Builder
		ok := true
		for k := i; k < i+n; k++ {
			if !ts[k].word {
				ok = false
				break
			}
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(ts[k].lower)
		}
		if !ok {
			continue
		}
		key := b.String()
		gen := false
		if !lex.mediaName[key] && strings.HasSuffix(key, "s") && lex.mediaName[key[:len(key)-1]] && !lex.mediaAmb[key[:len(key)-1]] && len(key) > 4 {
			key, gen = key[:len(key)-1], true // "des Tagesspiegels"
		}
		if !lex.mediaName[key] {
			continue
		}
		if lex.mediaAmb[key] && !(i > 0 && ts[i-1].word && lex.media.has(ts[i-1].lower)) &&
			!(i > 1 && isQuoteMark(ts[i-1].text) && ts[i-2].word && lex.media.has(ts[i-2].lower)) { // das Magazin „Focus“
			continue
		}
		if n == 1 && !ts[i].cap && !strings.Contains(ts[i].text, ".") && key != "taz" && key != "dpa" && key != "n-tv" && key != "ntv" && key != "epd" {
			continue
		}
		var nb strings.Builder
		for k := i; k < i+n; k++ {
			if k > i {
				nb.WriteByte(' ')
			}
			nb.WriteString(ts[k].text)
		}
		out := nb.String()
		if gen {
			out = strings.TrimSuffix(out, "s")
		}
		return out, n
	}
	return "", 0
}

// addName registers a full person name so that a later surname alone
// resolves to it.
func (e *extractor) addName(full string) {
	f := strings.Fields(full)
	if len(f) < 2 {
		return
	}
	last := strings.ToLower(f[len(f)-1])
	if old, ok := e.surnames[last]; !ok || len(full) > len(old) && strings.HasSuffix(full, " "+old) {
		// "Hans Peter Doskozil" is the fuller form of "Peter Doskozil"
		e.surnames[last] = full
	}
}

// expand turns a surname into the full name seen in the text.
func (e *extractor) expand(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		// "Peter Doskozil" from the tagger, "Hans Peter Doskozil" in the text
		if full, ok := e.surnames[strings.ToLower(name[i+1:])]; ok && len(full) > len(name) && strings.HasSuffix(full, " "+name) {
			return full
		}
	} else if full, ok := e.surnames[strings.ToLower(name)]; ok {
		return full
	}
	// "Zeid" after "Zeid Raad al-Hussein": the first word of one name of
	// three words or more, when no other name starts so
	if strings.Contains(name, " ") {
		return name
	}
	one := ""
	for _, full := range e.surnames {
		if strings.Count(full, " ") >= 2 && strings.HasPrefix(full, name+" ") {
			if one != "" && one != full {
				return name
			}
			one = full
		}
	}
	if one != "" {
		return one
	}
	return name
}

// entityIn returns the doc entity inside [start, end), preferring people.
func (e *extractor) entityIn(start, end int) (fact.Entity, bool) {
	var best fact.Entity
	found := false
	for _, en := range e.doc.Entities {
		if en.Start >= start && en.End <= end && en.Type != fact.LOC {
			if !found || (en.Type == fact.PER && best.Type != fact.PER) {
				best = en
				found = true
			}
		}
	}
	return best, found
}

// sideOf reads "von Vereinsseite", "aus Regierungsseite": the side of an
// organisation named before.
func (e *extractor) sideOf(p *phrase, pos int) (speaker, bool) {
	if len(p.words) != 1 {
		return speaker{}, false
	}
	l := p.head().lower
	if !strings.HasSuffix(l, "seite") || len(l) < 9 {
		return speaker{}, false
	}
	pre := strings.TrimSuffix(l, "seite")
	pre = strings.TrimSuffix(pre, "s")
	if lex.companies.has(pre) {
		if c, ok := e.lastCompany(pos); ok {
			return speaker{name: c, kind: kindCompany}, true
		}
	}
	if lex.orgs.has(pre) || pre == "verein" {
		count := map[string]int{}
		best, bestN := "", 0
		for _, m := range e.mentions {
			if m.pos < pos && m.ent && isOrgKind(m.kind) {
				count[m.name]++
				if count[m.name] > bestN {
					best, bestN = m.name, count[m.name]
				}
			}
		}
		if best != "" {
			return speaker{name: best, kind: kindOrg}, true
		}
	}
	return speaker{name: capitalise(pre), kind: kindOrg}, true
}

// orgName returns the name after an organisation noun ("Menschenrechts-
// organisation Cepadho" -> Cepadho), unless it is a place the tagger knows
// ("Staatsanwaltschaft Köln"); else "".
func (e *extractor) orgName(p *phrase) string {
	if len(p.words) < 2 || !association(p.words[0].lower) || lex.roles.has(p.words[0].lower) {
		return ""
	}
	rest := p.words[1:]
	if rest[0].lower == "für" || rest[0].lower == "und" || isListNoun(rest[0].lower) {
		return ""
	}
	if len(rest) >= 2 && strings.HasSuffix(rest[0].lower, "er") && len(rest[0].lower) > 5 && strings.HasSuffix(rest[0].lower, "ischer") || len(rest) >= 2 && (rest[0].lower == "deutscher" || rest[0].lower == "freier") {
		return "" // "Verband Österreichischer Zeitungen": a genitive plural, the name is whole
	}
	for _, en := range e.doc.Entities {
		if en.Type == fact.LOC && en.Start < rest[len(rest)-1].end && en.End > rest[0].start {
			if en.Start == rest[0].start && en.End >= rest[len(rest)-1].end && association(p.words[0].lower) {
				return e.doc.Body[en.Start:en.End] // "Bundesligist Hannover 96": a club named after its town
			}
			return "" // "Polizei Wien"
		}
	}
	if !e.locDoc() {
		return "" // without a tagger a place cannot be told from a name
	}
	return joinWords(rest)
}

// association: organisation nouns followed by a name ("Verband Bitkom",
// "Menschenrechtsorganisation Cepadho"), unlike those followed by a place
// ("Landgericht Stuttgart", "Polizei Wien"), which stay whole.
func association(l string) bool {
	l = stripGenitive(l)
	for _, suf := range []string{"verband", "organisation", "gewerkschaft", "partei", "verein", "initiative", "bündnis", "bewegung", "gruppe", "netzwerk", "vereinigung", "allianz", "plattform", "gruppierung", "club", "klub", "verbund", "genossenschaft", "ligist", "ligisten", "institut", "instituts", "institutes"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// locDoc reports whether the document comes with entities from a tagger.
func (e *extractor) locDoc() bool { return len(e.doc.Entities) > 0 }

// cleanEntityName drops a leading role, company or media noun the tagger
// kept in a name: "Zeitung Danas" -> "Danas".
func cleanEntityName(en fact.Entity) string {
	name := en.Name
	if name == "" {
		name = en.Text
	}
	f := strings.Fields(name)
	for len(f) > 1 && en.Type == fact.PER && !isUpperStart(f[0]) {
		f = f[1:] // "67-jährige Keisuke Masuda"
	}
	for len(f) > 1 && f[1] != "of" && f[1] != "for" { // "Bank of England" keeps its noun
		l := strings.ToLower(f[0])
		if lex.roles.has(l) || lex.media.has(l) && !lex.mediaName[l] || lex.companies.has(l) || isContainer(l) {
			f = f[1:]
			if len(f) > 1 && (f[0] == "von" || f[0] == "des" || f[0] == "der") {
				f = f[1:]
			}
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// lastMention returns the nearest mention before pos whose kind passes ok;
// with after set it also looks ahead (nearest either side, before first).
func (e *extractor) lastMention(pos int, after bool, ok func(m mention) bool) (mention, bool) {
	for i := len(e.mentions) - 1; i >= 0; i-- {
		m := e.mentions[i]
		if m.pos < pos && ok(m) {
			return m, true
		}
	}
	if after {
		for _, m := range e.mentions {
			if m.pos >= pos && ok(m) {
				return m, true
			}
		}
	}
	return mention{}, false
}

func isOrgKind(k int) bool { return k == kindOrg || k == kindCompany }

// resolve turns a phrase into a speaker, using the doc's entities, names
// seen in the text and the claims before.
func (e *extractor) resolve(ts []tok, p *phrase) speaker {
	if p == nil {
		return speaker{}
	}
	if p.pronoun != "" {
		return e.resolvePronoun(ts[p.a].start)
	}
	start, end := ts[p.a].start, ts[p.b-1].end
	if p.appos != nil {
		if sp := e.resolve(ts, p.appos); sp.ok() {
			if full := joinWords(p.appos.words); sp.kind == kindPerson && strings.HasPrefix(full, sp.name+" ") {
				sp.name = full // the tagger cut "Zeid Raad" from "Zeid Raad al-Hussein"
			}
			if p.gen != nil {
				sp.of = e.resolve(ts, p.gen).name
			}
			return sp
		}
	}
	if hl0 := p.head().lower; (pluralSource(hl0) || lex.unnamed[hl0]) && p.gen == nil {
		return speaker{name: p.text(), kind: kindUnnamed} // "aus UN-Kreisen", "Insidern zufolge"
	}
	for k := p.a; k < p.b; k++ {
		if m, n := e.mediaAt(ts, k); n > 0 && (p.gen == nil || k < p.gen.a) {
			// the outlet list knows "Bild am Sonntag" whole; "NTV Türk" goes on
			// past the name it knows
			for j := k + n; j < p.b && (p.gen == nil || j < p.gen.a) && isNameWord(ts[j]) && !isListNoun(ts[j].lower); j++ {
				m += " " + ts[j].text
			}
			return speaker{name: m, kind: kindMedia}
		}
	}
	if sp, ok := e.sideOf(p, start); ok {
		return sp
	}
	if hl := stripGenitive(p.head().lower); len(p.words) == 1 && p.gen == nil && !strings.Contains(hl, "-") {
		// "laut Rechnungshofbericht", "der Polizeistudie zufolge": the body
		// the compound names
		for _, suf := range []string{"bericht", "berichts", "berichtes", "studie", "umfrage", "analyse", "gutachten", "statistik", "mitteilung", "stellungnahme"} {
			if pre := strings.TrimSuffix(hl, suf); pre != hl && len(pre) >= 4 {
				org := pre
				if !lex.orgs.has(org) && strings.HasSuffix(org, "s") {
					org = strings.TrimSuffix(org, "s")
				}
				if lex.orgs.has(org) && !lex.roles.has(org) {
					return speaker{name: capitalise(org), kind: kindOrg}
				}
				break
			}
		}
	}
	// "Berlins Innensenator Andreas Geisel": a person the tagger found at the
	// end of the phrase is the speaker, without what stands before the name
	if lw := p.words[len(p.words)-1]; len(p.words) >= 3 {
		for _, en := range e.doc.Entities {
			if en.Type == fact.PER && en.End == lw.end && en.Start > p.words[0].start && en.Start >= start && strings.Contains(en.Text, " ") {
				sp := speaker{name: e.expand(e.entName(en)), kind: kindPerson}
				if p.gen != nil && ts[p.gen.a].start < en.Start {
					break // "der Sprecher der Staatsanwaltschaft Hans Mohr": left to the rules below
				}
				return sp
			}
		}
	}
	if lw := p.words[len(p.words)-1]; len(p.words) == 2 && p.det != "" && len(nameWords(p)) == 0 && allProperNames(p.words) && (p.gen == nil || ts[p.gen.a].start > lw.end) {
		// "der 67-jährige Keisuke Masuda": the tagger found the surname only
		for _, en := range e.doc.Entities {
			if en.Type == fact.PER && en.End == lw.end && en.Start >= lw.start {
				name := joinWords(p.words)
				e.addName(name)
				return speaker{name: name, kind: kindPerson}
			}
		}
	}
	if lw := p.words[len(p.words)-1]; len(p.words) == 2 && p.gen == nil && len(nameWords(p)) == 0 && p.det != "" && !isListNoun(stripGenitive(p.words[0].lower)) && !association(p.words[0].lower) {
		// "die Reederei Albis" with the tagger's "Albis": a noun and the
		// body's name, kept together as the text names it
		for _, en := range e.doc.Entities {
			if en.Type == fact.ORG && en.Start == lw.start && en.End == lw.end {
				k := kindOrg
				if en.Kind == fact.KindMedia || en.Kind == fact.KindAgency {
					k = kindMedia
				} else if en.Kind == fact.KindCompany {
					k = kindCompany
				}
				return speaker{name: joinWords(p.words), kind: k}
			}
		}
	}
	anchor := p.words
	if nw := nameWords(p); len(nw) > 0 {
		anchor = nw
	}
	if en, ok := e.entityIn(start, end); ok && !e.doubtfulPerson(en) && (p.gen == nil || en.Start < ts[p.gen.a].start) && en.Start < anchor[0].end && en.End > anchor[0].start &&
		!(en.Start == anchor[0].start && en.End < anchor[0].end && e.doc.Body[en.End] == '-' && len(anchor) == 1) && // "EU" in "EU-Kommission": the compound is the body
		!(len(nameWords(p)) == 0 && lex.roles.has(anchor[0].lower) && en.Start >= anchor[0].start && en.End <= anchor[0].end) {
		k := kindName
		if en.Type == fact.PER {
			k = kindPerson
		} else if en.Kind == fact.KindMedia || en.Kind == fact.KindAgency {
			k = kindMedia
		} else if en.Type == fact.ORG {
			k = kindOrg
		}
		name := e.entName(en)
		if k == kindPerson {
			name = e.expand(name)
		} else if p.det == "des" || p.det == "eines" {
			name = nominative(name)
		}
		if k != kindPerson {
			if f := strings.Fields(name); len(f) > 1 && association(strings.ToLower(f[0])) && !strings.EqualFold(f[1], "für") {
				if rest := e.orgName(p); rest != "" {
					name = rest // "Hightech-Verbandes Bitkom" -> Bitkom
				}
			}
		}
		if k != kindPerson && isOutletName(name) {
			k = kindMedia
		}
		return speaker{name: name, kind: k}
	}
	if m, n := e.mediaAt(ts, p.a+boolInt(p.det != "")); n > 0 {
		return speaker{name: m, kind: kindMedia}
	}
	for k := p.a; k < p.b; k++ {
		if m, n := e.mediaAt(ts, k); n > 0 && (p.gen == nil || k < p.gen.a) {
			return speaker{name: m, kind: kindMedia}
		}
	}
	head := p.head()
	if hl := strings.ToLower(head.text); p.gen == nil && lex.media.has(hl) && !lex.rumours.has(hl) && placeAdjective(p) {
		// "das Hohenbrücker Tageblatt": a paper's name of its own, not a
		// medium named before (nor the agency of the dateline). A hyphen
		// alone makes no name: "das Nachrichten-Portal", "eine Online-Zeitung"
		return speaker{name: p.text(), kind: kindMedia}
	}
	hl := head.lower
	if p.det == "des" || p.det == "eines" {
		hl = stripGenitive(hl)
	}
	if strings.HasSuffix(hl, "angaben") && len(hl) > len("angaben")+1 {
		// "nach Armeeangaben", "Polizeiangaben zufolge"
		return speaker{name: capitalise(strings.TrimSuffix(strings.TrimSuffix(hl, "angaben"), "-")), kind: kindOrg}
	}

	if len(p.words) == 1 && p.gen == nil && (p.det == "der" || p.det == "die" || p.det == "dem" || p.det == "den" || p.det == "des") && (lex.teams.has(hl) && !lex.orgRole.has(hl) || clubNoun(stripGenitive(hl)) && !e.roleMention(stripGenitive(hl), start)) {
		// "der Tabellenvorletzte", "die Gäste", "der Klub": the team the
		// sentence before is about, else the one named most often before
		if sp, ok := e.teamBefore(start); ok {
			return sp
		}
		return speaker{name: p.text(), kind: kindDesc}
	}
	nw := nameWords(p)
	if len(nw) == 0 {
		if rest := e.orgName(p); rest != "" {
			return speaker{name: rest, kind: kindOrg} // "des Hightech-Verbandes Bitkom" -> Bitkom
		}
		if len(p.words) == 1 && (p.det == "die" || p.det == "der" || p.det == "das" || p.det == "dem" || p.det == "den" || p.det == "des") && lex.orgs.has(stripGenitive(hl)) {
			// "die Organisation" after "die Menschenrechtsorganisation Cepadho"
			if m, ok := e.lastMention(start, false, func(m mention) bool {
				return m.kind == kindOrg && m.role != "" && m.role != stripGenitive(hl) && strings.HasSuffix(m.role, stripGenitive(hl)) && !strings.Contains(m.name, " ")
			}); ok {
				return speaker{name: m.name, kind: kindOrg}
			}
		}
		if len(p.words) == 1 && p.gen == nil && definite(p.det) && lex.anaphora.has(hl) {
			// "Nach Angaben der Organisation" after "Die Uno warnt": the one
			// body the tagger found before, or the subject of the sentence before
			if sp, ok := e.onlyBody(start, hl); ok {
				return sp
			}
		}
	}
	if len(nw) > 0 {
		if rest := e.orgName(p); rest != "" {
			return speaker{name: rest, kind: kindOrg} // "des deutschen Hightech-Verbandes Bitkom" -> Bitkom
		}
		name := e.expand(joinWords(nw))
		if len(nw) >= 2 {
			if full, ok := e.surnames[nw[len(nw)-1].lower]; ok && strings.HasSuffix(full, " "+nw[len(nw)-1].text) && !strings.HasSuffix(name, full) {
				// "Parteifreund Jaalon" -> Moshe Jaalon
				if !allProperNames(nw) {
					name = full
				}
			}
		}
		k := kindName
		if len(nw) >= 2 && allProperNames(nw) || len(nw) < len(p.words) && lex.roles.has(p.words[0].lower) {
			k = kindPerson
		}
		if len(nw) < len(p.words) && lex.companies.has(p.words[0].lower) {
			k = kindCompany
		}
		if len(nw) < len(p.words) && lex.media.has(p.words[0].lower) {
			k = kindMedia
		}
		if k == kindName {
			if m, ok := e.lastMention(end+1, true, func(m mention) bool { return m.name == name }); ok {
				k = m.kind
			}
		}
		sp := speaker{name: name, kind: k}
		if p.gen != nil && k == kindPerson {
			sp.of = e.resolve(ts, p.gen).name
		}
		return sp
	}
	if quantity(hl) && p.gen != nil {
		return e.resolve(ts, p.gen) // "85 Prozent der Gesundheitsämter"
	}
	if quantity(hl) && p.gen == nil && e.last != nil && e.lastSent >= e.cur-3 && e.lastSent < e.cur {
		return e.last.sp // "56 Prozent zeigen sich besorgt": of those the survey before asked
	}
	if decisionNoun(hl) && p.gen != nil {
		if g := e.resolve(ts, p.gen); g.ok() && g.kind != kindDesc {
			return g // "das Urteil des Bundesgerichtshofs"
		}
	}
	// descriptors
	if pluralSource(hl) && p.gen == nil {
		return speaker{name: p.text(), kind: kindUnnamed} // "laut Medienberichten"
	}
	switch {
	case lex.unnamed[hl] || len(p.words) > 0 && lex.unnamed[strings.ToLower(p.words[0].text)]:
		if p.gen != nil {
			if g := e.resolve(ts, p.gen); g.ok() {
				return g
			}
		}
		return speaker{name: p.text(), kind: kindUnnamed}
	case isContainer(hl) || lex.media.has(hl) || isContainer(compoundHead(hl)) || containerCompound(hl):
		if p.gen != nil && len(p.gen.words) == 1 && lex.mediaAmb[p.gen.head().lower] {
			// "ein Bericht der Presse": the outlet, though its name is a common word;
			// "der „Bild am Sonntag“": the longer name the list knows
			for k := p.gen.a; k < len(ts) && k < p.gen.a+3; k++ {
				if ts[k].start == p.gen.head().start {
					if m, n := e.mediaAt(ts, k); n > 1 {
						return speaker{name: m, kind: kindMedia}
					}
				}
			}
			return speaker{name: p.gen.head().text, kind: kindMedia}
		}
		if p.gen != nil {
			if g := e.resolve(ts, p.gen); g.ok() {
				if g.kind == kindDesc && isDocument(hl) && !speakerLike(p.gen) && !animate(p.gen.head().lower) {
					// "das Protokoll der Anhörung": an event does not speak, the
					// document does
					return speaker{name: p.text(), kind: kindDesc}
				}
				if lex.media.has(hl) && g.kind != kindPerson {
					g.kind = kindMedia // the holder of a report is a medium
				}
				return g
			}
		}
		if pre := compoundPrefix(head.text); pre != "" && (lex.media.has(hl) || isContainer(compoundHead(hl))) && !e.placePrefix(pre) {
			if isOutletName(pre) {
				return speaker{name: pre, kind: kindMedia} // "nach STANDARD-Infos"
			}
			return speaker{name: pre, kind: kindOrg}
		}
		if lex.media.has(hl) {
			if p.b+1 < len(ts) && isQuoteMark(ts[p.b].text) {
				if m, n := e.mediaAt(ts, p.b+1); n > 0 {
					return speaker{name: m, kind: kindMedia} // das Magazin „Focus“
				}
			}
			if m, ok := e.nearMedia(start, p.det == "" || strings.HasPrefix(p.det, "ein")); ok {
				return speaker{name: m, kind: kindMedia}
			}
			if e.last != nil && e.lastSent >= e.cur-3 && isOrgKind(e.last.sp.kind) && (hl == "bericht" || hl == "berichts" || hl == "berichtes") {
				return e.last.sp // "laut Bericht" of the organisation speaking
			}
			return speaker{name: p.text(), kind: kindMedia}
		}
		if strings.HasSuffix(hl, "angaben") && len(hl) > len("angaben") {
			return speaker{name: capitalise(strings.TrimSuffix(hl, "angaben")), kind: kindOrg}
		}
		// "der Umfrage zufolge" after "eine Umfrage des Verbands Bitkom":
		// the holder named with the same noun before
		if p.gen == nil && (p.det == "der" || p.det == "die" || p.det == "dem" || p.det == "den" || p.det == "des") {
			if h, ok := e.holderBefore(hl, start); ok {
				return h
			}
		}
		// "den Angaben", "der Studie": who spoke last; "einer Umfrage" is new
		if e.last != nil && e.lastSent >= e.cur-3 && !strings.HasPrefix(p.det, "ein") {
			return e.last.sp
		}
		return speaker{name: p.text(), kind: kindDesc}
	case lex.roles.has(hl) || p.gen != nil && lex.roles.has(stripGenitive(hl)): // "Chefs aller Länder"
		if p.gen != nil && definite(p.det) && !isSpokesRole(hl) && len(p.words) == 1 {
			// "sagte der Leiter der Charité-Virologie" right after Drosten spoke
			// or was named: a definite role of a body, without a name, is the
			// person the text is quoting, not the body
			if sp, ok := e.currentPerson(); ok {
				return sp
			}
		}
		if p.gen != nil && !e.placeIs(p.gen.words[0].start, p.gen.words[len(p.gen.words)-1].end) {
			// "eine Kitaleiterin aus Mitte": a place is not what the role speaks for
			if g := e.resolve(ts, p.gen); g.ok() {
				if g.kind == kindDesc && !isSpokesRole(hl) && p.det == "die" && !strings.HasSuffix(hl, "in") {
					// "die Kultusminister der Länder": many of no named body
					return speaker{name: p.text(), kind: kindDesc}
				}
				return speaker{name: g.name, of: g.name, kind: g.kind}
			}
		}
		if pre := compoundPrefix(head.text); pre != "" && isSpokesRole(hl) {
			if lex.companies.has(strings.ToLower(pre)) {
				if c, ok := e.lastCompany(start); ok {
					return speaker{name: c, of: c, kind: kindCompany}
				}
			}
			return speaker{name: pre, of: pre, kind: kindOrg}
		}
		if isSpokesRole(hl) {
			// "Parlamentssprecherin" -> Parlament, "Polizeisprecher" -> Polizei
			pre := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(hl, "innen"), "in"), "sprecher")
			if len(pre) > 3 && !strings.HasPrefix(hl, "firmen") && !strings.HasPrefix(hl, "konzern") && !strings.HasPrefix(hl, "unternehmens") && !strings.HasPrefix(hl, "presse") && !strings.HasPrefix(hl, "regierungs") {
				org := pre
				if !lex.orgs.has(org) && strings.HasSuffix(org, "s") {
					org = strings.TrimSuffix(org, "s")
				}
				if lex.orgs.has(org) {
					name := capitalise(org)
					return speaker{name: name, of: name, kind: kindOrg}
				}
			}
			if strings.HasPrefix(hl, "firmen") || strings.HasPrefix(hl, "konzern") || strings.HasPrefix(hl, "unternehmens") {
				if c, ok := e.lastCompany(start); ok {
					return speaker{name: c, of: c, kind: kindCompany}
				}
			}
			if hl == "sprecher" || hl == "sprecherin" || hl == "sprecherinnen" {
				if e.last != nil && e.lastSent >= e.cur-2 && e.last.sp.kind != kindPerson && e.last.sp.kind != kindMedia && e.last.sp.kind != kindUnnamed && !isListNoun(strings.ToLower(e.last.sp.name)) {
					// "Das Bundesheer bestätigte den Unfall. ..., teilte ein
					// Sprecher mit": the body that just spoke
					return speaker{name: e.last.sp.name, of: e.last.sp.name, kind: e.last.sp.kind}
				}
				if e.last != nil && e.lastSent >= e.cur-4 && e.last.sp.of != "" && e.last.sp.of == e.last.sp.name && isOrgKind(e.last.sp.kind) {
					// "sagte eine Sprecherin der Stadt Essen. ... . ..., sagte eine
					// Sprecherin": the spokeswoman who spoke a few sentences back
					return e.last.sp
				}
				for k := len(e.claims) - 1; k >= 0 && e.claims[k].s1 >= e.cur-3; k-- {
					// "Unterdessen hat das Landratsamt mitgeteilt, dass ... . ...,
					// teilt der Spiegel mit. ... laut der Sprecherin": the body that
					// spoke last, past a medium that reported in between
					if c := e.claims[k]; isOrgKind(c.sp.kind) && c.sp.kind != kindMedia {
						return speaker{name: c.sp.name, of: c.sp.name, kind: c.sp.kind}
					}
				}
				// an organisation named before the sentence, not one inside what
				// she says ("Polizei und Ordnungsamt schritten nicht ein, sagte
				// eine Sprecherin")
				if m, ok := e.lastMention(e.sents[e.cur].start, false, func(m mention) bool { return isOrgKind(m.kind) }); ok {
					return speaker{name: m.name, of: m.name, kind: m.kind}
				}
				if m, ok := e.lastMention(start, false, func(m mention) bool { return isOrgKind(m.kind) }); ok {
					return speaker{name: m.name, of: m.name, kind: m.kind}
				}
			}
			return speaker{name: p.text(), kind: kindDesc}
		}
		if p.det == "die" && !strings.HasSuffix(hl, "in") && !strings.HasSuffix(hl, "e") {
			// "die Forscher": many, not the one person named before
			return speaker{name: p.text(), kind: kindDesc}
		}
		if possessiveDet(p.det) {
			// "erklärte seine Anwältin" after "dessen Anwältin X": the one named
			// with the role; never the one whose lawyer she is
			if m, ok := e.lastMention(start, false, func(m mention) bool { return m.kind == kindPerson && m.role != "" && sameRole(m.role, hl) }); ok {
				return speaker{name: m.name, kind: kindPerson}
			}
		}
		if p.det == "der" || p.det == "die" || p.det == "dem" || p.det == "den" || p.det == "des" {
			// a definite role: the person named with that role, or the last person speaking
			if m, ok := e.lastMention(start, true, func(m mention) bool { return m.kind == kindPerson && m.role != "" && sameRole(m.role, hl) }); ok {
				return speaker{name: m.name, kind: kindPerson}
			}
			// the gender of the role must fit: "die Ministerin" is not
			// "Gesundheitsminister Karl Huber"
			fits := func(name string) bool {
				g := e.genderOf(name)
				if g == 0 {
					return true
				}
				if strings.HasSuffix(hl, "e") {
					// "die 61-Jährige", "der Angeklagte": the article tells
					return p.det != "der" && p.det != "die" || (g == 'f') == (p.det == "die")
				}
				return (g == 'f') == feminineRole(hl)
			}
			if e.last != nil && e.last.sp.kind == kindPerson && fits(e.last.sp.name) {
				return e.last.sp
			}
			if e.last != nil && e.lastSent >= e.cur-2 && e.last.sp.of != "" {
				return e.last.sp // "Ein Forscher des Labors X sagte ... . ..., sagte der Forscher"
			}
			if m, ok := e.lastMention(start, false, func(m mention) bool { return m.kind == kindPerson && fits(m.name) }); ok {
				return speaker{name: m.name, kind: kindPerson}
			}
			if sp, ok := e.mainPerson(); ok && (p.det == "der" || p.det == "die") {
				// "Die Bundeskanzlerin hat die Bürger ermahnt" opening the
				// article: the person the article names most
				return sp
			}
		}
		if p.det == "" || p.det == "dem" {
			if m, ok := e.lastMention(start, true, func(m mention) bool { return m.kind == kindPerson && m.role != "" && sameRole(m.role, hl) }); ok {
				return speaker{name: m.name, kind: kindPerson}
			}
		}
		return speaker{name: p.text(), kind: kindDesc}
	case p.gen == nil && len(p.words) == 1 && singularPerson(p.det, hl):
		// "so der Festwirt" after "Festwirt Christian Fahrenschon", "sagte der
		// 54-Jährige": a person noun the lists do not know, with a definite
		// article, is the person named with it or the one the text is quoting
		if m, ok := e.lastMention(start, true, func(m mention) bool { return m.kind == kindPerson && m.role != "" && sameRole(m.role, hl) }); ok {
			return speaker{name: m.name, kind: kindPerson}
		}
		if sp, ok := e.currentPerson(); ok {
			return sp
		}
		return speaker{name: p.text(), kind: kindDesc}
	case lex.companies.has(hl) && p.det != "" && (p.det != "die" || femCompany(hl)):
		if c, ok := e.lastCompany(start); ok {
			return speaker{name: c, kind: kindCompany}
		}
		return speaker{name: p.text(), kind: kindDesc}
	case lex.orgs.has(hl) || lex.orgs.has(strings.ToLower(p.words[0].text)):
		name := p.text()
		runOn := false
		if g := p.gen; g != nil && len(g.words) >= 2 && !isInstitutionName(g.words) {
			// "der Justiz seines Landes Attentatspläne": the genitive ran on into
			// the next noun; without a tagged name after it, keep the head alone
			if _, ok := e.entityIn(g.words[1].start, g.words[len(g.words)-1].end); !ok {
				q := *p
				q.gen = nil
				name = q.text()
				runOn = true
			}
		}
		if p.gen != nil && len(p.words) == 1 && !strings.Contains(name, " ") && !runOn {
			// "des Verbands der deutschen Schulcaterer": the genitive is part of the name
			if g := e.resolve(ts, p.gen); !g.ok() || g.kind == kindDesc {
				name += " " + e.doc.Body[ts[p.gen.a].start:ts[p.gen.b-1].end]
			}
		} else if p.gen == nil && len(p.words) == 1 && p.det != "" && !strings.HasPrefix(p.det, "ein") {
			// "der Verband" after "der Verband für häusliche Pflege" spoke
			for k := len(e.claims) - 1; k >= 0; k-- {
				if n := e.claims[k].sp.name; len(n) > len(name)+1 && strings.HasPrefix(n, name+" ") {
					return e.claims[k].sp
				}
			}
		}
		return speaker{name: name, kind: kindOrg}
	}
	return speaker{name: p.text(), kind: kindDesc}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// compoundPrefix returns "Bahn" for "Bahn-Sprecherin", or "" when the word
// has no hyphen.
func compoundPrefix(w string) string {
	i := strings.LastIndex(w, "-")
	if i <= 0 {
		return ""
	}
	return w[:i]
}

func isSpokesRole(l string) bool {
	return strings.HasSuffix(l, "sprecher") || strings.HasSuffix(l, "sprecherin") || strings.HasSuffix(l, "sprecherinnen")
}

// sameRole: "außenminister" and "minister", "generalmajor" and "vize-generalstabschef" (no).
func sameRole(a, b string) bool {
	a, b = strings.ReplaceAll(a, "-", ""), strings.ReplaceAll(b, "-", "")
	if feminineRole(a) != feminineRole(b) {
		return false // "die Ministerin" is not "Gesundheitsminister X"
	}
	a, b = strings.TrimSuffix(a, "in"), strings.TrimSuffix(b, "in")
	return a == b || strings.HasSuffix(a, b) || strings.HasSuffix(b, a)
}

// possessiveDet: a possessive before a role makes it as definite as an
// article ("erklärte seine Anwältin").
func possessiveDet(det string) bool {
	switch det {
	case "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer":
		return true
	}
	return false
}

// feminineRole reports whether a lower-case role noun is in the feminine
// form ("ministerin", "sprecherin"), which tells a woman from a man where the
// lists give names no gender.
func feminineRole(l string) bool {
	return len(l) > 5 && strings.HasSuffix(l, "in") && !strings.HasSuffix(l, "ein") && !strings.HasSuffix(l, "ain")
}

// lastCompany returns the company an anaphor ("das Unternehmen") refers to.
//
// The company most often named before pos wins (the one the article is
// about), the latest of equals.
func (e *extractor) lastCompany(pos int) (string, bool) {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range e.mentions {
		if m.pos >= pos {
			break
		}
		if m.kind != kindCompany {
			continue
		}
		// a name as the object of a preposition ("das Angebot von Apple")
		// counts less than one standing as subject or head
		w := 2
		if e.afterPreposition(m.pos) {
			w = 1
		}
		count[m.name] += w
		if count[m.name] >= bestN {
			best, bestN = m.name, count[m.name]
		}
	}
	if best != "" {
		return best, true
	}
	for i := len(e.claims) - 1; i >= 0; i-- {
		// a company that spoke before; an organisation that is no company
		// (a works council, a union) is not what "the company" means
		if e.claims[i].sp.kind == kindCompany {
			return e.claims[i].sp.name, true
		}
	}
	e.scanNames()
	place := e.placeNames()
	if m, ok := e.lastMention(pos, false, func(m mention) bool { return (m.kind == kindName || m.kind == kindOrg) && !place[m.name] }); ok {
		return m.name, true
	}
	return "", false
}

// placeNames are the names the tagger marks only as places ("Amsterdam" of
// a dateline): a name seen twice is no company when it is a place.
func (e *extractor) placeNames() map[string]bool {
	place := map[string]bool{}
	other := map[string]bool{}
	for _, en := range e.doc.Entities {
		if en.Type == fact.LOC {
			place[en.Text] = true
		} else {
			other[en.Text] = true
		}
	}
	for n := range other {
		delete(place, n)
	}
	return place
}

// scanNames finds single-word names the lists do not know ("Facebook"):
// capitalised words seen at least twice, hardly ever after an article or
// adjective (as nouns are), and not at the start of a sentence only.
func (e *extractor) scanNames() {
	if e.namesDone {
		return
	}
	e.namesDone = true
	defer sort.SliceStable(e.mentions, func(a, b int) bool { return e.mentions[a].pos < e.mentions[b].pos })
	type stat struct {
		n, det int
		first  int
		text   string
	}
	st := map[string]*stat{}
	var order []string
	for _, s := range e.sents {
		ts := s.toks
		for i, t := range ts {
			if !t.word || !t.cap || t.digit || t.g() != "" || len(t.text) < 3 {
				continue
			}
			l := t.lower
			if lex.roles.has(l) || lex.orgs.has(l) || lex.companies.has(l) || lex.media.has(l) || lex.unnamed[l] || isContainer(l) {
				continue
			}
			x := st[l]
			if x == nil {
				x = &stat{first: t.start, text: t.text}
				st[l] = x
				order = append(order, l)
			}
			x.n++
			if i > 0 && (ts[i-1].g() == "det" || isAdjLike(ts[i-1]) || ts[i-1].digit) {
				x.det++
			}
		}
	}
	names := map[string]bool{}
	for _, l := range order {
		x := st[l]
		if x.n >= 2 && x.det*4 <= x.n && !nounEnding(l) {
			names[l] = true
		}
	}
	if len(names) == 0 {
		return
	}
	for _, s := range e.sents {
		for i, t := range s.toks {
			if names[t.lower] && t.cap && (i == 0 || !isNameWord(s.toks[i-1])) && (i+1 >= len(s.toks) || !isNameWord(s.toks[i+1])) {
				e.mentions = append(e.mentions, mention{pos: t.start, name: t.text, kind: kindName})
			}
		}
	}
}

// nounEnding: suffixes of German common nouns.
func nounEnding(l string) bool {
	for _, suf := range []string{"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "nis", "nisse", "chen", "lein", "ismus", "ist", "isten", "ern", "eln", "en", "er", "te", "ten"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nearMedia returns the medium a descriptor ("die Zeitung", "einem
// Zeitungsbericht") refers to: the last media speaker, else the nearest
// media name within a few sentences.
// With forward set (an indefinite "einem Zeitungsbericht", "laut
// Medienbericht") only a medium named soon after counts: a report is
// introduced, then named.
func (e *extractor) nearMedia(pos int, forward bool) (string, bool) {
	if forward {
		for _, m := range e.mentions {
			if m.kind == kindMedia && m.pos > pos && m.pos-pos < 700 {
				return m.name, true
			}
		}
		return "", false
	}
	for i := len(e.claims) - 1; i >= 0; i-- {
		if e.claims[i].sp.kind == kindMedia {
			return e.claims[i].sp.name, true
		}
	}
	if m, ok := e.lastMention(pos, false, func(m mention) bool { return m.kind == kindMedia }); ok {
		return m.name, true
	}
	return "", false
}

// resolvePronoun: er/sie/ihm refer to a person or organisation named in
// the sentence or the one before, when one was named after the last claim
// began; else to the last speaker.
func (e *extractor) resolvePronoun(pos int) speaker {
	from := e.prevStart(e.cur)
	if e.last != nil {
		if ls := e.sents[e.last.s0].start; ls > from {
			from = ls
		}
	}
	// a person named since the last claim first ("sagt er" is a person's word),
	// one the tagger found before one only the patterns did ("durch den Sea
	// Forest Waterway"), then an organisation the tagger found
	// the gender a role before the name gives must fit the pronoun: "er"
	// is not "Ministerin Anna X", singular "sie" not "Minister Jan Y"
	pron := strings.ToLower(e.doc.Body[pos:min(pos+3, len(e.doc.Body))])
	fits := func(name string) bool {
		g := e.genderOf(name)
		switch {
		case strings.HasPrefix(pron, "er"):
			return g != 'f'
		case strings.HasPrefix(pron, "sie"):
			return g != 'm'
		}
		return true
	}
	person := func(from int) (speaker, bool) {
		for _, tagged := range []bool{true, false} {
			if m, ok := e.lastMention(pos, false, func(m mention) bool {
				return m.pos >= from && m.kind == kindPerson && (m.ent || !tagged) && !e.inQuote(m.pos) && fits(m.name) // a name in a quote is the speaker's word
			}); ok {
				return speaker{name: m.name, kind: m.kind}, true
			}
		}
		return speaker{}, false
	}
	if e.last != nil && e.last.sp.kind == kindPerson && e.lastSent >= e.cur-1 && e.lastSent < len(e.sents) && fits(e.last.sp.name) {
		// the speaker of the sentence before goes on, unless a person is named
		// after that claim's sentence ("meint Claudio Couto, Politologe an der
		// Universität Getúlio Vargas. ..., sagt er": Couto)
		after := e.sents[e.lastSent].end
		if _, named := e.lastMention(pos, false, func(m mention) bool { return m.pos >= after && m.kind == kindPerson && !e.inQuote(m.pos) }); !named {
			return e.last.sp
		}
	}
	if sp, ok := person(from); ok {
		return sp
	}
	if e.last != nil && e.lastSent >= e.cur-3 && e.last.sp.kind == kindPerson && fits(e.last.sp.name) {
		return e.last.sp
	}
	if e.last != nil && e.lastSent >= e.cur-1 && e.last.sp.of != "" {
		// "Eine Unternehmenssprecherin wies ... zurück. „...“, sagte sie":
		// the spokesperson who just spoke, not a person named further back
		return e.last.sp
	}
	// a person a few sentences back ("Simon lacht. ... Er hat sich gemeldet.
	// ..., sagt er") before an organisation named in between
	if sp, ok := person(e.sents[max(0, e.cur-4)].start); ok {
		return sp
	}
	if m, ok := e.lastMention(pos, false, func(m mention) bool {
		return m.pos >= from && isOrgKind(m.kind) && m.ent
	}); ok {
		return speaker{name: m.name, kind: m.kind}
	}
	if e.last != nil && e.lastSent >= e.cur-3 {
		return e.last.sp
	}
	// "er" speaks as a person: one named further back ("Butterfill ist
	// Chefökonom ... . Um ... fliegt seine Firma Medien ein. ..., sagt er")
	// before a body named in between
	if sp, ok := person(e.sents[max(0, e.cur-8)].start); ok && (e.doc.Body[pos] == 'e' || e.doc.Body[pos] == 'E') {
		return sp
	}
	if m, ok := e.lastMention(pos, false, func(m mention) bool { return m.kind == kindPerson || isOrgKind(m.kind) }); ok {
		return speaker{name: m.name, kind: m.kind}
	}
	return speaker{}
}

// genderOf returns 'f' or 'm' when a role noun named with the person
// gives the gender ("Ministerin Anna Roth", "Sprecher Jan Hof"), else 0:
// the given-name lists carry no gender.
func (e *extractor) genderOf(name string) byte {
	for i := len(e.mentions) - 1; i >= 0; i-- {
		m := e.mentions[i]
		if m.name != name || m.role == "" || !lex.roles.has(m.role) || strings.HasSuffix(m.role, "e") {
			continue // "61-jährige", "angeklagte": the noun alone tells no gender
		}
		if feminineRole(m.role) {
			return 'f'
		}
		return 'm'
	}
	return 0
}

// compoundHead is the part after the last hyphen: "rki-studie" -> "studie".
func compoundHead(l string) string {
	if i := strings.LastIndex(l, "-"); i >= 0 {
		return l[i+1:]
	}
	return l
}

// femCompany: company nouns taken as singular after "die" ("die Firma");
// others after "die" are plural ("die Autobauer") and stay descriptors.
func femCompany(l string) bool {
	switch l {
	case "firma", "bank", "gruppe", "plattform", "kette", "airline", "fluggesellschaft", "tochter", "tochterfirma", "tochtergesellschaft", "versicherung":
		return true
	}
	return false
}

// isOutletName: a name that is, or ends with, an outlet of lists/outlets.txt
// ("Berliner Tagesspiegel", "Tagesspiegels").
func isOutletName(name string) bool {
	l := strings.ToLower(name)
	if lex.mediaName[l] && !lex.mediaAmb[l] {
		return true
	}
	f := strings.Fields(l)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return lex.mediaName[last] && !lex.mediaAmb[last] || lex.mediaName[strings.TrimSuffix(last, "s")] && !lex.mediaAmb[strings.TrimSuffix(last, "s")]
}

// holderBefore finds the last "<noun> des/der X" or "X-<noun>" before pos
// with the same head noun (a survey, study or report named before) and
// returns X.
func (e *extractor) holderBefore(hl string, pos int) (speaker, bool) {
	if len(hl) < 5 || strings.HasSuffix(hl, "angaben") {
		return speaker{}, false
	}
	for i := e.cur; i >= 0 && i >= e.cur-12; i-- {
		ts := e.sents[i].toks
		for k := len(ts) - 1; k >= 0; k-- {
			t := ts[k]
			if t.start >= pos || !t.word || !t.cap {
				continue
			}
			l := stripGenitive(t.lower)
			if l == hl {
				if k+2 < len(ts) && (ts[k+1].lower == "des" || ts[k+1].lower == "der" || ts[k+1].lower == "eines" || ts[k+1].lower == "einer") {
					if g := phraseAt(ts, k+1, len(ts)); g != nil && g.pronoun == "" {
						if sp := e.resolve(ts, g); sp.ok() && sp.kind != kindDesc {
							return sp, true
						}
					}
				}
				continue
			}
			if strings.HasSuffix(l, "-"+hl) {
				if pre := compoundPrefix(t.text); pre != "" {
					return speaker{name: pre, kind: kindOrg}, true // "Boku-Studie" -> Boku
				}
			}
		}
	}
	return speaker{}, false
}

// placePrefix: the first part of a compound names a place, not the holder
// ("US-Magazin", "EU-Bericht"): a tagged place or a short country code.
func (e *extractor) placePrefix(pre string) bool {
	switch pre {
	case "US", "USA", "EU", "UK", "UN", "Uno", "UNO":
		return true
	}
	for _, en := range e.doc.Entities {
		if en.Type == fact.LOC && (en.Text == pre || en.Name == pre) {
			return true
		}
	}
	return false
}

// placeIs reports whether the words in [start, end) are a place the tagger
// found, and nothing more ("aus Mitte", not "der Polizei Wien").
func (e *extractor) placeIs(start, end int) bool {
	for _, en := range e.doc.Entities {
		if en.Type == fact.LOC && en.Start <= start && en.End >= end {
			return true
		}
	}
	return false
}

// isInstitutionName: "Bundesamt für Migration und Flüchtlinge" and the like,
// whose words after the first are part of the name.
func isInstitutionName(ws []tok) bool {
	for _, w := range ws[1:] {
		if w.lower == "für" || w.lower == "und" {
			return true
		}
	}
	return false
}

// capitalAdjectives: capitalised adjectives that open a name ("Gemeinsame",
// "Deutscher", "Europäischen"), not nouns the lists know.
func capitalAdjectives(ws []tok) bool {
	for _, w := range ws {
		l := w.lower
		if !w.cap || lex.orgRole.has(l) || !(strings.HasSuffix(l, "e") || strings.HasSuffix(l, "er") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "es")) {
			return false
		}
		if !(strings.HasSuffix(strings.TrimRight(l, "enrs"), "isch") || strings.HasSuffix(strings.TrimRight(l, "enrs"), "sam") || strings.HasSuffix(strings.TrimRight(l, "enrs"), "lich") || strings.HasSuffix(strings.TrimRight(l, "enrs"), "ig") || strings.HasPrefix(l, "deutsch") || strings.HasPrefix(l, "europä") || strings.HasPrefix(l, "bundes") || strings.HasPrefix(l, "national") || strings.HasPrefix(l, "international")) {
			return false
		}
	}
	return true
}

// afterPreposition reports whether the word before byte offset pos is a
// preposition.
func (e *extractor) afterPreposition(pos int) bool {
	b := e.doc.Body
	j := pos
	for j > 0 && (b[j-1] == ' ' || b[j-1] == '\n' || b[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && b[k-1] != ' ' && b[k-1] != '\n' && b[k-1] != '\t' {
		k--
	}
	if k == j {
		return false
	}
	return lex.fn(strings.ToLower(b[k:j])) == "prep"
}

// doubtfulPerson reports whether a person the tagger found is likely a
// common noun: one word, no known given name, no surname of a full name
// seen in the text, and an article before it or a role, organisation or
// unnamed-source noun in the lists ("der Gutachter", "Ermittler").
func (e *extractor) doubtfulPerson(en fact.Entity) bool {
	if en.Type != fact.PER {
		return false
	}
	name := strings.TrimSpace(en.Text)
	if pronominal(strings.ToLower(name)) {
		return true // "Ersterer"
	}
	if name == "" || strings.ContainsAny(name, " -") || ner.IsFirstName(name) {
		return false
	}
	l := strings.ToLower(name)
	if full, ok := e.surnames[l]; ok && strings.Contains(full, " ") {
		return false
	}
	if lex.orgRole.has(l) || lex.unnamed[l] || pluralSource(l) {
		return true
	}
	b := e.doc.Body
	j := en.Start
	for j > 0 && b[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && b[k-1] != ' ' && b[k-1] != '\n' {
		k--
	}
	switch strings.ToLower(b[k:j]) {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines":
		return true
	}
	return false
}

func definite(det string) bool {
	switch det {
	case "der", "die", "das", "des", "dem", "den":
		return true
	}
	return false
}

// singularPerson: a definite noun of one person the lists do not hold: "der
// Festwirt", "die Virologin", "der 54-Jährige"; not a body ("die Regierung")
// nor a plural ("die Forscher").
func singularPerson(det, l string) bool {
	if lex.orgRole.has(l) || lex.unnamed[l] || lex.companies.has(l) || lex.media.has(l) || lex.teams.has(l) || isContainer(l) {
		return false
	}
	if strings.HasSuffix(l, "-jährige") || strings.HasSuffix(l, "-jähriger") {
		return det == "der" || det == "die"
	}
	switch l {
	case "gericht", "regierung", "opposition", "mehrheit", "seite", "lager", "koalition", "fraktion", "team", "familie", "jury", "paar", "leute", "menschen", "eltern", "frauen", "männer", "kinder":
		return false
	}
	if !animate(l) {
		return false
	}
	switch det {
	case "der":
		// "der Festwirt"; "der Forscherinnen" is a genitive plural
		return !strings.HasSuffix(l, "innen") && !strings.HasSuffix(l, "en")
	case "die":
		return strings.HasSuffix(l, "in") // "die Virologin"
	}
	return false
}

// currentPerson is the person the text is quoting at the current sentence:
// the speaker of a claim in this or the sentence before, else the person
// the sentence before is about.
func (e *extractor) currentPerson() (speaker, bool) {
	if e.last != nil && e.lastSent >= e.cur-1 && e.last.sp.kind == kindPerson {
		return e.last.sp, true
	}
	if sp := e.prevSubject(e.cur); sp.ok() && sp.kind == kindPerson {
		return sp, true
	}
	for back := 1; back <= 2 && e.cur-back >= 0; back++ {
		// the one person the sentences before name ("Sydney – Andreas
		// Hanakamp neigt nicht zur Mythenbildung. ..., sagt der Segler";
		// "Trainer X lobte die Mannschaft. Diese Truppe gibt nie auf. ...,
		// meinte der Wiener")
		from, to := e.sents[e.cur-back].start, e.sents[e.cur].start
		one := ""
		n := 0
		for _, m := range e.mentions {
			if m.pos >= from && m.pos < to && m.kind == kindPerson && !e.inQuote(m.pos) {
				if full := e.expand(m.name); full != one {
					one = full
					n++
				}
			}
		}
		if n == 1 {
			return speaker{name: one, kind: kindPerson}, true
		}
		if n > 1 {
			break
		}
	}
	return speaker{}, false
}

// nominative drops the genitive ending of the organisation noun in a name
// read after "des": "Oberverwaltungsgerichts Nordrhein-Westfalen" ->
// "Oberverwaltungsgericht Nordrhein-Westfalen".
func nominative(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		l := strings.ToLower(w)
		if g := stripGenitive(l); g != l && lex.orgs.has(g) && !lex.orgs.has(l) {
			f[i] = w[:len(w)-(len(l)-len(g))]
		}
	}
	return strings.Join(f, " ")
}

// entName is the name of an entity without a leading role noun, and for a
// person with the part after a name particle the tagger cut off ("Luiz
// Inácio Lula" + " da Silva", "Alexander Van" + " der Bellen").
func (e *extractor) entName(en fact.Entity) string {
	name := cleanEntityName(en)
	if en.Type != fact.PER || en.End < 0 || en.End > len(e.doc.Body) || strings.TrimSpace(en.Text) == "" {
		return name
	}
	tail := particleTail(e.doc.Body, en.End, en.Text)
	if tail == "" {
		return name
	}
	if ws := strings.Fields(en.Text); !nameParticle(strings.ToLower(ws[len(ws)-1])) {
		// a particle after the name ("da Silva"): a name only when the tagger
		// found a person in the word after it, not "von der Hilfsorganisation"
		tw := strings.Fields(tail)
		at := strings.Index(e.doc.Body[en.End:], tw[len(tw)-1]) + en.End
		ok := false
		for _, o := range e.doc.Entities {
			if o.Type == fact.PER && o.Start <= at && o.End > at {
				ok = true
				break
			}
		}
		if !ok {
			return name
		}
	}
	// the tail's last word read after a genitive ("Van der Bellens Sprecher")
	if f := strings.Fields(tail); len(f) > 0 {
		last := f[len(f)-1]
		if strings.HasSuffix(last, "s") && len(last) > 4 {
			if _, ok := e.surnames[strings.ToLower(strings.TrimSuffix(last, "s"))]; ok {
				tail = strings.TrimSuffix(tail, "s")
			}
		}
	}
	return name + tail
}

// particleTail reads, after byte end, a name particle and the name word it
// leads to (" da Silva", " von der Leyen"); when the entity's text already
// ends with the particle ("Alexander Van"), only what follows it
// (" der Bellen"). It returns "" when no such tail stands there.
func particleTail(body string, end int, text string) string {
	words := strings.Fields(text)
	endsParticle := len(words) > 1 && nameParticle(strings.ToLower(words[len(words)-1]))
	rest := body[end:]
	var out strings.Builder
	pos := 0
	next := func() string {
		j := pos
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		if j == pos || j >= len(rest) {
			return ""
		}
		k := j
		for k < len(rest) && rest[k] != ' ' && rest[k] != ',' && rest[k] != '.' && rest[k] != '\n' && rest[k] != ':' && rest[k] != ';' && rest[k] != ')' && rest[k] != '(' {
			k++
		}
		w := rest[j:k]
		pos = k
		return w
	}
	if !endsParticle {
		w := next()
		if !nameParticle(strings.ToLower(w)) || w == "" {
			return ""
		}
		out.WriteString(" " + w)
	}
	w := next()
	if l := strings.ToLower(w); l == "der" || l == "den" || l == "la" || l == "le" || l == "los" {
		out.WriteString(" " + w)
		w = next()
	}
	if !isUpperStart(w) {
		return ""
	}
	out.WriteString(" " + w)
	return out.String()
}

// nameParticle: the small words inside names ("da Silva", "van der Bellen").
func nameParticle(l string) bool {
	switch l {
	case "von", "van", "de", "da", "di", "du", "del", "della", "dos", "zu", "ten", "ter":
		return true
	}
	return false
}

func isUpperStart(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && len(w) > n && unicode.IsUpper(r)
}

// taggedOther reports whether the tagger found a place or organisation in
// [start, end): "im Zentrum Japans" is no person.
func (e *extractor) taggedOther(start, end int) bool {
	for _, en := range e.doc.Entities {
		if en.Type != fact.PER && en.Start < end && en.End > start {
			return true
		}
	}
	return false
}

// teamBefore is the team or club a descriptor stands for: the subject of the
// sentence before when it is a body, else the body named most often before
// this sentence, the later on a tie.
func (e *extractor) teamBefore(start int) (speaker, bool) {
	if sp := e.prevSubject(e.cur); sp.ok() && (isOrgKind(sp.kind) || sp.kind == kindName) {
		return sp, true
	}
	from := start
	if e.cur < len(e.sents) {
		from = e.sents[e.cur].start
	}
	// the one named most often before, the later on a tie
	count := map[string]int{}
	var best mention
	for _, m := range e.mentions {
		if m.pos >= from {
			break
		}
		if !isOrgKind(m.kind) && m.kind != kindName || isListNoun(strings.ToLower(m.name)) {
			continue // "der Klub" named before is no name
		}
		if end := m.pos + len(m.name); end < len(e.doc.Body) && e.doc.Body[end] == '-' {
			continue // "der Frankfurt-Coach": the first part of a compound
		}
		count[m.name]++
		if count[m.name] >= count[best.name] {
			best = m
		}
	}
	if best.name != "" {
		return speaker{name: best.name, kind: best.kind}, true
	}
	return speaker{}, false
}

// clubNoun: nouns of a club, read like a team descriptor ("der Klub").
func clubNoun(l string) bool {
	switch l {
	case "klub", "club", "verein", "mannschaft":
		return true
	}
	return false
}

// roleMention reports whether an organisation was named before pos with
// hl as the end of its noun ("der Sportverein Nordstern" before "der
// Verein"), which the rules for organisation nouns resolve.
func (e *extractor) roleMention(hl string, pos int) bool {
	_, ok := e.lastMention(pos, false, func(m mention) bool {
		return m.kind == kindOrg && m.role != "" && m.role != hl && strings.HasSuffix(m.role, hl)
	})
	return ok
}

// mainPerson is the person the article names most often, at least twice
// and more often than any other.
func (e *extractor) mainPerson() (speaker, bool) {
	count := map[string]int{}
	for _, m := range e.mentions {
		if m.kind == kindPerson && m.ent {
			count[e.expand(m.name)]++
		}
	}
	best, n, tie := "", 0, false
	for name, c := range count {
		switch {
		case c > n:
			best, n, tie = name, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return speaker{}, false
	}
	return speaker{name: best, kind: kindPerson}, true
}

// onlyBody is the body an organisation noun refers back to: the subject of
// the sentence before when it is a tagged body, else the one body the
// tagger found before pos, when there is exactly one. Companies answer only
// company nouns ("der Konzern"), which lastCompany resolves first.
func (e *extractor) onlyBody(pos int, hl string) (speaker, bool) {
	if sp := e.prevSubject(e.cur); sp.ok() && isOrgKind(sp.kind) && !isListNoun(strings.ToLower(sp.name)) {
		return sp, true
	}
	one := ""
	kind := 0
	for _, m := range e.mentions {
		if m.pos >= pos {
			break
		}
		if !m.ent || !isOrgKind(m.kind) {
			continue
		}
		if one != "" && m.name != one {
			return speaker{}, false
		}
		one, kind = m.name, m.kind
	}
	if one == "" {
		return speaker{}, false
	}
	return speaker{name: one, kind: kind}, true
}

// placeAdjective: the phrase holds an uninflected adjective of a place
// ("Hohenbrücker", "Kieler"), the mark of a name: "das Hohenbrücker
// Tageblatt" is one paper, not "the paper" named before.
func placeAdjective(p *phrase) bool {
	before := append(append([]tok(nil), p.adjs...), p.words[:max(0, len(p.words)-1)]...)
	for _, a := range before {
		r := []rune(a.text)
		if len(r) >= 4 && unicode.IsUpper(r[0]) && strings.HasSuffix(a.text, "er") {
			return true
		}
	}
	return false
}

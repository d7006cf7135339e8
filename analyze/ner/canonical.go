package ner

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/corpus-news/corpus/analyze/fact"
)

// canonicalize gives each mention its canonical name within the article
// and each organisation its kind.
func canonicalize(body string, sents []fact.Sentence, ents []fact.Entity) {
	texts := map[string]bool{}
	for _, e := range ents {
		texts[cleanName(e.Text)] = true
	}
	for i := range ents {
		e := &ents[i]
		name := e.Name
		if name == "" {
			name = cleanName(e.Text)
		}
		if ge, ok := lookupName(name); ok {
			if ge.typ == e.Type || len(ge.toks) > 1 {
				e.Type = ge.typ
				name = ge.canon
				e.Kind = ge.kind
			}
		} else if base, ok := uninflect(name, texts); ok {
			name = base
			if ge, ok := lookupName(base); ok && (ge.typ == e.Type || len(ge.toks) > 1) {
				e.Type, name, e.Kind = ge.typ, ge.canon, ge.kind
			}
		}
		e.Name = name
	}
	// One name, one type within an article: the type most of its mentions
	// have ("Henkel" as ORG three times and once as PER is ORG).
	votes := map[string]map[string]int{}
	for _, e := range ents {
		if votes[e.Name] == nil {
			votes[e.Name] = map[string]int{}
		}
		votes[e.Name][e.Type]++
	}
	for i := range ents {
		e := &ents[i]
		v := votes[e.Name]
		for _, typ := range []string{fact.ORG, fact.PER, fact.LOC} {
			if typ != e.Type && v[typ] > v[e.Type] && v[typ] > 1 {
				e.Type = typ
			}
		}
	}
	// A surname alone after a full mention is that person.
	full := map[string][]string{} // last word -> full names
	for _, e := range ents {
		if e.Type != fact.PER {
			continue
		}
		if f := strings.Fields(e.Name); len(f) > 1 {
			last := f[len(f)-1]
			if !slices.Contains(full[last], e.Name) {
				full[last] = append(full[last], e.Name)
			}
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != fact.PER || strings.Contains(e.Name, " ") {
			continue
		}
		cands := full[e.Name]
		if len(cands) == 0 && strings.HasSuffix(e.Name, "s") {
			cands = full[strings.TrimSuffix(e.Name, "s")] // Merkels
		}
		if len(cands) == 1 {
			e.Name = cands[0]
		}
	}
	// Acronyms within the article: "Financial Times" ... "FT".
	var longOrgs []string
	for _, e := range ents {
		if e.Type == fact.ORG && strings.Contains(e.Name, " ") && !slices.Contains(longOrgs, e.Name) {
			longOrgs = append(longOrgs, e.Name)
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != fact.ORG || !isAcronym(e.Name) {
			continue
		}
		var match []string
		for _, l := range longOrgs {
			if acronymOf(e.Name, l) {
				match = append(match, l)
			}
		}
		if len(match) == 1 {
			e.Name = match[0]
		}
	}
	// Kinds: from the words of the name and around it, then shared by
	// every mention of the same organisation.
	kinds := map[string]string{}
	for i := range ents {
		e := &ents[i]
		if e.Type != fact.ORG {
			e.Kind = ""
			continue
		}
		if e.Kind == "" {
			e.Kind = kindFromName(e.Name)
		}
		if e.Kind == "" {
			e.Kind = kindFromContext(sents, *e)
		}
		if e.Kind != "" && kinds[e.Name] == "" {
			kinds[e.Name] = e.Kind
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Type == fact.ORG && e.Kind == "" {
			e.Kind = kinds[e.Name]
		}
	}
}

// cleanName folds white space and drops quotes and stray punctuation at the
// edges of a surface form.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return strings.ContainsRune("„“”«»\"'‚‘’›‹()[],;:", r)
	})
}

// lookupName finds a list entry by exact name or, failing that, by its
// folded form (Deutsche Post, DeutschePost).
func lookupName(name string) (gazEntry, bool) {
	if i, ok := gaz.byName[name]; ok {
		return gaz.entries[i], true
	}
	if i, ok := gaz.byKey[foldKey(name)]; ok && len(foldKey(name)) >= 3 {
		return gaz.entries[i], true
	}
	return gazEntry{}, false
}

// uninflect strips German inflection from a name when the plain form is
// known from the lists or from the article itself: the genitive s
// (Siemens', des Spiegels), and adjective endings of the first
// words (der Deutschen Bank -> Deutsche Bank).
func uninflect(name string, known map[string]bool) (string, bool) {
	isKnown := func(s string) bool {
		_, inList := lookupName(s)
		return inList || known[s]
	}
	for _, suf := range []string{"’", "'", "'s", "’s", "s", "es"} {
		if b, ok := strings.CutSuffix(name, suf); ok && len(b) >= 2 && isKnown(b) {
			return b, true
		}
	}
	f := strings.Fields(name)
	if len(f) > 1 {
		changed := false
		for i := 0; i < len(f)-1; i++ {
			for _, suf := range []string{"en", "er", "es", "em"} {
				if b, ok := strings.CutSuffix(f[i], suf); ok && len(b) > 2 {
					f[i] = b + "e"
					changed = true
					break
				}
			}
		}
		if changed {
			cand := strings.Join(f, " ")
			if isKnown(cand) {
				return cand, true
			}
			if b, ok := strings.CutSuffix(cand, "s"); ok && isKnown(b) {
				return b, true
			}
		}
	}
	return "", false
}

// isAcronym reports a short all-capitals name: WSJ, EZB, NYT.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// acronymOf reports whether acr is made of the initials of long's words,
// with or without its lowercase function words (Bank of America: BoA, BA).
func acronymOf(acr, long string) bool {
	var all, caps strings.Builder
	for _, w := range strings.Fields(long) {
		for _, part := range strings.Split(w, "-") {
			r := []rune(part)
			if len(r) == 0 {
				continue
			}
			all.WriteRune(unicode.ToUpper(r[0]))
			if unicode.IsUpper(r[0]) {
				caps.WriteRune(r[0])
			}
		}
	}
	a := strings.ToUpper(acr)
	return len([]rune(a)) >= 2 && (a == all.String() || a == caps.String())
}

// kindFromName reads the kind off the words of an organisation's name.
func kindFromName(name string) string {
	words := strings.Fields(name)
	for _, w := range words {
		if k, ok := nameWordKinds[w]; ok {
			return k
		}
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		for _, sk := range nameSuffixKinds {
			if strings.HasSuffix(lw, sk[0]) {
				return sk[1]
			}
		}
	}
	return ""
}

// kindFromContext reads the kind off the noun just before the name: "die
// Großbank X", "der US-Sender X", "die Nachrichtenagentur X", "der Konzern
// X", skipping a determiner-less opening quote.
func kindFromContext(sents []fact.Sentence, e fact.Entity) string {
	if e.Sentence < 0 || e.Sentence >= len(sents) {
		return ""
	}
	toks := sents[e.Sentence].Tokens
	i := 0
	for i < len(toks) && toks[i].Start < e.Start {
		i++
	}
	for k, steps := i-1, 0; k >= 0 && steps < 2; k, steps = k-1, steps+1 {
		w := toks[k].Text
		if isQuote(w) {
			continue
		}
		lw := strings.ToLower(w)
		for _, sk := range contextSuffixKinds {
			if strings.HasSuffix(lw, sk[0]) {
				return sk[1]
			}
		}
		break
	}
	return ""
}

// nameWordKinds maps words inside a name to the kind they give it
// (lists/name_words.txt: "kind|Word|Word ...").
var nameWordKinds = kindWords(nameWordsText)

//go:embed lists/name_words.txt
var nameWordsText string

// kindWords reads lines "kind|Word|Word ..." into a map from word to kind.
func kindWords(text string) map[string]string {
	m := map[string]string{}
	for _, line := range lineList(text) {
		fields := strings.Split(line, "|")
		for _, w := range fields[1:] {
			m[strings.TrimSpace(w)] = strings.TrimSpace(fields[0])
		}
	}
	return m
}

// Word endings inside a name that give its kind, tried in order.
var nameSuffixKinds = [][2]string{
	{"zentralbank", fact.KindBank}, {"notenbank", fact.KindBank}, {"bank", fact.KindBank}, {"sparkasse", fact.KindBank},
	{"versicherung", fact.KindBank},
	{"börse", fact.KindExchange},
	{"zeitung", fact.KindMedia}, {"rundfunk", fact.KindMedia}, {"fernsehen", fact.KindMedia}, {"magazin", fact.KindMedia},
	{"nachrichtenagentur", fact.KindAgency}, {"presseagentur", fact.KindAgency}, {"presse-agentur", fact.KindAgency},
	{"ministerium", fact.KindPublic}, {"behörde", fact.KindPublic}, {"gericht", fact.KindPublic}, {"gerichtshof", fact.KindPublic},
	{"amt", fact.KindPublic}, {"regierung", fact.KindPublic}, {"polizei", fact.KindPublic}, {"kommission", fact.KindPublic},
	{"aufsicht", fact.KindPublic}, {"parlament", fact.KindPublic}, {"tag", fact.KindPublic}, // Bundestag, Landtag
	{"partei", fact.KindParty},
	{"konzern", fact.KindCompany}, {"werke", fact.KindCompany}, {"gmbh", fact.KindCompany},
}

// Endings of the noun before a name that give its kind: die Großbank X,
// der US-Sender X, die Nachrichtenagentur X, der Autobauer X.
var contextSuffixKinds = [][2]string{
	{"nachrichtenagentur", fact.KindAgency}, {"presseagentur", fact.KindAgency}, {"agentur", fact.KindAgency},
	{"zahlungsdienstleister", fact.KindPayment}, {"bezahldienst", fact.KindPayment}, {"zahlungsdienst", fact.KindPayment},
	{"kreditkartenanbieter", fact.KindPayment}, {"kreditkartenfirma", fact.KindPayment}, {"zahlungsanbieter", fact.KindPayment},
	{"börsenbetreiber", fact.KindExchange}, {"börse", fact.KindExchange}, {"handelsplatz", fact.KindExchange},
	{"notenbank", fact.KindBank}, {"zentralbank", fact.KindBank}, {"bank", fact.KindBank}, {"geldhaus", fact.KindBank},
	{"kreditinstitut", fact.KindBank}, {"finanzinstitut", fact.KindBank}, {"finanzdienstleister", fact.KindBank},
	{"vermögensverwalter", fact.KindBank}, {"versicherer", fact.KindBank}, {"finanzkonzern", fact.KindBank},
	{"investor", fact.KindBank}, {"fonds", fact.KindBank}, {"sparkasse", fact.KindBank}, {"ratingagentur", fact.KindBank},
	{"sender", fact.KindMedia}, {"zeitung", fact.KindMedia}, {"zeitschrift", fact.KindMedia}, {"magazin", fact.KindMedia},
	{"blatt", fact.KindMedia}, {"portal", fact.KindMedia}, {"nachrichtenseite", fact.KindMedia}, {"newsletter", fact.KindMedia},
	{"fernsehsender", fact.KindMedia}, {"radiosender", fact.KindMedia}, {"medium", fact.KindMedia}, {"boulevardblatt", fact.KindMedia},
	{"sendung", fact.KindMedia}, {"podcast", fact.KindMedia}, {"onlinemagazin", fact.KindMedia}, {"wochenzeitung", fact.KindMedia},
	{"partei", fact.KindParty}, {"fraktion", fact.KindParty},
	{"ministerium", fact.KindPublic}, {"behörde", fact.KindPublic}, {"gericht", fact.KindPublic}, {"aufsicht", fact.KindPublic},
	{"amt", fact.KindPublic}, {"regierung", fact.KindPublic}, {"nachrichtendienst", fact.KindPublic}, {"geheimdienst", fact.KindPublic},
	{"konzern", fact.KindCompany}, {"unternehmen", fact.KindCompany}, {"firma", fact.KindCompany}, {"hersteller", fact.KindCompany},
	{"autobauer", fact.KindCompany}, {"anbieter", fact.KindCompany}, {"händler", fact.KindCompany}, {"startup", fact.KindCompany},
	{"start-up", fact.KindCompany}, {"riese", fact.KindCompany}, {"gigant", fact.KindCompany}, {"betreiber", fact.KindCompany},
	{"zulieferer", fact.KindCompany}, {"dienstleister", fact.KindCompany}, {"plattform", fact.KindCompany},
	{"netzwerk", fact.KindCompany}, {"dienst", fact.KindCompany},
}

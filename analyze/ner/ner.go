// Package ner finds the people, organisations and places a German text
// names, and gives each its canonical name and, for organisations, a kind.
//
// The entity model is a structured averaged perceptron over BIO tags,
// decoded with Viterbi, with hashed features of each word and its
// neighbours (word, lowercase, shape, affixes, hyphenated parts), gazetteer
// membership (lists/*.txt), and what unlabelled news says of each word:
// distributional clusters, how often a determiner precedes it (a common
// noun, not a name), how often it follows a given name or "in", and how
// often a first model took it for a name. It is trained by tools/trainner
// on GermEval 2014 (NER-de-test.tsv) and embedded as model.gob.gz.
//
// After tagging, names inside compounds and inflected forms are reduced to
// their base (US-Großbanken -> USA, Facebook-Nutzern -> Facebook, Facebooks
// -> Facebook, New Yorker -> New York), a surname alone after a full
// mention is that person, and organisations get a kind from the lists or
// from the words around them (die Bank X, der Sender X, X AG).
package ner

import (
	"bytes"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze/fact"
)

// modelData is the trained model. GermEval 2014 data (CC BY 4.0, Benikova,
// Biemann, Reznicek) was used to train it; see README.md in this folder.
//
//go:embed model.gob.gz
var modelData []byte

// Tagger finds entities. It is built once and safe for concurrent use.
type Tagger struct {
	m *Model
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger with the embedded model, loaded once. Should
// the embedded model not load, the tagger finds list names only.
func Default() *Tagger {
	defaultOnce.Do(func() {
		m, err := ReadModel(bytes.NewReader(modelData))
		if err != nil {
			m = nil
		}
		defaultTagger = &Tagger{m: m}
	})
	return defaultTagger
}

// New returns a tagger using model m.
func New(m *Model) *Tagger { return &Tagger{m: m} }

// TagTokens returns one BIO tag a word (B-PER, I-ORG, B-LOCpart, O, ...)
// for a pre-tokenised sentence, as the model sees it, before any
// reduction to base names. evaluate uses it to score the model.
func (t *Tagger) TagTokens(words []string) []string {
	if t.m == nil {
		out := make([]string, len(words))
		for i := range out {
			out[i] = "O"
		}
		return out
	}
	return t.m.Tag(words)
}

// sentBuf holds the slices of one sentence, reused across the sentences
// of an Entities call.
type sentBuf struct {
	words, tags   []string
	entry, length []int
	ids           []int
	tagged        []bool
}

// tagTokens is TagTokens that also returns the list matches of the
// sentence (gazetteer.match), in slices of b.
func (t *Tagger) tagTokens(words []string, b *sentBuf) (tags []string, entry, length []int) {
	if t.m == nil {
		entry, length = gaz.match(words)
		return t.TagTokens(words), entry, length
	}
	n := len(words)
	b.entry, b.length, b.ids, b.tags = grow(b.entry, n), grow(b.length, n), grow(b.ids, n), grow(b.tags, n)
	ids := t.m.tagSentence(words, b.entry, b.length, b.ids)
	for i, id := range ids {
		b.tags[i] = t.m.Tags[id]
	}
	return b.tags, b.entry, b.length
}

// chunk is a tagged run of tokens of one sentence, End exclusive.
type chunk struct {
	start, end int
	label      string
}

func chunks(tags []string) []chunk {
	var out []chunk
	for i := 0; i < len(tags); i++ {
		if tags[i] == "O" {
			continue
		}
		label := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+label {
			j++
		}
		out = append(out, chunk{i, j, label})
		i = j - 1
	}
	return out
}

// Entities returns the entity mentions of body, in order of their start.
// Each has its surface text and span, the index of its sentence, its type,
// its canonical name within the article and, for organisations, its kind.
func (t *Tagger) Entities(body string, sents []fact.Sentence) []fact.Entity {
	var ents []fact.Entity
	var b sentBuf
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		b.words = grow(b.words, len(s.Tokens))
		words := b.words
		for i, tok := range s.Tokens {
			words[i] = tok.Text
		}
		tags, entry, length := t.tagTokens(words, &b)
		b.tagged = grow(b.tagged, len(words))
		tagged := b.tagged
		clear(tagged)
		for _, c := range fixChunks(chunks(tags), words, t.m) {
			c = widenToList(c, entry, length)
			for k := c.start; k < c.end; k++ {
				tagged[k] = true
			}
			for _, part := range splitDescriptor(c, words, t.m) {
				ents = append(ents, mentions(body, s, part)...)
			}
		}
		ents = append(ents, listMentions(body, s, words, tagged, entry, length, t.m)...)
		ents = append(ents, compoundMentions(body, s, words, tagged)...)
	}
	slices.SortStableFunc(ents, func(a, b fact.Entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	ents = dedupe(ents)
	canonicalize(body, sents, ents)
	return ents
}

// fixChunks corrects tagged chunks by general rules before they become
// mentions:
//   - a place adjective before a name of a place or organisation is part of
//     that name, not a place of its own (Wiener Neustadt, Münchner Merkur);
//   - a place adjective not followed by a capitalised noun, or followed by
//     a person, is a nationality noun (der Schweizer, der Schweizer Roger
//     Federer), not a place;
//   - a run of places each a one-word list place is several places
//     (Österreich Deutschland);
//   - a name followed by a minute in parentheses is a player of a result
//     line (Tor: Thill (92.));
//   - a name of one word after an untagged given name is that person's
//     surname (Kirk Douglas, not the company Douglas);
//   - two words, a given name (listed, or unknown to unlabelled text) and a
//     word unlabelled text mostly calls a person, are a person (Kirk
//     Douglas tagged as a place);
//   - a lone organisation word is a common noun (im Radio, die Zeitung)
//     unless the lists name it.
func fixChunks(cs []chunk, words []string, m *Model) []chunk {
	var out []chunk
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.label == "LOCderiv" {
			if i+1 < len(cs) && cs[i+1].start == c.end && (cs[i+1].label == fact.LOC || cs[i+1].label == fact.ORG) {
				out = append(out, chunk{start: c.start, end: cs[i+1].end, label: cs[i+1].label})
				i++
				continue
			}
			if c.end >= len(words) || !isCap(words[c.end]) || (i+1 < len(cs) && cs[i+1].start == c.end && cs[i+1].label == fact.PER) {
				continue
			}
		}
		if c.label == fact.LOC && c.end-c.start > 1 {
			if parts, ok := splitPlaces(c, words); ok {
				out = append(out, parts...)
				continue
			}
		}
		if (c.label == fact.ORG || c.label == fact.LOC) && c.end-c.start <= 3 && minuteAfter(words, c.end) {
			c.label = fact.PER
		}
		if c.end-c.start == 1 && c.start > 0 && isNameLabel(c.label) && gaz.firstNames[words[c.start-1]] &&
			(len(out) == 0 || out[len(out)-1].end <= c.start-1) {
			c = chunk{start: c.start - 1, end: c.end, label: fact.PER}
		}
		if (c.label == fact.LOC || c.label == fact.ORG) && c.end-c.start == 2 && givenAndSurname(words[c.start], words[c.start+1], m) {
			c.label = fact.PER
		}
		if c.label == fact.ORG && c.end-c.start == 1 && isCommonOrgWord(words[c.start], m) {
			continue
		}
		out = append(out, c)
	}
	// Untagged names before a minute: "2:0 Kane (90.)".
	for k := range words {
		if k+1 < len(words) && minuteAfter(words, k+1) && isCap(words[k]) && !covered(out, k) && rareAfterDeterminer(words[k], m) {
			out = append(out, chunk{start: k, end: k + 1, label: fact.PER})
		}
	}
	slices.SortFunc(out, func(a, b chunk) int { return a.start - b.start })
	return out
}

// rareAfterDeterminer reports whether unlabelled text seldom or never puts
// the capitalised word w after a determiner (a name, not a common noun).
func rareAfterDeterminer(w string, m *Model) bool {
	if m == nil {
		return false
	}
	wi, ok := m.lex[w]
	return !ok || wi.Det <= 2
}

// givenAndSurname reports whether first and last look like a given name
// and a surname: first is a listed given name or unknown to unlabelled
// text, and a first model took last mostly for a person, seldom for a
// place or organisation (Douglas, not Homburg of Bad Homburg, whose "Bad"
// is known).
func givenAndSurname(first, last string, m *Model) bool {
	if m == nil || !isCap(first) {
		return false
	}
	if _, listed := gaz.byName[first+" "+last]; listed {
		return false
	}
	if _, known := m.lex[first]; known && !gaz.firstNames[first] {
		return false
	}
	wi := m.lex[last]
	return wi.PredPER >= 5 && wi.PredLOC <= 2 && wi.PredORG <= 2
}

func isNameLabel(l string) bool {
	return l == fact.PER || l == fact.ORG || l == fact.LOC
}

// covered reports whether token k lies in one of the chunks.
func covered(cs []chunk, k int) bool {
	for _, c := range cs {
		if k >= c.start && k < c.end {
			return true
		}
	}
	return false
}

// splitPlaces splits a place chunk whose every word is a one-word list
// place, when the chunk as a whole is no list name.
func splitPlaces(c chunk, words []string) ([]chunk, bool) {
	if _, ok := gaz.byName[strings.Join(words[c.start:c.end], " ")]; ok {
		return nil, false
	}
	var parts []chunk
	for k := c.start; k < c.end; k++ {
		e, ok := gaz.byName[words[k]]
		if !ok || gaz.entries[e].typ != fact.LOC || len(gaz.entries[e].toks) != 1 {
			return nil, false
		}
		parts = append(parts, chunk{start: k, end: k + 1, label: fact.LOC})
	}
	return parts, true
}

// minuteAfter reports whether words from j on are a minute of play in
// parentheses: "(92.)", "(90.+2)", "(45. Elfmeter)".
func minuteAfter(words []string, j int) bool {
	if j+2 >= len(words) || words[j] != "(" {
		return false
	}
	w := words[j+1]
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 3 {
		return false
	}
	return w[digits:] != "" && w[digits] == '.' || w[digits:] == "" && words[j+2] == "."
}

// isCommonOrgWord reports whether a lone word the model took for an
// organisation is a generic noun of organisations (Radio, Zeitung, Bank)
// that unlabelled text mostly puts after a determiner, and no list name.
func isCommonOrgWord(w string, m *Model) bool {
	if _, listed := gaz.byName[w]; listed {
		return false
	}
	if _, generic := nameWordKinds[w]; !generic {
		return false
	}
	if m == nil {
		return true
	}
	wi, ok := m.lex[w]
	return !ok || wi.Det >= 4
}

// widenToList widens a PER/ORG/LOC chunk to a list name of several words
// that contains it ("Financial" inside "Financial Times"), taking the
// list's type.
func widenToList(c chunk, entry, length []int) chunk {
	switch c.label {
	case fact.PER, fact.ORG, fact.LOC:
	default:
		return c
	}
	for k := c.start; k >= 0 && k > c.start-4; k-- {
		e := entry[k]
		if e < 0 || length[k] < 2 {
			continue
		}
		end := k + length[k]
		if end >= c.end && end-k > c.end-c.start {
			return chunk{start: k, end: end, label: gaz.entries[e].typ}
		}
	}
	return c
}

// splitDescriptor splits a chunk that joins a descriptor and a list name,
// "New Yorker Börse Nasdaq": the name after the last common noun is the
// entity, and what comes before the noun is kept when it is a place
// adjective (New Yorker -> New York).
func splitDescriptor(c chunk, words []string, m *Model) []chunk {
	if c.end-c.start < 2 || m == nil {
		return []chunk{c}
	}
	for k := c.end - 2; k >= c.start; k-- {
		wi, ok := m.lex[words[k]]
		if !ok || wi.Det < 4 || !isCap(words[k]) {
			continue
		}
		if _, listed := gaz.byName[words[k]]; listed {
			continue
		}
		rest := strings.Join(words[k+1:c.end], " ")
		e, listed := gaz.byName[rest]
		if !listed {
			return []chunk{c}
		}
		out := []chunk{{start: k + 1, end: c.end, label: gaz.entries[e].typ}}
		if k > c.start {
			if _, ok := derivBase(strings.Join(words[c.start:k], " ")); ok {
				out = append([]chunk{{start: c.start, end: k, label: "LOCderiv"}}, out...)
			}
		}
		return out
	}
	return []chunk{c}
}

// mentions turns one tagged chunk into entity mentions.
func mentions(body string, s fact.Sentence, c chunk) []fact.Entity {
	toks := s.Tokens
	// Quotes at the edges belong to the text, not the name.
	for c.start < c.end && isQuote(toks[c.start].Text) {
		c.start++
	}
	for c.end > c.start && isQuote(toks[c.end-1].Text) {
		c.end--
	}
	if c.start >= c.end {
		return nil
	}
	start, end := toks[c.start].Start, toks[c.end-1].End
	e := fact.Entity{Start: start, End: end, Text: body[start:end], Sentence: s.Index}
	switch c.label {
	case fact.PER, fact.ORG, fact.LOC:
		e.Type = c.label
		return []fact.Entity{e}
	case "PERpart", "ORGpart", "LOCpart":
		if c.end-c.start != 1 {
			return nil
		}
		if sub, ok := compoundBase(toks[c.start], c.label[:3]); ok {
			sub.Sentence = s.Index
			return []fact.Entity{sub}
		}
	case "LOCderiv":
		// "New Yorker", "Frankfurter": the place the adjective comes from.
		if base, ok := derivBase(e.Text); ok {
			e.Type = fact.LOC
			e.Name = base
			return []fact.Entity{e}
		}
	}
	return nil
}

// compoundBase cuts the name out of a compound token: every part but the
// last of a hyphenated compound (US-Großbanken, Cambridge-Analytica-Skandal),
// or a list name the token starts with (Deutschlandreise).
func compoundBase(tok fact.Token, typ string) (fact.Entity, bool) {
	w := tok.Text
	if i := strings.LastIndexAny(w, "-‑"); i > 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if i+size < len(w) {
			base := strings.TrimRight(w[:i], "-‑")
			if base == "" || !isCap(base) {
				return fact.Entity{}, false
			}
			return fact.Entity{Start: tok.Start, End: tok.Start + len(base), Text: base, Type: typ}, true
		}
		return fact.Entity{}, false
	}
	for k := len(w) - 3; k >= 4; k-- {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[k:])
		if !unicode.IsLower(r) {
			continue
		}
		// Linking s: Deutschlands-, Bundeslands-: try with and without.
		for _, base := range []string{w[:k], strings.TrimSuffix(w[:k], "s")} {
			if e, ok := gaz.byName[base]; ok && gaz.entries[e].typ == typ {
				return fact.Entity{Start: tok.Start, End: tok.Start + len(base), Text: base, Type: typ}, true
			}
		}
	}
	return fact.Entity{}, false
}

// derivBase returns the place a capitalised -er adjective is derived from,
// when the place is on the lists: "New Yorker" -> "New York", "Kölner" ->
// "Köln", "Münchner" -> "München".
func derivBase(s string) (string, bool) {
	if !isCap(s) || !strings.HasSuffix(s, "er") {
		return "", false
	}
	stem := strings.TrimSuffix(s, "er")
	for _, cand := range []string{stem, stem + "en", stem + "e", strings.TrimSuffix(stem, "n") + "en"} {
		if e, ok := gaz.byName[cand]; ok && gaz.entries[e].typ == fact.LOC {
			return gaz.entries[e].canon, true
		}
	}
	return "", false
}

// listMentions adds list names the model left untagged when they are safe
// to take alone: several words ("Financial Times"), or one capitalised
// word that unlabelled text rarely puts after a determiner (a name, not a
// common noun).
func listMentions(body string, s fact.Sentence, words []string, tagged []bool, entry, length []int, m *Model) []fact.Entity {
	var out []fact.Entity
	for i := 0; i < len(words); i++ {
		e := entry[i]
		if e < 0 {
			continue
		}
		n := length[i]
		free := true
		for k := i; k < i+n; k++ {
			if tagged[k] {
				free = false
			}
		}
		ge := gaz.entries[e]
		if !free || !isCap(words[i]) || ge.typ == "" {
			continue
		}
		if n == 1 && !looksLikeName(words[i], m) {
			continue
		}
		start, end := s.Tokens[i].Start, s.Tokens[i+n-1].End
		out = append(out, fact.Entity{Start: start, End: end, Text: body[start:end], Sentence: s.Index, Type: ge.typ})
	}
	return out
}

// looksLikeName reports whether a single capitalised word is used as a name
// in unlabelled text: rarely after a determiner, or mostly tagged as one.
func looksLikeName(w string, m *Model) bool {
	if m == nil {
		return false
	}
	wi, ok := m.lex[w]
	if !ok {
		return len(w) >= 2 && strings.ToUpper(w) == w // acronym: EZB, BaFin-like
	}
	return wi.Det <= 2 || wi.PredPER >= 4 || wi.PredORG >= 4 || wi.PredLOC >= 4
}

// compoundMentions finds list names at the front of hyphenated compounds
// the model did not tag: US-Banken, Facebook-Nutzer, EU-Kommission's EU.
func compoundMentions(body string, s fact.Sentence, words []string, tagged []bool) []fact.Entity {
	var out []fact.Entity
	for i, w := range words {
		if tagged[i] || !strings.Contains(w, "-") || !isCap(w) {
			continue
		}
		if _, whole := gaz.byName[w]; whole {
			continue // the whole compound is a name (Mecklenburg-Vorpommern): listMentions
		}
		j := strings.LastIndexByte(w, '-')
		if j <= 0 || j == len(w)-1 {
			continue
		}
		base := w[:j]
		e, ok := gaz.byName[base]
		if !ok {
			continue
		}
		tail := w[j+1:]
		// The head must be an ordinary word: "US-Banken", not "Baden-Baden".
		if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsLetter(r) {
			continue
		}
		tok := s.Tokens[i]
		out = append(out, fact.Entity{Start: tok.Start, End: tok.Start + len(base), Text: base,
			Sentence: s.Index, Type: gaz.entries[e].typ})
	}
	return out
}

// dedupe drops mentions that overlap an earlier kept one.
func dedupe(ents []fact.Entity) []fact.Entity {
	out := ents[:0]
	lastEnd := -1
	for _, e := range ents {
		if e.Start < lastEnd {
			continue
		}
		out = append(out, e)
		lastEnd = e.End
	}
	return out
}

func isQuote(t string) bool {
	switch t {
	case "„", "“", "”", "«", "»", "\"", "'", "‚", "‘", "’", "›", "‹":
		return true
	}
	return false
}

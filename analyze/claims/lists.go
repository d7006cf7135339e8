package claims

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed lists/*.txt
var listFS embed.FS

// Cue classes of lists/cues.txt.
const (
	cueSpeech  = "speech"
	cueReport  = "report"
	cueQuote   = "quote"
	cueSource  = "source"
	cueConfirm = "confirm"
	cueDeny    = "deny"
)

// cueForm is one form of a cue verb.
type cueForm struct {
	class    string
	lemma    string
	particle string // separable particle that must close the clause, or ""
}

// nounSet matches lower-case nouns by whole word or by suffix.
type nounSet struct {
	words    map[string]bool
	suffixes map[string][]string // by their last three bytes
}

// has reports whether the lower-case word l is in the set.
func (s *nounSet) has(l string) bool {
	if s.words[l] {
		return true
	}
	if len(l) < 3 {
		return false
	}
	for _, suf := range s.suffixes[l[len(l)-3:]] {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// wordInfo is what the lists say of one lower-case word, looked up once
// per token.
type wordInfo struct {
	fn        string    // function-word group
	cues      []cueForm // cue verb forms
	mediaHead bool      // first word of an outlet name
	phrase    bool      // first word of a hedge, hearsay or denial phrase
	agency    bool      // a news agency written in lower case ("dpa")
}

// lexicon holds every list, parsed once.
type lexicon struct {
	cues      map[string][]cueForm // lower-case finite form or participle
	roles     nounSet
	companies nounSet
	media     nounSet
	mediaName map[string]bool // whole outlet names, lower-case, may hold spaces
	mediaAmb  map[string]bool // outlet names that are also common words
	mediaHead map[string]bool // first words of outlet names
	unnamed   map[string]bool
	agencies  map[string]bool // news agencies, lower-case: they write the text, they are no source of hearsay
	orgs      nounSet
	teams     nounSet // descriptors of a team or competitor: "der Tabellenvorletzte"
	anaphora  nounSet // organisation nouns that refer back: "die Organisation"
	orgRole   nounSet // orgs and roles together, for a quick test
	k1, k2    map[string]bool
	notK1     map[string]bool   // lower-case words in -e that are no verb form
	objectCue map[string]string // lemma -> word that must follow (lists/object.txt)
	hearsay   [][]string        // lower-case word sequences
	hedges    [][]string
	deny      [][]string
	rumours   nounSet           // nouns of reports a speaker can reject: "Berichte, wonach ..."
	function  map[string]string // lower-case word -> group
	info      map[string]*wordInfo
	verbs     map[string]string // irregular verb form -> infinitive
}

var lex = loadLexicon()

func lines(name string) []string {
	b, err := listFS.ReadFile("lists/" + name)
	if err != nil {
		// The lists are embedded at build time; a missing one is a build error.
		return nil
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func loadNouns(name string) nounSet {
	s := nounSet{words: map[string]bool{}, suffixes: map[string][]string{}}
	for _, l := range lines(name) {
		l = strings.ToLower(l)
		if strings.HasPrefix(l, "-") && len(l) >= 4 {
			k := l[len(l)-3:]
			s.suffixes[k] = append(s.suffixes[k], l[1:])
			continue
		}
		s.words[l] = true
	}
	return s
}

func loadPhrases(name, class string) [][]string {
	var out [][]string
	for _, l := range lines(name) {
		if class != "" {
			c, rest, ok := strings.Cut(l, "\t")
			if !ok || c != class {
				continue
			}
			l = rest
		}
		out = append(out, strings.Fields(strings.ToLower(l)))
	}
	return out
}

func loadLexicon() *lexicon {
	x := &lexicon{
		cues:      map[string][]cueForm{},
		roles:     loadNouns("roles.txt"),
		companies: loadNouns("companies.txt"),
		media:     loadNouns("media.txt"),
		mediaName: map[string]bool{},
		mediaAmb:  map[string]bool{},
		mediaHead: map[string]bool{},
		unnamed:   map[string]bool{},
		agencies:  map[string]bool{},
		orgs:      loadNouns("orgs.txt"),
		teams:     loadNouns("teams.txt"),
		anaphora:  loadNouns("anaphora.txt"),
		k1:        map[string]bool{},
		k2:        map[string]bool{},
		notK1:     map[string]bool{},
		objectCue: map[string]string{},
		hearsay:   loadPhrases("hedges.txt", "hearsay"),
		hedges:    loadPhrases("hedges.txt", "hedge"),
		deny:      loadPhrases("deny.txt", ""),
		rumours:   loadNouns("rumours.txt"),
		function:  map[string]string{},
	}
	for _, l := range lines("cues.txt") {
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			continue
		}
		for _, form := range strings.Fields(f[2]) {
			fin, part, _ := strings.Cut(form, "+")
			fin = strings.ToLower(fin)
			x.cues[fin] = append(x.cues[fin], cueForm{class: f[0], lemma: f[1], particle: part})
			if part != "" && part != "sich" && !strings.HasPrefix(part, "<") && !strings.Contains(part, "daran") {
				// the verb-final form of a subordinate clause joins the
				// particle: "als X davon ausging", "wie X bekanntgab"
				joined := strings.ToLower(part) + fin
				if !hasForm(x.cues[joined], f[1]) {
					x.cues[joined] = append(x.cues[joined], cueForm{class: f[0], lemma: f[1]})
				}
			}
		}
	}
	for _, l := range lines("outlets.txt") {
		l = strings.ToLower(l)
		for _, art := range []string{"der ", "die ", "das ", "the "} {
			l = strings.TrimPrefix(l, art)
		}
		if strings.HasSuffix(l, "*") {
			l = strings.TrimSuffix(l, "*")
			x.mediaAmb[l] = true
		}
		x.mediaName[l] = true
		f := strings.Fields(l)
		x.mediaHead[f[0]] = true
		if len(f) == 1 {
			x.mediaHead[f[0]+"s"] = true // genitive: "des Tagesspiegels"
		}
	}
	for _, l := range lines("agencies.txt") {
		x.agencies[strings.ToLower(l)] = true
	}
	for _, l := range lines("unnamed.txt") {
		x.unnamed[strings.ToLower(l)] = true
	}
	for _, l := range lines("object.txt") {
		lemma, after, _ := strings.Cut(l, "\t")
		x.objectCue[strings.TrimSpace(lemma)] = strings.TrimSpace(after)
	}
	for _, l := range lines("konjunktiv.txt") {
		c, rest, _ := strings.Cut(l, "\t")
		m := x.k1
		switch c {
		case "k2":
			m = x.k2
		case "no":
			m = x.notK1
		}
		for _, w := range strings.Fields(rest) {
			m[w] = true
		}
	}
	for _, l := range lines("function.txt") {
		c, rest, _ := strings.Cut(l, "\t")
		for _, w := range strings.Fields(rest) {
			w = strings.ToLower(w)
			if _, ok := x.function[w]; !ok {
				x.function[w] = c
			}
		}
	}
	x.orgRole = nounSet{words: map[string]bool{}, suffixes: map[string][]string{}}
	for _, src := range []nounSet{x.orgs, x.roles} {
		for w := range src.words {
			x.orgRole.words[w] = true
		}
		for k, v := range src.suffixes {
			x.orgRole.suffixes[k] = append(x.orgRole.suffixes[k], v...)
		}
	}
	x.verbs = map[string]string{}
	for _, l := range lines("verbs.txt") {
		if f, inf, ok := strings.Cut(l, "\t"); ok {
			x.verbs[f] = inf
		}
	}
	x.info = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		if x.info[w] == nil {
			x.info[w] = &wordInfo{}
		}
		return x.info[w]
	}
	for w, g := range x.function {
		get(w).fn = g
	}
	for w, c := range x.cues {
		get(w).cues = c
	}
	for w := range x.mediaHead {
		get(w).mediaHead = true
	}
	for w := range x.agencies {
		if !strings.Contains(w, " ") {
			get(w).agency = true
		}
	}
	for _, list := range [][][]string{x.hearsay, x.hedges, x.deny} {
		for _, ph := range list {
			get(ph[0]).phrase = true
		}
	}
	return x
}

// hasForm reports whether forms hold one of lemma.
func hasForm(forms []cueForm, lemma string) bool {
	for _, f := range forms {
		if f.lemma == lemma {
			return true
		}
	}
	return false
}

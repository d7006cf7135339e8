package claims

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"github.com/corpus-news/corpus/analyze/fact"
)

// stem returns the Snowball German stem of a word.
func stem(w string) string {
	env := snowballstem.NewEnv(strings.ToLower(w))
	german.Stem(env)
	return env.Current()
}

var particles = map[string]bool{
	"an": true, "auf": true, "aus": true, "ein": true, "mit": true, "nach": true, "vor": true, "zu": true,
	"zurück": true, "ab": true, "fest": true, "hinzu": true, "hervor": true, "weiter": true, "bekannt": true,
}

// proposition fills subject, predicate, object, polarity, hedges and the
// entities, figures and dates of the claim.
func (e *extractor) proposition(c *fact.Claim, d *draft) {
	body := e.doc.Body
	ts := e.toksIn(d.cStart, d.cEnd)
	// drop quote marks and a leading conjunction
	k := 0
	for k < len(ts) && (!ts[k].word || ts[k].lower == "dass" || ts[k].lower == "ob" || ts[k].lower == "wonach") {
		k++
	}
	ts = ts[k:]
	end := len(ts)
	for j := range ts {
		// a quote of several sentences: the first one's clause holds the
		// predicate, not the sentence after it
		if j > 0 && (ts[j].text == "," || ts[j].text == ";" || ts[j].text == ":" || ts[j].text == "–" || ts[j].text == "." || ts[j].text == "!" || ts[j].text == "?") {
			end = j
			break
		}
	}
	main := ts[:end]
	subjEnd := 0
	if p := subjectNP(main, 0, len(main)); p != nil {
		subjEnd = p.b
		switch {
		case p.pronoun == "wir" || p.pronoun == "ich":
			c.Subject = c.Speaker
		default:
			st, en := main[p.a].start, main[p.b-1].end
			if ent, ok := e.entityIn(st, en); ok {
				c.Subject = ent.Name
			} else if p.pronoun != "" {
				c.Subject = main[p.a].text
			} else {
				c.Subject = strings.TrimSpace(body[st:en])
				if p.det != "" {
					c.Subject = strings.TrimSpace(body[main[p.a+1].start:en])
				}
			}
		}
	}
	// the verb: the clause-final verb of the main clause, else of the whole
	// proposition, else the first finite-looking word
	verb, vi, finite := "", -1, -1
	for j := subjEnd; j < len(main); j++ {
		t := main[j]
		if t.word && !t.cap && !t.digit && (t.g() == "" && verbLike(t.lower) || t.g() == "aux") {
			finite = j
			break
		}
	}
	verb, vi = finalVerb(main, subjEnd)
	if verb == "" && len(ts) > len(main) {
		if v, _ := finalVerb(ts, len(main)); v != "" {
			verb = v // vi stays -1: the object runs to the end of the main clause
		}
	}
	if verb != "" && particles[verb] && finite >= 0 && finite != vi {
		verb = verb + main[finite].lower
	} else if verb == "" && finite >= 0 {
		verb, vi = main[finite].lower, finite
	}
	if verb != "" {
		c.Predicate = stem(lemma(verb))
	}
	// object: what stands between the finite verb and the clause-final verb
	from := subjEnd
	if finite >= from {
		from = finite + 1
	}
	to := len(main)
	if vi > from {
		to = vi
	}
	var obj []tok
	for j := from; j < to && len(obj) < 14; j++ {
		t := main[j]
		if t.word && (t.g() == "aux" || t.g() == "neg" || t.g() == "adv") && len(obj) == 0 {
			continue
		}
		obj = append(obj, t)
	}
	if len(obj) > 0 {
		c.Object = strings.TrimSpace(body[obj[0].start:obj[len(obj)-1].end])
	}
	c.Polarity = "positive"
	// negation counts within the first sentence or dash-free part of the
	// proposition: "wurde eingeschläfert – sie konnte nicht mehr aufstehen"
	// is no negated putting down
	polEnd := len(ts)
	for j := range ts {
		if j > 0 && (ts[j].text == "." || ts[j].text == "!" || ts[j].text == "?" || ts[j].text == ";" || ts[j].text == "–" || ts[j].text == "—") {
			polEnd = j
			break
		}
	}
	if negToks(ts[:polEnd]) {
		c.Polarity = "negative"
	}
	// hedges in the evidence
	ev := e.toksIn(c.Start, c.End)
	seen := map[string]bool{}
	addHedge := func(h string) {
		if !seen[h] {
			seen[h] = true
			c.Hedges = append(c.Hedges, h)
		}
	}
	for j := range ev {
		if ev[j].info == nil || !ev[j].info.phrase {
			continue
		}
		for _, ph := range lex.hearsay {
			if phraseMatch(ev, j, ph) {
				addHedge(strings.Join(ph, " "))
			}
		}
		for _, ph := range lex.hedges {
			if phraseMatch(ev, j, ph) {
				addHedge(strings.Join(ph, " "))
			}
		}
	}
	if d.mode == ModeHearsay && (d.cue == "soll" || d.cue == "sollen" || d.cue == "Soll" || d.cue == "Sollen") {
		addHedge("soll")
	}
	// entities, figures, dates inside
	seenE := map[string]bool{}
	for _, en := range e.doc.Entities {
		if en.Start >= d.cStart && en.End <= d.cEnd {
			n := en.Name
			if n == "" {
				n = en.Text
			}
			if !seenE[n] {
				seenE[n] = true
				c.Entities = append(c.Entities, n)
			}
		}
	}
	for _, f := range e.doc.Figures {
		if f.Start >= c.Start && f.End <= c.End {
			f.Article = e.doc.ID
			c.Figures = append(c.Figures, f)
		}
	}
	for _, dt := range e.doc.Dates {
		if dt.Start >= c.Start && dt.End <= c.End && dt.Value != "" {
			c.Dates = append(c.Dates, dt.Value)
		}
	}
}

var separable = []string{"zurück", "weiter", "heraus", "hervor", "hinzu", "voran", "vorbei", "an", "auf", "aus", "ein", "mit", "nach", "vor", "zu", "ab", "bei", "fest", "los", "um", "dar", "hin", "her", "durch"}

// lemma guesses the infinitive of a German verb form: irregular forms
// from lists/verbs.txt, then by rule ("aufgefordert" -> "auffordern",
// "gefragt" -> "fragen", "fragt" -> "fragen", "frage" -> "fragen").
func lemma(w string) string {
	if l, ok := lex.verbs[w]; ok {
		return l
	}
	pre := ""
	rest := w
	for _, p := range separable {
		if strings.HasPrefix(w, p+"ge") && len(w) > len(p)+4 {
			pre, rest = p, w[len(p):]
			break
		}
	}
	if l, ok := lex.verbs[rest]; ok && pre != "" {
		return pre + l
	}
	if strings.HasPrefix(rest, "ge") && len(rest) > 5 {
		r := rest[2:]
		switch {
		case strings.HasSuffix(r, "et"):
			return pre + inf(r[:len(r)-2])
		case strings.HasSuffix(r, "t"):
			return pre + inf(r[:len(r)-1])
		case strings.HasSuffix(r, "en"):
			return pre + r
		}
	}
	switch {
	case strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln"):
		return w
	case strings.HasSuffix(w, "et") && len(w) > 4:
		return inf(w[:len(w)-2])
	case strings.HasSuffix(w, "ete") && len(w) > 5:
		return inf(w[:len(w)-3]) // meldete
	case strings.HasSuffix(w, "ste") || lex.k1[w]:
		return w + "n" // Konjunktiv I: koste, leiste
	case strings.HasSuffix(w, "te") && len(w) > 4:
		return inf(w[:len(w)-2]) // sagte
	case strings.HasSuffix(w, "t") && len(w) > 3:
		return inf(w[:len(w)-1])
	case strings.HasSuffix(w, "e") && len(w) > 3:
		return w + "n"
	}
	return w
}

// inf adds the infinitive ending to a verb stem: "frag" -> "fragen",
// "forder" -> "fordern".
func inf(stem string) string {
	if strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "el") {
		return stem + "n"
	}
	return stem + "en"
}

// finalVerb returns the verb closing ts[from:]: the last lower-case word
// that looks like a verb, skipping auxiliaries and "zu" ("gebeten habe",
// "zu geben"); a separable particle ("fragt ... nach") is returned as is.
func finalVerb(ts []tok, from int) (string, int) {
	last := len(ts) - 1
	for last >= from && !ts[last].word {
		last--
	}
	for j := last; j >= from && j > last-3; j-- {
		t := ts[j]
		if !t.word || t.cap || t.digit {
			return "", -1
		}
		g := t.g()
		if g == "aux" || t.lower == "zu" {
			continue
		}
		if particles[t.lower] || g == "" && verbLike(t.lower) {
			return t.lower, j
		}
		return "", -1
	}
	return "", -1
}

// verbLike: a lower-case word that can be a verb form: not an adverb or
// adjective by its ending.
func verbLike(l string) bool {
	for _, suf := range []string{"weise", "lich", "ig", "isch", "bar", "sam", "haft", "los", "mal", "wärts"} {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	if _, ok := lex.verbs[l]; ok {
		return true
	}
	return strings.HasSuffix(l, "en") || strings.HasSuffix(l, "t") || strings.HasSuffix(l, "e") || strings.HasSuffix(l, "ern") || strings.HasSuffix(l, "eln")
}

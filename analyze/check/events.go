package check

import (
	"sort"
	"strings"
	"sync"
	"unicode"
)

// eventLexicon maps the stems of event nouns (lists/events.txt) and of the
// verb forms that name them to the noun's stem.
type eventLexicon struct {
	nouns map[string]string // stem of an event noun -> its key
	verbs map[string]string // lower-case verb form -> key of its noun
	words map[string]string // key -> the noun as listed, lower case
}

var (
	eventsOnce sync.Once
	eventsLex  *eventLexicon
)

func theEvents() *eventLexicon {
	eventsOnce.Do(func() {
		el := &eventLexicon{nouns: map[string]string{}, verbs: map[string]string{}, words: map[string]string{}}
		for _, line := range readList("lists/events.txt") {
			f := strings.Fields(line)
			if len(f) == 0 {
				continue
			}
			key := stem(strings.ToLower(f[0]))
			el.nouns[key] = key
			el.words[key] = strings.ToLower(f[0])
			for _, v := range f[1:] {
				el.verbs[strings.ToLower(v)] = key
			}
		}
		eventsLex = el
	})
	return eventsLex
}

// eventNouns returns the events a sentence names, sorted: the keys of the
// event nouns it holds, alone or as the head of a compound ("Heimspiel" is a
// Spiel, "Oberbürgermeisterwahl" a Wahl, but "Unfall" is no Fall: the part
// before the head must be a word of four letters or more, not a verb
// prefix), and of the verb forms that name one ("Gewählt wird am ...").
func eventNouns(sentence string) []string {
	var out []string
	for k := range eventForms(sentence) {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// eventForms returns the events a sentence names (see eventNouns), each
// with the forms that name it: the stem of a compound ("stichwahl" for the
// Wahl), or "" for the noun alone or a verb form.
func eventForms(sentence string) map[string][]string {
	el := theEvents()
	l := theLexicon()
	out := map[string][]string{}
	for _, f := range strings.FieldsFunc(sentence, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		for _, w := range strings.Split(f, "-") {
			r := []rune(w)
			if len(r) < 3 {
				continue
			}
			low := strings.ToLower(w)
			if k, ok := el.verbs[low]; ok {
				out[k] = appendUnique(out[k], "")
				continue
			}
			if !unicode.IsUpper(r[0]) || unicode.IsUpper(r[1]) {
				continue // event nouns are nouns, not acronyms
			}
			st := stem(low)
			if low == st+"er" && !strings.HasSuffix(el.words[st], "er") {
				continue // who takes part, not what happens: Spieler, Streiker (but Turnier)
			}
			if k, ok := el.nouns[st]; ok {
				out[k] = appendUnique(out[k], "")
				continue
			}
			for head, k := range el.nouns {
				if len(head) < 4 || len(st) < len(head)+4 || !strings.HasSuffix(st, head) {
					continue
				}
				mod := st[:len(st)-len(head)]
				if isPrefix(l.prefixes, mod) {
					continue
				}
				out[k] = appendUnique(out[k], st)
			}
		}
	}
	return out
}

// sameEvent tells whether two events that share the event nouns kinds
// (sorted) name one event by them: not when each sentence names it only in
// compounds and the compounds differ (a Stichwahl is no
// Präsidentschaftswahl, a Heimspiel no Auswärtsspiel). A noun named by the
// sentence before ("Es findet nun am Sonntag statt") counts as named alone.
func sameEvent(kindsA, kindsB []string, textA, textB string) bool {
	fa, fb := eventForms(textA), eventForms(textB)
	for _, k := range kindsA {
		if !contains(kindsB, k) {
			continue
		}
		xs, okx := fa[k]
		ys, oky := fb[k]
		if !okx || !oky || contains(xs, "") || contains(ys, "") {
			return true
		}
		for _, x := range xs {
			if contains(ys, x) {
				return true
			}
		}
	}
	return false
}

// isPrefix tells whether w is one of the verb prefixes.
func isPrefix(prefixes []string, w string) bool {
	for _, p := range prefixes {
		if w == p {
			return true
		}
	}
	return false
}

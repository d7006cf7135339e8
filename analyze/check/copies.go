package check

import (
	"regexp"
	"strings"
	"unicode"
)

// copyRun is how many words in a row two sentences must share to be taken
// for one text copied: a quote taken over from an agency or a press release
// ("dass der transatlantischen Zusammenarbeit angesichts der Vielzahl
// globaler Herausforderungen eine hohe Bedeutung zukommt").
const copyRun = 8

// copied tells whether two sentences are one text copied rather than two
// tellings: four fifths of their words the same (copiedText), or a run of
// copyRun words or more in common. Two outlets printing one agency's
// sentence, or one quote word for word, are one source.
func copied(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) < copyMin || len(wb) < copyMin {
		return false // the text of a figure or a list of names: no sentence to judge
	}
	if min(len(wa), len(wb)) >= copyLong && copiedText(a, b) {
		return true
	}
	return commonRun(wa, wb) >= copyRun
}

// copyMin is how many words a text must have to be judged a copy.
const copyMin = 6

// copyLong is how many words two texts must have for four fifths of the
// same words to make them a copy: short sentences of one fact share most
// of their words by necessity ("Das Gesetz hält das Rentenniveau bis 2031
// bei 48 Prozent", "Das Gesetz sichert das Rentenniveau ...").
const copyLong = 12

// commonRun returns the length of the longest run of words two lists share.
func commonRun(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// copiesAny tells whether evidence copies the evidence of one of the
// sources kept so far (evidenceOf gives it).
func copiesAny(evidence string, kept []string, evidenceOf func(string) string) bool {
	for _, s := range kept {
		if copied(evidence, evidenceOf(s)) {
			return true
		}
	}
	return false
}

// numbers returns the numbers a sentence gives as values: digits with
// their thousands dots, spaces or decimal commas ("1.415", "11 409",
// "0,95"), leaving out what dates and clock times are made of (a day
// "14.", a year from 1900 to 2099, a number before "Uhr").
func numbers(s string) []string {
	var out []string
	f := strings.Fields(s)
	for i := 0; i < len(f); i++ {
		tok := strings.TrimLeft(f[i], "([\"\u201e\u201c\u00bb\u00ab'")
		if tok == "" || tok[0] < '0' || tok[0] > '9' {
			continue
		}
		if shortDate.MatchString(tok) {
			continue // "19.3.", "14.01.2026"
		}
		// Digits, dots and commas between digits; a group of three digits
		// after a space continues the number (11 409).
		end := 0
		for end < len(tok) && (tok[end] >= '0' && tok[end] <= '9' ||
			(tok[end] == '.' || tok[end] == ',') && end+1 < len(tok) && tok[end+1] >= '0' && tok[end+1] <= '9') {
			end++
		}
		num, rest := tok[:end], tok[end:]
		for rest == "" && i+1 < len(f) && len(f[i+1]) >= 3 && isDigits(f[i+1][:3]) &&
			(len(f[i+1]) == 3 || !unicode.IsDigit(rune(f[i+1][3]))) {
			i++
			num += f[i][:3]
			rest = f[i][3:]
		}
		if strings.HasPrefix(rest, ".") && len(num) <= 2 && !strings.ContainsAny(num, ".,") &&
			(len(rest) > 1 || i+1 < len(f) && monthOrNumber(f[i+1])) {
			continue // a day: "14. Januar", "19.3."
		}
		if i+1 < len(f) && strings.HasPrefix(f[i+1], "Uhr") {
			continue
		}
		v := strings.ReplaceAll(num, ".", "")
		if len(v) == 4 && (strings.HasPrefix(v, "19") || strings.HasPrefix(v, "20")) {
			continue // a year
		}
		if !contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// otherNumbers tells whether two sentences both give numbers and share
// none of them: two reports of one kind (555 neue Infektionen, 1.415 neue
// Infektionen), not one claim told twice.
func otherNumbers(a, b string) bool {
	na, nb := numbers(a), numbers(b)
	if len(na) == 0 || len(nb) == 0 {
		return false
	}
	for _, x := range na {
		if contains(nb, x) {
			return false
		}
	}
	return true
}

// conditional tells whether a sentence states something under a condition
// ("Sollte es zu einem weiteren Lockdown kommen, ...", "Wenn die Inzidenz
// unter 35 liegt, ..."): it says nothing of whether the condition holds.
func conditional(s string) bool {
	first := true
	for w := range eachWord(s) {
		switch w {
		case "wenn", "falls", "sofern":
			return true
		case "sollte", "sollten":
			if first {
				return true
			}
		}
		first = false
	}
	return false
}

// uncopied keeps of the sides (by index) those whose evidence copies none
// kept before it.
func uncopied(sides []int, evidence func(int) string) []int {
	var kept []int
	var texts []string
	for _, i := range sides {
		ev := evidence(i)
		dup := false
		for _, t := range texts {
			if copied(ev, t) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, i)
			texts = append(texts, ev)
		}
	}
	return kept
}

// shortDate matches a date written in digits: "19.3.", "14.01.2026".
var shortDate = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.(\d{2,4})?[,;:.)]*$`)

var months = []string{"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
	"September", "Oktober", "November", "Dezember"}

// monthOrNumber tells whether a word is a month's name or starts with a
// digit: what follows the day of a date.
func monthOrNumber(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, m := range months {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}

// supposing tells whether a sentence asks or supposes rather than states:
// a question, or a condition (see conditional).
func supposing(s string) bool {
	t := strings.TrimRight(s, " \"'\u201c\u201d\u00ab\u00bb)")
	return strings.HasSuffix(t, "?") || conditional(s)
}

package ner

import (
	_ "embed"
	"strings"
	"unicode"
)

// Legal forms that close a company name (AG, GmbH, Inc.) and lowercase
// endings of nouns that head organisation names (verband, universität):
// general lists that feed features of the model.
var (
	//go:embed lists/company_forms.txt
	companyFormsText string
	//go:embed lists/org_heads.txt
	orgHeadsText string

	companyForms = lineSet(companyFormsText)
	orgHeads     = lineList(orgHeadsText)
)

// lineList returns the non-empty, non-comment lines of a list file.
func lineList(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func lineSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lineList(s) {
		m[l] = true
	}
	return m
}

// orgHead returns 1 + the index of the first organisation-noun ending of
// the lowercase word lw, or 0.
func orgHead(lw string) int {
	for i, h := range orgHeads {
		if strings.HasSuffix(lw, h) {
			return i + 1
		}
	}
	return 0
}

// isAcronymWord reports a word of 2 to 6 capital letters (digits allowed
// after the first): EZB, BMW, ZDF, G7.
func isAcronymWord(w string) bool {
	n := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
		case i > 0 && unicode.IsDigit(r):
		default:
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

package corpus

import (
	"strings"
)

// Prepare turns a raw record into an Article: text decoded to valid UTF-8
// and normalised (LF line ends, NFC) once, metadata taken from the record's
// fields or, when they lack it, found in the text (Article.Rules names the
// rule behind each field), boilerplate taken out of the body into
// Article.Boilerplate, the word count and the content ID set. It is
// exported so that tests and evaluations can prepare in-memory text.
func Prepare(r Record) Article {
	clean := func(s string) string {
		s, _ = DecodeString(s)
		return strings.TrimSpace(NormalizeText(s))
	}
	text, _ := DecodeString(r.Text)
	a := Article{
		SourceFile: r.SourceFile,
		SourceLine: r.SourceLine,
		Format:     r.Format,
		URL:        clean(r.URL),
		Outlet:     clean(r.Outlet),
		Published:  clean(r.Published),
		Author:     clean(r.Author),
		Title:      clean(r.Title),
		Rules:      map[string]string{},
	}
	for _, c := range r.Credits {
		if c = clean(c); c != "" {
			a.Credits = append(a.Credits, c)
		}
	}
	a.Body = strings.TrimSpace(NormalizeText(text))
	a.Words = CountWords(a.Body)
	a.ID = ContentID(a.Title, a.Body)
	return a
}

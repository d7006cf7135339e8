package corpus

import (
	"strings"
)

// headLines is how many lines at the top of an article are searched for
// a title, date and byline.
const headLines = 8

// Prepare turns a raw record into an Article: text decoded to valid UTF-8
// and normalised (LF line ends, NFC) once, metadata taken from the record's
// fields or, when they lack it, found in the text, boilerplate taken out of
// the body into Article.Boilerplate, the word count and the ID set (see ArticleID).
//
// Article.Rules names the rule behind each metadata field: "field" (given
// by the input), "field:domain-list" and "url:domain-list" (an outlet named
// from its web domain), "text:first-line" and "text:headline-run-in"
// (title), "text:date-prefix", "text:timestamp-line", "text:byline-date"
// (published), "text:byline" (author), "text:copyright-line" (outlet),
// "text:dateline" (dateline), "text:agency-credit", "text:source-line"
// (credits). Prepare is exported so that tests and evaluations can prepare
// in-memory text.
func Prepare(r Record) Article {
	clean := func(s string) string {
		s, _ = DecodeString(s)
		return strings.Join(strings.Fields(NormalizeText(s)), " ")
	}
	a := Article{
		SourceFile: r.SourceFile,
		SourceLine: r.SourceLine,
		Format:     r.Format,
		URL:        clean(r.URL),
		Author:     clean(r.Author),
		Title:      clean(r.Title),
		Rules:      map[string]string{},
	}
	rule := func(field, how string) {
		if _, ok := a.Rules[field]; !ok {
			a.Rules[field] = how
		}
	}
	if a.Title != "" {
		rule("title", "field")
	}
	if a.Author != "" {
		rule("author", "field")
	}
	if p := clean(r.Published); p != "" {
		if iso, ok := NormalizeDate(p); ok {
			a.Published = iso
			rule("published", "field")
		}
	}
	if o := clean(r.Outlet); o != "" {
		if name, ok := OutletForDomain(o); ok && looksLikeDomain(o) {
			a.Outlet = name
			rule("outlet", "field:domain-list")
		} else {
			a.Outlet = o
			rule("outlet", "field")
		}
	}
	if a.Outlet == "" && a.URL != "" {
		if name, ok := OutletForDomain(a.URL); ok {
			a.Outlet = name
			rule("outlet", "url:domain-list")
		}
	}
	addCredit := func(c []string, how string) {
		for _, x := range c {
			a.Credits = appendNew(a.Credits, x)
		}
		if len(c) > 0 {
			rule("credits", how)
		}
	}
	for _, c := range r.Credits {
		if c = clean(c); c != "" {
			addCredit([]string{c}, "field")
		}
	}

	text := r.Text
	if !r.valid {
		text, _ = DecodeString(text)
	}
	ls := splitLines(NormalizeText(text))
	for i := range ls {
		ls[i].reason = LineReason(ls[i].text)
	}
	markTrailing(ls)
	ls = markAds(ls)
	markClosing(ls)
	markSigns(ls)

	// boilerplate that carries metadata
	for i := range ls {
		l := &ls[i]
		switch l.reason {
		case ReasonCopyright:
			if o := copyrightOutlet(l.text); o != "" {
				if ag := agencyCredits(o); len(ag) > 0 && len(strings.Fields(o)) <= 2 {
					addCredit(ag, "text:copyright-line")
				} else if a.Outlet == "" {
					a.Outlet = o
					rule("outlet", "text:copyright-line")
				}
			}
		case ReasonSourceCredit:
			if signLine(l.text) {
				addCredit(agencyCredits(l.text), "text:agency-credit")
				break
			}
			addCredit(sourceCredit(l.text), "text:source-line")
		}
	}

	unwrap(ls)
	joinBroken(ls)

	// the head: title, date and byline lines
	seen := 0
	bylineAt := -2 // the index of the byline line
	for i := range ls {
		l := &ls[i]
		if l.reason != "" || l.merged {
			continue
		}
		seen++
		if seen > headLines {
			break
		}
		if seen == 1 {
			if iso, rest, ok := datePrefix(l.text); ok {
				if a.Published == "" {
					a.Published = iso
					rule("published", "text:date-prefix")
				}
				l.text = rest
				if rest == "" {
					l.reason = ReasonMetadata
					seen--
					continue
				}
			}
			if a.Title == "" {
				if headlineLike(l.text) && hasBodyAfter(ls, i) && !isMetadataLine(l.text) {
					a.Title = l.text
					rule("title", "text:first-line")
					l.drop = true
					continue
				}
				if t, rest, ok := runInHeadline(l.text); ok {
					a.Title = t
					rule("title", "text:headline-run-in")
					l.text = rest
				}
			} else if sameText(l.text, a.Title) {
				l.drop = true
				continue
			}
		}
		if iso, ok := timestampLine(l.text); ok {
			if a.Published == "" {
				a.Published = iso
				rule("published", "text:timestamp-line")
			}
			l.reason = ReasonMetadata
			continue
		}
		// a name and a date: an outlet's, or a place's when the place is
		// known or the line follows the byline
		if name, iso, ok := nameDateLine(l.text); ok && (outletNamed(name) || placeLike(name) && (placeKnown(name) || bylineAt == i-1)) && hasBodyAfter(ls, i) {
			// "Wesertal, 29. Januar 2026" under the byline
			if a.Published == "" {
				a.Published = iso
				rule("published", "text:name-date-line")
			}
			if outletNamed(name) {
				if a.Outlet == "" || a.Rules["outlet"] == "text:copyright-line" {
					a.Outlet = name
					a.Rules["outlet"] = "text:masthead-line"
				}
			} else if a.Dateline == "" {
				a.Dateline = name
				rule("dateline", "text:name-date-line")
			}
			l.reason = ReasonMetadata
			continue
		}
		if au, iso, ok := byline(l.text); ok {
			if a.Author == "" {
				if a.Author = cleanAuthor(au); a.Author != "" {
					rule("author", "text:byline")
				}
			}
			if iso != "" && a.Published == "" {
				a.Published = iso
				rule("published", "text:byline-date")
			}
			bylineAt = i
			l.reason = ReasonMetadata
			continue
		}
		if a.Author == "" && seen <= 3 {
			if au, ok := tailByline(l.text); ok {
				if a.Author = cleanAuthor(au); a.Author != "" {
					rule("author", "text:byline")
				}
			}
		}
	}

	footDates(&a, ls, rule)

	// dateline, in the first body lines, and agency credits anywhere
	body := 0
	for i := range ls {
		l := &ls[i]
		if l.reason != "" || l.drop || l.merged {
			continue
		}
		body++
		if a.Dateline == "" && body <= 3 {
			// "Place. Der ..." only for a paragraph set off by a blank line
			// or opening the body under a headline of the text's own
			periodOK := l.blankBefore || body == 1 && strings.HasPrefix(a.Rules["title"], "text:")
			place, cr, ok := dateline(l.text, periodOK)
			if !ok && body == 1 {
				place, cr, ok = datelineInside(l.text)
			}
			if ok {
				a.Dateline = place
				rule("dateline", "text:dateline")
				addCredit(cr, "text:agency-credit")
			}
		}
		if n := len(l.text); n > 0 && l.text[n-1] == ')' {
			addCredit(trailingCredit(l.text), "text:agency-credit")
		}
		if strings.Contains(l.text, "Material") {
			addCredit(materialCredit(l.text), "text:agency-credit")
		}
	}

	// assemble the body and the boilerplate
	var b strings.Builder
	b.Grow(len(text))
	gap := false
	for _, l := range ls {
		if l.merged {
			continue
		}
		if l.drop {
			gap = true
			continue
		}
		if l.reason != "" {
			a.Boilerplate = append(a.Boilerplate, Boilerplate{Text: l.text, Reason: l.reason})
			gap = true
			continue
		}
		if b.Len() > 0 {
			if l.blankBefore || gap {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		gap = false
		b.WriteString(l.text)
	}
	a.Body = b.String()
	if a.Body == "" && len(a.Boilerplate) > 0 {
		// every line looked like boilerplate: a short text is more likely
		// an article the rules misread than no article at all
		var all []string
		for _, l := range ls {
			if !l.drop && !l.merged {
				all = append(all, l.text)
			}
		}
		a.Body = strings.Join(all, "\n")
		a.Boilerplate = nil
	}
	a.Words = CountWords(a.Body)
	a.ID = ArticleID(a.Title, a.Body, clean(r.ID))
	return a
}

// hasBodyAfter says whether body text follows line i.
func hasBodyAfter(ls []textLine, i int) bool {
	for _, l := range ls[i+1:] {
		if l.reason == "" && !l.merged && len(l.text) > 40 {
			return true
		}
	}
	return false
}

// isMetadataLine says whether a line is a date or byline line rather than
// a headline.
func isMetadataLine(s string) bool {
	if _, ok := timestampLine(s); ok {
		return true
	}
	_, _, ok := byline(s)
	return ok
}

// sameText compares two strings ignoring case and white space runs.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// footLines is how many body lines at the foot of an article are searched
// for a date line.
const footLines = 3

// footDates reads the date and reporter lines papers print at the foot of an article,
// below its last paragraph: a timestamp ("Veröffentlicht am 18.11.2025 um
// 12:02 Uhr", "Mittwoch, 10. Juni 2026") or a name and a date ("Feldheimer
// Kreisbote, 05.03.2026", "Abendpost Ruhr – Nachrichten aus der Region |
// 10.06.2026, 11:48 Uhr"). The date is the publication date unless the
// head gave one; the name is the outlet (a masthead is the paper's own
// name, so it wins over the holder of a copyright line) unless it is a
// known place, which is the dateline. An agency's reporter line
// ("(Reporter: Anna Beispiel, redigiert von Ben Muster)") names the
// author. The lines become metadata.
func footDates(a *Article, ls []textLine, rule func(field, how string)) {
	body := 0
	for i := len(ls) - 1; i >= 0 && body < footLines; i-- {
		l := &ls[i]
		if l.merged || l.drop || l.reason == ReasonMetadata {
			return // the head
		}
		if l.reason != "" && l.reason != ReasonNavigation {
			continue
		}
		if l.reason == "" {
			body++
		}
		if iso, ok := timestampLine(l.text); ok {
			if a.Published == "" {
				a.Published = iso
				rule("published", "text:foot-timestamp-line")
			}
			l.reason = ReasonMetadata
			continue
		}
		if au, ok := reporterLine(l.text); ok {
			if a.Author == "" {
				if a.Author = cleanAuthor(au); a.Author != "" {
					rule("author", "text:reporter-line")
				}
			}
			l.reason = ReasonMetadata
			continue
		}
		name, iso, ok := nameDateLine(l.text)
		if !ok {
			continue
		}
		if a.Published == "" {
			a.Published = iso
			rule("published", "text:foot-name-date-line")
		}
		if placeKnown(name) && !outletNamed(name) {
			if a.Dateline == "" {
				a.Dateline = name
				rule("dateline", "text:foot-name-date-line")
			}
		} else if a.Outlet == "" || a.Rules["outlet"] == "text:copyright-line" {
			a.Outlet = name
			a.Rules["outlet"] = "text:masthead-line"
		}
		l.reason = ReasonMetadata
	}
}

package corpus

import (
	"bufio"
	"embed"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Berlin without relying on the system's zone files
	"unicode"
	"unicode/utf8"
)

//go:embed lists/*.txt
var listFS embed.FS

// lists holds the embedded data files, loaded once.
var lists = sync.OnceValue(func() *listData {
	d := &listData{
		outlets:   map[string]string{},
		agencies:  map[string]string{},
		notPlaces: map[string]bool{},
		places:    map[string]bool{},
		rules:     map[byte][]lineRule{},
	}
	each("lists/outlets.txt", func(f []string) {
		if len(f) == 2 {
			d.outlets[strings.ToLower(f[0])] = f[1]
		}
	})
	each("lists/agencies.txt", func(f []string) {
		if len(f) == 2 {
			d.agencies[strings.ToLower(f[0])] = f[1]
		}
	})
	each("lists/not-places.txt", func(f []string) { d.notPlaces[f[0]] = true })
	each("lists/places.txt", func(f []string) { d.places[f[0]] = true })
	each("lists/mastheads.txt", func(f []string) {
		if len(f) == 2 && f[1] == "word" {
			d.mastheadWords = append(d.mastheadWords, f[0])
			return
		}
		d.mastheadEnds = append(d.mastheadEnds, f[0])
	})
	each("lists/boilerplate.txt", func(f []string) {
		if len(f) != 3 || f[2] == "" {
			return
		}
		r := lineRule{reason: f[0], how: f[1], text: f[2]}
		r.anchor, r.off = phraseAnchor(r.text)
		switch r.how {
		case "contains":
			d.contains = append(d.contains, r)
			return
		case "bracketed":
			d.bracketed = append(d.bracketed, r)
			return
		case "closing":
			d.closing = append(d.closing, r)
			return
		case "anywhere":
			d.anywhere = append(d.anywhere, r)
			return
		}
		d.rules[r.text[0]] = append(d.rules[r.text[0]], r)
	})
	return d
})

type listData struct {
	outlets   map[string]string // domain -> outlet name
	agencies  map[string]string // lower-case abbreviation or name -> agency name
	notPlaces map[string]bool
	places    map[string]bool     // gazetteer: towns of Germany, Austria, Switzerland; countries, capitals, regions
	rules     map[byte][]lineRule // prefix and equal rules by first byte
	// mastheadEnds end outlets' names ("...bote"); mastheadWords are
	// words of them ("Radio")
	mastheadEnds, mastheadWords []string
	contains                    []lineRule
	bracketed                   []lineRule
	closing                     []lineRule // calls to the reader closing an article
	anywhere                    []lineRule // advertisements inserted anywhere in an article
}

type lineRule struct {
	reason, how, text string
	anchor            string // the word of text looked for first (see phraseAnchor)
	off               int    // the anchor's offset in text
}

// each calls fn with the tab-separated fields of every line of an embedded
// list that is neither blank nor a comment.
func each(name string, fn func([]string)) {
	f, err := listFS.Open(name)
	if err != nil {
		panic(fmt.Sprintf("embedded list %s: %v", name, err)) // a build error, not an input error
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

// OutletForDomain names the outlet behind a host name or URL from the
// embedded outlet list ("www.spiegel.de" -> "Der Spiegel"); subdomains match
// their parent domain.
func OutletForDomain(host string) (string, bool) {
	host = strings.ToLower(strings.TrimSpace(host))
	if strings.Contains(host, "/") {
		if u, err := url.Parse(host); err == nil && u.Host != "" {
			host = u.Host
		} else if u, err := url.Parse("http://" + host); err == nil {
			host = u.Host
		}
	}
	host = strings.TrimSuffix(host, ".")
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.Contains(host[i:], "]") {
		host = host[:i]
	}
	d := lists()
	for host != "" {
		if name, ok := d.outlets[host]; ok {
			return name, true
		}
		i := strings.IndexByte(host, '.')
		if i < 0 || strings.IndexByte(host[i+1:], '.') < 0 {
			break
		}
		host = host[i+1:]
	}
	return "", false
}

// AgencyName names a news agency from a credit abbreviation or name
// ("rtr" -> "Reuters", "dpa" -> "dpa"), from the embedded agency list.
func AgencyName(s string) (string, bool) {
	name, ok := lists().agencies[strings.ToLower(strings.TrimSpace(s))]
	return name, ok
}

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return loc
}()

// NormalizeDate turns a date given by a metadata field into ISO 8601 as
// precise as the field is: "2018-08", "2018-08-07", "2018-08-07T09:38",
// "2018-08-07T09:38:12". Times with a zone are converted to Europe/Berlin
// wall time; times without one are taken as they are. German dates
// ("07.08.2018", "7. August 2018, 09:38 Uhr") are understood too. It
// returns false when s is not a date.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return "", false
			}
			t = t.In(berlin)
			if t.Second() == 0 {
				return t.Format("2006-01-02T15:04"), true
			}
			return t.Format("2006-01-02T15:04:05"), true
		}
	}
	if iso, rest, ok := leadingDate(s); ok && strings.TrimSpace(strings.Trim(rest, ".,")) == "" {
		return iso, true
	}
	return "", false
}

var (
	isoDateRE   = regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?`)
	numDateRE   = regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b`)
	longDateRE  = regexp.MustCompile(`^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})\b`)
	monthYearRE = regexp.MustCompile(`^(\p{L}+)\.?\s+(\d{4})\b`)
	timeRE      = regexp.MustCompile(`^(?:,|\s|\||-|–|—|/|um|Uhr)*\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:Uhr|h)?\b`)
	uhrOnlyRE   = regexp.MustCompile(`^(?:,|\s|um)*\s*(\d{1,2})\s+Uhr\b`)
)

var germanMonths = map[string]int{
	"januar": 1, "jan": 1, "jänner": 1, "jän": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3, "mrz": 3,
	"april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
	"dezember": 12, "dez": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10, "december": 12, "dec": 12,
}

// leadingDate parses a date (and a time after it) at the start of s: ISO
// ("2018-08", "2018-08-07 09:38"), numeric German ("07.08.2018"), written
// German ("7. August 2018", "7. Aug. 2018, 09:38 Uhr") or month and year
// ("August 2018"). It returns the ISO value, as precise as given, and the
// rest of s.
func leadingDate(s string) (iso, rest string, ok bool) {
	y, mo, d := 0, 0, 0
	var n int
	if s == "" || !(s[0] >= '0' && s[0] <= '9') && !isLetter(s[0]) {
		return "", s, false
	}
	full := s
	s = clip(s, 64) // a date is short; the regexes need not see the rest
	defer func() {
		if ok {
			rest = full[len(s)-len(rest):]
		}
	}()
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		if m[3] != "" {
			d, _ = strconv.Atoi(m[3])
		}
		if m[4] != "" {
			h, _ := strconv.Atoi(m[4])
			mi, _ := strconv.Atoi(m[5])
			if !validDate(y, mo, d) || h > 23 || mi > 59 {
				return "", s, false
			}
			iso = fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", y, mo, d, h, mi)
			if m[6] != "" && m[6] != "00" {
				iso += ":" + m[6]
			}
			return iso, s[len(m[0]):], true
		}
		n = len(m[0])
	} else if m := numDateRE.FindStringSubmatch(s); m != nil {
		d, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		n = len(m[0])
	} else if m := longDateRE.FindStringSubmatch(s); m != nil {
		mon, found := germanMonths[strings.ToLower(m[2])]
		if !found {
			return "", s, false
		}
		d, _ = strconv.Atoi(m[1])
		mo = mon
		y, _ = strconv.Atoi(m[3])
		n = len(m[0])
	} else if m := monthYearRE.FindStringSubmatch(s); m != nil {
		mon, found := germanMonths[strings.ToLower(m[1])]
		if !found {
			return "", s, false
		}
		mo = mon
		y, _ = strconv.Atoi(m[2])
		n = len(m[0])
	} else {
		return "", s, false
	}
	if y < 1900 || y > 2100 || mo < 1 || mo > 12 {
		return "", s, false
	}
	if d == 0 {
		return fmt.Sprintf("%04d-%02d", y, mo), s[n:], true
	}
	if !validDate(y, mo, d) {
		return "", s, false
	}
	iso = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	rest = s[n:]
	if m := timeRE.FindStringSubmatch(rest); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		if h <= 23 && mi <= 59 {
			iso += fmt.Sprintf("T%02d:%02d", h, mi)
			if m[3] != "" && m[3] != "00" {
				iso += ":" + m[3]
			}
			rest = rest[len(m[0]):]
		}
	} else if m := uhrOnlyRE.FindStringSubmatch(rest); m != nil {
		if h, _ := strconv.Atoi(m[1]); h <= 23 {
			iso += fmt.Sprintf("T%02d:00", h)
			rest = rest[len(m[0]):]
		}
	}
	return iso, rest, true
}

// clip cuts s to at most n bytes, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// timestampPrefixes may stand before the date of a timestamp line.
var timestampPrefixes = []string{
	"Stand:", "Stand", "Veröffentlicht am", "Veröffentlicht:", "Veröffentlicht", "Aktualisiert am", "Aktualisiert:",
	"Aktualisiert", "Erstellt am", "Erstellt:", "Erschienen am", "Erschienen:", "Datum:", "Publiziert am", "Publiziert:",
	"Zuletzt aktualisiert:", "Zuletzt aktualisiert am", "Published:", "Updated:", "Date:", "am",
}

var weekdays = []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
	"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"}

// timestampLine reads a line that is nothing but a publication timestamp
// ("07. August 2018, 09:38 Uhr", "Stand: 12.03.2021, 14:05 Uhr",
// "Dienstag, 7. August 2018"). It returns the ISO value.
func timestampLine(line string) (string, bool) {
	s := strings.TrimSpace(line)
	if len(s) > 80 || len(s) < 6 {
		return "", false
	}
	if c := s[0]; !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && c != '|' {
		return "", false
	}
	for changed := true; changed; {
		changed = false
		s = strings.TrimLeft(s, " |,–-")
		for _, p := range timestampPrefixes {
			if strings.HasPrefix(s, p) && (len(s) == len(p) || !isLetter(s[len(p)])) {
				s = strings.TrimSpace(s[len(p):])
				changed = true
			}
		}
		for _, w := range weekdays {
			if strings.HasPrefix(s, w) && len(s) > len(w) && (s[len(w)] == ',' || s[len(w)] == '.' || s[len(w)] == ' ') {
				s = strings.TrimLeft(s[len(w):], ",. ")
				changed = true
			}
		}
	}
	iso, rest, ok := leadingDate(s)
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(strings.Trim(rest, " ,.|–-"))
	if rest != "" && rest != "Uhr" {
		// "| Lesedauer: 3 Min." and the like may follow
		if !strings.HasPrefix(rest, "Lesedauer") && !strings.HasPrefix(rest, "Lesezeit") {
			return "", false
		}
	}
	return iso, true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// datePrefix reads a line opening with a date label ("date 2018-08 ...",
// "Datum: 07.08.2018 ..."); it returns the ISO value and the rest of the line.
func datePrefix(line string) (iso, rest string, ok bool) {
	s := strings.TrimSpace(line)
	for _, p := range []string{"date", "Date", "DATE", "Datum", "datum"} {
		if !strings.HasPrefix(s, p) {
			continue
		}
		t := strings.TrimLeft(s[len(p):], ": ")
		if len(t) == len(s)-len(p) {
			return "", line, false // "date" runs into the next word
		}
		if iso, rest, ok := leadingDate(t); ok {
			return iso, strings.TrimSpace(rest), true
		}
	}
	return "", line, false
}

const nameWord = `(?:(?:Dr|Prof|Dipl|Ing)\.\s+)*\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*\.?`
const personName = nameWord + `(?:\s+(?:von|van|der|den|de|zu|di|da|del|dos|el|al|` + nameWord + `)){0,3}`

var (
	bylineRE = regexp.MustCompile(`^(?:[Vv]on|VON|Text:|Text von|Autor:|Autorin:|Autoren:|Autorinnen:|Ein Kommentar von|Ein Gastbeitrag von|Gastbeitrag von|Eine Analyse von|Ein Interview von|Eine Reportage von|Ein Essay von|Ein Bericht von|Kommentar von|Analyse von|By)\s+(` +
		personName + `(?:\s*(?:,|und|&|and)\s*` + personName + `)*)\s*(.*)$`)
	tailBylineRE = regexp.MustCompile(`[.!?,:…"“”»«]\s+(?:Von|Ein Kommentar von|Ein Gastbeitrag von)\s+(` + personName + `(?:\s+und\s+` + personName + `)?)$`)
)

// byline reads a byline line: "Von Anna Muster", "Von Anna Muster und Ben
// Beispiel", "Autor: Anna Muster", "Von Cindy am 07.08.2018". It returns the
// author(s) and the date, if the line gives one.
func byline(line string) (author, iso string, ok bool) {
	s := strings.TrimSpace(line)
	if len(s) > 120 || len(s) < 5 {
		return "", "", false
	}
	m := bylineRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	author = strings.TrimSpace(strings.TrimSuffix(m[1], "."))
	rest := strings.TrimSpace(m[2])
	// "Von Anna Weiß, Berlin": a comma without "und" introduces a place
	if i := strings.Index(author, ","); i >= 0 && !strings.Contains(author, " und ") && !strings.Contains(author, " & ") {
		rest = strings.TrimSpace(author[i:] + " " + rest)
		author = strings.TrimSpace(author[:i])
	}
	if rest != "" {
		r := strings.TrimLeft(rest, ",|–- ")
		r = strings.TrimPrefix(r, "am ")
		r = strings.TrimPrefix(r, "vom ")
		if d, ok := timestampLine(r); ok {
			iso = d
		} else if !isRole(rest) {
			return "", "", false
		}
	}
	if !plausibleName(author) {
		return "", "", false
	}
	return author, iso, true
}

// tailByline reads a byline closing a line after a sentence ("... was wir
// vermuten. Von Frank Beispiel"). Only the line's last 100 bytes are
// searched, and only when they hold "von ".
func tailByline(line string) (string, bool) {
	tail := line
	if len(tail) > 100 {
		tail = tail[len(tail)-100:]
	}
	if !strings.Contains(tail, "on ") {
		return "", false
	}
	m := tailBylineRE.FindStringSubmatch(tail)
	if m == nil || !plausibleName(m[1]) {
		return "", false
	}
	return m[1], true
}

// isRole accepts what may follow a byline's names after a separator or
// "für"/"bei": an outlet, a place or a role in a few words ("/ Asia Times",
// "für Anti-Spiegel", ", Washington").
func isRole(s string) bool {
	s = strings.TrimSpace(s)
	ok := false
	for _, p := range []string{",", "|", "/", "–", "-", "—", "(", "für ", "bei ", "aus ", "in "} {
		if strings.HasPrefix(s, p) {
			s, ok = strings.TrimSpace(s[len(p):]), true
			break
		}
	}
	s = strings.TrimRight(s, ")")
	return ok && len(s) <= 40 && strings.IndexAny(s, ".!?") < 0 && len(strings.Fields(s)) <= 4
}

// plausibleName rejects bylines whose "names" are sentence openings.
func plausibleName(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	for _, w := range strings.Fields(s) {
		switch w {
		case "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einem", "Einer", "Anfang", "Ende", "Mitte":
			return false
		}
	}
	return true
}

// datelineDate is the day a wire dateline may give after its place, as
// agencies write it: "Frankfurt, 17. Feb (Reuters) - ", "Paris, 3. März (AFP) - ".
const datelineDate = `(?:,\s+\d{1,2}\.\s*\p{Lu}\p{Ll}{2,8}\.?)?`

var (
	datelineDashRE   = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’]*(?:[-/ ]\p{Lu}[\p{L}.'’]*){0,2})(?:/(\p{Lu}[\p{L}.]*))?` + datelineDate + `(?:\s+\(([^()]{1,40})\))?\s+[-–—]\s+[\p{Lu}„"»]`)
	datelineParenRE  = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’]*(?:[-/ ]\p{Lu}[\p{L}.'’]*){0,2})` + datelineDate + `\s*\(([^()]{1,40})\)\s*[:.]?\s+\p{Lu}`)
	datelinePeriodRE = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\.\s+(?:\p{Lu}|[„"»])`)
)

// dateline finds a place opening a body line: "Berlin (dpa) - Die ...",
// "Wien – Die ...", and, when periodOK, "Bangalore. Der ...". It returns
// the place and any agencies credited in parentheses. The period form is
// ambiguous ("Quarantäne. Tag für Tag ..."), so callers allow it only for a
// paragraph set off after the article's opening.
func dateline(line string, periodOK bool) (place string, credits []string, ok bool) {
	if len(line) < 8 {
		return "", nil, false
	}
	if c := line[0]; c < 'A' || c > 'Z' && c < 0x80 {
		return "", nil, false
	}
	full := line
	line = clip(line, 120) // a dateline is short; the regexes need not see the rest
	if m := datelineDashRE.FindStringSubmatch(line); m != nil && placeLike(m[1]) {
		// a noun may open a line with a dash too ("Antibiotika – ..."): the
		// place must be known, shaped like a town's name, or followed by a
		// credit in parentheses ("Bad Feldheim (fa) – ...")
		if m[3] != "" {
			credits = agencyCredits(m[3])
		}
		if len(credits) > 0 || m[3] != "" && initialsLike(m[3]) || placeKnown(m[1]) {
			return strings.TrimSuffix(m[1], "."), credits, true
		}
	}
	if m := datelineParenRE.FindStringSubmatch(line); m != nil && placeLike(m[1]) {
		if credits = agencyCredits(m[2]); len(credits) > 0 {
			return m[1], credits, true
		}
	}
	if !periodOK {
		return "", nil, false
	}
	if m := datelinePeriodRE.FindStringSubmatch(line); m != nil && placeLike(m[1]) {
		// the sentence after the place must be a real one, opening with
		// a function word ("Bangalore. Der Konzern ...", not "Quarantäne.
		// Tag für Tag ...")
		rest := full[len(m[0])-1:]
		first := rest
		if sp := strings.IndexByte(rest, ' '); sp > 0 {
			first = rest[:sp]
		}
		if end := strings.IndexAny(rest, ".!?"); (functionWords[first] || placeKnown(m[1])) && (end < 0 || len(strings.Fields(rest[:end])) >= 5) {
			return m[1], nil, true
		}
	}
	return "", nil, false
}

// placeLike rejects dateline candidates that open with a function word
// ("Der ...", "Am ...") or a word known not to be a place ("Nein.").
func placeLike(s string) bool {
	w := s
	if i := strings.IndexAny(s, " -/"); i > 0 {
		w = s[:i]
	}
	w = strings.TrimSuffix(w, ".")
	if functionWords[w] || lists().notPlaces[w] {
		return false
	}
	for _, suf := range []string{"ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "nis"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	// all capitals of more than three letters is a shout, not a place
	return !(len(w) > 3 && strings.ToUpper(w) == w)
}

// placeKnown says whether a dateline candidate names a place: it is in the
// gazetteer (lists/places.txt), as a whole or, for "NRW/Düren" and
// "Frankfurt-Griesheim", in one of its parts, or it is shaped like the name
// of a German town the gazetteer is too small to hold ("Bad Feldheim",
// "Deurningen", "Oberkirchen").
func placeKnown(s string) bool {
	s = strings.TrimSuffix(s, ".")
	d := lists()
	if d.places[s] {
		return true
	}
	for _, part := range strings.Split(s, "/") {
		part = strings.TrimSpace(part)
		if d.places[part] {
			return true
		}
		if i := strings.IndexByte(part, '-'); i > 0 && d.places[part[:i]] && !strings.Contains(part, " ") {
			return true
		}
		if townShaped(part) {
			return true
		}
	}
	return false
}

// townSuffixes end the names of German towns and villages, and few nouns.
var townSuffixes = []string{"ingen", "hausen", "dorf", "stedt", "rode", "kirchen", "weiler", "thal", "brück", "büttel", "büll"}

// townShaped says whether one word (or "Bad X", "Sankt X", "St. X") is
// shaped like a German place name.
func townShaped(s string) bool {
	for _, p := range []string{"Bad ", "Sankt ", "St. "} {
		if strings.HasPrefix(s, p) && len(s) > len(p)+3 {
			rest := s[len(p):]
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && !strings.Contains(rest, " ")
		}
	}
	if strings.ContainsAny(s, " -") {
		return false
	}
	for _, suf := range townSuffixes {
		if strings.HasSuffix(s, suf) && len(s) >= len(suf)+3 {
			return true
		}
	}
	return false
}

// initialsLike says whether the text in a dateline's parentheses is an
// editor's or a source's short sign ("fa", "jk/ots", "red"), not a phrase.
func initialsLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 || strings.Contains(s, " ") {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '/' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// datelineInside finds a dash dateline after the first sentence(s) of a
// line, as when a teaser and the body run together ("... gehört. Wien –
// Die Gewerkschaft ..."): only within the first 600 bytes, after a sentence end.
func datelineInside(line string) (place string, credits []string, ok bool) {
	limit := min(len(line), 600)
	for i := 0; i < limit; i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if c == '.' && i > 0 && line[i-1] >= '0' && line[i-1] <= '9' {
			continue // "17. Feb": the day of a date, no sentence end
		}
		if i+2 >= len(line) || line[i+1] != ' ' {
			continue
		}
		rest := line[i+2:]
		if rest == "" || rest[0] < 'A' || rest[0] > 'Z' && rest[0] < 0x80 {
			continue
		}
		end := min(len(rest), 80)
		if !strings.ContainsAny(rest[:end], "–—-") {
			continue
		}
		if m := datelineDashRE.FindStringSubmatch(clip(rest, 120)); m != nil && placeLike(m[1]) {
			if m[3] != "" {
				credits = agencyCredits(m[3])
			}
			if len(credits) > 0 || placeKnown(m[1]) {
				return strings.TrimSuffix(m[1], "."), credits, true
			}
		}
	}
	return "", nil, false
}

// agencyCredits splits a credit ("rtr/küp", "dpa, AFP", "APA, 12.3.2016",
// "Mit Material von dpa und Reuters") and returns the agencies it names, as
// named by the agency list; parts that are no agency (editors' initials,
// dates) are dropped.
func agencyCredits(s string) []string {
	var out []string
	f := func(r rune) bool {
		return r == '/' || r == ',' || r == ';' || r == '+' || r == '&' || unicode.IsSpace(r)
	}
	parts := strings.FieldsFunc(s, f)
	for i := 0; i < len(parts); i++ {
		p := strings.Trim(parts[i], ".:()[]")
		if p == "" {
			continue
		}
		// two-word agency names ("Associated Press", "RIA Nowosti")
		if i+1 < len(parts) {
			if name, ok := AgencyName(p + " " + strings.Trim(parts[i+1], ".:()")); ok {
				out = appendNew(out, name)
				i++
				continue
			}
		}
		if name, ok := AgencyName(p); ok {
			out = appendNew(out, name)
		}
	}
	return out
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// trailingCredit reads an agency credit closing a line: "... verloren.
// (rtr/küp)", "... (APA, 5.1.2016)", "(Mit Material von dpa)". The
// parenthesis must follow a sentence end or stand alone.
func trailingCredit(line string) []string {
	s := strings.TrimRight(line, " ")
	if len(s) < 4 || s[len(s)-1] != ')' {
		return nil
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || len(s)-open > 80 {
		return nil
	}
	if open > 0 {
		before := strings.TrimRight(s[:open], " ")
		if before == "" {
			return agencyCredits(s[open+1 : len(s)-1])
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		if !strings.ContainsRune(".!?\"“”»«'…", r) {
			return nil
		}
	}
	inner := s[open+1 : len(s)-1]
	if strings.Count(inner, " ") > 8 {
		return nil
	}
	return agencyCredits(inner)
}

// materialCredit reads "Mit Material von dpa und AFP" and the like anywhere
// in a short line or at the end of a line.
func materialCredit(line string) []string {
	i := strings.Index(line, "Material ")
	if i < 0 {
		i = strings.Index(line, "Material:")
		if i < 0 {
			return nil
		}
	}
	rest := line[i+len("Material"):]
	rest = strings.TrimLeft(rest, ": ")
	for _, p := range []string{"von ", "der Nachrichtenagenturen ", "der Nachrichtenagentur ", "der Agenturen ", "der Agentur ", "aus ", "von den Nachrichtenagenturen "} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			break
		}
	}
	if j := strings.IndexAny(rest, ")]"); j >= 0 {
		rest = rest[:j]
	}
	if len(rest) > 80 {
		return nil
	}
	return agencyCredits(strings.ReplaceAll(rest, " und ", ", "))
}

// copyrightOutlet reads the holder of a copyright line: "© Kieler
// Nachrichten 2021 – Alle Rechte vorbehalten." -> "Kieler Nachrichten".
func copyrightOutlet(line string) string {
	s := strings.TrimSpace(line)
	for _, p := range []string{"©", "(c)", "(C)", "Copyright", "COPYRIGHT"} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	s = strings.TrimLeft(s, "© :")
	// a year before the name
	if len(s) > 5 && isDigits(s[:4]) && (s[4] == ' ' || s[4] == ',') {
		s = strings.TrimLeft(s[4:], " ,")
	}
	s = strings.ReplaceAll(s, "Co. K", "Co K") // "GmbH & Co. KG" holds no sentence end
	end := len(s)
	for _, sep := range []string{" – ", " - ", " — ", " | ", ", ", ". ", " / ", "–", "|"} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	s = strings.TrimSpace(s[:end])
	// a year after the name
	fs := strings.Fields(s)
	for len(fs) > 0 && (isDigits(fs[len(fs)-1]) || strings.Contains(fs[len(fs)-1], "-") && isDigits(strings.ReplaceAll(fs[len(fs)-1], "-", ""))) {
		fs = fs[:len(fs)-1]
	}
	s = strings.TrimRight(strings.Join(fs, " "), ".,")
	if s == "" || len(s) > 60 || strings.Contains(s, "Alle Rechte") {
		return ""
	}
	s, _ = publisherHolder(s)
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sourceCredit reads a "Quelle: X" line and returns X's names: agencies by
// the agency list, web addresses by the outlet list, anything else as given.
func sourceCredit(line string) []string {
	s := strings.TrimSpace(line)
	i := strings.IndexByte(s, ':')
	if i < 0 || strings.HasPrefix(s, "(") {
		return materialCredit(s)
	}
	s = strings.TrimSpace(s[i+1:])
	if strings.HasPrefix(s, "//") { // "Quelle: https://..." split at the scheme
		s = strings.TrimSpace(line)[strings.IndexByte(strings.TrimSpace(line), ':')+1:]
	}
	for _, cut := range []string{" | ", " (", "; ", " – ", " - "} {
		if j := strings.Index(s, cut); j >= 0 {
			s = s[:j]
		}
	}
	// "... am 16.04.2020"
	if j := strings.LastIndex(s, " am "); j >= 0 {
		if _, _, ok := leadingDate(strings.TrimSpace(s[j+4:])); ok {
			s = s[:j]
		}
	}
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '/' && !strings.Contains(s, "://") }) {
		p = strings.Trim(strings.TrimSpace(p), ".")
		if p == "" || strings.EqualFold(p, "PublicDomain") {
			continue
		}
		if strings.HasPrefix(p, "http") || strings.HasPrefix(p, "www.") || looksLikeDomain(p) {
			if name, ok := OutletForDomain(p); ok {
				out = appendNew(out, name)
			} else if h := hostOf(p); h != "" {
				out = appendNew(out, h)
			}
			continue
		}
		if i := strings.Index(p, " für "); i > 0 && !institutionHead(p[:i]) {
			p = p[:i] // "Anna Beispiel für Beispiel TV": the author, for an outlet
		}
		if len(p) > 60 || strings.ContainsAny(p, "()[]") || len(strings.Fields(p)) > 6 || !startsUpperOrLetter(p) {
			continue
		}
		if names := agencyCredits(p); len(names) > 0 && len(strings.Fields(p)) <= 2 {
			for _, n := range names {
				out = appendNew(out, n)
			}
			continue
		}
		out = appendNew(out, p)
	}
	return out
}

// startsUpperOrLetter says whether a credit opens with a letter (not a
// number, a date or a year).
func startsUpperOrLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// hostOf is the host of a web address without "www.", or "".
func hostOf(s string) string {
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func looksLikeDomain(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	i := strings.LastIndexByte(s, '.')
	return i > 0 && i < len(s)-2 && isLetter(s[i+1])
}

// functionWords open German sentences; found capitalised right after a
// word with no punctuation, they mark where a headline runs into its
// teaser ("... an der Börse ab Die Aktie verlor ...").
var functionWords = map[string]bool{
	"Der": true, "Die": true, "Das": true, "Den": true, "Dem": true, "Des": true, "Ein": true, "Eine": true,
	"Einer": true, "Eines": true, "Einem": true, "Im": true, "In": true, "Am": true, "An": true, "Auf": true, "Bei": true,
	"Nach": true, "Mit": true, "Seit": true, "Wie": true, "Wer": true, "Was": true, "Wenn": true, "Weil": true,
	"Als": true, "Es": true, "Er": true, "Sie": true, "Wir": true, "Ich": true, "Man": true, "Doch": true, "Aber": true,
	"Und": true, "Nun": true, "Jetzt": true, "Dabei": true, "Damit": true, "Trotz": true, "Laut": true, "Vor": true,
	"Für": true, "Zum": true, "Zur": true, "Über": true, "Unter": true, "Dieser": true, "Diese": true, "Dieses": true,
}

// joiners are words after which a capitalised function word continues the
// sentence ("dass Die Grünen ...") instead of starting a new one.
var joiners = map[string]bool{
	"dass": true, "und": true, "oder": true, "aber": true, "weil": true, "wenn": true, "ob": true, "als": true,
	"wie": true, "der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "für": true, "mit": true, "von": true, "zu": true, "im": true, "in": true, "am": true, "an": true,
	"auf": true, "über": true, "gegen": true, "nach": true, "bei": true, "durch": true, "um": true, "sowie": true,
}

// headlineLike says whether a line reads as a headline: short, one
// sentence at most, not closed by a period.
func headlineLike(s string) bool {
	if len(s) < 3 || len(s) > 160 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 20 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' || last == ',' || last == ';' {
		return false
	}
	if strings.Contains(s, ". ") && !abbreviationOnly(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("„\"»«‚'", first)
}

// abbreviationOnly says whether each ". " in s follows a one- or two-letter
// abbreviation or a number ("Dr. ", "2. Liga"), not a sentence end.
func abbreviationOnly(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		j := strings.LastIndexByte(s[:i], ' ') + 1
		w := s[j:i]
		if utf8.RuneCountInString(w) > 4 && !isDigits(w) {
			return false
		}
		k := strings.Index(s[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return true
}

// runInHeadline splits a line whose headline runs into its teaser with
// nothing between them ("Facebook stürzt ... an der Börse ab Die Aktie
// verlor ..."). The teaser must hold a sentence end; the headline is the
// text before the first capitalised function word that follows a word
// without punctuation, within the first 160 bytes.
func runInHeadline(line string) (title, rest string, ok bool) {
	if len(line) < 40 {
		return "", "", false
	}
	limit := min(len(line), 160)
	start := 0
	words := 0
	for i := 0; i < limit; i++ {
		if line[i] != ' ' {
			continue
		}
		prev := line[start:i]
		start = i + 1
		words++
		if words < 3 || prev == "" {
			continue
		}
		next := line[i+1:]
		j := strings.IndexByte(next, ' ')
		if j <= 0 {
			continue
		}
		if !functionWords[next[:j]] {
			continue
		}
		pr, _ := utf8.DecodeLastRuneInString(prev)
		if !unicode.IsLetter(pr) && !unicode.IsDigit(pr) || joiners[prev] {
			return "", "", false
		}
		head := line[:i]
		if strings.ContainsAny(head, ".!?:") && !abbreviationOnly(head+" ") {
			return "", "", false
		}
		if !strings.ContainsAny(next, ".!?") {
			return "", "", false
		}
		return head, next, true
	}
	return "", "", false
}

// outletNamed says whether a name reads as an outlet's: its last word ends
// like a masthead ("Feldheimer Kreisbote", "Kieler Nachrichten") or it
// holds a broadcaster's word ("Radio Weserland"), from lists/mastheads.txt.
func outletNamed(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	d := lists()
	last := ws[len(ws)-1]
	for _, e := range d.mastheadEnds {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	for _, w := range ws {
		for _, m := range d.mastheadWords {
			if w == m {
				return true
			}
		}
	}
	return false
}

// nameDateLine reads a line that is a name and a date, as papers print
// above or below an article: "Wesertal, 29. Januar 2026" (place and
// date), "Feldheimer Kreisbote, 05.03.2026", "Abendpost Ruhr – Nachrichten
// aus der Region | 10.06.2026, 11:48 Uhr" (masthead, tagline and date). It
// returns the name (without the tagline) and the ISO date.
func nameDateLine(line string) (name, iso string, ok bool) {
	s := strings.TrimSpace(line)
	if len(s) < 10 || len(s) > 120 {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return "", "", false
	}
	// the date follows the last separator that leaves a date after it
	for _, sep := range []string{" | ", ", ", " – ", " - ", " — ", " / "} {
		i := strings.LastIndex(s, sep)
		for i > 0 {
			if d, ok := timestampLine(s[i+len(sep):]); ok {
				name, iso = s[:i], d
				break
			}
			i = strings.LastIndex(s[:i], sep)
		}
		if iso != "" {
			break
		}
	}
	if iso == "" {
		return "", "", false
	}
	// a tagline after the name: "Abendpost Ruhr – Nachrichten aus der Region"
	for _, sep := range []string{" – ", " | ", " - ", " — "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	name = strings.TrimSpace(strings.TrimRight(name, ",|"))
	if name == "" || len(name) > 50 || len(strings.Fields(name)) > 5 || strings.ContainsAny(name, ".!?:;\"„“()0123456789") && !strings.HasPrefix(name, "St. ") {
		return "", "", false
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !joiners[w] {
			return "", "", false // a clause, not a name
		}
	}
	if functionWords[strings.Fields(name)[0]] && !outletNamed(name) {
		return "", "", false
	}
	return name, iso, true
}

// legalForms close the names of companies in copyright lines.
var legalForms = []string{"GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH & Co KG", "GmbH & Co", "& Co. KG", "& Co KG", "& Co.", "& Co",
	"GmbH", "mbH", "KGaA", "AG", "KG", "SE", "OHG", "oHG", "GbR", "UG", "e.V.", "eG", "Ltd.", "Ltd", "Inc.", "Inc", "LLC", "S.A.", "SA", "S.p.A.", "B.V.", "N.V."}

// publisherHolder strips a company's legal form and publishing words from a
// copyright holder, to leave the name of the paper it publishes: "Frankfurter
// Tagespost GmbH" -> "Frankfurter Tagespost", "Verlag Der Beispielbote GmbH &
// Co. KG" -> "Der Beispielbote", "Abendpost Verlag GmbH" -> "Abendpost". It
// reports whether it stripped anything.
func publisherHolder(s string) (string, bool) {
	orig := s
	for changed := true; changed; {
		changed = false
		s = strings.TrimRight(strings.TrimSpace(s), ",")
		for _, f := range legalForms {
			if strings.HasSuffix(s, " "+f) {
				s, changed = s[:len(s)-len(f)-1], true
			}
		}
		for _, v := range []string{"Verlagsgesellschaft", "Verlagsgruppe", "Verlagshaus", "Zeitungsverlag", "Verlag", "Medienhaus"} {
			if strings.HasSuffix(s, " "+v) {
				s, changed = s[:len(s)-len(v)-1], true
			}
		}
		for _, v := range []string{"Verlagsgesellschaft", "Verlag"} {
			if strings.HasPrefix(s, v+" ") {
				s, changed = s[len(v)+1:], true
			}
		}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return orig, false
	}
	return s, s != orig
}

// institutionHeads end the nouns that head the names of public bodies and
// institutes, which go on with "für" and their field ("Institut für
// Küsten- und Meeresforschung", "Bundesamt für Strahlenschutz").
var institutionHeads = []string{"institut", "amt", "zentrum", "zentrale", "ministerium", "anstalt", "gesellschaft", "verband",
	"bund", "stiftung", "akademie", "kommission", "rat", "agentur", "behörde", "büro", "beauftragte", "beauftragter",
	"forschung", "organisation", "komitee", "kammer", "verein", "universität", "hochschule", "klinik", "klinikum",
	"netzwerk", "initiative", "vereinigung", "arbeitsgemeinschaft", "stelle", "dienst", "fonds", "ausschuss",
	"senat", "gericht", "direktion", "labor", "center", "centre", "allianz", "plattform", "forum", "bündnis", "fakultät",
	"lehrstuhl", "abteilung", "referat", "konferenz", "kuratorium"}

// institutionHead says whether the last word before "für" heads the name
// of a body or institute.
func institutionHead(s string) bool {
	w := s
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		w = s[i+1:]
	}
	w = strings.ToLower(w)
	for _, h := range institutionHeads {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

var reporterRE = regexp.MustCompile(`^\((?:Reporter|Reporterin|Reporterinnen|Bericht von|Berichterstattung|Text|Mitarbeit|Redaktion):?\s+(` +
	personName + `(?:\s*(?:,|und|&)\s*` + personName + `)*?)\s*(?:[,;]\s*(?:redigiert|bearbeitet|geschrieben|Redaktion|Übersetzung|übersetzt)[^()]*)?\)$`)

// reporterLine reads the line that closes agency copy with its reporters
// and editors: "(Reporter: Anna Beispiel, redigiert von Ben Muster)",
// "(Bericht von Anna Beispiel und Jan Muster; redigiert von Ben Muster)".
// It returns the reporters.
func reporterLine(line string) (string, bool) {
	if len(line) > 160 || !strings.HasPrefix(line, "(") {
		return "", false
	}
	m := reporterRE.FindStringSubmatch(line)
	if m == nil || !plausibleName(m[1]) {
		return "", false
	}
	return m[1], true
}

// unshout writes a name printed in capitals, as tabloids print bylines,
// the way names are written: "RENÉ VON MUSTER-MANN" -> "René von
// Muster-Mann". Names with any lower-case letter are left as they are.
func unshout(s string) string {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return s
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch lw {
		case "von", "van", "der", "den", "de", "zu", "und", "di", "da", "del", "dos":
			if i > 0 {
				words[i] = lw
				continue
			}
		}
		parts := strings.Split(lw, "-")
		for j, p := range parts {
			if r, n := utf8.DecodeRuneInString(p); n > 0 {
				parts[j] = string(unicode.ToUpper(r)) + p[n:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// staffWords name an outlet's staff rather than a person: a byline "Von
// Redaktion" gives no author, "Anna Beispiel und Redaktion" gives Anna
// Beispiel.
var staffWords = map[string]bool{"Redaktion": true, "Red.": true, "Online-Redaktion": true, "Onlineredaktion": true,
	"Gastautor": true, "Gastautorin": true, "Nachrichtenredaktion": true, "Newsroom": true}

// cleanAuthor tidies a byline's author: names in capitals written as names
// are, a sentence's period after the last name dropped ("Thomas Beispiel."
// but not "Robert F. Beispiel Jr."), and staff ("Redaktion", "X TV
// Redaktion") left out.
func cleanAuthor(s string) string {
	s = unshout(strings.TrimSpace(s))
	if strings.HasSuffix(s, ".") {
		last := s[strings.LastIndexByte(s, ' ')+1 : len(s)-1]
		if utf8.RuneCountInString(last) >= 3 && last != "Jr" && last != "Sr" && !strings.Contains(last, ".") {
			s = s[:len(s)-1]
		}
	}
	parts := strings.Split(s, " und ")
	kept := parts[:0]
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) > 0 && staffWords[ws[len(ws)-1]] {
			continue // "Redaktion", "PRAVDA TV Redaktion"
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, " und ")
}

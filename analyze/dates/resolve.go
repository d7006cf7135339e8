package dates

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Berlin must resolve on every machine
)

// Granularities of a resolved point, coarse to fine.
const (
	gNone = iota
	gMil
	gCen
	gDec
	gYear
	gSub // season, quarter, half year
	gMonth
	gWeek
	gDay
	gTime
)

// point is a resolved calendar value. y is the astronomical year (1 BC is
// 0), so that arithmetic crosses the era.
type point struct {
	g      int
	y      int
	m, d   int
	hh, mi int
	sub    string // SU, Q2, H1, WE
	part   string // MO, AF, EV, NI
}

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return loc
}()

// parseAnchor reads an ISO 8601 date, possibly partial ("2018",
// "2018-08", "2018-08-07", "2018-08-07T09:38", with seconds and zone).
// A time with a zone is moved to Europe/Berlin.
func parseAnchor(s string) point {
	s = strings.TrimSpace(s)
	if s == "" {
		return point{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05-0700", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.In(berlin)
			return point{g: gTime, y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mi: t.Minute()}
		}
	}
	for _, f := range []struct {
		layout string
		g      int
	}{
		{"2006-01-02T15:04:05", gTime}, {"2006-01-02T15:04", gTime}, {"2006-01-02 15:04:05", gTime},
		{"2006-01-02 15:04", gTime}, {"2006-01-02", gDay}, {"2006-01", gMonth}, {"2006", gYear},
		{"02.01.2006", gDay}, {"2.1.2006", gDay},
	} {
		n := len(f.layout)
		if f.layout == "2.1.2006" {
			n = len(s)
		}
		if len(s) < n {
			continue
		}
		t, err := time.ParseInLocation(f.layout, s[:n], berlin)
		if err != nil {
			continue
		}
		if n < len(s) && f.g == gTime {
			// fractional seconds or an unparsed zone: keep the wall clock
			if c := s[n]; c != '.' && c != ',' && c != 'Z' && c != '+' && c != '-' {
				continue
			}
		} else if n < len(s) && f.g != gTime && s[n] != 'T' && s[n] != ' ' {
			continue
		}
		return point{g: f.g, y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mi: t.Minute()}
	}
	return point{}
}

// yearString formats an astronomical year as TIMEX2 does: 2018, BC0490.
func yearString(y int) string {
	if y <= 0 {
		return fmt.Sprintf("BC%04d", 1-y)
	}
	if y > 9999 {
		return ""
	}
	return fmt.Sprintf("%04d", y)
}

// value formats a point at its granularity.
func (pt point) value(partOfDay bool) string {
	ys := yearString(pt.y)
	if ys == "" {
		return ""
	}
	switch pt.g {
	case gYear:
		return ys
	case gDec:
		if pt.y < 0 {
			return ""
		}
		return fmt.Sprintf("%03d", pt.y/10)
	case gCen:
		if pt.y < 0 {
			return ""
		}
		return fmt.Sprintf("%02d", pt.y/100)
	case gSub:
		return ys + "-" + pt.sub
	case gMonth:
		return fmt.Sprintf("%s-%02d", ys, pt.m)
	case gWeek:
		t := time.Date(pt.y, time.Month(pt.m), pt.d, 12, 0, 0, 0, time.UTC)
		wy, w := t.ISOWeek()
		v := yearString(wy)
		if v == "" {
			return ""
		}
		v = fmt.Sprintf("%s-W%02d", v, w)
		if pt.sub == "WE" {
			v += "-WE"
		}
		return v
	case gDay:
		v := fmt.Sprintf("%s-%02d-%02d", ys, pt.m, pt.d)
		if partOfDay && pt.part != "" {
			v += "T" + pt.part
		}
		return v
	case gTime:
		return fmt.Sprintf("%s-%02d-%02dT%02d:%02d", ys, pt.m, pt.d, pt.hh, pt.mi)
	}
	return ""
}

func (pt point) date() time.Time {
	return time.Date(pt.y, time.Month(pt.m), pt.d, 12, 0, 0, 0, time.UTC)
}

func fromDate(t time.Time, g int) point {
	return point{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// easter returns the month and day of Easter Sunday (Gregorian, the
// anonymous computus).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// seasonMonth places a season for the nearest-year rule; winter counts from
// December, when it begins.
var seasonMonth = map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 12}

// resolver turns parsed expressions into values, in text order.
type resolver struct {
	opt      Options
	now      point // publication date (news) or document creation time
	ref      point // the date last mentioned
	main     point // the date the narrative stands at, kept across sentences
	first    bool  // the expression opens its sentence
	sentYear int   // an explicit year earlier in the sentence (astronomical), or noYear
	future   bool  // the sentence speaks of the future (wird, werden)
}

const noYear = -1 << 30

// startSentence begins a sentence: a date mentioned in passing in the
// previous one ("wie schon am 8. Dezember 1912") no longer anchors.
func (r *resolver) startSentence() {
	r.sentYear = noYear
	r.ref = r.main
}

// mention moves the reference date to pt. The narrative's own date (main)
// moves too when pt opens its sentence ("Am 5. Mai 1940 griff ...", "1916
// begann ...") or lies within a year of it; a date further away in the
// middle of a sentence is an aside and anchors only the rest of the
// sentence.
func (r *resolver) mention(pt point, relative bool) {
	r.ref = pt
	if relative && r.main.g != gNone && pt.y < r.main.y {
		return // "Ende des vorangegangenen Jahres": a look back
	}
	d := pt.y - r.main.y
	if r.first || r.main.g == gNone || d >= -1 && d <= 1 {
		r.main = pt
	}
}

// astro converts a written year to an astronomical one.
func astro(y int, bc bool) int {
	if bc {
		return 1 - y
	}
	return y
}

// baseYear is the year two-digit years and decades without a century are
// read against.
func (r *resolver) baseYear() (int, bool) {
	if r.opt.AnchorFromText && r.ref.g >= gYear {
		return r.ref.y, true
	}
	if r.sentYear != noYear {
		return r.sentYear, true
	}
	if r.now.g >= gYear {
		return r.now.y, true
	}
	if r.ref.g >= gYear {
		return r.ref.y, true
	}
	return 0, false
}

// resolve returns the value of e, whether it is vague, and whether it was
// resolved against an anchor; it moves the reference date on.
func (r *resolver) resolve(e *expr) (string, bool, bool) {
	switch e.kind {
	case kVague:
		return "", true, false
	case kDur, kSet:
		return e.dur, false, false
	}
	if e.rel == rNone {
		return r.absolute(e)
	}
	return r.relative(e)
}

func (r *resolver) absolute(e *expr) (string, bool, bool) {
	switch {
	case e.dec >= 0:
		return fmt.Sprintf("%03d", e.dec), false, false
	case e.dec1 >= 0:
		by, ok := r.baseYear()
		if !ok || by < 100 {
			return fmt.Sprintf("19%d", e.dec1), false, false
		}
		c := by / 100
		if c*100+e.dec1*10 > by {
			c--
		}
		return fmt.Sprintf("%d%d", c, e.dec1), false, true
	case e.cen >= 0:
		if e.bc {
			return fmt.Sprintf("BC%02d", e.cen), false, false
		}
		return fmt.Sprintf("%02d", e.cen), false, false
	case e.mil >= 0:
		if e.bc {
			return fmt.Sprintf("BC%d", e.mil), false, false
		}
		return fmt.Sprintf("%d", e.mil), false, false
	}
	relative := false
	y := noYear
	if e.y >= 0 {
		y = astro(e.y, e.bc)
		// "das Jahr 149" in a history of the Punic wars: read a year
		// without era as BC when the narrative stands in BC and that
		// reading lies nearer.
		if !e.bc && !e.y2 && r.opt.AnchorFromText && r.main.g >= gYear && r.main.y <= 0 &&
			abs(1-e.y-r.main.y) < abs(e.y-r.main.y) {
			y = 1 - e.y
		}
		if e.y2 {
			relative = true
			by, ok := r.baseYear()
			if !ok {
				by = 2000
			}
			c := by / 100 * 100
			y = c + e.y
			if y > by+10 {
				y -= 100
			}
		}
	}
	pt := point{y: y, m: e.m, d: e.d, hh: e.hh, mi: e.mi, part: e.part}
	if y == noYear {
		relative = true
		if !r.fillYear(e, &pt) {
			return r.unknownYear(e), false, true
		}
	}
	if e.unit == "EASTER" {
		m, d := easter(pt.y)
		t := time.Date(pt.y, time.Month(m), d+e.off, 12, 0, 0, 0, time.UTC)
		pt.m, pt.d = int(t.Month()), t.Day()
	}
	switch {
	case pt.hh >= 0 && pt.d >= 0:
		pt.g = gTime
	case pt.d >= 0:
		pt.g = gDay
	case pt.m >= 0:
		pt.g = gMonth
	case e.season != "":
		pt.g, pt.sub = gSub, e.season
	case e.q > 0:
		pt.g, pt.sub = gSub, fmt.Sprintf("Q%d", e.q)
	case e.h > 0:
		pt.g, pt.sub = gSub, fmt.Sprintf("H%d", e.h)
	default:
		pt.g = gYear
	}
	if pt.g >= gDay && !validDay(pt.y, pt.m, pt.d) {
		// "am 29. Februar" without a year: the last leap year before.
		if !relative || e.explicitY || pt.m != 2 || pt.d != 29 {
			return "", false, relative
		}
		for k := 0; k < 4 && !validDay(pt.y, pt.m, pt.d); k++ {
			pt.y--
		}
	}
	if e.explicitY {
		r.sentYear = pt.y
	}
	v := pt.value(r.opt.PartOfDay)
	if v != "" {
		r.mention(pt, relative)
	}
	return v, false, relative
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Day() == d
}

// fillYear completes an expression without a year (Ende Juli, am 24., um
// 9 Uhr) from the reference date (narratives, and days or times alone) or
// from the publication date (news).
func (r *resolver) fillYear(e *expr, pt *point) bool {
	// A time alone takes the day last mentioned, a day alone its month; news
	// fall back on the publication date, narratives do not.
	if e.m < 0 && (e.d >= 0 || e.hh >= 0) {
		need := gMonth
		if e.d < 0 {
			need = gDay
		}
		base := r.ref
		if base.g < need && !r.opt.AnchorFromText {
			base = r.now
		}
		if base.g < need {
			return false
		}
		pt.y, pt.m = base.y, base.m
		if e.d < 0 {
			pt.d = base.d
		}
		return true
	}
	if r.opt.AnchorFromText && r.ref.g >= gYear {
		pt.y = r.ref.y
		return true
	}
	if r.sentYear != noYear {
		pt.y = r.sentYear
		return true
	}
	if r.now.g < gYear {
		if r.ref.g >= gYear {
			pt.y = r.ref.y
			return true
		}
		return false
	}
	pt.y = r.now.y
	if r.now.g >= gMonth {
		m := e.m
		switch {
		case m < 0 && e.season != "":
			m = seasonMonth[e.season]
		case m < 0 && e.q > 0:
			m = e.q*3 - 1
		case m < 0 && e.h > 0:
			m = e.h*6 - 3
		}
		if m > 0 {
			// News speak of the recent past more than of the future: more
			// than four months ahead is last year, more than nine behind
			// ("im Januar", written in December) is next year. A sentence
			// in the future tense looks ahead.
			switch {
			case r.future && m < r.now.m:
				pt.y++ // "Die Wahl wird im Februar ...", written in March
			case r.future:
			case m-r.now.m > 4:
				pt.y--
			case r.now.m-m > 9:
				pt.y++
			}
		}
	}
	return true
}

// unknownYear writes what is known without an anchor: XXXX-08-07.
func (r *resolver) unknownYear(e *expr) string {
	y := "XXXX"
	if e.m < 0 && r.ref.g >= gYear {
		y = yearString(r.ref.y) // 1916-XX-XXT07:30: the year is known
	}
	switch {
	case e.hh >= 0 && e.d < 0:
		return fmt.Sprintf("%s-XX-XXT%02d:%02d", y, e.hh, e.mi)
	case e.d >= 0 && e.m < 0:
		return fmt.Sprintf("%s-XX-%02d", y, e.d)
	case e.d >= 0 && e.hh >= 0:
		return fmt.Sprintf("XXXX-%02d-%02dT%02d:%02d", e.m, e.d, e.hh, e.mi)
	case e.d >= 0:
		return fmt.Sprintf("XXXX-%02d-%02d", e.m, e.d)
	case e.m >= 0:
		return fmt.Sprintf("XXXX-%02d", e.m)
	case e.season != "":
		return "XXXX-" + e.season
	case e.q > 0:
		return fmt.Sprintf("XXXX-Q%d", e.q)
	case e.h > 0:
		return fmt.Sprintf("XXXX-H%d", e.h)
	}
	return ""
}

// relative resolves expressions counted from an anchor.
func (r *resolver) relative(e *expr) (string, bool, bool) {
	base := r.ref
	if e.rel == rNow && (!r.opt.AnchorFromText || e.deictic) || base.g == gNone {
		base = r.now
	}
	if e.weak && !r.opt.AnchorFromText && r.sentYear == noYear && r.now.g != gNone {
		base = r.now // "Anfang des Jahres" in news: this year, unless the sentence names one
	}
	if e.part != "" && e.weekday == 0 && e.unit == "D" && e.rel == rRef && base.g < gDay && !r.opt.AnchorFromText {
		// "am Abend" after a month or a season: a part of a day is that
		// part of the publication day in news, never the season; vague
		// without a publication day.
		if r.now.g < gDay {
			return "", true, false
		}
		base = r.now
	}
	if base.g == gNone {
		if e.weekday > 0 {
			return fmt.Sprintf("XXXX-WXX-%d", e.weekday), false, true
		}
		return "", false, true
	}
	var pt point
	switch {
	case e.unit == "REF":
		pt = base
	case e.weekday > 0:
		if base.g < gDay {
			return fmt.Sprintf("XXXX-WXX-%d", e.weekday), false, true
		}
		t := base.date()
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		dir := e.wdDir
		diff := e.weekday - wd // days forward to the weekday, in -6..6
		switch {
		case dir < 0: // strictly before
			if diff >= 0 {
				diff -= 7
			}
		case dir > 0: // strictly after
			if diff <= 0 {
				diff += 7
			}
		case r.opt.AnchorFromText || r.future && e.rel == rNow:
			if diff < 0 {
				diff += 7
			}
		default: // on or before
			if diff > 0 {
				diff -= 7
			}
		}
		if e.nightBefore {
			diff--
		}
		pt = fromDate(t.AddDate(0, 0, diff), gDay)
		pt.part = e.part
	case e.m >= 0 && e.unit == "Y":
		// "im März dieses Jahres", "am 3. März vergangenen Jahres"
		if base.g < gYear {
			return "", false, true
		}
		pt = point{g: gMonth, y: base.y + e.off, m: e.m, part: e.part}
		if e.d >= 0 {
			pt.g, pt.d = gDay, e.d
			if !validDay(pt.y, pt.m, pt.d) {
				return "", false, true
			}
		}
	case e.season != "":
		if base.g < gYear {
			return "", false, true
		}
		pt = point{g: gSub, y: base.y + e.off, sub: e.season}
		if e.wdDir != 0 && base.g >= gMonth {
			sm := seasonMonth[e.season]
			if e.wdDir > 0 && base.m >= sm {
				pt.y++
			}
			if e.wdDir < 0 && base.m <= sm+1 {
				pt.y--
			}
		}
	case e.count && e.rel == rRef && !e.weekend && keepsDay(base, e.unit):
		// "eine Woche später" after a day is a day: 1917-12-22.
		t := base.date()
		switch e.unit {
		case "Y":
			t = t.AddDate(e.off, 0, 0)
		case "M":
			t = t.AddDate(0, e.off, 0)
		case "W":
			t = t.AddDate(0, 0, 7*e.off)
		}
		pt = fromDate(t, gDay)
	default:
		pt = shiftPoint(base, e.unit, e.off, e.weekend, r.future)
		if e.q > 0 || e.h > 0 {
			if pt.g < gYear {
				return "", false, true
			}
			pt.g = gSub
			if e.q > 0 {
				pt.sub = fmt.Sprintf("Q%d", e.q)
			} else {
				pt.sub = fmt.Sprintf("H%d", e.h)
			}
		}
		if e.part != "" && pt.g == gDay {
			pt.part = e.part
		}
	}
	v := pt.value(r.opt.PartOfDay)
	if v != "" && !(e.deictic && r.opt.AnchorFromText) && !e.compare && pt.g >= gYear {
		r.mention(pt, true)
	}
	return v, false, true
}

// keepsDay reports whether a counted shift of unit from base keeps the
// base's day: weeks counted from a day ("eine Woche später" is 1917-12-22);
// months and years keep their own granularity, as WikiWars annotates them.
func keepsDay(base point, unit string) bool {
	return base.g >= gDay && unit == "W"
}

// shiftPoint moves base by off units and returns it at the unit's
// granularity, or at the base's when that is coarser.
func shiftPoint(base point, unit string, off int, weekend, future bool) point {
	want := map[string]int{"Y": gYear, "M": gMonth, "W": gWeek, "D": gDay, "Q": gSub, "H": gSub,
		"DE": gDec, "CE": gCen, "TH": gTime, "TM": gTime, "TS": gTime}[unit]
	if want == gNone {
		return point{}
	}
	if base.g < want {
		// Not fine enough to count in this unit: the base as it is.
		if base.g >= gYear {
			return base
		}
		return point{}
	}
	switch unit {
	case "Y":
		return point{g: gYear, y: base.y + off}
	case "DE":
		return point{g: gDec, y: floorDiv(base.y, 10)*10 + 10*off}
	case "CE":
		return point{g: gCen, y: floorDiv(base.y, 100)*100 + 100*off}
	case "M":
		t := time.Date(base.y, time.Month(base.m)+time.Month(off), 1, 12, 0, 0, 0, time.UTC)
		return point{g: gMonth, y: t.Year(), m: int(t.Month())}
	case "Q", "H":
		if base.g < gMonth {
			return point{}
		}
		n := 3
		if unit == "H" {
			n = 6
		}
		idx := (base.m-1)/n + off
		y := base.y
		per := 12 / n
		for idx < 0 {
			idx += per
			y--
		}
		y += idx / per
		idx %= per
		return point{g: gSub, y: y, sub: fmt.Sprintf("%s%d", unit, idx+1)}
	case "W":
		t := base.date().AddDate(0, 0, 7*off)
		p := fromDate(t, gWeek)
		if weekend {
			p.sub = "WE"
			wd := int(t.Weekday())
			if off == 0 && !future && wd >= 1 && wd <= 5 {
				p = fromDate(t.AddDate(0, 0, -7), gWeek)
				p.sub = "WE"
			}
		}
		return p
	case "D":
		return fromDate(base.date().AddDate(0, 0, off), gDay)
	case "TH", "TM", "TS":
		if base.g < gTime {
			return point{g: gDay, y: base.y, m: base.m, d: base.d}
		}
		t := time.Date(base.y, time.Month(base.m), base.d, base.hh, base.mi, 0, 0, time.UTC)
		switch unit {
		case "TH":
			t = t.Add(time.Duration(off) * time.Hour)
		case "TM":
			t = t.Add(time.Duration(off) * time.Minute)
		}
		return point{g: gTime, y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mi: t.Minute()}
	}
	return point{}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// floorDiv divides rounding down, for years before the era.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

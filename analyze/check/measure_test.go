package check

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestRateOf(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"Mit 48 Todesfällen pro 100.000 Einwohner liegt der Kreis vorn.", "48", true},
		{"Das Amt zählt 31 Fälle je 10.000 Einwohner.", "31", true},
		{"Das Amt zählt 31 neue Fälle im Landkreis.", "31", false},
		{"Die Kasse zahlt 12 Euro, pro Monat sind das mehr.", "12 Euro", false},
	}
	for _, tt := range tests {
		if got := rateOf(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("rateOf(%q, %q) = %v, want %v", tt.sentence, tt.figure, got, tt.want)
		}
	}
}

func TestThreshold(t *testing.T) {
	tests := []struct {
		sentence, text, hedge string
		want                  bool
	}{
		{"Zuerst werden Menschen über 75 Jahre geimpft.", "über 75 Jahre", "über", true},
		{"Geimpft werden Kinder unter zwölf Jahren noch nicht.", "unter zwölf Jahren", "unter", true},
		{"Die Zahl stieg auf über 75 Fälle.", "über 75", "über", false},
		{"Nach Angaben der Polizei mehr als 300 Teilnehmer.", "mehr als 300", "mehr als", false},
		{"Über 75 Menschen kamen.", "Über 75", "Über", false},
		{"Menschen über 75 Jahre werden zuerst geimpft.", "über 75 Jahre", "über", true},
		{"Insgesamt über 75 Menschen kamen.", "über 75", "über", false},
	}
	for _, tt := range tests {
		f := &fact.Figure{Text: tt.text, Hedge: tt.hedge, Unit: fact.UnitCount}
		if strings.Contains(tt.text, "Jahre") {
			f.Unit = "year"
		}
		if got := threshold(tt.sentence, f); got != tt.want {
			t.Errorf("threshold(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}

func TestGenericNeedsWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool // the sentences share a word beyond the counted noun
	}{
		{"Rund 600 Menschen wurden aus drei Dörfern evakuiert.", "Mehr als 2.000 Menschen mussten evakuiert werden.", true},
		{"Gestorben sind insgesamt 5.600 Menschen.", "Mehr als 6.500 Menschen müssen ihre Termine verschieben.", false},
	}
	about := contentStems("Menschen")
	if !generic(about) {
		t.Fatalf("generic(%v) = false, want true", about)
	}
	for _, tt := range tests {
		if got := sharesWord(otherWords(tt.a, about), otherWords(tt.b, about)); got != tt.want {
			t.Errorf("sharesWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if generic(contentStems("Einsatzkräfte")) {
		t.Errorf("generic(Einsatzkräfte) = true, want false")
	}
}

func TestHoldsValue(t *testing.T) {
	mk := func(v float64, speaker string) fig {
		return fig{f: &fact.Figure{Value: v, Unit: fact.UnitCount}, class: fact.UnitCount, speaker: speaker}
	}
	figs := []fig{mk(485550, ""), mk(667875, ""), mk(60, "sparkasse"), mk(85, "verdi")}
	if !holdsValue(figs, []int{0, 1}, 667875, &figs[0]) {
		t.Errorf("an article giving 485.550 and 667.875 in one voice holds 667.875")
	}
	if holdsValue(figs, []int{2, 3}, 60, &figs[3]) {
		t.Errorf("Verdi's 85 is held against 60 though the bank, another voice, says 60")
	}
}

func TestRareEntities(t *testing.T) {
	// "stadt" in more than rareArticles articles blocks nothing of its own;
	// "festival gmbh" in two ties them; "einzig" in one ties nothing.
	artEnts := [][]string{{"festival gmbh", "stadt"}, {"einzig", "festival gmbh", "stadt"}}
	for len(artEnts) <= rareArticles {
		artEnts = append(artEnts, []string{"stadt"})
	}
	got := rareEntities(artEnts)
	for i, want := range []string{"festival gmbh", "festival gmbh", ""} {
		if strings.Join(got[i], ",") != want {
			t.Errorf("rareEntities[%d] = %v, want %q", i, got[i], want)
		}
	}
}

func TestValueRatio(t *testing.T) {
	tests := []struct {
		a, b, want float64
	}{
		{60, 85, 85.0 / 60},
		{85, 60, 85.0 / 60},
		{0, 5, 1},
	}
	for _, tt := range tests {
		if got := valueRatio(&fact.Figure{Value: tt.a}, &fact.Figure{Value: tt.b}); got != tt.want {
			t.Errorf("valueRatio(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSupposedAt(t *testing.T) {
	tests := []struct {
		s, figure string
		want      bool
	}{
		{"Wenn alle Betten belegt sind, müssten die Kliniken 900 Patienten verlegen.", "900", true},
		{"Die Gewerkschaft spricht von 85 Stellen, weil auch die Beratung wegfallen würde.", "85", false},
		{"Der Verband rechnet damit, dass die Zahl auf 900 steigen könnte.", "900", true},
		{"Das Amt meldete 640 neue Fälle.", "640", false},
	}
	for _, tt := range tests {
		if got := supposedAt(tt.s, tt.figure); got != tt.want {
			t.Errorf("supposedAt(%q, %q) = %v, want %v", tt.s, tt.figure, got, tt.want)
		}
	}
}

func TestSpeaksNext(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{" spricht dagegen von 85 Stellen", true},
		{" sagte am Montag, es seien 40", true},
		{" schätzte die Menge auf 3.000", true},
		{" mit seinen 2.100 Beschäftigten", false},
		{" in Bayern wurden 40 Fälle gemeldet", false},
	}
	for _, tt := range tests {
		if got := speaksNext(tt.rest); got != tt.want {
			t.Errorf("speaksNext(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}

func TestNamesAlikeLeavesVoicesOut(t *testing.T) {
	artEnts := [][]string{{"sparkasse"}, {"sparkasse", "verdi"}}
	a := &fig{art: 0}
	b := &fig{art: 1, sent: []string{"verdi"}, voices: []string{"verdi"}}
	if !namesAlike(a, b, artEnts) {
		t.Errorf("Verdi speaking for 85 Stellen keeps it from 60 Stellen of an article not naming Verdi")
	}
	b.voices = nil
	if namesAlike(a, b, artEnts) {
		t.Errorf("a sentence about Verdi matched an article not naming it")
	}
}

func TestTargetOf(t *testing.T) {
	pub := parseSpan("2026-05-04")
	tests := []struct {
		sentence, date, value string
		want                  bool
	}{
		{"Intern ist von 22 Schließungen bis 2028 die Rede.", "2028", "2028", true},
		{"Bis Ende Mai sollen 300 Betten frei sein.", "Ende Mai", "2026-05", false},
		{"Im Jahr 2028 soll das Werk 900 Beschäftigte haben.", "2028", "2028", false},
	}
	for _, tt := range tests {
		dates := []fact.Date{{Text: tt.date, Value: tt.value}}
		if got := targetOf(tt.sentence, dates, pub); got != tt.want {
			t.Errorf("targetOf(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		sentence, own string
		v             float64
		want          bool
	}{
		{"Die Kliniken meldeten rund 32.600 freie Betten, von denen rund 21.500 belegt waren.", "rund 32.600", 21500, true},
		{"Die Kliniken meldeten rund 32.600 freie Betten.", "rund 32.600", 21500, false},
		{"Die Kliniken meldeten rund 32.600 freie Betten.", "rund 32.600", 32600, false}, // its own figure
		{"Es waren 12 von 40 Betten belegt.", "40", 12, false},                           // small numbers recur by chance
		{"Der Umsatz lag bei 1,25 Millionen.", "1,25 Millionen", 1.25, false},
	}
	for _, tt := range tests {
		if got := mentions(tt.sentence, tt.own, tt.v, false); got != tt.want {
			t.Errorf("mentions(%q, %v) = %v, want %v", tt.sentence, tt.v, got, tt.want)
		}
	}
}

func TestOtherDay(t *testing.T) {
	pub := parseSpan("2026-10-23")
	tests := []struct {
		when string
		want bool
	}{
		{"2026-10-20", true},  // "am Dienstag 5.397 Neuinfektionen", told against the latest
		{"2026-10-22", false}, // the day before: the count the article reports
		{"2026-10-27", false}, // a day ahead is a plan, not an old count
	}
	for _, tt := range tests {
		a := &fig{when: parseSpan(tt.when), explicit: true, pub: parseSpan(tt.when)}
		b := &fig{pub: pub, when: pub}
		if got := otherDay(a, b); got != tt.want {
			t.Errorf("otherDay(%s against %s) = %v, want %v", tt.when, "2026-10-23", got, tt.want)
		}
	}
}

func TestLimitsAndForecasts(t *testing.T) {
	tests := []struct {
		sentence        string
		limit, forecast bool
	}{
		{"Private Feiern werden auf zehn Menschen beschränkt.", true, false},
		{"Ab einer Inzidenz von 50 gilt die Grenze von 25 Gästen.", true, false},
		{"Die Bank erwartet für das kommende Jahr 3,1 Prozent Wachstum.", false, true},
		{"Das Amt meldete am Freitag 7.334 neue Fälle.", false, false},
	}
	for _, tt := range tests {
		if got := hasWord(tt.sentence, theLimits()); got != tt.limit {
			t.Errorf("limit(%q) = %v, want %v", tt.sentence, got, tt.limit)
		}
		if got := hasWord(tt.sentence, theForecasts()); got != tt.forecast {
			t.Errorf("forecast(%q) = %v, want %v", tt.sentence, got, tt.forecast)
		}
	}
}

func TestMentionsPercent(t *testing.T) {
	s := "Der Partei haben 14 Prozent ihre Stimme gegeben, künftig wollen es 30 Prozent tun."
	if !mentions(s, "30 Prozent", 14, true) {
		t.Errorf("14 Prozent not found in %q", s)
	}
	if mentions(s, "30 Prozent", 14, false) {
		t.Errorf("a count of 14 found in %q", s)
	}
	if mentions(s, "30 Prozent", 30, true) {
		t.Errorf("the figure's own 30 Prozent counted as a mention")
	}
}

func TestHedgeBefore(t *testing.T) {
	tests := []struct {
		sentence, figure, want string
	}{
		{"Die Wirksamkeit war besser als 87 Prozent.", "87 Prozent", "besser als"},
		{"Es flogen nicht einmal 2.000 Passagiere.", "2.000", "nicht einmal"},
		{"Es flogen 2.000 Passagiere.", "2.000", ""},
	}
	for _, tt := range tests {
		if got := hedgeBefore(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("hedgeBefore(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

package check

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestNamedWeekday(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Montag", 1},
		{"am Dienstagabend", 2},
		{"Samstag, 14. März", 6},
		{"Sonnabend", 6},
		{"14. März", -1},
		{"vergangene Woche", -1},
	}
	for _, tt := range tests {
		if got := namedWeekday(tt.text); got != tt.want {
			t.Errorf("namedWeekday(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestEventDate(t *testing.T) {
	tests := []struct {
		sentence, date string
		want           bool
	}{
		{"Die Schleuse war am Freitagmorgen gesperrt worden, teilte das Wasseramt am Sonntag mit.", "Freitagmorgen", true},
		{"Die Schleuse war am Freitagmorgen gesperrt worden, teilte das Wasseramt am Sonntag mit.", "Sonntag", false},
		{"Der Bürgermeister sagte am Donnerstag, man prüfe alle Möglichkeiten.", "Donnerstag", false},
		{"Die Bahn kündigte am Montag neue Fahrpläne an.", "Montag", false},
		{"Die Brücke ist seit Mittwoch für Lastwagen gesperrt.", "Mittwoch", false},
		{"Der erste Verdachtsfall war am 3. Februar gemeldet worden.", "3. Februar", true},
		{"Das Konzert in der Stadthalle beginnt am Samstag um 20 Uhr.", "Samstag", true},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		if got := eventDate(tt.sentence, i, i+len(tt.date)); got != tt.want {
			t.Errorf("eventDate(%q, %q) = %v, want %v", tt.sentence, tt.date, got, tt.want)
		}
	}
}

func TestSameWeekday(t *testing.T) {
	day := func(v string) int { return parseSpan(v).from }
	ev := func(text, value string) *event {
		return &event{d: &fact.Date{Text: text, Value: value}, day: day(value), weekday: namedWeekday(text)}
	}
	tests := []struct {
		name string
		a, b *event
		want bool
	}{
		{"one Thursday read as two weeks", ev("Donnerstag", "2026-05-07"), ev("Donnerstag", "2026-05-14"), true},
		{"a weekday and a written date on that weekday", ev("Freitag", "2026-05-08"), ev("15. Mai", "2026-05-15"), true},
		{"two Thursdays written out", ev("Donnerstag, 7. Mai", "2026-05-07"), ev("14. Mai", "2026-05-14"), false},
		{"two weekdays", ev("Montag", "2026-05-11"), ev("Sonntag", "2026-05-10"), false},
	}
	for _, tt := range tests {
		if got := sameWeekday(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: sameWeekday = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMaskReferencePoints(t *testing.T) {
	tests := []struct {
		sentence string
		kinds    []string
	}{
		{"Die Aktie legte am Freitag nach der Abstimmung deutlich zu.", nil},
		{"Drei Wochen vor der Landtagswahl am 8. März liegt die SPD vorn.", []string{"wahl"}},
		{"Der Streik beginnt am Montag.", []string{"streik"}},
	}
	for _, tt := range tests {
		got := eventNouns(maskReferencePoints(tt.sentence))
		if strings.Join(got, ",") != strings.Join(tt.kinds, ",") {
			t.Errorf("eventNouns(mask(%q)) = %v, want %v", tt.sentence, got, tt.kinds)
		}
	}
}

// TestDateEventsByWeekday: a day given by its weekday in one article and
// written out in another is held against it; a weekday resolved to two
// weeks is not.
func TestDateEventsByWeekday(t *testing.T) {
	mk := func(id, outlet, published, body, dateText, value string) Article {
		i := strings.Index(body, dateText)
		return Article{ID: id, Outlet: outlet, Published: published, Body: body,
			Sentences: []fact.Sentence{{Index: 0, Start: 0, End: len(body)}},
			Entities: []fact.Entity{
				{Name: "Kreis Talheim", Type: fact.LOC, Sentence: 0, Text: "Kreis Talheim"},
				{Name: "Feuerwehr Talheim", Type: fact.ORG, Sentence: 0, Text: "Feuerwehr Talheim"},
			},
			Dates: []fact.Date{{Text: dateText, Value: value, Start: i, End: i + len(dateText), Relative: true}},
		}
	}
	a := mk("a", "Talbote", "2026-06-10T10:00", "Der Brand im Kreis Talheim war am Montagabend ausgebrochen, die Feuerwehr Talheim rückte aus.", "Montagabend", "2026-06-08")
	b := mk("b", "Talfunk", "2026-06-10T18:00", "Der Brand im Kreis Talheim war am Sonntag, 7. Juni, ausgebrochen, die Feuerwehr Talheim rückte aus.", "Sonntag, 7. Juni", "2026-06-07")
	c := mk("c", "Talpost", "2026-06-11T08:00", "Der Brand im Kreis Talheim war am Sonntag ausgebrochen, die Feuerwehr Talheim rückte aus.", "Sonntag", "2026-05-31")
	count := func(fs []fact.Finding) (n int) {
		for _, f := range fs {
			if f.Kind == fact.Discrepancy {
				n++
			}
		}
		return n
	}
	if got := count(Check([]Article{a, b})); got != 1 {
		t.Errorf("Montagabend against Sonntag, 7. Juni: %d discrepancies, want 1", got)
	}
	if got := count(Check([]Article{b, c})); got != 0 {
		t.Errorf("Sonntag, 7. Juni against Sonntag read as a week before: %d discrepancies, want 0", got)
	}
}

// FuzzEventDate: any sentence and span reads without a panic.
func FuzzEventDate(f *testing.F) {
	f.Add("Der Zug war am Montag entgleist, teilte die Bahn am Dienstag mit.", 15, 21)
	f.Add("„seit Mittwoch“", 5, 12)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		eventDate(s, start, end)
		if start >= 0 && end <= len(s) && start < end {
			clauseAround(s, start, end)
		}
		maskReferencePoints(s)
		namedWeekday(s)
	})
}

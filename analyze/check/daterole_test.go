package check

import (
	"strings"
	"testing"
)

func TestDateRole(t *testing.T) {
	tests := []struct {
		sentence, date, want string
	}{
		{"Das Freibad bleibt bis zum 12. August geschlossen.", "12. August", "until"},
		{"Anträge müssen spätestens am Freitag eingehen.", "Freitag", "until"},
		{"Ab dem 3. Oktober gilt die neue Regel.", "3. Oktober", "from"},
		{"Der Markt öffnet am 3. Oktober.", "3. Oktober", ""},
		{"Die Sitzung vom Dienstag wurde vertagt.", "Dienstag", ""},
		{"Bis Montag war alles ruhig, am 4. Mai brach das Feuer aus.", "4. Mai", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		if got := dateRole(tt.sentence, i); got != tt.want {
			t.Errorf("dateRole(%q, %q) = %q, want %q", tt.sentence, tt.date, got, tt.want)
		}
	}
}

func TestStamp(t *testing.T) {
	tests := []struct {
		sentence, date string
		want           bool
	}{
		{"Mittwoch, 9. Juni, 14.05 Uhr: Der Landkreis meldet neue Zahlen.", "Mittwoch, 9. Juni", true},
		{"9. Juni: Der Landkreis meldet neue Zahlen.", "9. Juni", true},
		{"Am 9. Juni meldete der Landkreis neue Zahlen: 40 Fälle.", "9. Juni", false},
		{"Der Landkreis meldet am Mittwoch: 40 neue Fälle.", "Mittwoch", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		if got := stamp(tt.sentence, i, i+len(tt.date)); got != tt.want {
			t.Errorf("stamp(%q, %q) = %v, want %v", tt.sentence, tt.date, got, tt.want)
		}
	}
}

func TestEventDateApposition(t *testing.T) {
	tests := []struct {
		sentence, date string
		want           bool
	}{
		{"Das teilte der Bürgermeister, Jens Albrecht, am Sonntag mit.", "Sonntag", false},
		{"Die Brücke, ein Bau von 1962, wurde am Sonntag gesprengt.", "Sonntag", true},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		if got := eventDate(tt.sentence, i, i+len(tt.date)); got != tt.want {
			t.Errorf("eventDate(%q, %q) = %v, want %v", tt.sentence, tt.date, got, tt.want)
		}
	}
}

func TestSameEvent(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Die Stichwahl findet am 5. Mai statt.", "Die Bürgermeisterwahl war am 21. April.", false},
		{"Die Stichwahl findet am 5. Mai statt.", "Die Wahl ist am 6. Mai.", true},
		{"Das Heimspiel wird am Samstag nachgeholt.", "Das Heimspiel findet am Sonntag statt.", true},
		{"Es findet nun am Sonntag statt.", "Das Heimspiel ist am Samstag.", true},
	}
	for _, tt := range tests {
		ka, kb := eventNouns(tt.a), eventNouns(tt.b)
		if strings.HasPrefix(tt.a, "Es ") {
			ka = kb // named by the sentence before
		}
		if got := sameEvent(ka, kb, tt.a, tt.b); got != tt.want {
			t.Errorf("sameEvent(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

package check

import "testing"

func TestRemainderOf(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Die übrigen Parteien kommen zusammen auf 9 Prozent.", true},
		{"Auf die restlichen Listen entfielen 4,2 Prozent der Stimmen.", true},
		{"Sonstige Bewerber erreichen gemeinsam 6 Prozent.", true},
		{"Die Freie Wählergemeinschaft kommt auf 9 Prozent.", false},
		{"Im Übrigen bleibt der Kurs bei 12 Euro.", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := remainderOf(tt.sentence); got != tt.want {
				t.Errorf("remainderOf = %v, want %v", got, tt.want)
			}
		})
	}
}

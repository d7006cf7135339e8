package check

import "testing"

func TestPredicatesLink(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"gebeten", "auffordern", true}, // strong participle, request set
		{"wandt", "bitten", true},       // stem of "wandte"
		{"nachgefragt", "fragen", true}, // separable prefix, regular participle
		{"angefragt", "aufgefordert", true},
		{"erhöhte", "anheben", true}, // regular past, news synonym set
		{"abgewiesen", "zurückweisen", true},
		{"eingestellt", "beendet", true}, // stop: einstellen / beenden
		{"bestätigt", "dementiert", false},
		{"geführt", "verlangt", false},
		{"ist", "war", false}, // copula links nothing
	}
	for _, tt := range tests {
		got := shareKey(predicateKeys(tt.a), predicateKeys(tt.b))
		if got != tt.want {
			t.Errorf("%s ~ %s: got %v, want %v (keys %v / %v)", tt.a, tt.b, got, tt.want,
				predicateKeys(tt.a)[:min(4, len(predicateKeys(tt.a)))], predicateKeys(tt.b)[:min(4, len(predicateKeys(tt.b)))])
		}
	}
}

package corpus

import (
	"reflect"
	"testing"
)

func TestBodies(t *testing.T) {
	s := openTemp(t)
	for _, a := range []Article{
		article("bb01", "Der Stadtrat von Lüneburg tagt am Montag."),
		article("bb02", "Die Fähre nach Föhr fällt wegen Sturm aus."),
	} {
		if _, err := s.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		ids  []string
		want map[string]string
	}{
		{"both", []string{"bb02", "bb01"}, map[string]string{
			"bb01": "Der Stadtrat von Lüneburg tagt am Montag.",
			"bb02": "Die Fähre nach Föhr fällt wegen Sturm aus.",
		}},
		{"one unknown", []string{"bb01", "ffff"}, map[string]string{"bb01": "Der Stadtrat von Lüneburg tagt am Montag."}},
		{"none asked", nil, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Bodies(tt.ids...)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Bodies(%v) = %q, want %q", tt.ids, got, tt.want)
			}
		})
	}
}

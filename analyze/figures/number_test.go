package figures

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"4,45", 4.45, true},
		{"1.300", 1300, true},
		{"1.300.000", 1300000, true},
		{"1.300,50", 1300.5, true},
		{"-3,2", -3.2, true},
		{"−3,2", -3.2, true},
		{"+5", 5, true},
		{"0,5", 0.5, true},
		{"12", 12, true},
		{"1'300", 1300, true},
		{"1\u00a0300\u00a0000", 1300000, true},
		{"1\u202f300", 1300, true},
		{"100 000", 100000, true},
		{"1 300 000", 1300000, true},
		{"1,3 Milliarden", 1.3e9, true},
		{"87 Millionen", 87e6, true},
		{"120 Mrd.", 120e9, true},
		{"2,5 Mio.", 2.5e6, true},
		{"3 Tsd.", 3000, true},
		{"1,2 Billionen", 1.2e12, true},
		{"eine Milliarde", 1e9, true},
		{"eine Million", 1e6, true},
		{"ein Dutzend", 12, true},
		{"zwei Dutzend", 24, true},
		{"zwei", 2, true},
		{"zwölf", 12, true},
		{"Zwölf", 12, true},
		{"elf", 11, true},
		{"sechzehn", 16, true},
		{"zwanzig", 20, true},
		{"dreißig", 30, true},
		{"einundzwanzig", 21, true},
		{"dreiundvierzig", 43, true},
		{"hundert", 100, true},
		{"zweihundert", 200, true},
		{"dreihundertfünfzig", 350, true},
		{"tausend", 1000, true},
		{"zweitausend", 2000, true},
		{"dreitausendfünfhundert", 3500, true},
		{"eineinhalb", 1.5, true},
		{"anderthalb", 1.5, true},
		{"zweieinhalb Millionen", 2.5e6, true},
		{"minus 4", -4, true},
		{"eins", 1, true},
		{"jeder vierte", 25, true},
		{"jede zehnte", 10, true},
		// English thousands only when unambiguous; "1,300" is German 1.3.
		{"1,300", 1.3, true},
		{"1,300,000", 1300000, true},
		{"1,300.50", 1300.5, true},
		// Not numbers.
		{"", 0, false},
		{"ein", 0, false},
		{"eine", 0, false},
		{"Tausende", 0, false},
		{"Dutzende", 0, false},
		{"1.5", 0, false},
		{"07.08.2018", 0, false},
		{"9.30", 0, false},
		{"1.30.000", 0, false},
		{"12.34,5,6", 0, false},
		{"1234.567", 0, false},
		{"Millionen", 0, false},
		{"zweiundzwanzighundert", 0, false},
		{"Haus", 0, false},
		{"4,45 Prozent", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseNumber(%q) error = %v, want ok %v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok && math.Abs(got-tt.want) > 1e-9*math.Max(1, math.Abs(tt.want)) {
			t.Errorf("ParseNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"4,45", "1.300", "1.300,50", "-3,2", "1,3 Milliarden", "120 Mrd.", "eine Milliarde",
		"dreiundzwanzig", "1'300", "1\u00a0300", "07.08.2018", "1,300.50", "zweieinhalb Millionen",
		"minus 4", "\xff1,2", "9,,", "1..2", "−",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			return
		}
		if math.IsNaN(v) {
			t.Fatalf("ParseNumber(%q) = NaN", s)
		}
	})
}

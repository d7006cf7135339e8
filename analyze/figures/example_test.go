package figures_test

import (
	"fmt"

	"github.com/corpus-news/corpus/analyze/figures"
)

func ExampleExtract() {
	body := "Der Kurs der Aktie fiel nachbörslich zeitweise um 18 Prozent. " +
		"Zuvor hatte das Papier um rund 15 Prozent nachgegeben, der Umsatz stieg auf 2,4 Milliarden Euro."
	for _, f := range figures.Extract(body, nil) {
		lo, hi := figures.Bounds(f)
		fmt.Printf("%s: %g %s hedge=%q %s about=%q measure=%q [%.4g, %.4g]\n",
			f.Text, f.Value, f.Unit, f.Hedge, f.Direction, f.About, figures.Measure(f), lo, hi)
	}
	// Output:
	// 18 Prozent: 18 percent hedge="zeitweise" down about="Kurs Aktie" measure="aktie" [17.91, 18.09]
	// rund 15 Prozent: 15 percent hedge="rund" down about="Papier" measure="aktie" [13.5, 16.5]
	// 2,4 Milliarden Euro: 2.4e+09 EUR hedge="" up about="Umsatz" measure="umsatz" [2.388e+09, 2.412e+09]
}

func ExampleParseNumber() {
	for _, s := range []string{"4,45", "1.300", "1,3 Milliarden", "120 Mrd.", "zwölf", "eine Million"} {
		v, err := figures.ParseNumber(s)
		fmt.Println(s, v, err)
	}
	// Output:
	// 4,45 4.45 <nil>
	// 1.300 1300 <nil>
	// 1,3 Milliarden 1.3e+09 <nil>
	// 120 Mrd. 1.2e+11 <nil>
	// zwölf 12 <nil>
	// eine Million 1e+06 <nil>
}

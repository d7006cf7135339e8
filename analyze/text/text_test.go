package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentTexts returns the text of each sentence.
func sentTexts(body string) []string {
	var out []string
	for _, s := range Split(body) {
		out = append(out, body[s.Start:s.End])
	}
	return out
}

// sentenceCases are German sentences written for these tests; want is the
// sentence split a careful reader makes.
var sentenceCases = []struct {
	name string
	body string
	want []string
}{
	{"two plain", "Die Sparkasse erhöht die Gebühren. Kunden sind verärgert.",
		[]string{"Die Sparkasse erhöht die Gebühren.", "Kunden sind verärgert."}},
	{"z. B.", "Manche Banken, z. B. die Volksbank, senken die Zinsen. Andere warten ab.",
		[]string{"Manche Banken, z. B. die Volksbank, senken die Zinsen.", "Andere warten ab."}},
	{"z.B. joined", "Einige Länder, z.B. Österreich, ziehen nach. Die Schweiz nicht.",
		[]string{"Einige Länder, z.B. Österreich, ziehen nach.", "Die Schweiz nicht."}},
	{"Nr.", "Das Gesetz Nr. 12 tritt morgen in Kraft. Es gilt bundesweit.",
		[]string{"Das Gesetz Nr. 12 tritt morgen in Kraft.", "Es gilt bundesweit."}},
	{"ca. and Mio.", "Der Konzern verdiente ca. 4,5 Mio. Euro. Das ist wenig.",
		[]string{"Der Konzern verdiente ca. 4,5 Mio. Euro.", "Das ist wenig."}},
	{"Mrd.", "Die Schulden stiegen auf 120 Mrd. Dollar an. Ökonomen warnen.",
		[]string{"Die Schulden stiegen auf 120 Mrd. Dollar an.", "Ökonomen warnen."}},
	{"Dr. and Prof.", "Laut Prof. Dr. Anna Weber ist das falsch. Sie widerspricht.",
		[]string{"Laut Prof. Dr. Anna Weber ist das falsch.", "Sie widerspricht."}},
	{"u. a. and bzw.", "Betroffen sind u. a. Rentner bzw. Studenten. Die Regierung prüft.",
		[]string{"Betroffen sind u. a. Rentner bzw. Studenten.", "Die Regierung prüft."}},
	{"date ordinal", "Am 07. August 2018 fiel der Kurs. Danach erholte er sich.",
		[]string{"Am 07. August 2018 fiel der Kurs.", "Danach erholte er sich."}},
	{"ordinal lower", "Die Wahl ist am 3. Oktober. Wir berichten.",
		[]string{"Die Wahl ist am 3. Oktober.", "Wir berichten."}},
	{"ordinal noun", "Der Verein steigt in die 2. Liga ab. Die Fans sind traurig.",
		[]string{"Der Verein steigt in die 2. Liga ab.", "Die Fans sind traurig."}},
	{"number end", "Der Zähler stand bei 15. Die Messung endete.",
		[]string{"Der Zähler stand bei 15.", "Die Messung endete."}},
	{"year end", "Das geschah im Jahr 2016. Niemand bemerkte es.",
		[]string{"Das geschah im Jahr 2016.", "Niemand bemerkte es."}},
	{"german quotes", "„Das ist falsch.“ Der Sprecher blieb dabei.",
		[]string{"„Das ist falsch.“", "Der Sprecher blieb dabei."}},
	{"quote question attribution", "„Wer zahlt das?“, fragte die Ministerin. Keiner antwortete.",
		[]string{"„Wer zahlt das?“, fragte die Ministerin.", "Keiner antwortete."}},
	{"guillemets", "«Wir prüfen das.» Mehr sagte er nicht.",
		[]string{"«Wir prüfen das.»", "Mehr sagte er nicht."}},
	{"straight quotes", `Er sagte: "Wir verkaufen nicht." Dann ging er.`,
		[]string{`Er sagte: "Wir verkaufen nicht."`, "Dann ging er."}},
	{"single low quotes", "Sie nannte es ‚unfair‘. Die Firma schwieg.",
		[]string{"Sie nannte es ‚unfair‘.", "Die Firma schwieg."}},
	{"headline", "Streik bei der Bahn\nDie Gewerkschaft ruft zum Ausstand auf.",
		[]string{"Streik bei der Bahn", "Die Gewerkschaft ruft zum Ausstand auf."}},
	{"wrapped line", "Die Gewerkschaft ruft\nzum Ausstand auf. Pendler warten.",
		[]string{"Die Gewerkschaft ruft\nzum Ausstand auf.", "Pendler warten."}},
	{"paragraphs", "Erster Absatz ohne Punkt\n\nZweiter Absatz.",
		[]string{"Erster Absatz ohne Punkt", "Zweiter Absatz."}},
	{"dpa dateline", "Frankfurt/Main (dpa) - Die Börse schloss fester. Der Dax stieg.",
		[]string{"Frankfurt/Main (dpa) - Die Börse schloss fester.", "Der Dax stieg."}},
	{"exclamation", "Was für ein Tag! Die Aktie stieg um 4,45 Prozent.",
		[]string{"Was für ein Tag!", "Die Aktie stieg um 4,45 Prozent."}},
	{"ellipsis lower", "Es war ... nun ja, schwierig. Dann kam die Wende.",
		[]string{"Es war ... nun ja, schwierig.", "Dann kam die Wende."}},
	{"initials", "Der Roman von J. R. R. Tolkien wird neu verfilmt. Fans jubeln.",
		[]string{"Der Roman von J. R. R. Tolkien wird neu verfilmt.", "Fans jubeln."}},
	{"usw. ends", "Sie kauften Brot, Milch usw. Danach gingen sie heim.",
		[]string{"Sie kauften Brot, Milch usw.", "Danach gingen sie heim."}},
	{"bracket end", "Die Firma (gegründet 1998) wächst. Sie stellt ein.",
		[]string{"Die Firma (gegründet 1998) wächst.", "Sie stellt ein."}},
	{"sentence in brackets", "Er trat zurück. (Sein Nachfolger ist unbekannt.) Die Partei schweigt.",
		[]string{"Er trat zurück.", "(Sein Nachfolger ist unbekannt.)", "Die Partei schweigt."}},
	{"empty", "", nil},
	{"blank", "  \n\n ", nil},
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			got := sentTexts(tc.body)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.body, got, tc.want)
			}
		})
	}
}

func TestSplitTokens(t *testing.T) {
	cases := []struct {
		body string
		want string // tokens joined by |
	}{
		{"Die US-Großbanken verloren 4,45 Prozent.", "Die|US-Großbanken|verloren|4,45|Prozent|."},
		{"Rund 1.300 Stellen fallen weg.", "Rund|1.300|Stellen|fallen|weg|."},
		{"Am 07.08.2018 um 09:38 Uhr.", "Am|07.08.2018|um|09:38|Uhr|."},
		{"Berlin (dpa) - Die Lage.", "Berlin|(|dpa|)|-|Die|Lage|."},
		{"„Nein“, sagte sie.", "„|Nein|“|,|sagte|sie|."},
		{"Ein- und Ausfuhren sinken.", "Ein-|und|Ausfuhren|sinken|."},
		{"Mehr unter www.beispiel.de oder https://beispiel.de/a?b=1.", "Mehr|unter|www.beispiel.de|oder|https://beispiel.de/a?b=1|."},
		{"Das kostet z.B. 5 €.", "Das|kostet|z.B.|5|€|."},
		{"Der Cambridge-Analytica-Skandal", "Der|Cambridge-Analytica-Skandal"},
		{"Facebooks Aktie fiel um 20%.", "Facebooks|Aktie|fiel|um|20|%|."},
		{"am 3. Oktober", "am|3.|Oktober"},
		{"H&M und AT&T", "H&M|und|AT&T"},
		{"geht's los?", "geht's|los|?"},
		{"Covid-19-Pandemie", "Covid-19-Pandemie"},
		{"Wirklich?!", "Wirklich|?!"},
	}
	for _, tc := range cases {
		var got []string
		for _, s := range Split(tc.body) {
			for _, tok := range s.Tokens {
				got = append(got, tok.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("tokens of %q\n got %s\nwant %s", tc.body, g, tc.want)
		}
	}
}

// checkOffsets verifies the invariants every caller relies on.
func checkOffsets(t *testing.T, body string) {
	t.Helper()
	prevEnd := 0
	for i, s := range Split(body) {
		if s.Index != i {
			t.Fatalf("sentence %d has index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End > len(body) || s.Start >= s.End {
			t.Fatalf("sentence %d span [%d,%d) invalid (prev end %d, len %d)", i, s.Start, s.End, prevEnd, len(body))
		}
		if len(s.Tokens) == 0 || s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d tokens do not span it", i)
		}
		for _, tok := range s.Tokens {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(body) {
				t.Fatalf("token %q [%d,%d) out of order or invalid", tok.Text, tok.Start, tok.End)
			}
			if body[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token text %q != body %q", tok.Text, body[tok.Start:tok.End])
			}
			if utf8.ValidString(body) && !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q splits a rune", tok.Text)
			}
			prevEnd = tok.End
		}
	}
}

func TestOffsets(t *testing.T) {
	for _, tc := range sentenceCases {
		checkOffsets(t, tc.body)
	}
}

func FuzzSplit(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.body)
	}
	f.Add("a.\xff. „\n\n«1.2,3:4-»")
	f.Add("https://")
	f.Add("z.B")
	f.Fuzz(func(t *testing.T, body string) {
		checkOffsets(t, body)
	})
}

// TestSplitKeepsFinalQuotedSentence: a body that ends in a terminal followed
// by a closing quote keeps its last sentence (it was once dropped).
func TestSplitKeepsFinalQuotedSentence(t *testing.T) {
	for _, body := range []string{
		"Er fragte: „Warum?“",
		"Sie sagte, dass sie „bis 1990 blieben.“ – „Wer hätte das gedacht?“\n",
		"«Das reicht nicht.»",
	} {
		sents := Split(body)
		if len(sents) == 0 {
			t.Fatalf("Split(%q): no sentences", body)
		}
		last := sents[len(sents)-1]
		if got := strings.TrimRight(body, "\n"); body[last.Start:last.End] != got[len(got)-(last.End-last.Start):] {
			t.Errorf("Split(%q): last sentence %q does not reach the end", body, body[last.Start:last.End])
		}
	}
}

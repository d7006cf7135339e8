package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// show writes a date as "text=value", "text~" when vague.
func show(d fact.Date) string {
	if d.Vague {
		return d.Text + "~"
	}
	return d.Text + "=" + d.Value
}

func shows(ds []fact.Date) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, show(d))
	}
	return out
}

// Published on Thursday, 18 March 2021, 14:05 (Berlin).
const pub = "2021-03-18T14:05"

func TestExtractNews(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		// absolute
		{"day month year", "Der Bundestag beschloss das Gesetz am 12. März 2021.", []string{"12. März 2021=2021-03-12"}},
		{"numeric", "Die Frist endet am 30.06.2021.", []string{"30.06.2021=2021-06-30"}},
		{"numeric short year", "Die Zahlen vom 3.2.21 zeigen einen Anstieg.", []string{"3.2.21=2021-02-03"}},
		{"abbreviated month", "Die Firma wurde am 1. Aug. 1999 gegründet.", []string{"1. Aug. 1999=1999-08-01"}},
		{"month year", "Im Januar 2020 begann die Pandemie.", []string{"Januar 2020=2020-01"}},
		{"year after seit", "Seit 2015 ist die Zahl der Anträge gestiegen.", []string{"2015=2015"}},
		{"year opening a sentence", "2019 hatte der Konzern noch Gewinne gemacht.", []string{"2019=2019"}},
		{"year in Jahr", "Im Jahr 2008 brach die Bank zusammen.", []string{"Jahr 2008=2008"}},
		{"count, not a year", "Bei dem Unglück kamen 2016 Menschen ums Leben.", []string{}},
		{"money, not a year", "Der Preis stieg auf 2020 Euro.", []string{}},
		{"hedged count, not a year", "Rund 1500 Mitarbeiter sind betroffen.", []string{}},
		{"percent, not a year", "Die Quote lag bei 1999 %.", []string{}},
		{"time", "Die Sitzung begann um 9:30 Uhr.", []string{"9:30 Uhr=2021-03-18T09:30"}},
		{"hour", "Der Kurs lag um 14 Uhr bei 80 Euro.", []string{"14 Uhr=2021-03-18T14:00"}},
		{"date and time", "Der Brief ist auf den 4. Mai 2020, 16:45 Uhr datiert.", []string{"4. Mai 2020, 16:45 Uhr=2020-05-04T16:45"}},
		{"iso", "Stand: 2020-11-03T08:15 laut Behörde.", []string{"2020-11-03T08:15=2020-11-03T08:15"}},
		{"weekday with date", "Das Urteil fiel am Mittwoch, 10. März 2021.", []string{"Mittwoch, 10. März 2021=2021-03-10"}},
		{"start of month", "Anfang Februar hatte die Behörde gewarnt.", []string{"Anfang Februar=2021-02"}},
		{"end of last December", "Mitte Dezember war die Brücke gesperrt worden.", []string{"Mitte Dezember=2020-12"}},
		{"coming May", "Im Mai will die Regierung entscheiden.", []string{"Mai=2021-05"}},
		{"end of year", "Ende 2022 soll die Strecke eröffnet werden.", []string{"Ende 2022=2022"}},
		{"season", "Im Frühjahr 1945 endete der Krieg.", []string{"Frühjahr 1945=1945-SP"}},
		{"decade", "In den 1980er Jahren wuchs die Stadt stark.", []string{"den 1980er Jahren=198"}},
		{"decade in words", "In den Neunzigerjahren schloss die Zeche.", []string{"Neunzigerjahren=199"}},
		{"century", "Das Kloster stammt aus dem 12. Jahrhundert.", []string{"12. Jahrhundert=11"}},
		{"quarter without year", "Im dritten Quartal sank der Umsatz um vier Prozent.", []string{"dritten Quartal=2020-Q3"}},
		{"half year", "Der Umsatz stieg im ersten Halbjahr 2020 deutlich.", []string{"ersten Halbjahr 2020=2020-H1"}},
		{"holiday", "An Weihnachten 2020 blieben die Kirchen leer.", []string{"Weihnachten 2020=2020-12-25"}},
		{"easter", "Ostern 2021 fällt auf den 4. April.", []string{"Ostern 2021=2021-04-04", "4. April=2021-04-04"}},
		{"before Christ", "Das geschah 44 v. Chr. in Rom.", []string{"44 v. Chr.=BC0044"}},
		{"date, comma, year", "Die Krise begann am 16. Oktober, 1962.", []string{"16. Oktober, 1962=1962-10-16"}},
		{"time zone", "Die Kapitulation trat um 23:01 Uhr mitteleuropäischer Zeit in Kraft.", []string{"23:01 Uhr mitteleuropäischer Zeit=2021-03-18T23:01"}},
		{"day range", "Vom 1. bis 5. September 2020 fand die Messe statt.", []string{"1.=2020-09-01", "5. September 2020=2020-09-05"}},
		{"year range", "Zwischen 2010 und 2015 halbierte sich der Bestand.", []string{"2010=2010", "2015=2015"}},
		{"month pair", "Im Juli/August 2019 regnete es kaum.", []string{"Juli=2019-07", "August 2019=2019-08"}},
		{"name, not a month", "August Bebel gründete die Partei.", []string{}},
		{"month this year", "Die Inflation lag im Februar bei 1,3 Prozent.", []string{"Februar=2021-02"}},
		{"evening of a date", "Am Abend des 3. Oktober 1990 feierten viele.", []string{"Am Abend des 3. Oktober 1990=1990-10-03"}},
		// relative to the publication date
		{"weekday", "Am Dienstag trat der Minister zurück.", []string{"Dienstag=2021-03-16"}},
		{"weekday is today", "Am Donnerstagmorgen rückte die Feuerwehr aus.", []string{"Donnerstagmorgen=2021-03-18"}},
		{"weekday evening", "Am Sonntagabend wurde gewählt.", []string{"Sonntagabend=2021-03-14"}},
		{"weekday ahead", "Die Wahl wird am Sonntag stattfinden.", []string{"Sonntag=2021-03-21"}},
		{"since weekday", "Seit Montag gilt die neue Regel.", []string{"Montag=2021-03-15"}},
		{"last weekday", "Vergangenen Freitag kam es zu Ausschreitungen.", []string{"Vergangenen Freitag=2021-03-12"}},
		{"gestern", "Gestern teilte die Polizei mit, dass niemand verletzt wurde.", []string{"Gestern=2021-03-17"}},
		{"heute", "Heute beginnt der Prozess.", []string{"Heute=2021-03-18"}},
		{"morgen", "Die Entscheidung fällt morgen.", []string{"morgen=2021-03-19"}},
		{"vorgestern", "Vorgestern hatte es geschneit.", []string{"Vorgestern=2021-03-16"}},
		{"übermorgen", "Übermorgen wird gestreikt.", []string{"Übermorgen=2021-03-20"}},
		{"gestern Abend", "Gestern Abend brannte eine Scheune.", []string{"Gestern Abend=2021-03-17"}},
		{"last year", "Im vergangenen Jahr verlor die Bahn Fahrgäste.", []string{"vergangenen Jahr=2020"}},
		{"previous year", "Im Vorjahr waren es noch mehr.", []string{"Vorjahr=2020"}},
		{"letztes Jahr", "Letztes Jahr war alles anders.", []string{"Letztes Jahr=2020"}},
		{"this year", "In diesem Jahr soll gebaut werden.", []string{"diesem Jahr=2021"}},
		{"next week", "Nächste Woche tagt der Ausschuss.", []string{"Nächste Woche=2021-W12"}},
		{"start of the week", "Anfang der Woche hatte er noch gezögert.", []string{"Anfang der Woche=2021-W11"}},
		{"weeks ago", "Vor zwei Wochen war er noch im Amt.", []string{"Vor zwei Wochen=2021-W09"}},
		{"years ago", "Vor drei Jahren wurde das Werk geschlossen.", []string{"Vor drei Jahren=2018"}},
		{"in two weeks", "In zwei Wochen wird entschieden.", []string{"In zwei Wochen=2021-W13"}},
		{"weekend", "Am Wochenende kam es zu Protesten.", []string{"Am Wochenende=2021-W10-WE"}},
		{"days later", "Am 2. März 2021 wurde der Skandal bekannt. Zwei Tage später trat er zurück.",
			[]string{"2. März 2021=2021-03-02", "Zwei Tage später=2021-03-04"}},
		{"same day", "Am 9. November 1989 fiel die Mauer. Am selben Tag feierten Tausende.",
			[]string{"9. November 1989=1989-11-09", "Am selben Tag=1989-11-09"}},
		{"month after an explicit year", "Im Jahr 2017 sank der Absatz, im Oktober erholte er sich.",
			[]string{"Jahr 2017=2017", "Oktober=2017-10"}},
		// vague and durations
		{"kürzlich", "Die Regierung hat kürzlich neue Zahlen veröffentlicht.", []string{"kürzlich~"}},
		{"bald", "Bald soll es eine Lösung geben.", []string{"Bald~"}},
		{"damals", "Damals lebten hier tausend Menschen.", []string{"Damals~"}},
		{"derzeit", "Derzeit prüft die Staatsanwaltschaft den Fall.", []string{"Derzeit~"}},
		{"zuletzt", "Zuletzt war der Kurs gefallen.", []string{"Zuletzt~"}},
		{"kurz darauf", "Kurz darauf meldete sich der Sprecher.", []string{"Kurz darauf~"}},
		{"vor kurzem", "Erst vor kurzem wurde das bekannt.", []string{"vor kurzem~"}},
		{"meanwhile is no date", "Inzwischen hat sich die Lage beruhigt.", []string{}},
		{"duration", "Die Verhandlungen dauerten drei Tage.", []string{"drei Tage=P3D"}},
		{"duration since", "Die Vereinbarung gilt seit drei Jahren.", []string{"drei Jahren=P3Y"}},
		{"duration in a word", "Nach jahrelangem Streit kam die Einigung.", []string{"jahrelangem=PXY"}},
		{"half an hour", "Die Rede dauerte eine halbe Stunde.", []string{"eine halbe Stunde=PT30M"}},
		{"set", "Jeden Montag trifft sich der Stab.", []string{"Montag=XXXX-WXX-1"}},
		{"compound part", "Zur Zeit der Winter- und Sommerferien reisen viele.", []string{}},
		{"programme name", "Er sagte im Radioprogramm „SWR Aktuell“, es werde eng.", []string{}},
		{"month of this year", "Im März dieses Jahres brannte es.", []string{"März dieses Jahres=2021-03"}},
		{"day of last year", "Am 3. März vergangenen Jahres brannte es.", []string{"3. März vergangenen Jahres=2020-03-03"}},
		{"season of last year", "Im Sommer vergangenen Jahres brannte es.", []string{"Sommer vergangenen Jahres=2020-SU"}},
		{"night before a weekday", "In der Nacht zum Sonntag brannte es.", []string{"Nacht zum Sonntag=2021-03-13"}},
		{"hour range", "Zwischen 9 und 17 Uhr ist geöffnet.", []string{"9=2021-03-18T09:00", "17 Uhr=2021-03-18T17:00"}},
		{"time with a dot", "Um 10.30 Uhr begann die Sitzung.", []string{"10.30 Uhr=2021-03-18T10:30"}},
		{"future month", "Die Wahl wird im Februar stattfinden.", []string{"Februar=2022-02"}},
		{"last century", "Das Werk stammt aus dem vergangenen Jahrhundert.", []string{"vergangenen Jahrhundert=19"}},
		{"past decade", "Im vergangenen Jahrzehnt verdoppelte sich die Zahl.", []string{"vergangenen Jahrzehnt=201"}},
		{"leap day without year", "Das Abkommen vom 29. Februar hält.", []string{"29. Februar=2020-02-29"}},
		{"weekend before", "Am 6. März 2021 wurde gefeiert, am Wochenende zuvor nicht.",
			[]string{"6. März 2021=2021-03-06", "am Wochenende zuvor=2021-W08-WE"}},
		{"last Wednesday (dative)", "Er ist seit vergangenem Mittwoch verschwunden.", []string{"vergangenem Mittwoch=2021-03-17"}},
		{"planned for autumn", "Im Herbst soll das Gesetz ins Parlament.", []string{"Herbst=2021-FA"}},
		{"reported autumn", "Im Herbst soll er das gesagt haben.", []string{"Herbst=2020-FA"}},
		{"past beside a future", "Der Vertrag, der am Montag unterzeichnet wurde, wird teuer.", []string{"Montag=2021-03-15"}},
		{"not least is no date", "Das lag nicht zuletzt am Wetter.", []string{}},
		{"within a day", "Innerhalb eines Tages stieg die Zahl um 300.", []string{"eines Tages=P1D"}},
		{"one day, vague", "Eines Tages wird er es verstehen.", []string{"Eines Tages~"}},
		{"count after a week", "In der vergangenen Woche 1560 positiv getestet.", []string{"vergangenen Woche=2021-W10"}},
		{"comparisons do not chain", "Die Zahl lag bei 30 (Vortag: 28), der Wert bei 0,9 (Vortag: 0,8).",
			[]string{"Vortag=2021-03-17", "Vortag=2021-03-17"}},
		{"start of the year in news", "Seit 2019 stieg der Umsatz. Anfang des Jahres brach er ein.",
			[]string{"2019=2019", "Anfang des Jahres=2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shows(Extract(tt.body, nil, pub))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestExtractAnchors(t *testing.T) {
	tests := []struct {
		name, body, published string
		want                  []string
	}{
		{"no anchor", "Am 7. August kam er. Gestern auch. Am Dienstag nicht.", "",
			[]string{"7. August=XXXX-08-07", "Gestern=", "Dienstag=XXXX-WXX-2"}},
		{"month anchor", "Ende Juli sank der Kurs.", "2018-08", []string{"Ende Juli=2018-07"}},
		{"year anchor", "Im vergangenen Jahr stieg der Kurs.", "2018", []string{"vergangenen Jahr=2017"}},
		{"UTC anchor moved to Berlin", "Heute stieg der Kurs.", "2018-08-06T23:30:00Z", []string{"Heute=2018-08-07"}},
		{"offset anchor", "Heute stieg der Kurs.", "2018-08-07T00:30:00+02:00", []string{"Heute=2018-08-07"}},
		{"bad anchor", "Gestern stieg der Kurs.", "irgendwann", []string{"Gestern="}},
		{"spring, written in December", "Wie im Frühjahr droht ein Engpass.", "2020-12-16", []string{"Frühjahr=2020-SP"}},
		{"January, written in December", "Im Januar sollen die Schulen öffnen.", "2020-12-16", []string{"Januar=2021-01"}},
		{"winter, written in January", "Der Winter war mild.", "2021-01-20", []string{"Winter=2020-WI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shows(Extract(tt.body, nil, tt.published))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q, %q)\n got %q\nwant %q", tt.body, tt.published, got, tt.want)
			}
		})
	}
}

func TestExtractNarrative(t *testing.T) {
	body := "Am 10. Mai 1940 begann der Angriff im Westen. Zwei Tage später fiel die Festung. " +
		"Am 28. Mai kapitulierte die Armee, am frühen Morgen des 4. Juni endete die Evakuierung. " +
		"Es fehlte an Reserven, wie schon 1914. Im Juni folgte der nächste Schlag, am selben Abend sprach der Minister. " +
		"Im folgenden Jahr änderte sich das. Die Festung ist heute ein Museum."
	got := shows(ExtractWith(body, nil, Options{Anchor: "2011-02-16T17:00:00", AnchorFromText: true, PartOfDay: true}))
	want := []string{
		"10. Mai 1940=1940-05-10", "Zwei Tage später=1940-05-12", "28. Mai=1940-05-28",
		"frühen Morgen des 4. Juni=1940-06-04TMO", "1914=1914", "Juni=1940-06", "am selben Abend=1940-06",
		"folgenden Jahr=1941", "heute=2011-02-16",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("narrative\n got %q\nwant %q", got, want)
	}
}

func TestSentencesAndOffsets(t *testing.T) {
	body := "Am 3. Mai 2019 wurde gewählt. Gestern kam das Ergebnis."
	sents := []fact.Sentence{{Index: 0, Start: 0, End: 29}, {Index: 1, Start: 30, End: len(body)}}
	got := Extract(body, sents, "2019-05-06")
	if len(got) != 2 {
		t.Fatalf("got %v", got)
	}
	for i, d := range got {
		if body[d.Start:d.End] != d.Text || d.Sentence != i {
			t.Errorf("date %d: %+v", i, d)
		}
	}
	if !got[1].Relative || got[0].Relative || got[1].Value != "2019-05-05" {
		t.Errorf("relative flags or value: %+v", got)
	}
}

func TestDeterministic(t *testing.T) {
	body := "Am Dienstag, dem 7. August 2018, sagte er, im vergangenen Jahr und vor zwei Wochen sei es anders gewesen."
	a := Extract(body, nil, "2018-08-09")
	for i := 0; i < 20; i++ {
		if b := Extract(body, nil, "2018-08-09"); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs: %v vs %v", i, a, b)
		}
	}
}

// repoRoot walks up from the package to the folder holding go.mod.
func repoRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// TestSeedGold checks the dates of the seed gold for article 002: the
// publication line and the relative dates resolved against it.
func TestSeedGold(t *testing.T) {
	shared := filepath.Join(filepath.Dir(repoRoot(t)), "shared")
	data, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.json"))
	if err != nil {
		t.Skipf("../shared/gold/seeds.json not available: %v", err)
	}
	var gold struct {
		Articles []struct {
			File      string `json:"file"`
			Published string `json:"published"`
			Dates     []struct {
				Text  string `json:"text"`
				Value string `json:"value"`
			} `json:"dates"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("seeds.json: %v", err)
	}
	seeds, err := filepath.Glob(filepath.Join(shared, "seeds", "002_*.txt"))
	if err != nil || len(seeds) != 1 {
		t.Skipf("../shared/seeds/002_*.txt not available")
	}
	body, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, a := range gold.Articles {
		if a.Published != "2018-08-07T09:38" {
			continue
		}
		for _, d := range a.Dates {
			want = append(want, d.Value)
		}
	}
	if len(want) == 0 {
		t.Skip("seed 002 not found in seeds.json")
	}
	found := map[string]bool{}
	for _, d := range Extract(string(body), nil, "2018-08-07T09:38") {
		found[d.Value] = true
	}
	for _, v := range want {
		if !found[v] {
			t.Errorf("seed 002: value %s not found among %v", v, found)
		}
	}
	for _, v := range []string{"2018-08-07", "2017", "2018-08-06", "2018-07", "2018-08-07T09:38"} {
		if !found[v] {
			t.Errorf("seed 002: %s not found", v)
		}
	}
}

func TestParseAnchor(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2018", "2018"}, {"2018-08", "2018-08"}, {"2018-08-07", "2018-08-07"},
		{"2018-08-07T09:38", "2018-08-07T09:38"}, {"2018-08-07T09:38:12", "2018-08-07T09:38"},
		{"2018-08-07 09:38", "2018-08-07T09:38"}, {"2018-08-07T07:38:00Z", "2018-08-07T09:38"},
		{"2018-01-07T07:38:00Z", "2018-01-07T08:38"}, {"07.08.2018", "2018-08-07"}, {"", ""}, {"morgen", ""},
	}
	for _, tt := range tests {
		if got := parseAnchor(tt.in).value(false); got != tt.want {
			t.Errorf("parseAnchor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int][2]int{2018: {4, 1}, 2019: {4, 21}, 2021: {4, 4}, 2024: {3, 31}, 2038: {4, 25}} {
		if m, d := easter(y); m != want[0] || d != want[1] {
			t.Errorf("easter(%d) = %d-%d, want %v", y, m, d, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Am 07. August 2018, 09:38 Uhr sagte er, am Dienstag sei es anders gewesen.",
		"Vom 1. bis 3. September 1939 und 264 bis 241 v. Chr.",
		"1.9.39 um 4 Uhr 45", "2011-02-16T17:00:00", "in den 1990er Jahren, Mitte der 90er",
		"Ende des Jahres", "Anfang", "vor", "zwei", "Jahr", "7.", "7. ", "12:", "Q2 2018", "\n\n2016\n\n",
		"am 31. Februar", "99999999999999 v. Chr.", "vor 5000 Jahren", "anderthalb", "Montag, den",
	} {
		f.Add(s, "2018-08-07T09:38", false)
		f.Add(s, "", true)
	}
	f.Fuzz(func(t *testing.T, body, published string, narrative bool) {
		ds := ExtractWith(body, nil, Options{Anchor: published, AnchorFromText: narrative, PartOfDay: narrative})
		last := 0
		for _, d := range ds {
			if d.Start < last || d.Start >= d.End || d.End > len(body) {
				t.Fatalf("bad span %d-%d after %d in %q", d.Start, d.End, last, body)
			}
			if body[d.Start:d.End] != d.Text {
				t.Fatalf("text %q != body[%d:%d] %q", d.Text, d.Start, d.End, body[d.Start:d.End])
			}
			if d.Vague && d.Value != "" {
				t.Fatalf("vague with value: %+v", d)
			}
			last = d.End
		}
		if !strings.Contains(body, "\x00") {
			return
		}
	})
}

func FuzzParseAnchor(f *testing.F) {
	for _, s := range []string{"2018", "2018-08", "2018-08-07T09:38", "2018-08-07T07:38:00Z", "07.08.2018", "", "2018-13-45", "T"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pt := parseAnchor(s)
		if pt.g != gNone && pt.value(false) == "" && pt.y > 0 && pt.y <= 9999 {
			t.Fatalf("parseAnchor(%q) = %+v without a value", s, pt)
		}
	})
}

// newsText is German news prose of ordinary date density, for the benchmark.
const newsText = `Die Bundesregierung hat am Mittwoch neue Regeln für den Kohleausstieg beschlossen. ` +
	`Nach Angaben des Wirtschaftsministeriums sollen die ersten Kraftwerke bereits Ende 2022 vom Netz gehen, ` +
	`wie ein Sprecher in Berlin sagte. Die Energieversorger hatten im vergangenen Jahr rund 1,3 Milliarden Euro ` +
	`in neue Anlagen investiert, etwa 87 Millionen Kunden sind betroffen. Der Verband kritisierte die Pläne scharf: ` +
	`„Das ist ein schwarzer Tag für die Beschäftigten in der Lausitz“, sagte die Vorsitzende. ` +
	`Umweltverbände begrüßten dagegen den Beschluss, forderten aber einen schnelleren Ausstieg. ` +
	`Seit 2015 sind die Emissionen im Energiesektor um knapp ein Viertel gesunken. ` +
	`Die Opposition kündigte an, das Gesetz im Bundesrat zu blockieren. Eine Entscheidung wird nächste Woche erwartet. ` +
	`Die Aktie des Konzerns verlor an der Frankfurter Börse zeitweise mehr als vier Prozent und schloss bei 12,45 Euro. ` +
	`Analysten der Deutschen Bank sehen das Kursziel dennoch bei 15 Euro, wie aus einer Studie hervorgeht.` + "\n\n"

func BenchmarkExtract(b *testing.B) {
	body := strings.Repeat(newsText, 1000)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(body, nil, "2021-03-18T14:05")
	}
}

// TestConcurrent runs Extract from many goroutines: the pipeline shares the
// package across cores (go test -race checks the lexicon stays read-only).
func TestConcurrent(t *testing.T) {
	body := strings.Repeat(newsText, 3)
	want := Extract(body, nil, "2021-03-18")
	done := make(chan []fact.Date)
	for g := 0; g < 8; g++ {
		go func() { done <- Extract(body, nil, "2021-03-18") }()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Fatal("concurrent extraction differs")
		}
	}
}

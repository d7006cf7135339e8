package figures

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/text"
)

// want is the expected figure; empty fields are not checked except Text.
type want struct {
	text  string
	value float64
	unit  string
	hedge string
	dir   string
	about string
	noun  string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Business.
		{"percent down hedge clause", "Die Aktie der Reederei verlor im frühen Handel zeitweise 12 Prozent.",
			[]want{{text: "12 Prozent", value: 12, unit: "percent", hedge: "zeitweise", dir: "down", about: "Aktie Reederei"}}},
		{"percent up von genitive", "Der Kurs von Siemens Energy kletterte am Mittwoch um 7,8 Prozent.",
			[]want{{text: "7,8 Prozent", value: 7.8, unit: "percent", dir: "up", about: "Kurs Siemens Energy"}}},
		{"money billions", "Der Umsatz des Konzerns stieg im dritten Quartal auf 4,2 Milliarden Euro.",
			[]want{{text: "4,2 Milliarden Euro", value: 4.2e9, unit: "EUR", dir: "up", about: "Umsatz Konzern"}}},
		{"money abbreviation", "Die Bank meldete einen Verlust von 120 Mrd. Dollar.",
			[]want{{text: "120 Mrd. Dollar", value: 120e9, unit: "USD", about: "Verlust"}}},
		{"currency before", "Für die Lizenz zahlte der Sender € 5 Mio. an den Verband.",
			[]want{{text: "€ 5 Mio.", value: 5e6, unit: "EUR", about: "Sender"}}},
		{"us dollar", "Die Übernahme kostet rund 3,5 Milliarden US-Dollar.",
			[]want{{text: "rund 3,5 Milliarden US-Dollar", value: 3.5e9, unit: "USD", hedge: "rund", about: "Übernahme"}}},
		{"swiss francs", "Die Versicherung schüttet 2,1 Millionen Franken an ihre Aktionäre aus.",
			[]want{{text: "2,1 Millionen Franken", value: 2.1e6, unit: "CHF", about: "Versicherung"}}},
		{"pounds and yen", "Der Fonds investierte 300 Millionen Pfund und 40 Milliarden Yen.",
			[]want{{text: "300 Millionen Pfund", value: 3e8, unit: "GBP"}, {text: "40 Milliarden Yen", value: 4e10, unit: "JPY"}}},
		{"cent", "Der Liter Diesel verteuerte sich um 12 Cent.",
			[]want{{text: "12 Cent", value: 0.12, unit: "EUR", dir: "up", about: "Liter Diesel"}}},
		{"separable verb up", "Der Gewinn je Aktie legte im Jahresvergleich um knapp 9 Prozent zu.",
			[]want{{text: "knapp 9 Prozent", value: 9, unit: "percent", hedge: "knapp", dir: "up", about: "Gewinn"}}},
		{"separable verb down", "Der Absatz in China brach im Mai um 30 Prozent ein.",
			[]want{{text: "30 Prozent", value: 30, unit: "percent", dir: "down", about: "Absatz"}}},
		{"noun minus", "Unter dem Strich stand ein Minus von 3,4 Prozent.",
			[]want{{text: "3,4 Prozent", value: 3.4, unit: "percent", dir: "down"}}},
		{"noun plus", "Beim Auftragseingang gab es ein Plus von 15 Prozent.",
			[]want{{text: "15 Prozent", value: 15, unit: "percent", dir: "up"}}},
		{"direction noun binds to its own figure", "Der Absatz stieg nach einem Minus von 10 Prozent im Vorjahr um 2 Prozent auf 1,3 Millionen Tonnen.",
			[]want{{text: "10 Prozent", dir: "down"}, {text: "2 Prozent", dir: "up"}, {text: "1,3 Millionen Tonnen", value: 1.3e9, unit: "kg", dir: "up"}}},
		{"comparative hedge", "Das Angebot soll höher als 3,2 Millionen Euro sein.",
			[]want{{text: "höher als 3,2 Millionen Euro", hedge: "höher als", unit: "EUR", about: "Angebot"}}},
		{"bzw. range", "Die Zahl der Gäste stieg um 60 bzw. 46 Prozent.",
			[]want{{text: "60", value: 60, unit: "percent", dir: "up"}, {text: "46 Prozent", value: 46, unit: "percent", dir: "up"}}},
		{"particle cancels direction", "Mit 3.450 mAh fällt der Akku relativ groß aus.",
			[]want{{text: "3.450 mAh", value: 3450, unit: "mAh", dir: ""}}},
		{"preposition is no particle", "Die Quote fiel auf 3 Prozent, die Aktie stieg um ein Drittel.",
			[]want{{text: "3 Prozent", dir: "down"}, {text: "ein Drittel", dir: "up"}}},
		{"coordinated nouns stay together", "Die Preise für Freizeit und Kultur stiegen um 2,0 Prozent.",
			[]want{{text: "2,0 Prozent", dir: "up", about: "Preise"}}},
		{"unit glued to a compound", "Bei einem 32 GB-Gerät bleiben 25,01 GB frei.",
			[]want{{text: "32 GB-Gerät", value: 32e9, unit: "byte"}, {text: "25,01 GB", value: 25.01e9, unit: "byte"}}},
		{"second number of a range", "Die Kunden erhalten Gutscheine im Wert von 450 bis 900 Dollar.",
			[]want{{text: "450", unit: "USD", about: "Gutscheine"}, {text: "900 Dollar", unit: "USD", about: "Gutscheine"}}},
		{"parallel clause shares About", "Der Anteil liegt bei Buben bei 13,1 Prozent, bei Mädchen sind es 10,4 Prozent.",
			[]want{{text: "13,1 Prozent", about: "Anteil"}, {text: "10,4 Prozent", about: "Anteil"}}},
		{"two clauses two directions", "Der Umsatz wuchs um 5 Prozent, der Gewinn sank dagegen um 2 Prozent.",
			[]want{{text: "5 Prozent", dir: "up", about: "Umsatz"}, {text: "2 Prozent", dir: "down", about: "Gewinn"}}},
		{"percentage points", "Die Arbeitslosenquote sank um 0,3 Prozentpunkte auf 5,1 Prozent.",
			[]want{{text: "0,3 Prozentpunkte", value: 0.3, unit: "percentage_points", dir: "down", about: "Arbeitslosenquote"},
				{text: "5,1 Prozent", value: 5.1, unit: "percent", dir: "down", about: "Arbeitslosenquote"}}},
		{"percent sign points", "Die Partei verlor 2,5 %-Punkte.",
			[]want{{text: "2,5 %-Punkte", value: 2.5, unit: "percentage_points", dir: "down", about: "Partei"}}},
		{"basis points", "Die Notenbank erhöhte den Leitzins um 25 Basispunkte.",
			[]want{{text: "25 Basispunkte", value: 0.25, unit: "percentage_points", dir: "up", about: "Leitzins"}}},
		{"estimate object", "Die Regierung schätzt die Kosten des Umbaus auf 500 Millionen Euro.",
			[]want{{text: "500 Millionen Euro", value: 5e8, unit: "EUR", about: "Kosten Umbau"}}},
		{"percent sign", "Die Inflation lag im April bei 2,4 %.",
			[]want{{text: "2,4 %", value: 2.4, unit: "percent", about: "Inflation"}}},
		{"v. H.", "Der Zuschlag beträgt 3 v. H. des Kaufpreises.",
			[]want{{text: "3 v. H.", value: 3, unit: "percent", about: "Kaufpreis"}}},
		{"percent of genitive", "Gut 40 Prozent der Befragten lehnen die Reform ab.",
			[]want{{text: "Gut 40 Prozent", value: 40, unit: "percent", hedge: "Gut", about: "Befragten"}}},
		{"signed percent", "Der Index schloss mit -1,8 Prozent.",
			[]want{{text: "-1,8 Prozent", value: 1.8, unit: "percent", dir: "down", about: "Index"}}},
		{"comparative after", "Die Mieten sind heute 20 Prozent höher als vor fünf Jahren.",
			[]want{{text: "20 Prozent", value: 20, unit: "percent", dir: "up", about: "Mieten"}}},
		{"range money", "Die Sanierung soll zwischen 2 und 3 Millionen Euro kosten.",
			[]want{{text: "2", value: 2e6, unit: "EUR", about: "Sanierung"}, {text: "3 Millionen Euro", value: 3e6, unit: "EUR", about: "Sanierung"}}},
		{"list ending in und", "Die Töchter sind fünf, zehn und 15 Jahre alt.",
			[]want{{text: "fünf", value: 5, unit: "year"}, {text: "zehn", value: 10, unit: "year"}, {text: "15 Jahre", value: 15, unit: "year"}}},
		{"comma is no range", "Er traf 3, 40 Menschen jubelten.",
			[]want{{text: "40", value: 40, noun: "Menschen"}}},
		{"after a weekday", "Am Samstag kamen 4.490 Menschen, am Sonntag 4.044 Menschen.",
			[]want{{text: "4.490", value: 4490, noun: "Menschen"}, {text: "4.044", value: 4044, noun: "Menschen"}}},
		{"from to", "Die Quote stieg von 4,1 auf 4,6 Prozent.",
			[]want{{text: "4,1", value: 4.1, unit: "percent", dir: "up"}, {text: "4,6 Prozent", value: 4.6, unit: "percent", dir: "up"}}},
		{"bare change target", "Die Zahl der Insolvenzen stieg um 1.200 auf 15.400.",
			[]want{{text: "1.200", value: 1200, unit: "count", dir: "up", about: "Zahl Insolvenzen"},
				{text: "15.400", value: 15400, unit: "count", dir: "up", about: "Zahl Insolvenzen"}}},
		{"amount of", "Der Verband zahlt eine Prämie von 8.000 Euro je Spieler.",
			[]want{{text: "8.000 Euro", value: 8000, unit: "EUR", about: "Prämie"}}},
		{"von ... auf is no amount of", "Die Lernzeit sank nach den Schließungen von 7,4 Stunden auf 3,6 Stunden.",
			[]want{{text: "7,4 Stunden", dir: "down", about: "Lernzeit"}, {text: "3,6 Stunden", dir: "down", about: "Lernzeit"}}},
		{"in Höhe von", "Die Reederei fordert Schadenersatz in Höhe von 2,3 Millionen Euro.",
			[]want{{text: "2,3 Millionen Euro", value: 2.3e6, unit: "EUR", about: "Schadenersatz"}}},
		{"bracket after noun", "Der Förderpreis (5.000 Euro) geht an eine Grazer Autorin.",
			[]want{{text: "5.000 Euro", value: 5000, unit: "EUR", about: "Förderpreis"}}},
		{"measure adjective noun", "Gebaut wird ein 14 Kilometer langer Tunnel.",
			[]want{{text: "14 Kilometer", value: 14000, unit: "m", about: "Tunnel"}}},
		{"conversion in brackets", "Der Kredit über 72 Milliarden Dollar (64 Mrd. Euro) wird nicht bedient.",
			[]want{{text: "72 Milliarden Dollar", unit: "USD", about: "Kredit"}, {text: "64 Mrd. Euro", value: 64e9, unit: "EUR", about: "Kredit"}}},
		{"space thousands", "Bezogen auf 100 000 Einwohner zählte das Amt 456 885 Fälle.",
			[]want{{text: "100 000", value: 100000, noun: "Einwohner"}, {text: "456 885", value: 456885, noun: "Fälle"}}},
		{"range with scale only for small numbers", "Der Markt wuchs von 456 885 auf 12,9 Millionen Dollar.",
			[]want{{text: "456 885", value: 456885, unit: "USD", dir: "up"}, {text: "12,9 Millionen Dollar", value: 12.9e6, unit: "USD", dir: "up"}}},
		{"age bound after noun", "Kinder unter 14 Jahren zahlen nichts.",
			[]want{{text: "unter 14 Jahren", value: 14, unit: "year", hedge: "unter"}}},
		// Counts.
		{"classifier", "Gefunden wurden 1.200 Stück Munition.",
			[]want{{text: "1.200", value: 1200, unit: "count", noun: "Munition"}}},
		{"unit after adjective", "Hinter dem Verein liegen drei schwierige Jahre.",
			[]want{{text: "drei schwierige Jahre", value: 3, unit: "year"}}},
		{"count with noun", "Der Dienst hat nach eigenen Angaben 87 Millionen Nutzer in Europa.",
			[]want{{text: "87 Millionen", value: 87e6, unit: "count", noun: "Nutzer", about: "Nutzer"}}},
		{"count dative plural", "Das Werk mit 3.000 Beschäftigten soll schließen.",
			[]want{{text: "3.000", value: 3000, unit: "count", noun: "Beschäftigten", about: "Beschäftigten"}}},
		{"count with adjective", "Die Stadt schafft 450 neue Kitaplätze.",
			[]want{{text: "450", value: 450, unit: "count", noun: "Kitaplätze", about: "Kitaplätze"}}},
		{"count dative -ern", "Das Netzwerk gab Daten von etwa 50 Millionen Mitgliedern weiter.",
			[]want{{text: "etwa 50 Millionen", value: 50e6, unit: "count", hedge: "etwa", noun: "Mitgliedern", about: "Mitglieder"}}},
		{"count number word", "Zwei Banken und drei Versicherer haben zugesagt.",
			[]want{{text: "Zwei", value: 2, unit: "count", noun: "Banken"}, {text: "drei", value: 3, unit: "count", noun: "Versicherer"}}},
		{"scaled count without noun", "Am Ende waren es 1,2 Millionen.",
			[]want{{text: "1,2 Millionen", value: 1.2e6, unit: "count"}}},
		{"part of whole", "Die Partei gewann 119 von 350 Sitzen.",
			[]want{{text: "119", value: 119, unit: "count", noun: "Sitzen"}, {text: "350", value: 350, unit: "count", noun: "Sitzen"}}},
		{"joined nouns", "Es gibt 40.000 Kita- und Schulfördervereine.",
			[]want{{text: "40.000", value: 40000, noun: "Schulfördervereine", about: "Schulfördervereine"}}},
		{"joined nouns with two numbers", "Ausgewertet wurden 172 Beobachtungs- und 44 Vergleichsstudien.",
			[]want{{text: "172", value: 172, noun: "Vergleichsstudien"}, {text: "44", value: 44, noun: "Vergleichsstudien"}}},
		{"dozen", "Ein Dutzend Demonstranten wurde festgenommen.",
			[]want{{text: "Ein Dutzend", value: 12, unit: "count", noun: "Demonstranten"}}},
		{"half", "Gut die Hälfte der Befragten und knapp die Hälfte der Firmen sind skeptisch.",
			[]want{{text: "Gut die Hälfte", value: 50, unit: "percent", hedge: "Gut", about: "Befragten"},
				{text: "knapp die Hälfte", value: 50, unit: "percent", hedge: "knapp", about: "Firmen"}}},
		{"other half is no figure", "Die andere Hälfte und die zweite Hälfte des Spiels.", nil},
		{"every fourth", "Jeder vierte Deutsche und jede dritte Firma zweifeln, jeder Zwanzigste nicht.",
			[]want{{text: "Jeder vierte", value: 25, unit: "percent", about: "Deutsche"},
				{text: "jede dritte", value: 100.0 / 3, unit: "percent", about: "Firma"},
				{text: "jeder Zwanzigste", value: 5, unit: "percent"}}},
		{"every other day is no share", "Er trainiert jeden zweiten Tag und jede dritte Woche.", nil},
		{"fraction", "Zwei Drittel der Mitglieder stimmten zu.",
			[]want{{text: "Zwei Drittel", unit: "percent", about: "Mitglieder"}}},
		// Sport.
		{"goals", "Der Stürmer erzielte in 34 Spielen 21 Tore.",
			[]want{{text: "34", value: 34, noun: "Spielen"}, {text: "21", value: 21, noun: "Tore"}}},
		{"spectators hedge", "Mehr als 60.000 Zuschauer sahen das Derby.",
			[]want{{text: "Mehr als 60.000", value: 60000, unit: "count", hedge: "Mehr als", noun: "Zuschauer"}}},
		{"score not figure", "Die Gastgeber gewannen mit 3:1 und liegen nun auf Platz 2.", nil},
		{"distance", "Die Läuferin absolvierte die 42 Kilometer in knapp drei Stunden.",
			[]want{{text: "42 Kilometer", value: 42000, unit: "m"}, {text: "knapp drei Stunden", value: 3, unit: "hour", hedge: "knapp"}}},
		{"speed", "Der Aufschlag kam mit 231 km/h.",
			[]want{{text: "231 km/h", value: 231, unit: "km/h"}}},
		// Health.
		{"cases hedge bis zu", "Bis zu 400 Patienten könnten pro Tag behandelt werden.",
			[]want{{text: "Bis zu 400", value: 400, hedge: "Bis zu", noun: "Patienten"}}},
		{"deaths mindestens", "Bei dem Ausbruch starben mindestens 14 Menschen.",
			[]want{{text: "mindestens 14", value: 14, hedge: "mindestens", noun: "Menschen"}}},
		{"dose", "Die Tagesdosis liegt bei 200 Milligramm.",
			[]want{{text: "200 Milligramm", value: 0.0002, unit: "kg", about: "Tagesdosis"}}},
		{"incidence fell", "Die Zahl der Neuinfektionen ging binnen einer Woche um ein Drittel zurück.",
			[]want{{text: "ein Drittel", unit: "percent", dir: "down", about: "Zahl Neuinfektionen"}}},
		// Science.
		{"temperature negative", "In der Nacht fielen die Temperaturen auf minus 12 Grad.",
			[]want{{text: "minus 12 Grad", value: -12, unit: "degree", about: "Temperaturen"}}},
		{"celsius", "Das Wasser erreichte 28 Grad Celsius.",
			[]want{{text: "28 Grad Celsius", value: 28, unit: "°C", about: "Wasser"}}},
		{"tons", "Der Gletscher verliert jährlich etwa 1,5 Millionen Tonnen Eis.",
			[]want{{text: "etwa 1,5 Millionen Tonnen", value: 1.5e9, unit: "kg", hedge: "etwa", dir: "down", about: "Eis"}}},
		{"area", "Das Schutzgebiet umfasst 120 Quadratkilometer.",
			[]want{{text: "120 Quadratkilometer", value: 120e6, unit: "m2", about: "Schutzgebiet"}}},
		{"energy", "Die Anlage erzeugt 30 Megawatt.",
			[]want{{text: "30 Megawatt", value: 30e6, unit: "W", about: "Anlage"}}},
		// Politics.
		{"votes", "Die Kandidatin erhielt 52,3 Prozent der Stimmen.",
			[]want{{text: "52,3 Prozent", value: 52.3, unit: "percent", about: "Stimmen"}}},
		{"budget", "Der Haushalt sieht Ausgaben von 476 Milliarden Euro vor.",
			[]want{{text: "476 Milliarden Euro", value: 476e9, unit: "EUR"}}},
		{"duration", "Die Verhandlungen dauerten zwölf Stunden.",
			[]want{{text: "zwölf Stunden", value: 12, unit: "hour", about: "Verhandlungen"}}},
		{"age", "Der 63 Jahre alte Abgeordnete trat zurück.",
			[]want{{text: "63 Jahre", value: 63, unit: "year"}}},
		// Not figures.
		{"year", "2016 hatte die Firma ihren Sitz verlegt.", nil},
		{"old year after month", "Am 15. Juni 1215 King John unterzeichnete.", nil},
		{"name before a count", "Bei Anschlägen in Paris 130 Menschen getötet, meldet Frankreich 300 Verletzte.",
			[]want{{text: "130", value: 130, noun: "Menschen"}, {text: "300", value: 300, noun: "Verletzte"}}},
		{"count after month", "Im November wurden 130 Menschen getötet.",
			[]want{{text: "130", value: 130, noun: "Menschen"}}},
		{"genitive before um is no object", "Die Verkäufe stiegen mit der Einführung der neuen Modelle um 74 Prozent.",
			[]want{{text: "74 Prozent", dir: "up", about: "Verkäufe"}}},
		{"change noun gives way to its complement", "Es gab einen Anstieg der Vorfälle um 8 Prozent.",
			[]want{{text: "8 Prozent", about: "Vorfälle"}}},
		{"direction noun after figure", "Die Branche verzeichnete mit 9 Prozent den stärksten Anstieg.",
			[]want{{text: "9 Prozent", dir: "up"}}},
		{"year after preposition", "Seit 2019 leitet sie das Amt.", nil},
		{"date numeric", "Die Sitzung am 07.08.2018 wurde vertagt.", nil},
		{"date ordinal", "Am 3. Oktober wird gefeiert.", nil},
		{"time", "Um 09:38 Uhr begann die Sitzung, um 14 Uhr endete sie.", nil},
		{"time with dot", "Der Zug fährt um 9.30 Uhr ab.", nil},
		{"ordinal", "Sie belegte den 4. Platz.", nil},
		{"phone", "Die Hotline ist unter 0800 123456 erreichbar.", nil},
		{"phone slash", "Anrufe unter 030/2345678.", nil},
		{"article number", "Nach Artikel 5 des Gesetzes und § 218 ist das verboten.", nil},
		{"nr", "Die Nr. 10 des Teams fehlt.", nil},
		{"page", "Mehr dazu auf Seite 4.", nil},
		{"product name", "Nutzer von Windows 10 erhalten ein Update.", nil},
		{"compound", "Der 24-Jährige und die 5-Prozent-Hürde.", nil},
		{"article ein", "Ein Mann und eine Frau wurden verletzt.", nil},
		{"vague plural", "Tausende Menschen demonstrierten, Dutzende wurden festgenommen.", nil},
		{"article before adjective and unit", "Das stimmt bis zu einem gewissen Grad.", nil},
		{"vague number word", "Wenige hundert Meter entfernt stand das Haus.", nil},
		{"relative date", "Vor drei Jahren wurde das Werk eröffnet.", nil},
		{"season", "In der Saison 2017/18 stieg der Klub ab.", nil},
		{"bare number", "Er zählte bis 10 und ging.", nil},
		{"um is not a hedge", "Die Preise stiegen um 4 Prozent.",
			[]want{{text: "4 Prozent", hedge: "", dir: "up", about: "Preise"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each case is one sentence: no sentence list, so that the table
			// tests this package alone (TestExtractSplit and the seed test
			// run it with analyze/text).
			got := Extract(tt.in, nil)
			var texts []string
			for _, f := range got {
				texts = append(texts, f.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) found %d figures %q, want %d", tt.in, len(got), texts, len(tt.want))
			}
			for i, w := range tt.want {
				checkFigure(t, tt.in, got[i], w)
			}
		})
	}
}

func checkFigure(t *testing.T, body string, f fact.Figure, w want) {
	t.Helper()
	if f.Text != w.text {
		t.Errorf("%q: text %q, want %q", body, f.Text, w.text)
	}
	if body[f.Start:f.End] != f.Text {
		t.Errorf("%q: span %d:%d is %q, not %q", body, f.Start, f.End, body[f.Start:f.End], f.Text)
	}
	if w.value != 0 && math.Abs(f.Value-w.value) > 1e-9*math.Abs(w.value) {
		t.Errorf("%q %q: value %v, want %v", body, f.Text, f.Value, w.value)
	}
	if w.unit != "" && f.Unit != w.unit {
		t.Errorf("%q %q: unit %q, want %q", body, f.Text, f.Unit, w.unit)
	}
	if f.Hedge != w.hedge {
		t.Errorf("%q %q: hedge %q, want %q", body, f.Text, f.Hedge, w.hedge)
	}
	if w.dir != "" && f.Direction != w.dir {
		t.Errorf("%q %q: direction %q, want %q", body, f.Text, f.Direction, w.dir)
	}
	if w.about != "" && f.About != w.about {
		t.Errorf("%q %q: about %q, want %q", body, f.Text, f.About, w.about)
	}
	if w.noun != "" && f.Noun != w.noun {
		t.Errorf("%q %q: noun %q, want %q", body, f.Text, f.Noun, w.noun)
	}
}

// TestExtractSplit runs Extract on the sentences of analyze/text.
func TestExtractSplit(t *testing.T) {
	body := "Der Umsatz stieg um 1,3 Milliarden Euro. Die Aktie verlor zeitweise 24 Prozent.\n\nAm 07.08.2018 um 09:38 Uhr meldete der Konzern 3.000 neue Stellen."
	sents := text.Split(body)
	got := Extract(body, sents)
	want := []string{"1,3 Milliarden Euro", "24 Prozent", "3.000"}
	if len(got) != len(want) {
		t.Fatalf("found %d figures %+v, want %q", len(got), got, want)
	}
	for i, f := range got {
		if f.Text != want[i] {
			t.Errorf("figure %d is %q, want %q", i, f.Text, want[i])
		}
		if f.Sentence < 0 || f.Sentence >= len(sents) || f.Start < sents[f.Sentence].Start || f.End > sents[f.Sentence].End {
			t.Errorf("figure %q at %d:%d is not inside its sentence %d", f.Text, f.Start, f.End, f.Sentence)
		}
	}
}

func TestExtractWithoutSentences(t *testing.T) {
	body := "Die Aktie verlor 5 Prozent. Der Umsatz stieg auf 2 Milliarden Euro."
	got := Extract(body, nil)
	if len(got) != 2 {
		t.Fatalf("Extract without sentences found %d figures, want 2: %+v", len(got), got)
	}
	for _, f := range got {
		if body[f.Start:f.End] != f.Text {
			t.Errorf("span %d:%d is %q, not %q", f.Start, f.End, body[f.Start:f.End], f.Text)
		}
	}
	if Extract("", nil) != nil {
		t.Error("Extract of an empty body is not nil")
	}
}

// TestExtractLongClause guards against work that grows with the square of
// a clause's length: a table of figures with no punctuation.
func TestExtractLongClause(t *testing.T) {
	body := "Der Umsatz stieg " + strings.Repeat("um 5 Euro legte zu auf 7 Prozent ein Minus von 2 Euro ", 40000)
	start := time.Now()
	got := Extract(body, nil)
	if len(got) != 120000 {
		t.Errorf("found %d figures, want 120000", len(got))
	}
	// Linear takes about half a second; quadratic would take minutes.
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("Extract of one %d-byte clause took %v", len(body), d)
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		a, b fact.Figure
		same bool
	}{
		{fact.Figure{About: "Aktie"}, fact.Figure{About: "Papier"}, true},
		{fact.Figure{About: "Aktienkurs Facebook"}, fact.Figure{About: "Aktie"}, true},
		{fact.Figure{Noun: "Facebook-Nutzern", About: "Facebook-Nutzer"}, fact.Figure{Noun: "Usern", About: "User"}, true},
		{fact.Figure{About: "Umsatz Konzern"}, fact.Figure{About: "Umsätze"}, true},
		{fact.Figure{About: "Zahl Arbeitslosen"}, fact.Figure{About: "Zahl Arbeitslose"}, true},
		{fact.Figure{About: "Zahl Arbeitslosen"}, fact.Figure{About: "Zahl Toten"}, false},
		{fact.Figure{About: "Umsatz"}, fact.Figure{About: "Gewinn"}, false},
		{fact.Figure{About: "Mitarbeiter"}, fact.Figure{About: "Beschäftigte"}, true},
	}
	for _, tt := range tests {
		ka, kb := Measure(tt.a), Measure(tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("Measure(%q)=%q, Measure(%q)=%q: same %v, want %v", tt.a.About, ka, tt.b.About, kb, ka == kb, tt.same)
		}
	}
	if Measure(fact.Figure{}) != "" {
		t.Error("Measure of an empty figure is not empty")
	}
}

func TestDimension(t *testing.T) {
	for unit, want := range map[string]string{
		"EUR": "money", "USD": "money", "CHF": "money", "percent": "percent",
		"percentage_points": "percentage_points", "count": "count", "m": "m",
	} {
		if got := Dimension(unit); got != want {
			t.Errorf("Dimension(%q) = %q, want %q", unit, got, want)
		}
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		value  float64
		hedge  string
		lo, hi float64
	}{
		{20, "", 19.9, 20.1},
		{20, "rund", 18, 22},
		{20, "knapp", 18, 20.1},
		{20, "gut", 19.9, 22},
		{20, "mehr als", 19.9, math.Inf(1)},
		{20, "bis zu", 0, 20.1},
		{24, "zeitweise", 23.88, 24.12},
		{-5, "etwa", -5.5, -4.5},
	}
	for _, tt := range tests {
		lo, hi := Bounds(fact.Figure{Value: tt.value, Hedge: tt.hedge})
		if math.Abs(lo-tt.lo) > 1e-9 || !(math.IsInf(tt.hi, 1) && math.IsInf(hi, 1)) && math.Abs(hi-tt.hi) > 1e-9 {
			t.Errorf("Bounds(%v %q) = %v, %v; want %v, %v", tt.value, tt.hedge, lo, hi, tt.lo, tt.hi)
		}
	}
	if !Peak(fact.Figure{Hedge: "zeitweise"}) || Peak(fact.Figure{Hedge: "rund"}) {
		t.Error("Peak: zeitweise is a peak, rund is not")
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Die Aktie verlor zeitweise 24 Prozent.",
		"Der Umsatz stieg um 1,3 Milliarden Euro auf € 5 Mio., etwa 87 Millionen Nutzer.",
		"zwischen 2 und 3 Millionen Dollar; von 4,1 auf 4,6 Prozent; -3,2 %",
		"Am 07.08.2018 um 09:38 Uhr: Nr. 5, 030/1234, 2:1, 3-5 Tore",
		"Zwölf Spieler, zwei Drittel, ein Dutzend, minus 12 Grad",
		"\xff\xfe 1\u00a0300 €",
		"1.2.3.4,5,6 Prozent",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, sents := range [][]fact.Sentence{nil, text.Split(body)} {
			for _, fg := range Extract(body, sents) {
				if fg.Start < 0 || fg.End > len(body) || fg.Start > fg.End {
					t.Fatalf("bad span %d:%d of %d bytes", fg.Start, fg.End, len(body))
				}
				if body[fg.Start:fg.End] != fg.Text {
					t.Fatalf("span %d:%d is %q, not %q", fg.Start, fg.End, body[fg.Start:fg.End], fg.Text)
				}
				if math.IsNaN(fg.Value) {
					t.Fatalf("NaN value for %q", fg.Text)
				}
				if strings.TrimSpace(fg.Unit) == "" {
					t.Fatalf("no unit for %q", fg.Text)
				}
			}
		}
	})
}

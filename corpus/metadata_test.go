package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestTimestampLine(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"12. März 2021, 14:05 Uhr", "2021-03-12T14:05"},
		{"3. Jan. 2020 um 8.30 Uhr", "2020-01-03T08:30"},
		{"Stand: 04.11.2020, 17:12 Uhr", "2020-11-04T17:12"},
		{"Veröffentlicht am 1. Oktober 2019", "2019-10-01"},
		{"Aktualisiert: 28.02.2021 - 06:45", "2021-02-28T06:45"},
		{"Dienstag, 9. Juni 2020", "2020-06-09"},
		{"Mo, 14.12.2020 | 10:00 Uhr", "2020-12-14T10:00"},
		{"2019-05-23 18:30", "2019-05-23T18:30"},
		{"17. Juni 2020", "2020-06-17"},
		{"09.04.2020 11:45h.", "2020-04-09T11:45"},
		{"Jänner 2016", "2016-01"},
		{"20. Februar 2021 | Lesedauer: 4 Min.", "2021-02-20"},
		// not timestamps
		{"Am 12. März 2021 trat das Gesetz in Kraft.", ""},
		{"12. März 2021 war ein kalter Tag in Berlin.", ""},
		{"31.02.2020", ""},
		{"Die Zahl stieg auf 12.000", ""},
		{"Kapitel 3", ""},
	}
	for _, tt := range tests {
		got, ok := timestampLine(tt.line)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("timestampLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2020-11-13T16:31:47+01:00", "2020-11-13T16:31:47"},
		{"2020-07-02T06:45:00+02:00", "2020-07-02T06:45"},
		{"2020-06-01T10:00:00Z", "2020-06-01T12:00"}, // summer time in Berlin
		{"2020-01-15T10:00:00Z", "2020-01-15T11:00"},
		{"2018-08-07 09:38:00", "2018-08-07T09:38"},
		{"2020-11-24 18:45:05", "2020-11-24T18:45:05"},
		{"2021-03-11", "2021-03-11"},
		{"2018-08", "2018-08"},
		{"07.08.2018", "2018-08-07"},
		{"gestern", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := NormalizeDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line, author, date string
	}{
		{"Von Jana Probst", "Jana Probst", ""},
		{"von Karl-Heinz Beispiel", "Karl-Heinz Beispiel", ""},
		{"Von Lea Muster und Tom Probe", "Lea Muster und Tom Probe", ""},
		{"Von Anna Weiß, Berlin", "Anna Weiß", ""},
		{"Autorin: Miriam Quast", "Miriam Quast", ""},
		{"Von Ulrike von der Heide", "Ulrike von der Heide", ""},
		{"Von Dr. Hans Meier", "Dr. Hans Meier", ""},
		{"Von Ole am 03.02.2021", "Ole", "2021-02-03"},
		{"Von Sabine Kurz, 14. Mai 2020, 10:12 Uhr", "Sabine Kurz", "2020-05-14T10:12"},
		{"Ein Kommentar von Peter Lang", "Peter Lang", ""},
		{"Von Jens Beispiel für Beispielzeitung", "Jens Beispiel", ""},
		{"Von Maria Gast / Weltblick", "Maria Gast", ""},
		// not bylines
		{"Von Montag an gilt die neue Regel.", "", ""},
		{"Von Berlin nach Hamburg", "", ""},
		{"Von Laschet und Söder kommt kein Widerspruch", "", ""},
		{"Von Homeoffice bis Kurzarbeit", "", ""},
		{"Von Der Leyen reist nach Kiew", "", ""},
	}
	for _, tt := range tests {
		au, date, ok := byline(tt.line)
		if au != tt.author || date != tt.date || ok != (tt.author != "") {
			t.Errorf("byline(%q) = %q, %q, %v; want %q, %q", tt.line, au, date, ok, tt.author, tt.date)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		line     string
		periodOK bool
		place    string
		credits  []string
	}{
		{"Berlin (dpa) - Die Bundesregierung will die Regeln verschärfen.", false, "Berlin", []string{"dpa"}},
		{"Frankfurt/Main (Reuters) – Der Dax hat am Montag nachgegeben.", false, "Frankfurt/Main", []string{"Reuters"}},
		{"Wien – Die Regierung hat sich auf ein Paket geeinigt.", false, "Wien", nil},
		{"New York (AP) - Die Börsen eröffneten fester.", false, "New York", []string{"AP"}},
		{"Graz (APA) – Ein Lkw ist auf der A2 umgekippt.", false, "Graz", []string{"APA"}},
		{"Rom (KNA) Der Papst hat eine Reise angekündigt.", false, "Rom", []string{"KNA"}},
		{"Hamburg. Die Polizei hat am Wochenende mehrere Raser gestoppt.", true, "Hamburg", nil},
		{"Bad Homburg. Der Stadtrat tagt am Donnerstag im Kurhaus zum Haushalt.", true, "Bad Homburg", nil},
		{"Bad Lauterbach (mk) – Der Gemeinderat hat den Haushalt beschlossen.", false, "Bad Lauterbach", nil},
		{"NRW/Hückeswagen – Die Polizei sucht nach einem entlaufenen Pferd.", false, "NRW/Hückeswagen", nil},
		{"Oberwinterhausen – Ein Brand hat in der Nacht eine Scheune zerstört.", false, "Oberwinterhausen", nil},
		{"Lindholm, 4. Mär (Reuters) - Der Versorger hebt die Preise an.", false, "Lindholm", []string{"Reuters"}},
		{"Paris, 21. Oktober (AFP) - Die Regierung hat ein Sparpaket vorgelegt.", false, "Paris", []string{"AFP"}},
		{"Kempten. Nach dem Hagel laufen die Aufräumarbeiten noch bis zum Wochenende.", true, "Kempten", nil},
		// not datelines: nouns and names opening a line with a dash
		{"Homeoffice – Die Regeln ändern sich ab Montag für alle Beschäftigten.", false, "", nil},
		{"Vitamin D – Was die Studien wirklich zeigen.", false, "", nil},
		{"Werder Bremen – Hertha BSC 2:1 (1:0)", false, "", nil},
		{"Gesundheitsminister Jens Beispiel - Arzt und Politiker aus Leidenschaft.", false, "", nil},
		{"Kurze Frage – Wer zahlt eigentlich die Tests?", false, "", nil},
		{"Hamburg. Die Polizei hat am Wochenende mehrere Raser gestoppt.", false, "", nil},
		{"Lobbyismus – das klingt nach Hinterzimmer.", false, "", nil},
		{"Der Deutsche Hotel- und Gaststättenverband warnt vor Pleiten.", false, "", nil},
		{"Quarantäne. Tag für Tag steigt die Zahl der Fälle.", true, "", nil},
		{"Nein. Das ist keine gute Idee, sagte der Minister am Abend.", true, "", nil},
		{"Die Aktie verlor am Abend. Das lag an schwachen Zahlen.", true, "", nil},
		{"Ausgangssperren. Alkoholverbote. Besuchsverbote.", true, "", nil},
	}
	for _, tt := range tests {
		place, credits, ok := dateline(tt.line, tt.periodOK)
		if place != tt.place || ok != (tt.place != "") || !reflect.DeepEqual(credits, tt.credits) {
			t.Errorf("dateline(%q, %v) = %q, %v, %v; want %q, %v", tt.line, tt.periodOK, place, credits, ok, tt.place, tt.credits)
		}
	}
	if place, _, ok := datelineInside("Lindholm, 4. Mär (Reuters) - Der Versorger hebt die Preise an."); ok {
		t.Errorf("datelineInside took the month of a dated wire dateline for a place: %q", place)
	}
	place, _, ok := datelineInside("Der Landtag hat gewählt. Linz – Die neue Landesregierung steht fest.")
	if !ok || place != "Linz" {
		t.Errorf("datelineInside = %q, %v; want Linz", place, ok)
	}
}

func TestAgencyCredits(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Die Zahlen sind gesunken. (rtr/küp)", []string{"Reuters"}},
		{"Der Minister trat zurück. (dpa)", []string{"dpa"}},
		{"So der Sprecher. (AFP/dpa/jok)", []string{"AFP", "dpa"}},
		{"Die Polizei ermittelt. (APA, 12.3.2016)", []string{"APA"}},
		{"(epd)", []string{"epd"}},
		{"Der Verein stieg ab. (SID)", []string{"SID"}},
		{"Die Ökonomen rechnen mit mehr. (Reuters, AP)", []string{"Reuters", "AP"}},
		// not credits
		{"Das sagte Katzian (SPÖ).", nil},
		{"Er wurde zum Chef ernannt (seit 2019)", nil},
		{"Die Lage bleibt ruhig. (red)", nil},
	}
	for _, tt := range tests {
		if got := trailingCredit(tt.line); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("trailingCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	for line, want := range map[string][]string{
		"Mit Material von dpa und AFP":                  {"dpa", "AFP"},
		"(Mit Material von dts)":                        {"dts"},
		"Mit Material der Nachrichtenagenturen Reuters": {"Reuters"},
	} {
		if got := materialCredit(line); !reflect.DeepEqual(got, want) {
			t.Errorf("materialCredit(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestSourceCredit(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Quelle: dpa", []string{"dpa"}},
		{"Quelle: Statistisches Bundesamt", []string{"Statistisches Bundesamt"}},
		{"Quellen: AFP, Robert Koch-Institut", []string{"AFP", "Robert Koch-Institut"}},
		{"Quelle: https://www.spiegel.de/politik/ein-artikel-a-123.html", []string{"Der Spiegel"}},
		{"Quelle: www.beispiel-nachrichten.de", []string{"beispiel-nachrichten.de"}},
		{"Quellen: PublicDomain/welt.de/zeit.de am 16.04.2020", []string{"Die Welt", "Die Zeit"}},
		{"Quelle: WHO | Anhang 4 der Anleitung", []string{"WHO"}},
		{"Quelle: Institut für Boden- und Gewässerkunde", []string{"Institut für Boden- und Gewässerkunde"}},
		{"Quelle: Bundesamt für Strahlenschutz, dpa", []string{"Bundesamt für Strahlenschutz", "dpa"}},
		{"Quelle: Deutsches Zentrum für Luft- und Raumfahrt (DLR)", []string{"Deutsches Zentrum für Luft- und Raumfahrt"}},
		{"Quelle: Landesamt für Statistik Niedersachsen", []string{"Landesamt für Statistik Niedersachsen"}},
		{"Quelle: Jana Beispiel für Beispiel TV", []string{"Jana Beispiel"}},
	}
	for _, tt := range tests {
		if got := sourceCredit(tt.line); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sourceCredit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCopyrightOutlet(t *testing.T) {
	tests := []struct{ line, want string }{
		{"© Kieler Tagespost 2019 – Alle Rechte vorbehalten.", "Kieler Tagespost"},
		{"© 2021 Beispielverlag GmbH", "Beispielverlag"},
		{"© Mainzer Morgenpost GmbH. Alle Rechte vorbehalten.", "Mainzer Morgenpost"},
		{"© 2024 Verlag Der Lahnbote GmbH & Co. KG", "Der Lahnbote"},
		{"Copyright © Rheinpost Verlagsgesellschaft mbH 2022", "Rheinpost"},
		{"© Abendblatt Verlag GmbH & Co. KG – Alle Rechte vorbehalten", "Abendblatt"},
		{"© Beispiel Medien AG, 2023", "Beispiel Medien"},
		{"Copyright © Stadtanzeiger 2020", "Stadtanzeiger"},
		{"(c) Morgenblatt 2017 | Impressum", "Morgenblatt"},
		{"© Alle Rechte vorbehalten", ""},
	}
	for _, tt := range tests {
		if got := copyrightOutlet(tt.line); got != tt.want {
			t.Errorf("copyrightOutlet(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestNameDateLine(t *testing.T) {
	tests := []struct{ line, name, iso string }{
		{"Kirchheimer Landbote, 14.02.2025", "Kirchheimer Landbote", "2025-02-14"},
		{"Rheintal, 3. Mai 2024", "Rheintal", "2024-05-03"},
		{"Morgenpost Saar – Das Neueste aus der Region | 21.08.2024, 07:15 Uhr", "Morgenpost Saar", "2024-08-21T07:15"},
		{"Bad Sulzbach | 02.10.2023", "Bad Sulzbach", "2023-10-02"},
		// not name and date lines
		{"Am Montag, 3. Mai 2024", "", ""},
		{"Die Sitzung beginnt am 3. Mai 2024", "", ""},
		{"Der Landtag stimmt ab, 26.03.2026", "", ""},
		{"14.02.2025", "", ""},
		{"Anmeldung bis 14.02.2025, danach Warteliste", "", ""},
	}
	for _, tt := range tests {
		name, iso, ok := nameDateLine(tt.line)
		if name != tt.name || iso != tt.iso || ok != (tt.name != "") {
			t.Errorf("nameDateLine(%q) = %q, %q, %v; want %q, %q", tt.line, name, iso, ok, tt.name, tt.iso)
		}
	}
}

func TestReporterLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"(Reporter: Anna Beispiel, redigiert von Ben Muster)", "Anna Beispiel"},
		{"(Bericht von Anna Beispiel und Jan Muster; redigiert von Ben Muster)", "Anna Beispiel und Jan Muster"},
		{"(Reporterin: Lea Probst)", "Lea Probst"},
		// not reporter lines
		{"(Reporter ohne Grenzen)", ""},
		{"(Bericht über die Lage im Kreis)", ""},
		{"(Reporter: Die Lage bleibt unklar)", ""},
	}
	for _, tt := range tests {
		got, ok := reporterLine(tt.line)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("reporterLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"RENÉ BEISPIEL":                "René Beispiel",
		"JAN-OLE VON DER MUSTERMÜHLE":  "Jan-Ole von der Mustermühle",
		"ANNA MUSTER UND BEN BEISPIEL": "Anna Muster und Ben Beispiel",
		"Anna Muster":                  "Anna Muster",
		"Dr. Anna MUSTER":              "Dr. Anna MUSTER",
		"AFP":                          "AFP",
	} {
		if got := unshout(in); got != want {
			t.Errorf("unshout(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanAuthor(t *testing.T) {
	for in, want := range map[string]string{
		"Thomas Beispiel.":                      "Thomas Beispiel",
		"Robert F. Beispiel Jr.":                "Robert F. Beispiel Jr.",
		"Anna B.":                               "Anna B.",
		"Redaktion":                             "",
		"Anna Beispiel und Redaktion":           "Anna Beispiel",
		"Anna Beispiel und Muster TV Redaktion": "Anna Beispiel",
		"Anna Beispiel und Jan Muster":          "Anna Beispiel und Jan Muster",
		"JAN MUSTER":                            "Jan Muster",
	} {
		if got := cleanAuthor(in); got != want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutletForDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"www.spiegel.de", "Der Spiegel"},
		{"https://m.faz.net/aktuell/politik/x.html", "Frankfurt Allgemeine Zeitung"},
		{"derstandard.at", "Der Standard"},
		{"SUEDDEUTSCHE.DE", "Süddeutsche Zeitung"},
		{"https://www.nzz.ch:443/a", "Neue Zürcher Zeitung"},
		{"beispiel.example", ""},
	}
	for _, tt := range tests {
		got, ok := OutletForDomain(tt.in)
		if tt.want == "Frankfurt Allgemeine Zeitung" {
			tt.want = "Frankfurter Allgemeine Zeitung"
		}
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("OutletForDomain(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if n := len(lists().outlets); n < 100 {
		t.Errorf("outlet list has %d entries, want a real list of 100 or more", n)
	}
}

func TestHeadlines(t *testing.T) {
	heads := []struct {
		line string
		want bool
	}{
		{"Stadtrat beschließt neuen Haushalt", true},
		{"Wer zahlt für die Brücke?", true},
		{"Corona: Schulen bleiben zu", true},
		{"Prof. Dr. Weber wird Rektor", true},
		{"Der Stadtrat hat am Donnerstag den Haushalt beschlossen.", false},
		{"kleingeschrieben fängt keine Überschrift an", false},
	}
	for _, tt := range heads {
		if got := headlineLike(tt.line); got != tt.want {
			t.Errorf("headlineLike(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	runIns := []struct{ line, title, rest string }{
		{"Ölpreis steigt auf Jahreshoch Die Förderländer drosseln ihre Produktion. Analysten erwarten weitere Anstiege.",
			"Ölpreis steigt auf Jahreshoch", "Die Förderländer drosseln ihre Produktion. Analysten erwarten weitere Anstiege."},
		{"Bahn streicht Fernzüge nach Sylt Im Sommer fahren nur noch Regionalzüge auf die Insel.",
			"Bahn streicht Fernzüge nach Sylt", "Im Sommer fahren nur noch Regionalzüge auf die Insel."},
		{"Die Stadt hat am Montag entschieden, dass Die Grünen den Vorsitz bekommen.", "", ""},
	}
	for _, tt := range runIns {
		title, rest, ok := runInHeadline(tt.line)
		if title != tt.title || rest != tt.rest || ok != (tt.title != "") {
			t.Errorf("runInHeadline(%q) = %q, %q, %v; want %q, %q", tt.line, title, rest, ok, tt.title, tt.rest)
		}
	}
}

// TestPrepareMetadata prepares whole articles written for the test, in
// shapes other outlets use, and checks the metadata found and its rules.
func TestPrepareMetadata(t *testing.T) {
	tests := []struct {
		name string
		rec  Record
		want Article // only the fields set are compared
		rule map[string]string
	}{
		{
			name: "agency report with dateline",
			rec: Record{Text: "Zugausfälle nach Sturm\n\nHannover (dpa) - Nach dem Sturm fallen in Niedersachsen weiter Züge aus. " +
				"Die Bahn rechnet mit Einschränkungen bis Mittwoch.\n\nReisende sollen sich vorab informieren. (dpa/lni)\n"},
			want: Article{Title: "Zugausfälle nach Sturm", Dateline: "Hannover", Credits: []string{"dpa"}},
			rule: map[string]string{"title": "text:first-line", "dateline": "text:dateline", "credits": "text:agency-credit"},
		},
		{
			name: "timestamp and byline lines",
			rec: Record{Text: "Mehr Geld für Pflegekräfte\n\nVon Lena Vogt und Omar Haddad\n\n14.05.2021, 16:20 Uhr\n\n" +
				"Die Tarifparteien haben sich nach langen Verhandlungen auf einen Abschluss geeinigt. Die Löhne steigen in zwei Stufen.\n"},
			want: Article{Title: "Mehr Geld für Pflegekräfte", Author: "Lena Vogt und Omar Haddad", Published: "2021-05-14T16:20"},
			rule: map[string]string{"author": "text:byline", "published": "text:timestamp-line"},
		},
		{
			name: "fields win over the text",
			rec: Record{Title: "Hochwasser im Ahrtal", Published: "2021-07-15T08:00:00+02:00", URL: "https://www.swr.de/x", Text: "Hochwasser im Ahrtal\n" +
				"Stand: 16.07.2021, 10:00 Uhr\nDie Pegel steigen weiter, die Lage bleibt angespannt, teilte der Kreis mit."},
			want: Article{Title: "Hochwasser im Ahrtal", Published: "2021-07-15T08:00", Outlet: "SWR"},
			rule: map[string]string{"published": "field", "outlet": "url:domain-list", "title": "field"},
		},
		{
			name: "copyright of an agency is a credit, not the outlet",
			rec: Record{Text: "Die Inflation ist im April auf 2,0 Prozent gestiegen, wie das Statistische Bundesamt mitteilte. " +
				"Im März hatte sie noch bei 1,7 Prozent gelegen.\n\n© dpa-infocom, dpa:210429-99-401234/3\n"},
			want: Article{Credits: []string{"dpa"}},
			rule: map[string]string{"credits": "text:copyright-line"},
		},
		{
			name: "Austrian agency credit and dash dateline",
			rec:  Record{Text: "Salzburg – Bei einem Unfall auf der Tauernautobahn sind am Sonntag drei Menschen verletzt worden. Die Autobahn war zwei Stunden gesperrt. (APA, 3.4.2016)"},
			want: Article{Dateline: "Salzburg", Credits: []string{"APA"}},
		},
		{
			name: "publication date at the foot",
			rec: Record{Text: "Neue Radwege für die Innenstadt\n\nDer Stadtrat hat am Dienstag drei neue Radwege beschlossen. Sie sollen bis zum Herbst fertig sein.\n\n" +
				"Veröffentlicht am 04.06.2024 um 09:41 Uhr\nArtikel teilen: Facebook | E-Mail\n© Beispielbote\n"},
			want: Article{Published: "2024-06-04T09:41", Outlet: "Beispielbote"},
			rule: map[string]string{"published": "text:foot-timestamp-line"},
		},
		{
			name: "masthead and date at the foot win over the publisher",
			rec: Record{Text: "Stadtwerke erhöhen die Preise\n\nDie Stadtwerke heben den Gaspreis zum 1. Juli um acht Prozent an. Kunden erhalten in diesen Tagen Post.\n\n" +
				"© Morgenpost Verlag GmbH & Co. KG\n\nMorgenpost Saar – Das Neueste aus der Region | 21.08.2024, 07:15 Uhr\n"},
			want: Article{Published: "2024-08-21T07:15", Outlet: "Morgenpost Saar"},
			rule: map[string]string{"published": "text:foot-name-date-line", "outlet": "text:masthead-line"},
		},
		{
			name: "paper and date at the foot",
			rec: Record{Text: "Kita-Gebühren steigen\n\nRheintal. Eltern müssen ab August mehr für die Betreuung ihrer Kinder zahlen. Der Kreistag hat die neue Satzung beschlossen.\n\n" +
				"Kirchheimer Landbote, 14.02.2025\n"},
			want: Article{Published: "2025-02-14", Outlet: "Kirchheimer Landbote"},
		},
		{
			name: "place and date under the byline",
			rec: Record{Text: "Schwimmbad bleibt zu\n\nVon Jonas Beispiel\nRheintal, 3. Mai 2024\n\n" +
				"Das Hallenbad bleibt wegen eines Wasserschadens bis zum Sommer geschlossen, teilte die Stadt mit.\n"},
			want: Article{Published: "2024-05-03", Author: "Jonas Beispiel", Dateline: "Rheintal"},
			rule: map[string]string{"published": "text:name-date-line", "dateline": "text:name-date-line"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Prepare(tt.rec)
			w := tt.want
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, w.Title)
			check("published", a.Published, w.Published)
			check("author", a.Author, w.Author)
			check("outlet", a.Outlet, w.Outlet)
			check("dateline", a.Dateline, w.Dateline)
			if w.Credits != nil && !reflect.DeepEqual(a.Credits, w.Credits) {
				t.Errorf("credits = %v, want %v", a.Credits, w.Credits)
			}
			for f, r := range tt.rule {
				if a.Rules[f] != r {
					t.Errorf("rule for %s = %q, want %q", f, a.Rules[f], r)
				}
			}
			if strings.Contains(a.Body, "Stand:") || strings.Contains(a.Body, "Von Lena") || strings.Contains(a.Body, "©") {
				t.Errorf("metadata line left in body: %q", a.Body)
			}
		})
	}
}

package corpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLineReason(t *testing.T) {
	tests := []struct{ line, want string }{
		{"© Rheinbote 2020 – Alle Rechte vorbehalten.", ReasonCopyright},
		{"Copyright 2021 Beispielverlag. All rights reserved.", ReasonCopyright},
		{"Nachdruck nur mit Genehmigung des Verlags.", ReasonCopyright},
		{"Foto: Max Muster/dpa", ReasonImageCredit},
		{"Bildquelle: Pressestelle der Stadt", ReasonImageCredit},
		{"Titelbild: Screenshot", ReasonImageCredit},
		{"Tags: Politik, Wahlen, Landtag", ReasonTags},
		{"Schlagwörter: Klima, Energie", ReasonTags},
		{"Quelle: Statistisches Landesamt", ReasonSourceCredit},
		{"Mit Material von dpa und AFP", ReasonSourceCredit},
		{"Lesen Sie auch: Wie die Stadt ihre Brücken saniert", ReasonNavigation},
		{"Mehr zum Thema", ReasonNavigation},
		{"Zum Artikel", ReasonNavigation},
		{"Anzeige", ReasonNavigation},
		{"Jetzt abonnieren und zwei Wochen gratis lesen", "newsletter"},
		{"Folgen Sie uns auf Twitter und Instagram", "share"},
		{"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "cookie"},
		{"Regensburger Dom wird saniert Die Arbeiten am Dom dauern länger als geplant und kosten mehr als zun... Regensburger Dom wird saniert", ReasonTeaser},
		{"[Wenn Sie die wichtigsten Nachrichten jeden Morgen lesen wollen, empfehlen wir Ihnen unseren Newsletter.]", ReasonPromo},
		{"[Alle aktuellen Entwicklungen finden Sie hier in unserem Liveblog.]", ReasonPromo},
		// body lines
		{"[Gelächter im Saal.]", ""},
		{"[Anmerkung der Redaktion: In einer früheren Fassung stand ein falsches Datum.]", ""},
		{"Foto und Video spielten bei der Ausstellung eine große Rolle.", ""},
		{"Die Quelle des Flusses liegt in den Alpen.", ""},
		{"Bilder zeigen, wie das Wasser in die Keller lief.", ""},
		{"Folge unserer Recherche: Die Spur führt nach Zypern.", ""},
		{"Es wird schlimmer werden. Tun Sie Ihre Pflicht. Es wird schlimmer werden.", ""},
		{"Wer immer dasselbe sagt, hat Recht. Wer immer dasselbe sagt, hat Recht.", ""},
		{"Kommentare in sozialen Netzwerken zeigten die Wut vieler Eltern.", ""},
	}
	for _, tt := range tests {
		if got := LineReason(tt.line); got != tt.want {
			t.Errorf("LineReason(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestTrailingBlock(t *testing.T) {
	tests := []struct {
		name, text string
		gone       []string // lines taken out
		kept       []string // lines that stay body
	}{
		{
			name: "navigation after the article",
			text: "Die Gemeinde hat den neuen Spielplatz eröffnet. Er kostete 80.000 Euro.\n\n" +
				"Alle Termine im Überblick\nMehr aus der Region\nNeueste Videos\n",
			gone: []string{"Alle Termine im Überblick", "Mehr aus der Region", "Neueste Videos"},
			kept: []string{"Er kostete 80.000 Euro."},
		},
		{
			name: "a closing subheading-like line in running text stays",
			text: "Die Gemeinde hat den neuen Spielplatz eröffnet.\nEr kostete 80.000 Euro.\nDer Bürgermeister ist zufrieden\n",
			kept: []string{"Der Bürgermeister ist zufrieden"},
		},
		{
			name: "numbered list at the end stays",
			text: "Die reichsten Städte des Landes sind:\n1. Musterstadt\n2. Beispielheim\n3. Probedorf\n",
			kept: []string{"1. Musterstadt", "3. Probedorf"},
		},
		{
			name: "hard-wrapped lines are joined",
			text: "Die Kanzlerin hat zum 75. Geburtstag der Vereinten Nationen deren\nEinigkeit beschworen. Die Organisation könne nur so gut sein wie\nihre Mitglieder, sagte sie in einer Videobotschaft an die\nVollversammlung.\n\nKurze Zeile.\nNoch eine kurze Zeile mit Punkt am Ende.\n",
			kept: []string{"deren Einigkeit beschworen. Die Organisation könne nur so gut sein wie ihre Mitglieder, sagte sie in einer Videobotschaft an die Vollversammlung.",
				"Kurze Zeile.\nNoch eine kurze Zeile"},
		},
		{
			name: "cut-off teaser of another article",
			text: "Der Landtag hat das Gesetz beschlossen. Es tritt im Mai in Kraft.\n\n" +
				"Neue Regeln für Vermieter Der Bund will Mieter besser schützen und plant dazu ein Gesetz, das v...\n",
			gone: []string{"Neue Regeln für Vermieter"},
			kept: []string{"Es tritt im Mai in Kraft."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Prepare(Record{Text: tt.text})
			for _, g := range tt.gone {
				if strings.Contains(a.Body, g) {
					t.Errorf("%q stayed in the body %q", g, a.Body)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(a.Body, k) {
					t.Errorf("%q was taken out of the body (boilerplate %v)", k, a.Boilerplate)
				}
			}
		})
	}
}

// TestFANGBodiesIntact prepares the first FANG-COVID articles and checks
// that boilerplate rules take out little and never a long paragraph.
func TestFANGBodiesIntact(t *testing.T) {
	p := sharedData(t, filepath.Join("data", "fang-covid", "fang_covid.jsonl.gz"))
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	var in, out int
	n := 0
	for n < 400 && sc.Scan() {
		var rec struct{ Article, Header string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		n++
		a := Prepare(Record{Text: rec.Article, Title: rec.Header})
		in += len(rec.Article)
		for _, b := range a.Boilerplate {
			out += len(b.Text)
			if len(b.Text) > 300 && b.Reason != ReasonTeaser && b.Reason != ReasonPromo {
				t.Errorf("article %d: long line taken out as %s: %.120q", n, b.Reason, b.Text)
			}
		}
		if a.Words == 0 {
			t.Errorf("article %d lost its whole body", n)
		}
	}
	if out*100 > in {
		t.Errorf("boilerplate is %d of %d bytes, more than 1%%", out, in)
	}
	t.Logf("%d articles, %d of %d bytes taken out as boilerplate", n, out, in)
}

func TestJoinBroken(t *testing.T) {
	tests := []struct{ text, body string }{
		{"Der Landrat will\nneue Schulbusse kaufen. Das kostet Geld.\n", "Der Landrat will neue Schulbusse kaufen. Das kostet Geld."},
		{"Im Jahr 1990 stieg der\nkleine Verein in die Oberliga auf, 30 Jahre später\nwieder ab.\n", "Im Jahr 1990 stieg der kleine Verein in die Oberliga auf, 30 Jahre später wieder ab."},
		// a sentence end, a blank line or an upper-case opening keeps the break
		{"Der Landrat ist zufrieden.\niPhones bleiben im Schulranzen.\n", "Der Landrat ist zufrieden.\niPhones bleiben im Schulranzen."},
		{"Der Landrat will\n\nneue Schulbusse kaufen.\n", "Der Landrat will\n\nneue Schulbusse kaufen."},
		{"Der Landrat will\nNeue Schulbusse kaufen.\n", "Der Landrat will\nNeue Schulbusse kaufen."},
	}
	for _, tt := range tests {
		a := Prepare(Record{Title: "Schulbusse", Text: tt.text})
		if a.Body != tt.body {
			t.Errorf("Prepare(%q).Body = %q, want %q", tt.text, a.Body, tt.body)
		}
	}
}

func TestClosingCall(t *testing.T) {
	text := "Der Stadtrat hat den Haushalt beschlossen. Die Opposition stimmte dagegen.\n" +
		"Die Schulden steigen damit auf 80 Millionen Euro.\n" +
		"Alle Folgen unseres Rathaus-Podcasts finden Sie in Ihrer Podcast-App.\n" +
		"Das neue Heft zur Kommunalwahl können Sie jetzt bestellen und noch diese Woche lesen.\n"
	a := Prepare(Record{Title: "Haushalt", Text: text})
	if !strings.HasSuffix(a.Body, "80 Millionen Euro.") {
		t.Errorf("body = %q; want the closing calls out", a.Body)
	}
	if len(a.Boilerplate) != 2 || a.Boilerplate[0].Reason != ReasonPromo {
		t.Errorf("boilerplate = %+v; want two promo lines", a.Boilerplate)
	}
	// a call to order in the middle of an article is text
	a = Prepare(Record{Title: "Haushalt", Text: "Wer die Broschüre jetzt bestellen will, muss warten.\nDer Druck dauert noch zwei Wochen.\n"})
	if len(a.Boilerplate) != 0 {
		t.Errorf("boilerplate = %+v; want none", a.Boilerplate)
	}
}

func TestSignLine(t *testing.T) {
	for s, want := range map[string]bool{
		"afp/hcd": true, "sid ks/ml": true, "dpa/lni": true, "lkb/bfi": true,
		"und/oder":           true, // short lower-case words with a slash: only taken as a sign at the very end
		"Berlin/Brandenburg": false, "ks ml": false, "(dpa)": false, "Corona/Krise": false,
		"mit dpa/afp und eigener Recherche": false,
	} {
		if got := signLine(s); got != want {
			t.Errorf("signLine(%q) = %v, want %v", s, got, want)
		}
	}
	a := Prepare(Record{Title: "Wahl", Text: "Lindental (AFP) - Die Wahl findet im Oktober statt. Eine Stichwahl gilt als wahrscheinlich.\n\nafp/hcd\n"})
	if strings.Contains(a.Body, "afp/hcd") || len(a.Credits) != 1 || a.Credits[0] != "AFP" {
		t.Errorf("body %q, credits %v; want the sign out and AFP credited", a.Body, a.Credits)
	}
}

func TestMarkAds(t *testing.T) {
	text := "Der Landtag hat das Gesetz am Abend beschlossen. Die Opposition stimmte dagegen. Unser neues Sonderheft zeigt alle Hintergründe. HIER bestellen!\n" +
		"Die Regeln gelten ab Montag.\n" +
		"Alle Hintergründe im Sonderheft. HIER bestellen oder einfach auf das Banner unten klicken!\n" +
		"Kritiker wollen klagen.\n"
	a := Prepare(Record{Title: "Gesetz", Text: text})
	want := "Der Landtag hat das Gesetz am Abend beschlossen. Die Opposition stimmte dagegen. Unser neues Sonderheft zeigt alle Hintergründe.\n\n" +
		"Die Regeln gelten ab Montag.\nAlle Hintergründe im Sonderheft.\n\nKritiker wollen klagen."
	if a.Body != want {
		t.Errorf("body = %q, want %q", a.Body, want)
	}
	if len(a.Boilerplate) != 2 || a.Boilerplate[0].Text != "HIER bestellen!" || a.Boilerplate[1].Reason != ReasonPromo {
		t.Errorf("boilerplate = %+v", a.Boilerplate)
	}
}

func TestClosingCallBrokenLine(t *testing.T) {
	text := "Die Kita bleibt bis Freitag geschlossen.\nWenn Sie uns erzählen möchten, wie Sie die Betreuung organisieren,\nschreiben Sie uns an leser@example.org.\n"
	a := Prepare(Record{Title: "Kita", Text: text})
	if a.Body != "Die Kita bleibt bis Freitag geschlossen." {
		t.Errorf("body = %q; want the call to the reader out, both of its lines", a.Body)
	}
}

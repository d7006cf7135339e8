package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const agencyText = `Die Europäische Zentralbank hat den Leitzins unverändert gelassen. Das teilte die Notenbank am Donnerstag in Frankfurt mit. ` +
	`Ökonomen hatten mit dieser Entscheidung gerechnet, nachdem die Inflation im Euroraum zuletzt leicht zurückgegangen war. ` +
	`Die Präsidentin der Zentralbank sagte, man werde die Entwicklung der Preise genau beobachten und bei Bedarf handeln. ` +
	`An den Börsen reagierten die Anleger gelassen, der Euro gab gegenüber dem Dollar leicht nach. ` +
	`Die nächste Sitzung des Rates ist für den kommenden Monat geplant.`

func TestContentID(t *testing.T) {
	a := Prepare(Record{Title: "Zins bleibt", Text: "Erster Absatz.\n\nZweiter  Absatz."}).ID
	b := Prepare(Record{Title: "Zins  bleibt ", Text: "  Erster Absatz.\r\n\r\n\r\nZweiter\tAbsatz.\r\n"}).ID
	if a != b || len(a) != 64 {
		t.Errorf("white space changes the ID: %s vs %s", a, b)
	}
	if a == ContentID("Zins steigt", "Erster Absatz.\n\nZweiter Absatz.") {
		t.Error("a different title gives the same ID")
	}
}

func TestNearDuplicates(t *testing.T) {
	// the same agency text in a second outlet: a new opening sentence and a
	// changed word
	copyText := "Frankfurt (dpa) - " + strings.Replace(agencyText, "leicht nach", "etwas nach", 1) + " Mit Material von dpa."
	other := `Der Stadtrat hat am Abend über den neuen Bebauungsplan für das Hafengebiet beraten. Die Anwohner fürchten mehr Verkehr ` +
		`und höhere Mieten, die Verwaltung verspricht neue Grünflächen. Eine Entscheidung soll im Herbst fallen.`
	sa, sb, sc := Signature(agencyText), Signature(copyText), Signature(other)
	if len(sa) != SignatureSize {
		t.Fatalf("signature has %d values, want %d", len(sa), SignatureSize)
	}
	if s := Similarity(sa, sb); s < 0.6 {
		t.Errorf("near-duplicates have similarity %.2f, want 0.6 or more", s)
	}
	if s := Similarity(sa, sc); s > 0.1 {
		t.Errorf("unrelated texts have similarity %.2f, want under 0.1", s)
	}
	if !shareKey(BandKeys(sa), BandKeys(sb)) {
		t.Error("near-duplicates share no band key")
	}
	if shareKey(BandKeys(sa), BandKeys(sc)) {
		t.Error("unrelated texts share a band key")
	}
	// a short agency text one outlet ran with a sentence more: still the
	// same text at the store's threshold
	short := "Lindental (AFP) - Bei der Bürgermeisterwahl in Lindental zeichnet sich ein knappes Rennen ab. Amtsinhaberin Petra Beispiel " +
		"kommt in einer Umfrage auf 38 Prozent, ihr Herausforderer Jan Muster auf 35 Prozent. Die Wahl findet im Oktober statt.\n\n" +
		"Eine Stichwahl gilt als wahrscheinlich. Beispiel regiert die Stadt seit 2014, Muster ist Fraktionschef im Stadtrat."
	longer := strings.Replace(short, "statt.", "statt. Für die Umfrage wurden gut 800 Wahlberechtigte befragt.", 1)
	if s := Similarity(Signature(short), Signature(longer)); s < NearThreshold {
		t.Errorf("short agency copy with one sentence more has similarity %.2f, want %.2f or more", s, NearThreshold)
	}
	if Similarity(sa, Signature(strings.ToUpper(agencyText))) != 1 {
		t.Error("case changes the signature")
	}
	if !reflect.DeepEqual(wordHashes("Öl ÜBER Straße"), wordHashes("öl über straße")) || len(wordHashes("Öl, über – Straße!")) != 3 {
		t.Error("word hashes must fold case and split at punctuation")
	}
	if Signature("") != nil || Signature(" ,. ") != nil || Similarity(nil, nil) != 0 {
		t.Error("empty bodies must have no signature and no similarity")
	}
	if len(Signature("Kurz")) != SignatureSize {
		t.Error("a one-word body needs a signature too")
	}
}

func shareKey(a, b []uint64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"Die Zahl stieg um 4,5 Prozent – so stark wie nie.", 10},
		{"„Nein“, sagte sie. — Ende", 4},
	}
	for _, tt := range tests {
		if got := CountWords(tt.s); got != tt.want {
			t.Errorf("CountWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestStoryNearDuplicates checks the agency texts that two papers each ran
// in the project's story corpus (testdata/stories): each pair is one text.
func TestStoryNearDuplicates(t *testing.T) {
	pairs := [][2]string{
		{"kessler-stellenabbau/01-fraenkischer-anzeiger.txt", "kessler-stellenabbau/02-schweinfurter-tagblatt.txt"},
		{"ob-wahl-lindenau/02-abendpost-ruhr.txt", "ob-wahl-lindenau/03-niederrhein-echo.txt"},
	}
	body := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "stories", name))
		if err != nil {
			t.Skipf("story corpus not found: %v", err)
		}
		return Prepare(Record{Text: string(b)}).Body
	}
	for _, p := range pairs {
		if s := Similarity(Signature(body(p[0])), Signature(body(p[1]))); s < NearThreshold {
			t.Errorf("%s and %s: similarity %.2f, want %.2f or more", p[0], p[1], s, NearThreshold)
		}
	}
}

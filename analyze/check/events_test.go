package check

import (
	"reflect"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

func TestEventNouns(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Das Pokalspiel gegen Eintracht Wendelstein wird am 3. Mai nachgeholt.", []string{"spiel"}},
		{"Abgestimmt wird am 11. Oktober in allen Ortsteilen.", []string{"abstimm"}},
		{"Die Landratswahl im Kreis Ostholm ist auf den 6. Juni gelegt.", []string{"wahl"}},
		{"Der Unfall auf der B 27 ereignete sich am 2. Juli.", []string{"unfall"}},
		{"Ein Zufall brachte die Ermittler am 9. Mai auf die Spur.", nil},
		{"Der Verdachtsfall wurde am 21. März bestätigt.", []string{"fall"}},
		{"Die Brücke über die Selke wird ab 4. August gesperrt.", []string{"sperrung"}},
		{"Die Spieler reisten am Donnerstag mit dem Bus an.", nil},
		{"Das Turnier in Halle beginnt am 12. Juni.", []string{"turni"}},
		{"Die B-Probe soll am 9. September geöffnet werden.", []string{"offnung", "prob"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := eventNouns(tt.sentence); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("eventNouns = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEventNounDates: two dated sentences of one story that share only an
// event noun tell of one event; an article that gives both days itself
// tells of two (Wahl and Stichwahl).
func TestEventNounDates(t *testing.T) {
	story := map[int][]string{0: {"Gemeinde Rabenau", "Bürgerinitiative Talsperre"}}
	tests := []struct {
		name  string
		sents []string
		dates map[int][2]string
		want  int
	}{
		{"participle for the noun", []string{
			"Die Gemeinde Rabenau und die Bürgerinitiative Talsperre streiten weiter.",
			"Abgestimmt wird nach Angaben der Verwaltung am 19. April.",
		}, map[int][2]string{1: {"19. April", "2026-04-19"}}, 1},
		{"same day", []string{
			"Die Gemeinde Rabenau und die Bürgerinitiative Talsperre streiten weiter.",
			"Abgestimmt wird nach Angaben der Verwaltung am 12. April.",
		}, map[int][2]string{1: {"12. April", "2026-04-12"}}, 0},
		{"both days named", []string{
			"Die Gemeinde Rabenau und die Bürgerinitiative Talsperre streiten weiter.",
			"Die Bürgerabstimmung ist für den 19. April angesetzt.",
			"Ursprünglich war die Abstimmung für den 12. April geplant.",
		}, map[int][2]string{1: {"19. April", "2026-04-19"}, 2: {"12. April", "2026-04-12"}}, 0},
		{"other event", []string{
			"Die Gemeinde Rabenau und die Bürgerinitiative Talsperre streiten weiter.",
			"Die Sitzung des Gemeinderats ist am 19. April.",
		}, map[int][2]string{1: {"19. April", "2026-04-19"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := bodyArticle("r1", "Erzgebirgsbote", "2026-03-02", []string{
				"Die Gemeinde Rabenau und die Bürgerinitiative Talsperre streiten.",
				"Die Abstimmung über die Talsperre findet am 12. April statt.",
			}, map[int][2]string{1: {"12. April", "2026-04-12"}}, story)
			b := bodyArticle("r2", "Radio Osterzgebirge", "2026-03-03", tt.sents, tt.dates, story)
			if got := kinds(Check([]Article{a, b}), fact.Discrepancy); len(got) != tt.want {
				t.Fatalf("got %d date discrepancies, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestDenialOfBareReport: a report whose proposition is only a verb and its
// subject ("wurde ... verkauft") and a denial of the same verb and subject
// in another article are one proposition; a denial naming what it denies
// in its own words does not point back at the claim before it; the same
// subject with another verb, or only a synonym set shared, is no link.
func TestDenialOfBareReport(t *testing.T) {
	mk := func(id, speaker, stance, subject, pred, ev string, start int, ents ...string) fact.Claim {
		return fact.Claim{ID: id, Speaker: speaker, Stance: stance, Subject: subject, Predicate: pred,
			Polarity: "positive", Evidence: ev, Start: start, End: start + len(ev), Entities: ents}
	}
	tests := []struct {
		name      string
		reportPr  string
		reportEv  string
		denialPr  string
		denialEv  string
		wantCross bool
	}{
		{"same verb", "verkauf", "Nach Informationen des Lokalblatts wurde es vergangene Woche verkauft.",
			"verkauf", "Auch Berichte, wonach das Gut Wellendorf verkauft worden sei, seien falsch.", true},
		{"other verb", "abriss", "Nach Informationen des Lokalblatts wurde es vergangene Woche abgerissen.",
			"verkauf", "Auch Berichte, wonach das Gut Wellendorf verkauft worden sei, seien falsch.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{ID: "r1", Outlet: "Lokalblatt", Published: "2026-03-02",
				Entities: ents("Gut Wellendorf", "Gut Wellendorf", "Lokalblatt"),
				Claims: []fact.Claim{
					mk("r1-1", "Lokalblatt", fact.Reports, "es", tt.reportPr, tt.reportEv, 40),
				}}
			b := Article{ID: "d1", Outlet: "Kreisanzeiger", Published: "2026-03-03",
				Entities: ents("Gut Wellendorf", "Gut Wellendorf", "Konrad Biel"),
				Claims: []fact.Claim{
					mk("d1-1", "Amt", fact.Asserts, "Prüfung", "ergeb", "Das habe eine Prüfung des Grundbuchs ergeben, teilte das Amt mit.", 10),
					mk("d1-2", "Konrad Biel", fact.Denies, "Gut Wellendorf", tt.denialPr, tt.denialEv, 90, "Gut Wellendorf"),
				}}
			cross, within := 0, 0
			for _, f := range kinds(Check([]Article{a, b}), fact.Contradiction) {
				if f.Sides[0].Article != f.Sides[1].Article {
					cross++
				} else {
					within++
				}
			}
			if within != 0 {
				t.Errorf("denial pointed back at the claim before it: %d contradictions within the article", within)
			}
			if got := cross == 1; got != tt.wantCross {
				t.Errorf("contradiction across articles = %d, want %v", cross, tt.wantCross)
			}
		})
	}
}

// TestDenialInOneStory: a negotiator's "wir haben ... vorgelegt" speaks for
// a side, not for the person alone; another side's denial with the same
// verb and a shared object word in an article of the same story
// contradicts it. A different verb, or articles that name other parties,
// do not.
func TestDenialInOneStory(t *testing.T) {
	mk := func(id, speaker, stance, subject, pred, obj, ev string, start int) fact.Claim {
		return fact.Claim{ID: id, Speaker: speaker, Stance: stance, Subject: subject, Predicate: pred, Object: obj,
			Polarity: "positive", Evidence: ev, Start: start, End: start + len(ev)}
	}
	tests := []struct {
		name     string
		pred     string
		ev       string
		entities []string
		want     int
	}{
		{"same story", "vorleg", "„Die Reedereien haben bis heute kein Konzept vorgelegt“, sagte Gewerkschafterin Ilka Brandes.",
			[]string{"Hafen Nordstedt", "Ilka Brandes", "Ver.di Küste"}, 1},
		{"other verb", "prüf", "„Die Reedereien haben bis heute kein Konzept geprüft“, sagte Gewerkschafterin Ilka Brandes.",
			[]string{"Hafen Nordstedt", "Ilka Brandes", "Ver.di Küste"}, 0},
		{"other story", "vorleg", "„Die Reedereien haben bis heute kein Konzept vorgelegt“, sagte Gewerkschafterin Ilka Brandes.",
			[]string{"Ilka Brandes", "Werft Elmshorn", "Landkreis Pinneberg", "Tarifkommission Süd"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{ID: "k1", Outlet: "Küstenbote", Published: "2026-05-12",
				Entities: append(ents("Hafen Nordstedt", "Ver.di Küste"), fact.Entity{Name: "Holger Timm", Type: fact.PER}),
				Claims: []fact.Claim{mk("k1-1", "Holger Timm", fact.Asserts, "Holger Timm", "vorleg", "ein Konzept",
					"„Wir haben ein Konzept vorgelegt“, sagte Reederei-Sprecher Holger Timm.", 20)}}
			b := Article{ID: "k2", Outlet: "Nordfunk", Published: "2026-05-13",
				Entities: append(ents(tt.entities...), fact.Entity{Name: "Ilka Brandes", Type: fact.PER}),
				Claims:   []fact.Claim{mk("k2-1", "Ilka Brandes", fact.Denies, "Reedereien", tt.pred, "bis heute kein Konzept", tt.ev, 30)}}
			if got := len(kinds(Check([]Article{a, b}), fact.Contradiction)); got != tt.want {
				t.Errorf("got %d contradictions, want %d", got, tt.want)
			}
		})
	}
}

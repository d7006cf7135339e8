package check

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// seedArticles mirrors, by hand, what a good extractor makes of the three
// seed articles (../shared/seeds, gold in ../shared/gold/seeds.json): the
// claims, figures and entities the gold lists, with the propositions a
// reader takes from the sentences. The linker must find the gold's findings
// from them without any rule that knows these names.
func seedArticles() []Article {
	banks := func(sent int) []fact.Entity {
		var out []fact.Entity
		for i, n := range []string{"JPMorgan Chase", "Wells Fargo", "Citigroup", "US Bancorp"} {
			out = append(out, fact.Entity{Name: n, Type: fact.ORG, Kind: fact.KindBank, Sentence: sent, Start: 1000 + 20*i, End: 1010 + 20*i})
		}
		return out
	}
	fb := func(sent int) fact.Entity {
		return fact.Entity{Name: "Facebook", Type: fact.ORG, Kind: fact.KindCompany, Sentence: sent}
	}
	wsj := func(sent int) fact.Entity {
		return fact.Entity{Name: "Wall Street Journal", Type: fact.ORG, Kind: fact.KindMedia, Sentence: sent}
	}
	ca := func(sent int) fact.Entity {
		return fact.Entity{Name: "Cambridge Analytica", Type: fact.ORG, Sentence: sent}
	}
	cl := func(id, speaker, stance, subject, pred, obj, polarity, evidence string, start int, ents []string, via ...string) fact.Claim {
		return fact.Claim{ID: id, Speaker: speaker, Stance: stance, Subject: subject, Predicate: pred, Object: obj,
			Polarity: polarity, Entities: ents, Evidence: evidence, Start: start, End: start + len(evidence), Via: via}
	}
	bankNames := []string{"JPMorgan Chase", "Wells Fargo", "Citigroup", "US Bancorp"}
	a000 := Article{ID: "000", Outlet: "Hamburger Abendblatt", Published: "2018-08", Credits: []string{"Reuters"},
		Entities: append([]fact.Entity{fb(0), fb(2), wsj(3), fb(4), ca(9), fb(9), fb(10)}, banks(4)...),
		Figures: []fact.Figure{
			{Text: "24 Prozent", Value: 24, Unit: "percent", Hedge: "zeitweise", Direction: "down", About: "Aktie", Sentence: 0, Start: 44, End: 54},
			{Text: "etwa 87 Millionen", Value: 87e6, Unit: "count", Hedge: "etwa", Noun: "Facebook-Nutzern", About: "Facebook-Nutzer", Sentence: 9, Start: 1615, End: 1632},
		},
		Dates: []fact.Date{{Value: "2016", Sentence: 9}},
		Claims: []fact.Claim{
			cl("000-1", "Wall Street Journal", fact.Reports, "Facebook", "bitten", "große US-Banken, detaillierte Auskünfte über ihre Kunden zu geben", "positive",
				"Der Internetkonzern Facebook hat einem Zeitungsbericht zufolge große US-Banken gebeten, ihm detaillierte Auskünfte über die Kunden ihre Kunden zu geben.", 300,
				[]string{"Facebook"}, "Hamburger Abendblatt", "Reuters", "Wall Street Journal"),
			cl("000-2", "Wall Street Journal", fact.Reports, "Facebook", "wenden", "an JPMorgan, Wells Fargo, Citigroup und US Bancorp", "positive",
				"Facebook wandte sich demnach an JPMorgan, Wells Fargo, Citigroup und US Bancorp.", 990,
				append([]string{"Facebook"}, bankNames...), "Hamburger Abendblatt", "Reuters", "Wall Street Journal"),
			cl("000-3", "Facebook", fact.Confirms, "Facebook", "führen", "Gespräche mit den Banken", "positive",
				"Facebook hat die Gesprächen mit den Banken inzwischen bestätigt.", 1200, []string{"Facebook"}),
			cl("000-4", "Facebook", fact.Asserts, "Diese", "nutzen", "nicht für Werbung oder ähnliches", "negative",
				"Diese würden aber nicht für Werbung oder ähnliches genutzt.", 1400, nil),
		},
	}
	a002 := Article{ID: "002", Published: "2018-08-07T09:38",
		Entities: append([]fact.Entity{fb(2), fb(3), wsj(3), fb(8), fb(13), {Name: "Nasdaq", Type: fact.ORG, Kind: fact.KindExchange, Sentence: 13}}, banks(3)...),
		Figures: []fact.Figure{
			{Text: "4,45 Prozent", Value: 4.45, Unit: "percent", Direction: "up", About: "Aktienkurs Facebook", Sentence: 13, Start: 2064, End: 2076},
			{Text: "rund 20 Prozent", Value: 20, Unit: "percent", Hedge: "rund", Direction: "down", About: "Aktienkurs", Sentence: 13, Start: 2165, End: 2180},
		},
		Dates: []fact.Date{{Value: "2018-08-06", Sentence: 13}},
		Claims: []fact.Claim{
			cl("002-1", "Facebook", fact.Denies, "Facebook", "fragen", "nicht aktiv nach Finanzdaten von Nutzern", "negative",
				"Facebook will Banken bestimmte Dienstleistungen zur Kundenbetreuung anbieten, fragt nach eigenen Angaben dabei aber nicht aktiv nach Finanzdaten von Nutzern.", 300,
				[]string{"Facebook"}),
			cl("002-2", "Facebook", fact.Denies, "Facebook", "wenden", "an große US-Geldhäuser wie JPMorgan Chase, Wells Fargo, Citigroup und US Bancorp, Informationen zu Einkäufen mit Kreditkarten oder Kontoständen", "positive",
				"Das Online-Netzwerk dementierte am Dienstag teilweise einen Bericht des «Wall Street Journal», wonach Facebook sich ... gewandt habe.", 500,
				append([]string{"Facebook"}, bankNames...)),
			cl("002-3", "Wall Street Journal", fact.Reports, "Facebook", "wenden", "an große US-Geldhäuser wie JPMorgan Chase, Wells Fargo, Citigroup und US Bancorp, Informationen zu Einkäufen mit Kreditkarten oder Kontoständen", "positive",
				"Das Online-Netzwerk dementierte am Dienstag teilweise einen Bericht des «Wall Street Journal», wonach Facebook sich ... gewandt habe.", 500,
				append([]string{"Facebook"}, bankNames...), "Wall Street Journal"),
			cl("002-4", "Facebook", fact.Denies, "wir", "fragen", "Finanzdienstleister aktiv nach Finanztransaktionsdaten", "positive",
				"«Die aktuelle Geschichte des «Wall Street Journal» behauptet fälschlicherweise, dass wir Finanzdienstleister aktiv nach Finanztransaktionsdaten fragen - das ist nicht wahr», erklärte ein Firmensprecher.", 800,
				nil),
			cl("002-5", "Facebook", fact.Asserts, "wir", "benutzen", "die Bankdaten für nichts anderes - weder für Werbezwecke noch sonst irgendwas", "negative",
				"«Wir benutzen die Bankdaten allerdings für nichts anderes - weder für Werbezwecke noch sonst irgendwas.»", 1200, nil),
		},
	}
	a002.Claims[1].Partial = true
	a004 := Article{ID: "004", Published: "2018-08-07", Credits: []string{"The Verge"},
		Entities: append([]fact.Entity{fb(0), fb(3), wsj(3), fb(5), ca(11), fb(11)}, banks(8)...),
		Figures: []fact.Figure{
			{Text: "87 Millionen", Value: 87e6, Unit: "count", Noun: "Usern", About: "Usern", Sentence: 11, Start: 1745, End: 1757},
		},
		Claims: []fact.Claim{
			cl("004-1", "Wall Street Journal", fact.Reports, "Facebook", "auffordern", "große Banken, sämtliche Einkaufsgewohnheiten, Kartentransaktionen und auch den Kontostand zu teilen", "positive",
				"Wie unter anderem The Verge unter der Berufung auf das Wall Street Journal berichtet, soll Facebook in den USA große Banken dazu aufgefordert haben, ...", 400,
				[]string{"Facebook"}, "The Verge", "Wall Street Journal"),
			cl("004-2", "Facebook", fact.Denies, "", "nachfragen", "aktiv nach Finanztransaktionsdaten bei Banken", "positive",
				"In einer E-Mail hat Facebook abgestritten, dass aktiv nach Finanztransaktionsdaten bei Banken nachgefragt wurde.", 700, nil),
			cl("004-3", "Anonyme Quellen", fact.Reports, "Facebook", "beraten", "mit Banken wie Citigroup, JPMorgan Chase, US Bancorp und Wells Fargo, welche Bankdienstleistungen in den Messenger integriert werden könnten", "positive",
				"Anonymen Quellen zufolge soll Facebook mit Banken wie Citigroup, JPMorgan Chase, US Bancorp und Wells Fargo darüber beraten haben, ...", 990,
				append([]string{"Facebook"}, bankNames...)),
		},
	}
	return []Article{a000, a002, a004}
}

func between(f fact.Finding, x, y string) bool {
	has := map[string]bool{}
	for _, s := range f.Sides {
		has[s.Article] = true
	}
	if x == y {
		n := 0
		for _, s := range f.Sides {
			if s.Article == x {
				n++
			}
		}
		return n >= 2
	}
	return has[x] && has[y]
}

// TestSeedGold checks the findings of ../shared/gold/seeds.json on
// hand-made facts of the seed articles.
func TestSeedGold(t *testing.T) {
	got := Check(seedArticles())
	for _, f := range got {
		t.Logf("%s %s %s: %s | %s", f.Kind, f.Severity, f.ID, f.About, f.Explanation)
		for _, s := range f.Sides {
			t.Logf("    %s %s %s %s", s.Article, s.Speaker, s.Stance, s.Claim)
		}
	}
	// must_flag 1: the Wall Street Journal reports, Facebook denies.
	stance := false
	for _, f := range kinds(got, fact.Contradiction) {
		var report, denial bool
		for _, s := range f.Sides {
			if s.Speaker == "Wall Street Journal" && s.Stance == fact.Reports && s.Evidence != "" {
				report = true
			}
			if s.Speaker == "Facebook" && s.Stance == fact.Denies && s.Evidence != "" && (s.Article == "002" || s.Article == "004") {
				denial = true
			}
		}
		stance = stance || (report && denial)
	}
	if !stance {
		t.Error("must_flag: no contradiction between the Wall Street Journal's report and Facebook's denial")
	}
	// must_flag 2: 24 % (zeitweise) against rund 20 %, a low discrepancy.
	figure := false
	for _, f := range kinds(got, fact.Discrepancy) {
		if between(f, "000", "002") && f.Severity == fact.SeverityLow {
			figure = true
		}
	}
	if !figure {
		t.Error("must_flag: no low discrepancy between 24 percent and rund 20 percent")
	}
	// not_contradictions: confirming talks (000) is not denying the data request (002).
	for _, f := range kinds(got, fact.Contradiction) {
		for _, s := range f.Sides {
			if s.Claim == "000-3" {
				t.Errorf("the confirmed talks are flagged as a contradiction: %+v", f)
			}
		}
		if between(f, "000", "004") {
			for _, s := range f.Sides {
				if s.Value != nil {
					t.Errorf("the 87 million are flagged as a contradiction: %+v", f)
				}
			}
		}
	}
	// corroborations: the banks (000, 002, 004), 87 million users (000, 004),
	// bank data not used for advertising (000, 002).
	corr := kinds(got, fact.Corroboration)
	find := func(x, y string, pred func(fact.Finding) bool) bool {
		for _, f := range corr {
			if between(f, x, y) && pred(f) {
				return true
			}
		}
		return false
	}
	anyF := func(fact.Finding) bool { return true }
	figureSide := func(f fact.Finding) bool { return f.Sides[0].Value != nil }
	if !find("000", "004", figureSide) {
		t.Error("corroboration of 87 million users (000, 004) not found")
	}
	if !find("000", "002", anyF) && !find("002", "004", anyF) {
		t.Error("corroboration of the banks named not found")
	}
}

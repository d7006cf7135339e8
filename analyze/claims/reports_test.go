package claims

import (
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
)

// TestReportsDeniedAndCredited covers denials of reports ("Berichte,
// wonach ..., seien falsch"), information credited to a medium ("nach
// Informationen des X", "wie X erfuhr") and a paper named as the subject of
// a verb of saying, which wins over a medium named before.
func TestReportsDeniedAndCredited(t *testing.T) {
	cases := []struct {
		name    string
		body    string
		credits []string
		ev      string // the claim's evidence contains this
		speaker string
		stance  string
		pred    string // when set, the predicate
		none    string // no claim has this speaker
	}{
		{"reports called false, speaker carried over",
			`„Die Brücke ist sicher“, sagte Baudezernent Holger Maaß. Meldungen, wonach die Brücke gesperrt werden müsse, seien falsch.`,
			nil, "Meldungen, wonach", "Holger Maaß", fact.Denies, "sperr", "Meldungen"},
		{"rumours without ground",
			`Der Vorstand der Genossenschaft äußerte sich am Freitag. Gerüchte, dass die Molkerei verkauft werde, entbehrten jeder Grundlage, sagte Vorstand Ines Rüdiger.`,
			nil, "Gerüchte, dass", "Ines Rüdiger", fact.Denies, "verkauf", "Gerüchte"},
		{"wies Berichte zurück, wonach",
			`Die Reederei wies Berichte zurück, wonach ihr Frachter den Hafen ohne Genehmigung verlassen habe.`,
			nil, "ohne Genehmigung", "Reederei", fact.Denies, "verlass", "Berichte"},
		{"reports called unfounded",
			`Landrätin Beate Fink äußerte sich am Abend. Berichte, wonach das Krankenhaus schließen solle, seien unzutreffend.`,
			nil, "Krankenhaus", "Beate Fink", fact.Denies, "schliess", "Berichte"},
		{"nach Informationen des X: the medium reports",
			`Nach Informationen der Lindenauer Rundschau haben die Einbrecher drei Tresore aufgebrochen.`,
			nil, "Tresore", "Lindenauer Rundschau", fact.Reports, "", "Einbrecher"},
		{"nach Recherchen der X",
			`Nach Recherchen der Kreiszeitung hat der Bürgermeister die Aufträge ohne Ausschreibung vergeben.`,
			nil, "Ausschreibung", "Kreiszeitung", fact.Reports, "", "Bürgermeister"},
		{"nach X-Informationen",
			`Nach WESERKURIER-Informationen wurde der Hafen am Morgen gesperrt – die Schiffe konnten nicht auslaufen.`,
			nil, "Hafen", "WESERKURIER", fact.Reports, "", ""},
		{"nach unseren Informationen: the outlet",
			`Nach unseren Informationen steht die Brauerei kurz vor dem Verkauf.`,
			nil, "Brauerei", "Testblatt", fact.Reports, "", ""},
		{"nach Informationen unserer Zeitung: the outlet",
			`Nach Informationen unserer Zeitung fordern die Erpresser ein Lösegeld.`,
			nil, "Lösegeld", "Testblatt", fact.Reports, "", "Erpresser"},
		{"wie X berichtete with hearsay: X, a medium the lists do not know",
			`Wie der Elbfunk berichtete, sollen die Stadtwerke die Preise bereits im Mai erhöht haben.`,
			nil, "Stadtwerke", "Elbfunk", fact.Reports, "", "unnamed source"},
		{"wie X erfuhr",
			`Wie der Weserkurier erfuhr, will die Werft 300 Stellen streichen.`,
			nil, "300 Stellen", "Weserkurier", fact.Reports, "", "Werft"},
		{"a paper named with the adjective of its town, not the agency of the dateline",
			"Kleinwald (dpa) - Die Polizei sucht Zeugen. Das Lindenauer Tageblatt hatte berichtet, die Täter seien mit einem Boot geflohen.",
			[]string{"dpa"}, "Boot", "Lindenauer Tageblatt", fact.Reports, "", "dpa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(Doc{ID: "t1", Body: c.body, Outlet: "Testblatt", Credits: c.credits})
			var hit *fact.Claim
			for k := range got {
				if c.none != "" && got[k].Speaker == c.none {
					t.Errorf("claim with speaker %q: %+v", c.none, got[k])
				}
				if hit == nil && strings.Contains(got[k].Evidence, c.ev) && got[k].Speaker == c.speaker {
					hit = &got[k]
				}
			}
			if hit == nil {
				t.Fatalf("no claim of %q on %q; got %s", c.speaker, c.ev, describe(got))
			}
			if hit.Stance != c.stance {
				t.Errorf("stance %q, want %q", hit.Stance, c.stance)
			}
			if c.pred != "" && hit.Predicate != c.pred {
				t.Errorf("predicate %q, want %q", hit.Predicate, c.pred)
			}
		})
	}
}

// TestPredicateOfOwnClause: the predicate and polarity of a proposition come
// from the clause holding its subject, not from a sentence or dash after it.
func TestPredicateOfOwnClause(t *testing.T) {
	cases := []struct {
		body string
		pred string
		pol  string
	}{
		{`Betriebsratschef Uwe Kern widersprach: „Die Geschäftsführung hat bis heute keinen Sozialplan vorgelegt. Sie hat uns nur Folien gezeigt.“`, "vorleg", "negative"},
		{`„Der Verein hat die Miete seit Monaten nicht bezahlt. Wir haben mehrfach gemahnt“, sagte Vermieterin Olga Brandt.`, "bezahl", "negative"},
		{`Nach Angaben der Polizei wurde der Fahrer festgenommen – er hatte keinen Führerschein.`, "festnehm", "positive"},
		{`Im Rathaus heißt es, die Bäder sollten im Sommer schließen, um Geld zu sparen.`, "schliess", "positive"},
	}
	for _, c := range cases {
		got := Extract(Doc{ID: "t1", Body: c.body, Outlet: "Testblatt"})
		if len(got) == 0 {
			t.Errorf("%q: no claim", c.body)
			continue
		}
		if got[0].Predicate != c.pred {
			t.Errorf("%q: predicate %q, want %q", c.body, got[0].Predicate, c.pred)
		}
		if got[0].Polarity != c.pol {
			t.Errorf("%q: polarity %q, want %q", c.body, got[0].Polarity, c.pol)
		}
	}
}

func describe(cs []fact.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("\n  " + c.Speaker + " | " + c.Stance + " | " + c.Cue + " | " + c.Subject + " | " + c.Predicate + " | " + c.Evidence)
	}
	return b.String()
}

// TestContradictingQuote: "Y widersprach: „... nicht ...“" after a claim of
// another speaker denies it; without a negation, or with nobody before, it
// asserts.
func TestContradictingQuote(t *testing.T) {
	cases := []struct {
		body   string
		ev     string
		stance string
	}{
		{`„Wir haben der Gewerkschaft ein faires Angebot gemacht“, sagte Verbandschef Rolf Imhoff. Betriebsrätin Sonja Marx widersprach: „Es gibt bis heute kein Angebot. Wir warten seit Wochen.“`,
			"bis heute kein Angebot", fact.Denies},
		{`„Die Schule wird saniert“, sagte Stadtrat Emil Vogt. Elternsprecherin Ute Sander entgegnete: „Die Stadt hat dafür kein Geld eingeplant.“`,
			"kein Geld", fact.Denies},
		{`„Die Schule wird saniert“, sagte Stadtrat Emil Vogt. Elternsprecherin Ute Sander widersprach: „Die Sanierung muss sofort beginnen.“`,
			"sofort beginnen", fact.Asserts},
		{`Elternsprecherin Ute Sander widersprach: „Die Stadt hat dafür kein Geld eingeplant.“`,
			"kein Geld", fact.Asserts},
	}
	for _, c := range cases {
		got := Extract(Doc{ID: "t1", Body: c.body, Outlet: "Testblatt"})
		found := false
		for _, cl := range got {
			if strings.Contains(cl.Evidence, c.ev) && strings.Contains(cl.Speaker, "Sander") || strings.Contains(cl.Evidence, c.ev) && strings.Contains(cl.Speaker, "Marx") {
				found = true
				if cl.Stance != c.stance {
					t.Errorf("%q: stance %q, want %q", c.body, cl.Stance, c.stance)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim on %q; got %s", c.body, c.ev, describe(got))
		}
	}
}

// TestSpokeswomanGoesOn: a company's spokeswoman after its chief: "sagte
// sie" is hers, and a town of the dateline is not the company.
func TestSpokeswomanGoesOn(t *testing.T) {
	body := "Bremen (AFP) - Die Werft Nordkiel hat einen Großauftrag erhalten, teilte die Behörde in Bremen mit. Nordkiel-Chef Arne Lüders begrüßte den Auftrag. „Wir stellen 200 Leute ein“, sagte er. Eine Unternehmenssprecherin wies Berichte zurück, wonach die Werft Staatshilfe erhalten habe. „Wir haben nie Staatshilfe beantragt“, sagte sie."
	ents := []fact.Entity{
		{Text: "Bremen", Start: 0, End: 6, Name: "Bremen", Type: fact.LOC},
		{Text: "AFP", Start: 8, End: 11, Name: "AFP", Type: fact.ORG, Kind: fact.KindAgency},
	}
	for _, w := range []string{"Nordkiel", "Bremen", "Arne Lüders"} {
		for i := 0; ; {
			k := strings.Index(body[i:], w)
			if k < 0 {
				break
			}
			st := i + k
			typ := fact.ORG
			if w == "Bremen" {
				typ = fact.LOC
			} else if w == "Arne Lüders" {
				typ = fact.PER
			}
			if st > 0 {
				ents = append(ents, fact.Entity{Text: w, Start: st, End: st + len(w), Name: w, Type: typ})
			}
			i = st + len(w)
		}
	}
	got := Extract(Doc{ID: "t1", Body: body, Outlet: "Testblatt", Entities: ents})
	for _, c := range got {
		if strings.Contains(c.Evidence, "nie Staatshilfe") && c.Speaker == "Arne Lüders" {
			t.Errorf("the spokeswoman's quote given to the chief: %s", describe(got))
		}
		if strings.Contains(c.Evidence, "Unternehmenssprecherin") && c.Speaker == "Bremen" {
			t.Errorf("the town of the dateline taken for the company: %s", describe(got))
		}
	}
}

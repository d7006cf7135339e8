package ner

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden.txt")

// goldenSentences are fresh German sentences whose tags and entities must
// not change when the tagger is made faster.
var goldenSentences = []string{
	"Die Bundesbank in Frankfurt rechnet für 2021 mit einem Wachstum von 3,7 Prozent.",
	"Gesundheitsminister Jens Spahn sagte am Dienstag in Berlin, die Impfungen liefen schneller als erwartet.",
	"Nach Angaben der Johns-Hopkins-Universität haben sich weltweit mehr als 50 Millionen Menschen infiziert.",
	"Der Chef der Commerzbank, Manfred Knof, kündigte den Abbau von 10.000 Stellen an.",
	"Wie die Deutsche Presse-Agentur meldet, will Siemens Energy Anteile an Siemens Gamesa kaufen.",
	"Die EU-Kommission und die Weltgesundheitsorganisation WHO warnen vor einer dritten Welle.",
	"In Österreich und der Schweiz gelten ab Montag strengere Regeln für Reisende aus Bayern.",
	"Amazons Gründer Jeff Bezos verkaufte Aktien im Wert von rund drei Milliarden Dollar.",
	"Der Kölner Virologe sprach im Deutschlandfunk über die Lage in Nordrhein-Westfalen.",
	"BioNTech-Chef Uğur Şahin und Pfizer-Chef Albert Bourla stellten die Daten in Mainz vor.",
	"Laut Robert Koch-Institut stieg die Zahl der Neuinfektionen auf 23.399.",
	"Die Lufthansa erhält vom Wirtschaftsstabilisierungsfonds Hilfen über neun Milliarden Euro.",
	"Der französische Präsident Emmanuel Macron telefonierte mit Kanzlerin Angela Merkel.",
	"Facebooks Aktie verlor an der New Yorker Börse Nasdaq zeitweise 4 Prozent.",
	"Der Hamburger Senat beschloss, Schulen und Kitas bis Ende Januar zu schließen.",
	"Auch in den USA, in Brasilien und in Indien steigen die Zahlen weiter.",
	"„Wir müssen jetzt handeln“, sagte Markus Söder (CSU) in München.",
	"Die Stiftung Warentest prüfte 20 Masken, darunter Produkte von 3M und Dräger.",
	"Der Spiegel berichtete, das Bundesministerium der Finanzen plane neue Kredite.",
	"Tesla baut in Grünheide bei Berlin eine Fabrik für 12.000 Beschäftigte.",
	"Nach dem 2:1 gegen Bayer Leverkusen führt der FC Bayern München die Tabelle an.",
	"Die Sparkasse KölnBonn und die Volksbank Mittelhessen senken ihre Zinsen.",
	"Am 07. August 2018 um 09:38 Uhr veröffentlichte die Süddeutsche Zeitung den Bericht.",
	"Ex-Präsident Donald Trump spielte auf seinem Golfplatz in Florida.",
	"Das Paul-Ehrlich-Institut in Langen prüft den Impfstoff von AstraZeneca.",
	"Merkel und Macron trafen sich in Aachen, Merkel lobte den Vertrag.",
	"der kleine hund bellte laut im garten des nachbarn",
	"UNO NATO OECD G20 IWF EZB",
	"Prof. Dr. Christian Drosten von der Charité widersprach der Studie.",
	"Die Grünen-Politikerin Annalena Baerbock forderte mehr Geld für Kommunen in Sachsen-Anhalt.",
}

// TestGolden compares the tags and entities of goldenSentences with
// testdata/golden.txt (go test -run TestGolden -update rewrites it).
func TestGolden(t *testing.T) {
	tg := Default()
	var b strings.Builder
	for _, s := range goldenSentences {
		sents := text.Split(s)
		for _, se := range sents {
			words := make([]string, len(se.Tokens))
			for i, tok := range se.Tokens {
				words[i] = tok.Text
			}
			tags := tg.TagTokens(words)
			for i := range words {
				fmt.Fprintf(&b, "%s/%s ", words[i], tags[i])
			}
			b.WriteString("\n")
		}
		for _, e := range tg.Entities(s, sents) {
			fmt.Fprintf(&b, "\t%d-%d %q %s %q %q\n", e.Start, e.End, e.Text, e.Type, e.Name, e.Kind)
		}
	}
	got := b.String()
	path := filepath.Join("testdata", "golden.txt")
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("line %d differs:\n got %s\nwant %s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("output has %d lines, golden %d", len(gl), len(wl))
	}
}

// TestPairRows checks that pairRowsWords gives the rows of pairFeatures, in
// order, for every token of varied sentences.
func TestPairRows(t *testing.T) {
	m := Default().m
	if m == nil {
		t.Skip("no model")
	}
	m.setup()
	for _, s := range append(goldenSentences, "", "X", "Die Müller Logistik GmbH & Co. KG", "«Stiftung Warentest»") {
		for _, se := range text.Split(s) {
			words := make([]string, len(se.Tokens))
			for i, tok := range se.Tokens {
				words[i] = tok.Text
			}
			si := prepare(words, m.lex, m.clus)
			var buf []uint64
			cws := make([]*cachedWord, len(words))
			for i, w := range words {
				cws[i] = m.word(w, &buf)
			}
			for i := range words {
				var want []int32
				for _, f := range pairFeatures(nil, i, words, si) {
					want = append(want, m.row(f))
				}
				if got := m.pairRowsWords(nil, i, cws, si.gz); !slices.Equal(got, want) {
					t.Errorf("%q token %d: pairRowsWords %v, pairFeatures %v", s, i, got, want)
				}
			}
		}
	}
}

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"
)

// compareProse trains prose's entity model (a maximum-entropy classifier
// over English POS tags and word features, trained by GIS) on the same
// sentences and scores it like ours. prose returns entity texts and labels
// without offsets, so a predicted entity counts as correct when a gold chunk
// of the same sentence has the same text and type.
func compareProse(w io.Writer, train, held []NERSentence, o options) error {
	var data []prose.EntityContext
	if o.proseN > 0 && o.proseN < len(train) {
		train = train[:o.proseN]
	}
	for _, s := range train {
		body, offs := joinTokens(s.Tokens)
		ctx := prose.EntityContext{Accept: true, Text: body}
		for _, c := range chunks(s.Tags) {
			if !isPOL(c.Type) {
				continue
			}
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: offs[c.Start], End: offs[c.End-1] + len(s.Tokens[c.End-1]), Label: c.Type})
		}
		data = append(data, ctx)
	}
	t0 := time.Now()
	model := prose.ModelFromData("germeval", prose.UsingEntities(data))
	fmt.Fprintf(w, "prose: trained on %d sentences in %.0fs\n", len(data), time.Since(t0).Seconds())
	eval := held
	name := "held-out tenth"
	if len(eval) == 0 {
		dev, err := readGermEvalFile(filepath.Join(o.data, "germeval2014", "NER-de-dev.tsv"))
		if err != nil {
			return err
		}
		eval, name = dev, "NER-de-dev.tsv"
	}
	var tp, pred, gold, nbytes int
	t1 := time.Now()
	for _, s := range eval {
		body, _ := joinTokens(s.Tokens)
		nbytes += len(body)
		want := map[string]int{}
		for _, c := range chunks(s.Tags) {
			if isPOL(c.Type) {
				want[c.Type+"\t"+strings.Join(s.Tokens[c.Start:c.End], " ")]++
				gold++
			}
		}
		doc, err := prose.NewDocument(body, prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			return fmt.Errorf("prose: %w", err)
		}
		for _, e := range doc.Entities() {
			if !isPOL(e.Label) {
				continue
			}
			pred++
			k := e.Label + "\t" + e.Text
			if want[k] > 0 {
				want[k]--
				tp++
			}
		}
	}
	el := time.Since(t1).Seconds()
	c := Count{Type: "overall", TP: tp, Pred: pred, Gold: gold}
	fmt.Fprintf(w, "prose on %s (%.3f MB/s): P %.4f R %.4f F1 %.4f (gold %d, predicted %d, correct %d)\n",
		name, float64(nbytes)/el/1e6, c.Precision(), c.Recall(), c.F1(), gold, pred, tp)
	return nil
}

func isPOL(t string) bool { return t == "PER" || t == "ORG" || t == "LOC" }

// joinTokens joins tokens with spaces and returns the byte offset of each.
func joinTokens(toks []string) (string, []int) {
	var b strings.Builder
	offs := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		offs[i] = b.Len()
		b.WriteString(t)
	}
	return b.String(), offs
}

package main

// The GermEval reader and the conlleval scoring are evaluate's: the trainer
// and `corpus eval ner` read and score the data the same way.

import "github.com/corpus-news/corpus/evaluate"

type (
	// NERSentence is one sentence of a GermEval 2014 file.
	NERSentence = evaluate.NERSentence
	// Count holds exact-span counts of one entity type.
	Count = evaluate.Count
)

var (
	readGermEvalFile = evaluate.ReadGermEvalFile
	chunks           = evaluate.Chunks
	scoreNER         = evaluate.ScoreNER
)

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

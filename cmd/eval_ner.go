package cmd

import (
	"fmt"
	"math"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/report"
)

func init() {
	registerEval(newEvalNERCmd)
}

func newEvalNERCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "ner [PATH]",
		Short: "Score the entity model on a GermEval 2014 file: precision, recall, F1",
		Long: `ner tags every sentence of a file in the GermEval 2014 layout (a '#' line
opening each sentence, then index, token, outer tag and inner tag a line,
tab-separated) with the embedded entity model and scores the outer tags the
way conlleval does: a found entity counts when its span and type equal a gold
one exactly. It prints precision, recall and F1 for PER, ORG and LOC and over
the three together; other gold classes (OTH, -deriv, -part) are not scored.

PATH defaults to ../shared/data/germeval2014/NER-de-dev.tsv, which the model
was never trained on (it is trained on NER-de-test.tsv; scores on that file
are training scores, not accuracy).
It measures and does not judge: the exit status is 0 whatever the scores.

Examples:
  corpus eval ner
  corpus eval ner ../shared/data/germeval2014/NER-de-dev.tsv --format json
` + exitStatusHelp,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runEvalNER(g, optionalArg(args))
		},
	}
}

func runEvalNER(g *globals, path string) error {
	if path == "" {
		p, err := sharedPath(filepath.Join("data", "germeval2014", "NER-de-dev.tsv"))
		if err != nil {
			return err
		}
		path = p
	}
	counts, err := evaluate.NER(path, ner.Default())
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	w, err := report.New(g.stdout, g.format, "type", "gold", "found", "correct", "precision", "recall", "f1")
	if err != nil {
		return err
	}
	for _, c := range counts {
		if err := w.Write(c.Type, c.Gold, c.Pred, c.TP, round4NER(c.Precision()), round4NER(c.Recall()), round4NER(c.F1())); err != nil {
			return err
		}
	}
	return w.Flush()
}

func round4NER(x float64) float64 { return math.Round(x*10000) / 10000 }

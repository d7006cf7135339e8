package cmd

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/check"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/report"
)

type evalSeedsOptions struct {
	gold    string
	seeds   string
	verbose bool
}

func init() {
	registerEval(newEvalSeedsCmd)
}

func newEvalSeedsCmd(g *globals) *cobra.Command {
	var o evalSeedsOptions
	c := &cobra.Command{
		Use:   "seeds",
		Short: "Hold the analysis of the seed articles against ../shared/gold/seeds.json",
		Long: `seeds reads the seed articles with the corpus readers, analyses them in
memory (no store), cross-checks them, and holds the result against the hand-made
gold of ../shared/gold/seeds.json by the rules of its README:

  metadata      outlet, published, author, dateline, agency, credited source
  boilerplate   each gold boilerplate line absent from the body
  entities      name or alias (case-insensitive, genitive -s stripped), same type;
                ORG kinds counted apart, over the entities found
  figures       value within 0.5 %, same unit
  dates         same normalised value (the publication date also counts)
  claims        same speaker, same stance, evidence overlapping the gold sentence
  provenance    the gold chain of sourcing, in order, in some claim's via
  findings      must_flag contradictions, false alarms between the pairs of
                not_contradictions, corroborations

It prints one row a category: gold items, found, recall, reported items,
correct, precision. "entity kinds" counts ORG kinds right among the entities
found; "claim spans" gold claims overlapped by any claim, whatever speaker and
stance; "not_contradictions" the pairs kept free of false alarms, with the
false alarms under reported. --verbose adds a second table: every miss, every extra
item and every false alarm. It measures and does not judge: the exit status is
0 whatever the scores.

By default the gold is ../shared/gold/seeds.json beside the repository (found by
walking up from the working directory to go.mod), and the articles are the
seeds folder beside the gold file's folder (../shared/seeds).

Examples:
  corpus eval seeds
  corpus eval seeds --verbose
  corpus eval seeds --gold ../shared/gold/seeds.json --seeds ../shared/seeds --format json
` + exitStatusHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return runEvalSeeds(g, &o)
		},
	}
	c.Flags().StringVar(&o.gold, "gold", "", "gold file (default: ../shared/gold/seeds.json beside the repository)")
	c.Flags().StringVar(&o.seeds, "seeds", "", "folder of the seed articles (default: ../seeds beside the gold file's folder)")
	c.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "also list every miss, extra item and false alarm")
	return c
}

func runEvalSeeds(g *globals, o *evalSeedsOptions) error {
	if _, err := report.New(io.Discard, g.format, "check"); err != nil {
		return err
	}
	goldPath := o.gold
	if goldPath == "" {
		p, err := sharedPath(filepath.Join("gold", "seeds.json"))
		if err != nil {
			return fmt.Errorf("--gold: %w", err)
		}
		goldPath = p
	}
	gold, err := evaluate.ReadSeedGold(goldPath)
	if err != nil {
		return err
	}
	seedsDir := o.seeds
	if seedsDir == "" {
		seedsDir = filepath.Join(filepath.Dir(filepath.Dir(goldPath)), "seeds")
	}
	if _, err := os.Stat(seedsDir); err != nil {
		return fmt.Errorf("--seeds: %w", err)
	}
	// The seeds are read, analysed and cross-checked exactly as
	// "corpus check PATH" does it: in memory, on every core.
	fs, err := analysePaths(g, []string{seedsDir}, "")
	if err != nil {
		return fmt.Errorf("seeds %s: %w", seedsDir, err)
	}
	outs := make([]evaluate.SeedOutput, len(fs.Articles))
	for i, a := range fs.Articles {
		outs[i] = evaluate.SeedOutput{File: filepath.Base(a.SourceFile), Article: a, Result: fs.Results[i]}
	}
	arts := checkArticles(fs)
	findings := check.Check(arts)
	res := evaluate.ScoreSeeds(gold, outs, findings)
	if err := writeCounts(g, res.Counts); err != nil {
		return err
	}
	if !o.verbose {
		return nil
	}
	if g.format == report.Table {
		fmt.Fprintln(g.stdout)
	}
	w, err := report.New(g.stdout, g.format, "category", "kind", "article", "item")
	if err != nil {
		return err
	}
	for _, m := range res.Misses {
		if err := w.Write(m.Category, m.Kind, m.Article, m.Item); err != nil {
			return err
		}
	}
	return w.Flush()
}

// writeCounts prints evaluation counts: category, gold, found, recall,
// reported, correct, precision (ratios rounded to three places; empty where
// they do not apply).
func writeCounts(g *globals, counts []evaluate.SeedCount) error {
	w, err := report.New(g.stdout, g.format, "category", "gold", "found", "recall", "reported", "correct", "precision")
	if err != nil {
		return err
	}
	for _, c := range counts {
		var recall, precision, reported, correct any
		if r, ok := c.Recall(); ok {
			recall = round3(r)
		}
		if p, ok := c.Precision(); ok {
			precision = round3(p)
		}
		if c.Reported >= 0 {
			reported = c.Reported
		}
		if c.Correct >= 0 && c.Reported >= 0 {
			correct = c.Correct
		}
		if err := w.Write(c.Category, c.Gold, c.Found, recall, reported, correct, precision); err != nil {
			return err
		}
	}
	return w.Flush()
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

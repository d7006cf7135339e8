package cmd

import (
	"fmt"
	"math"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/report"
)

type evalClaimsOptions struct {
	set    string
	data   string
	split  string
	errors bool
}

func init() {
	registerEval(newEvalClaimsCmd)
}

func newEvalClaimsCmd(g *globals) *cobra.Command {
	var o evalClaimsOptions
	c := &cobra.Command{
		Use:   "claims",
		Short: "Score claim extraction on the project's labelled articles",
		Long: `claims runs the whole pipeline on each article of the labelled claim set
(testdata/claims: articles.tsv and claims.tsv, written by hand following
docs/annotating-claims.md) and scores the claims it finds:

  precision     found claims whose evidence span overlaps a gold claim
  recall        gold claims with an overlapping found claim
  speaker_acc   matched claims whose speaker is the gold speaker or one of
                its aliases (case, articles and inflection ignored)
  stance_acc    matched claims with the gold stance
  both_acc      matched claims with speaker and stance right

Gold and found claims are paired one to one. The annotations point into the
shared data sets (../shared/data: 10kGNAD test.csv by record, FANG-COVID by
id) by byte offsets of the NFC text; no article text is kept in the
repository. Every claim of an annotated article is annotated, so sentences
without annotation hold no claim.

The first articles are split in halves by a hash of their name: dev, whose
errors may be looked at while writing rules, and test, which is not looked
at. Articles annotated later form further splits, dev2 and dev3 (looked at,
like dev), so that the test half stays the same; test2 and test3, annotated
blind by someone who had not read the extractor's rules, are never looked at
either; dev4, annotated blind the same way, is for looking at. --split picks
the rows (dev, dev2, dev3, dev4, test, test2, test3 or all; by default one row
each). --errors
lists misses, extra claims and wrong speakers or stances of dev, dev2, dev3
and dev4 only. It measures and does not judge: the exit status
is 0 whatever the scores.

Examples:
  corpus eval claims
  corpus eval claims --split test --format json
  corpus eval claims --errors
` + exitStatusHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return runEvalClaims(g, &o)
		},
	}
	c.Flags().StringVar(&o.set, "set", "", "directory of the claim set (default testdata/claims of the repository)")
	c.Flags().StringVar(&o.data, "data", "", "shared data directory (default ../shared/data beside the repository)")
	c.Flags().StringVar(&o.split, "split", "all", "rows to show: dev, dev2, dev3, dev4, test, test2, test3, or all (each split and the whole set)")
	c.Flags().BoolVar(&o.errors, "errors", false, "also list the errors of the dev splits (dev, dev2, dev3, dev4)")
	return c
}

func runEvalClaims(g *globals, o *evalClaimsOptions) error {
	if o.split != "all" && !evaluate.IsClaimSplit(o.split) {
		return fmt.Errorf("--split %q: want dev, dev2, dev3, dev4, test, test2, test3 or all", o.split)
	}
	if o.set == "" {
		p, err := repoPath(filepath.Join("testdata", "claims"))
		if err != nil {
			return fmt.Errorf("--set: %w", err)
		}
		o.set = p
	}
	if o.data == "" {
		p, err := sharedPath("data")
		if err != nil {
			return fmt.Errorf("--data: %w", err)
		}
		o.data = p
	}
	set, err := evaluate.ReadClaimSet(o.set)
	if err != nil {
		return err
	}
	if err := set.LoadTexts(o.data); err != nil {
		return err
	}
	p := analyze.New()
	scores, errs := set.Evaluate(func(id, text string) []fact.Claim {
		return p.Analyze(analyze.Input{ID: id, Body: text}).Claims
	})
	w, err := report.New(g.stdout, g.format, "split", "articles", "gold", "found", "matched",
		"precision", "recall", "f1", "speaker_acc", "stance_acc", "both_acc")
	if err != nil {
		return err
	}
	r3 := func(x float64) float64 { return math.Round(x*1000) / 1000 }
	for _, name := range append(append([]string(nil), evaluate.ClaimSplits...), "all") {
		if o.split != "all" && o.split != name {
			continue
		}
		s := scores[name]
		if err := w.Write(name, s.Articles, s.Gold, s.Found, s.MatchedGold, r3(s.Precision()), r3(s.Recall()),
			r3(s.F1()), r3(s.SpeakerAccuracy()), r3(s.StanceAccuracy()), r3(s.BothAccuracy())); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if !o.errors {
		return nil
	}
	if g.format == report.Table {
		fmt.Fprintln(g.stdout)
	}
	ew, err := report.New(g.stdout, g.format, "article", "kind", "start", "end", "gold", "found", "evidence")
	if err != nil {
		return err
	}
	for _, e := range append(append(append(errs["dev"], errs["dev2"]...), errs["dev3"]...), errs["dev4"]...) {
		if err := ew.Write(e.Article, e.Kind, e.Start, e.End, e.Gold, e.Found, e.Text); err != nil {
			return err
		}
	}
	return ew.Flush()
}

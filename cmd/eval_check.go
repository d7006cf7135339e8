package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/check"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/report"
)

type evalCheckOptions struct {
	verbose bool
}

func init() {
	registerEval(newEvalCheckCmd)
}

func newEvalCheckCmd(g *globals) *cobra.Command {
	var o evalCheckOptions
	c := &cobra.Command{
		Use:   "check [DIR]",
		Short: "Score cross-checking on the project's story corpus (testdata/stories)",
		Long: `check reads the test corpus of cross-checking stories in DIR (default
testdata/stories of the repository: one folder a story, one article a file,
and DIR/gold.json), analyses the articles in memory (no store), runs the
cross-check and holds the findings against the gold:

  a finding matches a gold finding of the same kind when two of its sides
  come from two of the gold item's articles (both from the one article of a
  gold item about one article) and carry the gold's speakers and values
  where the gold gives them (a speaker slot may list alternatives separated
  by "|": "Stadt Köln | Stadtsprecherin"; a number within 0.5 %, a date
  equal to or a prefix of the side's);
  matching is one to one: a finding counts for at most one gold finding, a
  gold finding of n articles takes at most n-1 findings;
  recall is the share of gold findings matched; precision the share of
  reported contradictions and discrepancies that match a gold finding, and
  apart from it the same for corroborations;
  a contradiction between the articles of a not_contradictions item is a
  false alarm.

It prints one row a kind, then "contradiction+discrepancy" (targets:
precision 0.8), "all" (target: recall 0.7) and "false alarms". --verbose
adds every miss, extra finding and false alarm. It measures and does not
judge: the exit status is 0 whatever the scores.

Examples:
  corpus eval check
  corpus eval check --verbose
  corpus eval check testdata/stories --format json
  corpus eval check testdata/stories-heldout   # written blind, never developed on
` + exitStatusHelp,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runEvalCheck(g, &o, optionalArg(args))
		},
	}
	c.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "also list every miss, extra finding and false alarm")
	return c
}

func runEvalCheck(g *globals, o *evalCheckOptions, dir string) error {
	if _, err := report.New(io.Discard, g.format, "check"); err != nil {
		return err
	}
	if dir == "" {
		p, err := repoPath(filepath.Join("testdata", "stories"))
		if err != nil {
			return err
		}
		dir = p
	}
	gold, err := evaluate.ReadCheckGold(filepath.Join(dir, "gold.json"))
	if err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read stories: %w", err)
	}
	var stories []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			stories = append(stories, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(stories)
	if len(stories) == 0 {
		return errors.New("no story folder in " + dir)
	}
	fs, err := loadFacts(g, stories, "")
	if err != nil {
		return err
	}
	refs := map[string]evaluate.ArticleRef{}
	for _, a := range fs.Articles {
		refs[a.ID] = evaluate.ArticleRef{Story: filepath.Base(filepath.Dir(a.SourceFile)), File: filepath.Base(a.SourceFile)}
	}
	findings := check.Check(checkArticles(fs))
	res := evaluate.ScoreCheck(gold, findings, refs)
	w, err := report.New(g.stdout, g.format, "category", "gold", "found", "recall", "reported", "correct", "precision")
	if err != nil {
		return err
	}
	for _, c := range res.Counts {
		var recall, precision, reported, correct any
		if r, ok := c.Recall(); ok {
			recall = round3(r)
		}
		if p, ok := c.Precision(); ok {
			precision = round3(p)
		}
		reported = c.Reported
		if c.Correct >= 0 {
			correct = c.Correct
		}
		if err := w.Write(c.Category, c.Gold, c.Found, recall, reported, correct, precision); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if !o.verbose {
		return nil
	}
	if g.format == report.Table {
		fmt.Fprintln(g.stdout)
	}
	w, err = report.New(g.stdout, g.format, "kind", "category", "articles", "item")
	if err != nil {
		return err
	}
	for _, m := range res.Misses {
		if err := w.Write(m.Kind, m.Category, m.Articles, m.Item); err != nil {
			return err
		}
	}
	return w.Flush()
}

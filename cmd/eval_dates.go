package cmd

import (
	"fmt"
	"math"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/dates"
	"github.com/corpus-news/corpus/analyze/text"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/report"
)

type evalDatesOptions struct {
	docs   string
	mode   string
	errors bool
}

func init() {
	registerEval(newEvalDatesCmd)
}

func newEvalDatesCmd(g *globals) *cobra.Command {
	var o evalDatesOptions
	c := &cobra.Command{
		Use:   "dates [PATH]",
		Short: "Score date extraction on WikiWarsDE: span F1 and value accuracy",
		Long: `dates runs the date extractor over the WikiWarsDE corpus (PATH, by default
../shared/data/wikiwarsde beside the repository: in/ raw text, keyinline/ inline
TIMEX2 with val) and scores it against the gold TIMEX2 annotation:

  exact     found spans equal to a gold span: precision, recall, F1
  overlap   gold and found spans paired one to one when they overlap
  value     share of overlapping pairs whose value agrees (TIMEX2 strings;
            seconds of a gold time dropped; a vague date agrees with
            PAST_REF, PRESENT_REF and FUTURE_REF)

The 22 documents are split by name: the first 11 are the development half,
the only one whose errors were looked at while writing the rules; the other
11 are held out. --docs picks the rows: dev, heldout, or all (the default:
one row for each half and one for the whole corpus).

--mode narrative (the default) resolves relative expressions against the date
last mentioned in the text, as WikiWars narratives need (the deictic heute,
gestern, morgen still count from the document creation time); --mode news
resolves them against the document creation time, as for news. Values are
written in TIMEX2 form with parts of the day (1944-06-06TMO).

--errors adds a table of misses, extra dates and wrong values, for the
development half only, so that the held-out figures stay unseen.
It measures and does not judge: the exit status is 0 whatever the scores.

Examples:
  corpus eval dates
  corpus eval dates --docs heldout --format json
  corpus eval dates ../shared/data/wikiwarsde --docs dev --errors
` + exitStatusHelp,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runEvalDates(g, &o, optionalArg(args))
		},
	}
	c.Flags().StringVar(&o.docs, "docs", "all", "documents to score: dev (first 11 by name), heldout (last 11), all")
	c.Flags().StringVar(&o.mode, "mode", "narrative", "anchor of relative dates: narrative (date last mentioned) or news (creation time)")
	c.Flags().BoolVar(&o.errors, "errors", false, "also list the errors of the development half")
	return c
}

func runEvalDates(g *globals, o *evalDatesOptions, path string) error {
	switch o.docs {
	case "all", "dev", "heldout":
	default:
		return fmt.Errorf("--docs %q: want dev, heldout or all", o.docs)
	}
	if o.mode != "narrative" && o.mode != "news" {
		return fmt.Errorf("--mode %q: want narrative or news", o.mode)
	}
	if path == "" {
		p, err := sharedPath(filepath.Join("data", "wikiwarsde"))
		if err != nil {
			return fmt.Errorf("PATH: %w", err)
		}
		path = p
	}
	w, err := report.New(g.stdout, g.format, "split", "docs", "gold", "found",
		"exact_p", "exact_r", "exact_f1", "overlap_p", "overlap_r", "overlap_f1", "value_acc", "value_pairs")
	if err != nil {
		return err
	}
	docs, err := evaluate.ReadWikiWars(path)
	if err != nil {
		return err
	}
	dev := (len(docs) + 1) / 2
	var devS, heldS evaluate.DateScores
	var devErrs []evaluate.DateError
	for k, doc := range docs {
		found := dates.ExtractWith(doc.Body, text.Split(doc.Body), dates.Options{
			Anchor: doc.DCT, AnchorFromText: o.mode == "narrative", PartOfDay: true,
		})
		s, errs := evaluate.ScoreDates(doc, found)
		if k < dev {
			devS.Add(s)
			devErrs = append(devErrs, errs...)
		} else {
			heldS.Add(s)
		}
	}
	all := devS
	all.Add(heldS)
	rows := []struct {
		name string
		s    evaluate.DateScores
	}{{"dev", devS}, {"heldout", heldS}, {"all", all}}
	r3 := func(x float64) float64 { return math.Round(x*1000) / 1000 }
	for _, row := range rows {
		if o.docs != "all" && o.docs != row.name {
			continue
		}
		ep, er, ef := row.s.ExactPRF()
		op, or, of := row.s.OverlapPRF()
		if err := w.Write(row.name, row.s.Docs, row.s.Gold, row.s.Found, r3(ep), r3(er), r3(ef),
			r3(op), r3(or), r3(of), r3(row.s.ValueAccuracy()), row.s.ValuePairs); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if !o.errors {
		return nil
	}
	if g.format == "table" {
		fmt.Fprintln(g.stdout)
	}
	ew, err := report.New(g.stdout, g.format, "doc", "kind", "start", "text", "gold", "found")
	if err != nil {
		return err
	}
	for _, e := range devErrs {
		if err := ew.Write(e.Doc, e.Kind, e.Start, e.Text, e.Gold, e.Found); err != nil {
			return err
		}
	}
	return ew.Flush()
}

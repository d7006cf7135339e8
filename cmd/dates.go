package cmd

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

func init() {
	register(newDatesCmd)
}

func newDatesCmd(g *globals) *cobra.Command {
	var f factFilter
	c := &cobra.Command{
		Use:   "dates [PATH...]",
		Short: "List the dates and times the articles give, as ISO 8601",
		Long: `dates lists every date and time expression: the text as written, its byte
span, the sentence, and its value in ISO 8601 as precise as the text is
(2018, 2018-08, 2018-08-07, 2018-08-07T09:38). Relative expressions (am
Dienstag, gestern, im vergangenen Jahr) are resolved against the article's
publication date and marked relative; vague ones (kürzlich, bald) have no
value and are marked vague.
` + factSources + `

--type selects absolute, relative or vague expressions; --kind selects the
precision of the value: year, month, day, time (or none for vague ones).

Rows are ordered by article ID, then position. JSON and NDJSON rows carry
article (full ID), text, start, end (byte offsets, end exclusive), sentence,
value, vague and relative; so do CSV and TSV. The table, fitted to the
terminal's width (else COLUMNS, else 80), shows only article (short ID),
text and value (empty for vague ones): use csv or json for every column.

Examples:
  corpus dates --type relative
  corpus dates --article 3fa9 --format json
` + exitStatusHelp,
		RunE: func(c *cobra.Command, args []string) error {
			return runDates(g, &f, args)
		},
	}
	f.add(c, "only these: absolute, relative, vague (comma-separated)",
		"only values of this precision: year, month, day, time, none (comma-separated)")
	return c
}

// dateType is absolute, relative or vague.
func dateType(d fact.Date) string {
	switch {
	case d.Vague:
		return "vague"
	case d.Relative:
		return "relative"
	default:
		return "absolute"
	}
}

// datePrecision names the precision of an ISO 8601 value.
func datePrecision(v string) string {
	switch {
	case v == "":
		return "none"
	case strings.Contains(v, "T"):
		return "time"
	case len(v) >= 10:
		return "day"
	case len(v) >= 7:
		return "month"
	default:
		return "year"
	}
}

func runDates(g *globals, f *factFilter, paths []string) error {
	if err := unknownValue("--type", f.typ, "absolute", "relative", "vague"); err != nil {
		return err
	}
	if err := unknownValue("--kind", f.kind, "year", "month", "day", "time", "none"); err != nil {
		return err
	}
	all, err := factsOf(g, paths, f.article, (*corpus.Store).Dates,
		func(r analyze.Result) []fact.Date { return r.Dates },
		func(d *fact.Date) (*string, int, int) { return &d.Article, d.Start, d.End })
	if err != nil {
		return err
	}
	ds := all[:0]
	for _, d := range all {
		if matches(f.typ, dateType(d)) && matches(f.kind, datePrecision(d.Value)) {
			ds = append(ds, d)
		}
	}
	table := strings.EqualFold(g.format, report.Table)
	w, err := report.NewWith(g.stdout, g.format,
		[]string{"article", "text", "start", "end", "sentence", "value", "vague", "relative"},
		report.TableColumns("article", "text", "value"))
	if err != nil {
		return err
	}
	for _, d := range ds {
		art := d.Article
		if table {
			art = shortID(art)
		}
		if err := w.Write(art, d.Text, d.Start, d.End, d.Sentence, d.Value, d.Vague, d.Relative); err != nil {
			return err
		}
	}
	return w.Flush()
}

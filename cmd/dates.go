package cmd

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

func init() {
	register(newDatesCmd)
}

func newDatesCmd(g *globals) *cobra.Command {
	return listFacts(g, &cobra.Command{
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
	}, factList[fact.Date]{
		typeHelp:     "only these: absolute, relative, vague (comma-separated)",
		kindHelp:     "only values of this precision: year, month, day, time, none (comma-separated)",
		types:        []string{"absolute", "relative", "vague"},
		kinds:        []string{"year", "month", "day", "time", "none"},
		typeOf:       dateType,
		kindOf:       func(d fact.Date) string { return datePrecision(d.Value) },
		get:          (*corpus.Store).Dates,
		pick:         func(r analyze.Result) []fact.Date { return r.Dates },
		span:         dateSpan,
		columns:      []string{"article", "text", "start", "end", "sentence", "value", "vague", "relative"},
		tableColumns: []string{"article", "text", "value"},
		row: func(d fact.Date, article string, _ bool) []any {
			return []any{article, d.Text, d.Start, d.End, d.Sentence, d.Value, d.Vague, d.Relative}
		},
	})
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

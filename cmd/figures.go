package cmd

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

func init() {
	register(newFiguresCmd)
}

func newFiguresCmd(g *globals) *cobra.Command {
	return listFacts(g, &cobra.Command{
		Use:   "figures [PATH...]",
		Short: "List the figures the articles give: percentages, money, counts",
		Long: `figures lists every number with what it measures: the text as written, its
byte span, the sentence, the normalised value ("1,3 Milliarden" is 1300000000),
the unit (percent, percentage_points, EUR, USD, count, ...), the counted noun,
the hedge (rund, etwa, knapp, mehr als, bis zu, zeitweise, ...), the direction
(up, down) and what is measured (about).
` + factSources + `

--type selects units (percent, percentage_points, EUR, USD, count, ...);
--kind selects kinds of unit: money (a currency), share (percent or
percentage points), count, or other.

Rows are ordered by article ID, then position. JSON and NDJSON rows carry
article (full ID), text, start, end (byte offsets, end exclusive), sentence,
value, unit, noun, hedge, direction and about; so do CSV and TSV. Values are
plain decimals (1300000000, 4.45), never in exponent notation. The table,
fitted to the terminal's width (else COLUMNS, else 80), shows only article
(short ID), text (the hedge is part of it), value (at most four decimals),
unit (percentage points for percentage_points) and about: use csv or json
for every column.

Examples:
  corpus figures --kind money
  corpus figures --type percent --format csv
` + exitStatusHelp,
	}, factList[fact.Figure]{
		typeHelp: "only these units: percent, percentage_points, EUR, USD, count, ... (comma-separated)",
		kindHelp: "only these kinds of unit: money, share, count, other (comma-separated)",
		kinds:    []string{"money", "share", "count", "other"},
		typeOf:   func(x fact.Figure) string { return x.Unit },
		kindOf:   func(x fact.Figure) string { return figureKind(x.Unit) },
		get:      (*corpus.Store).Figures,
		pick:     func(r analyze.Result) []fact.Figure { return r.Figures },
		span:     figureSpan,
		columns: []string{"article", "text", "start", "end", "sentence", "value", "unit", "noun", "hedge",
			"direction", "about"},
		tableColumns: []string{"article", "text", "value", "unit", "about"},
		row: func(x fact.Figure, article string, table bool) []any {
			unit := x.Unit
			if table {
				unit = strings.ReplaceAll(unit, "_", " ")
			}
			return []any{article, x.Text, x.Start, x.End, x.Sentence, x.Value, unit, x.Noun, x.Hedge, x.Direction,
				x.About}
		},
	})
}

// figureKind groups units: money (a currency code), share, count, other.
func figureKind(unit string) string {
	switch {
	case unit == fact.UnitPercent || unit == fact.UnitPoints:
		return "share"
	case unit == fact.UnitCount:
		return "count"
	case len(unit) == 3 && strings.ToUpper(unit) == unit:
		return "money" // ISO 4217 codes: EUR, USD, CHF, GBP, ...
	default:
		return "other"
	}
}

package cmd

import (
	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

func init() {
	register(newEntitiesCmd)
}

func newEntitiesCmd(g *globals) *cobra.Command {
	return listFacts(g, &cobra.Command{
		Use:   "entities [PATH...]",
		Short: "List the people, organisations and places the articles name",
		Long: `entities lists every mention of a person (PER), organisation (ORG) or place
(LOC): its text as written, its byte span in the body, the sentence holding
it, the canonical name and, for organisations, a kind (bank, payment,
exchange, media, agency, company, public, party).
` + factSources + `

Rows are ordered by article ID, then position. JSON and NDJSON rows carry
article (full ID), text, start, end (byte offsets into the stored body, end
exclusive), sentence (index), name, type and kind; so do CSV and TSV. The
table, fitted to the terminal's width (else COLUMNS, else 80), shows only
article (short ID), text, name, type and kind: use csv or json for every
column.

Examples:
  corpus entities --type ORG --kind bank
  corpus entities --article 3fa9 --format json
  corpus entities ../articles/ --type PER
` + exitStatusHelp,
	}, factList[fact.Entity]{
		typeHelp: "only these types: PER, ORG, LOC (comma-separated)",
		kindHelp: "only organisations of these kinds: bank, payment, exchange, media, agency, company, public, party (comma-separated)",
		types:    []string{fact.PER, fact.ORG, fact.LOC},
		kinds: []string{fact.KindBank, fact.KindPayment, fact.KindExchange, fact.KindMedia,
			fact.KindAgency, fact.KindCompany, fact.KindPublic, fact.KindParty},
		typeOf:       func(e fact.Entity) string { return e.Type },
		kindOf:       func(e fact.Entity) string { return e.Kind },
		get:          (*corpus.Store).Entities,
		pick:         func(r analyze.Result) []fact.Entity { return r.Entities },
		span:         entitySpan,
		columns:      []string{"article", "text", "start", "end", "sentence", "name", "type", "kind"},
		tableColumns: []string{"article", "text", "name", "type", "kind"},
		row: func(e fact.Entity, article string, _ bool) []any {
			return []any{article, e.Text, e.Start, e.End, e.Sentence, e.Name, e.Type, e.Kind}
		},
	})
}

package cmd

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

// factFilter holds the filters shared by entities, figures and dates.
type factFilter struct {
	article string
	typ     string
	kind    string
}

func (f *factFilter) add(c *cobra.Command, typeHelp, kindHelp string) {
	c.Flags().StringVar(&f.article, "article", "", "only the article whose ID starts with this prefix")
	c.Flags().StringVar(&f.typ, "type", "", typeHelp)
	c.Flags().StringVar(&f.kind, "kind", "", kindHelp)
}

// matches reports whether value is one of the comma-separated wanted values
// (case-insensitive); an empty wanted list matches everything.
func matches(wanted, value string) bool {
	if wanted == "" {
		return true
	}
	for _, w := range strings.Split(wanted, ",") {
		if strings.EqualFold(strings.TrimSpace(w), value) {
			return true
		}
	}
	return false
}

// factSources is the help text on where facts come from.
const factSources = `Without PATH it reads the store (--db); with PATHs it reads and analyses
them in memory, as ingest would, without touching any store.`

func init() {
	register(newEntitiesCmd)
}

func newEntitiesCmd(g *globals) *cobra.Command {
	var f factFilter
	c := &cobra.Command{
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
		RunE: func(c *cobra.Command, args []string) error {
			return runEntities(g, &f, args)
		},
	}
	f.add(c, "only these types: PER, ORG, LOC (comma-separated)",
		"only organisations of these kinds: bank, payment, exchange, media, agency, company, public, party (comma-separated)")
	return c
}

func runEntities(g *globals, f *factFilter, paths []string) error {
	if err := unknownValue("--type", f.typ, fact.PER, fact.ORG, fact.LOC); err != nil {
		return err
	}
	if err := unknownValue("--kind", f.kind, fact.KindBank, fact.KindPayment, fact.KindExchange, fact.KindMedia,
		fact.KindAgency, fact.KindCompany, fact.KindPublic, fact.KindParty); err != nil {
		return err
	}
	all, err := factsOf(g, paths, f.article, (*corpus.Store).Entities,
		func(r analyze.Result) []fact.Entity { return r.Entities },
		func(e *fact.Entity) (*string, int, int) { return &e.Article, e.Start, e.End })
	if err != nil {
		return err
	}
	es := all[:0]
	for _, e := range all {
		if matches(f.typ, e.Type) && matches(f.kind, e.Kind) {
			es = append(es, e)
		}
	}
	table := strings.EqualFold(g.format, report.Table)
	cols := []string{"article", "text", "start", "end", "sentence", "name", "type", "kind"}
	w, err := report.NewWith(g.stdout, g.format, cols, report.TableColumns("article", "text", "name", "type", "kind"))
	if err != nil {
		return err
	}
	for _, e := range es {
		art := e.Article
		if table {
			art = shortID(art)
		}
		if err := w.Write(art, e.Text, e.Start, e.End, e.Sentence, e.Name, e.Type, e.Kind); err != nil {
			return err
		}
	}
	return w.Flush()
}

// factsOf returns the facts of one kind in the fixed order (article ID,
// start, end). From the store (no paths) it reads only that kind's table
// with get, so that listing the entities of a large store does not load its
// claims; from paths it analyses them in memory (loadFacts) and takes the
// kind from each result with pick. span gives a fact's article field (set
// from the article when analysing paths) and its span.
func factsOf[T any](g *globals, paths []string, prefix string,
	get func(*corpus.Store, ...string) ([]T, error), pick func(analyze.Result) []T,
	span func(*T) (*string, int, int)) ([]T, error) {
	if len(paths) == 0 {
		s, err := corpus.OpenExisting(g.db)
		if err != nil {
			return nil, err
		}
		defer s.Close()
		var ids []string
		if prefix != "" {
			id, err := s.Resolve(prefix)
			if err != nil {
				return nil, err
			}
			ids = []string{id}
		}
		return get(s, ids...) // already in the fixed order
	}
	fs, err := loadFacts(g, paths, prefix)
	if err != nil {
		return nil, err
	}
	var xs []T
	for i, a := range fs.Articles {
		for _, x := range pick(fs.Results[i]) {
			art, _, _ := span(&x)
			*art = a.ID
			xs = append(xs, x)
		}
	}
	sort.SliceStable(xs, func(i, j int) bool {
		a1, s1, e1 := span(&xs[i])
		a2, s2, e2 := span(&xs[j])
		return lessSpan(*a1, s1, e1, *a2, s2, e2)
	})
	return xs, nil
}

// unknownValue names a filter value that can never match, to catch typos.
func unknownValue(flag, wanted string, known ...string) error {
	if wanted == "" {
		return nil
	}
	for _, w := range strings.Split(wanted, ",") {
		ok := false
		for _, k := range known {
			if strings.EqualFold(strings.TrimSpace(w), k) {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("%s %q: want one of %s", flag, strings.TrimSpace(w), strings.Join(known, ", "))
		}
	}
	return nil
}

// lessSpan orders facts by article, then start, then end.
func lessSpan(a1 string, s1, e1 int, a2 string, s2, e2 int) bool {
	if a1 != a2 {
		return a1 < a2
	}
	if s1 != s2 {
		return s1 < s2
	}
	return e1 < e2
}

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

// factSources is the help text on where facts come from.
const factSources = `Without PATH it reads the store (--db); with PATHs it reads and analyses
them in memory, as ingest would, without touching any store.`

// factList is what a command listing one kind of fact (entities, figures,
// dates) has of its own; listFacts gives it the rest: the --article, --type
// and --kind flags, reading the store or the paths given, filtering and
// writing the rows in the chosen format.
type factList[T any] struct {
	// typeHelp and kindHelp are the help texts of --type and --kind.
	typeHelp, kindHelp string
	// types and kinds are the values --type and --kind know, to catch
	// typos; nil takes any value.
	types, kinds []string
	// typeOf and kindOf give the values of a fact that --type and --kind
	// select on.
	typeOf, kindOf func(T) string
	// get reads the facts of the given articles (of all without IDs) from
	// the store in the fixed order; pick takes them from an analysis.
	get  func(*corpus.Store, ...string) ([]T, error)
	pick func(analyze.Result) []T
	// span gives a fact's article field and its byte span.
	span func(*T) (*string, int, int)
	// columns are the columns of every format; tableColumns the ones the
	// table shows.
	columns, tableColumns []string
	// row gives the cells of x, one for each column; article is its
	// article ID as the format shows it (short in the table), and table
	// tells whether the row is for the table.
	row func(x T, article string, table bool) []any
}

// listFacts completes c, a command listing facts, with the --article,
// --type and --kind flags and a RunE that lists them as l says.
func listFacts[T any](g *globals, c *cobra.Command, l factList[T]) *cobra.Command {
	var f factFilter
	c.RunE = func(_ *cobra.Command, args []string) error {
		return l.run(g, &f, args)
	}
	f.add(c, l.typeHelp, l.kindHelp)
	return c
}

// run writes the facts of paths (of the store without paths) that f
// selects, ordered by article ID, then position.
func (l factList[T]) run(g *globals, f *factFilter, paths []string) error {
	if l.types != nil {
		if err := unknownValue("--type", f.typ, l.types...); err != nil {
			return err
		}
	}
	if l.kinds != nil {
		if err := unknownValue("--kind", f.kind, l.kinds...); err != nil {
			return err
		}
	}
	all, err := factsOf(g, paths, f.article, l.get, l.pick, l.span)
	if err != nil {
		return err
	}
	table := strings.EqualFold(g.format, report.Table)
	w, err := report.NewWith(g.stdout, g.format, l.columns, report.TableColumns(l.tableColumns...))
	if err != nil {
		return err
	}
	for _, x := range all {
		if !matches(f.typ, l.typeOf(x)) || !matches(f.kind, l.kindOf(x)) {
			continue
		}
		art, _, _ := l.span(&x)
		id := *art
		if table {
			id = shortID(id)
		}
		if err := w.Write(l.row(x, id, table)...); err != nil {
			return err
		}
	}
	return w.Flush()
}

// entitySpan, figureSpan and dateSpan give a fact's article field and its
// byte span, for factsOf and spanItems.
func entitySpan(e *fact.Entity) (*string, int, int) { return &e.Article, e.Start, e.End }
func figureSpan(x *fact.Figure) (*string, int, int) { return &x.Article, x.Start, x.End }
func dateSpan(d *fact.Date) (*string, int, int)     { return &d.Article, d.Start, d.End }

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
		ids, err := storedIDs(s, prefix)
		if err != nil {
			return nil, err
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

package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/report"
)

func init() {
	register(newFactsCmd)
}

// Fact kinds of the facts NDJSON, in the order they are written for each article.
const (
	factArticle = "article"
	factEntity  = "entity"
	factFigure  = "figure"
	factDate    = "date"
	factClaim   = "claim"
	factFinding = "finding"
)

func newFactsCmd(g *globals) *cobra.Command {
	var noCheck bool
	c := &cobra.Command{
		Use:   "facts [PATH...]",
		Short: "Write every fact as NDJSON in a stable order, for diffing two runs",
		Long: `facts writes every fact of the articles, one JSON object a line: each
article, then its entities, figures, dates and claims in the order of their
position, and at the end the findings of cross-checking (as corpus check
orders them). Every object has a "fact" field naming its kind (article,
entity, figure, date, claim, finding) and an "id" stable across runs:
the article ID for articles, ARTICLE:START-END for entities, figures and
dates, the claim ID for claims and the finding ID for findings.

Because order and IDs are stable, ` + "`git diff`" + ` of two runs, or
` + "`corpus diff OLD NEW`" + `, shows only what changed. Article rows carry the
metadata, not the body.
` + factSources + `

The only format is NDJSON (--format ndjson, also when --format is left at
its default).

Examples:
  corpus facts > facts.ndjson
  corpus facts articles/ --no-check > before.ndjson
` + exitStatusHelp,
		RunE: func(c *cobra.Command, args []string) error {
			if f := strings.ToLower(g.format); f != report.NDJSON && f != report.Table {
				return fmt.Errorf("--format %q: facts writes ndjson only", g.format)
			}
			return runFacts(g, args, !noCheck)
		},
	}
	c.Flags().BoolVar(&noCheck, "no-check", false, "leave out the findings of cross-checking")
	return c
}

func runFacts(g *globals, paths []string, withFindings bool) error {
	fs, err := loadFacts(g, paths, "")
	if err != nil {
		return err
	}
	var findings []fact.Finding
	if withFindings {
		if findings, err = checkFacts(g, fs, len(paths) == 0); err != nil {
			return err
		}
	}
	w := bufio.NewWriter(g.stdout)
	if err := writeFacts(w, fs, findings); err != nil {
		return err
	}
	return w.Flush()
}

// articleFact is what an article line carries: its metadata, no body.
type articleFact struct {
	SourceFile string            `json:"source_file"`
	SourceLine int               `json:"source_line"`
	Format     string            `json:"format"`
	URL        string            `json:"url"`
	Outlet     string            `json:"outlet"`
	Published  string            `json:"published"`
	Author     string            `json:"author"`
	Title      string            `json:"title"`
	Dateline   string            `json:"dateline"`
	Credits    []string          `json:"credits"`
	Words      int               `json:"words"`
	Group      string            `json:"group"`
	Rules      map[string]string `json:"rules"`
}

func spanID(article string, start, end int) string {
	return article + ":" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
}

// factItem is a fact of the facts NDJSON with its ID and span, by which
// the facts of one kind in an article are ordered.
type factItem struct {
	id    string
	start int
	end   int
	v     any
}

// spanItems are the facts xs of article as items identified by their span
// (ARTICLE:START-END), followed by suffix(x) when suffix is not nil; span
// gives a fact's article field, which is set to article, and its span.
func spanItems[T any](article string, xs []T, span func(*T) (*string, int, int), suffix func(T) string) []factItem {
	var items []factItem
	for _, x := range xs {
		art, start, end := span(&x)
		*art = article
		id := spanID(article, start, end)
		if suffix != nil {
			id += suffix(x)
		}
		items = append(items, factItem{id, start, end, x})
	}
	return items
}

// writeFacts writes the facts of fs as NDJSON in the stable order, the
// findings last.
func writeFacts(w *bufio.Writer, fs *factSet, findings []fact.Finding) error {
	order := make([]int, len(fs.Articles))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return fs.Articles[order[i]].ID < fs.Articles[order[j]].ID })
	emit := func(kind, id string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode %s %s: %w", kind, id, err)
		}
		var head []byte
		if kind == factClaim || kind == factFinding {
			// These carry their own "id" (the same as id): only name the kind.
			head, _ = json.Marshal(struct {
				Fact string `json:"fact"`
			}{kind})
		} else {
			head, _ = json.Marshal(struct {
				Fact string `json:"fact"`
				ID   string `json:"id"`
			}{kind, id})
		}
		w.Write(head[:len(head)-1])
		if len(b) > 2 {
			w.WriteByte(',')
			w.Write(b[1:])
		} else {
			w.WriteByte('}')
		}
		return w.WriteByte('\n')
	}
	emitAll := func(kind string, items []factItem) error {
		sort.SliceStable(items, func(i, j int) bool {
			if items[i].start != items[j].start {
				return items[i].start < items[j].start
			}
			if items[i].end != items[j].end {
				return items[i].end < items[j].end
			}
			return items[i].id < items[j].id
		})
		for _, it := range items {
			if err := emit(kind, it.id, it.v); err != nil {
				return err
			}
		}
		return nil
	}
	for _, i := range order {
		a, r := fs.Articles[i], fs.Results[i]
		credits := a.Credits
		if credits == nil {
			credits = []string{}
		}
		if err := emit(factArticle, a.ID, articleFact{a.SourceFile, a.SourceLine, a.Format, a.URL, a.Outlet,
			a.Published, a.Author, a.Title, a.Dateline, credits, a.Words, fs.Group[a.ID], a.Rules}); err != nil {
			return err
		}
		entityType := func(e fact.Entity) string { return ":" + e.Type }
		if err := emitAll(factEntity, spanItems(a.ID, r.Entities, entitySpan, entityType)); err != nil {
			return err
		}
		if err := emitAll(factFigure, spanItems(a.ID, r.Figures, figureSpan, nil)); err != nil {
			return err
		}
		if err := emitAll(factDate, spanItems(a.ID, r.Dates, dateSpan, nil)); err != nil {
			return err
		}
		var items []factItem
		for _, c := range r.Claims {
			c.Article = a.ID
			if c.ID == "" {
				c.ID = spanID(a.ID, c.Start, c.End)
			}
			items = append(items, factItem{c.ID, c.Start, c.End, c})
		}
		if err := emitAll(factClaim, items); err != nil {
			return err
		}
	}
	for _, f := range findings {
		if err := emit(factFinding, f.ID, f); err != nil {
			return err
		}
	}
	return nil
}

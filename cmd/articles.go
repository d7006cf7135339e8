package cmd

import (
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

type articlesOptions struct {
	article string
	outlet  string
	limit   int
	sort    string
}

// articleSorts are the orders --sort knows, the default first: the order
// of the store (source file, line, ID).
var articleSorts = []string{"source", "published", "id", "outlet"}

func init() {
	register(newArticlesCmd)
}

func newArticlesCmd(g *globals) *cobra.Command {
	var o articlesOptions
	c := &cobra.Command{
		Use:   "articles",
		Short: "List the stored articles",
		Long: `articles lists the articles in the store, ordered by source file, line
and ID: a short ID (12 hex digits; any unambiguous prefix works with show
and --article), outlet, publication date, author, title, word count and the
file it came from.

--sort orders the rows otherwise: published (oldest first; an article dated
only to the day comes before those of that day with a time, undated ones
last), id, or outlet (in German alphabetical order, articles without an
outlet last; each outlet's articles by publication date). Ties keep the
order of source file, line and ID. --limit applies after sorting.

JSON and NDJSON rows carry the full record: id, source_file, source_line,
format, url, outlet, published (ISO 8601, as precise as the text gives:
2018-08, 2018-08-07T09:38), author, title, dateline, credits (credited
sources), words, rules (which rule found each metadata field) and group
(the near-duplicate group: the smallest ID among the articles carrying the
same text, the article's own ID when it has no near-duplicate). CSV and TSV
have the same columns; the table shows the short ones.

Examples:
  corpus articles
  corpus articles --outlet "Süddeutsche Zeitung" --format csv
  corpus articles --sort published --limit 10
  corpus articles --format json | jq '.[].title'
` + exitStatusHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return runArticles(g, &o)
		},
	}
	c.Flags().StringVar(&o.article, "article", "", "only articles whose ID starts with this prefix")
	c.Flags().StringVar(&o.outlet, "outlet", "", "only articles of this outlet (exact name)")
	c.Flags().IntVar(&o.limit, "limit", 0, "at most this many articles (0: all)")
	c.Flags().StringVar(&o.sort, "sort", articleSorts[0],
		"order of the rows: source (source file, line, ID), published, id, outlet")
	return c
}

// shortID is the ID as the table shows it.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// tablePublished is an ISO 8601 publication time as the table shows it,
// with a space between date and time so that a narrow column can wrap it.
func tablePublished(p string) string {
	return strings.Replace(p, "T", " ", 1)
}

func runArticles(g *globals, o *articlesOptions) error {
	by := strings.ToLower(o.sort)
	if err := unknownValue("--sort", by, articleSorts...); err != nil {
		return err
	}
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return err
	}
	defer s.Close()
	table := strings.EqualFold(g.format, report.Table)
	w, err := report.NewWith(g.stdout, g.format, []string{"id", "source_file", "source_line", "format", "url", "outlet",
		"published", "author", "title", "dateline", "credits", "words", "rules", "group"},
		report.TableColumns("id", "outlet", "published", "title", "words"))
	if err != nil {
		return err
	}
	groups, err := s.GroupOf()
	if err != nil {
		return err
	}
	write := func(a corpus.Article) error {
		credits, rules := articleLists(a)
		group := a.ID
		if gid, ok := groups[a.ID]; ok {
			group = gid
		}
		id, published := a.ID, a.Published
		if table {
			id, published = shortID(id), tablePublished(published)
		}
		return w.Write(id, a.SourceFile, a.SourceLine, a.Format, a.URL, a.Outlet, published, a.Author, a.Title,
			a.Dateline, credits, a.Words, rules, group)
	}
	filter := corpus.Filter{IDPrefix: o.article, Outlet: o.outlet, Limit: o.limit}
	if by == articleSorts[0] {
		// The store's own order: stream the rows, holding none of them.
		err = s.EachArticle(filter, write)
	} else {
		err = writeSorted(s, filter, by, write)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

// writeSorted calls write with the articles f selects, in the order by
// names (published, id, outlet), at most f.Limit of them. It holds the
// selected articles' metadata (no bodies) in memory to sort them.
func writeSorted(s *corpus.Store, f corpus.Filter, by string, write func(corpus.Article) error) error {
	limit := f.Limit
	f.Limit = 0 // the limit applies after sorting
	as, err := s.Articles(f)
	if err != nil {
		return err
	}
	sort.SliceStable(as, articleLess(as, by))
	if limit > 0 && len(as) > limit {
		as = as[:limit]
	}
	for _, a := range as {
		if err := write(a); err != nil {
			return err
		}
	}
	return nil
}

// articleLess orders as by published, id or outlet; articles equal in that
// keep their order. Undated articles and articles without an outlet come
// last.
func articleLess(as []corpus.Article, by string) func(i, j int) bool {
	switch by {
	case "id":
		return func(i, j int) bool { return as[i].ID < as[j].ID }
	case "outlet":
		col := collate.New(language.German)
		return func(i, j int) bool {
			a, b := as[i], as[j]
			if (a.Outlet == "") != (b.Outlet == "") {
				return b.Outlet == ""
			}
			if c := col.CompareString(a.Outlet, b.Outlet); c != 0 {
				return c < 0
			}
			return publishedLess(a.Published, b.Published)
		}
	default: // published
		return func(i, j int) bool { return publishedLess(as[i].Published, as[j].Published) }
	}
}

// publishedLess orders ISO 8601 publication times, oldest first, the empty
// (unknown) one last. A value without time (2018-08-07) comes before the
// times of that day, one without day before the days of that month.
func publishedLess(a, b string) bool {
	if (a == "") != (b == "") {
		return b == ""
	}
	return a < b
}

// articleLists are the credits and rules of a, empty rather than nil so
// that JSON shows [] and {} rather than null.
func articleLists(a corpus.Article) ([]string, map[string]string) {
	credits, rules := a.Credits, a.Rules
	if credits == nil {
		credits = []string{}
	}
	if rules == nil {
		rules = map[string]string{}
	}
	return credits, rules
}

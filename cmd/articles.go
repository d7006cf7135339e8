package cmd

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

type articlesOptions struct {
	article string
	outlet  string
	limit   int
}

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
	err = s.EachArticle(corpus.Filter{IDPrefix: o.article, Outlet: o.outlet, Limit: o.limit}, func(a corpus.Article) error {
		rules := a.Rules
		if rules == nil {
			rules = map[string]string{}
		}
		credits := a.Credits
		if credits == nil {
			credits = []string{}
		}
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
	})
	if err != nil {
		return err
	}
	return w.Flush()
}

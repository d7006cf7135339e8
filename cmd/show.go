package cmd

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

func init() {
	register(newShowCmd)
}

func newShowCmd(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "show ID",
		Short: "Show one stored article: metadata, body and boilerplate",
		Long: `show prints one stored article: its metadata (with the rule that found each
field), its body as stored (NFC, boilerplate removed; every offset of every
fact points into it) and the boilerplate lines taken out of it, each marked
with its reason. Any unambiguous prefix of the ID is enough, as with git; an
ambiguous prefix lists the matching IDs.

With --format json, ndjson, csv or tsv it writes one row with the columns of
"corpus articles" plus body, boilerplate (a list of {text, reason}) and
near_duplicates (a list of {id, similarity}).

The table format (the default) is the text view above; on a terminal the
body and boilerplate are wrapped between words to its width, elsewhere each
paragraph stays one line.

Examples:
  corpus show 3fa9
  corpus show 3fa9 --format json
` + exitStatusHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runShow(g, args[0])
		},
	}
	return c
}

// nearRow is one near-duplicate link as show writes it.
type nearRow struct {
	ID         string  `json:"id"`
	Similarity float64 `json:"similarity"`
}

func runShow(g *globals, prefix string) error {
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return err
	}
	defer s.Close()
	a, err := s.Article(prefix)
	if err != nil {
		return err
	}
	pairs, err := s.Near(a.ID)
	if err != nil {
		return err
	}
	near := []nearRow{}
	for _, p := range pairs {
		other := p.A
		if other == a.ID {
			other = p.B
		}
		near = append(near, nearRow{ID: other, Similarity: p.Similarity})
	}
	if strings.EqualFold(g.format, report.Table) {
		width := 0 // no wrapping: one paragraph a line, for grep and pipes
		if f, ok := g.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			width = report.TerminalWidth(f)
		}
		return showText(g.stdout, a, near, width)
	}
	w, err := report.New(g.stdout, g.format, "id", "source_file", "source_line", "format", "url", "outlet",
		"published", "author", "title", "dateline", "credits", "words", "rules", "body", "boilerplate", "near_duplicates")
	if err != nil {
		return err
	}
	bp := a.Boilerplate
	if bp == nil {
		bp = []corpus.Boilerplate{}
	}
	credits, rules := articleLists(a)
	if err := w.Write(a.ID, a.SourceFile, a.SourceLine, a.Format, a.URL, a.Outlet, a.Published, a.Author, a.Title,
		a.Dateline, credits, a.Words, rules, a.Body, bp, near); err != nil {
		return err
	}
	return w.Flush()
}

// showText writes the article for a reader: metadata lines, the body, and
// the boilerplate marked as such. With width above 0 the body and the
// boilerplate are wrapped between words to width cells.
func showText(w io.Writer, a corpus.Article, near []nearRow, width int) error {
	fold := func(s string) string {
		if width <= 0 {
			return s
		}
		return report.Wrap(s, width)
	}
	var b strings.Builder
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%-10s %s\n", name+":", value)
		}
	}
	field("id", a.ID)
	src := a.SourceFile
	if a.SourceLine > 0 {
		src = fmt.Sprintf("%s:%d", a.SourceFile, a.SourceLine)
	}
	field("source", src)
	field("format", a.Format)
	field("url", a.URL)
	field("outlet", a.Outlet)
	field("published", a.Published)
	field("author", a.Author)
	field("title", a.Title)
	field("dateline", a.Dateline)
	field("credits", strings.Join(a.Credits, "; "))
	field("words", fmt.Sprint(a.Words))
	if len(a.Rules) > 0 {
		keys := make([]string, 0, len(a.Rules))
		for k := range a.Rules {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var rs []string
		for _, k := range keys {
			rs = append(rs, k+"="+a.Rules[k])
		}
		field("rules", strings.Join(rs, ", "))
	}
	for _, n := range near {
		field("near-dup", fmt.Sprintf("%s (similarity %.2f)", n.ID, n.Similarity))
	}
	b.WriteString("\n")
	b.WriteString(fold(strings.TrimRight(a.Body, "\n")))
	b.WriteString("\n")
	if len(a.Boilerplate) > 0 {
		b.WriteString("\n--- boilerplate, not part of the body ---\n")
		for _, bp := range a.Boilerplate {
			b.WriteString(fold(fmt.Sprintf("[%s] %s", bp.Reason, bp.Text)) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

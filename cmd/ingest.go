package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/corpus-news/corpus/corpus"
)

// readFlags are the reader flags shared by ingest and the commands that
// analyse paths given on the command line.
type readFlags struct {
	format    string
	fields    []string
	delimiter string
	quote     string
	textCol   string
	header    string
}

func (f *readFlags) add(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&f.format, "input-format", "", "read every input as this format: txt, jsonl, json, csv, html (default: by extension)")
	fl.StringArrayVar(&f.fields, "field", nil, "map an article field to an input field or column, FIELD=NAME (fields: text, title, published, outlet, url, author, id); repeatable")
	fl.StringVar(&f.delimiter, "csv-delimiter", "", `CSV field separator: one character, or "tab" (default: detected)`)
	fl.StringVar(&f.quote, "csv-quote", "", `CSV quote character (default: detected, ' or ")`)
	fl.StringVar(&f.textCol, "csv-text-column", "", "CSV column holding the article text (same as --field text=NAME)")
	fl.StringVar(&f.header, "csv-header", "auto", "whether the first CSV row names the columns: auto, yes, no")
}

// options turns the flags into reader options.
func (f *readFlags) options() (corpus.Options, error) {
	var o corpus.Options
	o.Format = strings.ToLower(f.format)
	switch o.Format {
	case "", "txt", "text", "jsonl", "ndjson", "json", "csv", "tsv", "html", "htm":
	default:
		return o, fmt.Errorf("--input-format %q: want txt, jsonl, json, csv or html", f.format)
	}
	for _, kv := range f.fields {
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return o, fmt.Errorf("--field %q: want FIELD=NAME, e.g. --field text=body", kv)
		}
		if o.Fields == nil {
			o.Fields = map[string]string{}
		}
		o.Fields[strings.ToLower(k)] = v
	}
	if f.textCol != "" {
		if o.Fields == nil {
			o.Fields = map[string]string{}
		}
		o.Fields["text"] = f.textCol
	}
	var err error
	if o.CSVDelimiter, err = oneRune("--csv-delimiter", f.delimiter); err != nil {
		return o, err
	}
	if o.CSVQuote, err = oneRune("--csv-quote", f.quote); err != nil {
		return o, err
	}
	switch strings.ToLower(f.header) {
	case "", "auto":
		o.CSVHeader = corpus.HeaderAuto
	case "yes", "true":
		o.CSVHeader = corpus.HeaderYes
	case "no", "false":
		o.CSVHeader = corpus.HeaderNo
	default:
		return o, fmt.Errorf("--csv-header %q: want auto, yes or no", f.header)
	}
	return o, nil
}

// oneRune reads a one-character flag value; "tab" and `\t` mean a tab.
func oneRune(flag, s string) (rune, error) {
	switch s {
	case "":
		return 0, nil
	case "tab", `\t`:
		return '\t', nil
	}
	r := []rune(s)
	if len(r) != 1 {
		return 0, fmt.Errorf("%s %q: want one character", flag, s)
	}
	return r[0], nil
}

type ingestOptions struct {
	read      readFlags
	noExtract bool
	workers   int
}

func init() {
	register(newIngestCmd)
}

func newIngestCmd(g *globals) *cobra.Command {
	var o ingestOptions
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their facts and store them",
		Long: `ingest reads articles from files and folders (recursively; "-" is stdin,
.gz files are read transparently), finds their metadata and boilerplate,
extracts entities, figures, dates and claims, links near-duplicates, and
stores it all in the store (--db, default corpus.db).

Formats are recognised by extension: .txt (one article a file), .jsonl and
.json (news-please and FANG-COVID field names, others with --field), .csv
(a text column and optional metadata columns), .html (main-text extraction).

An article's ID derives from its normalised title and body, and from the
record's own identifier when it has one (a JSON id, _id or guid field, a CSV
id column, or --field id=NAME): records repeating one text under two
identifiers are two articles, linked as near-duplicates. Ingesting the same
input twice adds nothing. Articles are analysed in parallel on
every core and stored in input order, in transactions of batches: an ingest
stopped by Ctrl-C or kill leaves a consistent store, and running it again
completes the job. Input that cannot be read is reported as
"file:line: reason" and skipped; the run goes on.

A progress bar is shown on stderr when it is a terminal; a summary line
follows (both left out with --quiet): articles stored, already stored,
duplicates in the input (the same title and body twice), skipped inputs,
and the MB/s of article text. Skipped inputs are named even with --quiet
(the first 20 of them). An analyser failing on one article leaves that
article stored without facts; a later ingest analyses it again.

Examples:
  corpus ingest articles/
  corpus ingest --db news.db fang_covid.jsonl.gz
  corpus ingest --csv-delimiter ';' --csv-quote "'" --csv-text-column text test.csv
  corpus ingest --field text=content --field title=headline export.jsonl
` + exitStatusHelp + `  Bad input alone does not fail an ingest: the exit status is 2 only when no
  article could be read at all, or the store failed.
`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runIngest(c.Context(), g, &o, args)
		},
	}
	o.read.add(c)
	c.Flags().BoolVar(&o.noExtract, "no-extract", false, "store articles without extracting facts (to measure ingest alone)")
	c.Flags().IntVar(&o.workers, "workers", 0, "analysing goroutines (default: the number of cores)")
	return c
}

// maxSkipMessages caps the skipped-input lines printed; the summary counts all.
const maxSkipMessages = 20

func runIngest(ctx context.Context, g *globals, o *ingestOptions, paths []string) error {
	ropts, err := o.read.options()
	if err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	// The first Ctrl-C stops the ingest after committing what is done; a
	// second one, no longer caught, ends the process at once (the store
	// stays consistent either way).
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()

	s, err := corpus.Open(g.db)
	if err != nil {
		return err
	}
	defer s.Close()

	bar := newProgress(g)
	skipped := 0
	start := time.Now()
	stats, err := corpus.Ingest(ctx, s, paths, corpus.IngestOptions{
		Read:    ropts,
		Extract: !o.noExtract,
		Workers: o.workers,
		Skip: func(e *corpus.InputError) {
			skipped++
			if bar != nil {
				bar.Clear()
			}
			if skipped <= maxSkipMessages && errors.Is(e, corpus.ErrAnalysis) {
				fmt.Fprintf(g.stderr, "corpus: %v\n", e)
			} else if skipped <= maxSkipMessages {
				fmt.Fprintf(g.stderr, "corpus: skipped %v\n", e)
			} else if skipped == maxSkipMessages+1 {
				fmt.Fprintf(g.stderr, "corpus: more problems; only the counts follow\n")
			}
		},
		Progress: func(st corpus.IngestStats) {
			if bar != nil {
				bar.Set(st.Read)
			}
		},
		Notice: func(msg string) {
			if !g.quiet {
				fmt.Fprintf(g.stderr, "corpus: %s\n", msg)
			}
		},
	})
	if bar != nil {
		bar.Finish()
		bar.Clear()
		fmt.Fprintln(g.stderr)
	}
	if !g.quiet {
		fmt.Fprintln(g.stderr, summary(stats, time.Since(start)))
	}
	if errors.Is(err, context.Canceled) {
		return errors.New("interrupted: what is stored stays; run the same ingest again to complete it")
	}
	if err != nil {
		return err
	}
	if stats.Read == 0 {
		return errors.New("no article could be read")
	}
	return nil
}

// summary is the line printed after an ingest.
func summary(st corpus.IngestStats, took time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "stored %d, already stored %d", st.Stored, st.Existed)
	if st.Duplicates > 0 {
		fmt.Fprintf(&b, ", duplicates in the input %d", st.Duplicates)
	}
	if st.Analyzed > 0 {
		fmt.Fprintf(&b, ", analysed %d stored earlier", st.Analyzed)
	}
	fmt.Fprintf(&b, ", skipped %d", st.Skipped)
	if st.Failed > 0 {
		fmt.Fprintf(&b, ", analysis failed for %d (stored without facts)", st.Failed)
	}
	secs := took.Seconds()
	if secs > 0 {
		fmt.Fprintf(&b, " (%d articles, %.1f MB of text in %.1f s, %.1f MB/s)", st.Read, float64(st.Bytes)/1e6, secs,
			float64(st.Bytes)/1e6/secs)
	}
	return b.String()
}

// newProgress returns a progress bar on stderr when stderr is a terminal
// and --quiet is off, else nil.
func newProgress(g *globals) *progressbar.ProgressBar {
	if g.quiet || !isTerminal(g.stderr) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(g.stderr),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
	)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

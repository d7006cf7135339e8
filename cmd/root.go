// Package cmd wires the corpus command line: flags, commands and exit codes.
// It holds no analysis of its own; each command parses its flags, calls the
// corpus, analyze and report packages, and maps errors to exit codes here.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// Exit codes, the same for every command.
const (
	ExitOK       = 0 // success, nothing asked for was found
	ExitFindings = 1 // findings where asked (--fail-on), or diff found changes
	ExitError    = 2 // bad usage, nothing could be read, or the store failed
)

const exitStatusHelp = `
EXIT STATUS
  0  success
  1  findings where asked for (check --fail-on, diff with changes)
  2  error: bad usage, no input could be read, or the store failed
`

// ErrFindings is returned by a command that ran well but found what the user
// asked it to fail on; Execute maps it to exit status 1.
var ErrFindings = errors.New("findings")

// globals are the flags every command shares.
type globals struct {
	db     string
	format string
	quiet  bool
	stdout io.Writer
	stderr io.Writer

	// cpuprofile is the hidden --cpuprofile flag, for developers: the
	// file a CPU profile of the whole command is written to.
	cpuprofile string
	profile    *os.File // open while the profile is taken
}

var commands []func(*globals) *cobra.Command

// register adds a command constructor; each command file calls it from init.
func register(newCmd func(*globals) *cobra.Command) {
	commands = append(commands, newCmd)
}

// NewRoot builds the root command with every registered command under it.
func NewRoot(stdout, stderr io.Writer) *cobra.Command {
	root, _ := newRoot(stdout, stderr)
	return root
}

// newRoot is NewRoot that also returns the globals the flags fill in.
func newRoot(stdout, stderr io.Writer) (*cobra.Command, *globals) {
	g := &globals{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "corpus",
		Short: "Cross-check German news: entities, figures, dates, claims and contradictions",
		Long: `corpus reads German news articles, pulls out who and what they name
(people, organisations, places, figures, dates), extracts the claims they carry
with who makes them, and cross-checks those claims across sources.

Typical use:
  corpus ingest articles/          store articles and their facts in corpus.db
  corpus articles                  list what is stored
  corpus claims --stance denies    who denies what
  corpus check                     corroborations and contradictions
` + exitStatusHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	defaultDB := os.Getenv("CORPUS_DB")
	if defaultDB == "" {
		defaultDB = "corpus.db"
	}
	root.PersistentFlags().StringVar(&g.db, "db", defaultDB, "path of the SQLite store (env CORPUS_DB)")
	root.PersistentFlags().StringVarP(&g.format, "format", "f", "table", "output format: table, csv, tsv, json, ndjson")
	root.PersistentFlags().BoolVarP(&g.quiet, "quiet", "q", false, "no progress or summary on stderr")
	root.PersistentFlags().StringVar(&g.cpuprofile, "cpuprofile", "", "write a CPU profile of the command to this file (for developers; see DEVELOPERS.md)")
	_ = root.PersistentFlags().MarkHidden("cpuprofile") // the flag exists: MarkHidden cannot fail
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return g.startProfile() }
	for _, newCmd := range commands {
		root.AddCommand(newCmd(g))
	}
	return root, g
}

// startProfile starts the CPU profile asked for with --cpuprofile.
func (g *globals) startProfile() error {
	if g.cpuprofile == "" {
		return nil
	}
	f, err := os.Create(g.cpuprofile)
	if err != nil {
		return fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpuprofile %s: %w", g.cpuprofile, err)
	}
	g.profile = f
	return nil
}

// stopProfile ends the CPU profile, if one is being taken, and closes its
// file; it runs whether the command succeeded or not.
func (g *globals) stopProfile() error {
	if g.profile == nil {
		return nil
	}
	pprof.StopCPUProfile()
	err := g.profile.Close()
	g.profile = nil
	if err != nil {
		return fmt.Errorf("--cpuprofile %s: %w", g.cpuprofile, err)
	}
	return nil
}

// Execute runs the command line and returns the process exit status.
func Execute() int {
	return run(os.Args[1:], os.Stdout, os.Stderr)
}

func run(args []string, stdout, stderr io.Writer) int {
	root, g := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if perr := g.stopProfile(); perr != nil && err == nil {
		err = perr
	}
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, ErrFindings):
		return ExitFindings
	default:
		fmt.Fprintf(stderr, "corpus: %v\n", err)
		return ExitError
	}
}

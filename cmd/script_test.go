package cmd

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var updateScripts = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar (cmp with a file of the archive)")

// TestMain lets the test binary act as the corpus command inside scripts:
// testscript puts a "corpus" on the scripts' PATH that runs run().
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"corpus": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs every testdata/script/*.txtar as a user types it.
//
// Scripts get, besides what testscript gives them:
//   - $REPO, the repository root, so that $REPO/testdata/stories can be read
//     in place;
//   - $SHARED, ../shared beside the repository (seeds, gold, data), and the
//     condition [shared], true when $SHARED/seeds exists; a script that needs
//     it starts with `[!shared] skip 'needs ../shared/seeds'`;
//   - the command `exitcode N cmd args...`, which runs cmd and fails unless
//     its exit status is exactly N (`! exec` only knows non-zero).
//
// CORPUS_DB is unset, so the store is corpus.db in the script's $WORK.
func TestScripts(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(filepath.Dir(root), "shared")
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		UpdateScripts:       *updateScripts,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", root)
			env.Setenv("SHARED", shared)
			env.Setenv("CORPUS_DB", "")
			env.Setenv("TZ", "Europe/Berlin")
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "shared":
				_, err := os.Stat(filepath.Join(shared, "seeds"))
				return err == nil, nil
			}
			return false, errors.New("unknown condition " + cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": cmdExitCode,
		},
	})
}

// cmdExitCode runs `exitcode N cmd args...` and checks the exit status.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exitcode")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exitcode N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: bad status %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// repoRoot walks up from the working directory to the folder with go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root, ok := moduleRoot(dir)
	if !ok {
		return "", errors.New("go.mod not found above the working directory")
	}
	return root, nil
}

package cmd

import (
	"fmt"
	"os"
	"path/filepath"
)

// moduleRoot is the nearest folder at or above dir that holds go.mod: the
// repository root when dir is inside the repository. ok is false when no
// folder above dir has one.
func moduleRoot(dir string) (root string, ok bool) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// repoPath finds rel under the repository root (the folder holding go.mod,
// walking up from the working directory), for commands whose default data
// lives in the repository (testdata/claims, testdata/stories).
func repoPath(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	root, ok := moduleRoot(dir)
	if !ok {
		return "", fmt.Errorf("%s: no go.mod above %s (give the path)", rel, dir)
	}
	return filepath.Join(root, rel), nil
}

// sharedPath finds rel under ../shared beside the repository: it walks up
// from the working directory to the folder holding go.mod and looks beside
// it; without a go.mod it tries ../shared from the working directory.
func sharedPath(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	if root, ok := moduleRoot(dir); ok {
		p := filepath.Join(filepath.Dir(root), "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("../shared/%s not found beside the repository or the working directory (give the path)", rel)
	}
	return p, nil
}

// optionalArg is the one optional argument of a command (cobra.MaximumNArgs(1)),
// "" when it is not given.
func optionalArg(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

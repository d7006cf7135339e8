package cmd

import (
	"fmt"
	"os"
	"path/filepath"
)

// repoPath finds rel under the repository root (the folder holding go.mod,
// walking up from the working directory), for commands whose default data
// lives in the repository (testdata/claims, testdata/stories).
func repoPath(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, rel), nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%s: no go.mod above %s (give the path)", rel, dir)
		}
		d = parent
	}
}

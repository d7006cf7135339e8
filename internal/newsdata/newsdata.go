// Package newsdata finds the repository and reads the unlabelled German news
// in ../shared/data that the project's trainers learn from (tools/trainner's
// word statistics, tools/trainclusters' word clusters), in one fixed order so
// that what they build is the same on every run.
package newsdata

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// RepoRoot walks up from the working directory to the folder with go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// EachText calls fn with every unlabelled text under data, in a fixed order:
// the articles of 10kGNAD's test.csv (skipped when absent), then FANG-COVID's
// articles (header, a blank line, body) until about maxBytes bytes have been
// read in all. A missing FANG-COVID file is an error that wraps
// fs.ErrNotExist, for callers to which it is optional.
func EachText(data string, maxBytes int, fn func(string)) error {
	budget := maxBytes
	gnad := filepath.Join(data, "10kgnad", "test.csv")
	if f, err := os.Open(gnad); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.IndexByte(line, ';'); i >= 0 {
				t := strings.Trim(line[i+1:], "'")
				budget -= len(t)
				fn(t)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("read %s: %w", gnad, err)
		}
	}
	fang := filepath.Join(data, "fang-covid", "fang_covid.jsonl.gz")
	f, err := os.Open(fang)
	if err != nil {
		return fmt.Errorf("open %s: %w", fang, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", fang, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && budget > 0 {
		var a struct {
			Header  string `json:"header"`
			Article string `json:"article"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			continue
		}
		budget -= len(a.Header) + len(a.Article)
		fn(a.Header + "\n\n" + a.Article)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", fang, err)
	}
	return nil
}

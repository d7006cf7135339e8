package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/report"
)

func init() {
	register(newDiffCmd)
}

func newDiffCmd(g *globals) *cobra.Command {
	var list bool
	c := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Compare two facts NDJSON files: added, removed and changed facts by kind",
		Long: `diff reads two files written by ` + "`corpus facts`" + ` and summarises, for each
kind of fact (article, entity, figure, date, claim, finding), how many were
added, removed and changed (same kind and id, different content), and how
many stayed the same. With --list it lists every fact that differs instead:
change (added, removed, changed), fact, id.

It exits with status 1 when the files differ and 0 when they hold the same
facts, whatever the order of their lines.

Examples:
  corpus facts > before.ndjson; (change something); corpus facts > after.ndjson
  corpus diff before.ndjson after.ndjson
  corpus diff --list --format csv before.ndjson after.ndjson
` + exitStatusHelp,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			return runDiff(g, args[0], args[1], list)
		},
	}
	c.Flags().BoolVar(&list, "list", false, "list each fact that differs instead of the summary")
	return c
}

// factKey names one fact: its kind and id.
type factKey struct{ fact, id string }

// readFactsFile reads an NDJSON facts file into kind+id -> canonical JSON.
func readFactsFile(path string) (map[factKey]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	defer f.Close()
	out := map[factKey]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var obj map[string]any
		if err := json.Unmarshal(b, &obj); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON object: %w", path, line, err)
		}
		kind, _ := obj["fact"].(string)
		id, _ := obj["id"].(string)
		if kind == "" || id == "" {
			return nil, fmt.Errorf("%s:%d: no \"fact\" or \"id\" field", path, line)
		}
		canon, err := json.Marshal(obj) // sorted keys: the order of fields does not count
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out[factKey{kind, id}] = string(canon)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// factChange is one fact that differs between two runs.
type factChange struct {
	change string // added, removed, changed
	key    factKey
}

// diffFacts compares two runs; changes come sorted by kind, id and change.
func diffFacts(old, new map[factKey]string) (changes []factChange, same map[string]int) {
	same = map[string]int{}
	for k, v := range old {
		nv, ok := new[k]
		switch {
		case !ok:
			changes = append(changes, factChange{"removed", k})
		case nv != v:
			changes = append(changes, factChange{"changed", k})
		default:
			same[k.fact]++
		}
	}
	for k := range new {
		if _, ok := old[k]; !ok {
			changes = append(changes, factChange{"added", k})
		}
	}
	sort.Slice(changes, func(i, j int) bool {
		a, b := changes[i], changes[j]
		if a.key.fact != b.key.fact {
			return factRank(a.key.fact) < factRank(b.key.fact)
		}
		if a.key.id != b.key.id {
			return a.key.id < b.key.id
		}
		return a.change < b.change
	})
	return changes, same
}

var factOrder = []string{factArticle, factEntity, factFigure, factDate, factClaim, factFinding}

func factRank(kind string) int {
	for i, k := range factOrder {
		if k == kind {
			return i
		}
	}
	return len(factOrder)
}

func runDiff(g *globals, oldPath, newPath string, list bool) error {
	old, err := readFactsFile(oldPath)
	if err != nil {
		return err
	}
	new, err := readFactsFile(newPath)
	if err != nil {
		return err
	}
	changes, same := diffFacts(old, new)
	if list {
		w, err := report.New(g.stdout, g.format, "change", "fact", "id")
		if err != nil {
			return err
		}
		for _, c := range changes {
			if err := w.Write(c.change, c.key.fact, c.key.id); err != nil {
				return err
			}
		}
		if err := w.Flush(); err != nil {
			return err
		}
	} else {
		type counts struct{ added, removed, changed int }
		by := map[string]*counts{}
		kinds := map[string]bool{}
		for k := range same {
			kinds[k] = true
		}
		for _, c := range changes {
			kinds[c.key.fact] = true
			if by[c.key.fact] == nil {
				by[c.key.fact] = &counts{}
			}
			switch c.change {
			case "added":
				by[c.key.fact].added++
			case "removed":
				by[c.key.fact].removed++
			default:
				by[c.key.fact].changed++
			}
		}
		names := make([]string, 0, len(kinds))
		for k := range kinds {
			names = append(names, k)
		}
		sort.Slice(names, func(i, j int) bool {
			if ri, rj := factRank(names[i]), factRank(names[j]); ri != rj {
				return ri < rj
			}
			return names[i] < names[j]
		})
		w, err := report.New(g.stdout, g.format, "fact", "added", "removed", "changed", "unchanged")
		if err != nil {
			return err
		}
		for _, k := range names {
			c := by[k]
			if c == nil {
				c = &counts{}
			}
			if err := w.Write(k, c.added, c.removed, c.changed, same[k]); err != nil {
				return err
			}
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	if len(changes) > 0 {
		return fmt.Errorf("%w: %d facts differ", ErrFindings, len(changes))
	}
	return nil
}

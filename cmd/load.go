package cmd

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/corpus"
)

// factSet is what a command that reads facts works on: articles, the facts
// of each, and their near-duplicate groups.
type factSet struct {
	// Articles in the fixed order (source file, line, ID). From the store
	// they come without Body and Boilerplate (see loadBodies); from paths
	// they carry them.
	Articles []corpus.Article
	// Results[i] holds the facts of Articles[i].
	Results []analyze.Result
	// Group maps an article ID to the ID of its near-duplicate group (the
	// smallest ID in it); an article in no group maps to itself.
	Group map[string]string
}

// loadFacts returns the articles a command works on and their facts.
//
// With paths, it reads them as ingest does (default reader options), analyses
// every article in memory on all cores, and touches no store; inputs that
// cannot be read are reported on stderr and skipped, and it fails only when
// no article could be read. Without paths, it reads articles and facts from
// the store at g.db (which must exist); articles stored with --no-extract
// have empty results.
//
// articlePrefix, when not empty, keeps only the article whose ID starts with
// it; from the store an unknown or ambiguous prefix is an error, from paths
// every article with that prefix is kept.
func loadFacts(g *globals, paths []string, articlePrefix string) (*factSet, error) {
	if len(paths) > 0 {
		return analysePaths(g, paths, articlePrefix)
	}
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	fs := &factSet{Group: map[string]string{}}
	ids, err := storedIDs(s, articlePrefix)
	if err != nil {
		return nil, err
	}
	if len(ids) == 1 {
		a, err := s.Article(ids[0])
		if err != nil {
			return nil, err
		}
		a.Body, a.Boilerplate = "", nil
		fs.Articles = []corpus.Article{a}
	} else if fs.Articles, err = s.Articles(corpus.Filter{}); err != nil {
		return nil, err
	}
	res, err := s.Results(ids...)
	if err != nil {
		return nil, err
	}
	fs.Results = make([]analyze.Result, len(fs.Articles))
	for i, a := range fs.Articles {
		if r := res[a.ID]; r != nil {
			fs.Results[i] = *r
		}
	}
	groups, err := s.GroupOf()
	if err != nil {
		return nil, err
	}
	for _, a := range fs.Articles {
		fs.Group[a.ID] = a.ID
		if gid, ok := groups[a.ID]; ok {
			fs.Group[a.ID] = gid
		}
	}
	return fs, nil
}

// storedIDs are the IDs of the stored articles prefix selects: the one
// article whose ID starts with it, or none, meaning every article, when
// prefix is empty. An unknown or ambiguous prefix is an error.
func storedIDs(s *corpus.Store, prefix string) ([]string, error) {
	if prefix == "" {
		return nil, nil
	}
	id, err := s.Resolve(prefix)
	if err != nil {
		return nil, err
	}
	return []string{id}, nil
}

// loadBodies fills in Body and Boilerplate of articles loaded from the store.
func loadBodies(g *globals, fs *factSet) error {
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return err
	}
	defer s.Close()
	for i, a := range fs.Articles {
		if a.Body != "" {
			continue
		}
		full, err := s.Article(a.ID)
		if err != nil {
			return err
		}
		fs.Articles[i].Body, fs.Articles[i].Boilerplate = full.Body, full.Boilerplate
	}
	return nil
}

// analysePaths reads paths and analyses their articles in memory.
func analysePaths(g *globals, paths []string, articlePrefix string) (*factSet, error) {
	prefix := strings.ToLower(articlePrefix)
	var arts []corpus.Article
	seen := map[string]bool{}
	skipped := 0
	err := corpus.Read(paths, corpus.Options{}, func(a corpus.Article) error {
		if seen[a.ID] || !strings.HasPrefix(a.ID, prefix) {
			return nil
		}
		seen[a.ID] = true
		arts = append(arts, a)
		return nil
	}, func(e *corpus.InputError) {
		skipped++
		if skipped <= maxSkipMessages {
			fmt.Fprintf(g.stderr, "corpus: skipped %v\n", e)
		}
	})
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		if prefix != "" && len(seen) == 0 && skipped == 0 {
			return nil, fmt.Errorf("article %s: %w", articlePrefix, corpus.ErrNotFound)
		}
		return nil, errors.New("no article could be read")
	}
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i], arts[j]
		if a.SourceFile != b.SourceFile {
			return a.SourceFile < b.SourceFile
		}
		if a.SourceLine != b.SourceLine {
			return a.SourceLine < b.SourceLine
		}
		return a.ID < b.ID
	})
	fs := &factSet{Articles: arts, Results: make([]analyze.Result, len(arts))}
	p := analyze.New()
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fs.Results[i] = analyseOne(g, p, arts[i])
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	fs.Group = corpus.GroupsOf(arts)
	return fs, nil
}

// stderrMu keeps warnings of concurrent analyses on their own lines.
var stderrMu sync.Mutex

// analyseOne runs the pipeline on a; an analyser that panics leaves the
// article without facts and a warning on stderr instead of ending the run.
func analyseOne(g *globals, p *analyze.Pipeline, a corpus.Article) (r analyze.Result) {
	defer func() {
		if v := recover(); v != nil {
			stderrMu.Lock()
			fmt.Fprintf(g.stderr, "corpus: %s: analysis failed, no facts for article %s: panic: %v\n",
				a.SourceFile, shortID(a.ID), v)
			stderrMu.Unlock()
			r = analyze.Result{}
		}
	}()
	return p.Analyze(analyze.Input{ID: a.ID, Body: a.Body, Published: a.Published, Outlet: a.Outlet, Credits: a.Credits})
}

package corpus

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/corpus-news/corpus/analyze"
)

// IngestOptions say how Ingest reads, analyses and stores.
type IngestOptions struct {
	Read       Options           // how to read the inputs
	Extract    bool              // run the analysis pipeline and store the facts
	Pipeline   *analyze.Pipeline // the pipeline to share; nil builds one when Extract is set
	Workers    int               // analysing goroutines; 0 means GOMAXPROCS
	BatchSize  int               // articles a transaction at most; 0 means 2000
	BatchBytes int               // body bytes a transaction at most; 0 means 16 MiB
	BatchTime  time.Duration     // commit at least this often; 0 means 2 s
	// Skip is told of every input that could not be read, and of every
	// article whose analysis failed (it is stored without facts); the run
	// goes on. Calls never overlap.
	Skip func(*InputError)
	// Progress is called after each article is read, stored, found stored
	// or skipped; calls never overlap.
	Progress func(IngestStats)
}

// ErrAnalysis marks an article whose analysis failed; Ingest stores it
// without facts and reports it to IngestOptions.Skip.
var ErrAnalysis = errors.New("analysis failed")

// IngestStats counts what an ingest did.
type IngestStats struct {
	Read     int // articles read from the inputs
	Stored   int // new articles stored
	Analyzed int // articles stored earlier without facts whose facts were added
	Existed  int // articles already stored before this run: nothing added
	// Duplicates are articles read more than once in this run (the same
	// ID: the same title and body in two records): stored once.
	Duplicates int
	Skipped    int   // inputs that could not be read (see IngestOptions.Skip)
	Failed     int   // articles whose analysis failed: stored without facts, analysed again by a later ingest
	Bytes      int64 // bytes of article body read
}

// job is one article on its way through the workers, numbered in input
// order so that the committer can store in that order.
type job struct {
	seq      int
	article  Article
	analyze  bool // run the pipeline
	fresh    bool // not stored yet (else only its facts are added)
	result   *analyze.Result
	near     *Fingerprint
	failed   error // the analysis panicked: stored without facts
	dup      bool  // already stored by this run
	err      error
	finished chan struct{}
}

// Ingest reads paths, analyses each new article (when opts.Extract) on a
// pool of goroutines sharing one pipeline, and stores articles with their
// facts and near-duplicate links in input order, in transactions of batches.
// Articles already stored are not analysed again. When ctx is cancelled, or
// the process is killed, every committed batch stays and the store is
// consistent; running Ingest again completes the job without duplicates.
//
// Ingest returns an error only when the store fails or ctx is cancelled; bad
// input goes to opts.Skip and is counted.
func Ingest(ctx context.Context, s *Store, paths []string, opts IngestOptions) (IngestStats, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 2000
	}
	if opts.BatchBytes <= 0 {
		opts.BatchBytes = 16 << 20
	}
	if opts.BatchTime <= 0 {
		opts.BatchTime = 2 * time.Second
	}
	p := opts.Pipeline
	if opts.Extract && p == nil {
		p = analyze.New()
	}
	// Articles stored by this run have a seq above lastSeq: an article
	// found stored with such a seq was read twice.
	lastSeq, err := s.maxSeq()
	if err != nil {
		return IngestStats{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu    sync.Mutex // guards stats, which the reader and committer both count
		stats IngestStats
	)
	progress := func() {
		if opts.Progress != nil {
			opts.Progress(stats)
		}
	}
	var skipMu sync.Mutex
	skip := func(e *InputError) {
		if opts.Skip != nil {
			skipMu.Lock()
			opts.Skip(e)
			skipMu.Unlock()
		}
	}
	count := func(f func(*IngestStats)) {
		mu.Lock()
		f(&stats)
		progress()
		mu.Unlock()
	}

	// The window bounds the articles in flight, and so memory: the reader
	// waits for a slot, the committer frees it once the article is written.
	window := make(chan struct{}, 4*workers+16)
	jobs := make(chan *job, workers)
	ordered := make(chan *job, cap(window))

	// Workers analyse; each job's finished channel closes when it is done,
	// and the committer waits on them in input order.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				// Whether the article is stored is asked here, off the
				// reader's path; only the committer writes, and it asks
				// again inside its transaction, so an article read twice
				// in one run (both copies in flight) is stored once. No
				// set of the IDs read is kept: memory stays bounded
				// whatever the input size.
				seq, analyzed, err := s.status1(j.article.ID)
				if err != nil {
					j.err = err
					close(j.finished)
					continue
				}
				j.fresh = seq == 0
				j.dup = seq > lastSeq // stored by this run: read twice
				j.analyze = opts.Extract && !analyzed
				if j.analyze {
					j.result, j.failed = analyzeSafely(p, j.article)
				}
				if j.fresh {
					j.near = fingerprintOf(j.article.Body)
				}
				close(j.finished)
			}
		}()
	}

	// The reader decides what needs doing and hands out jobs in order.
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(jobs)
		seq := 0
		err := Read(paths, opts.Read, func(a Article) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			count(func(st *IngestStats) { st.Read++; st.Bytes += int64(len(a.Body)) })
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			j := &job{seq: seq, article: a, finished: make(chan struct{})}
			seq++
			ordered <- j // never blocks: ordered has a slot for every window slot
			select {
			case jobs <- j:
			case <-ctx.Done():
				close(j.finished)
				return ctx.Err()
			}
			return nil
		}, func(e *InputError) {
			count(func(st *IngestStats) { st.Skipped++ })
			skip(e)
		})
		readErr <- err
	}()

	// The committer stores jobs in input order, a batch a transaction.
	commitErr := func() error {
		var (
			b       *Batch
			n       int
			size    int
			started time.Time
		)
		commit := func() error {
			if b == nil {
				return nil
			}
			err := b.Commit()
			b = nil
			return err
		}
		defer func() {
			if b != nil {
				b.Rollback()
			}
		}()
		for j := range ordered {
			<-j.finished
			if ctx.Err() != nil {
				break
			}
			if j.err != nil {
				return j.err
			}
			if j.failed != nil {
				count(func(st *IngestStats) { st.Failed++ })
				skip(&InputError{File: j.article.SourceFile, Line: j.article.SourceLine, Err: j.failed})
			}
			if !j.fresh && j.result == nil {
				count(func(stats *IngestStats) {
					if j.dup {
						stats.Duplicates++
					} else {
						stats.Existed++
					}
				})
			} else {
				if b == nil {
					var err error
					if b, err = s.Begin(); err != nil {
						return err
					}
					n, size, started = 0, 0, time.Now()
				}
				st, err := b.Put(Item{Article: j.article, Result: j.result, Near: j.near})
				if err != nil {
					return err
				}
				count(func(stats *IngestStats) {
					switch st {
					case Stored:
						stats.Stored++
					case Analyzed:
						stats.Analyzed++
					default: // stored since the worker asked: read twice in this run
						stats.Duplicates++
					}
				})
				n++
				size += len(j.article.Body)
			}
			<-window
			if b != nil && (n >= opts.BatchSize || size >= opts.BatchBytes || time.Since(started) >= opts.BatchTime) {
				if err := commit(); err != nil {
					return err
				}
			}
		}
		return commit()
	}()
	if commitErr != nil {
		cancel()
	}
	// Drain so the reader and workers can stop.
	for j := range ordered {
		<-j.finished
		select {
		case <-window:
		default:
		}
	}
	wg.Wait()
	err = <-readErr
	mu.Lock()
	defer mu.Unlock()
	switch {
	case commitErr != nil:
		return stats, fmt.Errorf("store %s: %w", s.path, commitErr)
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return stats, fmt.Errorf("ingest interrupted: %w", err)
	case err != nil:
		return stats, fmt.Errorf("ingest: %w", err)
	case ctx.Err() != nil:
		return stats, fmt.Errorf("ingest interrupted: %w", ctx.Err())
	}
	return stats, nil
}

// analyzeSafely runs the pipeline on a, turning a panic of an analyser into
// an error, so that one article the analysers cannot handle does not stop an
// ingest of thousands.
func analyzeSafely(p *analyze.Pipeline, a Article) (r *analyze.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			r, err = nil, fmt.Errorf("%w, stored without facts: panic: %v", ErrAnalysis, v)
		}
	}()
	res := p.Analyze(analyze.Input{ID: a.ID, Body: a.Body, Published: a.Published, Outlet: a.Outlet, Credits: a.Credits})
	return &res, nil
}

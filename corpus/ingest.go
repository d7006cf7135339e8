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
	// Notice, when not nil, is told of work the run does besides reading:
	// re-signing a store whose near-duplicate signatures are of an older
	// version (see Store.Resign).
	Notice func(string)
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

// job is one article on its way through the workers. Jobs reach the
// committer in input order through a channel; each job's finished channel
// closes when its worker is done with it.
type job struct {
	record   Record // as read; the worker prepares it into article
	article  Article
	bad      *InputError // bad input (unreadable, or empty once prepared): skipped
	fresh    bool        // not stored yet (else only its facts are added)
	dup      bool        // already stored by this run: read twice
	result   *analyze.Result
	near     *Fingerprint
	failed   error // the analysis panicked: stored without facts
	err      error // the store failed
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
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
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
	if opts.Extract && opts.Pipeline == nil {
		opts.Pipeline = analyze.New()
	}
	// Signatures of another version never agree with new ones: re-sign
	// the store first, so that new articles are linked with the old.
	version, signed, stale, err := s.SignatureState()
	if err != nil {
		return IngestStats{}, err
	}
	if stale {
		if opts.Notice != nil {
			was := "of an unknown older version"
			if version > 0 {
				was = fmt.Sprintf("of version %d", version)
			}
			opts.Notice(fmt.Sprintf("re-signing the %d stored articles for near-duplicate linking (their signatures are %s, this corpus makes version %d)", signed, was, SignatureVersion))
		}
		if err := s.Resign(ctx, nil); err != nil {
			return IngestStats{}, err
		}
	}
	// Articles stored by this run have a seq above lastSeq: an article
	// found stored with such a seq was read twice.
	lastSeq, err := s.maxSeq()
	if err != nil {
		return IngestStats{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The window bounds the articles in flight, and so memory: the reader
	// takes a slot for each, the committer frees it once the article is
	// written. It is wide, because the committer stores in input order:
	// while it waits for one long article, or commits a batch, the workers
	// go on with the articles after it until the window is full, and then
	// wait. Some 64 articles a worker keep them busy; memory hardly grows
	// (an article and its facts are some hundred kB).
	window := 64*opts.Workers + 16
	in := &ingester{
		ctx: ctx, store: s, opts: opts, lastSeq: lastSeq,
		window:  make(chan struct{}, window),
		jobs:    make(chan *job, window),
		ordered: make(chan *job, window),
	}

	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in.jobs {
				in.work(j)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() { readErr <- in.read(paths) }()

	commitErr := in.commit()
	if commitErr != nil {
		cancel()
	}
	// Drain so the reader and workers can stop.
	for j := range in.ordered {
		<-j.finished
		select {
		case <-in.window:
		default:
		}
	}
	wg.Wait()
	err = <-readErr
	stats := in.snapshot()
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

// ingester is one run of Ingest: a reader goroutine hands jobs out in input
// order, workers analyse them, and the committer (the calling goroutine)
// stores them in that order.
type ingester struct {
	ctx     context.Context
	store   *Store
	opts    IngestOptions
	lastSeq int64

	window  chan struct{} // a slot for each article in flight
	jobs    chan *job     // to the workers
	ordered chan *job     // to the committer, in input order

	mu     sync.Mutex // guards stats
	stats  IngestStats
	skipMu sync.Mutex // serialises opts.Skip
}

// count updates the stats and reports progress.
func (in *ingester) count(f func(*IngestStats)) {
	in.mu.Lock()
	defer in.mu.Unlock()
	f(&in.stats)
	if in.opts.Progress != nil {
		in.opts.Progress(in.stats)
	}
}

func (in *ingester) snapshot() IngestStats {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.stats
}

func (in *ingester) skip(e *InputError) {
	if in.opts.Skip != nil {
		in.skipMu.Lock()
		defer in.skipMu.Unlock()
		in.opts.Skip(e)
	}
}

// read runs the readers over paths and hands each record out as a job, in
// input order, to the workers and to the committer. Records are prepared
// by the workers, not here: preparation is most of the work of reading.
func (in *ingester) read(paths []string) error {
	defer close(in.ordered)
	defer close(in.jobs)
	return ReadRecords(paths, in.opts.Read, func(rec Record) error {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		select {
		case in.window <- struct{}{}:
		case <-in.ctx.Done():
			return in.ctx.Err()
		}
		j := &job{record: rec, finished: make(chan struct{})}
		in.ordered <- j // never blocks: ordered has a slot for every window slot
		select {
		case in.jobs <- j:
		case <-in.ctx.Done():
			close(j.finished)
			return in.ctx.Err()
		}
		return nil
	}, func(e *InputError) {
		// bad input goes to the committer too, so that it is told in
		// input order with the records found bad on the workers
		select {
		case in.window <- struct{}{}:
		case <-in.ctx.Done():
			return
		}
		j := &job{bad: e, finished: make(chan struct{})}
		close(j.finished)
		in.ordered <- j
	})
}

// work does what j needs before it is stored: the preparation of its
// record; whether it is stored is asked here, off the reader's path (the
// committer asks again inside its transaction, so an article read twice,
// both copies in flight, is stored once; no set of the IDs read is kept, so
// memory stays bounded whatever the input size), then the analysis and the
// near-duplicate fingerprint.
func (in *ingester) work(j *job) {
	defer close(j.finished)
	if in.ctx.Err() != nil {
		return // stopping: the committer stores nothing more
	}
	a, err := PrepareChecked(j.record)
	j.record = Record{}
	if err != nil {
		j.bad, _ = err.(*InputError)
		return
	}
	j.article = a
	seq, analyzed, err := in.store.status1(j.article.ID)
	if err != nil {
		j.err = err
		return
	}
	j.fresh = seq == 0
	j.dup = seq > in.lastSeq
	if in.opts.Extract && !analyzed {
		j.result, j.failed = analyzeSafely(in.opts.Pipeline, j.article)
	}
	if j.fresh {
		j.near = fingerprintOf(j.article.Body)
	}
}

// commit stores the jobs in input order, a batch a transaction, until the
// reader is done or the context is cancelled; it commits what it has
// before returning, and returns an error only when the store fails.
func (in *ingester) commit() error {
	var (
		b       *Batch
		n, size int
		started time.Time
	)
	defer func() {
		if b != nil {
			b.Rollback()
		}
	}()
	flush := func() error {
		if b == nil {
			return nil
		}
		err := b.Commit()
		b = nil
		return err
	}
	for j := range in.ordered {
		<-j.finished
		if in.ctx.Err() != nil {
			break
		}
		if j.err != nil {
			return j.err
		}
		if j.bad != nil {
			// skipped inputs are told in input order, by this goroutine
			in.count(func(st *IngestStats) { st.Skipped++ })
			in.skip(j.bad)
			<-in.window
			continue
		}
		in.count(func(st *IngestStats) { st.Read++; st.Bytes += int64(len(j.article.Body)) })
		if j.failed != nil {
			in.count(func(st *IngestStats) { st.Failed++ })
			in.skip(&InputError{File: j.article.SourceFile, Line: j.article.SourceLine, Err: j.failed})
		}
		if !j.fresh && j.result == nil {
			in.count(func(st *IngestStats) {
				if j.dup {
					st.Duplicates++
				} else {
					st.Existed++
				}
			})
		} else {
			if b == nil {
				var err error
				if b, err = in.store.Begin(); err != nil {
					return err
				}
				n, size, started = 0, 0, time.Now()
			}
			put, err := b.Put(Item{Article: j.article, Result: j.result, Near: j.near})
			if err != nil {
				return err
			}
			in.count(func(st *IngestStats) {
				switch put {
				case Stored:
					st.Stored++
				case Analyzed:
					st.Analyzed++
				default: // stored since the worker asked: read twice in this run
					st.Duplicates++
				}
			})
			n++
			size += len(j.article.Body)
		}
		<-in.window
		if b != nil && (n >= in.opts.BatchSize || size >= in.opts.BatchBytes || time.Since(started) >= in.opts.BatchTime) {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
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

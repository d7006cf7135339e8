// Command trainclusters learns word clusters from unlabelled German news
// for the entity model of analyze/ner, and writes analyze/ner/clusters.tsv.gz.
//
// It tokenises 10kGNAD and FANG-COVID (../shared/data) with the project's
// own tokenizer (analyze/text), trains skip-gram word embeddings with
// negative sampling (word2vec, Mikolov et al. 2013) on them, and clusters
// the embeddings of the most frequent words by spherical k-means at several
// granularities (64, 256 and 1024 clusters by default), once for each
// context window asked for. Each line of the output is a word and its
// cluster at each granularity of each window. Cluster ids of
// unlabelled text are the classic word representations for named-entity
// recognition with little labelled data (Turian, Ratinov, Bengio 2010).
//
// The run is deterministic: one thread for the embeddings, fixed seeds,
// fixed order of the texts, so the same data and flags give the same file.
// Run it from the repo root as `make clusters`.
//
// Usage:
//
//	go run ./tools/trainclusters [-data DIR] [-out PATH] [-mb N] [-vocab N] [-k 64,256,1024] [-windows 3]
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/corpus-news/corpus/analyze/text"
	"github.com/corpus-news/corpus/internal/newsdata"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "trainclusters:", err)
		os.Exit(1)
	}
}

type options struct {
	data     string
	out      string
	maxMB    int
	vocab    int
	minCount int
	fitN     int
	ks       []int
	windows  []int
	sg       sgOptions
}

func run(args []string, stdout io.Writer) error {
	var o options
	var ks, windows string
	fs := flag.NewFlagSet("trainclusters", flag.ContinueOnError)
	fs.StringVar(&o.data, "data", "", "folder of the shared data (default: ../shared/data beside the repo root)")
	fs.StringVar(&o.out, "out", "analyze/ner/clusters.tsv.gz", "where to write the clusters")
	fs.IntVar(&o.maxMB, "mb", 400, "megabytes of unlabelled text to read at most")
	fs.IntVar(&o.vocab, "vocab", 150000, "most frequent words that get clusters")
	fs.IntVar(&o.minCount, "mincount", 5, "words seen fewer times get no cluster")
	fs.IntVar(&o.fitN, "fit", 60000, "most frequent words the k-means centroids are fitted on (the others are assigned)")
	fs.StringVar(&ks, "k", "64,256,1024", "numbers of clusters, comma-separated, one column each")
	fs.IntVar(&o.sg.dim, "dim", 100, "dimensions of the embeddings")
	fs.StringVar(&windows, "windows", "3", "context words on each side (at most), comma-separated: one embedding and one set of cluster columns each")
	fs.IntVar(&o.sg.negative, "negative", 5, "negative samples a context word")
	fs.IntVar(&o.sg.epochs, "epochs", 2, "passes over the text")
	fs.Float64Var(&o.sg.alpha, "alpha", 0.025, "starting learning rate")
	fs.Float64Var(&o.sg.sample, "sample", 1e-4, "threshold for subsampling frequent words")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var err error
	if o.ks, err = ints(ks, 2); err != nil {
		return fmt.Errorf("bad -k %q", ks)
	}
	if o.windows, err = ints(windows, 1); err != nil {
		return fmt.Errorf("bad -windows %q", windows)
	}
	if o.data == "" {
		root, err := newsdata.RepoRoot()
		if err != nil {
			return err
		}
		o.data = filepath.Join(root, "..", "shared", "data")
	}
	t0 := time.Now()
	c, err := readCorpus(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tokens: %d, word types: %d, vocabulary: %d (%.0fs)\n", c.tokens, len(c.words), len(c.vocab), time.Since(t0).Seconds())
	var cols [][]int
	for _, win := range o.windows {
		t1 := time.Now()
		sg := o.sg
		sg.window = win
		emb := trainSGNS(c, sg)
		fmt.Fprintf(stdout, "embeddings, window %d: %d x %d (%.0fs)\n", win, len(c.vocab), o.sg.dim, time.Since(t1).Seconds())
		t2 := time.Now()
		for _, k := range o.ks {
			cols = append(cols, cluster(emb, o.sg.dim, len(c.vocab), min(o.fitN, len(c.vocab)), k, 15, int64(1000+k)))
		}
		fmt.Fprintf(stdout, "k-means %v (%.0fs)\n", o.ks, time.Since(t2).Seconds())
	}
	if err := write(o, c, cols); err != nil {
		return err
	}
	st, err := os.Stat(o.out)
	if err != nil {
		return fmt.Errorf("stat %s: %w", o.out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes, %.0fs in all)\n", o.out, st.Size(), time.Since(t0).Seconds())
	return nil
}

// corpusData is the unlabelled text as word ids, sentences separated by -1,
// and the vocabulary: the ids of the words that get an embedding, most
// frequent first, and each word's position in it (-1: not in it).
type corpusData struct {
	words  []string // by id, in order of first appearance
	counts []int64  // by id
	ids    []int32  // the text, -1 between sentences
	tokens int
	vocab  []int32 // word ids, most frequent first
	rank   []int32 // by word id: position in vocab, or -1
	intern map[string]int32
}

// add appends sentences of words to the text, giving new words the next id.
func (c *corpusData) add(sents [][]string) {
	if c.intern == nil {
		c.intern = map[string]int32{}
	}
	for _, s := range sents {
		for _, w := range s {
			id, ok := c.intern[w]
			if !ok {
				id = int32(len(c.words))
				c.intern[w] = id
				c.words = append(c.words, w)
				c.counts = append(c.counts, 0)
			}
			c.counts[id]++
			c.ids = append(c.ids, id)
			c.tokens++
		}
		c.ids = append(c.ids, -1)
	}
}

// readCorpus reads and tokenises the unlabelled text, in a fixed order.
func readCorpus(o options) (*corpusData, error) {
	c := &corpusData{}
	if err := eachBatch(o, func(texts []string) { c.add(tokenise(texts)) }); err != nil {
		return nil, err
	}
	c.intern = nil // only reading needs it
	for id, n := range c.counts {
		if n >= int64(o.minCount) {
			c.vocab = append(c.vocab, int32(id))
		}
	}
	slices.SortFunc(c.vocab, func(a, b int32) int {
		if c.counts[a] != c.counts[b] {
			if c.counts[a] > c.counts[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	if len(c.vocab) > o.vocab {
		c.vocab = c.vocab[:o.vocab]
	}
	c.rank = make([]int32, len(c.words))
	for i := range c.rank {
		c.rank[i] = -1
	}
	for r, id := range c.vocab {
		c.rank[id] = int32(r)
	}
	return c, nil
}

// tokenise splits texts into sentences of words with analyze/text, on all
// cores, keeping the order of the texts.
func tokenise(texts []string) [][]string {
	out := make([][][]string, len(texts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				for _, s := range text.Split(texts[i]) {
					ws := make([]string, len(s.Tokens))
					for j, t := range s.Tokens {
						ws[j] = t.Text
					}
					out[i] = append(out[i], ws)
				}
			}
		}()
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	var all [][]string
	for _, ss := range out {
		all = append(all, ss...)
	}
	return all
}

// eachBatch calls fn with batches of 512 unlabelled texts in
// newsdata.EachText's fixed order (10kGNAD, then FANG-COVID), up to o.maxMB
// megabytes.
func eachBatch(o options, fn func([]string)) error {
	var batch []string
	err := newsdata.EachText(o.data, o.maxMB<<20, func(t string) {
		batch = append(batch, t)
		if len(batch) == 512 {
			fn(batch)
			batch = nil
		}
	})
	if len(batch) > 0 {
		fn(batch)
	}
	return err
}

// write writes the clusters of the vocabulary, most frequent word first: a
// header of # lines, then word and cluster ids (0-based), tab-separated.
func write(o options, c *corpusData, cols [][]int) error {
	f, err := os.Create(o.out)
	if err != nil {
		return fmt.Errorf("create %s: %w", o.out, err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	bw := bufio.NewWriter(zw)
	ks := make([]string, len(o.ks))
	for i, k := range o.ks {
		ks[i] = strconv.Itoa(k)
	}
	fmt.Fprintf(bw, "# Word clusters by tools/trainclusters (make clusters): skip-gram embeddings (dim %d, windows %v, %d epochs) of %d tokens of 10kGNAD (CC BY-NC-SA 4.0) and FANG-COVID, spherical k-means.\n",
		o.sg.dim, o.windows, o.sg.epochs, c.tokens)
	var head []string
	for _, win := range o.windows {
		for _, k := range ks {
			head = append(head, fmt.Sprintf("%s clusters, window %d", k, win))
		}
	}
	fmt.Fprintf(bw, "# word\t%s\n", strings.Join(head, "\t"))
	for r, id := range c.vocab {
		bw.WriteString(c.words[id])
		for _, col := range cols {
			bw.WriteByte('\t')
			bw.WriteString(strconv.Itoa(col[r]))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	return nil
}

// ints parses a comma-separated list of integers of at least lo.
func ints(s string, lo int) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < lo {
			return nil, fmt.Errorf("bad number %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// Command trainner trains the entity model of analyze/ner from GermEval 2014
// (NER-de-test.tsv only; NER-de-dev.tsv is never trained on) and word
// clusters it derives from the unlabelled news in ../shared/data (10kGNAD,
// FANG-COVID), and writes analyze/ner/model.gob.gz. Run it from the repo
// root as `make model` (go run ./tools/trainner). The same data and flags
// give the same file: fixed seeds, fixed order.
//
// Usage:
//
//	go run ./tools/trainner [-heldout] [-dev] [-out PATH] [-data DIR]
//
// -heldout trains on nine tenths of NER-de-test.tsv and scores the tenth it
// left out (for tuning); -dev scores the model on NER-de-dev.tsv once at the
// end; -prose also trains and scores prose's entity model for comparison.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/evaluate"
	"github.com/corpus-news/corpus/internal/newsdata"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

type options struct {
	data       string
	out        string
	heldout    bool
	dev        bool
	prose      bool
	epochs     int
	minCount   int
	lexCache   string
	maxMB      int
	vocab      int
	coarse     int
	fine       int
	dims       int
	unlabeled  bool
	cv         int
	predMB     int
	evalOnly   string
	embDim     int
	embWords   int
	proseN     int
	window     int
	jackknife  int
	trainN     int
	self       int
	selfEvery  int
	lowerRatio bool
	cvOut      string
	clusters   string
}

func run(args []string, stdout io.Writer) error {
	var o options
	fs := flag.NewFlagSet("trainner", flag.ContinueOnError)
	fs.StringVar(&o.data, "data", "", "folder of the shared data (default: ../shared/data beside the repo root)")
	fs.StringVar(&o.out, "out", "analyze/ner/model.gob.gz", "where to write the model (empty: do not write)")
	fs.BoolVar(&o.heldout, "heldout", false, "train on 9/10 of NER-de-test.tsv and score the held-out tenth")
	fs.BoolVar(&o.dev, "dev", false, "score the trained model on NER-de-dev.tsv")
	fs.BoolVar(&o.prose, "prose", false, "also train and score prose's entity model")
	fs.IntVar(&o.epochs, "epochs", 20, "training passes")
	fs.IntVar(&o.minCount, "mincount", 1, "drop features seen fewer times")
	fs.StringVar(&o.lexCache, "lexcache", "", "cache file for the word clusters (speeds up tuning runs)")
	fs.IntVar(&o.maxMB, "mb", 400, "megabytes of unlabelled text to read at most")
	fs.IntVar(&o.vocab, "vocab", 50000, "words that get a cluster and word statistics")
	fs.IntVar(&o.coarse, "coarse", 64, "coarse clusters")
	fs.IntVar(&o.fine, "fine", 512, "fine clusters")
	fs.IntVar(&o.dims, "dims", 128, "dimensions of the projected context vectors")
	fs.BoolVar(&o.unlabeled, "clusters", true, "derive word clusters from unlabelled text")
	fs.IntVar(&o.predMB, "predmb", 60, "megabytes of unlabelled text tagged by a first model for the second (0: one model)")
	fs.StringVar(&o.evalOnly, "eval", "", "only score the embedded model on this GermEval file")
	fs.IntVar(&o.embDim, "embdim", 0, "dimensions of the word embeddings kept in the model (0: none)")
	fs.IntVar(&o.embWords, "embwords", 30000, "most frequent words that keep an embedding")
	fs.IntVar(&o.proseN, "prosen", 0, "train prose on the first N training sentences only (0: all)")
	fs.IntVar(&o.window, "window", 1, "context window of the word clusters (words on each side)")
	fs.IntVar(&o.jackknife, "jackknife", 0, "folds of first models whose statistics the training sentences see (0: one first model)")
	fs.IntVar(&o.trainN, "trainn", 0, "train on the first N sentences only (0: all; for comparisons)")
	fs.IntVar(&o.self, "self", 3000, "self-training: add N unlabelled sentences that the first and second model tag alike, with a third model (0: none)")
	fs.IntVar(&o.selfEvery, "selfevery", 5, "self-training takes every n-th unlabelled sentence as a candidate")
	fs.BoolVar(&o.lowerRatio, "lower", false, "word feature: how often unlabelled text writes a capitalised word in lowercase")
	fs.StringVar(&o.cvOut, "cvout", "", "with -cv: write each held-out token, its gold and predicted tag to this file (error analysis)")
	fs.StringVar(&o.clusters, "wordclusters", "embedded", "word clusters as features: the embedded analyze/ner/clusters.tsv.gz (make clusters), another file of that form (tuning only: a model written must use the embedded ones), or none")
	fs.IntVar(&o.cv, "cv", 0, "k-fold cross-validation on NER-de-test.tsv (tuning only; writes no model)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.data == "" {
		root, err := newsdata.RepoRoot()
		if err != nil {
			return err
		}
		o.data = filepath.Join(root, "..", "shared", "data")
	}
	if o.evalOnly != "" {
		sents, err := readGermEvalFile(o.evalOnly)
		if err != nil {
			return err
		}
		return score(stdout, o.evalOnly, sents, ner.Default())
	}
	t0 := time.Now()
	train, err := readGermEvalFile(filepath.Join(o.data, "germeval2014", "NER-de-test.tsv"))
	if err != nil {
		return err
	}
	if o.trainN > 0 && o.trainN < len(train) {
		train = train[:o.trainN]
	}
	var held []NERSentence
	if o.heldout {
		var keep []NERSentence
		for i, s := range train {
			if i%10 == 9 {
				held = append(held, s)
			} else {
				keep = append(keep, s)
			}
		}
		train = keep
	}
	fmt.Fprintf(stdout, "training sentences: %d, held out: %d\n", len(train), len(held))

	lex := ner.Lexicon{}
	if o.unlabeled {
		lex, err = loadOrBuildLexicon(o, train)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "lexicon: %d words (%.0fs)\n", len(lex), time.Since(t0).Seconds())
	}
	topt := ner.TrainOptions{Epochs: o.epochs, Seed: 2014, MinCount: o.minCount}
	topt.Clusters, err = loadClusters(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "word clusters: %d words (%s)\n", topt.Clusters.Len(), o.clusters)
	if o.cv > 1 {
		return crossValidate(stdout, train, lex, topt, o)
	}
	t1 := time.Now()
	model, err := trainTwoStage(o, train, lex, topt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained in %.1fs\n", time.Since(t1).Seconds())
	if o.heldout {
		if err := score(stdout, "held-out tenth of NER-de-test.tsv", held, ner.New(model)); err != nil {
			return err
		}
	}
	if o.dev {
		dev, err := readGermEvalFile(filepath.Join(o.data, "germeval2014", "NER-de-dev.tsv"))
		if err != nil {
			return err
		}
		if err := score(stdout, "NER-de-dev.tsv", dev, ner.New(model)); err != nil {
			return err
		}
	}
	if o.prose {
		if err := compareProse(stdout, train, held, o); err != nil {
			return err
		}
	}
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return fmt.Errorf("create model: %w", err)
		}
		note := fmt.Sprintf("Trained by tools/trainner on GermEval 2014 NER-de-test.tsv (CC BY 4.0, Benikova, Biemann, Reznicek) "+
			"with word statistics and word clusters (clusters.tsv.gz, %d words) from 10kGNAD and FANG-COVID; epochs %d, mincount %d, self-training sentences %d",
			topt.Clusters.Len(), o.epochs, o.minCount, o.self)
		if err := model.Write(f, note); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write model: %w", err)
		}
		st, _ := os.Stat(o.out)
		fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", o.out, st.Size())
	}
	return nil
}

// loadClusters returns the word clusters named by -wordclusters (nil for
// none). A model that is written must use the embedded ones, as the tagger
// reads those.
func loadClusters(o options) (*ner.Clusters, error) {
	switch o.clusters {
	case "none", "":
		return nil, nil
	case "embedded":
		return ner.DefaultClusters()
	}
	if o.out != "" && o.cv <= 1 {
		return nil, fmt.Errorf("-wordclusters %s: a model written must use the embedded clusters (-out \"\" to tune)", o.clusters)
	}
	f, err := os.Open(o.clusters)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer f.Close()
	return ner.ReadClusters(f)
}

func score(w io.Writer, name string, sents []NERSentence, m interface{ TagTokens([]string) []string }) error {
	gold := make([][]string, len(sents))
	pred := make([][]string, len(sents))
	t0 := time.Now()
	nbytes := 0
	for i, s := range sents {
		gold[i] = s.Tags
		pred[i] = m.TagTokens(s.Tokens)
		for _, t := range s.Tokens {
			nbytes += len(t) + 1
		}
	}
	el := time.Since(t0).Seconds()
	counts, err := scoreNER(gold, pred, evaluate.NERTypes)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s (%.2f MB/s tagging):\n", name, float64(nbytes)/el/1e6)
	for _, c := range counts {
		fmt.Fprintf(w, "  %-8s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)\n",
			c.Type, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred, c.TP)
	}
	return nil
}

func trainData(sents []NERSentence) []ner.TrainSentence {
	data := make([]ner.TrainSentence, len(sents))
	for i, s := range sents {
		tags := make([]string, len(s.Tags))
		for j, t := range s.Tags {
			tags[j] = ner.TrainLabel(t)
		}
		data[i] = ner.TrainSentence{Words: s.Tokens, Tags: tags}
	}
	return data
}

// crossValidate trains k models, each without one fold of the sentences
// (every k-th sentence), and scores all folds together.
func crossValidate(w io.Writer, sents []NERSentence, lex ner.Lexicon, opt ner.TrainOptions, o options) error {
	k := o.cv
	var gold, pred, words [][]string
	for f := 0; f < k; f++ {
		var tr, te []NERSentence
		for i, s := range sents {
			if i%k == f {
				te = append(te, s)
			} else {
				tr = append(tr, s)
			}
		}
		m, err := trainTwoStage(o, tr, lex, opt)
		if err != nil {
			return err
		}
		for _, s := range te {
			gold = append(gold, s.Tags)
			pred = append(pred, m.Tag(s.Tokens))
			words = append(words, s.Tokens)
		}
	}
	if o.cvOut != "" {
		if err := writeTagged(o.cvOut, words, gold, pred); err != nil {
			return err
		}
	}
	counts, err := scoreNER(gold, pred, evaluate.NERTypes)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d-fold cross-validation on NER-de-test.tsv:\n", k)
	for _, c := range counts {
		fmt.Fprintf(w, "  %-8s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)\n",
			c.Type, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred, c.TP)
	}
	return nil
}

// trainTwoStage trains a first model, lets it tag unlabelled text to learn
// which words it takes for names, and trains the final model with that
// knowledge in the lexicon (with -predmb 0, only the first model).
func trainTwoStage(o options, train []NERSentence, lex ner.Lexicon, opt ner.TrainOptions) (*ner.Model, error) {
	data := trainData(train)
	m := ner.Train(data, lex, opt)
	if o.predMB <= 0 || len(lex) == 0 {
		return m, nil
	}
	lex2, err := withPredictions(o, lex, m, o.predMB)
	if err != nil {
		return nil, err
	}
	if o.jackknife > 1 {
		// Each training sentence sees statistics from a first model that
		// was trained without its fold.
		for f := 0; f < o.jackknife; f++ {
			var part []ner.TrainSentence
			for i, s := range data {
				if i%o.jackknife != f {
					part = append(part, s)
				}
			}
			mf := ner.Train(part, lex, opt)
			lexf, err := withPredictions(o, lex, mf, o.predMB)
			if err != nil {
				return nil, err
			}
			for i := range data {
				if i%o.jackknife == f {
					data[i].Lex = lexf
				}
			}
		}
	}
	m2 := ner.Train(data, lex2, opt)
	if o.self <= 0 {
		return m2, nil
	}
	auto, err := agreedSentences(o, m, m2)
	if err != nil {
		return nil, err
	}
	return ner.Train(append(data, auto...), lex2, opt), nil
}

// writeTagged writes one token a line with its gold and predicted tag, and
// an empty line after each sentence.
func writeTagged(path string, words, gold, pred [][]string) error {
	var b strings.Builder
	for i := range words {
		for j, w := range words[i] {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", w, gold[i][j], pred[i][j])
		}
		b.WriteString("\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

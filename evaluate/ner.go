package evaluate

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// NERSentence is one sentence of a GermEval 2014 file: its tokens and their
// outer tags (B-PER, I-LOCderiv, O, ...).
type NERSentence struct {
	Tokens []string
	Tags   []string
}

// ReadGermEval reads a file in the GermEval 2014 layout: a '#' line opens
// each sentence, then one token a line (index, token, outer tag, inner tag,
// tab-separated), and a blank line ends it. Only the outer tag is kept.
func ReadGermEval(r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "#") {
			flush()
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want index, token and tag separated by tabs, got %q", line, text)
		}
		cur.Tokens = append(cur.Tokens, cols[1])
		cur.Tags = append(cur.Tags, cols[2])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// ReadGermEvalFile reads a GermEval 2014 file from path.
func ReadGermEvalFile(path string) ([]NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sents, err := ReadGermEval(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return sents, nil
}

// Span is a labelled chunk of tokens, End exclusive.
type Span struct {
	Start, End int
	Type       string
}

// Chunks returns the labelled spans of a BIO tag sequence the way conlleval
// reads it: a chunk starts at B-X, or at I-X after a tag of another type or
// O, and ends where the next tag does not continue it.
func Chunks(tags []string) []Span {
	var out []Span
	open := -1
	typ := ""
	for i := 0; i <= len(tags); i++ {
		prefix, t := "O", ""
		if i < len(tags) {
			prefix, t = splitTag(tags[i])
		}
		continues := prefix == "I" && t == typ && open >= 0
		if open >= 0 && !continues {
			out = append(out, Span{Start: open, End: i, Type: typ})
			open, typ = -1, ""
		}
		if prefix != "O" && !continues {
			open, typ = i, t
		}
	}
	return out
}

func splitTag(tag string) (prefix, typ string) {
	if tag == "" || tag == "O" {
		return "O", ""
	}
	if len(tag) > 2 && tag[1] == '-' {
		p := tag[:1]
		if p != "B" && p != "I" {
			p = "I"
		}
		return p, tag[2:]
	}
	return "I", tag
}

// Count holds the chunk counts of one entity type.
type Count struct {
	Type string
	TP   int // predicted chunks that match a gold chunk exactly
	Pred int // predicted chunks
	Gold int // gold chunks
}

// Precision is TP/Pred, 0 when nothing was predicted.
func (c Count) Precision() float64 { return nerRatio(c.TP, c.Pred) }

// Recall is TP/Gold, 0 when there is no gold chunk.
func (c Count) Recall() float64 { return nerRatio(c.TP, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func nerRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERTypes are the entity types scored, in report order.
var NERTypes = []string{"PER", "ORG", "LOC"}

// ScoreNER compares predicted with gold tag sequences, sentence by
// sentence, and returns exact-span counts for each of types and, last, the
// overall count under the type "overall". Chunks of other types (OTH,
// LOCderiv, ORGpart, ...) are ignored on both sides.
func ScoreNER(gold, pred [][]string, types []string) ([]Count, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("score: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	idx := map[string]int{}
	counts := make([]Count, len(types)+1)
	for i, t := range types {
		idx[t] = i
		counts[i].Type = t
	}
	all := len(types)
	counts[all].Type = "overall"
	for s := range gold {
		if len(gold[s]) != len(pred[s]) {
			return nil, fmt.Errorf("score: sentence %d has %d gold tags, %d predicted", s+1, len(gold[s]), len(pred[s]))
		}
		gs := map[Span]bool{}
		for _, c := range Chunks(gold[s]) {
			if i, ok := idx[c.Type]; ok {
				gs[c] = true
				counts[i].Gold++
				counts[all].Gold++
			}
		}
		for _, c := range Chunks(pred[s]) {
			i, ok := idx[c.Type]
			if !ok {
				continue
			}
			counts[i].Pred++
			counts[all].Pred++
			if gs[c] {
				counts[i].TP++
				counts[all].TP++
			}
		}
	}
	return counts, nil
}

// TokenTagger tags pre-tokenised sentences with BIO tags.
type TokenTagger interface {
	TagTokens(words []string) []string
}

// NER tags every sentence of a GermEval file with tagger and scores it
// against the file's outer tags for PER, ORG and LOC.
func NER(path string, tagger TokenTagger) ([]Count, error) {
	sents, err := ReadGermEvalFile(path)
	if err != nil {
		return nil, err
	}
	gold := make([][]string, len(sents))
	pred := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
		pred[i] = tagger.TagTokens(s.Tokens)
	}
	return ScoreNER(gold, pred, NERTypes)
}

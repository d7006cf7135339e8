package main

import (
	"maps"
	"strings"

	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/analyze/text"
)

// withPredictions tags up to mb megabytes of unlabelled news with a first
// model and returns a copy of lex in which every word also carries how
// often that model called it PER, ORG or LOC: a word the model recognises
// in easy contexts then helps in hard ones (Ratinov and Roth's "prediction
// history", taken across a corpus). The training sentences are left out.
// With o.lowerRatio, each word that is not lowercase also carries how
// often the same text writes it in lowercase.
func withPredictions(o options, lex ner.Lexicon, m *ner.Model, mb int) (ner.Lexicon, error) {
	type tally struct{ all, per, org, loc int32 }
	counts := map[string]*tally{}
	freq := map[string]int32{}
	oo := o
	oo.maxMB = mb
	err := eachText(oo, nil, func(body string) {
		for _, s := range text.Split(body) {
			words := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				words[i] = t.Text
			}
			tags := m.Tag(words)
			for i, w := range words {
				if o.lowerRatio {
					freq[w]++
				}
				if _, ok := lex[w]; !ok {
					continue
				}
				t := counts[w]
				if t == nil {
					t = &tally{}
					counts[w] = t
				}
				t.all++
				switch {
				case strings.HasSuffix(tags[i], "-PER"):
					t.per++
				case strings.HasSuffix(tags[i], "-ORG"):
					t.org++
				case strings.HasSuffix(tags[i], "-LOC"):
					t.loc++
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out := maps.Clone(lex)
	for w, t := range counts {
		wi := out[w]
		wi.PredPER = predBucket(t.per, t.all)
		wi.PredORG = predBucket(t.org, t.all)
		wi.PredLOC = predBucket(t.loc, t.all)
		out[w] = wi
	}
	if o.lowerRatio {
		for w, wi := range out {
			lw := strings.ToLower(w)
			if lw == w {
				continue
			}
			wi.Lower = predBucket(freq[lw], freq[lw]+freq[w])
			out[w] = wi
		}
	}
	return out, nil
}

func predBucket(n, all int32) uint8 {
	if all < 3 {
		return 0
	}
	r := float64(n) / float64(all)
	switch {
	case n == 0:
		return 1
	case r < 0.1:
		return 2
	case r < 0.4:
		return 3
	case r < 0.75:
		return 4
	}
	return 5
}

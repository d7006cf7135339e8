package main

import (
	"slices"

	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/analyze/text"
)

// agreedSentences returns up to o.self sentences of unlabelled news (every
// o.selfEvery-th of 8 to 40 tokens, in the fixed order of eachText) that
// name at least one entity and that the first model m1 and the second
// model m2 tag exactly alike, tagged so: self-training on the sentences
// two different models are confident of.
func agreedSentences(o options, m1, m2 *ner.Model) ([]ner.TrainSentence, error) {
	var out []ner.TrainSentence
	oo := o
	oo.maxMB = 40
	every := max(o.selfEvery, 1)
	seen := 0
	err := eachText(oo, nil, func(body string) {
		if len(out) >= o.self {
			return
		}
		for _, s := range text.Split(body) {
			if len(s.Tokens) < 8 || len(s.Tokens) > 40 {
				continue
			}
			seen++
			if seen%every != 0 || len(out) >= o.self {
				continue
			}
			words := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				words[i] = t.Text
			}
			t2 := m2.Tag(words)
			named := false
			for _, t := range t2 {
				if t == "B-PER" || t == "B-ORG" || t == "B-LOC" {
					named = true
				}
			}
			if !named || !slices.Equal(t2, m1.Tag(words)) {
				continue
			}
			out = append(out, ner.TrainSentence{Words: words, Tags: t2})
		}
	})
	return out, err
}

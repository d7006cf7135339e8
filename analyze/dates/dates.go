// Package dates finds temporal expressions in German text and normalises
// them to ISO 8601, resolving relative ones against the publication date.
package dates

import "github.com/corpus-news/corpus/analyze/fact"

// Extract returns the dates of body; published (ISO 8601, possibly partial)
// anchors relative expressions. PLACEHOLDER until the extractor lands.
func Extract(body string, sents []fact.Sentence, published string) []fact.Date { return nil }

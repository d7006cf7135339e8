// Package claims finds who says what in German news text: direct quotes,
// reported speech and attributions, with speaker, stance and proposition.
package claims

import "github.com/corpus-news/corpus/analyze/fact"

// Doc is one analysed article, the input of claim extraction.
type Doc struct {
	ID        string
	Body      string
	Outlet    string
	Credits   []string // credited sources and agencies, from ingest
	Sentences []fact.Sentence
	Entities  []fact.Entity
	Figures   []fact.Figure
	Dates     []fact.Date
}

// Extract returns the claims of doc. PLACEHOLDER until the extractor lands.
func Extract(doc Doc) []fact.Claim { return nil }

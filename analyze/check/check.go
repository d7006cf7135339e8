// Package check cross-checks the facts of many articles: what independent
// sources corroborate, and where they contradict each other.
package check

import "github.com/corpus-news/corpus/analyze/fact"

// Article is what cross-checking needs of one stored article.
type Article struct {
	ID        string
	Outlet    string
	Published string   // ISO 8601
	Credits   []string // credited sources and agencies
	Group     string   // near-duplicate group: articles with the same Group count as one source
	Entities  []fact.Entity
	Figures   []fact.Figure
	Dates     []fact.Date
	Claims    []fact.Claim
}

// Check returns the findings across arts, in a stable order.
// PLACEHOLDER until the linker lands.
func Check(arts []Article) []fact.Finding { return nil }

// Package analyze turns an article's text into its facts: sentences,
// entities, figures, dates and claims. It does no I/O; a Pipeline is built
// once and shared by every goroutine.
package analyze

import (
	"github.com/corpus-news/corpus/analyze/claims"
	"github.com/corpus-news/corpus/analyze/dates"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/analyze/figures"
	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/analyze/text"
)

// Input is what the pipeline needs of one article.
type Input struct {
	ID        string
	Body      string
	Published string // ISO 8601, possibly partial; anchors relative dates
	Outlet    string
	Credits   []string
}

// Result holds every fact found in one article.
type Result struct {
	Sentences []fact.Sentence
	Entities  []fact.Entity
	Figures   []fact.Figure
	Dates     []fact.Date
	Claims    []fact.Claim
}

// Pipeline runs the analysers in order. It is safe for concurrent use.
type Pipeline struct {
	tagger *ner.Tagger
}

// New builds the pipeline, loading the entity model once.
func New() *Pipeline {
	return &Pipeline{tagger: ner.Default()}
}

// Analyze returns the facts of one article. The result depends only on in.
func (p *Pipeline) Analyze(in Input) Result {
	var r Result
	r.Sentences = text.Split(in.Body)
	r.Entities = p.tagger.Entities(in.Body, r.Sentences)
	r.Figures = figures.Extract(in.Body, r.Sentences)
	r.Dates = dates.Extract(in.Body, r.Sentences, in.Published)
	r.Claims = claims.Extract(claims.Doc{
		ID: in.ID, Body: in.Body, Outlet: in.Outlet, Credits: in.Credits,
		Sentences: r.Sentences, Entities: r.Entities, Figures: r.Figures, Dates: r.Dates,
	})
	for i := range r.Entities {
		r.Entities[i].Article = in.ID
	}
	for i := range r.Figures {
		r.Figures[i].Article = in.ID
	}
	for i := range r.Dates {
		r.Dates[i].Article = in.ID
	}
	for i := range r.Claims {
		r.Claims[i].Article = in.ID
	}
	return r
}

package corpus

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
)

// Filter selects stored articles. The zero Filter selects all.
type Filter struct {
	IDPrefix string // articles whose ID starts with this (lower-case hex)
	Outlet   string // exact outlet name
	Body     bool   // load body and boilerplate too (costly on large stores)
	Limit    int    // at most this many; 0 for no limit
}

// articleOrder is the fixed order of articles in every listing: where they
// came from, then ID.
const articleOrder = ` ORDER BY source_file, source_line, id`

// EachArticle calls fn with every article f selects, in the fixed order
// (source file, line, ID), without holding them all in memory.
func (s *Store) EachArticle(f Filter, fn func(Article) error) error {
	cols := `id, source_file, source_line, format, url, outlet, published, author, title, dateline, credits, words, rules`
	if f.Body {
		cols += `, body`
	}
	var where []string
	var args []any
	if f.IDPrefix != "" {
		lo, hi := prefixRange(f.IDPrefix)
		where = append(where, `id >= ? AND id < ?`)
		args = append(args, lo, hi)
	}
	if f.Outlet != "" {
		where = append(where, `outlet = ?`)
		args = append(args, f.Outlet)
	}
	q := `SELECT ` + cols + ` FROM articles`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += articleOrder
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Article
		var credits, rules string
		dest := []any{&a.ID, &a.SourceFile, &a.SourceLine, &a.Format, &a.URL, &a.Outlet, &a.Published, &a.Author,
			&a.Title, &a.Dateline, &credits, &a.Words, &rules}
		if f.Body {
			dest = append(dest, &a.Body)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("list articles: %w", err)
		}
		if err := decodeArticleJSON(&a, credits, rules); err != nil {
			return err
		}
		if f.Body {
			if a.Boilerplate, err = s.boilerplate(a.ID); err != nil {
				return err
			}
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	return nil
}

// Articles returns the articles f selects, in the fixed order.
func (s *Store) Articles(f Filter) ([]Article, error) {
	var as []Article
	err := s.EachArticle(f, func(a Article) error {
		as = append(as, a)
		return nil
	})
	return as, err
}

// Count returns the number of stored articles.
func (s *Store) Count() (int, error) {
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Resolve returns the full ID of the one article whose ID starts with
// prefix, as git does with commits. It returns an error wrapping ErrNotFound
// when none does and an *AmbiguousError when several do.
func (s *Store) Resolve(prefix string) (string, error) {
	p := strings.ToLower(strings.TrimSpace(prefix))
	if p == "" {
		return "", fmt.Errorf("empty article ID")
	}
	for _, r := range p {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return "", fmt.Errorf("article ID %q: not a hex ID", prefix)
		}
	}
	lo, hi := prefixRange(p)
	rows, err := s.db.Query(`SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`, lo, hi, ambiguousMax+1)
	if err != nil {
		return "", fmt.Errorf("look up article %s: %w", prefix, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", fmt.Errorf("look up article %s: %w", prefix, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("look up article %s: %w", prefix, err)
	}
	switch {
	case len(ids) == 0:
		return "", fmt.Errorf("article %s: %w", prefix, ErrNotFound)
	case len(ids) == 1:
		return ids[0], nil
	default:
		e := &AmbiguousError{Prefix: prefix, Candidates: ids, Total: len(ids)}
		if len(ids) > ambiguousMax {
			e.Candidates = ids[:ambiguousMax]
			if err := s.db.QueryRow(`SELECT count(*) FROM articles WHERE id >= ? AND id < ?`, lo, hi).Scan(&e.Total); err != nil {
				return "", fmt.Errorf("look up article %s: %w", prefix, err)
			}
		}
		return "", e
	}
}

// prefixRange returns the ID range [lo, hi) of IDs starting with p: IDs are
// lower-case hex, and "g" sorts after every hex digit.
func prefixRange(p string) (lo, hi string) {
	p = strings.ToLower(p)
	return p, p + "g"
}

// Article returns the article whose ID starts with prefix, with body and
// boilerplate. Errors as Resolve.
func (s *Store) Article(prefix string) (Article, error) {
	id, err := s.Resolve(prefix)
	if err != nil {
		return Article{}, err
	}
	var a Article
	var credits, rules string
	err = s.db.QueryRow(`SELECT id, source_file, source_line, format, url, outlet, published, author, title, dateline,
		credits, words, rules, body FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.SourceFile, &a.SourceLine, &a.Format,
		&a.URL, &a.Outlet, &a.Published, &a.Author, &a.Title, &a.Dateline, &credits, &a.Words, &rules, &a.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, fmt.Errorf("article %s: %w", prefix, ErrNotFound)
	}
	if err != nil {
		return Article{}, fmt.Errorf("read article %s: %w", id, err)
	}
	if err := decodeArticleJSON(&a, credits, rules); err != nil {
		return Article{}, err
	}
	if a.Boilerplate, err = s.boilerplate(id); err != nil {
		return Article{}, err
	}
	return a, nil
}

func decodeArticleJSON(a *Article, credits, rules string) error {
	if err := json.Unmarshal([]byte(credits), &a.Credits); err != nil {
		return fmt.Errorf("article %s: credits: %w", a.ID, err)
	}
	if len(a.Credits) == 0 {
		a.Credits = nil
	}
	if err := json.Unmarshal([]byte(rules), &a.Rules); err != nil {
		return fmt.Errorf("article %s: rules: %w", a.ID, err)
	}
	if len(a.Rules) == 0 {
		a.Rules = nil
	}
	return nil
}

func (s *Store) boilerplate(id string) ([]Boilerplate, error) {
	rows, err := s.db.Query(`SELECT text, reason FROM boilerplate WHERE article = ? ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("boilerplate of %s: %w", id, err)
	}
	defer rows.Close()
	var bs []Boilerplate
	for rows.Next() {
		var b Boilerplate
		if err := rows.Scan(&b.Text, &b.Reason); err != nil {
			return nil, fmt.Errorf("boilerplate of %s: %w", id, err)
		}
		bs = append(bs, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("boilerplate of %s: %w", id, err)
	}
	return bs, nil
}

// factQuery runs the SELECT head over the facts of the given articles (all
// articles when none are given), in the fixed order article, start, end, idx.
func (s *Store) factQuery(head, what string, ids []string, scan func(*sql.Rows) error) error {
	q := head
	var args []any
	if len(ids) > 0 {
		j, err := json.Marshal(ids)
		if err != nil {
			return err
		}
		q += ` WHERE article IN (SELECT value FROM json_each(?))`
		args = append(args, string(j))
	}
	q += ` ORDER BY article, start, "end", idx`
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("read %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}

// Sentences returns the sentence spans of the given articles (all when none
// are given), by article ID, in order. Tokens are not stored.
func (s *Store) Sentences(ids ...string) (map[string][]fact.Sentence, error) {
	q := `SELECT article, spans FROM sentences`
	var args []any
	if len(ids) > 0 {
		j, err := json.Marshal(ids)
		if err != nil {
			return nil, err
		}
		q += ` WHERE article IN (SELECT value FROM json_each(?))`
		args = append(args, string(j))
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("read sentences: %w", err)
	}
	defer rows.Close()
	out := map[string][]fact.Sentence{}
	for rows.Next() {
		var art, spans string
		if err := rows.Scan(&art, &spans); err != nil {
			return nil, fmt.Errorf("read sentences: %w", err)
		}
		var triples [][3]int
		if err := json.Unmarshal([]byte(spans), &triples); err != nil {
			return nil, fmt.Errorf("read sentences of %s: %w", art, err)
		}
		ss := make([]fact.Sentence, len(triples))
		for i, t := range triples {
			ss[i] = fact.Sentence{Index: t[0], Start: t[1], End: t[2]}
		}
		out[art] = ss
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read sentences: %w", err)
	}
	return out, nil
}

// Entities returns the entity mentions of the given articles (all when none
// are given), ordered by article and position.
func (s *Store) Entities(ids ...string) ([]fact.Entity, error) {
	var es []fact.Entity
	err := s.factQuery(`SELECT article, text, start, "end", sentence, name, type, kind FROM entities`, "entities", ids,
		func(r *sql.Rows) error {
			var e fact.Entity
			if err := r.Scan(&e.Article, &e.Text, &e.Start, &e.End, &e.Sentence, &e.Name, &e.Type, &e.Kind); err != nil {
				return err
			}
			es = append(es, e)
			return nil
		})
	return es, err
}

// Figures returns the figures of the given articles (all when none are
// given), ordered by article and position.
func (s *Store) Figures(ids ...string) ([]fact.Figure, error) {
	var fs []fact.Figure
	err := s.factQuery(`SELECT article, text, start, "end", sentence, value, unit, noun, hedge, direction, about FROM figures`,
		"figures", ids, func(r *sql.Rows) error {
			var f fact.Figure
			if err := r.Scan(&f.Article, &f.Text, &f.Start, &f.End, &f.Sentence, &f.Value, &f.Unit, &f.Noun, &f.Hedge,
				&f.Direction, &f.About); err != nil {
				return err
			}
			fs = append(fs, f)
			return nil
		})
	return fs, err
}

// Dates returns the dates of the given articles (all when none are given),
// ordered by article and position.
func (s *Store) Dates(ids ...string) ([]fact.Date, error) {
	var ds []fact.Date
	err := s.factQuery(`SELECT article, text, start, "end", sentence, value, vague, relative FROM dates`, "dates", ids,
		func(r *sql.Rows) error {
			var d fact.Date
			if err := r.Scan(&d.Article, &d.Text, &d.Start, &d.End, &d.Sentence, &d.Value, &d.Vague, &d.Relative); err != nil {
				return err
			}
			ds = append(ds, d)
			return nil
		})
	return ds, err
}

// Claims returns the claims of the given articles (all when none are
// given), ordered by article and position.
func (s *Store) Claims(ids ...string) ([]fact.Claim, error) {
	var cs []fact.Claim
	err := s.factQuery(`SELECT article, id, outlet, speaker, speaker_of, stance, partial, mode, cue, subject, predicate,
		object, polarity, hedges, entities, figures, dates, evidence, start, "end", via FROM claims`, "claims", ids,
		func(r *sql.Rows) error {
			var c fact.Claim
			var hedges, ents, figs, dates, via string
			if err := r.Scan(&c.Article, &c.ID, &c.Outlet, &c.Speaker, &c.SpeakerOf, &c.Stance, &c.Partial, &c.Mode,
				&c.Cue, &c.Subject, &c.Predicate, &c.Object, &c.Polarity, &hedges, &ents, &figs, &dates, &c.Evidence,
				&c.Start, &c.End, &via); err != nil {
				return err
			}
			for _, x := range []struct {
				s string
				v any
			}{{hedges, &c.Hedges}, {ents, &c.Entities}, {figs, &c.Figures}, {dates, &c.Dates}, {via, &c.Via}} {
				if err := json.Unmarshal([]byte(x.s), x.v); err != nil {
					return fmt.Errorf("claim %s: %w", c.ID, err)
				}
			}
			// [] in the store reads back as nil, as the analysers give it.
			if len(c.Hedges) == 0 {
				c.Hedges = nil
			}
			if len(c.Entities) == 0 {
				c.Entities = nil
			}
			if len(c.Figures) == 0 {
				c.Figures = nil
			}
			if len(c.Dates) == 0 {
				c.Dates = nil
			}
			if len(c.Via) == 0 {
				c.Via = nil
			}
			cs = append(cs, c)
			return nil
		})
	return cs, err
}

// Results returns the stored facts of the given articles (all when none are
// given), by article ID. Sentences carry no tokens.
func (s *Store) Results(ids ...string) (map[string]*analyze.Result, error) {
	res := map[string]*analyze.Result{}
	get := func(id string) *analyze.Result {
		r := res[id]
		if r == nil {
			r = &analyze.Result{}
			res[id] = r
		}
		return r
	}
	ss, err := s.Sentences(ids...)
	if err != nil {
		return nil, err
	}
	for art, x := range ss {
		get(art).Sentences = x
	}
	es, err := s.Entities(ids...)
	if err != nil {
		return nil, err
	}
	for _, x := range es {
		r := get(x.Article)
		r.Entities = append(r.Entities, x)
	}
	fs, err := s.Figures(ids...)
	if err != nil {
		return nil, err
	}
	for _, x := range fs {
		r := get(x.Article)
		r.Figures = append(r.Figures, x)
	}
	ds, err := s.Dates(ids...)
	if err != nil {
		return nil, err
	}
	for _, x := range ds {
		r := get(x.Article)
		r.Dates = append(r.Dates, x)
	}
	cs, err := s.Claims(ids...)
	if err != nil {
		return nil, err
	}
	for _, x := range cs {
		r := get(x.Article)
		r.Claims = append(r.Claims, x)
	}
	return res, nil
}

package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
)

// PutStatus says what a Put did.
type PutStatus int

// What Put can do with an article.
const (
	Existed  PutStatus = iota // the article and its facts were already stored: nothing written
	Stored                    // the article was new and is stored (with its facts when given)
	Analyzed                  // the article was stored without facts; its facts are added now
)

// Status says whether the article with id is stored and whether its facts
// are.
func (s *Store) Status(id string) (stored, analyzed bool, err error) {
	seq, analyzed, err := s.status1(id)
	return seq > 0, analyzed, err
}

// status1 returns the seq of the article with id (0 when not stored) and
// whether its facts are stored.
func (s *Store) status1(id string) (seq int64, analyzed bool, err error) {
	var a int
	err = s.status.QueryRow(id).Scan(&seq, &a)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("look up article %s: %w", id, err)
	}
	return seq, a == 1, nil
}

// maxSeq returns the highest seq stored, 0 for an empty store.
func (s *Store) maxSeq() (int64, error) {
	var n int64
	if err := s.db.QueryRow(`SELECT coalesce(max(seq), 0) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("read %s: %w", s.path, err)
	}
	return n, nil
}

// Has reports whether the article with the full ID id is stored.
func (s *Store) Has(id string) (bool, error) {
	stored, _, err := s.Status(id)
	return stored, err
}

// Put stores a and its facts r in one transaction; r nil stores the article
// alone, to be analysed later. Putting an article already stored writes
// nothing (or only its facts, when it was stored without them).
func (s *Store) Put(a Article, r *analyze.Result) (PutStatus, error) {
	b, err := s.Begin()
	if err != nil {
		return Existed, err
	}
	defer b.Rollback()
	st, err := b.Put(Item{Article: a, Result: r})
	if err != nil {
		return Existed, err
	}
	if err := b.Commit(); err != nil {
		return Existed, err
	}
	return st, nil
}

// Item is one article ready to be stored by a Batch.
type Item struct {
	Article Article
	Result  *analyze.Result // nil: store the article without facts
	Near    *Fingerprint    // nil: do not link near-duplicates
}

// Batch is one write transaction holding many Puts: all of them are stored
// by Commit, or none (Rollback, an error, or the process being killed).
type Batch struct {
	store *Store
	tx    *sql.Tx
	bands map[int64][]int64 // band key -> seqs of this batch, written at Commit
	stmts map[string]*sql.Stmt
	// facts not inserted yet, one table each: the batch gathers the fact
	// rows of its articles and inserts them rowsPerInsert at a time
	entities, figures, dates, claims pending
	done                             bool
}

// Begin starts a write transaction.
func (s *Store) Begin() (*Batch, error) {
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return nil, fmt.Errorf("begin write to %s: %w", s.path, err)
	}
	return &Batch{tx: tx, stmts: map[string]*sql.Stmt{}, store: s,
		entities: pending{table: "entities", cols: entityColumns},
		figures:  pending{table: "figures", cols: figureColumns},
		dates:    pending{table: "dates", cols: dateColumns},
		claims:   pending{table: "claims", cols: claimColumns},
	}, nil
}

// Commit stores every Put of the batch.
func (b *Batch) Commit() error {
	for _, p := range []*pending{&b.entities, &b.figures, &b.dates, &b.claims} {
		if err := p.flush(b); err != nil {
			b.Rollback()
			return fmt.Errorf("commit: %w", err)
		}
	}
	if err := b.flushBands(); err != nil {
		b.Rollback()
		return fmt.Errorf("commit: %w", err)
	}
	b.closeStmts()
	b.done = true
	if err := b.tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Rollback drops every Put of the batch; after Commit it does nothing.
func (b *Batch) Rollback() {
	if b.done {
		return
	}
	b.closeStmts()
	b.done = true
	b.tx.Rollback()
}

func (b *Batch) closeStmts() {
	for _, st := range b.stmts {
		st.Close()
	}
	b.stmts = map[string]*sql.Stmt{}
}

// exec runs query, prepared once per batch.
func (b *Batch) exec(query string, args ...any) (sql.Result, error) {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		st, err = b.tx.Prepare(query)
		if err != nil {
			return nil, err
		}
		b.stmts[query] = st
	}
	return st.Exec(args...)
}

// query runs a query returning rows, prepared once per batch.
func (b *Batch) query(query string, args ...any) (*sql.Rows, error) {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		st, err = b.tx.Prepare(query)
		if err != nil {
			return nil, err
		}
		b.stmts[query] = st
	}
	return st.Query(args...)
}

// Put adds one article, its facts and its near-duplicate links to the batch.
func (b *Batch) Put(it Item) (PutStatus, error) {
	a := it.Article
	if a.ID == "" {
		return Existed, errors.New("put: article without ID")
	}
	var (
		seq      int64
		analyzed int
	)
	rows, err := b.query(`SELECT seq, analyzed FROM articles INDEXED BY articles_id_analyzed WHERE id = ?`, a.ID)
	if err == nil { // a prepared statement of the batch, unlike QueryRow
		err = sql.ErrNoRows
		if rows.Next() {
			err = rows.Scan(&seq, &analyzed)
		} else if e := rows.Err(); e != nil {
			err = e
		}
		rows.Close()
	}
	switch {
	case errors.Is(err, sql.ErrNoRows):
		seq, err := b.putArticle(a, it.Result != nil)
		if err != nil {
			return Existed, fmt.Errorf("put article %s: %w", a.ID, err)
		}
		if it.Result != nil {
			if err := b.putFacts(seq, it.Result, true); err != nil {
				return Existed, fmt.Errorf("put facts of %s: %w", a.ID, err)
			}
		}
		if it.Near != nil {
			if err := b.link(a.ID, seq, it.Near); err != nil {
				return Existed, fmt.Errorf("link near-duplicates of %s: %w", a.ID, err)
			}
		}
		return Stored, nil
	case err != nil:
		return Existed, fmt.Errorf("look up article %s: %w", a.ID, err)
	case analyzed == 0 && it.Result != nil:
		if err := b.putFacts(seq, it.Result, false); err != nil {
			return Existed, fmt.Errorf("put facts of %s: %w", a.ID, err)
		}
		if _, err := b.exec(`UPDATE articles SET analyzed = 1 WHERE id = ?`, a.ID); err != nil {
			return Existed, fmt.Errorf("put facts of %s: %w", a.ID, err)
		}
		return Analyzed, nil
	default:
		return Existed, nil
	}
}

func (b *Batch) putArticle(a Article, analyzed bool) (seq int64, err error) {
	credits, err := jsonText(a.Credits)
	if err != nil {
		return 0, err
	}
	rules := "{}"
	if len(a.Rules) > 0 {
		j, err := json.Marshal(a.Rules)
		if err != nil {
			return 0, err
		}
		rules = string(j)
	}
	res, err := b.exec(`INSERT INTO articles
		(id, source_file, source_line, format, url, outlet, published, author, title, dateline, credits, words, body, rules, analyzed)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.SourceFile, a.SourceLine, a.Format, a.URL, a.Outlet, a.Published, a.Author, a.Title, a.Dateline,
		credits, a.Words, a.Body, rules, boolInt(analyzed))
	if err != nil {
		return 0, err
	}
	if seq, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	for i, bp := range a.Boilerplate {
		if _, err := b.exec(`INSERT INTO boilerplate (article, idx, text, reason) VALUES (?, ?, ?, ?)`,
			a.ID, i, bp.Text, bp.Reason); err != nil {
			return 0, err
		}
	}
	return seq, nil
}

// putFacts writes every fact of r for the article with seq; unless the
// article is new (fresh), it first removes any facts stored for it.
func (b *Batch) putFacts(seq int64, r *analyze.Result, fresh bool) error {
	if !fresh {
		for _, t := range []string{"sentences", "entities", "figures", "dates", "claims"} {
			if _, err := b.exec(`DELETE FROM `+t+` WHERE seq = ?`, seq); err != nil {
				return err
			}
		}
	}
	if len(r.Sentences) > 0 {
		if _, err := b.exec(`INSERT INTO sentences (seq, spans) VALUES (?, ?)`, seq, sentenceSpans(r.Sentences)); err != nil {
			return err
		}
	}
	for i, e := range r.Entities {
		if err := b.entities.add(b, seq, i, e.Text, e.Start, e.End, e.Sentence, e.Name, e.Type, e.Kind); err != nil {
			return err
		}
	}
	for i, f := range r.Figures {
		if err := b.figures.add(b, seq, i, f.Text, f.Start, f.End, f.Sentence, f.Value, f.Unit, f.Noun, f.Hedge, f.Direction,
			f.About); err != nil {
			return err
		}
	}
	for i, d := range r.Dates {
		if err := b.dates.add(b, seq, i, d.Text, d.Start, d.End, d.Sentence, d.Value, boolInt(d.Vague), boolInt(d.Relative)); err != nil {
			return err
		}
	}
	for i, c := range r.Claims {
		row, err := claimRow(seq, i, c)
		if err != nil {
			return err
		}
		if err := b.claims.add(b, row...); err != nil {
			return err
		}
	}
	return nil
}

// The columns of the fact tables, in the order putFacts gives their values.
var (
	entityColumns = []string{"seq", "idx", "text", "start", `"end"`, "sentence", "name", "type", "kind"}
	figureColumns = []string{"seq", "idx", "text", "start", `"end"`, "sentence", "value", "unit", "noun", "hedge", "direction", "about"}
	dateColumns   = []string{"seq", "idx", "text", "start", `"end"`, "sentence", "value", "vague", "relative"}
	claimColumns  = []string{"seq", "idx", "id", "outlet", "speaker", "speaker_of", "stance", "partial", "mode", "cue",
		"subject", "predicate", "object", "polarity", "hedges", "entities", "figures", "dates", "evidence", "start", `"end"`, "via"}
)

// claimRow returns the values of a claims row, in the order of claimColumns.
func claimRow(seq int64, i int, c fact.Claim) ([]any, error) {
	hedges, err := jsonText(c.Hedges)
	if err != nil {
		return nil, err
	}
	ents, err := jsonText(c.Entities)
	if err != nil {
		return nil, err
	}
	figs, err := jsonText(c.Figures)
	if err != nil {
		return nil, err
	}
	dates, err := jsonText(c.Dates)
	if err != nil {
		return nil, err
	}
	via, err := jsonText(c.Via)
	if err != nil {
		return nil, err
	}
	return []any{seq, i, c.ID, c.Outlet, c.Speaker, c.SpeakerOf, c.Stance, boolInt(c.Partial), c.Mode, c.Cue,
		c.Subject, c.Predicate, c.Object, c.Polarity, hedges, ents, figs, dates, c.Evidence, c.Start, c.End, via}, nil
}

// rowsPerInsert is how many rows one INSERT carries: multi-row inserts cut
// the per-statement cost, which dominates for small fact rows. SQLite
// allows 32766 parameters a statement.
const rowsPerInsert = 64

// pending holds the rows of one table that a Batch has not inserted yet.
// The rows of many articles are gathered and inserted rowsPerInsert at a
// time, so that nearly every INSERT is the one full statement, prepared
// once a batch; only the rest at Commit takes a shorter one.
type pending struct {
	table string
	cols  []string
	args  []any // the values of n rows, row after row
	n     int
	full  string // the INSERT of rowsPerInsert rows, once built
}

// add queues one row, whose values are in the order of p.cols, inserting
// the queued rows once there are rowsPerInsert of them.
func (p *pending) add(b *Batch, vals ...any) error {
	p.args = append(p.args, vals...)
	p.n++
	if p.n < rowsPerInsert {
		return nil
	}
	return p.flush(b)
}

// flush inserts the queued rows.
func (p *pending) flush(b *Batch) error {
	if p.n == 0 {
		return nil
	}
	q := p.full
	if p.n != rowsPerInsert || q == "" {
		q = insertStatement(p.table, p.cols, p.n)
		if p.n == rowsPerInsert {
			p.full = q
		}
	}
	if _, err := b.exec(q, p.args...); err != nil {
		return fmt.Errorf("insert into %s: %w", p.table, err)
	}
	clear(p.args) // let the strings go
	p.args, p.n = p.args[:0], 0
	return nil
}

// insertStatement is the INSERT of n rows into table.
func insertStatement(table string, cols []string, n int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	return "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
}

// insertRows inserts n rows into table, rowsPerInsert at a time.
func insertRows(b *Batch, table string, cols []string, n int, row func(i int) []any) error {
	p := pending{table: table, cols: cols, args: make([]any, 0, rowsPerInsert*len(cols))}
	for i := range n {
		if err := p.add(b, row(i)...); err != nil {
			return err
		}
	}
	return p.flush(b)
}

// jsonText encodes v as JSON for a text column; nil slices become [].
func jsonText[T any](v []T) (string, error) {
	if len(v) == 0 {
		return "[]", nil
	}
	j, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(j), nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sentenceSpans encodes sentences as the JSON array of [index, start, end]
// the sentences table holds.
func sentenceSpans(ss []fact.Sentence) string {
	b := make([]byte, 0, 16*len(ss)+2)
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.Index), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

package corpus

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
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

// interner shares one copy of each repeated string (article IDs, names,
// types, units, stances): read back by the million, they would otherwise
// each take their own allocation.
type interner map[string]string

func (in interner) get(b sql.RawBytes) string {
	if s, ok := in[string(b)]; ok {
		return s
	}
	s := string(b)
	in[s] = s
	return s
}

// factQuery runs a SELECT of the article ID and cols (columns of table,
// named f.column) over the facts of the given articles (all articles when
// none are given). Fact tables refer to articles by seq; the rows come in
// (article ID, idx) order, which the query plan gives without a sort: the
// articles in the order of their ID index, each article's facts in
// primary-key order. Callers put each article's facts in position order
// with sortByArticleSpan.
func (s *Store) factQuery(cols, table string, ids []string, scan func(*sql.Rows) error) error {
	q := `SELECT a.id, ` + cols + ` FROM articles a JOIN ` + table + ` f ON f.seq = a.seq`
	var args []any
	if len(ids) > 0 {
		j, err := json.Marshal(ids)
		if err != nil {
			return err
		}
		q += ` WHERE a.id IN (SELECT value FROM json_each(?))`
		args = append(args, string(j))
	}
	q += ` ORDER BY a.id`
	if table != "sentences" { // one row an article
		q += `, f.idx`
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("read %s: %w", table, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	return nil
}

// rowsHint returns the number of rows of table when every article is read,
// so that slices of millions of facts are allocated once instead of growing
// by doubling (and leaving the smaller copies to the collector); 0 when only
// some articles are read or the count fails.
func (s *Store) rowsHint(table string, ids []string) int {
	if len(ids) > 0 {
		return 0
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		return 0
	}
	return n
}

// sortByArticleSpan orders facts that come grouped by article into
// (article, start, end) order, keeping the analyser's order for ties. Each
// article's run is sorted alone, and only when it is out of order, which
// analysers seldom leave it.
func sortByArticleSpan[T any](xs []T, key func(*T) (string, int, int)) {
	less := func(a, b *T) bool {
		_, s1, e1 := key(a)
		_, s2, e2 := key(b)
		return s1 < s2 || s1 == s2 && e1 < e2
	}
	for lo := 0; lo < len(xs); {
		art, _, _ := key(&xs[lo])
		hi, sorted := lo+1, true
		for ; hi < len(xs); hi++ {
			if a, _, _ := key(&xs[hi]); a != art {
				break
			}
			if less(&xs[hi], &xs[hi-1]) {
				sorted = false
			}
		}
		if !sorted {
			run := xs[lo:hi]
			sort.SliceStable(run, func(i, j int) bool { return less(&run[i], &run[j]) })
		}
		lo = hi
	}
}

// Sentences returns the sentence spans of the given articles (all when none
// are given), by article ID, in order. Tokens are not stored.
func (s *Store) Sentences(ids ...string) (map[string][]fact.Sentence, error) {
	out := map[string][]fact.Sentence{}
	err := s.factQuery(`f.spans, 0 AS idx`, "sentences", ids, func(r *sql.Rows) error {
		var art string
		var spans sql.RawBytes
		var idx int
		if err := r.Scan(&art, &spans, &idx); err != nil {
			return err
		}
		ss, err := parseSpans(spans)
		if err != nil {
			return fmt.Errorf("sentences of %s: %w", art, err)
		}
		out[art] = ss
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parseSpans reads the [[index,start,end],...] the sentences table holds,
// faster than encoding/json for millions of small numbers.
func parseSpans(b []byte) ([]fact.Sentence, error) {
	var nums []int
	n, in := 0, false
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			n, in = n*10+int(c-'0'), true
		case c == ',' || c == ']':
			if in {
				nums = append(nums, n)
			}
			n, in = 0, false
		case c == '[' || c == ' ':
		default:
			return nil, fmt.Errorf("bad sentence spans %.40q", b)
		}
	}
	if len(nums)%3 != 0 {
		return nil, fmt.Errorf("bad sentence spans %.40q", b)
	}
	ss := make([]fact.Sentence, len(nums)/3)
	for i := range ss {
		ss[i] = fact.Sentence{Index: nums[3*i], Start: nums[3*i+1], End: nums[3*i+2]}
	}
	return ss, nil
}

// Entities returns the entity mentions of the given articles (all when none
// are given), ordered by article and position.
func (s *Store) Entities(ids ...string) ([]fact.Entity, error) {
	es := make([]fact.Entity, 0, s.rowsHint("entities", ids))
	in := interner{}
	var art, name, typ, kind sql.RawBytes
	err := s.factQuery(`f.text, f.start, f."end", f.sentence, f.name, f.type, f.kind, f.idx`, "entities", ids,
		func(r *sql.Rows) error {
			var e fact.Entity
			var idx int
			if err := r.Scan(&art, &e.Text, &e.Start, &e.End, &e.Sentence, &name, &typ, &kind, &idx); err != nil {
				return err
			}
			e.Article, e.Name, e.Type, e.Kind = in.get(art), in.get(name), in.get(typ), in.get(kind)
			es = append(es, e)
			return nil
		})
	sortByArticleSpan(es, func(e *fact.Entity) (string, int, int) { return e.Article, e.Start, e.End })
	return es, err
}

// Figures returns the figures of the given articles (all when none are
// given), ordered by article and position.
func (s *Store) Figures(ids ...string) ([]fact.Figure, error) {
	fs := make([]fact.Figure, 0, s.rowsHint("figures", ids))
	in := interner{}
	var art, unit, noun, hedge, dir, about sql.RawBytes
	err := s.factQuery(`f.text, f.start, f."end", f.sentence, f.value, f.unit, f.noun, f.hedge, f.direction, f.about, f.idx`,
		"figures", ids, func(r *sql.Rows) error {
			var f fact.Figure
			var idx int
			if err := r.Scan(&art, &f.Text, &f.Start, &f.End, &f.Sentence, &f.Value, &unit, &noun, &hedge, &dir,
				&about, &idx); err != nil {
				return err
			}
			f.Article, f.Unit, f.Noun, f.Hedge, f.Direction, f.About =
				in.get(art), in.get(unit), in.get(noun), in.get(hedge), in.get(dir), in.get(about)
			fs = append(fs, f)
			return nil
		})
	sortByArticleSpan(fs, func(f *fact.Figure) (string, int, int) { return f.Article, f.Start, f.End })
	return fs, err
}

// Dates returns the dates of the given articles (all when none are given),
// ordered by article and position.
func (s *Store) Dates(ids ...string) ([]fact.Date, error) {
	ds := make([]fact.Date, 0, s.rowsHint("dates", ids))
	in := interner{}
	var art, value sql.RawBytes
	err := s.factQuery(`f.text, f.start, f."end", f.sentence, f.value, f.vague, f.relative, f.idx`, "dates", ids,
		func(r *sql.Rows) error {
			var d fact.Date
			var idx int
			if err := r.Scan(&art, &d.Text, &d.Start, &d.End, &d.Sentence, &value, &d.Vague, &d.Relative, &idx); err != nil {
				return err
			}
			d.Article, d.Value = in.get(art), in.get(value)
			ds = append(ds, d)
			return nil
		})
	sortByArticleSpan(ds, func(d *fact.Date) (string, int, int) { return d.Article, d.Start, d.End })
	return ds, err
}

// Claims returns the claims of the given articles (all when none are
// given), ordered by article and position.
func (s *Store) Claims(ids ...string) ([]fact.Claim, error) {
	cs := make([]fact.Claim, 0, s.rowsHint("claims", ids))
	in := interner{}
	var art, outlet, speaker, speakerOf, stance, mode, cue, pred, polarity sql.RawBytes
	var hedges, ents, figs, dates, via sql.RawBytes
	err := s.factQuery(`f.id, f.outlet, f.speaker, f.speaker_of, f.stance, f.partial, f.mode, f.cue, f.subject,
		f.predicate, f.object, f.polarity, f.hedges, f.entities, f.figures, f.dates, f.evidence, f.start, f."end", f.via,
		f.idx`, "claims", ids,
		func(r *sql.Rows) error {
			var c fact.Claim
			var idx int
			if err := r.Scan(&art, &c.ID, &outlet, &speaker, &speakerOf, &stance, &c.Partial, &mode, &cue, &c.Subject,
				&pred, &c.Object, &polarity, &hedges, &ents, &figs, &dates, &c.Evidence, &c.Start, &c.End, &via, &idx); err != nil {
				return err
			}
			c.Article, c.Outlet, c.Speaker, c.SpeakerOf, c.Stance = in.get(art), in.get(outlet), in.get(speaker),
				in.get(speakerOf), in.get(stance)
			c.Mode, c.Cue, c.Predicate, c.Polarity = in.get(mode), in.get(cue), in.get(pred), in.get(polarity)
			var err error
			if c.Hedges, err = stringList(in, hedges); err != nil {
				return fmt.Errorf("claim %s: hedges: %w", c.ID, err)
			}
			if c.Entities, err = stringList(in, ents); err != nil {
				return fmt.Errorf("claim %s: entities: %w", c.ID, err)
			}
			if c.Dates, err = stringList(in, dates); err != nil {
				return fmt.Errorf("claim %s: dates: %w", c.ID, err)
			}
			if c.Via, err = stringList(in, via); err != nil {
				return fmt.Errorf("claim %s: via: %w", c.ID, err)
			}
			if len(figs) > 2 { // not "[]"
				if err := json.Unmarshal(figs, &c.Figures); err != nil {
					return fmt.Errorf("claim %s: figures: %w", c.ID, err)
				}
			}
			cs = append(cs, c)
			return nil
		})
	sortByArticleSpan(cs, func(c *fact.Claim) (string, int, int) { return c.Article, c.Start, c.End })
	return cs, err
}

// stringList decodes a JSON array of strings, interning its elements; []
// gives nil, as the analysers leave empty lists.
func stringList(in interner, b sql.RawBytes) ([]string, error) {
	if len(b) <= 2 {
		return nil, nil
	}
	var xs []string
	if err := json.Unmarshal(b, &xs); err != nil {
		return nil, err
	}
	for i, x := range xs {
		if y, ok := in[x]; ok {
			xs[i] = y
		} else {
			in[x] = x
		}
	}
	if len(xs) == 0 {
		return nil, nil
	}
	return xs, nil
}

// Results returns the stored facts of the given articles (all when none are
// given), by article ID. Sentences carry no tokens. Each article's facts are
// a window of one slice a kind (capped, so appending to one copies it),
// not copies: the facts of a whole store are held once.
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
	eachRun(es, func(e *fact.Entity) string { return e.Article }, func(art string, run []fact.Entity) {
		get(art).Entities = run
	})
	fs, err := s.Figures(ids...)
	if err != nil {
		return nil, err
	}
	eachRun(fs, func(f *fact.Figure) string { return f.Article }, func(art string, run []fact.Figure) {
		get(art).Figures = run
	})
	ds, err := s.Dates(ids...)
	if err != nil {
		return nil, err
	}
	eachRun(ds, func(d *fact.Date) string { return d.Article }, func(art string, run []fact.Date) {
		get(art).Dates = run
	})
	cs, err := s.Claims(ids...)
	if err != nil {
		return nil, err
	}
	eachRun(cs, func(c *fact.Claim) string { return c.Article }, func(art string, run []fact.Claim) {
		get(art).Claims = run
	})
	return res, nil
}

// eachRun calls fn with each run of xs (grouped by article) and its article;
// the run's capacity ends with it.
func eachRun[T any](xs []T, article func(*T) string, fn func(string, []T)) {
	for lo := 0; lo < len(xs); {
		art := article(&xs[lo])
		hi := lo + 1
		for hi < len(xs) && article(&xs[hi]) == art {
			hi++
		}
		fn(art, xs[lo:hi:hi])
		lo = hi
	}
}

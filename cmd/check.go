package cmd

import (
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/check"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
	"github.com/corpus-news/corpus/report"
)

func init() {
	register(newCheckCmd)
}

// checkOptions are the flags of corpus check.
type checkOptions struct {
	kind        string
	entity      string
	minSeverity string
	failOn      string
}

// checkMemoryLimit is the soft memory limit of corpus check (GOMEMLIMIT
// overrides it).
const checkMemoryLimit = 1600 << 20

var findingKinds = []string{fact.Contradiction, fact.Discrepancy, fact.Corroboration}

var severities = []string{fact.SeverityInfo, fact.SeverityLow, fact.SeverityMedium, fact.SeverityHigh}

func newCheckCmd(g *globals) *cobra.Command {
	var o checkOptions
	c := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Cross-check claims and figures: contradictions, discrepancies, corroborations",
		Long: `check links the claims and figures of all articles that speak of the same
thing (same entities, predicates of the same meaning, overlapping objects,
dates close together) and reports:

  contradiction   one source asserts, reports or confirms what another denies
  discrepancy     the same measure with values that differ beyond what their
                  hedges allow, the same amount in two currencies, or the same
                  event on different dates
  corroboration   the same claim or figure from independent sources
                  (near-duplicates and re-reports of one source count once)

Each finding has a stable ID, a kind, a severity (high, medium, low, info),
what it is about, a one-line explanation and its sides: article, outlet,
speaker, stance, evidence with byte offsets, and for figures value, unit and
hedge. Findings are ordered by severity (most severe first), kind and ID.
` + factSources + `

The table shortens the evidence; CSV and JSON carry everything (JSON rows:
id, kind, severity, about, explanation, sides).

Examples:
  corpus check --kind contradiction
  corpus check --entity Facebook --min-severity medium
  corpus check --fail-on contradiction,discrepancy articles/    # for CI
` + exitStatusHelp,
		RunE: func(c *cobra.Command, args []string) error {
			return runCheck(g, &o, args)
		},
	}
	c.Flags().StringVar(&o.kind, "kind", "", "only these kinds: contradiction, discrepancy, corroboration (comma-separated)")
	c.Flags().StringVar(&o.entity, "entity", "", "only findings that name this entity (in what they are about, a speaker or the evidence)")
	c.Flags().StringVar(&o.minSeverity, "min-severity", "", "only findings at least this severe: info, low, medium, high")
	c.Flags().StringVar(&o.failOn, "fail-on", "", "exit with status 1 when a finding of these kinds is reported (comma-separated)")
	return c
}

func runCheck(g *globals, o *checkOptions, paths []string) (err error) {
	if err := unknownValue("--kind", o.kind, findingKinds...); err != nil {
		return err
	}
	if err := unknownValue("--fail-on", o.failOn, findingKinds...); err != nil {
		return err
	}
	if o.minSeverity != "" {
		if err := unknownValue("--min-severity", o.minSeverity, severities...); err != nil {
			return err
		}
		if strings.Contains(o.minSeverity, ",") {
			return fmt.Errorf("--min-severity %q: want one severity", o.minSeverity)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep a whole store's check under 2 GB: the garbage collector works
		// harder as the heap nears this.
		debug.SetMemoryLimit(checkMemoryLimit)
	}
	var findings []fact.Finding
	if len(paths) == 0 {
		findings, err = checkStore(g)
	} else {
		var fs *factSet
		if fs, err = loadFacts(g, paths, ""); err == nil {
			findings, err = checkFacts(g, fs, false)
		}
	}
	if err != nil {
		return err
	}
	findings = filterFindings(findings, o)
	if err := writeFindings(g, findings); err != nil {
		return err
	}
	for _, f := range findings {
		if matches(o.failOn, f.Kind) && o.failOn != "" {
			return fmt.Errorf("%w: %s", ErrFindings, f.Kind)
		}
	}
	return nil
}

// checkFacts cross-checks loaded facts. From the store (fromStore), bodies
// are read only for the articles whose dates cross-checking compares as
// events, and afterwards for the articles of the findings whose sides still
// lack their sentence: reading every body of a large store would double
// the memory a check needs.
func checkFacts(g *globals, fs *factSet, fromStore bool) ([]fact.Finding, error) {
	if !fromStore {
		return check.Check(checkArticles(fs)), nil
	}
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	index := map[string]int{}
	for i, a := range fs.Articles {
		index[a.ID] = i
		if a.Body == "" && check.NeedsBody(fs.Results[i].Dates) {
			full, err := s.Article(a.ID)
			if err != nil {
				return nil, err
			}
			fs.Articles[i].Body = full.Body
		}
	}
	findings := check.Check(checkArticles(fs))
	for fi := range findings {
		for si := range findings[fi].Sides {
			side := &findings[fi].Sides[si]
			i, ok := index[side.Article]
			if !ok || side.Claim != "" {
				continue
			}
			if fs.Articles[i].Body == "" {
				full, err := s.Article(side.Article)
				if err != nil {
					return nil, err
				}
				fs.Articles[i].Body = full.Body
			}
			body := fs.Articles[i].Body
			for _, sent := range fs.Results[i].Sentences {
				if sent.Start <= side.Start && side.End <= sent.End && sent.End <= len(body) && sent.Start >= 0 {
					side.Evidence, side.Start, side.End = body[sent.Start:sent.End], sent.Start, sent.End
					break
				}
			}
		}
	}
	return findings, nil
}

// checkBatch is how many articles' facts checkStore reads at a time.
const checkBatch = 1000

// checkStore cross-checks every article of the store at g.db. It reads the
// facts in batches of articles and keeps only what cross-checking reads
// (no sentences or bodies but where dates are compared as events, no
// figures inside claims, names shared), so that a store of 40,000 articles
// fits in well under 2 GB; the sentences of the findings' sides are read
// afterwards.
func checkStore(g *globals) ([]fact.Finding, error) {
	s, err := corpus.OpenExisting(g.db)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	metas, err := s.Articles(corpus.Filter{})
	if err != nil {
		return nil, err
	}
	groups, err := s.GroupOf()
	if err != nil {
		return nil, err
	}
	intern := map[string]string{}
	in := func(v string) string {
		if x, ok := intern[v]; ok {
			return x
		}
		intern[v] = v
		return v
	}
	arts := make([]check.Article, len(metas))
	index := map[string]int{}
	for i, a := range metas {
		group := a.ID
		if gid, ok := groups[a.ID]; ok {
			group = gid
		}
		arts[i] = check.Article{ID: a.ID, Outlet: in(a.Outlet), Published: a.Published, Credits: a.Credits, Group: group}
		index[a.ID] = i
	}
	metas = nil
	for lo := 0; lo < len(arts); lo += checkBatch {
		hi := min(lo+checkBatch, len(arts))
		ids := make([]string, 0, hi-lo)
		for _, a := range arts[lo:hi] {
			ids = append(ids, a.ID)
		}
		// Each article's facts are a window of one slice of its batch, cut
		// to size: appending article by article would leave a quarter of
		// the memory unused.
		ents, err := s.Entities(ids...)
		if err != nil {
			return nil, err
		}
		ents = slices.Clone(ents)
		for i := range ents {
			e := &ents[i]
			e.Text, e.Name, e.Type, e.Kind = in(e.Text), in(e.Name), in(e.Type), in(e.Kind)
		}
		attach(ents, arts, index, func(e *fact.Entity) *string { return &e.Article },
			func(a *check.Article, run []fact.Entity) { a.Entities = run })
		figs, err := s.Figures(ids...)
		if err != nil {
			return nil, err
		}
		figs = slices.Clone(figs)
		for i := range figs {
			f := &figs[i]
			f.Unit, f.Hedge, f.Direction = in(f.Unit), in(f.Hedge), in(f.Direction)
		}
		attach(figs, arts, index, func(f *fact.Figure) *string { return &f.Article },
			func(a *check.Article, run []fact.Figure) { a.Figures = run })
		dates, err := s.Dates(ids...)
		if err != nil {
			return nil, err
		}
		dates = slices.Clone(dates)
		attach(dates, arts, index, func(d *fact.Date) *string { return &d.Article },
			func(a *check.Article, run []fact.Date) { a.Dates = run })
		claims, err := s.Claims(ids...)
		if err != nil {
			return nil, err
		}
		claims = slices.Clone(claims)
		for i := range claims {
			c := &claims[i]
			c.Outlet, c.Speaker, c.SpeakerOf, c.Stance = in(c.Outlet), in(c.Speaker), in(c.SpeakerOf), in(c.Stance)
			c.Figures, c.Hedges = nil, nil
			for k := range c.Entities {
				c.Entities[k] = in(c.Entities[k])
			}
		}
		attach(claims, arts, index, func(c *fact.Claim) *string { return &c.Article },
			func(a *check.Article, run []fact.Claim) { a.Claims = run })
		// Bodies and sentences where dates are compared as events; of the
		// other articles only the sentences holding figures.
		var need, texts []string
		for _, id := range ids {
			a := &arts[index[id]]
			if check.NeedsBody(a.Dates) {
				need = append(need, id)
			} else if len(a.Figures) > 0 {
				texts = append(texts, id)
			}
		}
		if err := readBodies(s, arts, index, need); err != nil {
			return nil, err
		}
		if err := readFigureTexts(s, arts, index, texts); err != nil {
			return nil, err
		}
	}
	intern = nil
	findings := check.Check(arts)
	// The sentences of sides that are no claim (figures, names, dates).
	var need []string
	seen := map[string]bool{}
	for _, f := range findings {
		for _, side := range f.Sides {
			if i, ok := index[side.Article]; ok && side.Claim == "" && arts[i].Sentences == nil && !seen[side.Article] {
				seen[side.Article] = true
				need = append(need, side.Article)
			}
		}
	}
	for lo := 0; lo < len(need); lo += checkBatch {
		if err := readBodies(s, arts, index, need[lo:min(lo+checkBatch, len(need))]); err != nil {
			return nil, err
		}
	}
	for fi := range findings {
		for si := range findings[fi].Sides {
			side := &findings[fi].Sides[si]
			i, ok := index[side.Article]
			if !ok || side.Claim != "" {
				continue
			}
			body := arts[i].Body
			for _, sent := range arts[i].Sentences {
				if sent.Start <= side.Start && side.End <= sent.End && sent.Start >= 0 && sent.End <= len(body) {
					side.Evidence, side.Start, side.End = body[sent.Start:sent.End], sent.Start, sent.End
					break
				}
			}
		}
	}
	return findings, nil
}

// attach hands each article its run of xs (grouped by article, as the
// store returns them), after pointing each fact's article ID at the
// article's own string, so that the many copies of one ID share memory;
// a run's capacity ends with it.
func attach[T any](xs []T, arts []check.Article, index map[string]int, article func(*T) *string, set func(*check.Article, []T)) {
	for lo := 0; lo < len(xs); {
		id := *article(&xs[lo])
		hi := lo + 1
		for hi < len(xs) && *article(&xs[hi]) == id {
			hi++
		}
		a := &arts[index[id]]
		run := xs[lo:hi:hi]
		for i := range run {
			*article(&run[i]) = a.ID
		}
		set(a, run)
		lo = hi
	}
}

// readBodies reads the bodies and sentence spans of the articles ids.
func readBodies(s *corpus.Store, arts []check.Article, index map[string]int, ids []string) error {
	bodies, sents, err := readTexts(s, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		a := &arts[index[id]]
		a.Body, a.Sentences = bodies[id], sents[id]
	}
	return nil
}

// readTexts reads the bodies and sentence spans of the articles ids (none
// when ids is empty).
func readTexts(s *corpus.Store, ids []string) (map[string]string, map[string][]fact.Sentence, error) {
	if len(ids) == 0 {
		return nil, nil, nil
	}
	sents, err := s.Sentences(ids...)
	if err != nil {
		return nil, nil, err
	}
	bodies, err := s.Bodies(ids...)
	if err != nil {
		return nil, nil, err
	}
	return bodies, sents, nil
}

// readFigureTexts gives the articles ids the text of their sentences that
// hold figures (check.Article.Texts), copied out of bodies not kept.
func readFigureTexts(s *corpus.Store, arts []check.Article, index map[string]int, ids []string) error {
	bodies, sents, err := readTexts(s, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		a := &arts[index[id]]
		body := bodies[id]
		for _, f := range a.Figures {
			if _, done := a.Texts[f.Sentence]; done {
				continue
			}
			for _, sent := range sents[id] {
				if sent.Index == f.Sentence && sent.Start >= 0 && sent.Start < sent.End && sent.End <= len(body) {
					if a.Texts == nil {
						a.Texts = map[int]string{}
					}
					a.Texts[f.Sentence] = strings.Clone(body[sent.Start:sent.End])
					break
				}
			}
		}
	}
	return nil
}

// checkArticles turns loaded facts into what cross-checking reads.
func checkArticles(fs *factSet) []check.Article {
	arts := make([]check.Article, len(fs.Articles))
	for i, a := range fs.Articles {
		r := fs.Results[i]
		arts[i] = check.Article{
			ID: a.ID, Outlet: a.Outlet, Published: a.Published, Credits: a.Credits, Group: fs.Group[a.ID],
			Body: a.Body, Sentences: r.Sentences,
			Entities: r.Entities, Figures: r.Figures, Dates: r.Dates, Claims: r.Claims,
		}
		for j := range arts[i].Claims {
			if arts[i].Claims[j].Article == "" {
				arts[i].Claims[j].Article = a.ID
			}
		}
	}
	return arts
}

func filterFindings(fs []fact.Finding, o *checkOptions) []fact.Finding {
	minRank := len(severities)
	if o.minSeverity != "" {
		minRank = check.SeverityRank(strings.ToLower(strings.TrimSpace(o.minSeverity)))
	}
	entity := strings.ToLower(strings.TrimSpace(o.entity))
	var out []fact.Finding
	for _, f := range fs {
		if !matches(o.kind, f.Kind) || check.SeverityRank(f.Severity) > minRank {
			continue
		}
		if entity != "" && !findingNames(f, entity) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// findingNames tells whether a finding names the entity (lower case).
func findingNames(f fact.Finding, entity string) bool {
	if strings.Contains(strings.ToLower(f.About), entity) {
		return true
	}
	for _, s := range f.Sides {
		if strings.Contains(strings.ToLower(s.Speaker), entity) || strings.Contains(strings.ToLower(s.Evidence), entity) {
			return true
		}
	}
	return false
}

func writeFindings(g *globals, findings []fact.Finding) error {
	if strings.EqualFold(g.format, report.Table) {
		w, err := report.New(g.stdout, g.format, "kind", "severity", "finding", "sides")
		if err != nil {
			return err
		}
		for _, f := range findings {
			finding := shortenText(f.About, 60) + " — " + f.Explanation + " [" + shortID(f.ID) + "]"
			var sides []string
			for _, s := range f.Sides {
				sides = append(sides, sideSummary(s))
			}
			if err := w.Write(f.Kind, f.Severity, finding, strings.Join(sides, "\n")); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	w, err := report.New(g.stdout, g.format, "id", "kind", "severity", "about", "explanation", "sides")
	if err != nil {
		return err
	}
	for _, f := range findings {
		sides := f.Sides
		if sides == nil {
			sides = []fact.Side{}
		}
		if err := w.Write(f.ID, f.Kind, f.Severity, f.About, f.Explanation, sides); err != nil {
			return err
		}
	}
	return w.Flush()
}

// sideSummary is one side in a few words for the table: where, who, how,
// and the start of the evidence.
func sideSummary(s fact.Side) string {
	who := s.Speaker
	if who == "" {
		who = s.Outlet
	}
	head := shortID(s.Article)
	if len(head) > 8 {
		head = head[:8]
	}
	line := head + " " + shortenText(who, 20) + " " + s.Stance
	if s.Value != nil {
		v := strings.TrimSpace(s.Hedge + " " + report.Number(*s.Value) + " " + s.Unit)
		line += " " + v
	}
	return line + ": " + report.Excerpt(s.Evidence, sideFocus(s), sideEvidenceWidth)
}

// sideEvidenceWidth is how many display cells of a side's evidence the
// table shows.
const sideEvidenceWidth = 70

// sideFocus is the byte offset in a side's evidence to show: its figure
// (written 1.200 or 1200, with or without the decimal comma), else its
// speaker's name, else the start.
func sideFocus(s fact.Side) int {
	ev := s.Evidence
	if s.Value != nil {
		n := report.Number(*s.Value)
		for _, form := range []string{germanNumber(n), n, strings.ReplaceAll(n, ".", ",")} {
			if i := strings.Index(ev, form); form != "" && i >= 0 {
				return i
			}
		}
		if i := strings.IndexAny(ev, "0123456789"); i >= 0 {
			return i
		}
	}
	for _, w := range strings.Fields(s.Speaker) {
		if len(w) >= 3 {
			if i := strings.Index(ev, w); i >= 0 {
				return i
			}
		}
	}
	return 0
}

// germanNumber writes the integer part of a decimal number with German
// thousands dots (1200000 as 1.200.000) and its fraction after a comma.
func germanNumber(n string) string {
	neg := strings.HasPrefix(n, "-")
	n = strings.TrimPrefix(n, "-")
	whole, frac, hasFrac := strings.Cut(n, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "," + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// shortenText cuts s to n runes at a word boundary, marking the cut.
func shortenText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

package evaluate

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-news/corpus/analyze"
	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

// SeedGold is the hand-made gold of the seed articles
// (../shared/gold/seeds.json; its README gives the matching rules that
// ScoreSeeds follows).
type SeedGold struct {
	About             string              `json:"about"`
	Articles          []SeedArticle       `json:"articles"`
	Aliases           [][]string          `json:"aliases"`
	Provenance        []SeedProvenance    `json:"provenance"`
	Contradictions    []SeedContradiction `json:"contradictions"`
	NotContradictions []SeedPair          `json:"not_contradictions"`
	Corroborations    []SeedPair          `json:"corroborations"`
}

// SeedArticle is the gold of one seed article. Outlet is nil when the
// article does not name its outlet.
type SeedArticle struct {
	File           string       `json:"file"`
	Outlet         *string      `json:"outlet"`
	Agency         string       `json:"agency"`
	Published      string       `json:"published"`
	Dateline       string       `json:"dateline"`
	Author         string       `json:"author"`
	CreditedSource string       `json:"credited_source"`
	Boilerplate    []string     `json:"boilerplate"`
	Entities       []SeedEntity `json:"entities"`
	Figures        []SeedFigure `json:"figures"`
	Dates          []SeedDate   `json:"dates"`
	Claims         []SeedClaim  `json:"claims"`
}

// SeedEntity is an entity a careful reader finds in an article.
type SeedEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

// SeedFigure is a figure of an article, normalised.
type SeedFigure struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Hedge string  `json:"hedge"`
	About string  `json:"about"`
}

// SeedDate is a date of an article; Role "published" marks the
// publication date.
type SeedDate struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Role  string `json:"role"`
}

// SeedClaim is a claim of an article: who, with what stance, and a piece of
// the sentence that carries it.
type SeedClaim struct {
	Speaker  string `json:"speaker"`
	Stance   string `json:"stance"`
	Gist     string `json:"gist"`
	Evidence string `json:"evidence"`
}

// SeedProvenance is the chain of sourcing of one article.
type SeedProvenance struct {
	Article string   `json:"article"`
	Chain   []string `json:"chain"`
}

// SeedContradiction is a contradiction across the seeds; Kind is "stance"
// (one side reports, the other denies) or "figure".
type SeedContradiction struct {
	Kind     string     `json:"kind"`
	MustFlag bool       `json:"must_flag"`
	About    string     `json:"about"`
	Sides    []SeedSide `json:"sides"`
	Note     string     `json:"note"`
}

// SeedSide is one side of a gold contradiction.
type SeedSide struct {
	Speaker  string   `json:"speaker"`
	Stance   string   `json:"stance"`
	Value    *float64 `json:"value"`
	Unit     string   `json:"unit"`
	Hedge    string   `json:"hedge"`
	Articles []string `json:"articles"`
}

// SeedPair is a group of articles with something in common: a
// corroboration, or two articles that must not be called contradictory.
type SeedPair struct {
	About    string   `json:"about"`
	Articles []string `json:"articles"`
}

// ReadSeedGold reads seeds.json from path.
func ReadSeedGold(path string) (*SeedGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read seed gold: %w", err)
	}
	var g SeedGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("parse seed gold %s: %w", path, err)
	}
	if len(g.Articles) == 0 {
		return nil, fmt.Errorf("seed gold %s: no articles", path)
	}
	return &g, nil
}

// SeedOutput is what the tool made of one seed article.
type SeedOutput struct {
	File    string         // base name of the article file, as in the gold
	Article corpus.Article // metadata, body and boilerplate as the readers prepared them
	Result  analyze.Result // the facts the pipeline found in Article.Body
}

// SeedCount is one row of an evaluation: how many gold items there are and how
// many the tool found, and how many items the tool reported and how many of
// those are right. Reported is -1 where nothing is counted on the tool's
// side; Correct is -1 where Reported counts something other than answers
// (false alarms) and precision does not apply.
type SeedCount struct {
	Category string
	Gold     int
	Found    int
	Reported int
	Correct  int
}

// Recall is Found/Gold; ok is false when there is no gold item.
func (c SeedCount) Recall() (r float64, ok bool) {
	if c.Gold == 0 {
		return 0, false
	}
	return float64(c.Found) / float64(c.Gold), true
}

// Precision is Correct/Reported; ok is false when nothing was reported or
// precision is not measured.
func (c SeedCount) Precision() (p float64, ok bool) {
	if c.Reported <= 0 || c.Correct < 0 {
		return 0, false
	}
	return float64(c.Correct) / float64(c.Reported), true
}

// Miss is a gold item the tool did not find ("missed"), an item it reported
// that the gold does not hold ("extra"), or a finding that must not be
// there ("false alarm").
type Miss struct {
	Category string
	Kind     string // missed, extra, false alarm
	Article  string // file name, or files joined by " / "
	Item     string // what, in a few words
}

// SeedReport is the result of ScoreSeeds: one SeedCount a category, in a fixed
// order, and every miss, sorted.
type SeedReport struct {
	Counts []SeedCount
	Misses []Miss
}

// Categories of the seed evaluation, in the order of SeedReport.Counts.
// "entity kinds" counts the ORG kinds right among the entities found;
// "claim spans" the gold claims whose sentence some claim overlaps, whatever
// its speaker and stance; "provenance" the gold chains of sourcing that some
// claim of the article carries in its Via, in order; "contradictions" the must_flag ones; and
// "not_contradictions" the pairs kept free of false alarms, with the false
// alarms as Reported.
const (
	CatMetadata       = "metadata"
	CatBoilerplate    = "boilerplate removed"
	CatEntities       = "entities"
	CatEntityKinds    = "entity kinds"
	CatFigures        = "figures"
	CatDates          = "dates"
	CatClaims         = "claims"
	CatClaimSpans     = "claim spans"
	CatProvenance     = "provenance"
	CatContradictions = "contradictions"
	CatFalseAlarms    = "not_contradictions"
	CatCorroborations = "corroborations"
)

// ScoreSeeds holds the outputs of the seed articles and the findings of
// cross-checking them against the gold, by the rules of the gold's README:
//
//   - metadata: outlet (when the gold names one), published, author,
//     dateline, the agency and the credited source (among Credits,
//     case-insensitive); boilerplate: each gold line absent from the body.
//   - entity: a mention in the same article whose canonical name or surface
//     text equals the gold name or an alias (case-insensitive, quotes and a
//     leading article dropped, a genitive -s stripped), with the same type;
//     the kind is counted apart, over the entities found.
//   - figure: same article, same unit, value within 0.5 %.
//   - date: same article, same normalised value; a date of role
//     "published" is also found when the article's publication date equals it.
//   - claim: same article, same speaker (the claim's speaker or the
//     organisation it speaks for, by the entity rule; a gold "anonymous
//     sources" matches a speaker that starts with "anonym"), same stance,
//     and the evidence span overlaps the sentence holding the gold evidence.
//   - provenance: some claim of the article has the gold chain (credited
//     source, original source) in its Via, in that order, by the entity rule.
//   - contradiction: a contradiction or discrepancy finding with one side in
//     an article of each gold side; for a stance contradiction the sides'
//     speakers match too, for a figure one each side carries the gold side's
//     value within 0.5 %.
//   - not_contradictions: a contradiction or discrepancy between the two
//     articles that matches no gold contradiction is a false alarm.
//   - corroboration: a corroboration finding with sides in two different
//     articles of the gold item.
//
// Precision counts distinct reported items an article (entities by
// canonical name and type, figures by value and unit, dates by value; vague
// dates left out), so a name repeated ten times counts once. The seed gold
// lists what a careful reader names, not every mention, so precision
// against it is a lower bound.
func ScoreSeeds(g *SeedGold, outs []SeedOutput, findings []fact.Finding) SeedReport {
	s := seedScorer{gold: g, byFile: map[string]*SeedOutput{}, fileOf: map[string]string{}}
	for i := range outs {
		o := &outs[i]
		s.byFile[o.File] = o
		s.fileOf[o.Article.ID] = o.File
	}
	s.aliases = aliasIndex(g.Aliases)
	var r SeedReport
	meta := SeedCount{Category: CatMetadata, Reported: -1}
	boiler := SeedCount{Category: CatBoilerplate, Reported: -1}
	ents := SeedCount{Category: CatEntities}
	kinds := SeedCount{Category: CatEntityKinds, Reported: -1}
	figs := SeedCount{Category: CatFigures}
	dates := SeedCount{Category: CatDates}
	claims := SeedCount{Category: CatClaims}
	spans := SeedCount{Category: CatClaimSpans, Reported: -1}
	for _, ga := range g.Articles {
		o := s.byFile[ga.File]
		if o == nil {
			o = &SeedOutput{File: ga.File} // not read: everything missed
			s.miss(&r, CatMetadata, "missed", ga.File, "article not read")
		}
		s.metadata(&r, &meta, ga, o)
		s.boilerplate(&r, &boiler, ga, o)
		s.entities(&r, &ents, &kinds, ga, o)
		s.figures(&r, &figs, ga, o)
		s.dates(&r, &dates, ga, o)
		s.claims(&r, &claims, &spans, ga, o)
	}
	prov := SeedCount{Category: CatProvenance, Reported: -1}
	s.provenance(&r, &prov)
	contra := SeedCount{Category: CatContradictions}
	clean := SeedCount{Category: CatFalseAlarms}
	corro := SeedCount{Category: CatCorroborations}
	s.findings(&r, &contra, &clean, &corro, findings)
	r.Counts = []SeedCount{meta, boiler, ents, kinds, figs, dates, claims, spans, prov, contra, clean, corro}
	sort.SliceStable(r.Misses, func(i, j int) bool {
		a, b := r.Misses[i], r.Misses[j]
		if a.Category != b.Category {
			return categoryOrder(a.Category) < categoryOrder(b.Category)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		return a.Item < b.Item
	})
	return r
}

func categoryOrder(c string) int {
	for i, x := range []string{CatMetadata, CatBoilerplate, CatEntities, CatEntityKinds, CatFigures, CatDates,
		CatClaims, CatClaimSpans, CatProvenance, CatContradictions, CatFalseAlarms, CatCorroborations} {
		if x == c {
			return i
		}
	}
	return 99
}

type seedScorer struct {
	gold    *SeedGold
	byFile  map[string]*SeedOutput
	fileOf  map[string]string // article ID -> file
	aliases map[string][]string
}

func (s *seedScorer) miss(r *SeedReport, cat, kind, file, item string) {
	r.Misses = append(r.Misses, Miss{Category: cat, Kind: kind, Article: file, Item: item})
}

func (s *seedScorer) metadata(r *SeedReport, c *SeedCount, ga SeedArticle, o *SeedOutput) {
	a := o.Article
	check := func(field, want, got string, ok bool) {
		c.Gold++
		if ok {
			c.Found++
			return
		}
		s.miss(r, CatMetadata, "missed", ga.File, fmt.Sprintf("%s %q (got %q)", field, want, got))
	}
	if ga.Outlet != nil && *ga.Outlet != "" {
		check("outlet", *ga.Outlet, a.Outlet, strings.EqualFold(a.Outlet, *ga.Outlet))
	}
	if ga.Published != "" {
		check("published", ga.Published, a.Published, a.Published == ga.Published)
	}
	if ga.Author != "" {
		check("author", ga.Author, a.Author, strings.EqualFold(a.Author, ga.Author))
	}
	if ga.Dateline != "" {
		check("dateline", ga.Dateline, a.Dateline, strings.EqualFold(a.Dateline, ga.Dateline))
	}
	credits := strings.Join(a.Credits, "; ")
	if ga.Agency != "" {
		check("agency", ga.Agency, credits, containsFold(a.Credits, ga.Agency))
	}
	if ga.CreditedSource != "" {
		check("credited source", ga.CreditedSource, credits, containsFold(a.Credits, ga.CreditedSource))
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), s) {
			return true
		}
	}
	return false
}

func (s *seedScorer) boilerplate(r *SeedReport, c *SeedCount, ga SeedArticle, o *SeedOutput) {
	for _, b := range ga.Boilerplate {
		c.Gold++
		if o.Article.Body != "" && !strings.Contains(o.Article.Body, b) {
			c.Found++
			continue
		}
		s.miss(r, CatBoilerplate, "missed", ga.File, fmt.Sprintf("%q still in the body", b))
	}
}

// aliasIndex maps each normalised name of an alias group to the group.
func aliasIndex(groups [][]string) map[string][]string {
	idx := map[string][]string{}
	for _, g := range groups {
		for _, n := range g {
			k := NormName(n)
			idx[k] = append(idx[k], g...)
		}
	}
	return idx
}

// names returns a gold name with its aliases and the alias groups it is in.
func (s *seedScorer) names(name string, aliases []string) []string {
	out := append([]string{name}, aliases...)
	for _, n := range append([]string{name}, aliases...) {
		out = append(out, s.aliases[NormName(n)]...)
	}
	return out
}

// NormName folds a name for comparison: lower case, quotation marks
// dropped, a leading German article (der, die, das, des, dem, den) dropped,
// white space collapsed.
func NormName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '«', '»', '„', '“', '”', '"', '‚', '‘', '‹', '›':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	f := strings.Fields(s)
	if len(f) > 1 {
		switch f[0] {
		case "der", "die", "das", "des", "dem", "den":
			f = f[1:]
		}
	}
	return strings.Join(f, " ")
}

// genitive strips a German genitive ending: "Facebooks" -> "facebook",
// "Trump's" -> "trump". Names of three letters or fewer are left alone.
func genitive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return strings.TrimSuffix(s, suf)
		}
	}
	if strings.HasSuffix(s, "s") && utf8.RuneCountInString(s) > 3 {
		return s[:len(s)-1]
	}
	return s
}

// NameMatch reports whether two names are the same by the gold's rule:
// case-insensitive, quotes and a leading article dropped, either side's
// genitive -s stripped.
func NameMatch(a, b string) bool {
	a, b = NormName(a), NormName(b)
	if a == "" || b == "" {
		return false
	}
	return a == b || genitive(a) == b || a == genitive(b)
}

func anyMatch(xs, ys []string) bool {
	for _, x := range xs {
		for _, y := range ys {
			if NameMatch(x, y) {
				return true
			}
		}
	}
	return false
}

func (s *seedScorer) entities(r *SeedReport, c, kinds *SeedCount, ga SeedArticle, o *SeedOutput) {
	ents := o.Result.Entities
	for _, ge := range ga.Entities {
		c.Gold++
		names := s.names(ge.Name, ge.Aliases)
		found, kindRight := false, false
		var gotKinds []string
		for _, e := range ents {
			if e.Type != ge.Type || !anyMatch([]string{e.Name, e.Text}, names) {
				continue
			}
			found = true
			if e.Kind == ge.Kind {
				kindRight = true
			}
			gotKinds = append(gotKinds, e.Kind)
		}
		if !found {
			s.miss(r, CatEntities, "missed", ga.File, fmt.Sprintf("%s (%s)", ge.Name, ge.Type))
			continue
		}
		c.Found++
		if ge.Kind == "" {
			continue
		}
		kinds.Gold++
		if kindRight {
			kinds.Found++
		} else {
			s.miss(r, CatEntityKinds, "missed", ga.File, fmt.Sprintf("%s kind %s (got %s)", ge.Name, ge.Kind, strings.Join(uniq(gotKinds), ", ")))
		}
	}
	// Precision: distinct canonical name and type.
	type key struct{ name, typ string }
	surfaces := map[key][]string{}
	var keys []key
	for _, e := range ents {
		k := key{NormName(e.Name), e.Type}
		if k.name == "" {
			k.name = NormName(e.Text)
		}
		if _, ok := surfaces[k]; !ok {
			keys = append(keys, k)
		}
		surfaces[k] = append(surfaces[k], e.Name, e.Text)
	}
	for _, k := range keys {
		c.Reported++
		ok := false
		for _, ge := range ga.Entities {
			if ge.Type == k.typ && anyMatch(surfaces[k], s.names(ge.Name, ge.Aliases)) {
				ok = true
				break
			}
		}
		if ok {
			c.Correct++
		} else {
			s.miss(r, CatEntities, "extra", ga.File, fmt.Sprintf("%s (%s)", surfaces[k][0], k.typ))
		}
	}
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x == "" {
			x = `""`
		}
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// ValueMatch reports whether got is want within 0.5 % of want.
func ValueMatch(got, want float64) bool {
	if want == 0 {
		return got == 0
	}
	return math.Abs(got-want) <= 0.005*math.Abs(want)
}

func (s *seedScorer) figures(r *SeedReport, c *SeedCount, ga SeedArticle, o *SeedOutput) {
	figs := o.Result.Figures
	for _, gf := range ga.Figures {
		c.Gold++
		found := false
		for _, f := range figs {
			if f.Unit == gf.Unit && ValueMatch(f.Value, gf.Value) {
				found = true
				break
			}
		}
		if found {
			c.Found++
		} else {
			s.miss(r, CatFigures, "missed", ga.File, fmt.Sprintf("%q = %v %s", gf.Text, gf.Value, gf.Unit))
		}
	}
	seen := map[string]bool{}
	for _, f := range figs {
		k := fmt.Sprintf("%v %s", f.Value, f.Unit)
		if seen[k] {
			continue
		}
		seen[k] = true
		c.Reported++
		ok := false
		for _, gf := range ga.Figures {
			if f.Unit == gf.Unit && ValueMatch(f.Value, gf.Value) {
				ok = true
				break
			}
		}
		if ok {
			c.Correct++
		} else {
			s.miss(r, CatFigures, "extra", ga.File, fmt.Sprintf("%q = %s", f.Text, k))
		}
	}
}

func (s *seedScorer) dates(r *SeedReport, c *SeedCount, ga SeedArticle, o *SeedOutput) {
	ds := o.Result.Dates
	for _, gd := range ga.Dates {
		c.Gold++
		found := gd.Role == "published" && o.Article.Published == gd.Value
		for _, d := range ds {
			if d.Value == gd.Value {
				found = true
				break
			}
		}
		if found {
			c.Found++
		} else {
			s.miss(r, CatDates, "missed", ga.File, fmt.Sprintf("%q = %s", gd.Text, gd.Value))
		}
	}
	seen := map[string]bool{}
	for _, d := range ds {
		if d.Vague || d.Value == "" || seen[d.Value] {
			continue
		}
		seen[d.Value] = true
		c.Reported++
		ok := false
		for _, gd := range ga.Dates {
			if gd.Value == d.Value {
				ok = true
				break
			}
		}
		if ok {
			c.Correct++
		} else {
			s.miss(r, CatDates, "extra", ga.File, fmt.Sprintf("%q = %s", d.Text, d.Value))
		}
	}
}

// SpeakerMatch reports whether a claim's speaker (or the organisation the
// speaker speaks for) is the gold speaker. A gold speaker in English that
// starts with "anonymous" matches a German descriptor that starts with
// "anonym" ("Anonyme Quellen", "anonymen Insidern").
func SpeakerMatch(speaker, speakerOf string, gold []string) bool {
	for _, g := range gold {
		if strings.HasPrefix(NormName(g), "anonymous") && strings.HasPrefix(NormName(speaker), "anonym") {
			return true
		}
	}
	return anyMatch([]string{speaker, speakerOf}, gold)
}

// SentenceSpan returns the byte span of the sentence of body that holds
// evidence: the evidence found in body, widened to the sentence marks
// (. ! ? after a non-digit, then a space) or line breaks around it. ok is
// false when body does not hold evidence.
func SentenceSpan(body, evidence string) (start, end int, ok bool) {
	i := strings.Index(body, evidence)
	if i < 0 || evidence == "" {
		return 0, 0, false
	}
	j := i + len(evidence)
	start = i
	for start > 0 {
		if body[start-1] == '\n' {
			break
		}
		if body[start-1] == ' ' && start >= 3 && isStop(body[start-2]) && !isDigit(body[start-3]) {
			break
		}
		start--
	}
	end = j
	for end < len(body) {
		if body[end] == '\n' {
			break
		}
		if isStop(body[end]) && (end == 0 || !isDigit(body[end-1])) && (end+1 == len(body) || body[end+1] == ' ' || body[end+1] == '\n') {
			end++
			break
		}
		end++
	}
	return start, end, true
}

func isStop(b byte) bool  { return b == '.' || b == '!' || b == '?' }
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// Overlaps reports whether [a0,a1) and [b0,b1) share a byte.
func Overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

func (s *seedScorer) claims(r *SeedReport, c, spans *SeedCount, ga SeedArticle, o *SeedOutput) {
	type goldSpan struct {
		start, end int
		ok         bool
	}
	gspans := make([]goldSpan, len(ga.Claims))
	for i, gc := range ga.Claims {
		st, en, ok := SentenceSpan(o.Article.Body, gc.Evidence)
		gspans[i] = goldSpan{st, en, ok}
	}
	matches := func(cl fact.Claim, i int) bool {
		gc := ga.Claims[i]
		return gspans[i].ok && cl.Stance == gc.Stance &&
			Overlaps(cl.Start, cl.End, gspans[i].start, gspans[i].end) &&
			SpeakerMatch(cl.Speaker, cl.SpeakerOf, s.names(gc.Speaker, nil))
	}
	for i, gc := range ga.Claims {
		c.Gold++
		spans.Gold++
		found, spanned := false, false
		var got []string
		for _, cl := range o.Result.Claims {
			if gspans[i].ok && Overlaps(cl.Start, cl.End, gspans[i].start, gspans[i].end) {
				spanned = true
				got = append(got, claimLabel(cl))
			}
			if matches(cl, i) {
				found = true
			}
		}
		if spanned {
			spans.Found++
		}
		item := fmt.Sprintf("%s %s: %q", gc.Speaker, gc.Stance, gc.Evidence)
		switch {
		case !gspans[i].ok:
			item += " (evidence not in the body)"
		case len(got) > 0:
			item += " (got " + strings.Join(got, "; ") + ")"
		}
		if found {
			c.Found++
		} else {
			s.miss(r, CatClaims, "missed", ga.File, item)
		}
	}
	for _, cl := range o.Result.Claims {
		c.Reported++
		ok := false
		for i := range ga.Claims {
			if matches(cl, i) {
				ok = true
				break
			}
		}
		if ok {
			c.Correct++
		} else {
			s.miss(r, CatClaims, "extra", ga.File, fmt.Sprintf("%s: %q", claimLabel(cl), shorten(cl.Evidence, 80)))
		}
	}
}

func claimLabel(cl fact.Claim) string {
	sp := cl.Speaker
	if cl.SpeakerOf != "" {
		sp += " of " + cl.SpeakerOf
	}
	return sp + " " + cl.Stance
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// sideFile returns the seed file of a finding side's article: the side's
// article is the full ID or a prefix of eight or more hex digits.
func (s *seedScorer) sideFile(side fact.Side) string {
	if f, ok := s.fileOf[side.Article]; ok {
		return f
	}
	if len(side.Article) >= 8 {
		var hit []string
		for id, f := range s.fileOf {
			if strings.HasPrefix(id, side.Article) {
				hit = append(hit, f)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
	}
	return side.Article
}

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// matchesContradiction reports whether f is the gold contradiction gc.
func (s *seedScorer) matchesContradiction(f fact.Finding, gc SeedContradiction) bool {
	if (f.Kind != fact.Contradiction && f.Kind != fact.Discrepancy) || len(gc.Sides) < 2 {
		return false
	}
	sideOK := func(side fact.Side, g SeedSide) bool {
		if !in(g.Articles, s.sideFile(side)) {
			return false
		}
		switch gc.Kind {
		case "stance":
			return SpeakerMatch(side.Speaker, "", s.names(g.Speaker, nil))
		case "figure":
			return g.Value == nil || (side.Value != nil && ValueMatch(*side.Value, *g.Value))
		}
		return true
	}
	for i, a := range f.Sides {
		for j, b := range f.Sides {
			if i != j && sideOK(a, gc.Sides[0]) && sideOK(b, gc.Sides[1]) {
				return true
			}
		}
	}
	return false
}

func (s *seedScorer) sidesLabel(f fact.Finding) string {
	var parts []string
	for _, side := range f.Sides {
		p := s.sideFile(side)
		if side.Speaker != "" {
			p += " " + side.Speaker
		}
		if side.Stance != "" {
			p += " " + side.Stance
		}
		if side.Value != nil {
			p += fmt.Sprintf(" %v %s", *side.Value, side.Unit)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " vs ")
}

func (s *seedScorer) findings(r *SeedReport, contra, clean, corro *SeedCount, findings []fact.Finding) {
	g := s.gold
	for _, gc := range g.Contradictions {
		if !gc.MustFlag {
			continue
		}
		contra.Gold++
		found := false
		for _, f := range findings {
			if s.matchesContradiction(f, gc) {
				found = true
				break
			}
		}
		if found {
			contra.Found++
		} else {
			s.miss(r, CatContradictions, "missed", filesOf(gc), gc.About)
		}
	}
	matchesAny := func(f fact.Finding) bool {
		for _, gc := range g.Contradictions {
			if s.matchesContradiction(f, gc) {
				return true
			}
		}
		return false
	}
	for _, f := range findings {
		if f.Kind != fact.Contradiction && f.Kind != fact.Discrepancy {
			continue
		}
		contra.Reported++
		if matchesAny(f) {
			contra.Correct++
		} else {
			s.miss(r, CatContradictions, "extra", s.sidesLabel(f), f.Kind+": "+f.About)
		}
	}
	// not_contradictions: Gold is the number of pairs, Found those kept
	// free of false alarms, Reported the false alarms.
	clean.Correct = -1
	for _, p := range g.NotContradictions {
		clean.Gold++
		n := 0
		for _, f := range findings {
			if (f.Kind != fact.Contradiction && f.Kind != fact.Discrepancy) || matchesAny(f) {
				continue
			}
			if s.between(f, p.Articles) {
				n++
				s.miss(r, CatFalseAlarms, "false alarm", strings.Join(p.Articles, " / "), f.Kind+": "+f.About+" ("+s.sidesLabel(f)+")")
			}
		}
		if n == 0 {
			clean.Found++
		}
		clean.Reported += n
	}
	for _, gc := range g.Corroborations {
		corro.Gold++
		found := false
		for _, f := range findings {
			if f.Kind == fact.Corroboration && s.between(f, gc.Articles) {
				found = true
				break
			}
		}
		if found {
			corro.Found++
		} else {
			s.miss(r, CatCorroborations, "missed", strings.Join(gc.Articles, " / "), gc.About)
		}
	}
	for _, f := range findings {
		if f.Kind != fact.Corroboration {
			continue
		}
		corro.Reported++
		ok := false
		for _, gc := range g.Corroborations {
			if s.between(f, gc.Articles) {
				ok = true
				break
			}
		}
		if ok {
			corro.Correct++
		} else {
			s.miss(r, CatCorroborations, "extra", s.sidesLabel(f), f.About)
		}
	}
}

// between reports whether two sides of f come from two different articles
// of files.
func (s *seedScorer) between(f fact.Finding, files []string) bool {
	for i, a := range f.Sides {
		for j, b := range f.Sides {
			fa, fb := s.sideFile(a), s.sideFile(b)
			if i != j && fa != fb && in(files, fa) && in(files, fb) {
				return true
			}
		}
	}
	return false
}

func filesOf(gc SeedContradiction) string {
	var files []string
	for _, side := range gc.Sides {
		for _, a := range side.Articles {
			if !in(files, a) {
				files = append(files, a)
			}
		}
	}
	sort.Strings(files)
	return strings.Join(files, " / ")
}

// provenance counts the gold chains of sourcing found in the claims' Via.
func (s *seedScorer) provenance(r *SeedReport, c *SeedCount) {
	for _, p := range s.gold.Provenance {
		c.Gold++
		o := s.byFile[p.Article]
		found := false
		var got []string
		if o != nil {
			for _, cl := range o.Result.Claims {
				if len(cl.Via) > 0 {
					got = append(got, strings.Join(cl.Via, " > "))
				}
				if chainIn(p.Chain, cl.Via) {
					found = true
					break
				}
			}
		}
		if found {
			c.Found++
			continue
		}
		item := strings.Join(p.Chain, " > ")
		if g := uniq(got); len(g) > 0 {
			item += " (got " + strings.Join(g, "; ") + ")"
		}
		s.miss(r, CatProvenance, "missed", p.Article, item)
	}
}

// chainIn reports whether chain appears in via in order, not necessarily
// next to each other.
func chainIn(chain, via []string) bool {
	i := 0
	for _, v := range via {
		if i < len(chain) && NameMatch(v, chain[i]) {
			i++
		}
	}
	return len(chain) > 0 && i == len(chain)
}

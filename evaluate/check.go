package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// CheckGold is the gold file of the project's cross-checking test corpus
// (testdata/stories/gold.json): the findings a careful reader sees in each
// story, the pairs that look alike but are no contradiction, and the
// articles that are copies of one another.
type CheckGold struct {
	About             string        `json:"about"`
	Findings          []GoldFinding `json:"findings"`
	NotContradictions []GoldPair    `json:"not_contradictions"`
	Duplicates        []GoldPair    `json:"duplicates"`
	ReReports         []GoldPair    `json:"re_reports"`
}

// GoldFinding is one expected finding: its kind, the story folder, and the
// article files (relative to the story folder) its sides come from.
type GoldFinding struct {
	Kind     string   `json:"kind"`
	Story    string   `json:"story"`
	Articles []string `json:"articles"`
	Speakers []string `json:"speakers,omitempty"`
	Values   []any    `json:"values,omitempty"` // numbers, or dates as strings
	Unit     string   `json:"unit,omitempty"`
	About    string   `json:"about"`
	Note     string   `json:"note,omitempty"`
}

// GoldPair is a set of articles of one story with a note: a near-miss that
// is no contradiction, or copies of one text.
type GoldPair struct {
	Story    string   `json:"story"`
	Articles []string `json:"articles"`
	Speakers []string `json:"speakers,omitempty"`
	Values   []any    `json:"values,omitempty"`
	About    string   `json:"about"`
}

// ReadCheckGold reads a gold file of the cross-checking test corpus.
func ReadCheckGold(path string) (*CheckGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read check gold: %w", err)
	}
	var g CheckGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	for i, f := range g.Findings {
		switch f.Kind {
		case fact.Contradiction, fact.Discrepancy, fact.Corroboration:
		default:
			return nil, fmt.Errorf("%s: finding %d: unknown kind %q", path, i+1, f.Kind)
		}
		if f.Story == "" || len(f.Articles) == 0 {
			return nil, fmt.Errorf("%s: finding %d: no story or articles", path, i+1)
		}
	}
	return &g, nil
}

// CheckCount is one row of the cross-checking evaluation: gold items and
// how many were found, findings reported and how many are right. Correct
// is -1 where precision does not apply (false alarms).
type CheckCount struct {
	Category string
	Gold     int
	Found    int
	Reported int
	Correct  int
}

// Recall is Found/Gold; ok is false when there is no gold item.
func (c CheckCount) Recall() (float64, bool) {
	if c.Gold == 0 {
		return 0, false
	}
	return float64(c.Found) / float64(c.Gold), true
}

// Precision is Correct/Reported; ok is false when nothing was reported or
// precision does not apply.
func (c CheckCount) Precision() (float64, bool) {
	if c.Reported <= 0 || c.Correct < 0 {
		return 0, false
	}
	return float64(c.Correct) / float64(c.Reported), true
}

// CheckMiss is a gold finding not found ("missed"), a finding the gold does
// not hold ("extra"), or a contradiction between the articles of a
// not_contradictions item ("false alarm").
type CheckMiss struct {
	Category string // the finding kind
	Kind     string // missed, extra, false alarm
	Articles string // story/file of each side, joined by " / "
	Item     string // what, in a few words
}

// ArticleRef places an article of the test corpus: its story folder and
// file name.
type ArticleRef struct {
	Story string
	File  string
}

func (r ArticleRef) String() string { return r.Story + "/" + r.File }

// CheckReport is the result of ScoreCheck: counts by kind and overall, and
// every miss.
type CheckReport struct {
	// Counts: contradiction, discrepancy, corroboration, then
	// "contradiction+discrepancy" (the precision that targets 0.8), "all"
	// (the recall that targets 0.7) and "false alarms" (contradictions
	// between the articles of a not_contradictions item).
	Counts []CheckCount
	Misses []CheckMiss
}

// Count returns the row of a category, or a zero Count.
func (r CheckReport) Count(category string) CheckCount {
	for _, c := range r.Counts {
		if c.Category == category {
			return c
		}
	}
	return CheckCount{Category: category}
}

// ScoreCheck holds findings against the gold. refs places each article ID
// the findings name; a side whose article is not in refs matches nothing.
//
// A finding matches a gold finding when the kinds agree, two of its sides
// come from two different articles of the gold item (for a gold item of one
// article, two sides from that article), and, where the gold gives them,
// the sides carry the gold's speakers (contradictions: each gold speaker
// names a different side by speaker or outlet, compared case-insensitively,
// one containing the other; a speaker slot may hold alternatives separated
// by "|", any of which names the side) and values (discrepancies: each gold
// number within 0.5 % of a side's value, each gold date equal to or a prefix
// of a side's date).
//
// Matching is one to one: each finding is credited to at most one gold
// finding, chosen so that as many gold findings as possible are found (a
// corroboration between two articles does not find every gold corroboration
// on that pair of articles). A gold finding of n articles can take up to n-1
// findings (one for each further article it joins: 01 vs 02 and 04 vs 02),
// a gold finding of one article one. Recall is the share of gold findings
// credited with a finding; precision the share of reported findings credited
// to one, for contradictions and discrepancies together and for
// corroborations apart: a finding that matches only gold findings already
// full is counted as not correct.
//
// A corroboration whose sides all come from one source (copies of one text,
// or re-reports of one report, per the gold's duplicates and re_reports)
// matches nothing. A contradiction or discrepancy that matches no gold
// finding at all and falls on a not_contradictions item (its articles, and
// its speakers and values where given) is a false alarm.
func ScoreCheck(g *CheckGold, findings []fact.Finding, refs map[string]ArticleRef) CheckReport {
	kinds := []string{fact.Contradiction, fact.Discrepancy, fact.Corroboration}
	byKind := map[string]*CheckCount{}
	for _, k := range kinds {
		byKind[k] = &CheckCount{Category: k}
	}
	var r CheckReport
	// adj[i]: the gold findings finding i matches.
	adj := make([][]int, len(findings))
	for i, f := range findings {
		if byKind[f.Kind] == nil || (f.Kind == fact.Corroboration && !independent(g, f, refs)) {
			continue
		}
		for j, gf := range g.Findings {
			if matchesGold(gf, f, refs) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	caps := make([]int, len(g.Findings))
	for j, gf := range g.Findings {
		caps[j] = max(1, len(gf.Articles)-1)
	}
	assigned := assignFindings(adj, caps)
	matched := make([]bool, len(g.Findings))
	for i, f := range findings {
		c := byKind[f.Kind]
		if c == nil {
			continue
		}
		c.Reported++
		if j := assigned[i]; j >= 0 {
			matched[j] = true
			c.Correct++
		} else {
			r.Misses = append(r.Misses, CheckMiss{Category: f.Kind, Kind: "extra", Articles: sideFiles(f, refs), Item: f.About})
		}
	}
	for i, gf := range g.Findings {
		c := byKind[gf.Kind]
		c.Gold++
		if matched[i] {
			c.Found++
		} else {
			r.Misses = append(r.Misses, CheckMiss{Category: gf.Kind, Kind: "missed",
				Articles: gf.Story + "/" + strings.Join(gf.Articles, " / "), Item: gf.About})
		}
	}
	alarms := CheckCount{Category: "false alarms", Reported: 0, Correct: -1}
	for _, f := range findings {
		if f.Kind == fact.Corroboration || matchesAny(g, f, refs) {
			continue // a finding the gold holds is no false alarm, whatever else its articles share
		}
		for _, nc := range g.NotContradictions {
			if len(nc.Articles) >= 1 && sidesIn(f, nc.Story, nc.Articles, refs) &&
				speakersIn(f, nc.Speakers) && valuesIn(f, nc.Values) {
				alarms.Reported++
				r.Misses = append(r.Misses, CheckMiss{Category: f.Kind, Kind: "false alarm",
					Articles: sideFiles(f, refs), Item: nc.About})
				break
			}
		}
	}
	cd := CheckCount{Category: "contradiction+discrepancy"}
	all := CheckCount{Category: "all"}
	for _, k := range kinds {
		c := byKind[k]
		all.Gold += c.Gold
		all.Found += c.Found
		all.Reported += c.Reported
		all.Correct += c.Correct
		if k != fact.Corroboration {
			cd.Gold += c.Gold
			cd.Found += c.Found
			cd.Reported += c.Reported
			cd.Correct += c.Correct
		}
		r.Counts = append(r.Counts, *c)
	}
	r.Counts = append(r.Counts, cd, all, alarms)
	sort.SliceStable(r.Misses, func(i, j int) bool {
		a, b := r.Misses[i], r.Misses[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		if a.Articles != b.Articles {
			return a.Articles < b.Articles
		}
		return a.Item < b.Item
	})
	return r
}

// assignFindings credits each finding to at most one gold finding: adj[i]
// lists the gold findings finding i matches, caps[j] how many findings gold
// finding j can take. It first finds as many gold findings as it can (each
// taking one finding, by augmenting paths), then fills the gold findings up
// to their caps, moving findings between gold findings only in ways that
// leave every found gold finding found. It returns the gold finding of each
// finding, or -1. The result depends only on the order of the inputs.
func assignFindings(adj [][]int, caps []int) []int {
	assigned := make([]int, len(adj))
	for i := range assigned {
		assigned[i] = -1
	}
	holders := make([][]int, len(caps)) // findings credited to each gold finding
	var try func(i int, limit func(j int) int, seen []bool) bool
	try = func(i int, limit func(j int) int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if len(holders[j]) < limit(j) {
				holders[j] = append(holders[j], i)
				assigned[i] = j
				return true
			}
			for k, h := range holders[j] {
				if try(h, limit, seen) {
					holders[j][k] = i
					assigned[i] = j
					return true
				}
			}
		}
		return false
	}
	for _, limit := range []func(int) int{
		func(int) int { return 1 },
		func(j int) int { return caps[j] },
	} {
		for i := range adj {
			if assigned[i] < 0 && len(adj[i]) > 0 {
				try(i, limit, make([]bool, len(caps)))
			}
		}
	}
	return assigned
}

// matchesAny tells whether f matches some gold finding of its kind.
func matchesAny(g *CheckGold, f fact.Finding, refs map[string]ArticleRef) bool {
	for _, gf := range g.Findings {
		if matchesGold(gf, f, refs) {
			return true
		}
	}
	return false
}

// matchesGold tells whether f is the gold finding gf: same kind, sides from
// its articles, and its speakers and values where the gold gives them.
func matchesGold(gf GoldFinding, f fact.Finding, refs map[string]ArticleRef) bool {
	return gf.Kind == f.Kind && sidesIn(f, gf.Story, gf.Articles, refs) &&
		speakersIn(f, gf.Speakers) && valuesIn(f, gf.Values)
}

// speakersIn tells whether each gold speaker names a different side of f,
// by the side's speaker or outlet (case-insensitive, one containing the
// other). A gold speaker may list alternatives separated by "|" ("Stadt
// Köln | Stadtsprecherin"): any of them names the side. No gold speakers:
// true.
func speakersIn(f fact.Finding, speakers []string) bool {
	used := make([]bool, len(f.Sides))
	var fill func(k int) bool
	fill = func(k int) bool {
		if k == len(speakers) {
			return true
		}
		alts := speakerAlternatives(speakers[k])
		for i, s := range f.Sides {
			if used[i] {
				continue
			}
			for _, w := range alts {
				if nameMatches(w, s.Speaker) || nameMatches(w, s.Outlet) {
					used[i] = true
					if fill(k + 1) {
						return true
					}
					used[i] = false
					break
				}
			}
		}
		return false
	}
	return fill(0)
}

// speakerAlternatives splits a gold speaker slot into its alternatives,
// lower case: "Stadt Köln | Stadtsprecherin" names either.
func speakerAlternatives(slot string) []string {
	var out []string
	for _, a := range strings.Split(slot, "|") {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func nameMatches(want, got string) bool {
	g := strings.ToLower(strings.TrimSpace(got))
	if want == "" || g == "" {
		return false
	}
	return strings.Contains(g, want) || strings.Contains(want, g)
}

// valuesIn tells whether each gold value is given by a different side of
// f: a number within 0.5 % of the side's value, a date (string) equal to
// or a prefix of the side's date. A side whose value the extractor converted
// to a base unit (280 Hektar is 2.8 million m2) also gives the number as
// written in its evidence, which is what a reader writes into the gold. No
// gold values: true.
func valuesIn(f fact.Finding, values []any) bool {
	used := make([]bool, len(f.Sides))
	for _, v := range values {
		found := false
		for i, s := range f.Sides {
			if used[i] {
				continue
			}
			ok := false
			switch want := v.(type) {
			case float64:
				ok = s.Value != nil && (closeTo(*s.Value, want) || (convertedUnit(s.Unit) && writtenIn(s.Evidence, want)))
			case string:
				ok = s.Date != "" && strings.HasPrefix(s.Date, want)
			}
			if ok {
				used[i] = true
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// convertedUnit tells whether a side's unit is a base unit the extractor
// converts measures to (m2, m, kg, ...), not a count, a share or a currency.
func convertedUnit(u string) bool {
	switch u {
	case "", fact.UnitCount, fact.UnitPercent, fact.UnitPoints:
		return false
	}
	return !(len(u) == 3 && strings.ToUpper(u) == u) // EUR, USD: currencies are not converted
}

// writtenIn tells whether a number in German notation ("280", "2,8",
// "1.000") within 0.5 % of want is written in text.
func writtenIn(text string, want float64) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= '0' && r <= '9') && r != '.' && r != ','
	}) {
		f = strings.Trim(f, ".,")
		if f == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(f, ".", ""), ",", "."), 64)
		if err == nil && closeTo(v, want) {
			return true
		}
	}
	return false
}

func closeTo(got, want float64) bool {
	d := got - want
	if d < 0 {
		d = -d
	}
	if want == 0 {
		return d == 0
	}
	if want < 0 {
		want = -want
	}
	return d <= 0.005*want
}

// independent tells whether the sides of f come from at least two sources:
// articles joined by the gold's duplicates or re_reports items (directly or
// through a chain of them) count as one.
func independent(g *CheckGold, f fact.Finding, refs map[string]ArticleRef) bool {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, groups := range [][]GoldPair{g.Duplicates, g.ReReports} {
		for _, p := range groups {
			for _, a := range p.Articles[1:] {
				ra, rb := find(ArticleRef{p.Story, p.Articles[0]}.String()), find(ArticleRef{p.Story, a}.String())
				if ra != rb {
					parent[rb] = ra
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, s := range f.Sides {
		if ref, ok := refs[s.Article]; ok {
			seen[find(ref.String())] = true
		} else {
			seen[s.Article] = true
		}
	}
	return len(seen) >= 2
}

// sidesIn tells whether two sides of f come from two different articles of
// story among files, or, when files names one article, both from it.
func sidesIn(f fact.Finding, story string, files []string, refs map[string]ArticleRef) bool {
	in := map[string]bool{}
	for _, x := range files {
		in[x] = true
	}
	seen := map[string]int{}
	for _, s := range f.Sides {
		ref, ok := refs[s.Article]
		if !ok || ref.Story != story || !in[ref.File] {
			continue
		}
		seen[ref.File]++
	}
	if len(files) == 1 {
		return seen[files[0]] >= 2
	}
	return len(seen) >= 2
}

func sideFiles(f fact.Finding, refs map[string]ArticleRef) string {
	var parts []string
	for _, s := range f.Sides {
		if ref, ok := refs[s.Article]; ok {
			parts = append(parts, ref.String())
		} else {
			parts = append(parts, s.Article)
		}
	}
	return strings.Join(parts, " / ")
}

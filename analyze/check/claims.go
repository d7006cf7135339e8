package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corpus-news/corpus/analyze/fact"
)

// blockKey is one block of the index: an entity in a time bucket.
type blockKey struct {
	entity string
	bucket int
}

// claimBlocks indexes props by every entity they name (subject, speaker,
// entities inside) and the time buckets their article's date reaches within
// the window.
func claimBlocks(props []prop) map[blockKey][]int32 {
	blocks := map[blockKey][]int32{}
	for i := range props {
		p := &props[i]
		w := p.when
		if w.ok {
			w.from -= claimWindow
			w.to += claimWindow
		}
		for _, e := range p.keys {
			for _, b := range w.buckets(bucketDays) {
				k := blockKey{e, b}
				blocks[k] = append(blocks[k], int32(i))
			}
		}
	}
	spreadUndated(blocks)
	return blocks
}

// candidates calls fn once for every pair of props that share a block (of
// claimBlocks) and a predicate key: the only pairs that can carry the same
// proposition. Then, for claims without a structured proposition, it calls
// thin once for every pair of a denial and a claim that is no denial sharing
// a block.
func candidates(props []prop, blocks map[blockKey][]int32, fn func(i, j int), thin func(i, j int)) {
	keys := make([]blockKey, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].entity != keys[j].entity {
			return keys[i].entity < keys[j].entity
		}
		return keys[i].bucket < keys[j].bucket
	})
	// A dated pair meets in many blocks and is taken in one only, the block
	// of its smallest shared key and first shared bucket; a pair with an
	// undated claim is remembered across blocks.
	// The two ways (shared predicate, shared words of the evidence) keep
	// their own record: a pair whose predicates matched but whose objects
	// did not is still compared by its sentences.
	local, localThin := map[pairKey]bool{}, map[pairKey]bool{}
	undated, undatedThin := map[pairKey]bool{}, map[pairKey]bool{}
	visitIn := func(local, undated map[pairKey]bool, i, j int, k blockKey) (pairKey, bool) {
		pr := mkPair(i, j)
		a, b := &props[pr.a], &props[pr.b]
		if a.when.ok && b.when.ok {
			if !a.when.near(b.when, claimWindow) || k != claimCanonical(a, b) || local[pr] {
				return pr, false
			}
			local[pr] = true
			return pr, true
		}
		if undated[pr] {
			return pr, false
		}
		undated[pr] = true
		return pr, true
	}
	visit := func(i, j int, k blockKey) (pairKey, bool) { return visitIn(local, undated, i, j, k) }
	visitThin := func(i, j int, k blockKey) (pairKey, bool) { return visitIn(localThin, undatedThin, i, j, k) }
	// The predicate keys and evidence words as numbers, in the order of the
	// strings, so that the lists of a block are slices, not maps: reused
	// from block to block, emptied, not dropped.
	predFlat, predOff, nPred := wordIDs(len(props), func(i int) []string { return props[i].pred })
	evFlat, evOff, nEv := wordIDs(len(props), func(i int) []string { return props[i].ev })
	posting := make([][]int32, nPred)
	index := make([][]int32, nEv)
	count := make([]int32, len(props))
	var negs, touched, pks, usedPosting, usedIndex []int32
	for _, k := range keys {
		members := blocks[k]
		if len(members) < 2 {
			continue
		}
		clear(local)
		clear(localThin)
		// Empty only the lists the last block filled.
		for _, pk := range usedPosting {
			posting[pk] = posting[pk][:0]
		}
		for _, st := range usedIndex {
			index[st] = index[st][:0]
		}
		usedPosting, usedIndex = usedPosting[:0], usedIndex[:0]
		for _, m := range members {
			for _, pk := range predFlat[predOff[m]:predOff[m+1]] {
				if len(posting[pk]) == 0 {
					usedPosting = append(usedPosting, pk)
				}
				posting[pk] = append(posting[pk], m)
			}
		}
		pks = pks[:0]
		for _, pk := range usedPosting {
			if len(posting[pk]) > 1 {
				pks = append(pks, pk)
			}
		}
		slices.Sort(pks) // in the order of the keys' strings
		for _, pk := range pks {
			list := posting[pk]
			if len(list) < 2 || len(list) > maxPosting {
				continue
			}
			for x := 0; x < len(list); x++ {
				for y := x + 1; y < len(list); y++ {
					if pr, ok := visit(int(list[x]), int(list[y]), k); ok {
						fn(int(pr.a), int(pr.b))
					}
				}
			}
		}
		// Pairs of a denial and a claim that is none, one of them thin, that
		// share at least three words of their evidence: found through an
		// index of the words of the claims that are no denial.
		negs = negs[:0]
		for _, m := range members {
			p := &props[m]
			if p.denies {
				negs = append(negs, m)
				continue
			}
			if p.neg {
				continue
			}
			for _, st := range evFlat[evOff[m]:evOff[m+1]] {
				if len(index[st]) == 0 {
					usedIndex = append(usedIndex, st)
				}
				index[st] = append(index[st], m)
			}
		}
		if len(negs) == 0 {
			continue
		}
		for _, x := range negs {
			a := &props[x]
			for _, y := range touched {
				count[y] = 0
			}
			touched = touched[:0]
			for _, st := range evFlat[evOff[x]:evOff[x+1]] {
				list := index[st]
				if len(list) > maxEvidencePosting {
					continue
				}
				for _, y := range list {
					if count[y] == 0 {
						touched = append(touched, y)
					}
					count[y]++
				}
			}
			for _, y := range touched {
				b := &props[y]
				if int(count[y])+denierNamed(a, b) < 3 || (a.structured() && b.structured()) {
					continue
				}
				if pr, ok := visitThin(int(x), int(y), k); ok {
					thin(int(pr.a), int(pr.b))
				}
			}
		}
	}
}

// wordIDs numbers the distinct strings of the lists list(0) ... list(n-1)
// in the order of the strings, and returns the lists as numbers in one
// slice: list i is flat[off[i]:off[i+1]]. size is the number of strings.
func wordIDs(n int, list func(i int) []string) (flat, off []int32, size int) {
	ids := map[string]int32{}
	total := 0
	for i := range n {
		for _, w := range list(i) {
			ids[w] = 0
		}
		total += len(list(i))
	}
	sorted := make([]string, 0, len(ids))
	for w := range ids {
		sorted = append(sorted, w)
	}
	sort.Strings(sorted)
	for i, w := range sorted {
		ids[w] = int32(i)
	}
	flat = make([]int32, 0, total)
	off = make([]int32, n+1)
	for i := range n {
		for _, w := range list(i) {
			flat = append(flat, ids[w])
		}
		off[i+1] = int32(len(flat))
	}
	return flat, off, len(sorted)
}

// claimFindings links the claims and reports contradictions, corroborations
// and dates that disagree for the same event.
func claimFindings(arts []Article, props []prop, blocks map[blockKey][]int32, artEnts [][]string) []fact.Finding {
	type contra struct {
		pos, neg int
		score    int
	}
	best := map[string]contra{} // one contradiction per pair of sources and speakers
	uf := newUnionFind(len(props))
	var dated []pairKey
	opposite := func(i, j, score int, byEvidence bool) {
		a, b := &props[i], &props[j]
		if supposing(a.claim.Evidence) || supposing(b.claim.Evidence) {
			// "Was passiert, wenn Trump eine Niederlage leugnet?" denies
			// nothing; "Sollte X kommen, ..." asserts nothing.
			return
		}
		if a.speaker == b.speaker {
			// One voice against itself: within an article a nuance, across
			// articles far more often a claim read wrongly than a source
			// turning round.
			return
		}
		pos, neg := i, j
		if a.neg {
			pos, neg = j, i
		}
		pa, na := &props[pos], &props[neg]
		if !na.denies {
			// Two statements, one negated, nobody denying the other: only
			// when their propositions match well, two voices speak, and both
			// speak of one named subject.
			if byEvidence || pa.filled || na.filled || score < 2 || pa.speaker == na.speaker || pa.speaker == "" ||
				pa.subject == "" || pa.subject != na.subject {
				return
			}
		} else if !deniesParty(pa, na) && !deniesReport(pa, na) && !ownDenial(pa, na, score, byEvidence) &&
			!storyDenial(pa, na, byEvidence, artEnts) {
			// Who denies must be what the claim is about, or the denial must
			// point at the report: else it denies something else.
			return
		}
		if na.ante >= 0 && negated(na.claim.Evidence) {
			return // "bestreitet das nicht" grants it
		}
		key := unit(&arts[pa.art]) + "|" + unit(&arts[na.art]) + "|" + pa.speaker + "|" + na.speaker
		if c, seen := best[key]; !seen || score > c.score || (score == c.score && pairLess(props, pos, neg, c.pos, c.neg)) {
			best[key] = contra{pos, neg, score}
		}
	}
	// A denial pointing back contradicts the claim it points at.
	for i := range props {
		if a := props[i].ante; a >= 0 {
			opposite(a, i, 100, false)
		}
	}
	candidates(props, blocks, func(i, j int) {
		a, b := &props[i], &props[j]
		if a.claim == b.claim || a.ante == j || b.ante == i {
			return
		}
		if a.filled && b.filled {
			return // two propositions filled in from their sentences: nothing the extractor found links them
		}
		score, ok := sameProposition(a, b)
		if !ok {
			return
		}
		if a.neg != b.neg {
			opposite(i, j, score, false)
			return
		}
		if a.denies != b.denies {
			return // a denial never corroborates an assertion
		}
		if _, same := sameByEvidence(a, b); !same {
			// Predicate and words of the object alone link too much (nach
			// Meinung der WHO ... / nach Meinung der WHO ...): the sentences
			// must say the same too.
			return
		}
		if otherNumbers(a.claim.Evidence, b.claim.Evidence) {
			return // 555 against 1.415 neue Infektionen: two reports of one kind, not one claim
		}
		if conditional(a.claim.Evidence) != conditional(b.claim.Evidence) {
			return // "Sollte es zu einem Lockdown kommen, ..." says nothing of whether it comes
		}
		uf.union(i, j)
		if len(a.claim.Dates) > 0 && len(b.claim.Dates) > 0 && !a.filled && !b.filled {
			dated = append(dated, mkPair(i, j))
		}
	}, func(i, j int) {
		a, b := &props[i], &props[j]
		if a.claim == b.claim || a.ante == j || b.ante == i {
			return
		}
		if pointsBack(a) || pointsBack(b) {
			// "Seehofer hatte dies zurückgewiesen" denies what it points at
			// (resolveBackReferences), not whatever else shares its words.
			return
		}
		score, ok := sameByEvidencePlus(a, b, denierNamed(a, b))
		if !ok {
			return
		}
		// Four shared words tell one story by themselves; fewer need the
		// claims or their articles to name the same.
		if score < 4 && !shareKey(ownKeys(a), ownKeys(b)) && !relatedArticles(artEnts[a.art], artEnts[b.art]) {
			return
		}
		opposite(i, j, score, true)
	})
	var out []fact.Finding
	for _, c := range best {
		out = append(out, contradiction(arts, props, c.pos, c.neg))
	}
	out = append(out, dateDiscrepancies(arts, props, dated)...)
	out = append(out, claimCorroborations(arts, props, uf)...)
	return out
}

func pairLess(props []prop, a1, b1, a2, b2 int) bool {
	k1 := props[a1].claim.ID + props[b1].claim.ID
	k2 := props[a2].claim.ID + props[b2].claim.ID
	return k1 < k2
}

// claimSide is the side of a finding that one claim makes.
func claimSide(arts []Article, p *prop) fact.Side {
	c := p.claim
	outlet := c.Outlet
	if outlet == "" {
		outlet = arts[p.art].Outlet
	}
	return fact.Side{
		Article:  arts[p.art].ID,
		Outlet:   outlet,
		Speaker:  c.Speaker,
		Stance:   c.Stance,
		Evidence: c.Evidence,
		Start:    c.Start,
		End:      c.End,
		Claim:    c.ID,
	}
}

// propositionText is the proposition of a claim in a few words: the
// sentence that carries it, shortened (the extractor's predicate is a stem,
// not fit to be read).
func propositionText(c *fact.Claim) string {
	if c.Evidence != "" {
		return shorten(c.Evidence, 80)
	}
	parts := []string{}
	for _, s := range []string{c.Subject, c.Predicate, c.Object} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return shorten(c.Evidence, 80)
	}
	return shorten(strings.Join(parts, " "), 80)
}

func speakerName(c *fact.Claim) string {
	if c.Speaker != "" {
		return c.Speaker
	}
	return "an unnamed source"
}

func contradiction(arts []Article, props []prop, pos, neg int) fact.Finding {
	p, n := &props[pos], &props[neg]
	sev := fact.SeverityHigh
	switch {
	case p.claim.Partial || n.claim.Partial:
		sev = fact.SeverityMedium
	case n.claim.Stance != fact.Denies && p.claim.Stance != fact.Confirms:
		sev = fact.SeverityMedium // opposite statements, but nobody denies the other outright
	}
	verb := map[string]string{fact.Asserts: "states", fact.Reports: "reports", fact.Confirms: "confirms"}[p.claim.Stance]
	if verb == "" {
		verb = "says"
	}
	denial := "denies it"
	if n.claim.Stance != fact.Denies {
		denial = "says the opposite"
	}
	if n.claim.Partial {
		denial = "partly denies it"
	}
	where := "in another article"
	if p.art == n.art {
		where = "in the same article"
	}
	expl := fmt.Sprintf("%s %s it; %s %s %s.", speakerName(p.claim), verb, speakerName(n.claim), denial, where)
	return newFinding(fact.Contradiction, sev, propositionText(p.claim), expl,
		[]fact.Side{claimSide(arts, p), claimSide(arts, n)})
}

// dateDiscrepancies reports linked claims that put the same event on
// different days.
func dateDiscrepancies(arts []Article, props []prop, pairs []pairKey) []fact.Finding {
	var out []fact.Finding
	done := map[string]bool{}
	for _, pr := range pairs {
		a, b := &props[pr.a], &props[pr.b]
		if unit(&arts[a.art]) == unit(&arts[b.art]) {
			continue
		}
		da, db := exactDays(a.claim.Dates), exactDays(b.claim.Dates)
		if len(da) != 1 || len(db) != 1 || da[0].from == db[0].from {
			continue // only one precise date each can be told apart safely
		}
		if sameDistance(da[0], parseSpan(arts[a.art].Published), db[0], parseSpan(arts[b.art].Published)) {
			// Each dated as far from its own article's day (am Freitag,
			// tags darauf): a report that recurs, told on two days.
			continue
		}
		va, vb := exactValue(a.claim.Dates), exactValue(b.claim.Dates)
		key := unit(&arts[a.art]) + "|" + unit(&arts[b.art]) + "|" + va + "|" + vb
		if done[key] {
			continue
		}
		done[key] = true
		expl := fmt.Sprintf("%s dates it %s, %s dates it %s.", speakerName(a.claim), va, speakerName(b.claim), vb)
		out = append(out, newFinding(fact.Discrepancy, fact.SeverityMedium, propositionText(a.claim), expl,
			[]fact.Side{claimSide(arts, a), claimSide(arts, b)}))
	}
	return out
}

// sameDistance tells whether two dates lie about equally far (a day either
// way) from the publication days of their articles, which differ.
func sameDistance(da, pa, db, pb span) bool {
	if !pa.exact() || !pb.exact() || pa.from == pb.from {
		return false
	}
	d := (da.from - pa.from) - (db.from - pb.from)
	return d >= -1 && d <= 1
}

func exactDays(vals []string) []span {
	var out []span
	seen := map[int]bool{}
	for _, v := range vals {
		if s := parseSpan(v); s.exact() && !seen[s.from] {
			seen[s.from] = true
			out = append(out, s)
		}
	}
	return out
}

func exactValue(vals []string) string {
	for _, v := range vals {
		if parseSpan(v).exact() {
			if i := strings.IndexByte(v, 'T'); i >= 0 {
				return v[:i]
			}
			return v
		}
	}
	return ""
}

// deniesParty tells whether the one who denies (na) is the party the
// asserted claim (pa) is about: its subject, an entity it names, or a word
// of its sentence (die Polizisten hätten ... / Die Polizei bestreitet das).
func deniesParty(pa, na *prop) bool {
	if na.speaker == "" {
		return false
	}
	if pa.subject == na.speaker || contains(pa.ents, na.speaker) {
		return true
	}
	if (pa.subject == "" || pa.place) && contains(pa.keys, na.speaker) {
		return true // "das Werk soll geschlossen werden" in a story about the company
	}
	names := contentStems(na.claim.Speaker + " " + na.claim.SpeakerOf)
	text := contentStems(pa.claim.Evidence + " " + pa.claim.Subject)
	for _, n := range names {
		for _, t := range text {
			if nameWordIn(n, t) {
				return true
			}
		}
	}
	return false
}

// markPlaces marks the props whose subject is only ever tagged a place.
func markPlaces(arts []Article, al *aliases, props []prop) {
	kind := map[string]string{}
	for i := range arts {
		for _, e := range arts[i].Entities {
			k := al.key(e.Name)
			if k == "" {
				continue
			}
			if old, ok := kind[k]; !ok || old == fact.LOC {
				kind[k] = e.Type
			}
		}
	}
	for i := range props {
		if s := props[i].subject; s != "" && kind[s] == fact.LOC {
			props[i].place = true
		}
	}
}

// ownDenial tells whether a denial states in full what it denies ("bestreitet,
// dass die Erwärmung die Hauptursache ist") and that matches the asserted
// proposition well, of the same subject.
func ownDenial(pa, na *prop, score int, byEvidence bool) bool {
	if na.ante >= 0 || score < 2 || (byEvidence && score < 3) {
		return false
	}
	if pa.subject != "" || na.subject != "" {
		return sameSubject(pa.subject, na.subject)
	}
	if strings.TrimSpace(na.claim.Subject) == "" {
		// The extractor left the denial without a subject ("Den Vorwurf,
		// das Unternehmen habe ..., wies sie zurück"): its sentence names
		// the subject of the claim.
		return overlap(contentStems(pa.claim.Subject), contentStems(na.claim.Evidence)) > 0
	}
	return overlap(contentStems(pa.claim.Subject), contentStems(na.claim.Subject)) > 0
}

// storyDenial tells whether a denial that says in its own words what it
// denies ("Die Arbeitgeber haben bis heute kein Angebot vorgelegt") meets a
// claim of one story with the same verb (one stem, not a synonym set) and
// a subject that agrees or stays open on one side: the articles name the
// same parties (relatedArticles) and the objects share a word
// (sameProposition). One shared word is enough there; elsewhere
// (ownDenial) it takes two.
func storyDenial(pa, na *prop, byEvidence bool, artEnts [][]string) bool {
	if byEvidence || na.ante >= 0 || na.filled || pa.filled || len(na.obj) == 0 || len(pa.obj) == 0 ||
		len(pa.pred) == 0 || len(na.pred) == 0 || pa.pred[0] != na.pred[0] {
		return false
	}
	if pa.subject != "" && na.subject != "" && !sameSubject(pa.subject, na.subject) {
		return false
	}
	return pa.art == na.art || relatedArticles(artEnts[pa.art], artEnts[na.art])
}

// nameWordIn tells whether n, a word of who denies, names text word t: the
// same stem, the first or last part of a compound (Polizei of
// Polizeisprecher), or the same word in another form (Polizei, Polizisten).
func nameWordIn(n, t string) bool {
	if n == t {
		return true
	}
	if len(n) >= 4 && (strings.HasPrefix(t, n) || strings.HasSuffix(t, n)) {
		return true
	}
	common := 0
	for common < len(n) && common < len(t) && n[common] == t[common] {
		common++
	}
	return len(n) <= len(t)+1 && common >= max(6, len(n)-1)
}

// deniesReport tells whether a denial points at a report ("wies den
// Bericht zurück", "dementierte die Meldung") and the asserted side is one.
func deniesReport(pa, na *prop) bool {
	if pa.claim.Stance != fact.Reports {
		return false
	}
	for _, w := range words(na.claim.Evidence) {
		if strings.Contains(w, "bericht") || strings.Contains(w, "meldung") {
			return true
		}
	}
	return false
}

// copyClaims is how many claims two articles must share, each linked, to be
// taken for one text copied (a site reprinting an agency's or another
// outlet's article) even when ingest did not link them as near-duplicates.
const copyClaims = 3

// copySets joins the near-duplicate units of articles that copy each other.
type copySets struct {
	id map[string]int
	uf unionFind
}

func (c copySets) root(unit string) int {
	return c.uf.find(c.id[unit]) // every unit of a group has an id
}

// copiedArticles finds the pairs of units that share copyClaims linked
// claims or more and joins them.
func copiedArticles(arts []Article, props []prop, groups map[int][]int, roots []int) copySets {
	c := copySets{id: map[string]int{}}
	shared := map[[2]string]int{}
	for _, r := range roots {
		var us []string
		for _, i := range groups[r] {
			u := unit(&arts[props[i].art])
			if _, ok := c.id[u]; !ok {
				c.id[u] = len(c.id)
			}
			if !contains(us, u) {
				us = append(us, u)
			}
		}
		sort.Strings(us)
		for x := 0; x < len(us); x++ {
			for y := x + 1; y < len(us); y++ {
				shared[[2]string{us[x], us[y]}]++
			}
		}
	}
	c.uf = newUnionFind(len(c.id))
	for pr, n := range shared {
		if n >= copyClaims {
			c.uf.union(c.id[pr[0]], c.id[pr[1]])
		}
	}
	return c
}

// claimCorroborations reports each group of linked claims that comes from
// two or more independent sources.
func claimCorroborations(arts []Article, props []prop, uf unionFind) []fact.Finding {
	groups, roots := uf.groups(len(props))
	copies := copiedArticles(arts, props, groups, roots)
	var out []fact.Finding
	for _, r := range roots {
		g := groups[r]
		sort.Slice(g, func(i, j int) bool {
			a, b := &props[g[i]], &props[g[j]]
			if arts[a.art].ID != arts[b.art].ID {
				return arts[a.art].ID < arts[b.art].ID
			}
			return a.claim.Start < b.claim.Start
		})
		bySource := map[string]int{}
		var sources []string
		units := map[string]bool{}
		for _, i := range g {
			s := props[i].source
			if _, ok := bySource[s]; !ok && !copiesAny(props[i].claim.Evidence, sources, func(s string) string {
				return props[bySource[s]].claim.Evidence
			}) {
				bySource[s] = i
				sources = append(sources, s)
			}
			units[unit(&arts[props[i].art])] = true
		}
		outlets := map[string]bool{}
		for _, s := range sources {
			a := &arts[props[bySource[s]].art]
			o := a.outlet
			if o == "" {
				o = "article:" + a.ID
			}
			outlets[o] = true
		}
		copyRoots := map[int]bool{}
		for u := range units {
			copyRoots[copies.root(u)] = true
		}
		// One outlet printing a claim twice is one source, whoever it quotes;
		// so is an article and its copy.
		if len(sources) < 2 || len(units) < 2 || len(outlets) < 2 || len(copyRoots) < 2 {
			continue
		}
		var sides []fact.Side
		for _, s := range sources {
			if len(sides) == maxSides {
				break
			}
			sides = append(sides, claimSide(arts, &props[bySource[s]]))
		}
		first := props[g[0]].claim
		expl := fmt.Sprintf("%d articles from %d independent sources carry the same claim.", len(units), len(sources))
		out = append(out, newFinding(fact.Corroboration, fact.SeverityInfo, propositionText(first), expl, sides))
	}
	return out
}

// ownKeys are the entities a claim itself names: subject, speaker, entities.
func ownKeys(p *prop) []string {
	return append([]string{p.subject, p.speaker}, p.ents...)
}

// claimCanonical is the one block in which two dated claims are compared.
func claimCanonical(a, b *prop) blockKey {
	e := ""
	for _, x := range a.keys {
		if (e == "" || x < e) && contains(b.keys, x) {
			e = x
		}
	}
	lo := max(floorDiv(a.when.from-claimWindow, bucketDays), floorDiv(b.when.from-claimWindow, bucketDays))
	return blockKey{e, lo}
}

// pointsBack tells whether a denial points back at something said before
// ("dies" in its sentence, or its object only "die Darstellung" and its
// sentence saying little else) and no claim before it was found for it.
func pointsBack(p *prop) bool {
	return p.denies && p.ante < 0 && (hasWord(p.claim.Evidence, demonstratives) || refersBack(p.claim.Object) && len(p.ev) < 3)
}

// demonstratives point back at what was said before ("wies dies zurück").
var demonstratives = map[string]bool{"dies": true, "diese": true, "dieses": true}

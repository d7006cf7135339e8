package ner

import (
	"hash/maphash"
	"math"
	"strings"
	"sync"
	"sync/atomic"
)

// This file is the tagging path of a trained model, built for speed: what
// depends on one word alone (its lowercase form, shape, list flags, the
// summed weights of the features it lends in each role, the hash states of
// the pair features it opens) is computed once per word type and cached
// across sentences and articles; the pair features with few values are read
// from tables built once; Viterbi skips the previous tags that cannot win.
// The result is the same, bit for bit, as scoring the features of
// features() and decoding with viterbi: the same weights are added in the
// same order, and only candidates that are certainly worse are skipped.

// tagState is what tagging needs once the weights are final, set up once
// (Model.setup) and read-only after that, except the word cache, which is
// safe for concurrent use.
type tagState struct {
	once sync.Once
	// edges[r] holds the summed weights lent by the edge of the sentence in
	// role r.
	edges [nRoles][]float32
	// Transitions indexed [to*T+from] with -Inf where not allowed, start
	// scores with -Inf where not allowed, and for each tag whether every
	// tag may precede it (flatTrans).
	transT  []float32
	start0  []float32
	fromAny []bool
	// For each previous tag p, the highest and the lowest transition from
	// p to a tag that every tag may precede: bounds that let Viterbi skip
	// a previous tag that cannot win (viterbiPruned).
	maxOut, minIn []float32
	// anyTags lists the tags every tag may precede, restTags the others;
	// trans is indexed [from*T+to].
	anyTags, restTags []int32
	trans             []float32
	// Rows of the pair features with few values: fGaz, fPrevGaz and
	// fNextGaz by flags, fGaz by flag bit, fCompanyForm by distance,
	// fCapMid, fConj of two coarse clusters (before and after),
	// fDetPrevCoarse by determiner bucket and coarse cluster.
	gazRows    [3][256]int32
	gazBitRows [8]int32
	formRows   [4]int32
	capMidRow  int32
	conjPrev   []int32 // [coarseIdx(prev)*nCoarseIdx+coarseIdx(cur)]
	conjNext   []int32 // [coarseIdx(cur)*nCoarseIdx+coarseIdx(next)]
	detPrev    []int32 // [det*nCoarseIdx+coarseIdx(prev)], det < nDet
	// Hash states of the pair features opened by the sentence's start.
	edgeBigPrev, edgeShapeTri uint64
	cache                     wordCache
	scratch                   sync.Pool
}

// Coarse cluster ids 0..maxCoarseIdx and the sentence edge (0xffff) index
// the tables of fConj and fDetPrevCoarse; other values are looked up.
const (
	maxCoarseIdx = 64
	nCoarseIdx   = maxCoarseIdx + 2
	nDet         = 8
)

func coarseIdx(c uint16) int {
	switch {
	case c <= maxCoarseIdx:
		return int(c)
	case c == edgeInfo.Coarse:
		return maxCoarseIdx + 1
	}
	return -1
}

// coarseOf returns the coarse id of coarseIdx i.
func coarseOf(i int) uint16 {
	if i == maxCoarseIdx+1 {
		return edgeInfo.Coarse
	}
	return uint16(i)
}

// setup prepares what tagging needs once the weights are final.
func (m *Model) setup() {
	st := &m.tagging
	st.once.Do(func() {
		T := len(m.Tags)
		var buf []uint64
		for r := rolePrev; r < nRoles; r++ {
			lw := "<s>"
			if r == roleNext || r == roleNext2 {
				lw = "</s>"
			}
			buf = roleFeatures(buf[:0], r, lw, lw, edgeInfo)
			st.edges[r] = make([]float32, T)
			m.addRows(st.edges[r], buf)
		}
		st.transT, st.start0, st.fromAny = flatTrans(T, m.trans, m.start, m.prevs, m.startOK)
		st.maxOut, st.minIn = transBounds(T, st.transT, st.fromAny)
		st.trans = m.trans
		for t, all := range st.fromAny {
			if all {
				st.anyTags = append(st.anyTags, int32(t))
			} else {
				st.restTags = append(st.restTags, int32(t))
			}
		}
		for k, f := range [3]byte{fGaz, fPrevGaz, fNextGaz} {
			for v := range st.gazRows[k] {
				st.gazRows[k][v] = m.row(featN(f, uint64(v)))
			}
		}
		for b := range st.gazBitRows {
			st.gazBitRows[b] = m.row(featN(fGaz, 0x100|1<<b))
		}
		for k := range st.formRows {
			st.formRows[k] = m.row(featN(fCompanyForm, uint64(k)))
		}
		st.capMidRow = m.row(feat(fCapMid, ""))
		st.conjPrev = make([]int32, nCoarseIdx*nCoarseIdx)
		st.conjNext = make([]int32, nCoarseIdx*nCoarseIdx)
		for a := range nCoarseIdx {
			for b := range nCoarseIdx {
				ca, cb := uint64(coarseOf(a)), uint64(coarseOf(b))
				st.conjPrev[a*nCoarseIdx+b] = m.row(featN(fConj, ca<<16|cb))
				st.conjNext[a*nCoarseIdx+b] = m.row(featN(fConj, 1<<40|ca<<16|cb))
			}
		}
		st.detPrev = make([]int32, nDet*nCoarseIdx)
		for d := range nDet {
			for b := range nCoarseIdx {
				st.detPrev[d*nCoarseIdx+b] = m.row(featN(fDetPrevCoarse, uint64(d)<<16|uint64(coarseOf(b))))
			}
		}
		st.edgeBigPrev = openHash(fBigramPrev, "<s>")
		st.edgeShapeTri = openHash(fShapeTri, "<s>")
		st.cache.init()
	})
}

// openHash is the state of feat2(t, a, b) before b is hashed.
func openHash(t byte, a string) uint64 {
	h := feat(t, a)
	h ^= 0xff
	h *= fnvPrime
	return h
}

// transBounds returns, for each previous tag p, the highest and lowest
// transition score from p to the tags that every tag may precede (-Inf and
// +Inf when there is none).
func transBounds(T int, transT []float32, fromAny []bool) (maxOut, minIn []float32) {
	maxOut, minIn = make([]float32, T), make([]float32, T)
	for p := range T {
		hi, lo := float32(math.Inf(-1)), float32(math.Inf(1))
		for t := range T {
			if !fromAny[t] {
				continue
			}
			v := transT[t*T+p]
			hi, lo = max(hi, v), min(lo, v)
		}
		maxOut[p], minIn[p] = hi, lo
	}
	return maxOut, minIn
}

// wordCache maps words to what tagging needs of them (cachedWord), safe
// for concurrent use. It keeps two generations of at most maxCached words
// each, insert-only open-addressing tables of atomic pointers read without
// locks: when the current one is full it becomes the old one and a new one
// starts, and a word found in the old one moves to the current one. The
// words in use stay while the cache's memory stays bounded on a corpus of
// any size.
type wordCache struct {
	seed  maphash.Seed
	limit int64      // words a generation holds at most
	mu    sync.Mutex // serialises starting a generation
	cur   atomic.Pointer[cacheGen]
	old   atomic.Pointer[cacheGen]
}

// cacheGen is one generation of the word cache: a table filled to a
// quarter of its slots at most, so probes stay short.
type cacheGen struct {
	slots []atomic.Pointer[cachedWord]
	n     atomic.Int64
}

// cachedWord is what tagging needs of one word type; it holds no memory of
// the text it came from.
type cachedWord struct {
	word, lower, shape string
	info               WordInfo
	form               bool  // a legal form or company word (companyForms)
	cap                bool  // starts with a capital letter
	gz                 uint8 // list flags of the word alone: gFirstName, gGenitive
	first              []int // gaz.byFirst[word]: list names it opens
	initRow            int32 // row of fInitial with the word's shape
	// Hash states of the pair features the word opens: bigrams with it on
	// the left (as the previous word, and as the current word), and the
	// shape trigram with it first.
	hBigPrev, hBigNext, hShapeTri uint64
	roles                         []float32 // nRoles * len(Tags)
	dense                         []float32 // the word's embedding, nil when unknown
}

const (
	maxCached  = 100000
	cacheSlots = 1 << 19
	cacheMask  = cacheSlots - 1
)

func (c *wordCache) init() {
	c.seed = maphash.MakeSeed()
	c.limit = maxCached
	c.cur.Store(&cacheGen{slots: make([]atomic.Pointer[cachedWord], cacheSlots)})
}

// find returns the entry of w (hash h) in g, or nil.
func (g *cacheGen) find(h uint64, w string) *cachedWord {
	i := h & cacheMask
	for {
		e := g.slots[i].Load()
		if e == nil || e.word == w {
			return e
		}
		i = (i + 1) & cacheMask
	}
}

// insert stores e (hash h) unless g holds its word; it reports false when
// g holds limit words.
func (g *cacheGen) insert(h uint64, e *cachedWord, limit int64) bool {
	if g.n.Load() >= limit {
		return false
	}
	i := h & cacheMask
	for {
		cur := g.slots[i].Load()
		if cur == nil {
			if g.slots[i].CompareAndSwap(nil, e) {
				g.n.Add(1)
				return true
			}
			cur = g.slots[i].Load()
		}
		if cur.word == e.word {
			return true
		}
		i = (i + 1) & cacheMask
	}
}

// get returns the entry of w (hash h), or nil.
func (c *wordCache) get(h uint64, w string) *cachedWord {
	if e := c.cur.Load().find(h, w); e != nil {
		return e
	}
	if old := c.old.Load(); old != nil {
		if e := old.find(h, w); e != nil {
			c.put(h, e)
			return e
		}
	}
	return nil
}

// put stores e (hash h) in the current generation, starting a new one
// when it is full.
func (c *wordCache) put(h uint64, e *cachedWord) {
	for {
		g := c.cur.Load()
		if g.insert(h, e, c.limit) {
			return
		}
		c.mu.Lock()
		if c.cur.Load() == g {
			c.old.Store(g)
			c.cur.Store(&cacheGen{slots: make([]atomic.Pointer[cachedWord], cacheSlots)})
		}
		c.mu.Unlock()
	}
}

// word returns what tagging needs of w, from the cache or computed (and
// cached while there is room); buf is working space for feature hashes.
func (m *Model) word(w string, buf *[]uint64) *cachedWord {
	cache := &m.tagging.cache
	h := maphash.String(cache.seed, w)
	if c := cache.get(h, w); c != nil {
		return c
	}
	T := len(m.Tags)
	lw, shp := strings.ToLower(w), shape(w)
	wi := lookup(m.lex, m.clus, w, lw)
	c := &cachedWord{word: strings.Clone(w), shape: shp, info: wi, form: companyForms[w], cap: isCap(w)}
	c.lower = c.word
	if lw != w {
		c.lower = strings.Clone(lw)
	}
	c.gz = nameFlags(w)
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		if e, ok := gaz.byName[w[:len(w)-1]]; ok && len(gaz.entries[e].toks) == 1 {
			c.gz |= gGenitive
		}
	}
	c.first = gaz.byFirst[w]
	c.initRow = m.row(feat(fInitial, shp))
	c.hBigPrev = openHash(fBigramPrev, lw)
	c.hBigNext = openHash(fBigramNext, lw)
	c.hShapeTri = openHash(fShapeTri, shp)
	v := make([]float32, nRoles*T)
	b := wordFeatures((*buf)[:0], w, lw, shp, wi, m.lex, m.clus)
	m.addRows(v[:T], b)
	for r := rolePrev; r < nRoles; r++ {
		b = roleFeatures(b[:0], r, lw, shp, wi)
		m.addRows(v[r*T:(r+1)*T], b)
	}
	*buf = b
	c.roles = v
	if m.embDim > 0 {
		c.dense = m.denseVecs([]string{w})[0]
	}
	cache.put(h, c)
	return c
}

// Tag returns the model's tags for words.
func (m *Model) Tag(words []string) []string {
	entry, length := make([]int, len(words)), make([]int, len(words))
	ids := m.tagSentence(words, entry, length, make([]int, len(words)))
	out := make([]string, len(words))
	for i, id := range ids {
		out[i] = m.Tags[id]
	}
	return out
}

// scratch is the working space of one tagging, reused through a pool.
type scratch struct {
	em    []float32
	score []float32
	back  []int32
	cand  []int32
	words []*cachedWord
	gz    []uint8
	buf   []uint64
	rows  []int32
	ws    [][]float32
	dense [][]float32
}

func grow[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, n)
	}
	return s[:n]
}

// tagSentence writes the tag index of each word to out and returns it, and
// fills entry and length with the list matches of the sentence
// (gazetteer.match); all three hold one element a word.
func (m *Model) tagSentence(words []string, entry, length, out []int) []int {
	m.setup()
	st := &m.tagging
	n, T := len(words), len(m.Tags)
	sc, _ := st.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{buf: make([]uint64, 0, 64)}
	}
	defer st.scratch.Put(sc)
	cws := grow(sc.words, n)
	sc.words = cws
	for i, w := range words {
		cws[i] = m.word(w, &sc.buf)
	}
	gaz.matchWords(words, cws, entry, length)
	gz := grow(sc.gz, n)
	sc.gz = gz
	for i, c := range cws {
		gz[i] = c.gz
	}
	entryFlags(gz, entry, length)
	em := grow(sc.em, n*T)
	sc.em = em
	edges := &st.edges
	for i := range n {
		row := em[i*T : (i+1)*T : (i+1)*T]
		own := cws[i].roles[:len(row)]
		var prev, next, prev2, next2 []float32
		if i >= 1 {
			prev = cws[i-1].roles[rolePrev*T : (rolePrev+1)*T]
		} else {
			prev = edges[rolePrev]
		}
		if i+1 < n {
			next = cws[i+1].roles[roleNext*T : (roleNext+1)*T]
		} else {
			next = edges[roleNext]
		}
		if i >= 2 {
			prev2 = cws[i-2].roles[rolePrev2*T : (rolePrev2+1)*T]
		} else {
			prev2 = edges[rolePrev2]
		}
		if i+2 < n {
			next2 = cws[i+2].roles[roleNext2*T : (roleNext2+1)*T]
		} else {
			next2 = edges[roleNext2]
		}
		prev, next, prev2, next2 = prev[:len(row)], next[:len(row)], prev2[:len(row)], next2[:len(row)]
		sc.rows = m.pairRowsWords(sc.rows[:0], i, cws, gz)
		ws := sc.ws[:0]
		for _, r := range sc.rows {
			if r >= 0 {
				ws = append(ws, m.w[int(r)*T:int(r+1)*T:int(r+1)*T])
			}
		}
		sc.ws = ws
		// The same additions, in the same order, as adding each role's
		// weights and then each pair feature's in turn: four at a time.
		for t := range row {
			row[t] = own[t] + prev[t] + next[t] + prev2[t] + next2[t]
		}
		k := 0
		for ; k+4 <= len(ws); k += 4 {
			a, b, c, d := ws[k][:len(row)], ws[k+1][:len(row)], ws[k+2][:len(row)], ws[k+3][:len(row)]
			for t := range row {
				row[t] = row[t] + a[t] + b[t] + c[t] + d[t]
			}
		}
		for ; k < len(ws); k++ {
			a := ws[k][:len(row)]
			for t := range row {
				row[t] += a[t]
			}
		}
	}
	if m.embDim > 0 {
		sc.dense = grow(sc.dense, n)
		for i, c := range cws {
			sc.dense[i] = c.dense
		}
		m.addDense(sc.dense, em)
		clear(sc.dense)
	}
	clear(cws)
	sc.score, sc.back = grow(sc.score, n*T), grow(sc.back, n*T)
	sc.cand = viterbiPruned(n, T, em, st, m.prevs, sc.score, sc.back, sc.cand, out)
	return out
}

// pairRowsWords appends the weight rows (-1: none) of the features
// pairFeatures gives token i, in the same order, from the cached words of
// the sentence and their list flags gz.
func (m *Model) pairRowsWords(rows []int32, i int, cws []*cachedWord, gz []uint8) []int32 {
	st := &m.tagging
	n := len(cws)
	cur := cws[i]
	hPrev, hShape := st.edgeBigPrev, st.edgeShapeTri
	prevC, nextC := edgeInfo.Coarse, edgeInfo.Coarse
	prevG, nextG := uint8(0xff), uint8(0xff)
	nextLower, nextShape := "</s>", "</s>"
	if i > 0 {
		p := cws[i-1]
		hPrev, hShape, prevC, prevG = p.hBigPrev, p.hShapeTri, p.info.Coarse, gz[i-1]
	}
	if i+1 < n {
		nx := cws[i+1]
		nextLower, nextShape, nextC, nextG = nx.lower, nx.shape, nx.info.Coarse, gz[i+1]
	}
	det, curC := cur.info.Det, cur.info.Coarse
	pi, ci, ni := coarseIdx(prevC), coarseIdx(curC), coarseIdx(nextC)
	var detRow, conjP, conjN int32
	if det < nDet && pi >= 0 {
		detRow = st.detPrev[int(det)*nCoarseIdx+pi]
	} else {
		detRow = m.row(featN(fDetPrevCoarse, uint64(det)<<16|uint64(prevC)))
	}
	if pi >= 0 && ci >= 0 {
		conjP = st.conjPrev[pi*nCoarseIdx+ci]
	} else {
		conjP = m.row(featN(fConj, uint64(prevC)<<16|uint64(curC)))
	}
	if ci >= 0 && ni >= 0 {
		conjN = st.conjNext[ci*nCoarseIdx+ni]
	} else {
		conjN = m.row(featN(fConj, 1<<40|uint64(curC)<<16|uint64(nextC)))
	}
	g := gz[i]
	rows = append(rows,
		m.row(hashStr(hPrev, cur.lower)),
		m.row(hashStr(cur.hBigNext, nextLower)),
		detRow,
		st.gazRows[0][g],
		st.gazRows[1][prevG],
		st.gazRows[2][nextG],
		m.row(hashStr(hashStr(hShape, cur.shape)^0x7c, nextShape)),
		conjP,
		conjN,
	)
	if g != 0 {
		for b := range 8 {
			if g&(1<<b) != 0 {
				rows = append(rows, st.gazBitRows[b])
			}
		}
	}
	for k := 1; k <= 3 && i+k < n; k++ {
		if cws[i+k].form {
			rows = append(rows, st.formRows[k])
			break
		}
	}
	if i == 0 {
		rows = append(rows, cur.initRow)
	} else if cur.cap {
		rows = append(rows, st.capMidRow)
	}
	return rows
}

// viterbiPruned is viterbiFlat over the tables of st, with the same
// result: at each token it first drops the previous tags p whose best
// possible score, score[p] + maxOut[p], is below a score some tag that
// every tag may follow is sure to reach, best score + minIn[best]. Such a p
// is strictly worse than the best previous tag for every such tag, so it is
// never chosen, and the first best one is chosen as before. cand is working
// space, returned for reuse.
func viterbiPruned(n, T int, em []float32, st *tagState, prevs [][]int32, score []float32, back, cand []int32, out []int) []int32 {
	if n == 0 {
		return cand
	}
	neg := float32(math.Inf(-1))
	transT, start0, trans := st.transT, st.start0, st.trans
	anyTags, restTags := st.anyTags, st.restTags
	maxOut, minIn := st.maxOut[:T], st.minIn[:T]
	for t := 0; t < T; t++ {
		score[t] = start0[t] + em[t]
		if start0[t] == neg {
			score[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*T : i*T : i*T]
		cur := score[i*T : (i+1)*T : (i+1)*T]
		bk := back[i*T : (i+1)*T : (i+1)*T]
		emi := em[i*T : (i+1)*T : (i+1)*T]
		pb, top := 0, prev[0]
		for p := 1; p < len(prev); p++ {
			if prev[p] > top {
				pb, top = p, prev[p]
			}
		}
		floor := top + minIn[pb]
		cand = cand[:0]
		for p, pv := range prev {
			if !(pv+maxOut[p] < floor) {
				cand = append(cand, int32(p))
			}
		}
		if len(cand) == 1 {
			// One candidate: it is the best for every such tag.
			p := cand[0]
			pv, tp := prev[p], trans[int(p)*T:int(p+1)*T:int(p+1)*T]
			for _, t := range anyTags {
				cur[t] = pv + tp[t] + emi[t]
				bk[t] = p
			}
		} else {
			for _, t := range anyTags {
				best, arg := neg, int32(0)
				tr := transT[int(t)*T : int(t+1)*T : int(t+1)*T]
				for _, p := range cand {
					if s := prev[p] + tr[p]; s > best {
						best, arg = s, p
					}
				}
				cur[t] = best + emi[t]
				bk[t] = arg
			}
		}
		for _, t := range restTags {
			best, arg := neg, int32(0)
			tr := transT[int(t)*T : int(t+1)*T : int(t+1)*T]
			for _, p := range prevs[t] {
				if s := prev[p] + tr[p]; s > best {
					best, arg = s, p
				}
			}
			cur[t] = best + emi[t]
			bk[t] = arg
		}
	}
	backtrace(n, T, score, back, out)
	return cand
}

package ner

import (
	"cmp"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"slices"
)

// Labels are the classes the model tells apart. PER, ORG and LOC are what
// the package reports. OTH (other names: works, events, products) and
// LOCderiv ("deutschen", "New Yorker") are learnt so that the model does not
// call them PER/ORG/LOC; the -part classes mark a name inside a compound
// ("US-Großbanken", "Facebook-Nutzern") so that the base name can be cut
// out of it. GermEval's rarer classes (PERderiv, ORGderiv, OTHderiv,
// OTHpart) are folded into OTH.
var Labels = []string{"PER", "ORG", "LOC", "OTH", "LOCderiv", "PERpart", "ORGpart", "LOCpart"}

// TrainLabel maps a GermEval 2014 outer tag to a tag of the model: B-X or
// I-X with X one of Labels, or O.
func TrainLabel(tag string) string {
	if tag == "O" || len(tag) < 3 || tag[1] != '-' {
		return "O"
	}
	p, t := tag[:2], tag[2:]
	for _, l := range Labels {
		if l == t {
			return p + t
		}
	}
	return p + "OTH"
}

// WordInfo is what unlabelled text says of a word: its distributional
// cluster at two granularities (0 = none) and a bucket of how often a
// determiner precedes it (0 = unknown).
type WordInfo struct {
	Coarse, Fine uint16 // cluster ids, 0 = none
	Det          uint8  // bucket of P(determiner before word), 0 = unknown
	// Buckets of how often the word follows a given name or title (PER),
	// follows "in", "aus" or "nach" (LOC), or stands next to a company
	// form or an organisation noun (ORG): 0 unknown, 1 never ... 5 often.
	PerCue, LocCue, OrgCue uint8
	// Buckets of how often a first model tagged the word PER, ORG or LOC
	// across unlabelled text (0 unknown, 1 never ... 5 mostly).
	PredPER, PredORG, PredLOC uint8
	// Lower is a bucket of how often unlabelled text writes the word in
	// lowercase (0 unknown, 1 never ... 5 mostly): a capitalised word
	// that is mostly lowercase is a common word at the start of a
	// sentence or in a heading, not a name.
	Lower uint8
	// Clus holds the word's cluster at each granularity (Clusters), set
	// when the word is looked up for a model that has clusters; zero in a
	// Lexicon.
	Clus [ClusterLevels]uint16
	// Vec is a low-dimensional embedding of the word's contexts (PCA of
	// PPMI co-occurrences), quantised to int8; nil when unknown.
	Vec []int8
}

// Model is a trained sequence tagger: an averaged perceptron over hashed
// features with first-order transitions, decoded with Viterbi.
type Model struct {
	Tags  []string // B-X, I-X and O; index 0 is O
	slots []slot   // open-addressing table of feature hashes
	mask  uint64
	w     []float32 // nfeat * len(Tags)
	trans []float32 // len(Tags)*len(Tags): from, to
	start []float32
	lex   map[string]WordInfo
	// clus holds the word clusters the model was trained with (nil: none).
	clus *Clusters
	// emb holds the weights of the word embeddings of the previous, the
	// current and the next word: 3 * embDim * len(Tags).
	emb    []float32
	embDim int
	// allowed[i*T+j] is false when tag j cannot follow tag i (I-X after
	// anything but B-X or I-X).
	allowed []bool
	startOK []bool
	// prevs[t] lists the tags that may precede tag t.
	prevs [][]int32
	// tagging holds what tagging needs once the weights are final (tag.go).
	tagging tagState
}

// slot is one entry of the feature table: a feature hash and its row of
// weights (-1: empty). Key and row share a cache line.
type slot struct {
	key uint64
	row int32
}

// modelFile is the serialised form of a Model, gob-encoded and gzipped.
type modelFile struct {
	Version int
	Tags    []string
	Keys    []uint64 // sorted
	Scale   float32
	Weights []int16 // len(Keys)*len(Tags), quantised by Scale
	Trans   []float32
	Start   []float32
	Words   []string
	Info    []WordInfo
	EmbDim  int
	Emb     []float32
	Note    string
	// ClusterSum identifies the word clusters the model was trained with
	// (the embedded ones, DefaultClusters); 0 when it has none.
	ClusterSum uint64
}

const modelVersion = 1

// Write serialises the model, gzipped, quantising weights to 16 bits.
func (m *Model) Write(w io.Writer, note string) error {
	T := len(m.Tags)
	f := modelFile{Version: modelVersion, Tags: m.Tags, Trans: m.trans, Start: m.start, Note: note,
		EmbDim: m.embDim, Emb: m.emb}
	if m.clus != nil {
		f.ClusterSum = m.clus.sum
	}
	// Keys in sorted order for a reproducible file.
	type kr struct {
		k uint64
		r int32
	}
	var krs []kr
	for _, sl := range m.slots {
		if sl.row >= 0 {
			krs = append(krs, kr{sl.key, sl.row})
		}
	}
	slices.SortFunc(krs, func(a, b kr) int { return cmp.Compare(a.k, b.k) })
	maxAbs := float32(0)
	for _, v := range m.w {
		if a := float32(math.Abs(float64(v))); a > maxAbs {
			maxAbs = a
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	f.Scale = maxAbs / 32767
	for _, e := range krs {
		row := m.w[int(e.r)*T : int(e.r+1)*T]
		zero := true
		for _, v := range row {
			if int16(math.Round(float64(v/f.Scale))) != 0 {
				zero = false
			}
		}
		if zero {
			continue
		}
		f.Keys = append(f.Keys, e.k)
		for _, v := range row {
			f.Weights = append(f.Weights, int16(math.Round(float64(v/f.Scale))))
		}
	}
	words := make([]string, 0, len(m.lex))
	for w := range m.lex {
		words = append(words, w)
	}
	slices.Sort(words)
	f.Words = words
	for _, w := range words {
		f.Info = append(f.Info, m.lex[w])
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// ReadModel loads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if f.Version != modelVersion {
		return nil, fmt.Errorf("read model: version %d, want %d", f.Version, modelVersion)
	}
	T := len(f.Tags)
	if len(f.Weights) != len(f.Keys)*T || len(f.Trans) != T*T || len(f.Start) != T || len(f.Words) != len(f.Info) {
		return nil, fmt.Errorf("read model: inconsistent sizes")
	}
	m := newModel(f.Tags)
	m.trans, m.start = f.Trans, f.Start
	if f.ClusterSum != 0 {
		clus, err := DefaultClusters()
		if err != nil {
			return nil, fmt.Errorf("read model: %w", err)
		}
		if clus.sum != f.ClusterSum {
			return nil, fmt.Errorf("read model: trained with other word clusters than the embedded ones (retrain with make model)")
		}
		m.clus = clus
	}
	if len(f.Emb) != 3*f.EmbDim*T {
		return nil, fmt.Errorf("read model: inconsistent embedding weights")
	}
	m.emb, m.embDim = f.Emb, f.EmbDim
	m.initTable(len(f.Keys))
	m.w = make([]float32, len(f.Weights))
	for i, v := range f.Weights {
		m.w[i] = float32(v) * f.Scale
	}
	for i, k := range f.Keys {
		m.insert(k, int32(i))
	}
	m.lex = make(map[string]WordInfo, len(f.Words))
	for i, w := range f.Words {
		m.lex[w] = f.Info[i]
	}
	return m, nil
}

func newModel(tags []string) *Model {
	T := len(tags)
	m := &Model{Tags: tags, trans: make([]float32, T*T), start: make([]float32, T)}
	m.allowed = make([]bool, T*T)
	m.startOK = make([]bool, T)
	for j, to := range tags {
		m.startOK[j] = to[0] != 'I'
		for i, from := range tags {
			ok := to[0] != 'I' || (from[0] != 'O' && from[2:] == to[2:])
			m.allowed[i*T+j] = ok
		}
	}
	m.prevs = make([][]int32, T)
	for j := range tags {
		for i := range tags {
			if m.allowed[i*T+j] {
				m.prevs[j] = append(m.prevs[j], int32(i))
			}
		}
	}
	return m
}

func (m *Model) initTable(n int) {
	size := 1
	for size < 2*n+16 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	for i := range m.slots {
		m.slots[i].row = -1
	}
	m.mask = uint64(size - 1)
}

func (m *Model) insert(k uint64, row int32) {
	i := mix(k) & m.mask
	for m.slots[i].row >= 0 {
		if m.slots[i].key == k {
			m.slots[i].row = row
			return
		}
		i = (i + 1) & m.mask
	}
	m.slots[i] = slot{key: k, row: row}
}

// row returns the weight row of a feature, or -1.
func (m *Model) row(k uint64) int32 {
	i := mix(k) & m.mask
	for {
		sl := &m.slots[i]
		r := sl.row
		if r < 0 || sl.key == k {
			return r
		}
		i = (i + 1) & m.mask
	}
}

func mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}

// denseVecs returns the embedding of each word (nil when unknown).
func (m *Model) denseVecs(words []string) [][]float32 {
	if m.embDim == 0 {
		return nil
	}
	out := make([][]float32, len(words))
	buf := make([]float32, len(words)*m.embDim)
	for i, w := range words {
		wi, ok := m.lex[w]
		if !ok || len(wi.Vec) != m.embDim {
			continue
		}
		v := buf[i*m.embDim : (i+1)*m.embDim]
		for d, x := range wi.Vec {
			v[d] = float32(x) / 127
		}
		out[i] = v
	}
	return out
}

// flatTrans returns the transitions indexed [to*T+from] with -Inf where
// from may not precede to, the start scores with -Inf where a tag may not
// start, and for each tag whether every tag may precede it.
func flatTrans(T int, trans, start []float32, prevs [][]int32, startOK []bool) (transT, start0 []float32, fromAny []bool) {
	neg := float32(math.Inf(-1))
	transT = make([]float32, T*T)
	for i := range transT {
		transT[i] = neg
	}
	fromAny = make([]bool, T)
	for t := 0; t < T; t++ {
		for _, p := range prevs[t] {
			transT[t*T+int(p)] = trans[int(p)*T+t]
		}
		fromAny[t] = len(prevs[t]) == T
	}
	start0 = make([]float32, T)
	for t := range start0 {
		start0[t] = neg
		if startOK[t] {
			start0[t] = start[t]
		}
	}
	return transT, start0, fromAny
}

// addRows adds the weight rows of features fs to row.
func (m *Model) addRows(row []float32, fs []uint64) {
	T := len(row)
	for _, f := range fs {
		r := m.row(f)
		if r < 0 {
			continue
		}
		base := int(r) * T
		w := m.w[base : base+T : base+T]
		for t := range w {
			row[t] += w[t]
		}
	}
}

// addDense adds the scores of the word embeddings to em.
func (m *Model) addDense(dense [][]float32, em []float32) {
	T, E := len(m.Tags), m.embDim
	for i := range dense {
		row := em[i*T : (i+1)*T]
		for p := -1; p <= 1; p++ {
			if i+p < 0 || i+p >= len(dense) || dense[i+p] == nil {
				continue
			}
			base := (p + 1) * E * T
			for d, x := range dense[i+p] {
				w := m.emb[base+d*T : base+(d+1)*T]
				for t := range row {
					row[t] += x * w[t]
				}
			}
		}
	}
}

// emissions fills scores[i*T+t] with the feature score of tag t at token i.
func (m *Model) emissions(feats [][]uint64, dense [][]float32, scores []float32) {
	T := len(m.Tags)
	E := m.embDim
	for i, fs := range feats {
		row := scores[i*T : (i+1)*T]
		for t := range row {
			row[t] = 0
		}
		if dense != nil {
			for p := -1; p <= 1; p++ {
				if i+p < 0 || i+p >= len(dense) || dense[i+p] == nil {
					continue
				}
				base := (p + 1) * E * T
				for d, x := range dense[i+p] {
					w := m.emb[base+d*T : base+(d+1)*T]
					for t := range row {
						row[t] += x * w[t]
					}
				}
			}
		}
		for _, f := range fs {
			r := m.row(f)
			if r < 0 {
				continue
			}
			w := m.w[int(r)*T : int(r+1)*T]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

// viterbi returns the best tag sequence under emission scores em (n*T),
// transitions and the BIO constraints (prevs[t]: tags that may precede t).
func viterbi(n, T int, em, trans, start []float32, prevs [][]int32, startOK []bool, out []int) {
	transT, start0, fromAny := flatTrans(T, trans, start, prevs, startOK)
	viterbiFlat(n, T, em, transT, start0, fromAny, prevs, make([]float32, n*T), make([]int32, n*T), out)
}

// backtrace writes into out the best path of a filled Viterbi lattice: the
// best last tag in score, then the back pointers.
func backtrace(n, T int, score []float32, back []int32, out []int) {
	best, arg := float32(math.Inf(-1)), 0
	for t := 0; t < T; t++ {
		if s := score[(n-1)*T+t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*T+arg])
	}
}

// viterbiFlat is viterbi over flattened transitions (see flatTrans), with
// score and back of n*T each as working space. A tag any tag may precede is
// scored over all previous tags in order, the others over prevs alone; a
// disallowed transition is -Inf and so never chosen, as in a loop over
// prevs, so the result is the same.
func viterbiFlat(n, T int, em, transT, start0 []float32, fromAny []bool, prevs [][]int32, score []float32, back []int32, out []int) {
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
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
		for t := range cur {
			best, arg := neg, int32(0)
			tr := transT[t*T : (t+1)*T : (t+1)*T]
			if fromAny[t] {
				for p, pv := range prev {
					if s := pv + tr[p]; s > best {
						best, arg = s, int32(p)
					}
				}
			} else {
				for _, p := range prevs[t] {
					if s := prev[p] + tr[p]; s > best {
						best, arg = s, p
					}
				}
			}
			cur[t] = best + emi[t]
			bk[t] = arg
		}
	}
	backtrace(n, T, score, back, out)
}

package ner

import (
	"math/rand"
)

// Lexicon maps words to what unlabelled text says of them.
type Lexicon map[string]WordInfo

// TrainSentence is a tokenised sentence with one model tag a token (see
// TrainLabel).
type TrainSentence struct {
	Words []string
	Tags  []string
	// Lex, when set, replaces the model's lexicon for this sentence's
	// features: statistics made without this sentence (jackknifing), so
	// that the model learns how far to trust them on unseen text.
	Lex Lexicon
}

// TrainOptions control training. The same options and data give the same
// model, bit for bit.
type TrainOptions struct {
	Epochs   int   // passes over the data
	Seed     int64 // order of sentences in each pass
	MinCount int   // features seen fewer times are dropped
	// Clusters, when set, adds the word clusters of the word and its
	// neighbours as features (the model keeps them for tagging).
	Clusters *Clusters
}

// Train learns a model from tagged sentences with a structured averaged
// perceptron: Viterbi decoding under the current weights, and on each error
// the gold features are rewarded and the predicted ones penalised; the
// weights returned are the average over all steps.
func Train(data []TrainSentence, lex Lexicon, opt TrainOptions) *Model {
	tags := []string{"O"}
	for _, l := range Labels {
		tags = append(tags, "B-"+l, "I-"+l)
	}
	tagID := map[string]int{}
	for i, t := range tags {
		tagID[t] = i
	}
	m := newModel(tags)
	m.lex = lex
	m.clus = opt.Clusters
	T := len(tags)

	for _, wi := range lex {
		if len(wi.Vec) > 0 {
			m.embDim = len(wi.Vec)
			break
		}
	}
	m.emb = make([]float32, 3*m.embDim*T)
	accEmb := make([]float32, len(m.emb))
	E := m.embDim
	feats := make([][][]uint64, len(data))
	dense := make([][][]float32, len(data))
	gold := make([][]int, len(data))
	count := map[uint64]int{}
	var order []uint64
	for s, sent := range data {
		sl := lex
		if sent.Lex != nil {
			sl = sent.Lex
		}
		feats[s] = features(sent.Words, sl, m.clus)
		dense[s] = m.denseVecs(sent.Words)
		gold[s] = make([]int, len(sent.Tags))
		for i, t := range sent.Tags {
			gold[s][i] = tagID[t] // unknown tags are O
		}
		for _, fs := range feats[s] {
			for _, f := range fs {
				if count[f] == 0 {
					order = append(order, f)
				}
				count[f]++
			}
		}
	}
	minCount := max(opt.MinCount, 1)
	n := 0
	for _, f := range order {
		if count[f] >= minCount {
			n++
		}
	}
	m.initTable(n)
	row := int32(0)
	for _, f := range order {
		if count[f] >= minCount {
			m.insert(f, row)
			row++
		}
	}
	m.w = make([]float32, n*T)
	acc := make([]float32, n*T)
	accTrans := make([]float32, T*T)
	accStart := make([]float32, T)

	rng := rand.New(rand.NewSource(opt.Seed))
	idx := make([]int, len(data))
	for i := range idx {
		idx[i] = i
	}
	c := float32(1)
	var em []float32
	var pred []int
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, s := range idx {
			g := gold[s]
			nt := len(g)
			if nt == 0 {
				continue
			}
			if cap(em) < nt*T {
				em = make([]float32, nt*T)
				pred = make([]int, nt)
			}
			em, pred = em[:nt*T], pred[:nt]
			m.emissions(feats[s], dense[s], em)
			viterbi(nt, T, em, m.trans, m.start, m.prevs, m.startOK, pred)
			for i := 0; i < nt; i++ {
				if pred[i] != g[i] {
					for _, f := range feats[s][i] {
						r := m.row(f)
						if r < 0 {
							continue
						}
						base := int(r) * T
						m.w[base+g[i]]++
						m.w[base+pred[i]]--
						acc[base+g[i]] += c
						acc[base+pred[i]] -= c
					}
					for p := -1; p <= 1 && dense[s] != nil; p++ {
						if i+p < 0 || i+p >= nt || dense[s][i+p] == nil {
							continue
						}
						base := (p + 1) * E * T
						for d, x := range dense[s][i+p] {
							m.emb[base+d*T+g[i]] += x
							m.emb[base+d*T+pred[i]] -= x
							accEmb[base+d*T+g[i]] += c * x
							accEmb[base+d*T+pred[i]] -= c * x
						}
					}
				}
				if i == 0 {
					if pred[0] != g[0] {
						m.start[g[0]]++
						m.start[pred[0]]--
						accStart[g[0]] += c
						accStart[pred[0]] -= c
					}
					continue
				}
				if pred[i] != g[i] || pred[i-1] != g[i-1] {
					m.trans[g[i-1]*T+g[i]]++
					m.trans[pred[i-1]*T+pred[i]]--
					accTrans[g[i-1]*T+g[i]] += c
					accTrans[pred[i-1]*T+pred[i]] -= c
				}
			}
			c++
		}
	}
	for i := range m.w {
		m.w[i] -= acc[i] / c
	}
	for i := range m.trans {
		m.trans[i] -= accTrans[i] / c
	}
	for i := range m.emb {
		m.emb[i] -= accEmb[i] / c
	}
	for i := range m.start {
		m.start[i] -= accStart[i] / c
	}
	return m
}

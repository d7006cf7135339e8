package main

import (
	"math"
)

// sgOptions are the settings of the skip-gram embeddings.
type sgOptions struct {
	dim, window, negative, epochs int
	alpha, sample                 float64
}

// rng is word2vec's linear congruential generator: fast, and the same
// sequence on every machine.
type rng uint64

func (r *rng) next() uint64 {
	*r = *r*25214903917 + 11
	return uint64(*r)
}

const (
	sigTable = 1000
	maxExp   = 6
	uniTable = 1 << 24
)

// trainSGNS learns an embedding of each vocabulary word by skip-gram with
// negative sampling over the corpus, as word2vec does (frequent words
// subsampled, windows shrunk at random, negatives drawn from the unigram
// distribution to the power 0.75, a linearly falling learning rate). It
// runs on one thread so that the result is the same on every run. The
// embeddings are returned row by row, in vocabulary order.
func trainSGNS(c *corpusData, o sgOptions) []float32 {
	V, D := len(c.vocab), o.dim
	r := rng(1)
	syn0 := make([]float32, V*D)
	for i := range syn0 {
		syn0[i] = (float32(r.next()&0xffff)/65536 - 0.5) / float32(D)
	}
	syn1 := make([]float32, V*D)
	var sig [sigTable]float32
	for i := range sig {
		e := math.Exp((float64(i)/sigTable*2 - 1) * maxExp)
		sig[i] = float32(e / (e + 1))
	}
	// Unigram table for negatives.
	table := make([]int32, uniTable)
	var total float64
	for _, id := range c.vocab {
		total += math.Pow(float64(c.counts[id]), 0.75)
	}
	w, cum := 0, math.Pow(float64(c.counts[c.vocab[0]]), 0.75)/total
	for i := range table {
		table[i] = int32(w)
		if float64(i)/uniTable > cum && w < V-1 {
			w++
			cum += math.Pow(float64(c.counts[c.vocab[w]]), 0.75) / total
		}
	}
	// Probability of keeping each vocabulary word (subsampling).
	var train int64
	for _, id := range c.vocab {
		train += c.counts[id]
	}
	keep := make([]float32, V)
	for i, id := range c.vocab {
		f := float64(c.counts[id])
		th := o.sample * float64(train)
		keep[i] = float32(min(1, (math.Sqrt(f/th)+1)*th/f))
	}
	work := int64(o.epochs) * train
	var done int64
	alpha := float32(o.alpha)
	neu := make([]float32, D)
	sent := make([]int32, 0, 256)
	for range o.epochs {
		for start := 0; start < len(c.ids); {
			// Gather one sentence of vocabulary words, subsampled.
			sent = sent[:0]
			end := start
			for end < len(c.ids) && c.ids[end] >= 0 {
				end++
			}
			for _, id := range c.ids[start:end] {
				rk := c.rank[id]
				if rk < 0 {
					continue
				}
				done++
				if k := keep[rk]; k < 1 && float32(r.next()&0xffff)/65536 > k {
					continue
				}
				sent = append(sent, rk)
			}
			start = end + 1
			alpha = float32(o.alpha) * max(1e-4, 1-float32(float64(done)/float64(work+1)))
			for i, wd := range sent {
				b := int(r.next() % uint64(o.window))
				for j := i - o.window + b; j <= i+o.window-b; j++ {
					if j < 0 || j == i || j >= len(sent) {
						continue
					}
					ctx := syn0[int(sent[j])*D : int(sent[j]+1)*D : int(sent[j]+1)*D]
					clear(neu)
					for d := 0; d <= o.negative; d++ {
						target, label := wd, float32(1)
						if d > 0 {
							target = table[(r.next()>>16)%uniTable]
							if target == wd {
								continue
							}
							label = 0
						}
						out := syn1[int(target)*D : int(target+1)*D : int(target+1)*D]
						var f float32
						for k := range ctx {
							f += ctx[k] * out[k]
						}
						var g float32
						switch {
						case f > maxExp:
							g = (label - 1) * alpha
						case f < -maxExp:
							g = label * alpha
						default:
							g = (label - sig[int((f+maxExp)*(sigTable/maxExp/2))]) * alpha
						}
						for k := range neu {
							neu[k] += g * out[k]
						}
						for k := range out {
							out[k] += g * ctx[k]
						}
					}
					for k := range ctx {
						ctx[k] += neu[k]
					}
				}
			}
		}
	}
	return syn0
}

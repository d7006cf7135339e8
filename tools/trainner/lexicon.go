package main

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand"
	"os"
	"slices"
	"strings"

	"github.com/corpus-news/corpus/analyze/ner"
	"github.com/corpus-news/corpus/analyze/text"
	"github.com/corpus-news/corpus/internal/newsdata"
)

// loadOrBuildLexicon returns the word clusters, from the cache file when
// one is named and present.
func loadOrBuildLexicon(o options, train []NERSentence) (ner.Lexicon, error) {
	if o.lexCache != "" {
		if f, err := os.Open(o.lexCache); err == nil {
			defer f.Close()
			var lex ner.Lexicon
			if err := gob.NewDecoder(f).Decode(&lex); err == nil {
				return lex, nil
			}
		}
	}
	lex, err := buildLexicon(o, train)
	if err != nil {
		return nil, err
	}
	if o.lexCache != "" {
		f, err := os.Create(o.lexCache)
		if err != nil {
			return nil, fmt.Errorf("lexicon cache: %w", err)
		}
		defer f.Close()
		if err := gob.NewEncoder(f).Encode(lex); err != nil {
			return nil, fmt.Errorf("lexicon cache: %w", err)
		}
	}
	return lex, nil
}

// eachText calls fn with every unlabelled text, in a fixed order: the
// training sentences (their words only), then newsdata.EachText's 10kGNAD
// and FANG-COVID, up to o.maxMB megabytes. Without FANG-COVID the statistics
// come from fewer texts: still a model.
func eachText(o options, train []NERSentence, fn func(string)) error {
	for _, s := range train {
		fn(strings.Join(s.Tokens, " "))
	}
	if err := newsdata.EachText(o.data, o.maxMB<<20, fn); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

var determiners = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einer": true, "einem": true, "einen": true, "eines": true,
	"zum": true, "zur": true, "im": true, "am": true, "vom": true, "beim": true, "ins": true,
	"dieser": true, "diese": true, "dieses": true, "diesen": true, "diesem": true,
	"kein": true, "keine": true, "keinen": true, "keiner": true, "keinem": true,
}

// buildLexicon derives, for the most frequent words of unlabelled text,
// distributional clusters (spherical k-means over randomly projected
// left/right context counts, a coarse level and a fine level under it) and
// how often a determiner precedes each word.
func buildLexicon(o options, train []NERSentence) (ner.Lexicon, error) {
	counts := map[string]int32{}
	detPrev := map[string]int32{}
	perCue := map[string]int32{}
	locCue := map[string]int32{}
	orgCue := map[string]int32{}
	err := eachText(o, train, func(body string) {
		for _, s := range text.Split(body) {
			prev := ""
			toks := s.Tokens
			for i, t := range toks {
				w := t.Text
				counts[w]++
				if determiners[strings.ToLower(prev)] {
					detPrev[w]++
				}
				if ner.IsFirstName(prev) || personTitles[prev] {
					perCue[w]++
				}
				if locPreps[prev] {
					locCue[w]++
				}
				if orgNouns[prev] || i+1 < len(toks) && companyForms[toks[i+1].Text] {
					orgCue[w]++
				}
				prev = w
			}
		}
	})
	if err != nil {
		return nil, err
	}
	type wc struct {
		w string
		c int32
	}
	var all []wc
	for w, c := range counts {
		if c >= 5 {
			all = append(all, wc{w, c})
		}
	}
	slices.SortFunc(all, func(a, b wc) int {
		if a.c != b.c {
			return int(b.c - a.c)
		}
		return strings.Compare(a.w, b.w)
	})
	if len(all) > o.vocab {
		all = all[:o.vocab]
	}
	vocab := make(map[string]int, len(all))
	for i, e := range all {
		vocab[e.w] = i
	}
	// Co-occurrence counts with the nctx most frequent words as left and
	// right neighbours, then positive PMI (context distribution smoothed
	// with exponent 0.75), then a random projection to D dimensions.
	nctx := min(2000, len(all))
	D := o.dims
	win := max(1, o.window)
	S := 2 * win * nctx
	cooc := make([]uint16, len(all)*S)
	bump := func(i int) {
		if cooc[i] < 65535 {
			cooc[i]++
		}
	}
	err = eachText(o, train, func(body string) {
		for _, s := range text.Split(body) {
			toks := s.Tokens
			for i, t := range toks {
				wi, ok := vocab[t.Text]
				if !ok {
					continue
				}
				row := wi * S
				for d := 1; d <= win; d++ {
					if i-d >= 0 {
						if c, ok := vocab[toks[i-d].Text]; ok && c < nctx {
							bump(row + (2*(d-1))*nctx + c)
						}
					}
					if i+d < len(toks) {
						if c, ok := vocab[toks[i+d].Text]; ok && c < nctx {
							bump(row + (2*(d-1)+1)*nctx + c)
						}
					}
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	colP := make([]float64, S)
	var colTotal float64
	for w := range all {
		for c, n := range cooc[w*S : (w+1)*S] {
			colP[c] += float64(n)
		}
	}
	for c := range colP {
		colP[c] = math.Pow(colP[c], 0.75)
		colTotal += colP[c]
	}
	for c := range colP {
		colP[c] /= colTotal
	}
	rng := rand.New(rand.NewSource(7))
	proj := make([]float32, S*D)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vec := make([]float32, len(all)*D)
	for w := range all {
		row := cooc[w*S : (w+1)*S]
		var rowSum float64
		for _, n := range row {
			rowSum += float64(n)
		}
		if rowSum == 0 {
			continue
		}
		dst := vec[w*D : (w+1)*D]
		for c, n := range row {
			if n == 0 || colP[c] == 0 {
				continue
			}
			pmi := math.Log(float64(n) / rowSum / colP[c])
			if pmi <= 0 {
				continue
			}
			src := proj[c*D : (c+1)*D]
			f := float32(pmi)
			for k := range dst {
				dst[k] += f * src[k]
			}
		}
	}
	for i := range all {
		normalize(vec[i*D : (i+1)*D])
	}
	emb := pca(vec, len(all), D, o.embDim)
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	coarse := kmeans(vec, D, idx, o.coarse, 12, 11)
	fine := make([]int, len(all))
	sub := max(1, o.fine/max(1, o.coarse))
	for c := 0; c < o.coarse; c++ {
		var members []int
		for i, cc := range coarse {
			if cc == c {
				members = append(members, i)
			}
		}
		if len(members) == 0 {
			continue
		}
		a := kmeans(vec, D, members, min(sub, len(members)), 10, int64(100+c))
		for j, m := range members {
			fine[m] = c*sub + a[j]
		}
	}
	lex := make(ner.Lexicon, len(all))
	for i, e := range all {
		ratio := float64(detPrev[e.w]) / float64(e.c)
		var det uint8
		switch {
		case ratio < 0.02:
			det = 1
		case ratio < 0.1:
			det = 2
		case ratio < 0.3:
			det = 3
		case ratio < 0.6:
			det = 4
		default:
			det = 5
		}
		lex[e.w] = ner.WordInfo{Coarse: uint16(coarse[i] + 1), Fine: uint16(fine[i] + 1), Det: det,
			PerCue: cueBucket(perCue[e.w], e.c), LocCue: cueBucket(locCue[e.w], e.c), OrgCue: cueBucket(orgCue[e.w], e.c)}
		if o.embDim > 0 && i < o.embWords {
			lex[e.w] = withVec(lex[e.w], emb[i*o.embDim:(i+1)*o.embDim])
		}
	}
	return lex, nil
}

// cueBucket buckets how often (n of c times) a word stands in a cue context.
func cueBucket(n, c int32) uint8 {
	r := float64(n) / float64(c)
	switch {
	case n == 0:
		return 1
	case r < 0.01:
		return 2
	case r < 0.05:
		return 3
	case r < 0.2:
		return 4
	}
	return 5
}

var (
	personTitles = map[string]bool{"Herr": true, "Herrn": true, "Frau": true, "Dr.": true, "Prof.": true,
		"Ministerin": true, "Minister": true, "Kanzlerin": true, "Kanzler": true, "Präsident": true, "Präsidentin": true,
		"Chef": true, "Chefin": true, "Sprecher": true, "Sprecherin": true, "Trainer": true, "Autor": true, "Autorin": true}
	locPreps = map[string]bool{"in": true, "aus": true, "nach": true, "In": true, "Aus": true, "Nach": true}
	orgNouns = map[string]bool{"Konzern": true, "Konzerns": true, "Unternehmen": true, "Unternehmens": true,
		"Firma": true, "Partei": true, "Bank": true, "Sender": true, "Senders": true, "Zeitung": true,
		"Verein": true, "Vereins": true, "Club": true, "Verband": true, "Verbands": true, "Organisation": true,
		"Behörde": true, "Hersteller": true, "Herstellers": true, "Agentur": true, "Gruppe": true, "Magazin": true}
	companyForms = map[string]bool{"AG": true, "GmbH": true, "SE": true, "Inc.": true, "Corp.": true, "Ltd.": true,
		"KG": true, "KGaA": true, "Holding": true, "Group": true, "Co.": true, "plc": true, "e.V.": true}
)

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans clusters the rows members of vec (unit vectors of D dims) into k
// groups by cosine, starting from members chosen with a fixed seed, and
// returns the cluster of each member.
func kmeans(vec []float32, D int, members []int, k, iters int, seed int64) []int {
	rng := rand.New(rand.NewSource(seed))
	cent := make([]float32, k*D)
	perm := rng.Perm(len(members))
	for c := 0; c < k; c++ {
		m := members[perm[c]]
		copy(cent[c*D:(c+1)*D], vec[m*D:(m+1)*D])
	}
	assign := make([]int, len(members))
	for it := 0; it < iters; it++ {
		for j, m := range members {
			v := vec[m*D : (m+1)*D]
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				cv := cent[c*D : (c+1)*D]
				var d float32
				for x := range v {
					d += v[x] * cv[x]
				}
				if d > best {
					best, arg = d, c
				}
			}
			assign[j] = arg
		}
		for i := range cent {
			cent[i] = 0
		}
		for j, m := range members {
			c := assign[j]
			cv := cent[c*D : (c+1)*D]
			for x, y := range vec[m*D : (m+1)*D] {
				cv[x] += y
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*D : (c+1)*D])
		}
	}
	return assign
}

// withVec stores v, scaled to unit length, as int8 in wi.
func withVec(wi ner.WordInfo, v []float32) ner.WordInfo {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return wi
	}
	// Unit length, then scaled so that typical components use the int8 range.
	scale := 127 / math.Sqrt(s) * 3
	wi.Vec = make([]int8, len(v))
	for d, x := range v {
		q := math.Round(float64(x) * scale)
		wi.Vec[d] = int8(max(-127, min(127, q)))
	}
	return wi
}

// pca projects the n rows of vec (D dims) on their k principal components.
func pca(vec []float32, n, D, k int) []float32 {
	if k <= 0 {
		return nil
	}
	mean := make([]float64, D)
	for i := 0; i < n; i++ {
		for d := 0; d < D; d++ {
			mean[d] += float64(vec[i*D+d])
		}
	}
	for d := range mean {
		mean[d] /= float64(n)
	}
	cov := make([]float64, D*D)
	x := make([]float64, D)
	for i := 0; i < n; i++ {
		for d := 0; d < D; d++ {
			x[d] = float64(vec[i*D+d]) - mean[d]
		}
		for a := 0; a < D; a++ {
			xa := x[a]
			row := cov[a*D : (a+1)*D]
			for b := a; b < D; b++ {
				row[b] += xa * x[b]
			}
		}
	}
	for a := 0; a < D; a++ {
		for b := 0; b < a; b++ {
			cov[a*D+b] = cov[b*D+a]
		}
	}
	vals, vecs := jacobiEigen(cov, D)
	order := make([]int, D)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case vals[a] > vals[b]:
			return -1
		case vals[a] < vals[b]:
			return 1
		}
		return a - b
	})
	k = min(k, D)
	out := make([]float32, n*k)
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			c := order[j]
			var s float64
			for d := 0; d < D; d++ {
				s += (float64(vec[i*D+d]) - mean[d]) * vecs[d*D+c]
			}
			out[i*k+j] = float32(s)
		}
	}
	return out
}

// jacobiEigen returns the eigenvalues and eigenvectors (columns of a D*D
// row-major matrix) of the symmetric matrix a, by cyclic Jacobi rotations.
func jacobiEigen(a []float64, D int) ([]float64, []float64) {
	a = slices.Clone(a)
	v := make([]float64, D*D)
	for i := 0; i < D; i++ {
		v[i*D+i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		off := 0.0
		for p := 0; p < D; p++ {
			for q := p + 1; q < D; q++ {
				off += a[p*D+q] * a[p*D+q]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := 0; p < D; p++ {
			for q := p + 1; q < D; q++ {
				apq := a[p*D+q]
				if math.Abs(apq) < 1e-15 {
					continue
				}
				theta := (a[q*D+q] - a[p*D+p]) / (2 * apq)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := 0; k < D; k++ {
					akp, akq := a[k*D+p], a[k*D+q]
					a[k*D+p] = c*akp - s*akq
					a[k*D+q] = s*akp + c*akq
				}
				for k := 0; k < D; k++ {
					apk, aqk := a[p*D+k], a[q*D+k]
					a[p*D+k] = c*apk - s*aqk
					a[q*D+k] = s*apk + c*aqk
				}
				for k := 0; k < D; k++ {
					vkp, vkq := v[k*D+p], v[k*D+q]
					v[k*D+p] = c*vkp - s*vkq
					v[k*D+q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals := make([]float64, D)
	for i := 0; i < D; i++ {
		vals[i] = a[i*D+i]
	}
	return vals, v
}

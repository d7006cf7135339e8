package main

import (
	"math"
	"math/rand"
	"runtime"
	"sync"
)

// cluster groups the n rows of emb (D dims each) into k clusters by
// spherical k-means (cosine): centroids start at k of the fit most
// frequent rows chosen with a fixed seed and are refined over those rows for
// iters rounds; then every row is assigned its nearest centroid. It returns
// the cluster of each row.
func cluster(emb []float32, D, n, fit, k, iters int, seed int64) []int {
	vec := make([]float32, n*D)
	copy(vec, emb[:n*D])
	for i := range n {
		normalize(vec[i*D : (i+1)*D])
	}
	k = min(k, fit)
	rg := rand.New(rand.NewSource(seed))
	perm := rg.Perm(fit)
	cent := make([]float32, k*D)
	for c := range k {
		copy(cent[c*D:(c+1)*D], vec[perm[c]*D:(perm[c]+1)*D])
	}
	assign := make([]int, n)
	for range iters {
		nearest(vec, cent, D, k, assign[:fit])
		clear(cent)
		size := make([]int, k)
		for i, c := range assign[:fit] {
			size[c]++
			cv := cent[c*D : (c+1)*D]
			for d, x := range vec[i*D : (i+1)*D] {
				cv[d] += x
			}
		}
		for c := range k {
			if size[c] == 0 {
				// An empty cluster restarts at a row drawn with the seed.
				i := rg.Intn(fit)
				copy(cent[c*D:(c+1)*D], vec[i*D:(i+1)*D])
				continue
			}
			normalize(cent[c*D : (c+1)*D])
		}
	}
	nearest(vec, cent, D, k, assign)
	return assign
}

// nearest sets assign[i] to the centroid closest to row i, on all cores
// (each row is independent, so the result does not depend on scheduling).
func nearest(vec, cent []float32, D, k int, assign []int) {
	n := len(assign)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				v := vec[i*D : (i+1)*D : (i+1)*D]
				best, arg := float32(-2), 0
				for c := range k {
					cv := cent[c*D : (c+1)*D : (c+1)*D]
					var s float32
					for d := range v {
						s += v[d] * cv[d]
					}
					if s > best {
						best, arg = s, c
					}
				}
				assign[i] = arg
			}
		}()
	}
	wg.Wait()
}

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

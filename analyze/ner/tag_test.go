package ner

import (
	"fmt"
	"hash/maphash"
	"math/rand"
	"slices"
	"sync"
	"testing"
)

// TestViterbiPruned checks that pruned Viterbi decodes exactly as the
// plain one, on random scores with many ties (small integers) and on
// scores far apart, for the embedded model's transitions.
func TestViterbiPruned(t *testing.T) {
	m := Default().m
	if m == nil {
		t.Skip("no model")
	}
	m.setup()
	st := &m.tagging
	T := len(m.Tags)
	rng := rand.New(rand.NewSource(1))
	cases := []struct {
		name  string
		scale float32
		ints  bool
	}{
		{"ties", 3, true},
		{"close", 1, false},
		{"apart", 40, false},
	}
	for _, tc := range cases {
		for k := 0; k < 300; k++ {
			n := 1 + rng.Intn(30)
			em := make([]float32, n*T)
			for i := range em {
				v := rng.Float32() * tc.scale
				if tc.ints {
					v = float32(rng.Intn(int(tc.scale)))
				}
				em[i] = v
			}
			want := make([]int, n)
			viterbiFlat(n, T, em, st.transT, st.start0, st.fromAny, m.prevs, make([]float32, n*T), make([]int32, n*T), want)
			got := make([]int, n)
			viterbiPruned(n, T, em, st, m.prevs, make([]float32, n*T), make([]int32, n*T), nil, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: pruned %v, plain %v", tc.name, got, want)
			}
		}
	}
}

// TestWordCacheGenerations fills a small cache past its limit from several
// goroutines (a word may then be dropped, never mistaken for another), then
// alone: a word put is found, and one found in the previous generation
// moves to the current one.
func TestWordCacheGenerations(t *testing.T) {
	var c wordCache
	c.init()
	c.limit = 50
	words := []string{"Bundestag", "Kanzlerin", "Impfstoff", "Gesundheitsamt", "Inzidenz"}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				w := fmt.Sprintf("%s%d", words[i%len(words)], i)
				h := maphash.String(c.seed, w)
				if e := c.get(h, w); e != nil && e.word != w {
					t.Errorf("get(%q) = %q", w, e.word)
				}
				c.put(h, &cachedWord{word: w})
				if e := c.get(h, w); e != nil && e.word != w {
					t.Errorf("get(%q) after put = %q", w, e.word)
				}
			}
		}()
	}
	wg.Wait()
	if n := c.cur.Load().n.Load(); n > c.limit {
		t.Errorf("current generation holds %d words, limit %d", n, c.limit)
	}
	// Alone, a word put is found.
	for i := 0; i < 120; i++ {
		w := fmt.Sprintf("Landkreis%d", i)
		h := maphash.String(c.seed, w)
		c.put(h, &cachedWord{word: w})
		if e := c.get(h, w); e == nil || e.word != w {
			t.Fatalf("get(%q) after put: %v", w, e)
		}
	}
	// A word of the previous generation moves to the current one.
	for i := range c.old.Load().slots {
		if e := c.old.Load().slots[i].Load(); e != nil {
			h := maphash.String(c.seed, e.word)
			if c.cur.Load().find(h, e.word) == nil {
				if got := c.get(h, e.word); got != e {
					t.Fatalf("get(%q) from the previous generation = %v", e.word, got)
				}
				if c.cur.Load().find(h, e.word) == nil && c.old.Load().find(h, e.word) == nil {
					t.Fatalf("%q lost after get", e.word)
				}
			}
			break
		}
	}
}

// TestNameFlags checks the given-name and surname flags the lists give a
// word, and that a cached word carries the same.
func TestNameFlags(t *testing.T) {
	cases := []struct {
		word string
		want uint8
	}{
		{"Annegret", gFirstName},
		{"Krüger", gSurname},
		{"Werner", gFirstName | gSurname},
		{"Kanzlerin", 0},
		{"werner", 0},
	}
	m := Default().m
	var buf []uint64
	for _, tc := range cases {
		if got := nameFlags(tc.word); got != tc.want {
			t.Errorf("nameFlags(%q) = %08b, want %08b", tc.word, got, tc.want)
		}
		if m == nil {
			continue
		}
		m.setup()
		if got := m.word(tc.word, &buf).gz & (gFirstName | gSurname); got != tc.want {
			t.Errorf("cached %q: flags %08b, want %08b", tc.word, got, tc.want)
		}
	}
}

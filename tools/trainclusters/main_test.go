package main

import (
	"slices"
	"strings"
	"testing"
)

// smallCorpus builds a corpus from sentences written for the test: people
// and towns in fixed frames, so that the words of each kind share contexts.
func smallCorpus(t *testing.T) *corpusData {
	t.Helper()
	people := []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer"}
	towns := []string{"Kassel", "Erfurt", "Rostock", "Passau", "Trier", "Görlitz"}
	var texts []string
	for i := range 60 {
		p, q := people[i%len(people)], people[(i*5+1)%len(people)]
		a, b := towns[(i*7)%len(towns)], towns[(i+2)%len(towns)]
		texts = append(texts,
			"Gestern sagte Herr "+p+" in "+a+", dass Frau "+q+" nach "+b+" reist.",
			"Frau "+q+" wohnt seit Jahren in "+b+" und Herr "+p+" besucht sie aus "+a+".")
	}
	c := &corpusData{}
	c.add(tokenise(texts))
	c.rank = make([]int32, len(c.words))
	for id := range c.words {
		c.vocab = append(c.vocab, int32(id))
		c.rank[id] = int32(id)
	}
	return c
}

func TestTokeniseKeepsOrder(t *testing.T) {
	got := tokenise([]string{"Die Bahn fährt. Sie hält in Ulm.", "Der Bus kommt z. B. um 9 Uhr."})
	var joined []string
	for _, s := range got {
		joined = append(joined, strings.Join(s, " "))
	}
	want := []string{"Die Bahn fährt .", "Sie hält in Ulm .", "Der Bus kommt z. B. um 9 Uhr ."}
	if !slices.Equal(joined, want) {
		t.Errorf("tokenise = %q, want %q", joined, want)
	}
}

func TestEmbeddingsDeterministicAndClustered(t *testing.T) {
	c := smallCorpus(t)
	o := sgOptions{dim: 16, window: 2, negative: 3, epochs: 20, alpha: 0.05, sample: 0}
	a, b := trainSGNS(c, o), trainSGNS(c, o)
	if !slices.Equal(a, b) {
		t.Fatal("two runs with the same settings gave different embeddings")
	}
	// Cluster the twelve names alone into two groups: the people and the
	// towns.
	people := []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer"}
	towns := []string{"Kassel", "Erfurt", "Rostock", "Passau", "Trier", "Görlitz"}
	names := append(slices.Clone(people), towns...)
	row := map[string]int{}
	for r, w := range c.vocab {
		row[c.words[w]] = r
	}
	var sub []float32
	for _, w := range names {
		r := row[w]
		sub = append(sub, a[r*o.dim:(r+1)*o.dim]...)
	}
	assign := cluster(sub, o.dim, len(names), len(names), 2, 10, 1)
	if again := cluster(sub, o.dim, len(names), len(names), 2, 10, 1); !slices.Equal(assign, again) {
		t.Fatal("two k-means runs with the same seed differ")
	}
	for i := range names {
		same := assign[i] == assign[0]
		if same != (i < len(people)) {
			t.Errorf("clusters %v of %v: want the people apart from the towns", assign, names)
			break
		}
	}
}

func TestClusterMoreThanRows(t *testing.T) {
	emb := []float32{1, 0, 0, 1, 1, 1}
	got := cluster(emb, 2, 3, 3, 8, 3, 1)
	if len(got) != 3 {
		t.Fatalf("got %d assignments, want 3", len(got))
	}
	for _, c := range got {
		if c < 0 || c >= 3 {
			t.Errorf("cluster %d out of range", c)
		}
	}
}

package corpus

// fingerprintOf returns the near-duplicate fingerprint of a body: its
// MinHash signature and LSH band keys (see Signature and BandKeys); nil for
// a body without words.
func fingerprintOf(body string) *Fingerprint {
	sig := Signature(body)
	if len(sig) == 0 {
		return nil
	}
	return &Fingerprint{Signature: sig, Bands: BandKeys(sig)}
}

// similarity estimates the resemblance of two bodies from their signatures.
func similarity(a, b []uint64) float64 { return Similarity(a, b) }

// GroupsOf links near-duplicates among articles held in memory, as ingest
// does in the store, and maps each article ID to its group's ID (the
// smallest ID in the group; an article in no group maps to itself).
func GroupsOf(arts []Article) map[string]string {
	fps := make([]*Fingerprint, len(arts))
	byBand := map[uint64][]int{}
	var pairs []Pair
	for i, a := range arts {
		fp := fingerprintOf(a.Body)
		fps[i] = fp
		if fp == nil {
			continue
		}
		compared := map[int]bool{}
		for _, k := range fp.Bands {
			for _, j := range byBand[k] {
				if compared[j] || arts[j].ID == a.ID {
					continue
				}
				compared[j] = true
				if sim := similarity(fp.Signature, fps[j].Signature); sim >= NearThreshold {
					x, y := a.ID, arts[j].ID
					if y < x {
						x, y = y, x
					}
					pairs = append(pairs, Pair{A: x, B: y, Similarity: sim})
				}
			}
			byBand[k] = append(byBand[k], i)
		}
	}
	group := make(map[string]string, len(arts))
	for _, a := range arts {
		group[a.ID] = a.ID
	}
	for _, g := range groupPairs(pairs) {
		for _, id := range g {
			group[id] = g[0]
		}
	}
	return group
}

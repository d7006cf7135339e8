package corpus

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// Fingerprint is what near-duplicate linking keeps of a body: its signature
// and the LSH band keys derived from it. Two articles are compared only when
// they share a band key, so linking costs a few index look-ups an article
// rather than a comparison with every stored article.
type Fingerprint struct {
	Signature []uint64
	Bands     []uint64
}

// NearThreshold is the similarity from which two articles are linked as
// near-duplicates.
const NearThreshold = 0.8

// link stores fp for the article id (row seq) and links it with every
// stored article sharing a band key whose signature is at least
// NearThreshold similar. A Bloom filter of the stored band keys, kept in
// memory, answers most look-ups without touching the database: a new
// article usually shares no key with any other.
func (b *Batch) link(id string, seq int64, fp *Fingerprint) error {
	if len(fp.Signature) == 0 {
		return nil
	}
	bf, err := b.store.bandFilter(b)
	if err != nil {
		return err
	}
	keys := make([]int64, 0, len(fp.Bands))
	seen := map[int64]bool{}
	for _, k := range fp.Bands {
		if !seen[int64(k)] {
			seen[int64(k)] = true
			keys = append(keys, int64(k)) // SQLite integers are signed
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var cands []int64
	for _, k := range keys {
		if !bf.has(uint64(k)) {
			continue
		}
		rows, err := b.query(`SELECT seq FROM band_keys WHERE key = ?`, k)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c int64
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return err
			}
			cands = append(cands, c)
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	for _, k := range keys {
		cands = append(cands, b.bands[k]...)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i] < cands[j] })
	type pair struct {
		other string
		sim   float64
	}
	var links []pair
	for i, c := range cands {
		if c == seq || i > 0 && cands[i-1] == c {
			continue
		}
		var other string
		var blob []byte
		rows, err := b.query(`SELECT a.id, s.signature FROM signatures s JOIN articles a ON a.seq = s.seq WHERE s.seq = ?`, c)
		if err != nil {
			return err
		}
		found := rows.Next()
		if found {
			err = rows.Scan(&other, &blob)
		}
		rows.Close()
		if err != nil {
			return err
		}
		if !found || other == id {
			continue
		}
		if sim := similarity(fp.Signature, decodeSignature(blob)); sim >= NearThreshold {
			links = append(links, pair{other, sim})
		}
	}
	sig := make([]byte, 8*len(fp.Signature))
	for i, v := range fp.Signature {
		binary.LittleEndian.PutUint64(sig[8*i:], v)
	}
	if _, err := b.exec(`INSERT OR IGNORE INTO signatures (seq, signature) VALUES (?, ?)`, seq, sig); err != nil {
		return err
	}
	if b.bands == nil {
		b.bands = map[int64][]int64{}
	}
	for _, k := range keys {
		b.bands[k] = append(b.bands[k], seq)
	}
	for _, l := range links {
		a, c := id, l.other
		if c < a {
			a, c = c, a
		}
		if _, err := b.exec(`INSERT OR IGNORE INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?)`, a, c, l.sim); err != nil {
			return err
		}
	}
	return nil
}

// flushBands writes the band keys of the batch's articles, sorted, so that
// the inserts walk the band index in order instead of at random, and adds
// them to the Bloom filter.
func (b *Batch) flushBands() error {
	if len(b.bands) == 0 {
		return nil
	}
	type row struct{ key, seq int64 }
	rows := make([]row, 0, 16*len(b.bands))
	for k, seqs := range b.bands {
		for _, q := range seqs {
			rows = append(rows, row{k, q})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].key != rows[j].key {
			return rows[i].key < rows[j].key
		}
		return rows[i].seq < rows[j].seq
	})
	if err := insertRows(b, "band_keys", []string{"key", "seq"}, len(rows), func(i int) []any {
		return []any{rows[i].key, rows[i].seq}
	}); err != nil {
		return err
	}
	bf, err := b.store.bandFilter(b)
	if err != nil {
		return err
	}
	for k := range b.bands {
		bf.add(uint64(k))
	}
	b.bands = nil
	return nil
}

// bloom is a Bloom filter of band keys: has is false only for keys never
// added. Band keys are already hashes, so its probes derive from the key.
type bloom struct {
	bits []uint64
	mask uint64
	n    int // keys added
}

const bloomProbes = 4

func newBloom(keys int) *bloom {
	size := uint64(1 << 23) // bits: 1 MiB, room for ~800k keys at ~1% false positives
	for size < uint64(keys)*12 {
		size <<= 1
	}
	return &bloom{bits: make([]uint64, size/64), mask: size - 1}
}

func (f *bloom) probe(k uint64, i int) uint64 {
	h := k + uint64(i)*((k>>32)|1)*0x9E3779B97F4A7C15
	h ^= h >> 29
	return h & f.mask
}

func (f *bloom) add(k uint64) {
	for i := range bloomProbes {
		p := f.probe(k, i)
		f.bits[p/64] |= 1 << (p % 64)
	}
	f.n++
}

func (f *bloom) has(k uint64) bool {
	for i := range bloomProbes {
		p := f.probe(k, i)
		if f.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

// full reports whether the filter holds so many keys that false positives
// grow past ~2%.
func (f *bloom) full() bool { return uint64(f.n)*10 > f.mask+1 }

// bandFilter returns the Bloom filter of the stored band keys, built from
// the database (as batch b sees it) on first use and rebuilt larger when it
// fills up. Keys another process stores meanwhile are not in it, so two
// ingests running at once into one store may miss links between their
// articles.
func (s *Store) bandFilter(b *Batch) (*bloom, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bands != nil && !s.bands.full() {
		return s.bands, nil
	}
	var n int
	if err := b.tx.QueryRow(`SELECT count(*) FROM band_keys`).Scan(&n); err != nil {
		return nil, err
	}
	f := newBloom(2*n + 1<<20)
	rows, err := b.tx.Query(`SELECT key FROM band_keys`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		f.add(uint64(k))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	s.bands = f
	return f, nil
}

func decodeSignature(blob []byte) []uint64 {
	sig := make([]uint64, len(blob)/8)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint64(blob[8*i:])
	}
	return sig
}

// Pair is one near-duplicate link: A < B.
type Pair struct {
	A, B       string
	Similarity float64
}

// Pairs returns every near-duplicate link, ordered by A then B.
func (s *Store) Pairs() ([]Pair, error) {
	rows, err := s.db.Query(`SELECT a, b, similarity FROM near_duplicates ORDER BY a, b`)
	if err != nil {
		return nil, fmt.Errorf("read near-duplicates: %w", err)
	}
	defer rows.Close()
	var ps []Pair
	for rows.Next() {
		var p Pair
		if err := rows.Scan(&p.A, &p.B, &p.Similarity); err != nil {
			return nil, fmt.Errorf("read near-duplicates: %w", err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read near-duplicates: %w", err)
	}
	return ps, nil
}

// Groups returns the near-duplicate groups: articles linked directly or
// through others, two or more a group. Each group is sorted, and groups are
// ordered by their first ID.
func (s *Store) Groups() ([][]string, error) {
	ps, err := s.Pairs()
	if err != nil {
		return nil, err
	}
	return groupPairs(ps), nil
}

// GroupOf maps every article in a near-duplicate group to the group's ID,
// the smallest article ID in it. Articles in no group are not in the map:
// they are their own group.
func (s *Store) GroupOf() (map[string]string, error) {
	gs, err := s.Groups()
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, g := range gs {
		for _, id := range g {
			m[id] = g[0]
		}
	}
	return m, nil
}

// groupPairs joins linked articles into groups with union-find.
func groupPairs(ps []Pair) [][]string {
	parent := map[string]string{}
	find := func(x string) string {
		r := x
		for {
			p, ok := parent[r]
			if !ok {
				parent[r] = r
				p = r
			}
			if p == r {
				break
			}
			r = p
		}
		for x != r { // path compression
			next := parent[x]
			parent[x] = r
			x = next
		}
		return r
	}
	for _, p := range ps {
		ra, rb := find(p.A), find(p.B)
		if ra == rb {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byRoot := map[string][]string{}
	for x := range parent {
		r := find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	var gs [][]string
	for _, g := range byRoot {
		if len(g) < 2 {
			continue
		}
		sort.Strings(g)
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	return gs
}

// Near returns the near-duplicate links of the article id, ordered by the
// other article's ID.
func (s *Store) Near(id string) ([]Pair, error) {
	rows, err := s.db.Query(`SELECT a, b, similarity FROM near_duplicates WHERE a = ? OR b = ?`, id, id)
	if err != nil {
		return nil, fmt.Errorf("near-duplicates of %s: %w", id, err)
	}
	defer rows.Close()
	var ps []Pair
	for rows.Next() {
		var p Pair
		if err := rows.Scan(&p.A, &p.B, &p.Similarity); err != nil {
			return nil, fmt.Errorf("near-duplicates of %s: %w", id, err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("near-duplicates of %s: %w", id, err)
	}
	other := func(p Pair) string {
		if p.A == id {
			return p.B
		}
		return p.A
	}
	sort.Slice(ps, func(i, j int) bool { return other(ps[i]) < other(ps[j]) })
	return ps, nil
}

package corpus

import (
	"encoding/binary"
	"encoding/json"
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

// link stores fp for id and links id with every stored article sharing a
// band key whose signature is at least NearThreshold similar.
func (b *Batch) link(id string, fp *Fingerprint) error {
	if len(fp.Signature) == 0 {
		return nil
	}
	sig := make([]byte, 8*len(fp.Signature))
	for i, v := range fp.Signature {
		binary.LittleEndian.PutUint64(sig[8*i:], v)
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
	jkeys, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	rows, err := b.query(`SELECT DISTINCT s.article, s.signature FROM band_keys k JOIN signatures s ON s.article = k.article
		WHERE k.key IN (SELECT value FROM json_each(?)) AND k.article <> ? ORDER BY s.article`, string(jkeys), id)
	if err != nil {
		return err
	}
	type pair struct {
		other string
		sim   float64
	}
	var links []pair
	for rows.Next() {
		var other string
		var blob []byte
		if err := rows.Scan(&other, &blob); err != nil {
			rows.Close()
			return err
		}
		if sim := similarity(fp.Signature, decodeSignature(blob)); sim >= NearThreshold {
			links = append(links, pair{other, sim})
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := b.exec(`INSERT OR IGNORE INTO signatures (article, signature) VALUES (?, ?)`, id, sig); err != nil {
		return err
	}
	if err := insertRows(b, "band_keys", []string{"key", "article"}, len(keys), func(i int) []any {
		return []any{keys[i], id}
	}); err != nil {
		return err
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

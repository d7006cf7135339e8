package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// ClusterLevels is the largest number of granularities a cluster file may
// hold (by default it holds three: 64, 256 and 1024 clusters).
const ClusterLevels = 6

// Clusters maps words to their cluster at each granularity, ids from 1 (0:
// none). It is learnt from unlabelled news by tools/trainclusters and read
// from a file of lines "word\tid\tid\tid" (ids from 0; lines starting
// with "# " are comments: no word holds a space).
type Clusters struct {
	ids    map[string][ClusterLevels]uint16
	levels int    // granularities in the file
	sum    uint64 // FNV-1a of the file's lines but comments, to tie a model to its clusters
}

// Sentinel cluster ids: a word the clusters do not know, and the edge of a
// sentence.
const (
	clusUnknown uint16 = 0xfffe
	clusEdge    uint16 = 0xffff
)

//go:embed clusters.tsv.gz
var clusterData []byte

var (
	defaultClusOnce sync.Once
	defaultClus     *Clusters
	defaultClusErr  error
)

// DefaultClusters returns the embedded word clusters, read once.
func DefaultClusters() (*Clusters, error) {
	defaultClusOnce.Do(func() {
		defaultClus, defaultClusErr = ReadClusters(bytes.NewReader(clusterData))
	})
	return defaultClus, defaultClusErr
}

// ReadClusters reads a gzipped cluster file (see Clusters).
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	c := &Clusters{ids: map[string][ClusterLevels]uint16{}, sum: fnvOffset}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "# ") {
			continue
		}
		c.sum = hashStr(c.sum, s)
		c.sum = (c.sum ^ '\n') * fnvPrime
		f := strings.Split(s, "\t")
		if c.levels == 0 {
			c.levels = len(f) - 1
		}
		if len(f) != c.levels+1 || c.levels < 1 || c.levels > ClusterLevels || f[0] == "" {
			return nil, fmt.Errorf("read clusters: line %d: want a word and the same number of ids on every line (1 to %d)", line, ClusterLevels)
		}
		var ids [ClusterLevels]uint16
		for k := range c.levels {
			n, err := strconv.Atoi(f[k+1])
			if err != nil || n < 0 || n >= int(clusUnknown)-1 {
				return nil, fmt.Errorf("read clusters: line %d: bad id %q", line, f[k+1])
			}
			ids[k] = uint16(n + 1)
		}
		if _, dup := c.ids[f[0]]; !dup {
			c.ids[f[0]] = ids
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return c, nil
}

// Len returns the number of words with clusters.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// of returns the clusters of w, or of its lowercase form lw when w has
// none; clusUnknown at each level when neither has; 0 beyond the file's
// levels, and all 0 when c is nil (a model without clusters).
func (c *Clusters) of(w, lw string) [ClusterLevels]uint16 {
	if c == nil {
		return [ClusterLevels]uint16{}
	}
	if ids, ok := c.ids[w]; ok {
		return ids
	}
	if ids, ok := c.ids[lw]; ok {
		return ids
	}
	var ids [ClusterLevels]uint16
	for k := range c.levels {
		ids[k] = clusUnknown
	}
	return ids
}

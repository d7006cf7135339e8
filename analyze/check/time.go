package check

import (
	"strconv"
	"strings"
	"time"
)

// span is a range of days (days since 1970-01-01, both ends inclusive):
// what an ISO 8601 value as precise as known covers. "2018-08" is the
// whole of August 2018.
type span struct {
	from, to int
	ok       bool
}

// parseSpan reads "2018", "2018-08", "2018-08-07" and "2018-08-07T09:38"
// (anything after the date is ignored). It never fails: an unreadable value
// gives a span with ok false.
func parseSpan(v string) span {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, "T "); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return span{}
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return span{}
		}
		nums[i] = n
	}
	y := nums[0]
	if y < 1000 || y > 3000 {
		return span{}
	}
	day := func(y, m, d int) int {
		return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	switch len(nums) {
	case 1:
		return span{day(y, 1, 1), day(y+1, 1, 1) - 1, true}
	case 2:
		m := nums[1]
		if m < 1 || m > 12 {
			return span{}
		}
		return span{day(y, m, 1), day(y, m+1, 1) - 1, true}
	default:
		m, d := nums[1], nums[2]
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return span{}
		}
		n := day(y, m, d)
		return span{n, n, true}
	}
}

// near tells whether two spans lie within window days of each other.
// Unknown spans are near everything: a missing date does not keep two
// facts apart, the other tests do.
func (s span) near(o span, window int) bool {
	if !s.ok || !o.ok {
		return true
	}
	return s.from-window <= o.to && o.from-window <= s.to
}

// exact tells whether the span is one day.
func (s span) exact() bool { return s.ok && s.from == s.to }

// buckets returns the time buckets of width days the span touches; an
// unknown span falls in bucket -1.
func (s span) buckets(width int) []int {
	if !s.ok {
		return []int{-1}
	}
	lo, hi := floorDiv(s.from, width), floorDiv(s.to, width)
	if hi-lo > 12 { // a whole year: keep the index small, compare by month buckets only
		hi = lo + 12
	}
	out := make([]int, 0, hi-lo+1)
	for b := lo; b <= hi; b++ {
		out = append(out, b)
	}
	return out
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// spreadUndated adds the members of each entity's undated block (bucket -1)
// to every dated block of that entity, so that an article without a date
// meets the others of its entity; an entity with no dated block keeps its
// undated one.
func spreadUndated(blocks map[blockKey][]int32) {
	undated := map[string][]int32{}
	for k, v := range blocks {
		if k.bucket == -1 {
			undated[k.entity] = v
		}
	}
	if len(undated) == 0 {
		return
	}
	dated := map[string]bool{}
	for k := range blocks {
		if k.bucket != -1 {
			if u, ok := undated[k.entity]; ok {
				blocks[k] = append(blocks[k], u...)
				dated[k.entity] = true
			}
		}
	}
	for e := range dated {
		delete(blocks, blockKey{e, -1})
	}
}

package check

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelChunk is how many items a worker of parallel takes at a time.
const parallelChunk = 64

// parallel calls fn(i) for every i in [0, n) on all cores. fn must only
// write what belongs to item i: the result is then the same as in order.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+parallelChunk-1)/parallelChunk)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(parallelChunk)) - parallelChunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+parallelChunk, n); i++ {
					fn(i)
				}
			}
		}()
	}
	wg.Wait()
}

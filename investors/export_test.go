package investors

import "sync"

// ResetForTest drops the tables built on first use, so that a benchmark
// can measure building them again. It is not safe for concurrent use.
func ResetForTest() {
	once = sync.Once{}
	data = tables{}
}

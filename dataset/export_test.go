package dataset

import "github.com/shenyang-data/shenyang/internal/tables"

// ResetForTest drops the tables built on first use, so that a benchmark
// can measure building them again. It is not safe for concurrent use.
func ResetForTest() { data = tables.Table[city]{} }

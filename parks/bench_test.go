package parks_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shenyang-data/shenyang/parks"
)

// lookups are the package's accessors, after first use. The package
// computes nothing, so it has no floor to compare with.
func lookups() []perf.Lookup {
	return []perf.Lookup{
		{Name: "Lookup", Run: func() int {
			if _, ok := parks.Lookup("parks.china-south-korea"); ok {
				return 1
			}
			return 0
		}},
		{Name: "All", Items: 2, Run: perfCountAll},
		{Name: "Claims", Items: 1, Run: perfCountClaims},
	}
}

func TestLookupsDoNotAllocate(t *testing.T) { perf.CheckLookups(t, lookups()) }

func BenchmarkLookups(b *testing.B) { perf.BenchLookups(b, lookups()) }

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parks.ResetForTest()
		parks.Lookup("parks.china-japan")
	}
}

// perfCountAll counts what parks.All yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountAll() int {
	n := 0
	for range parks.All() {
		n++
	}
	return n
}

// perfCountClaims counts what parks.Claims yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountClaims() int {
	n := 0
	for range parks.Claims() {
		n++
	}
	return n
}

// Package perf runs the dataset's lookup benchmarks and their budget:
// each [Lookup] is an accessor of the dataset, which must not allocate
// once the dataset is built. Only the packages' tests import it.
package perf

import (
	"testing"
)

// Lookup is an accessor of the dataset: a lookup by id or an iteration.
type Lookup struct {
	Name string
	// Items is how many values an iteration yields, 0 for a lookup by id;
	// CheckLookups checks it.
	Items int
	// Run makes the lookup, or the iteration, and returns how many values
	// it gave.
	Run func() int
}

// BenchLookups runs each lookup as a benchmark, after a first call that
// builds the tables.
func BenchLookups(b *testing.B, lookups []Lookup) {
	for _, l := range lookups {
		l.Run()
		b.Run(l.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l.Run()
			}
		})
	}
}

// CheckLookups fails when a lookup or an iteration allocates after the
// first use of the dataset.
func CheckLookups(t *testing.T, lookups []Lookup) {
	t.Helper()
	for _, l := range lookups {
		if n := l.Run(); n != max(l.Items, 1) {
			t.Errorf("%s: %d values, want %d", l.Name, n, max(l.Items, 1))
		}
		if n := testing.AllocsPerRun(100, func() { l.Run() }); n != 0 {
			t.Errorf("%s: %v allocations after first use, want 0", l.Name, n)
		}
	}
}

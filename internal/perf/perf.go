// Package perf runs the module's side-by-side benchmarks and allocation
// budgets; only the packages' tests import it. Each [Case] is one public
// function of the module beside the bare shopspring/decimal code that
// computes the same number with the same precision, the floor a decimal
// library cannot beat, and beside the same computation in hardware
// floating point, for the record only. Each [Lookup] is an accessor of the
// dataset, which must not allocate once the dataset is built.
//
// The benchmarks name their sub-benchmarks impl=decimal, impl=shenyang and
// impl=float, so that `benchstat -col /impl` shows the module's time as a
// change from the floor's. The allocation budgets are deterministic and
// run in go test: the module's call may allocate at most one object more
// than the floor, and a lookup or an iteration none.
package perf

import (
	"testing"
)

// Case is a public function measured beside its floor.
type Case struct {
	Name string
	// Decimal is the bare shopspring/decimal code of the same computation,
	// or for a function with no decimal in it the bare Go code; nil when
	// there is no such code apart from the function itself (ParsePeriod).
	Decimal func()
	// Shenyang is the module's call.
	Shenyang func()
	// Float is the computation in hardware floating point, for the record;
	// nil when there is none.
	Float func()
	// Results returns, after Decimal and Shenyang have run once, what each
	// computed, as text; nil when Decimal is.
	Results func() (decimal, shenyang string)
	// Want is both results worked out by hand.
	Want string
}

// Bench runs each case as a benchmark with the sub-benchmarks
// impl=decimal, impl=shenyang and impl=float, in that order.
func Bench(b *testing.B, cases []Case) {
	for _, c := range cases {
		b.Run(c.Name, func(b *testing.B) {
			for _, impl := range [...]struct {
				name string
				f    func()
			}{{"decimal", c.Decimal}, {"shenyang", c.Shenyang}, {"float", c.Float}} {
				if impl.f == nil {
					continue
				}
				b.Run("impl="+impl.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						impl.f()
					}
				})
			}
		})
	}
}

// MaxExtraAllocs is how many more allocations than its floor a function
// may make.
const MaxExtraAllocs = 1

// Check runs each case once and fails unless both computations give the
// expected result, then measures the allocations of each and fails when
// the module's call makes more than MaxExtraAllocs more than the floor.
func Check(t *testing.T, cases []Case) {
	t.Helper()
	for _, c := range cases {
		if c.Decimal == nil {
			continue
		}
		c.Decimal()
		c.Shenyang()
		floor, lib := c.Results()
		if floor != c.Want || lib != c.Want {
			t.Errorf("%s: decimal gives %s, shenyang %s, want %s", c.Name, floor, lib, c.Want)
		}
		fa := testing.AllocsPerRun(100, c.Decimal)
		la := testing.AllocsPerRun(100, c.Shenyang)
		if la > fa+MaxExtraAllocs {
			t.Errorf("%s: %v allocations, the bare decimal code %v: more than %d extra", c.Name, la, fa, MaxExtraAllocs)
		}
	}
}

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

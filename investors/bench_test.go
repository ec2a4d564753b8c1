package investors_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shenyang-data/shenyang/investors"
)

func perfFound(_ any, ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// lookups are the package's accessors, after first use. The package
// computes nothing, so it has no floor to compare with.
func lookups() []perf.Lookup {
	return []perf.Lookup{
		{Name: "Figure/first", Run: func() int { return perfFound(investors.Figure(investors.Fortune500Companies)) }},
		{Name: "Figure/last", Run: func() int { return perfFound(investors.Figure(investors.BMWInvestmentUSD)) }},
		{Name: "Lookup", Run: func() int { return perfFound(investors.Lookup("investors.bridgestone")) }},
		{Name: "Figures", Items: 7, Run: perfCountFigures},
		{Name: "All", Items: 3, Run: perfCountAll},
		{Name: "Products", Items: 1, Run: perfCountProducts},
		{Name: "Claims", Items: 1, Run: perfCountClaims},
	}
}

func TestLookupsDoNotAllocate(t *testing.T) { perf.CheckLookups(t, lookups()) }

func BenchmarkLookups(b *testing.B) { perf.BenchLookups(b, lookups()) }

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does; the trade figures it reads are
// built already.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		investors.ResetForTest()
		investors.Figure(investors.Fortune500Companies)
	}
}

// perfCountFigures counts what investors.Figures yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountFigures() int {
	n := 0
	for range investors.Figures() {
		n++
	}
	return n
}

// perfCountAll counts what investors.All yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountAll() int {
	n := 0
	for range investors.All() {
		n++
	}
	return n
}

// perfCountProducts counts what investors.Products yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountProducts() int {
	n := 0
	for range investors.Products() {
		n++
	}
	return n
}

// perfCountClaims counts what investors.Claims yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountClaims() int {
	n := 0
	for range investors.Claims() {
		n++
	}
	return n
}

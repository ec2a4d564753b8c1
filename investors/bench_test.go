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

// perfCountFigures counts the values of investors.Figures with a plain range loop, as a
// caller writes it; a top-level function, so that the iterator is inlined
// into it as it is into a caller's code.
func perfCountFigures() int {
	n := 0
	for range investors.Figures() {
		n++
	}
	return n
}

// perfCountAll counts the values of investors.All with a plain range loop, as a
// caller writes it; a top-level function, so that the iterator is inlined
// into it as it is into a caller's code.
func perfCountAll() int {
	n := 0
	for range investors.All() {
		n++
	}
	return n
}

// perfCountProducts counts the values of investors.Products with a plain range loop, as a
// caller writes it; a top-level function, so that the iterator is inlined
// into it as it is into a caller's code.
func perfCountProducts() int {
	n := 0
	for range investors.Products() {
		n++
	}
	return n
}

// perfCountClaims counts the values of investors.Claims with a plain range loop, as a
// caller writes it; a top-level function, so that the iterator is inlined
// into it as it is into a caller's code.
func perfCountClaims() int {
	n := 0
	for range investors.Claims() {
		n++
	}
	return n
}

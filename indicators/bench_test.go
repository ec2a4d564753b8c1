package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/perf"
)

func perfFound(_ any, ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// lookups are the package's accessors, after first use.
func lookups() []perf.Lookup {
	return []perf.Lookup{
		{Name: "Figure/first", Run: func() int { return perfFound(indicators.Figure(indicators.ForeignCapital2019)) }},
		{Name: "Figure/last", Run: func() int { return perfFound(indicators.Figure(indicators.Imports2018)) }},
		{Name: "Headline", Run: func() int { return perfFound(indicators.Headline(indicators.Imports)) }},
		{Name: "Figures", Items: 17, Run: perfCountFigures},
		{Name: "All", Items: 3, Run: perfCountAll},
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
		indicators.ResetForTest()
		indicators.Figure(indicators.ForeignCapital2019)
	}
}

// perfCountFigures counts what indicators.Figures yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountFigures() int {
	n := 0
	for range indicators.Figures() {
		n++
	}
	return n
}

// perfCountAll counts what indicators.All yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountAll() int {
	n := 0
	for range indicators.All() {
		n++
	}
	return n
}

// perfCountClaims counts what indicators.Claims yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountClaims() int {
	n := 0
	for range indicators.Claims() {
		n++
	}
	return n
}

package trade_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shenyang-data/shenyang/trade"
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
		{Name: "Figure/first", Run: func() int { return perfFound(trade.Figure(trade.TotalUSD2019)) }},
		{Name: "Figure/last", Run: func() int { return perfFound(trade.Figure(trade.ExportsUSD2019)) }},
		{Name: "ImpliedRate", Run: func() int { return perfFound(trade.ImpliedRate(), true) }},
		{Name: "Figures", Items: 16, Run: perfCountFigures},
		{Name: "Priorities", Items: 3, Run: perfCountPriorities},
	}
}

func TestLookupsDoNotAllocate(t *testing.T) { perf.CheckLookups(t, lookups()) }

func BenchmarkLookups(b *testing.B) { perf.BenchLookups(b, lookups()) }

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does; the indicators it reads are built
// already.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		trade.ResetForTest()
		trade.Figure(trade.TotalUSD2019)
	}
}

// perfCountFigures counts what trade.Figures yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountFigures() int {
	n := 0
	for range trade.Figures() {
		n++
	}
	return n
}

// perfCountPriorities counts what trade.Priorities yields with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator
// inlines into it.
func perfCountPriorities() int {
	n := 0
	for range trade.Priorities() {
		n++
	}
	return n
}

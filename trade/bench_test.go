package trade_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

func perfText(d decimal.Decimal) string { return shenyang.FormatDecimal(d) }

// fl holds the float64 inputs in a package-level variable, which the
// compiler cannot fold into constants, so that the float64 benchmarks
// measure the arithmetic.
var fl = struct{ imports, total float64 }{
	imports: 75.2e9, total: 105.5e9,
}

// cases are the package's functions on the report's 2019 imports, 75.2
// billion yuan, of a total of 105.5 billion. The share lies below 1, so 16
// places are the module's 16 significant digits.
func cases() []perf.Case {
	var (
		imports, total = decimal.New(752, 8), decimal.New(1055, 8)

		d1, d2 decimal.Decimal
		f1     float64
		err    error
	)
	_, _ = f1, err // written only, so that no call is optimized away
	return []perf.Case{
		{
			Name: "ImportShare",
			// 75.2 / 105.5 = 0.71279620853080568...: 16 places.
			Want:     "0.7127962085308057",
			Decimal:  func() { d1 = imports.DivRound(total, 16) },
			Shenyang: func() { d2, err = trade.ImportShare(imports, total) },
			Float:    func() { f1 = fl.imports / fl.total },
			Results:  func() (string, string) { return perfText(d1), perfText(d2) },
		},
	}
}

func TestBudgets(t *testing.T) { perf.Check(t, cases()) }

func BenchmarkTrade(b *testing.B) { perf.Bench(b, cases()) }

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

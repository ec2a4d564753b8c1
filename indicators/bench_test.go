package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shopspring/decimal"
)

func perfText(d decimal.Decimal) string { return shenyang.FormatDecimal(d) }

// fl holds the float64 inputs in a package-level variable, which the
// compiler cannot fold into constants, so that the float64 benchmarks
// measure the arithmetic.
var fl = struct{ fdi, prior float64 }{
	fdi: 1.65e9, prior: 1434782608.695652,
}

// cases are the package's functions on the report's foreign capital: $1.65
// billion in 2019, up 15 percent on 1434782608.695652 in 2018. The floor
// rounds at the number of places that gives the module's 16 significant
// digits.
func cases() []perf.Case {
	var (
		fdi   = decimal.New(165, 7)
		prior = decimal.New(1434782608695652, -6)

		d1, d2 decimal.Decimal
		f1     float64
		err    error
	)
	_, _ = f1, err // written only, so that no call is optimized away
	return []perf.Case{
		{
			Name: "Growth",
			// (1650000000 - 1434782608.695652) / 1434782608.695652
			// = 215217391.304348 / 1434782608.695652 = 0.15000000000000013...:
			// 16 places.
			Want:     "0.1500000000000001",
			Decimal:  func() { d1 = fdi.Sub(prior).DivRound(prior, 16) },
			Shenyang: func() { d2, err = indicators.Growth(prior, fdi) },
			Float:    func() { f1 = (fl.fdi - fl.prior) / fl.prior },
			Results:  func() (string, string) { return perfText(d1), perfText(d2) },
		},
	}
}

func TestBudgets(t *testing.T) { perf.Check(t, cases()) }

func BenchmarkIndicators(b *testing.B) { perf.Bench(b, cases()) }

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

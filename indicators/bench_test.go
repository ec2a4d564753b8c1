package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shopspring/decimal"
)

func perfRange(lo, hi decimal.Decimal) shenyang.Range {
	r, err := shenyang.NewRange(shenyang.Closed(lo), shenyang.Closed(hi))
	if err != nil {
		panic(err)
	}
	return r
}

func perfText(d decimal.Decimal) string { return shenyang.FormatDecimal(d) }

func perfPair(lo, hi decimal.Decimal) string { return perfText(lo) + ", " + perfText(hi) }

func perfEnds(r shenyang.Range) string {
	lo, _ := r.Low().Value()
	hi, _ := r.High().Value()
	return perfPair(lo, hi)
}

// perfCeilQuo is the bare decimal code of a/b rounded up at prec places, for
// positive operands: QuoRem truncates, so add one unit in the last place
// when a remainder is left.
func perfCeilQuo(a, b decimal.Decimal, prec int32, ulp decimal.Decimal) decimal.Decimal {
	q, r := a.QuoRem(b, prec)
	if !r.IsZero() {
		q = q.Add(ulp)
	}
	return q
}

// fl holds the float64 inputs in a package-level variable, which the
// compiler cannot fold into constants, so that the float64 benchmarks
// measure the arithmetic.
var fl = struct{ fdi, growth, prior, fdiLo, fdiHi, priorLo, priorHi, growthLo, growthHi float64 }{
	fdi: 1.65e9, growth: 0.15, prior: 1434782608.695652, fdiLo: 1.645e9, fdiHi: 1.655e9,
	priorLo: 1424242424.242424, priorHi: 1445414847.161573, growthLo: 0.145, growthHi: 0.155,
}

// cases are the package's functions on the report's foreign capital: $1.65
// billion in 2019, up 15 percent, so 1434782608.695652 in 2018, and the
// ranges their printed precision implies. Each floor rounds at the number
// of places that gives the module's 16 significant digits.
func cases() []perf.Case {
	var (
		fdi, growth = decimal.New(165, 7), decimal.New(15, -2)
		prior       = decimal.New(1434782608695652, -6)
		fdiLo       = decimal.New(1645, 6)
		fdiHi       = decimal.New(1655, 6)
		priorLo     = decimal.New(1424242424242424, -6)
		priorHi     = decimal.New(1445414847161573, -6)
		growthLo    = decimal.New(145, -3)
		growthHi    = decimal.New(155, -3)
		fdiR        = perfRange(fdiLo, fdiHi)
		priorR      = perfRange(priorLo, priorHi)
		growthR     = perfRange(growthLo, growthHi)
		one         = decimal.New(1, 0)
		ulp6, ulp16 = decimal.New(1, -6), decimal.New(1, -16)

		d1, d2 decimal.Decimal
		r1     shenyang.Range
		f1, f2 float64
		err    error
	)
	_, _, _ = f1, f2, err // written only, so that no call is optimized away
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
		{
			Name: "Prior",
			// 1650000000 / 1.15 = 1434782608.6956521739...: 6 places.
			Want:     "1434782608.695652",
			Decimal:  func() { d1 = fdi.DivRound(growth.Add(one), 6) },
			Shenyang: func() { d2, err = indicators.Prior(fdi, growth) },
			Float:    func() { f1 = fl.fdi / (1 + fl.growth) },
			Results:  func() (string, string) { return perfText(d1), perfText(d2) },
		},
		{
			Name: "GrowthRange",
			// (1645000000 - 1445414847.161573) / 1445414847.161573 =
			// 0.13808157099697883..., down at 16 places;
			// (1655000000 - 1424242424.242424) / 1424242424.242424 =
			// 0.16202127659574484..., up at 16 places.
			Want: "0.1380815709969781, 0.1620212765957449",
			Decimal: func() {
				d1, _ = fdiLo.Sub(priorHi).QuoRem(priorHi, 16)
				d2 = perfCeilQuo(fdiHi.Sub(priorLo), priorLo, 16, ulp16)
			},
			Shenyang: func() { r1, err = indicators.GrowthRange(priorR, fdiR) },
			Float:    func() { f1, f2 = fl.fdiLo/fl.priorHi-1, fl.fdiHi/fl.priorLo-1 },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "PriorRange",
			// 1645000000 / 1.155 = 1424242424.2424242..., down at 6
			// places; 1655000000 / 1.145 = 1445414847.1615720..., up.
			Want: "1424242424.242424, 1445414847.161573",
			Decimal: func() {
				d1, _ = fdiLo.QuoRem(growthHi.Add(one), 6)
				d2 = perfCeilQuo(fdiHi, growthLo.Add(one), 6, ulp6)
			},
			Shenyang: func() { r1, err = indicators.PriorRange(fdiR, growthR) },
			Float:    func() { f1, f2 = fl.fdiLo/(1+fl.growthHi), fl.fdiHi/(1+fl.growthLo) },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
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
		{Name: "Lookup", Run: func() int { return perfFound(indicators.Lookup(indicators.Imports)) }},
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

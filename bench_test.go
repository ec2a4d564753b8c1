package shenyang_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shopspring/decimal"
)

// The inputs are the report's figures: 105.5 billion yuan for $15
// billion, 75.2 billion yuan of imports, $1.65 billion of foreign capital,
// and the ranges their printed precision implies. Each floor uses the
// number of decimal places that gives the 16 significant digits the module
// keeps for that result, so both compute the same number; perf.Check
// asserts that they do, against a value worked out by hand.

// perfEnds returns a range's bound values as "low, high".
func perfEnds(r shenyang.Range) string {
	lo, _ := r.Low().Value()
	hi, _ := r.High().Value()
	return perfPair(lo, hi)
}

func perfPair(lo, hi decimal.Decimal) string {
	return shenyang.FormatDecimal(lo) + ", " + shenyang.FormatDecimal(hi)
}

func perfText(d decimal.Decimal) string { return shenyang.FormatDecimal(d) }

func perfYes(ok bool) string {
	if ok {
		return "ok"
	}
	return "not ok"
}

// errBare is the error of the floors of the constructors, which return
// an error as the module's do.
var errBare = errors.New("bare: invalid")

func perfBare(ok bool) error {
	if ok {
		return nil
	}
	return errBare
}

// bareFits is the check the module makes of every decimal it accepts, in
// decimal's own methods: exponent and number of digits within 1000.
func bareFits(d decimal.Decimal) bool {
	e := d.Exponent()
	return e <= 1000 && e >= -1000 && d.NumDigits() <= 1000
}

// bareKnown is the module's currency check as bare Go: one of the two
// currencies of the dataset.
func bareKnown(c shenyang.Currency) bool { return c == shenyang.CNY || c == shenyang.USD }

// perfCeilQuo is the bare decimal code of a/b rounded up at prec places, for
// positive operands: QuoRem truncates, which for them is rounding down, so
// add one unit in the last place when a remainder is left.
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
var fl = struct {
	cny, usd, imports, exports, fdi, perDollar, half     float64
	fdiLo, fdiHi, importsLo, importsHi, totalLo, totalHi float64
	usdLo, usdHi, priorLo, priorHi, factorLo, factorHi   float64
	shareLo, shareHi                                     float64
}{
	cny: 105.5e9, usd: 15e9, imports: 75.2e9, exports: 30.3e9, fdi: 1.65e9, perDollar: 7.0333, half: 5e6,
	fdiLo: 1.645e9, fdiHi: 1.655e9, importsLo: 75.15e9, importsHi: 75.25e9, totalLo: 105.45e9, totalHi: 105.55e9,
	usdLo: 14.95e9, usdHi: 15.05e9, priorLo: 1424242424.242424, priorHi: 1445414847.161573, factorLo: 1.145, factorHi: 1.155,
	shareLo: 0.7119848413074372, shareHi: 0.7136083451872926,
}

func rootCases() []perf.Case {
	var (
		cny, usd   = decimal.New(1055, 8), decimal.New(15, 9) // 105.5e9 yuan, 15e9 dollars
		imports    = decimal.New(752, 8)                      // 75.2e9 yuan
		exports    = decimal.New(303, 8)                      // 30.3e9 yuan
		fdi        = decimal.New(165, 7)                      // 1.65e9 dollars
		some       = decimal.New(170, 0)                      // some 170 companies
		ten        = big.NewInt(10)
		prior      = decimal.New(1434782608695652, -6) // 1434782608.695652 dollars
		perDollar  = decimal.New(70333, -4)            // 7.0333 yuan
		cnyM, usdM = perfMoney(cny, shenyang.CNY), perfMoney(usd, shenyang.USD)
		importsM   = perfMoney(imports, shenyang.CNY)
		exportsM   = perfMoney(exports, shenyang.CNY)
		rate, _    = shenyang.RateBetween(usdM, cnyM)
		fdiLo      = decimal.New(1645, 6) // [1.645e9, 1.655e9]
		fdiHi      = decimal.New(1655, 6)
		importsLo  = decimal.New(7515, 7) // [75.15e9, 75.25e9]
		importsHi  = decimal.New(7525, 7)
		totalLo    = decimal.New(10545, 7) // [105.45e9, 105.55e9]
		totalHi    = decimal.New(10555, 7)
		usdLo      = decimal.New(1495, 7) // [14.95e9, 15.05e9]
		usdHi      = decimal.New(1505, 7)
		priorLo    = decimal.New(1424242424242424, -6)
		priorHi    = decimal.New(1445414847161573, -6)
		factorLo   = decimal.New(1145, -3) // [1.145, 1.155]
		factorHi   = decimal.New(1155, -3)
		fdiR       = perfRange(fdiLo, fdiHi)
		importsR   = perfRange(importsLo, importsHi)
		totalR     = perfRange(totalLo, totalHi)
		usdR       = perfRange(usdLo, usdHi)
		priorR     = perfRange(priorLo, priorHi)
		factorR    = perfRange(factorLo, factorHi)
		code       = "USD"
		cnyC, usdC = shenyang.CNY, shenyang.USD                      // variables, so that the floors check them at run time
		unitR      = perfRange(decimal.Decimal{}, decimal.New(1, 0)) // [0, 1]
		shareR     = perfRange(decimal.New(7119848413074372, -16), decimal.New(7136083451872926, -16))
		shareLo    = decimal.New(7119848413074372, -16)
		shareHi    = decimal.New(7136083451872926, -16)
		zero, one  = decimal.Decimal{}, decimal.New(1, 0)
		ulp5       = decimal.New(1, -5)
		ulp15      = decimal.New(1, -15)

		// Results, written by every call so that none is optimized away.
		d1, d2 decimal.Decimal
		r1     shenyang.Range
		m1     shenyang.Money
		rt     shenyang.Rate
		ok1    bool
		s1, s2 string
		c1, c2 shenyang.Currency
		p1     shenyang.Period
		f1, f2 float64
		err    error
	)
	_, _, _, _, _, _, _ = ok1, f1, f2, err, c1, c2, p1 // written only, so that no call is optimized away
	return []perf.Case{
		{
			Name: "Rate.Value",
			// 105.5e9 / 15e9 = 7.0333...: 1 integer digit, 15 places.
			Want:     "7.033333333333333",
			Decimal:  func() { d1 = cny.DivRound(usd, 15) },
			Shenyang: func() { d2 = rate.Value() },
			Float:    func() { f1 = fl.cny / fl.usd },
			Results:  func() (string, string) { return perfText(d1), perfText(d2) },
		},
		{
			Name: "Rate.Convert",
			// 75.2e9 yuan * 15e9 / 105.5e9 = 10691943127.962085...:
			// 11 integer digits, 5 places.
			Want:     "10691943127.96209",
			Decimal:  func() { d1 = imports.Mul(usd).DivRound(cny, 5) },
			Shenyang: func() { m1, err = rate.Convert(importsM) },
			Float:    func() { f1 = fl.imports * fl.usd / fl.cny },
			Results:  func() (string, string) { return perfText(d1), perfText(m1.Amount()) },
		},
		{
			Name: "Rate.ConvertRange",
			// [75.15e9, 75.25e9] yuan * 15/105.5 = [10684834123.222748...,
			// 10699052132.701421...]: low rounded down, high up, 5 places.
			Want: "10684834123.22274, 10699052132.70143",
			Decimal: func() {
				d1, _ = importsLo.Mul(usd).QuoRem(cny, 5)
				d2 = perfCeilQuo(importsHi.Mul(usd), cny, 5, ulp5)
			},
			Shenyang: func() { r1, err = rate.ConvertRange(importsR, shenyang.CNY) },
			Float:    func() { f1, f2 = fl.importsLo*fl.usd/fl.cny, fl.importsHi*fl.usd/fl.cny },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "RateBetween",
			// A rate is the pair of amounts, both positive, in two
			// different known currencies; its value, checked here, is
			// 105.5/15 = 7.0333... The floor makes the module's checks and
			// keeps the same four values, as separate variables.
			Want: "7.033333333333333",
			Decimal: func() {
				ok1 = bareKnown(usdC) && bareKnown(cnyC) && usdC != cnyC &&
					usd.Sign() > 0 && cny.Sign() > 0 && bareFits(usd) && bareFits(cny)
				d1, d2, c1, c2, err = cny, usd, usdC, cnyC, perfBare(ok1)
			},
			Shenyang: func() { rt, err = shenyang.RateBetween(usdM, cnyM) },
			Float:    func() { ok1 = fl.usd > 0 && fl.cny > 0; f1, f2 = fl.cny, fl.usd },
			Results:  func() (string, string) { return perfText(cny.DivRound(usd, 15)), perfText(rt.Value()) },
		},
		{
			Name: "NewRate",
			// A rate of 7.0333 yuan per dollar: a positive number, in
			// range, between two different known currencies. The floor
			// makes the module's checks and keeps the three values.
			Want: "7.0333",
			Decimal: func() {
				ok1 = bareKnown(usdC) && bareKnown(cnyC) && usdC != cnyC &&
					perDollar.Sign() > 0 && bareFits(perDollar)
				d1, c1, c2, err = perDollar, usdC, cnyC, perfBare(ok1)
			},
			Shenyang: func() { rt, err = shenyang.NewRate(shenyang.USD, shenyang.CNY, perDollar) },
			Float:    func() { f1 = fl.perDollar; ok1 = f1 > 0 },
			Results:  func() (string, string) { return perfText(d1), perfText(rt.Value()) },
		},
		{
			Name: "Range.Add",
			// [1.645e9, 1.655e9] + [75.15e9, 75.25e9] = [76.795e9, 76.905e9].
			Want: "76795000000, 76905000000",
			Decimal: func() {
				d1, d2 = fdiLo.Add(importsLo), fdiHi.Add(importsHi)
			},
			Shenyang: func() { r1, err = fdiR.Add(importsR) },
			Float:    func() { f1, f2 = fl.fdiLo+fl.importsLo, fl.fdiHi+fl.importsHi },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "Range.Sub",
			// [105.45e9, 105.55e9] - [75.15e9, 75.25e9] = [30.2e9, 30.4e9].
			Want: "30200000000, 30400000000",
			Decimal: func() {
				d1, d2 = totalLo.Sub(importsHi), totalHi.Sub(importsLo)
			},
			Shenyang: func() { r1, err = totalR.Sub(importsR) },
			Float:    func() { f1, f2 = fl.totalLo-fl.importsHi, fl.totalHi-fl.importsLo },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "Range.Mul",
			// [1424242424.242424, 1445414847.161573] * [1.145, 1.155]:
			// 1424242424.242424*1.145 = 1630757575.75757548, down at 6
			// places; 1445414847.161573*1.155 = 1669454148.471616815, up.
			Want: "1630757575.757575, 1669454148.471617",
			Decimal: func() {
				d1 = priorLo.Mul(factorLo).RoundFloor(6)
				d2 = priorHi.Mul(factorHi).RoundCeil(6)
			},
			Shenyang: func() { r1, err = priorR.Mul(factorR) },
			Float:    func() { f1, f2 = fl.priorLo*fl.factorLo, fl.priorHi*fl.factorHi },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "Range.Quo",
			// [105.45e9, 105.55e9] / [14.95e9, 15.05e9]: 105.45/15.05 =
			// 7.0066445182724252..., down at 15 places; 105.55/14.95 =
			// 7.0602006688963210..., up.
			Want: "7.006644518272425, 7.060200668896322",
			Decimal: func() {
				d1, _ = totalLo.QuoRem(usdHi, 15)
				d2 = perfCeilQuo(totalHi, usdLo, 15, ulp15)
			},
			Shenyang: func() { r1, err = totalR.Quo(usdR) },
			Float:    func() { f1, f2 = fl.totalLo/fl.usdHi, fl.totalHi/fl.usdLo },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "Range.Intersect",
			// [0.7119848413074372, 0.7136083451872926] lies inside [0, 1].
			Want: "0.7119848413074372, 0.7136083451872926",
			Decimal: func() {
				d1, d2 = shareLo, shareHi
				if zero.Cmp(d1) > 0 {
					d1 = zero
				}
				if one.Cmp(d2) < 0 {
					d2 = one
				}
				ok1 = d1.Cmp(d2) <= 0
			},
			Shenyang: func() { r1, err = shareR.Intersect(unitR) },
			Float:    func() { f1, f2 = max(fl.shareLo, 0), min(fl.shareHi, 1); ok1 = f1 <= f2 },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name:     "Range.Contains",
			Want:     "ok", // 1.645e9 <= 1.65e9 <= 1.655e9
			Decimal:  func() { ok1 = fdi.Cmp(fdiLo) >= 0 && fdi.Cmp(fdiHi) <= 0 },
			Shenyang: func() { ok1 = fdiR.Contains(fdi) },
			Float:    func() { ok1 = fl.fdi >= fl.fdiLo && fl.fdi <= fl.fdiHi },
			Results: func() (string, string) {
				return perfYes(fdi.Cmp(fdiLo) >= 0 && fdi.Cmp(fdiHi) <= 0), perfYes(fdiR.Contains(fdi))
			},
		},
		{
			Name: "RangeOf",
			// 1.65 billion printed to 10^7: 1650000000 -/+ 5000000.
			Want: "1645000000, 1655000000",
			Decimal: func() {
				half := decimal.New(5, fdi.Exponent()-1)
				d1, d2 = fdi.Sub(half), fdi.Add(half)
			},
			Shenyang: func() { r1, err = shenyang.RangeOf(fdi, shenyang.AsPrinted) },
			Float:    func() { f1, f2 = fl.fdi-fl.half, fl.fdi+fl.half },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "RangeOf some",
			// "some 170 local companies": 170's last non-zero digit is the
			// tens, so it stands for 170 -/+ 5.
			Want: "165, 175",
			Decimal: func() {
				e := some.Exponent()
				c := some.Coefficient()
				for r := new(big.Int); c.Sign() != 0; e++ {
					if c.QuoRem(c, ten, r); r.Sign() != 0 {
						break
					}
				}
				half := decimal.New(5, e-1)
				d1, d2 = some.Sub(half), some.Add(half)
			},
			Shenyang: func() { r1, err = shenyang.RangeOf(some, shenyang.Some) },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "NewRange",
			Want: "1645000000, 1655000000",
			// The floor makes the module's checks: both bounds in range
			// (exponent and digits within 1000) and in order.
			Decimal: func() {
				ok1 = bareFits(fdiLo) && bareFits(fdiHi) && fdiLo.Cmp(fdiHi) <= 0
				d1, d2, err = fdiLo, fdiHi, perfBare(ok1)
			},
			Shenyang: func() { r1, err = shenyang.NewRange(shenyang.Closed(fdiLo), shenyang.Closed(fdiHi)) },
			Float:    func() { f1, f2 = fl.fdiLo, fl.fdiHi; ok1 = f1 <= f2 },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "NewMoney",
			// 75.2e9 yuan: both check that the currency is known and that
			// the exponent and the number of digits are within 1000.
			Want: "75200000000",
			Decimal: func() {
				ok1 = bareKnown(cnyC) && bareFits(imports)
				d1, c1, err = imports, cnyC, perfBare(ok1)
			},
			Shenyang: func() { m1, err = shenyang.NewMoney(imports, shenyang.CNY) },
			Float:    func() { f1 = fl.imports },
			Results:  func() (string, string) { return perfText(d1), perfText(m1.Amount()) },
		},
		{
			Name:     "Money.Add",
			Want:     "105500000000", // 75.2e9 + 30.3e9
			Decimal:  func() { d1 = imports.Add(exports) },
			Shenyang: func() { m1, err = importsM.Add(exportsM) },
			Float:    func() { f1 = fl.imports + fl.exports },
			Results:  func() (string, string) { return perfText(d1), perfText(m1.Amount()) },
		},
		{
			Name:     "Money.Sub",
			Want:     "44900000000", // 75.2e9 - 30.3e9
			Decimal:  func() { d1 = imports.Sub(exports) },
			Shenyang: func() { m1, err = importsM.Sub(exportsM) },
			Float:    func() { f1 = fl.imports - fl.exports },
			Results:  func() (string, string) { return perfText(d1), perfText(m1.Amount()) },
		},
		{
			Name: "FormatDecimal",
			// The floor is decimal's String, which gives the same text for
			// this value under the package's default settings.
			Want:     "1434782608.695652",
			Decimal:  func() { s1 = prior.String() },
			Shenyang: func() { s2 = shenyang.FormatDecimal(prior) },
			Results:  func() (string, string) { return s1, s2 },
		},
		{
			Name: "ParseCurrency",
			// No decimal here: the floor is a bare switch on the code.
			Want: "USD",
			Decimal: func() {
				switch code {
				case "CNY":
					c1, err = shenyang.CNY, nil
				case "USD":
					c1, err = shenyang.USD, nil
				default:
					c1, err = 0, perfBare(false)
				}
			},
			Shenyang: func() { c1, err = shenyang.ParseCurrency(code) },
			Results: func() (string, string) {
				c, _ := shenyang.ParseCurrency("USD")
				return shenyang.USD.String(), c.String()
			},
		},
		{
			Name:     "ParsePeriod",
			Shenyang: func() { p1, err = shenyang.ParsePeriod("2009/2020") },
		},
	}
}

func TestRootBudgets(t *testing.T) { perf.Check(t, append(rootCases(), rootTextCases()...)) }

func BenchmarkRoot(b *testing.B) { perf.Bench(b, append(rootCases(), rootTextCases()...)) }

// BenchmarkHostileExponent times the inputs of TestRangeAddSubHostileExponent
// and TestCompareHostileExponent at the exponents issue 11 reports: before
// the fix Add took about 46 s, Contains 31 s and Bound.Equal 15 s.
func BenchmarkHostileExponent(b *testing.B) {
	one := decimal.New(1, 0)
	huge := shenyang.Exactly(decimal.New(1, 30_000_000))
	tiny5, tiny30 := big19(-5_000_000), big19(-30_000_000)
	oneTwo, err := shenyang.NewRange(shenyang.Closed(one), shenyang.Closed(decimal.New(2, 0)))
	if err != nil {
		b.Fatal(err)
	}
	for _, bm := range []struct {
		name string
		f    func()
	}{
		{"Range.Add/exp=30000000", func() { _, _ = huge.Add(shenyang.Exactly(one)) }},
		{"Range.Sub/exp=30000000", func() { _, _ = huge.Sub(shenyang.Exactly(one)) }},
		{"Range.Contains/exp=-5000000", func() { _ = oneTwo.Contains(tiny5) }},
		{"Range.Contains/exp=-30000000", func() { _ = oneTwo.Contains(tiny30) }},
		{"Bound.Equal/exp=-30000000", func() { _ = shenyang.Closed(tiny30).Equal(shenyang.Closed(one)) }},
		{"Range.Equal/exp=-30000000", func() { _ = shenyang.Exactly(tiny30).Equal(oneTwo) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.f()
			}
		})
	}
}

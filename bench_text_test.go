package shenyang_test

import (
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shopspring/decimal"
)

// bareCurrency is ParseCurrency as bare Go: a switch on the code.
func bareCurrency(code string) (shenyang.Currency, bool) {
	switch code {
	case "CNY":
		return shenyang.CNY, true
	case "USD":
		return shenyang.USD, true
	}
	return 0, false
}

// rootTextCases are the root package's functions that parse, print,
// compare and invert, beside the bare decimal code of the same work: the
// floor parses with decimal.NewFromString and makes the checks the module
// makes, prints with decimal's String, and compares with its Equal.
func rootTextCases() []perf.Case {
	var (
		cny, usd   = decimal.New(1055, 8), decimal.New(15, 9) // 105.5e9 yuan, 15e9 dollars
		cny2, usd2 = decimal.New(211, 8), decimal.New(3, 9)   // 21.1e9 yuan, 3e9 dollars: the same rate
		perDollar  = decimal.New(68985, -4)                   // 6.8985 yuan, the official rate
		fdiLo      = decimal.New(1645, 6)                     // [1.645e9, 1.655e9]
		fdiHi      = decimal.New(1655, 6)
		fdiLo2     = decimal.New(1645000000, 0) // the same bounds, other exponents
		fdiHi2     = decimal.New(16550, 5)
		imports    = decimal.New(752, 8) // 75.2e9 yuan
		imports2   = decimal.New(75200, 6)
		cnyC, usdC = shenyang.CNY, shenyang.USD
		// The currencies of the second operand of the Equal floors.
		cnyC2, usdC2 = shenyang.CNY, shenyang.USD
		rate         = perfMust(shenyang.RateBetween(perfMoney(usd, usdC), perfMoney(cny, cnyC)))
		rate2        = perfMust(shenyang.RateBetween(perfMoney(usd2, usdC), perfMoney(cny2, cnyC)))
		official     = perfMust(shenyang.NewRate(usdC, cnyC, perDollar))
		fdiR         = perfRange(fdiLo, fdiHi)
		fdiR2        = perfRange(fdiLo2, fdiHi2)
		importsM     = perfMoney(imports, cnyC)
		importsM2    = perfMoney(imports2, cnyC)
		rangeText    = "[1645000000, 1655000000]"
		moneyText    = "75200000000 CNY"
		rateText     = "6.8985 CNY per USD"

		// Results, written by every call so that none is optimized away.
		d1, d2 decimal.Decimal
		r1     shenyang.Range
		m1     shenyang.Money
		rt     shenyang.Rate
		ok1    bool
		s1, s2 string
		c1, c2 shenyang.Currency
		f1, f2 float64
		err    error
	)
	_, _, _, _, _, _ = ok1, c1, c2, f1, f2, err
	fl := struct{ a, b float64 }{1.65e9, 1.65e9}
	return []perf.Case{
		{
			Name: "Rate.Equal",
			// 105.5e9/15e9 and 21.1e9/3e9 are the same rate: both sides
			// cross-multiply, 105.5e9*3e9 = 21.1e9*15e9 = 3.165e20.
			Want:     "ok",
			Decimal:  func() { ok1 = usdC == usdC2 && cnyC == cnyC2 && cny.Mul(usd2).Equal(cny2.Mul(usd)) },
			Shenyang: func() { ok1 = rate.Equal(rate2) },
			Float:    func() { f1 = 105.5e9 * 3e9; f2 = 21.1e9 * 15e9; ok1 = f1 == f2 },
			Results: func() (string, string) {
				return perfYes(cny.Mul(usd2).Equal(cny2.Mul(usd))), perfYes(rate.Equal(rate2))
			},
		},
		{
			Name: "Rate.Inverse",
			// The inverse holds 15e9 dollars per 105.5e9 yuan; its value,
			// checked here, is 15/105.5 = 0.14218009478672985...
			Want:     "0.1421800947867299",
			Decimal:  func() { d1, d2, c1, c2 = usd, cny, cnyC, usdC },
			Shenyang: func() { rt = rate.Inverse() },
			Results: func() (string, string) {
				return perfText(usd.DivRound(cny, 16)), perfText(rate.Inverse().Value())
			},
		},
		{
			Name: "Range.Equal",
			// [1645e6, 1655e6] equals [1645000000e0, 16550e5].
			Want:     "ok",
			Decimal:  func() { ok1 = fdiLo.Equal(fdiLo2) && fdiHi.Equal(fdiHi2) },
			Shenyang: func() { ok1 = fdiR.Equal(fdiR2) },
			Float:    func() { ok1 = fl.a == fl.b },
			Results: func() (string, string) {
				return perfYes(fdiLo.Equal(fdiLo2) && fdiHi.Equal(fdiHi2)), perfYes(fdiR.Equal(fdiR2))
			},
		},
		{
			Name:     "Money.Equal",
			Want:     "ok", // 752e8 yuan equals 75200e6 yuan
			Decimal:  func() { ok1 = cnyC == cnyC2 && imports.Equal(imports2) },
			Shenyang: func() { ok1 = importsM.Equal(importsM2) },
			Float:    func() { ok1 = fl.a == fl.b },
			Results: func() (string, string) {
				return perfYes(imports.Equal(imports2)), perfYes(importsM.Equal(importsM2))
			},
		},
		{
			Name: "Exactly",
			// The range of one exact value, [1.65e9, 1.65e9].
			Want:     "1645000000, 1645000000",
			Decimal:  func() { d1, d2 = fdiLo, fdiLo },
			Shenyang: func() { r1 = shenyang.Exactly(fdiLo) },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "ParseRange",
			// Two closed bounds, parsed, checked and compared.
			Want: "1645000000, 1655000000",
			Decimal: func() {
				inner := rangeText[1 : len(rangeText)-1]
				lo, hi, _ := strings.Cut(inner, ", ")
				var e1, e2 error
				d1, e1 = decimal.NewFromString(lo)
				d2, e2 = decimal.NewFromString(hi)
				ok1 = rangeText[0] == '[' && rangeText[len(rangeText)-1] == ']' && e1 == nil && e2 == nil &&
					bareFits(d1) && bareFits(d2) && d1.Cmp(d2) <= 0
				err = perfBare(ok1)
			},
			Shenyang: func() { r1, err = shenyang.ParseRange(rangeText) },
			Results:  func() (string, string) { return perfPair(d1, d2), perfEnds(r1) },
		},
		{
			Name: "ParseMoney",
			Want: "75200000000",
			Decimal: func() {
				amount, code, _ := strings.Cut(moneyText, " ")
				var e1 error
				d1, e1 = decimal.NewFromString(amount)
				c1, ok1 = bareCurrency(code)
				err = perfBare(ok1 && e1 == nil && bareFits(d1))
			},
			Shenyang: func() { m1, err = shenyang.ParseMoney(moneyText) },
			Results:  func() (string, string) { return perfText(d1), perfText(m1.Amount()) },
		},
		{
			Name: "ParseRate",
			// 6.8985 yuan per dollar: an amount, two codes, checked.
			Want: "6.8985",
			Decimal: func() {
				quote, base, _ := strings.Cut(rateText, " per ")
				amount, code, _ := strings.Cut(quote, " ")
				var e1 error
				d1, e1 = decimal.NewFromString(amount)
				var okq, okb bool
				c1, okq = bareCurrency(code)
				c2, okb = bareCurrency(base)
				err = perfBare(e1 == nil && okq && okb && c1 != c2 && d1.Sign() > 0 && bareFits(d1))
			},
			Shenyang: func() { rt, err = shenyang.ParseRate(rateText) },
			Results:  func() (string, string) { return perfText(d1), perfText(rt.Value()) },
		},
		{
			Name:     "Range.String",
			Want:     rangeText,
			Decimal:  func() { s1 = "[" + fdiLo.String() + ", " + fdiHi.String() + "]" },
			Shenyang: func() { s2 = fdiR.String() },
			Results:  func() (string, string) { return s1, s2 },
		},
		{
			Name:     "Money.String",
			Want:     moneyText,
			Decimal:  func() { s1 = imports.String() + " CNY" },
			Shenyang: func() { s2 = importsM.String() },
			Results:  func() (string, string) { return s1, s2 },
		},
		{
			Name:     "Rate.String",
			Want:     rateText,
			Decimal:  func() { s1 = perDollar.String() + " CNY per USD" },
			Shenyang: func() { s2 = official.String() },
			Results:  func() (string, string) { return s1, s2 },
		},
	}
}

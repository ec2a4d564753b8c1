package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// The result types' own cost. Go keeps a struct in registers only when it
// has at most four fields and 32 bytes; Money (24 bytes) qualifies, Rate
// (40 bytes: two currencies and two decimals) and Range (48 bytes: two
// bounds) do not. A caller that assigns one of them copies it through
// memory with 16-byte moves that read back the narrower stores of the
// function's result, a store-forwarding stall. BenchmarkResult measures it:
// a function that does nothing but hand back its argument, as a Rate or a
// Range and as the same values in separate variables.

//go:noinline
func passRate(r shenyang.Rate) (shenyang.Rate, error) { return r, nil }

//go:noinline
func passRange(r shenyang.Range) (shenyang.Range, error) { return r, nil }

//go:noinline
func passMoney(m shenyang.Money) (shenyang.Money, error) { return m, nil }

//go:noinline
func passRateParts(base, quote shenyang.Currency, num, den decimal.Decimal) (shenyang.Currency, shenyang.Currency, decimal.Decimal, decimal.Decimal, error) {
	return base, quote, num, den, nil
}

//go:noinline
func passBounds(lo, hi decimal.Decimal) (decimal.Decimal, decimal.Decimal, error) {
	return lo, hi, nil
}

//go:noinline
func passAmount(d decimal.Decimal, c shenyang.Currency) (decimal.Decimal, shenyang.Currency, error) {
	return d, c, nil
}

func BenchmarkResult(b *testing.B) {
	var (
		cny, usd   = decimal.New(1055, 8), decimal.New(15, 9)
		lo, hi     = decimal.New(1645, 6), decimal.New(1655, 6)
		cnyC, usdC = shenyang.CNY, shenyang.USD
		rate       = perfMust(shenyang.RateBetween(perfMoney(usd, usdC), perfMoney(cny, cnyC)))
		rng        = perfRange(lo, hi)
		money      = perfMoney(cny, cnyC)

		rt     shenyang.Rate
		r1     shenyang.Range
		m1     shenyang.Money
		d1, d2 decimal.Decimal
		c1, c2 shenyang.Currency
		err    error
	)
	for _, c := range []struct {
		name       string
		parts, val func()
	}{
		{"Rate", func() { c1, c2, d1, d2, err = passRateParts(usdC, cnyC, cny, usd) }, func() { rt, err = passRate(rate) }},
		{"Range", func() { d1, d2, err = passBounds(lo, hi) }, func() { r1, err = passRange(rng) }},
		{"Money", func() { d1, c1, err = passAmount(cny, cnyC) }, func() { m1, err = passMoney(money) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.Run("impl=parts", func(b *testing.B) {
				for b.Loop() {
					c.parts()
				}
			})
			b.Run("impl=struct", func(b *testing.B) {
				for b.Loop() {
					c.val()
				}
			})
		})
	}
	_, _, _, _, _, _, _, _ = rt, r1, m1, d1, d2, c1, c2, err
}

package shenyang_test

import (
	"errors"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// These tests pin the results of the code paths the performance work
// changed: a rate made from one number (its denominator is held as the
// zero Decimal, read as 1), ParsePeriod without strings.Split,
// ParseCurrency as a switch, and RangeOf.

func TestRateFromOneNumber(t *testing.T) {
	r, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(70333, -4)) // 7.0333 CNY per USD
	if err != nil {
		t.Fatal(err)
	}
	usd100 := perfMoney(decimal.New(100, 0), shenyang.USD)
	cny := perfMoney(decimal.New(70333, -2), shenyang.CNY) // 703.33 CNY
	for _, c := range []struct {
		name, got, want string
	}{
		{"Value", shenyang.FormatDecimal(r.Value()), "7.0333"},
		{"String", r.String(), "7.0333 CNY per 1 USD"},
		// 1/7.0333 = 0.14218076862923520964...: 16 digits, half even.
		// 100 * 7.0333 = 703.33, exactly.
		{"Convert USD", perfMust(r.Convert(usd100)).String(), "703.33 CNY"},
		// 703.33 / 7.0333 = 100, exactly.
		{"Convert CNY", perfMust(r.Convert(cny)).String(), "100 USD"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func perfMust[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func perfMoney(d decimal.Decimal, c shenyang.Currency) shenyang.Money {
	return perfMust(shenyang.NewMoney(d, c))
}

func TestParsePeriodForms(t *testing.T) {
	for _, s := range []string{"2019", "2020-01", "2020-04-09", "2019-12-31", "2009/2020", "2020-01/2020-04-09"} {
		if p, err := shenyang.ParsePeriod(s); err != nil || p.ISO != s {
			t.Errorf("ParsePeriod(%q) = %v, %v; want it back", s, p, err)
		}
	}
	for _, s := range []string{
		" ", "19", "20190", "2019-", "-2019", "2019-1", "2019-13", "2019-00", "2019-01-32", "2019-01-00",
		"2019-01-01-01", "2019-01-0a", "201a", "2020/2019", "2019/", "/2019", "2019/2020/2021",
	} {
		if p, err := shenyang.ParsePeriod(s); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", s, p)
		}
	}
}

func TestParseCurrencyCodes(t *testing.T) {
	for s, want := range map[string]shenyang.Currency{"CNY": shenyang.CNY, "USD": shenyang.USD} {
		if c, err := shenyang.ParseCurrency(s); err != nil || c != want {
			t.Errorf("ParseCurrency(%q) = %v, %v; want %v", s, c, err, want)
		}
	}
	for _, s := range []string{" ", "cny", "EUR", "USD "} {
		if c, err := shenyang.ParseCurrency(s); err == nil {
			t.Errorf("ParseCurrency(%q) = %v, want an error", s, c)
		}
	}
}

func TestRangeOfForms(t *testing.T) {
	some := perfMust(shenyang.RangeOf(decimal.New(170, 0), shenyang.Some))
	for _, c := range []struct {
		name, got, want string
	}{
		// 1.65e9 printed to 10^7: +/- 5e6.
		{"RangeOf as printed", perfMust(shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)).String(), "[1645000000, 1655000000]"},
		// "some 170": the last non-zero digit is the tens, so +/- 5.
		{"RangeOf some", some.String(), "[165, 175]"},
		// 0.15 printed to 10^-2: +/- 0.005.
		{"RangeOf ratio", perfMust(shenyang.RangeOf(decimal.New(15, -2), shenyang.AsPrinted)).String(), "[0.145, 0.155]"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

// TestRateConstructorErrors pins the errors of NewRate and RateBetween,
// whose checks run first as one condition and, only when it fails, one by
// one to find the error.
func TestRateConstructorErrors(t *testing.T) {
	cny := perfMoney(decimal.New(1055, 8), shenyang.CNY)
	usd := perfMoney(decimal.New(15, 9), shenyang.USD)
	negUSD := perfMoney(decimal.New(-15, 9), shenyang.USD)
	zeroCNY := perfMoney(decimal.Decimal{}, shenyang.CNY)
	for _, c := range []struct {
		name     string
		err      error
		sentinel error
		text     string
	}{
		{"unset base", perfSecond(shenyang.NewRate(0, shenyang.CNY, decimal.New(7, 0))), shenyang.ErrUnset,
			"shenyang: NewRate: base currency: value is unset"},
		{"unknown base", perfSecond(shenyang.NewRate(9, shenyang.CNY, decimal.New(7, 0))), shenyang.ErrUnknownCurrency,
			"shenyang: NewRate: base currency #9: unknown currency"},
		{"same currencies", perfSecond(shenyang.NewRate(shenyang.USD, shenyang.USD, decimal.New(7, 0))), shenyang.ErrSameCurrency,
			"shenyang: NewRate: quote currency USD: base and quote currencies must differ"},
		{"zero rate", perfSecond(shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.Decimal{})), shenyang.ErrNotPositive,
			"shenyang: NewRate: rate 0: value must be positive"},
		{"out of range", perfSecond(shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(-1, 2000))), shenyang.ErrOutOfRange,
			"shenyang: NewRate: rate with exponent 2000 and length 1: decimal out of range"},
		{"unset base", perfSecond(shenyang.RateBetween(shenyang.Money{}, cny)), shenyang.ErrUnset,
			"shenyang: RateBetween: base: value is unset"},
		{"unset quote", perfSecond(shenyang.RateBetween(usd, shenyang.Money{})), shenyang.ErrUnset,
			"shenyang: RateBetween: quote: value is unset"},
		{"same currency", perfSecond(shenyang.RateBetween(usd, usd)), shenyang.ErrSameCurrency,
			"shenyang: RateBetween: quote currency USD: base and quote currencies must differ"},
		{"negative base", perfSecond(shenyang.RateBetween(negUSD, cny)), shenyang.ErrNotPositive,
			"shenyang: RateBetween: base -15000000000 USD: value must be positive"},
		{"zero quote", perfSecond(shenyang.RateBetween(usd, zeroCNY)), shenyang.ErrNotPositive,
			"shenyang: RateBetween: quote 0 CNY: value must be positive"},
	} {
		if !errors.Is(c.err, c.sentinel) || c.err.Error() != c.text {
			t.Errorf("%s: error %v, want %q wrapping %v", c.name, c.err, c.text, c.sentinel)
		}
	}
}

func perfSecond[T any](_ T, err error) error { return err }

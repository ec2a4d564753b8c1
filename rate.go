package shenyang

import (
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

// Rate is a directional exchange rate: one unit of the base currency is
// worth [Rate.Value] units of the quote currency. A rate of 7.0333 CNY per
// USD has base USD and quote CNY.
//
// A rate keeps the two amounts it was made from, so a rate implied by
// "105.5 billion yuan ($15 billion)" converts 105.5 billion yuan to exactly
// 15 billion dollars, with no rounding of the rate itself. Rate is
// immutable; the zero value is unset.
type Rate struct {
	base, quote Currency
	// One base unit is num/den quote units. Both are positive, so the zero
	// Decimal, which NewRate stores as den, stands for 1: a rate made from
	// one number needs no decimal 1 allocated for it.
	num, den decimal.Decimal
}

// factor returns d, reading the zero Decimal as 1 (see Rate). The 1 it
// makes does not escape its caller's arithmetic, so it stays on the stack.
func factor(d decimal.Decimal) decimal.Decimal {
	if d.IsZero() {
		return decimal.New(1, 0)
	}
	return d
}

// NewRate returns the rate at which one unit of base is worth perBase units
// of quote. The currencies must be known and different (a rate between a
// currency and itself is an error wrapping [ErrSameCurrency]) and perBase
// must be positive.
func NewRate(base, quote Currency, perBase decimal.Decimal) (Rate, error) {
	if rateOK(base, quote, perBase) {
		return Rate{base: base, quote: quote, num: perBase}, nil
	}
	return Rate{}, newRateErr(base, quote, perBase)
}

// rateOK reports whether NewRate accepts its arguments. Callers build the
// Rate in their return statement, which Go returns in registers; a Rate
// received from NewRate and returned again is copied through memory.
func rateOK(base, quote Currency, perBase decimal.Decimal) bool {
	return base.Valid() && quote.Valid() && base != quote && perBase.Sign() > 0 && dec.Fits(perBase)
}

// newRateErr returns the error of a NewRate call whose arguments fail a
// check, the first failing one in the order below.
func newRateErr(base, quote Currency, perBase decimal.Decimal) error {
	const op = "NewRate"
	if err := checkPair(op, base, quote); err != nil {
		return err
	}
	if err := checkDec(op, "rate", perBase); err != nil {
		return err
	}
	return valueErr(op, "rate", dec.Format(perBase), ErrNotPositive)
}

// RateBetween returns the rate that makes base and quote worth the same:
// RateBetween(15 billion USD, 105.5 billion CNY) is 105.5/15 CNY per USD.
// Both amounts must be positive and in different known currencies
// ([ErrSameCurrency] when they are in the same one).
func RateBetween(base, quote Money) (Rate, error) {
	if base.currency.Valid() && quote.currency.Valid() && base.currency != quote.currency &&
		base.amount.Sign() > 0 && quote.amount.Sign() > 0 &&
		dec.Fits(base.amount) && dec.Fits(quote.amount) {
		return Rate{base: base.currency, quote: quote.currency, num: quote.amount, den: base.amount}, nil
	}
	return Rate{}, rateBetweenErr(base, quote)
}

// rateBetweenErr returns the error of a RateBetween call whose arguments
// fail a check, the first failing one in the order below.
func rateBetweenErr(base, quote Money) error {
	const op = "RateBetween"
	if err := unsetErr(op, "base", base.IsZero(), "quote", quote.IsZero()); err != nil {
		return err
	}
	if err := checkPair(op, base.currency, quote.currency); err != nil {
		return err
	}
	if err := checkDec(op, "base", base.amount); err != nil {
		return err
	}
	if err := checkDec(op, "quote", quote.amount); err != nil {
		return err
	}
	if base.amount.Sign() <= 0 {
		return valueErr(op, "base", base.String(), ErrNotPositive)
	}
	return valueErr(op, "quote", quote.String(), ErrNotPositive)
}

func checkPair(op string, base, quote Currency) error {
	if err := checkCurrency(op, "base currency", base); err != nil {
		return err
	}
	if err := checkCurrency(op, "quote currency", quote); err != nil {
		return err
	}
	if base == quote {
		return valueErr(op, "quote currency", quote.String(), ErrSameCurrency)
	}
	return nil
}

// IsZero reports whether r is the unset zero value.
func (r Rate) IsZero() bool { return r.base == 0 }

// Base returns the currency one unit of which the rate prices.
func (r Rate) Base() Currency { return r.base }

// Quote returns the currency in which the rate prices the base.
func (r Rate) Quote() Currency { return r.quote }

// Unit returns the rate's unit, such as [UnitCNYPerUSD].
func (r Rate) Unit() Unit {
	switch {
	case r.base == USD && r.quote == CNY:
		return UnitCNYPerUSD
	case r.base == CNY && r.quote == USD:
		return UnitUSDPerCNY
	}
	return 0
}

// Value returns units of quote per unit of base, to 16 significant digits
// rounded half to even (exact when the quotient has 16 digits or fewer).
// The amounts of a rate lie within the module's decimal limits, but their
// quotient need not: the rate of 1e-600 CNY for 1e600 USD is 1e-1200 CNY
// per USD, and [Rate.Convert] reports a result beyond the limits as an
// error.
func (r Rate) Value() decimal.Decimal {
	if r.IsZero() {
		return decimal.Decimal{}
	}
	return exact.RoundRatio(factor(r.num), factor(r.den), exact.HalfEven)
}

// String returns the rate exactly, one way for every rate: the amount of
// the quote currency per an amount of the base, such as "6.8985 CNY per 1
// USD" (made from its value) or "105500000000 CNY per 15000000000 USD"
// (made from two amounts); "unset" for the zero value. [ParseRate] reads
// it back into an equal rate. [Rate.Value] gives the rate as one decimal.
func (r Rate) String() string {
	if r.IsZero() {
		return "unset"
	}
	return dec.Format(factor(r.num)) + " " + r.quote.String() + " per " + dec.Format(factor(r.den)) + " " + r.base.String()
}

// wantRate is the form ParseRate reads.
const wantRate = `"6.8985 CNY per USD", "105.5 CNY per 15 USD" or "unset"`

// ParseRate reads the [Rate.String] form, "6.8985 CNY per 1 USD" or
// "105500000000 CNY per 15000000000 USD", and the short form of a rate
// given by its value, "6.8985 CNY per USD"; "unset" gives the unset rate.
// The amounts are plain decimals and must be positive; the currencies must
// be known and different.
func ParseRate(s string) (Rate, error) {
	const op = "ParseRate"
	if s == "unset" {
		return Rate{}, nil
	}
	quotePart, basePart, ok := strings.Cut(s, " per ")
	qAmount, qCode, qok := strings.Cut(quotePart, " ")
	if !ok || !qok {
		return Rate{}, formErr(op, "rate", s, wantRate)
	}
	quote, err := parseMoney(op, qAmount, qCode)
	if err != nil {
		return Rate{}, err
	}
	if bAmount, bCode, two := strings.Cut(basePart, " "); two {
		base, err := parseMoney(op, bAmount, bCode)
		if err != nil {
			return Rate{}, err
		}
		r, err := RateBetween(base, quote)
		return r, decode.Wrap(op, err)
	}
	c, err := ParseCurrency(basePart)
	if err != nil {
		return Rate{}, decode.Wrap(op, err)
	}
	if rateOK(c, quote.currency, quote.amount) {
		return Rate{base: c, quote: quote.currency, num: quote.amount}, nil
	}
	return Rate{}, decode.Wrap(op, newRateErr(c, quote.currency, quote.amount))
}

// Equal reports whether r and s are the same rate: the same base and quote
// currencies and the same value, compared exactly, so that they convert
// every amount alike (a rate made from 30 CNY for 2 USD equals 15 CNY per
// USD). go-cmp uses this method to compare rates.
func (r Rate) Equal(s Rate) bool {
	if r.base != s.base || r.quote != s.quote {
		return false
	}
	if r.den.IsZero() && s.den.IsZero() { // both made from their values
		return dec.Cmp(r.num, s.num) == 0
	}
	return dec.Cmp(factor(r.num).Mul(factor(s.den)), factor(s.num).Mul(factor(r.den))) == 0
}

// Convert returns m in the rate's other currency: an amount in the base
// currency is multiplied by the rate, one in the quote currency divided by
// it. The result is rounded once, to 16 significant digits, half to even.
// An amount in neither currency is a [*UnitError].
func (r Rate) Convert(m Money) (Money, error) {
	const op = "Rate.Convert"
	num, den, to, err := r.direction(op, m.currency, m.IsZero())
	if err != nil {
		return Money{}, err
	}
	if err := checkDec(op, "amount", m.amount); err != nil {
		return Money{}, err
	}
	v := exact.RoundRatio(m.amount.Mul(factor(num)), factor(den), exact.HalfEven)
	if err := checkDec(op, "result", v); err != nil {
		return Money{}, err
	}
	return Money{amount: v, currency: to}, nil
}

// direction returns the factors that convert from currency c, and the
// currency converted to.
func (r Rate) direction(op string, c Currency, unset bool) (num, den decimal.Decimal, to Currency, err error) {
	switch {
	case r.IsZero():
		return num, den, 0, valueErr(op, "rate", "", ErrUnset)
	case unset:
		return num, den, 0, valueErr(op, "amount", "", ErrUnset)
	case c == r.base:
		return r.num, r.den, r.quote, nil
	case c == r.quote:
		return r.den, r.num, r.base, nil
	}
	return num, den, 0, &UnitError{Op: op, Arg: "amount in currency " + currencyText(c), Got: c.Unit(), Want: r.base.Unit()}
}

// rateJSON is the JSON form of a Rate: the two amounts worth the same.
type rateJSON struct {
	Base  Money `json:"base"`
	Quote Money `json:"quote"`
}

// MarshalJSON encodes r as the two amounts that are worth the same, the
// arguments of [RateBetween]: {"base": {"amount": "15000000000",
// "currency": "USD"}, "quote": {"amount": "105500000000", "currency":
// "CNY"}}. A rate made with [NewRate] has a base amount of 1. Keeping both
// amounts keeps conversions exact: the decoded rate converts every amount
// to the same result. The unset rate is null.
func (r Rate) MarshalJSON() ([]byte, error) {
	if r.IsZero() {
		return []byte("null"), nil
	}
	return marshalJSON(rateJSON{
		Base:  Money{amount: factor(r.den), currency: r.base},
		Quote: Money{amount: factor(r.num), currency: r.quote},
	})
}

// UnmarshalJSON decodes the form [Rate.MarshalJSON] writes, checking it
// as [RateBetween] does; null gives the unset rate. On error r is left
// unchanged.
func (r *Rate) UnmarshalJSON(data []byte) error {
	return decodeWire("Rate.UnmarshalJSON", data, r, func(op string, w rateJSON) (Rate, error) {
		v, err := RateBetween(w.Base, w.Quote)
		return v, decode.Wrap(op, err)
	})
}

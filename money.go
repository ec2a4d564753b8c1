package shenyang

import (
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// Currency is an ISO 4217 currency the dataset uses. The zero value is
// unset; [CNY] and [USD] are the only currencies the report mentions.
type Currency uint8

// The currencies of the dataset.
const (
	CNY Currency = iota + 1 // Chinese yuan renminbi
	USD                     // United States dollar
)

var currencyCodes = [...]string{CNY: "CNY", USD: "USD"}

// ParseCurrency returns the currency with the ISO 4217 code s, such as
// "CNY"; "" gives the unset currency, the String form of the zero value.
// Codes are upper case; an unknown code returns an error wrapping
// [ErrUnknownCurrency].
func ParseCurrency(s string) (Currency, error) {
	// Constant cases, not currencyCodes' elements: the compiler then
	// compares lengths and words instead of calling the string comparison.
	switch s {
	case "CNY":
		return CNY, nil
	case "USD":
		return USD, nil
	case "":
		return 0, nil
	}
	return 0, unknownCurrency(s)
}

// unknownCurrency is ParseCurrency's error, out of line so that the
// function stays small enough to inline.
func unknownCurrency(s string) error {
	return valueErr("ParseCurrency", "code", strconv.Quote(s), ErrUnknownCurrency)
}

// Valid reports whether c is one of the known currencies.
func (c Currency) Valid() bool { return c > 0 && int(c) < len(currencyCodes) }

// String returns the ISO 4217 code, or "" for the zero value and an
// unknown currency.
func (c Currency) String() string {
	if !c.Valid() {
		return ""
	}
	return currencyCodes[c]
}

// Unit returns the unit of amounts in c.
func (c Currency) Unit() Unit {
	switch c {
	case CNY:
		return UnitCNY
	case USD:
		return UnitUSD
	}
	return 0
}

// Unit is the unit of a figure's value. The zero value is unset.
type Unit uint8

// The units of the dataset. Values are in base units: yuan and dollars, not
// billions; a percentage as a ratio (15 % is 0.15); a difference in
// percentage points as a ratio too (12.4 points is 0.124).
const (
	UnitCNY       Unit = iota + 1 // an amount in yuan, "CNY"
	UnitUSD                       // an amount in US dollars, "USD"
	UnitRatio                     // a dimensionless ratio, "ratio"
	UnitCount                     // a count of things, "count"
	UnitCNYPerUSD                 // an exchange rate, "CNY per USD"
	UnitUSDPerCNY                 // an exchange rate, "USD per CNY"
)

var unitNames = [...]string{
	UnitCNY: "CNY", UnitUSD: "USD", UnitRatio: "ratio", UnitCount: "count",
	UnitCNYPerUSD: "CNY per USD", UnitUSDPerCNY: "USD per CNY",
}

// ParseUnit returns the unit whose [Unit.String] form is s; "" gives the
// unset unit.
func ParseUnit(s string) (Unit, error) {
	for u, name := range unitNames {
		if name == s {
			return Unit(u), nil
		}
	}
	return 0, valueErr("ParseUnit", "unit", strconv.Quote(s), ErrSyntax)
}

// Valid reports whether u is one of the defined units.
func (u Unit) Valid() bool { return u > 0 && int(u) < len(unitNames) }

// String returns the unit as the export writes it: an ISO 4217 code,
// "ratio", "count", "CNY per USD" or "USD per CNY"; "" when unset.
func (u Unit) String() string {
	if !u.Valid() {
		return ""
	}
	return unitNames[u]
}

// Currency returns the currency of an amount unit, and false for any other
// unit.
func (u Unit) Currency() (Currency, bool) {
	switch u {
	case UnitCNY:
		return CNY, true
	case UnitUSD:
		return USD, true
	}
	return 0, false
}

// Money is an amount in a currency. It is immutable; the zero value is
// unset. Create one with [NewMoney].
type Money struct {
	amount   decimal.Decimal
	currency Currency
}

// NewMoney returns amount in currency c. It fails if c is not a known
// currency or amount is beyond the module's range (an exponent or length
// over 1000 digits).
func NewMoney(amount decimal.Decimal, c Currency) (Money, error) {
	if c.Valid() && dec.Fits(amount) {
		return Money{amount: amount, currency: c}, nil
	}
	return Money{}, newMoneyErr(amount, c)
}

// newMoneyErr returns the error of a NewMoney call whose arguments fail a
// check, the first failing one in the order below. It is out of line so
// that the checks that pass stay one condition.
func newMoneyErr(amount decimal.Decimal, c Currency) error {
	const op = "NewMoney"
	if err := checkCurrency(op, "currency", c); err != nil {
		return err
	}
	return checkDec(op, "amount", amount)
}

// Amount returns the amount in base units (yuan, dollars).
func (m Money) Amount() decimal.Decimal { return m.amount }

// Currency returns the currency, or 0 when m is unset.
func (m Money) Currency() Currency { return m.currency }

// IsZero reports whether m is the unset zero value. An amount of 0 in a
// currency is set.
func (m Money) IsZero() bool { return m.currency == 0 }

// String returns the amount in plain notation and the currency code, such
// as "105500000000 CNY"; "unset" for the zero value.
func (m Money) String() string {
	if m.IsZero() {
		return "unset"
	}
	return dec.Format(m.amount) + " " + m.currency.String()
}

// ParseMoney parses the [Money.String] form, an amount in plain notation,
// a space and a currency code, such as "105500000000 CNY"; "unset" gives
// the unset value. An amount in plain notation beyond the module's decimal
// limits is an error wrapping [ErrOutOfRange], any other text that is not
// a plain decimal one wrapping [ErrSyntax].
func ParseMoney(s string) (Money, error) {
	const op = "ParseMoney"
	if s == "unset" {
		return Money{}, nil
	}
	amount, code, ok := strings.Cut(s, " ")
	if !ok {
		return Money{}, valueErr(op, "money", quoteShort(s), ErrSyntax)
	}
	return parseMoney(op, amount, code)
}

// parseMoney reads an amount in plain notation and a currency code, as
// ParseMoney does once it has split its text, reporting errors under op.
func parseMoney(op, amount, code string) (Money, error) {
	d, err := parseDec(op, "amount", amount)
	if err != nil {
		return Money{}, err
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, reop(op, err)
	}
	m, err := NewMoney(d, c)
	if err != nil {
		return Money{}, reop(op, err)
	}
	return m, nil
}

// Add returns m+n. Both must be set and in the same currency, and the sum
// within the module's decimal range.
func (m Money) Add(n Money) (Money, error) {
	const op = "Money.Add"
	if m.currency == n.currency && !m.IsZero() { // the fast path: errors take the general one
		if d, ok := dec.AddChecked(m.amount, n.amount, false); ok {
			return Money{amount: d, currency: m.currency}, nil
		}
	}
	if err := m.sameAs(op, n); err != nil {
		return Money{}, err
	}
	return moneyResult(op, dec.Add(m.amount, n.amount), m.currency)
}

// Sub returns m-n. Both must be set and in the same currency, and the
// difference within the module's decimal range.
func (m Money) Sub(n Money) (Money, error) {
	const op = "Money.Sub"
	if m.currency == n.currency && !m.IsZero() { // the fast path: errors take the general one
		if d, ok := dec.AddChecked(m.amount, n.amount, true); ok {
			return Money{amount: d, currency: m.currency}, nil
		}
	}
	if err := m.sameAs(op, n); err != nil {
		return Money{}, err
	}
	return moneyResult(op, dec.Sub(m.amount, n.amount), m.currency)
}

func moneyResult(op string, d decimal.Decimal, c Currency) (Money, error) {
	if err := checkDec(op, "result", d); err != nil {
		return Money{}, err
	}
	return Money{amount: d, currency: c}, nil
}

func (m Money) sameAs(op string, n Money) error {
	switch {
	case m.IsZero():
		return valueErr(op, "receiver", "", ErrUnset)
	case n.IsZero():
		return valueErr(op, "argument", "", ErrUnset)
	case m.currency != n.currency:
		return &MismatchError{Op: op, Got: n.currency, Want: m.currency}
	}
	if err := checkDec(op, "receiver", m.amount); err != nil {
		return err
	}
	return checkDec(op, "argument", n.amount)
}

// checkDec wraps dec.Check's verdict in a *ValueError.
func checkDec(op, arg string, d decimal.Decimal) error {
	if !dec.Fits(d) {
		return valueErr(op, arg, dec.Describe(d), ErrOutOfRange)
	}
	return nil
}

// checkCurrency rejects the unset currency with ErrUnset and an unknown
// one with ErrUnknownCurrency.
func checkCurrency(op, arg string, c Currency) error {
	switch {
	case c == 0:
		return valueErr(op, arg, "", ErrUnset)
	case !c.Valid():
		return valueErr(op, arg, currencyText(c), ErrUnknownCurrency)
	}
	return nil
}

// Equal reports whether m and n are the same amount in the same currency
// (1.50 USD equals 1.5 USD). go-cmp uses this method to compare amounts.
func (m Money) Equal(n Money) bool {
	return m.currency == n.currency && cmpDec(m.amount, n.amount) == 0
}

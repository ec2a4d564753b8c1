package shenyang

import "strconv"

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
	return &ValueError{Op: "ParseCurrency", Arg: "code", Value: strconv.Quote(s), Err: ErrUnknownCurrency, Want: "CNY or USD"}
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

func currencyText(c Currency) string {
	if c.Valid() {
		return c.String()
	}
	return "#" + strconv.Itoa(int(c))
}

// MarshalText returns the ISO 4217 code, or "" for the unset currency; an
// unknown currency is an error wrapping [ErrUnknownCurrency].
func (c Currency) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.Valid() {
		return nil, valueErr("Currency.MarshalText", "currency", currencyText(c), ErrUnknownCurrency)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses an ISO 4217 code with [ParseCurrency]; "" gives the
// unset currency. On error c is left unchanged.
func (c *Currency) UnmarshalText(b []byte) error { return unmarshalText(b, c, ParseCurrency) }

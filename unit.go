package shenyang

import "strconv"

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
	return 0, formErr("ParseUnit", "unit", s, wantUnit)
}

// wantUnit names the units ParseUnit reads.
const wantUnit = `CNY, USD, ratio, count, "CNY per USD" or "USD per CNY"`

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

// rateUnit returns the unit of a rate in quote per base.
func rateUnit(quote, base Currency) (Unit, bool) {
	switch {
	case quote == CNY && base == USD:
		return UnitCNYPerUSD, true
	case quote == USD && base == CNY:
		return UnitUSDPerCNY, true
	}
	return 0, false
}

// rateCurrencies returns the quote and base currencies of a rate unit.
func (u Unit) rateCurrencies() (quote, base Currency, ok bool) {
	switch u {
	case UnitCNYPerUSD:
		return CNY, USD, true
	case UnitUSDPerCNY:
		return USD, CNY, true
	}
	return 0, 0, false
}

func rateUnitFor(c Currency) Unit {
	if c == USD {
		return UnitCNYPerUSD
	}
	return UnitUSDPerCNY
}

func unitText(u Unit) string {
	if s := u.String(); s != "" {
		return strconv.Quote(s)
	}
	return "unset"
}

// MarshalText returns the unit's [Unit.String] form; "" when unset. A
// value that is none of the units is an error wrapping [ErrInvalid].
func (u Unit) MarshalText() ([]byte, error) {
	if u != 0 && !u.Valid() {
		return nil, valueErr("Unit.MarshalText", "unit", strconv.Itoa(int(u)), ErrInvalid)
	}
	return []byte(u.String()), nil
}

// UnmarshalText parses a unit with [ParseUnit]; "" gives the unset unit.
// On error u is left unchanged.
func (u *Unit) UnmarshalText(b []byte) error { return unmarshalText(b, u, ParseUnit) }

package shenyang

import (
	"encoding/json"
	"strconv"

	"github.com/shenyang-data/shenyang/internal/dec"
)

// The JSON forms below write every decimal as a JSON string in plain
// notation through the module's own formatter, so that no package-level
// setting of shopspring/decimal (MarshalJSONWithoutQuotes,
// TrimTrailingZeros, UseScientificNotation) changes them.

// MarshalText returns the ISO 4217 code; an unset currency is an error.
func (c Currency) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, valueErr("Currency.MarshalText", "currency", currencyText(c), ErrUnknownCurrency)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses an ISO 4217 code with [ParseCurrency]. On error c
// is left unchanged.
func (c *Currency) UnmarshalText(b []byte) error {
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// MarshalText returns the unit's [Unit.String] form; "" when unset.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// UnmarshalText parses a unit with [ParseUnit]; "" gives the unset unit.
// On error u is left unchanged.
func (u *Unit) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*u = 0
		return nil
	}
	v, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// MarshalText returns the qualifier's [Qualifier.String] form; "" when
// unset.
func (q Qualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText parses a qualifier with [ParseQualifier]; "" gives the
// unset qualifier. On error q is left unchanged.
func (q *Qualifier) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*q = 0
		return nil
	}
	v, err := ParseQualifier(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// MarshalText returns "reported", "derived", or "" when unset.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses "reported" or "derived"; "" gives the unset status.
// On error s is left unchanged.
func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "":
		*s = 0
	case "reported":
		*s = Reported
	case "derived":
		*s = Derived
	default:
		return valueErr("Status.UnmarshalText", "status", strconv.Quote(string(b)), ErrSyntax)
	}
	return nil
}

// rangeJSON is the JSON form of a Range: bounds as decimal strings, null
// where unbounded.
type rangeJSON struct {
	Low      *string `json:"low"`
	LowOpen  bool    `json:"low_open"`
	High     *string `json:"high"`
	HighOpen bool    `json:"high_open"`
}

func boundText(b Bound) *string {
	v, ok := b.Value()
	if !ok {
		return nil
	}
	s := dec.Format(v)
	return &s
}

// MarshalJSON encodes r as {"low": "1645000000", "low_open": false,
// "high": "1655000000", "high_open": false}, with null for a missing
// bound; the unset range is null.
func (r Range) MarshalJSON() ([]byte, error) {
	if r.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(rangeJSON{
		Low: boundText(r.low), LowOpen: r.low.IsOpen(),
		High: boundText(r.high), HighOpen: r.high.IsOpen(),
	})
}

// MarshalJSON encodes m as {"amount": "105500000000", "currency": "CNY"};
// the unset value is null.
func (m Money) MarshalJSON() ([]byte, error) {
	if m.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(struct {
		Amount   string   `json:"amount"`
		Currency Currency `json:"currency"`
	}{dec.Format(m.amount), m.currency})
}

// figureJSON is the JSON form of a Figure.
type figureJSON struct {
	ID         string         `json:"id"`
	Label      string         `json:"label"`
	Period     Period         `json:"period"`
	Value      string         `json:"value"`
	Unit       Unit           `json:"unit"`
	Range      Range          `json:"range"`
	Qualifier  Qualifier      `json:"qualifier"`
	Printed    string         `json:"printed,omitempty"`
	Status     Status         `json:"status"`
	Derivation *Derivation    `json:"derivation,omitempty"`
	Citations  List[Citation] `json:"citations"`
	Note       string         `json:"note,omitempty"`
}

// MarshalJSON encodes f as an object with snake_case keys; the value and
// the range's bounds are decimal strings in plain notation.
func (f Figure) MarshalJSON() ([]byte, error) {
	w := figureJSON{
		ID: f.ID, Label: f.Label, Period: f.Period, Value: dec.Format(f.Value), Unit: f.Unit,
		Range: f.Range, Qualifier: f.Qualifier, Printed: f.Printed, Status: f.Status,
		Citations: f.Citations, Note: f.Note,
	}
	if f.Derivation.Formula != "" || f.Derivation.Inputs.Len() > 0 {
		w.Derivation = &f.Derivation
	}
	return json.Marshal(w)
}

package shenyang

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// The JSON forms below write every decimal as a JSON string in plain
// notation through the module's own formatter, and read it back with the
// module's own parser, so that no package-level setting of
// shopspring/decimal (MarshalJSONWithoutQuotes, TrimTrailingZeros,
// UseScientificNotation, MaxDecodeExponent) changes them.
//
// Every type that holds data decodes what it encodes to an equal value,
// the zero value included: the unset Range, Bound, Money and Rate encode
// as null, the unset Currency, Unit, Qualifier and Status as "". Decoding
// is all or nothing: on error the target is left unchanged, and the error
// is a *ValueError (or *MismatchError) wrapping a sentinel, [ErrSyntax]
// for JSON of the wrong shape.

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
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
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
// unset. A value that is none of the qualifiers is an error wrapping
// [ErrInvalid].
func (q Qualifier) MarshalText() ([]byte, error) {
	if q != 0 && q.String() == "" {
		return nil, valueErr("Qualifier.MarshalText", "qualifier", strconv.Itoa(int(q)), ErrInvalid)
	}
	return []byte(q.String()), nil
}

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

// MarshalText returns "reported", "derived", or "" when unset. A value
// that is neither is an error wrapping [ErrInvalid].
func (s Status) MarshalText() ([]byte, error) {
	if s != 0 && s.String() == "" {
		return nil, valueErr("Status.MarshalText", "status", strconv.Itoa(int(s)), ErrInvalid)
	}
	return []byte(s.String()), nil
}

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

// isNull reports whether b is the JSON literal null.
func isNull(b []byte) bool { return bytes.Equal(bytes.TrimSpace(b), []byte("null")) }

// quoteShort quotes s for an error message, cut to 40 bytes.
func quoteShort(s string) string {
	const limit = 40
	if len(s) > limit {
		return strconv.Quote(s[:limit]) + "..."
	}
	return strconv.Quote(s)
}

// decodeJSON decodes b into v, a fresh value the caller copies into its
// target only on success. Errors of the module's own decoders pass
// through; encoding/json's become a *ValueError wrapping [ErrSyntax] that
// names the field of the wrong type, or quotes the input.
func decodeJSON(op string, b []byte, v any) error {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	var ve *ValueError
	var me *MismatchError
	if errors.As(err, &ve) || errors.As(err, &me) {
		return err
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return valueErr(op, te.Field, "of JSON type "+te.Value, ErrSyntax)
	}
	return valueErr(op, "json", quoteShort(string(b)), ErrSyntax)
}

// marshalJSON is json.Marshal that returns the module's own errors
// unwrapped from encoding/json's *json.MarshalerError, so that a nested
// value's error reads as it does when the value is encoded alone.
func marshalJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		var ve *ValueError
		if errors.As(err, &ve) {
			return nil, ve
		}
		return nil, err
	}
	return b, nil
}

// reop returns err with the operation of its *ValueError replaced by op,
// so that a decoder reports itself rather than the constructor it calls.
func reop(op string, err error) error {
	if err == nil {
		return nil // before errors.As, whose targets would escape and allocate
	}
	var ve *ValueError
	if errors.As(err, &ve) {
		return &ValueError{Op: op, Arg: ve.Arg, Value: ve.Value, Err: ve.Err}
	}
	var me *MismatchError
	if errors.As(err, &me) {
		return &MismatchError{Op: op, Got: me.Got, Want: me.Want}
	}
	return err
}

// decText formats d for an encoding, refusing a decimal beyond the
// module's range, which decoding would not accept.
func decText(op, arg string, d decimal.Decimal) (string, error) {
	if err := checkDec(op, arg, d); err != nil {
		return "", err
	}
	return dec.Format(d), nil
}

// parseDec parses a plain decimal for a decoder or a text form. A plain
// decimal beyond the module's limits, such as "0." followed by 1000 zeros
// and a 1, is an error wrapping [ErrOutOfRange]; any other text that
// [dec.Parse] refuses is one wrapping [ErrSyntax].
func parseDec(op, arg, s string) (decimal.Decimal, error) {
	d, err := dec.Parse(s)
	if err != nil {
		return decimal.Decimal{}, decErr(op, arg, s)
	}
	return d, nil
}

// decErr is the error for text s that dec.Parse refuses.
func decErr(op, arg, s string) error {
	if plainDecimal(s) {
		return valueErr(op, arg, quoteShort(s), ErrOutOfRange)
	}
	return valueErr(op, arg, quoteShort(s), ErrSyntax)
}

// plainDecimal reports whether s is a plain decimal in the syntax
// [dec.Parse] reads, an optional minus sign, digits, and optionally a point
// followed by digits, of any length: dec.Parse refuses such a text only
// when the decimal lies beyond the module's limits.
func plainDecimal(s string) bool {
	intPart, frac, hasPoint := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if intPart == "" || hasPoint && frac == "" {
		return false
	}
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return false
			}
		}
	}
	return true
}

// boundJSON is the JSON form of a Bound.
type boundJSON struct {
	Kind  string  `json:"kind"`
	Value *string `json:"value,omitempty"`
}

// MarshalJSON encodes b as {"kind": "closed", "value": "1645000000"}, with
// kind "open" for an open bound and {"kind": "unbounded"} for a missing
// one; the unset bound is null.
func (b Bound) MarshalJSON() ([]byte, error) {
	const op = "Bound.MarshalJSON"
	w := boundJSON{}
	switch b.kind {
	case boundUnset:
		return []byte("null"), nil
	case boundUnbounded:
		w.Kind = "unbounded"
	case boundOpen, boundClosed:
		w.Kind = "closed"
		if b.kind == boundOpen {
			w.Kind = "open"
		}
		s, err := decText(op, "value", b.value)
		if err != nil {
			return nil, err
		}
		w.Value = &s
	}
	return marshalJSON(w)
}

// UnmarshalJSON decodes the form [Bound.MarshalJSON] writes; null gives
// the unset bound. On error b is left unchanged.
func (b *Bound) UnmarshalJSON(data []byte) error {
	const op = "Bound.UnmarshalJSON"
	if isNull(data) {
		*b = Bound{}
		return nil
	}
	var w boundJSON
	if err := decodeJSON(op, data, &w); err != nil {
		return err
	}
	var v Bound
	switch w.Kind {
	case "unbounded":
		if w.Value != nil {
			return valueErr(op, "value", quoteShort(*w.Value)+" of an unbounded bound", ErrSyntax)
		}
		v = Unbounded()
	case "closed", "open":
		if w.Value == nil {
			return valueErr(op, "value", "", ErrUnset)
		}
		d, err := parseDec(op, "value", *w.Value)
		if err != nil {
			return err
		}
		v = Closed(d)
		if w.Kind == "open" {
			v = Open(d)
		}
	default:
		return valueErr(op, "kind", quoteShort(w.Kind), ErrSyntax)
	}
	*b = v
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

// MarshalJSON encodes r as {"low": "1645000000", "low_open": false,
// "high": "1655000000", "high_open": false}, with null for a missing
// bound; the unset range is null.
func (r Range) MarshalJSON() ([]byte, error) {
	const op = "Range.MarshalJSON"
	if r.IsZero() {
		return []byte("null"), nil
	}
	w := rangeJSON{LowOpen: r.low.IsOpen(), HighOpen: r.high.IsOpen()}
	for _, e := range [2]struct {
		arg string
		b   Bound
		dst **string
	}{{"low", r.low, &w.Low}, {"high", r.high, &w.High}} {
		if v, ok := e.b.Value(); ok {
			s, err := decText(op, e.arg, v)
			if err != nil {
				return nil, err
			}
			*e.dst = &s
		}
	}
	return marshalJSON(w)
}

// UnmarshalJSON decodes the form [Range.MarshalJSON] writes; null gives
// the unset range. Bounds that admit no value, a range unbounded on both
// sides, an open flag on a missing bound and bad decimals are errors; on
// error r is left unchanged.
func (r *Range) UnmarshalJSON(data []byte) error {
	const op = "Range.UnmarshalJSON"
	if isNull(data) {
		*r = Range{}
		return nil
	}
	var w rangeJSON
	if err := decodeJSON(op, data, &w); err != nil {
		return err
	}
	low, err := jsonBound(op, "low", w.Low, w.LowOpen)
	if err != nil {
		return err
	}
	high, err := jsonBound(op, "high", w.High, w.HighOpen)
	if err != nil {
		return err
	}
	v, err := NewRange(low, high)
	if err != nil {
		return reop(op, err)
	}
	*r = v
	return nil
}

// jsonBound turns one side of a rangeJSON into a Bound.
func jsonBound(op, arg string, s *string, open bool) (Bound, error) {
	if s == nil {
		if open {
			return Bound{}, valueErr(op, arg+"_open", "true without a "+arg+" bound", ErrSyntax)
		}
		return Unbounded(), nil
	}
	d, err := parseDec(op, arg, *s)
	if err != nil {
		return Bound{}, err
	}
	if open {
		return Open(d), nil
	}
	return Closed(d), nil
}

// moneyJSON is the JSON form of a Money.
type moneyJSON struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// MarshalJSON encodes m as {"amount": "105500000000", "currency": "CNY"};
// the unset value is null.
func (m Money) MarshalJSON() ([]byte, error) {
	const op = "Money.MarshalJSON"
	if m.IsZero() {
		return []byte("null"), nil
	}
	if err := checkCurrency(op, "currency", m.currency); err != nil {
		return nil, err
	}
	s, err := decText(op, "amount", m.amount)
	if err != nil {
		return nil, err
	}
	code := m.currency.String()
	return marshalJSON(moneyJSON{Amount: &s, Currency: &code})
}

// UnmarshalJSON decodes the form [Money.MarshalJSON] writes; null gives
// the unset value. A missing amount or currency, an unknown currency and
// a bad decimal are errors; on error m is left unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	const op = "Money.UnmarshalJSON"
	if isNull(data) {
		*m = Money{}
		return nil
	}
	var w moneyJSON
	if err := decodeJSON(op, data, &w); err != nil {
		return err
	}
	if w.Amount == nil {
		return valueErr(op, "amount", "", ErrUnset)
	}
	if w.Currency == nil || *w.Currency == "" {
		return valueErr(op, "currency", "", ErrUnset)
	}
	amount, err := parseDec(op, "amount", *w.Amount)
	if err != nil {
		return err
	}
	c, err := ParseCurrency(*w.Currency)
	if err != nil {
		return reop(op, err)
	}
	v, err := NewMoney(amount, c)
	if err != nil {
		return reop(op, err)
	}
	*m = v
	return nil
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
	const op = "Rate.UnmarshalJSON"
	if isNull(data) {
		*r = Rate{}
		return nil
	}
	var w rateJSON
	if err := decodeJSON(op, data, &w); err != nil {
		return err
	}
	v, err := RateBetween(w.Base, w.Quote)
	if err != nil {
		return reop(op, err)
	}
	*r = v
	return nil
}

// UnmarshalJSON decodes {"iso": "2019", "inferred_from": "..."}; null
// gives the zero Period. A non-empty iso must be one of the ISO 8601 forms
// of [Period] alone, with no basis in parentheses ([ErrSyntax]), and an
// inferred_from needs an iso ([ErrUnset]). On error p is left unchanged.
func (p *Period) UnmarshalJSON(b []byte) error {
	const op = "Period.UnmarshalJSON"
	type plain Period
	var v plain
	if err := decodeJSON(op, b, &v); err != nil {
		return err
	}
	switch {
	case v.ISO != "" && !validISO(v.ISO):
		return valueErr(op, "period", quoteShort(v.ISO), ErrSyntax)
	case v.ISO == "" && v.InferredFrom != "":
		return valueErr(op, "iso", "of a period inferred from "+quoteShort(v.InferredFrom), ErrUnset)
	}
	*p = Period(v)
	return nil
}

// UnmarshalJSON decodes the derivation's fields; null gives the zero
// Derivation. On error d is left unchanged.
func (d *Derivation) UnmarshalJSON(b []byte) error {
	type plain Derivation
	var v plain
	if err := decodeJSON("Derivation.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*d = Derivation(v)
	return nil
}

// UnmarshalJSON decodes the source's fields; null gives the zero Source.
// On error s is left unchanged.
func (s *Source) UnmarshalJSON(b []byte) error {
	type plain Source
	var v plain
	if err := decodeJSON("Source.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*s = Source(v)
	return nil
}

// UnmarshalJSON decodes the citation's fields; null gives the zero
// Citation. On error c is left unchanged.
func (c *Citation) UnmarshalJSON(b []byte) error {
	type plain Citation
	var v plain
	if err := decodeJSON("Citation.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*c = Citation(v)
	return nil
}

// UnmarshalJSON decodes the claim's fields; null gives the zero Claim. On
// error c is left unchanged.
func (c *Claim) UnmarshalJSON(b []byte) error {
	type plain Claim
	var v plain
	if err := decodeJSON("Claim.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*c = Claim(v)
	return nil
}

// UnmarshalJSON decodes the person's fields; null gives the zero Person.
// On error p is left unchanged.
func (p *Person) UnmarshalJSON(b []byte) error {
	type plain Person
	var v plain
	if err := decodeJSON("Person.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*p = Person(v)
	return nil
}

// UnmarshalJSON decodes the statement's fields; null gives the zero
// Statement. On error s is left unchanged.
func (s *Statement) UnmarshalJSON(b []byte) error {
	type plain Statement
	var v plain
	if err := decodeJSON("Statement.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*s = Statement(v)
	return nil
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
// the range's bounds are decimal strings in plain notation. A value beyond
// the module's decimal range, or a unit, qualifier or status that is none
// of the constants, is an error.
func (f Figure) MarshalJSON() ([]byte, error) {
	v, err := decText("Figure.MarshalJSON", "value", f.Value)
	if err != nil {
		return nil, err
	}
	w := figureJSON{
		ID: f.ID, Label: f.Label, Period: f.Period, Value: v, Unit: f.Unit,
		Range: f.Range, Qualifier: f.Qualifier, Printed: f.Printed, Status: f.Status,
		Citations: f.Citations, Note: f.Note,
	}
	if f.Derivation.Formula != "" || f.Derivation.Inputs.Len() > 0 {
		w.Derivation = &f.Derivation
	}
	return marshalJSON(w)
}

// UnmarshalJSON decodes the form [Figure.MarshalJSON] writes, checking the
// value, the range, the period and the enumerations as their own decoders
// do, and that the figure is consistent:
//   - a reported figure qualified [MoreThan] or [Surpassed] has its value
//     as its range's open lower bound, one qualified [AtLeast] as the closed
//     one; any other figure with a range has its value in it
//     ([ErrInconsistent]);
//   - a reported count is a whole number ([ErrInconsistent]) and an
//     exchange rate positive ([ErrNotPositive]);
//   - a derived figure has a formula and inputs, a reported one a citation
//     ([ErrUnset]).
//
// What is unset (a range, a unit, a status) is not checked, so the zero
// Figure and null decode. Every error names the operation
// "Figure.UnmarshalJSON", the errors of the fields' decoders too. On error
// f is left unchanged.
func (f *Figure) UnmarshalJSON(b []byte) error {
	const op = "Figure.UnmarshalJSON"
	if isNull(b) {
		*f = Figure{}
		return nil
	}
	var w figureJSON
	if err := decodeJSON(op, b, &w); err != nil {
		return reop(op, err)
	}
	v, err := parseDec(op, "value", w.Value)
	if err != nil {
		return err
	}
	g := Figure{
		ID: w.ID, Label: w.Label, Period: w.Period, Value: v, Unit: w.Unit,
		Range: w.Range, Qualifier: w.Qualifier, Printed: w.Printed, Status: w.Status,
		Citations: w.Citations, Note: w.Note,
	}
	if w.Derivation != nil {
		g.Derivation = *w.Derivation
	}
	if err := checkFigure(op, g); err != nil {
		return err
	}
	*f = g
	return nil
}

// checkFigure returns the first inconsistency of a decoded figure, in the
// order of [Figure.UnmarshalJSON]'s list, or nil.
func checkFigure(op string, g Figure) error {
	if !g.Range.IsZero() {
		if g.Status == Reported && (g.Qualifier.LowerBound() || g.Qualifier == AtLeast) {
			// The printed value is the bound, open or closed as the
			// qualifier says.
			open := g.Qualifier != AtLeast
			low, ok := g.Range.Low().Value()
			if !ok || cmpDec(low, g.Value) != 0 || g.Range.Low().IsOpen() != open {
				kind := "open"
				if !open {
					kind = "closed"
				}
				return valueErr(op, "value", dec.Format(g.Value)+" qualified "+g.Qualifier.String()+
					", not the "+kind+" lower bound of range "+g.Range.String(), ErrInconsistent)
			}
		} else if !g.Range.Contains(g.Value) {
			return valueErr(op, "value", dec.Format(g.Value)+" outside range "+g.Range.String(), ErrInconsistent)
		}
	}
	switch g.Unit {
	case UnitCount:
		// A count is whole, printed or derived (a derived count is
		// rounded to a whole number, as Reconcile's midpoint is).
		if g.Value.Exponent() < 0 && dec.Trim(g.Value).Exponent() < 0 {
			return valueErr(op, "value", dec.Format(g.Value)+" of unit count, not a whole number", ErrInconsistent)
		}
	case UnitCNYPerUSD, UnitUSDPerCNY:
		if g.Value.Sign() <= 0 {
			return valueErr(op, "value", dec.Format(g.Value)+" of unit "+g.Unit.String(), ErrNotPositive)
		}
	}
	switch g.Status {
	case Derived:
		if g.Derivation.Formula == "" {
			return valueErr(op, "derivation formula", "of a derived figure", ErrUnset)
		}
		if g.Derivation.Inputs.Len() == 0 {
			return valueErr(op, "derivation inputs", "of a derived figure", ErrUnset)
		}
	case Reported:
		if g.Citations.Len() == 0 {
			return valueErr(op, "citations", "of a reported figure", ErrUnset)
		}
	}
	return nil
}

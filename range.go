package shenyang

import (
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shopspring/decimal"
)

type boundKind uint8

const (
	boundUnset boundKind = iota
	boundClosed
	boundOpen
	boundUnbounded
)

// Bound is one end of a [Range]: a closed end that includes its value, an
// open end that excludes it, or no end at all. The zero value is unset.
type Bound struct {
	value decimal.Decimal
	kind  boundKind
}

// Closed returns a bound that includes v.
func Closed(v decimal.Decimal) Bound { return Bound{value: v, kind: boundClosed} }

// Open returns a bound that excludes v, as "more than 100" excludes 100.
func Open(v decimal.Decimal) Bound { return Bound{value: v, kind: boundOpen} }

// Unbounded returns the missing end of a one-sided range.
func Unbounded() Bound { return Bound{kind: boundUnbounded} }

// Value returns the bound's value, and false when the bound is unbounded or
// unset.
func (b Bound) Value() (decimal.Decimal, bool) {
	return b.value, b.kind == boundClosed || b.kind == boundOpen
}

// IsOpen reports whether the bound excludes its value.
func (b Bound) IsOpen() bool { return b.kind == boundOpen }

// IsUnbounded reports whether there is no bound on this side.
func (b Bound) IsUnbounded() bool { return b.kind == boundUnbounded }

// IsZero reports whether b is the unset zero value.
func (b Bound) IsZero() bool { return b.kind == boundUnset }

// Range is the set of values a figure can stand for: "1.65 billion" as
// printed stands for [1.645, 1.655] billion, "more than 100" for
// (100, +inf). A bound is closed, open or missing; a range missing both is
// never produced. Range is immutable; the zero value is unset.
//
// Range is data: it has no arithmetic of its own. To compute with ranges,
// make each one a reported [Figure] and call the Figure functions, which
// compute exactly and round once (see the package example "OwnFigures").
type Range struct {
	low, high Bound
}

// NewRange returns the range between low and high. Both bounds must be set,
// a missing low bound must be [Unbounded], and the range must hold at least
// one value and not be unbounded on both sides.
func NewRange(low, high Bound) (Range, error) {
	if rangeOK(low, high) {
		return Range{low: low, high: high}, nil
	}
	return Range{}, newRangeErr(low, high)
}

// rangeOK reports whether NewRange accepts low and high, without building
// an error: a range of two bounded ends checks both values and compares
// them once.
func rangeOK(low, high Bound) bool {
	switch {
	case low.kind == boundUnset || high.kind == boundUnset:
		return false
	case low.kind == boundUnbounded:
		return high.kind != boundUnbounded && dec.Fits(high.value)
	case high.kind == boundUnbounded:
		return dec.Fits(low.value)
	}
	if !dec.Fits(low.value) || !dec.Fits(high.value) {
		return false
	}
	c := dec.Cmp(low.value, high.value)
	return c < 0 || c == 0 && low.kind == boundClosed && high.kind == boundClosed
}

// newRangeErr returns the error of a NewRange call that rangeOK rejects,
// the first failing check in the order below.
func newRangeErr(low, high Bound) error {
	const op = "NewRange"
	if err := unsetErr(op, "low", low.IsZero(), "high", high.IsZero()); err != nil {
		return err
	}
	if low.IsUnbounded() && high.IsUnbounded() {
		return valueErr(op, "bounds", "", ErrUnbounded)
	}
	lv, lok := low.Value()
	hv, hok := high.Value()
	if lok {
		if err := checkDec(op, "bound", lv); err != nil {
			return err
		}
	}
	if hok {
		if err := checkDec(op, "bound", hv); err != nil {
			return err
		}
	}
	return valueErr(op, "bounds", formatRange(low, high), ErrEmptyRange)
}

// Exactly returns the range holding v alone, [v, v]. It does not check v:
// the operations on ranges reject a decimal beyond the module's range.
func Exactly(v decimal.Decimal) Range {
	return Range{low: Closed(v), high: Closed(v)}
}

// Low returns the lower bound.
func (r Range) Low() Bound { return r.low }

// High returns the upper bound.
func (r Range) High() Bound { return r.high }

// IsZero reports whether r is the unset zero value.
func (r Range) IsZero() bool { return r.low.IsZero() }

// Contains reports whether v lies in r. An unset range contains nothing.
func (r Range) Contains(v decimal.Decimal) bool {
	if r.IsZero() {
		return false
	}
	if lv, ok := r.low.Value(); ok {
		c := dec.Cmp(v, lv)
		if c < 0 || (c == 0 && r.low.IsOpen()) {
			return false
		}
	}
	if hv, ok := r.high.Value(); ok {
		c := dec.Cmp(v, hv)
		if c > 0 || (c == 0 && r.high.IsOpen()) {
			return false
		}
	}
	return true
}

// String returns the range in interval notation with plain decimals, such
// as "[1645000000, 1655000000]" or "(100, +inf)"; "unset" for the zero
// value. [ParseRange] reads it back.
func (r Range) String() string {
	if r.IsZero() {
		return "unset"
	}
	return formatRange(r.low, r.high)
}

// ParseRange parses the [Range.String] form: "[" or "(" for a closed or
// open lower bound, the bound in plain notation or "-inf", a comma and a
// space, the upper bound or "+inf", and "]" or ")"; an infinite end takes
// a parenthesis. "unset" gives the unset range. The bounds are checked as
// [NewRange] checks them: a bound in plain notation beyond the module's
// decimal limits, such as "0." followed by 1000 zeros and a 1, is an error
// wrapping [ErrOutOfRange], any other text one wrapping [ErrSyntax].
func ParseRange(s string) (Range, error) {
	const op = "ParseRange"
	if s == "unset" {
		return Range{}, nil
	}
	bad := func() (Range, error) {
		return Range{}, formErr(op, "range", s, `"[low, high]", with "(" or ")" for an open end and -inf or +inf for none, or "unset"`)
	}
	if len(s) < 2 {
		return bad()
	}
	lowText, highText, ok := strings.Cut(s[1:len(s)-1], ", ")
	if !ok {
		return bad()
	}
	var beyond string // a bound in plain notation beyond the decimal limits
	end := func(text string, open bool, inf string) (Bound, bool) {
		if text == inf {
			return Unbounded(), open
		}
		d, err := dec.Parse(text)
		if err != nil {
			if plainDecimal(text) && beyond == "" {
				beyond = text
				return Closed(decimal.Decimal{}), true // reported below, once the syntax is known good
			}
			return Bound{}, false
		}
		if open {
			return Open(d), true
		}
		return Closed(d), true
	}
	var low, high Bound
	switch s[0] {
	case '[', '(':
		low, ok = end(lowText, s[0] == '(', "-inf")
	default:
		ok = false
	}
	if !ok {
		return bad()
	}
	switch s[len(s)-1] {
	case ']', ')':
		high, ok = end(highText, s[len(s)-1] == ')', "+inf")
	default:
		ok = false
	}
	if !ok {
		return bad()
	}
	if beyond != "" {
		return Range{}, valueErr(op, "bound", decode.Quote(beyond), ErrOutOfRange)
	}
	r, err := NewRange(low, high)
	if err != nil {
		return Range{}, decode.Wrap(op, err)
	}
	return r, nil
}

func formatRange(low, high Bound) string {
	s := "["
	if low.IsOpen() || low.IsUnbounded() {
		s = "("
	}
	if v, ok := low.Value(); ok {
		s += dec.Format(v)
	} else {
		s += "-inf"
	}
	s += ", "
	if v, ok := high.Value(); ok {
		s += dec.Format(v)
	} else {
		s += "+inf"
	}
	if high.IsOpen() || high.IsUnbounded() {
		return s + ")"
	}
	return s + "]"
}

// Intersect returns the values that lie in both r and s. Ranges that share
// no value return an error wrapping [ErrEmptyRange].
func (r Range) Intersect(s Range) (Range, error) {
	const op = "Range.Intersect"
	if err := unsetErr(op, "receiver", r.IsZero(), "argument", s.IsZero()); err != nil {
		return Range{}, err
	}
	if err := r.check(op, "receiver"); err != nil {
		return Range{}, err
	}
	if err := s.check(op, "argument"); err != nil {
		return Range{}, err
	}
	lo := r.low
	if cmpBound(s.low, lo, -1) > 0 {
		lo = s.low
	}
	hi := r.high
	if cmpBound(s.high, hi, 1) < 0 {
		hi = s.high
	}
	if !rangeOK(lo, hi) {
		return Range{}, valueErr(op, "ranges", r.String()+" and "+s.String(), ErrEmptyRange)
	}
	return Range{low: lo, high: hi}, nil
}

// check rejects a range with a bound beyond the module's decimal limits,
// which [Exactly] does not check.
func (r Range) check(op, arg string) error {
	for _, b := range [2]Bound{r.low, r.high} {
		if v, ok := b.Value(); ok {
			if err := checkDec(op, arg, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// cmpBound orders two bounds on the same side of ranges (side -1 for low
// ends, +1 for high ends) by how far in they reach: an unbounded end is
// furthest out, and at one value an open end lies further in than a
// closed one.
func cmpBound(a, b Bound, side int) int {
	switch {
	case a.IsUnbounded() && b.IsUnbounded():
		return 0
	case a.IsUnbounded():
		return side
	case b.IsUnbounded():
		return -side
	}
	if c := dec.Cmp(a.value, b.value); c != 0 {
		return c
	}
	switch {
	case a.IsOpen() == b.IsOpen():
		return 0
	case a.IsOpen():
		return -side
	}
	return side
}

// Equal reports whether b and c are the same bound: the same kind and, when
// bounded, equal values (1.50 equals 1.5).
func (b Bound) Equal(c Bound) bool {
	if b.kind != c.kind {
		return false
	}
	if b.kind == boundClosed || b.kind == boundOpen {
		return dec.Cmp(b.value, c.value) == 0 // decimal's Equal allocates to align exponents
	}
	return true
}

// Equal reports whether r and s hold the same values with the same bounds.
// go-cmp uses this method to compare ranges.
func (r Range) Equal(s Range) bool { return r.low.Equal(s.low) && r.high.Equal(s.high) }

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
	return decodeWire("Range.UnmarshalJSON", data, r, rangeOf)
}

// rangeOf turns a decoded rangeJSON into a Range, checking it as
// [NewRange] does.
func rangeOf(op string, w rangeJSON) (Range, error) {
	low, err := jsonBound(op, "low", w.Low, w.LowOpen)
	if err != nil {
		return Range{}, err
	}
	high, err := jsonBound(op, "high", w.High, w.HighOpen)
	if err != nil {
		return Range{}, err
	}
	v, err := NewRange(low, high)
	return v, decode.Wrap(op, err)
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

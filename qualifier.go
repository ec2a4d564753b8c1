package shenyang

import (
	"strconv"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// Qualifier is the word with which the source hedges a figure, which decides
// the [Range] the figure stands for. The zero value is unset.
type Qualifier uint8

// The qualifiers of the dataset.
const (
	// AsPrinted is a figure printed with no qualifier. It stands for every
	// value that rounds to it at its last printed digit: "1.65 billion" for
	// [1.645, 1.655] billion, "15 percent" for [14.5, 15.5] percent. A
	// derived figure with a two-sided range is [Computed] instead.
	AsPrinted Qualifier = iota + 1
	// Some is an approximate figure, "some 170". It stands for every value
	// that rounds to it at its last non-zero digit: [165, 175].
	Some
	// MoreThan is an exclusive lower bound, "more than 100": (100, +inf).
	// A derived figure with only an open lower bound has this qualifier
	// too.
	MoreThan
	// Surpassed is an exclusive lower bound, "has surpassed 52 billion":
	// (52, +inf) billion.
	Surpassed
	// AtLeast is an inclusive lower bound: [v, +inf). The report prints no
	// such figure; a derived figure whose range has only a closed lower
	// bound has this qualifier.
	AtLeast
	// Computed marks a derived figure whose range is bounded on both
	// sides: nothing printed it, the module computed it. Its range is the
	// one its formula gives.
	Computed
	// LessThan is an exclusive upper bound: (-inf, v). The report prints
	// no such figure; a derived figure whose range has only an open upper
	// bound has this qualifier, and its value may be that bound: 188 minus
	// more than 170 is less than 18, value 18.
	LessThan
	// AtMost is an inclusive upper bound: (-inf, v]. The report prints no
	// such figure; a derived figure whose range has only a closed upper
	// bound has this qualifier.
	AtMost
)

var qualifierNames = [...]string{AsPrinted: "as printed", Some: "some", MoreThan: "more than", Surpassed: "surpassed", AtLeast: "at least", Computed: "computed", LessThan: "less than", AtMost: "at most"}

// String returns the qualifier as the export writes it: "as printed",
// "some", "more than", "surpassed", "at least", "computed", "less than" or
// "at most"; "" when unset.
func (q Qualifier) String() string {
	if q == 0 || int(q) >= len(qualifierNames) {
		return ""
	}
	return qualifierNames[q]
}

// ParseQualifier returns the qualifier whose [Qualifier.String] form is s;
// "" gives the unset qualifier.
func ParseQualifier(s string) (Qualifier, error) {
	for q, name := range qualifierNames {
		if name == s {
			return Qualifier(q), nil
		}
	}
	return 0, formErr("ParseQualifier", "qualifier", s, wantQualifier)
}

// wantQualifier names the qualifiers ParseQualifier reads.
const wantQualifier = `"as printed", "some", "more than", "surpassed", "computed", "at least", "less than" or "at most"`

// LowerBound reports whether the qualifier makes the printed value an
// exclusive lower bound.
func (q Qualifier) LowerBound() bool { return q == MoreThan || q == Surpassed }

// bound tells where a qualifier puts the value it qualifies on its range:
// at the low end (+1: more than, surpassed, at least) or the high end (-1:
// less than, at most), open or closed; 0 for a value inside its range.
func (q Qualifier) bound() (side int, open bool) {
	switch q {
	case MoreThan, Surpassed:
		return 1, true
	case AtLeast:
		return 1, false
	case LessThan:
		return -1, true
	case AtMost:
		return -1, false
	}
	return 0, false
}

// RangeOf returns the range that value stands for when printed with
// qualifier q. The exponent of value carries the printed precision, so 1.65
// billion is decimal.New(165, 7) and stands for [1645000000, 1655000000],
// while decimal.New(1650000000, 0) would stand for [1649999999.5,
// 1650000000.5]. A bound that needs an exponent below -1000 or more than
// 1000 digits (1e-1000 as printed stands for [95e-1001, 105e-1001]) is an
// error wrapping [ErrOutOfRange].
func RangeOf(value decimal.Decimal, q Qualifier) (Range, error) {
	const op = "RangeOf"
	if err := checkDec(op, "value", value); err != nil {
		return Range{}, err
	}
	switch q {
	case AsPrinted, Some:
		e := value.Exponent()
		if q == Some {
			e = dec.Trim(value).Exponent()
		}
		// value keeps its own exponent, so that the bounds do not need a
		// larger one than value and half do: some 1e1002 written as
		// 100e1000 stands for [950e1000, 1050e1000].
		half := decimal.New(5, e-1)
		low, high := value.Sub(half), value.Add(half)
		for _, b := range [2]decimal.Decimal{low, high} {
			if err := checkDec(op, "result", b); err != nil {
				return Range{}, err
			}
		}
		return Range{low: Closed(low), high: Closed(high)}, nil
	case MoreThan, Surpassed:
		return Range{low: Open(value), high: Unbounded()}, nil
	case AtLeast:
		return Range{low: Closed(value), high: Unbounded()}, nil
	case LessThan:
		return Range{low: Unbounded(), high: Open(value)}, nil
	case AtMost:
		return Range{low: Unbounded(), high: Closed(value)}, nil
	}
	if q == 0 {
		return Range{}, valueErr(op, "qualifier", "", ErrUnset)
	}
	return Range{}, valueErr(op, "qualifier", strconv.Itoa(int(q)), ErrInvalid)
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
func (q *Qualifier) UnmarshalText(b []byte) error { return unmarshalText(b, q, ParseQualifier) }

// CountRangeOf returns the range a printed count n stands for with
// qualifier q. Counts are whole numbers: a count printed with no hedge is
// exact (188 stands for [188, 188]); "some 170" stands for [165, 175], as
// [RangeOf] gives it; "more than 100" for (100, +inf), "at least 100" for
// [100, +inf). n must be a whole number.
func CountRangeOf(n decimal.Decimal, q Qualifier) (Range, error) {
	const op = "CountRangeOf"
	if err := checkDec(op, "count", n); err != nil {
		return Range{}, err
	}
	if !n.IsInteger() {
		return Range{}, valueErr(op, "count", dec.Format(n), ErrInvalid)
	}
	if q == AsPrinted {
		return Exactly(n), nil
	}
	r, err := RangeOf(n, q)
	if err != nil {
		return Range{}, valueErr(op, "qualifier", q.String(), sentinel(err))
	}
	if q == Some {
		return wholeRange(op, r) // some 17 stands for [16.5, 17.5], so for 17 alone
	}
	return r, nil
}

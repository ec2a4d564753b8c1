package shenyang

import (
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/exact"
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
	// Computed marks a derived figure whose range is not bounded below
	// only: nothing printed it, the module computed it. Its range is the
	// one its formula gives.
	Computed
)

var qualifierNames = [...]string{AsPrinted: "as printed", Some: "some", MoreThan: "more than", Surpassed: "surpassed", AtLeast: "at least", Computed: "computed"}

// String returns the qualifier as the export writes it: "as printed",
// "some", "more than", "surpassed", "at least" or "computed"; "" when
// unset.
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
	return 0, valueErr("ParseQualifier", "qualifier", strconv.Quote(s), ErrSyntax)
}

// LowerBound reports whether the qualifier makes the printed value an
// exclusive lower bound.
func (q Qualifier) LowerBound() bool { return q == MoreThan || q == Surpassed }

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
		low, high := dec.Sub(value, half), dec.Add(value, half)
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
	}
	if q == 0 {
		return Range{}, valueErr(op, "qualifier", "", ErrUnset)
	}
	return Range{}, valueErr(op, "qualifier", strconv.Itoa(int(q)), ErrInvalid)
}

// Status tells whether a figure is printed in a source or computed by this
// module from other figures. The zero value is unset.
type Status uint8

// The statuses of a figure.
const (
	Reported Status = iota + 1 // printed in a source
	Derived                    // computed from other figures
)

// String returns "reported" or "derived"; "" when unset.
func (s Status) String() string {
	switch s {
	case Reported:
		return "reported"
	case Derived:
		return "derived"
	}
	return ""
}

// Period is the time a figure or fact refers to, in ISO 8601: a year
// ("2019"), a month ("2020-01"), a day ("2020-04-09") or an interval of
// those ("2009/2020", "2019-05/2019"). The zero value is unset. A period
// inferred from something must have an ISO date: [ParsePeriod] and
// [Period.UnmarshalJSON] reject an InferredFrom without one, and the text
// form of such a Period does not parse.
type Period struct {
	// ISO is the period in ISO 8601.
	ISO string `json:"iso"`
	// InferredFrom is empty when the source prints the period; otherwise it
	// says from what the period was inferred, such as "last year" in a
	// report of April 2020.
	InferredFrom string `json:"inferred_from,omitempty"`
}

// ParsePeriod reads the [Period.String] form: a period in one of the ISO
// 8601 forms of [Period], marked as printed, or one followed by
// " (inferred from ...)", marked as inferred from the text in the
// parentheses; "" gives the zero Period. A date must exist (2019-02-29
// does not), and an interval must not end before it starts, its ends
// compared at the coarser of their precisions: 2019-05/2019 is May to
// December 2019.
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	iso, basis, inferred := strings.Cut(s, inferredOpen)
	if !validISO(iso) || inferred && (!strings.HasSuffix(basis, ")") || len(basis) == 1) {
		return Period{}, valueErr("ParsePeriod", "period", strconv.Quote(s), ErrSyntax)
	}
	return Period{ISO: iso, InferredFrom: strings.TrimSuffix(basis, ")")}, nil
}

// validISO reports whether s is one of the ISO 8601 forms of [Period]:
// a date, or two dates separated by a slash of which the second does not
// end before the first starts.
func validISO(s string) bool {
	start, end, span := strings.Cut(s, "/")
	a, ok := parseDate(start)
	if !ok {
		return false
	}
	if !span {
		return true
	}
	b, ok := parseDate(end)
	return ok && !a.after(b)
}

// date is a calendar date of a [Period] at the precision it is written
// with: year, month and day, of which the first parts are given.
type date struct {
	ymd   [3]int
	parts int
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD: a month from 01 to 12 and a
// day that the month has in that year of the Gregorian calendar.
func parseDate(s string) (date, bool) {
	var d date
	for {
		part, rest, more := strings.Cut(s, "-")
		width := 2
		if d.parts == 0 {
			width = 4
		}
		if d.parts == 3 || len(part) != width {
			return date{}, false
		}
		n := 0
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return date{}, false
			}
			n = n*10 + int(part[i]-'0')
		}
		switch d.parts {
		case 1:
			if n < 1 || n > 12 {
				return date{}, false
			}
		case 2:
			if n < 1 || n > daysIn(d.ymd[0], d.ymd[1]) {
				return date{}, false
			}
		}
		d.ymd[d.parts] = n
		d.parts++
		if !more {
			return d, true
		}
		s = rest
	}
}

// daysIn returns the number of days of month m (1 to 12) in year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// after reports whether d starts after e ends: compared part by part at
// the coarser of the two precisions, d is later. 2019-05 is not after
// 2019, which ends in December, nor 2019 after 2019-05.
func (d date) after(e date) bool {
	for i := range min(d.parts, e.parts) {
		if d.ymd[i] != e.ymd[i] {
			return d.ymd[i] > e.ymd[i]
		}
	}
	return false
}

// IsInferred reports whether the period was inferred rather than printed.
func (p Period) IsInferred() bool { return p.InferredFrom != "" }

// String returns the ISO 8601 form, such as "2019", followed for an
// inferred period by its basis: `2019 (inferred from "last year" in a
// report published on 2020-04-09)`. [ParsePeriod] reads it back.
func (p Period) String() string {
	if p.InferredFrom == "" {
		return p.ISO
	}
	return p.ISO + inferredOpen + p.InferredFrom + ")"
}

// inferredOpen introduces the basis of an inferred period in its text form.
const inferredOpen = " (inferred from "

// Derivation says how a derived figure is computed: a formula over the ids
// of its inputs.
type Derivation struct {
	// Formula is the computation in terms of input ids, such as
	// "indicators.trade-total.2019 - indicators.imports.2019".
	Formula string `json:"formula"`
	// Inputs are the ids of the figures the formula reads, in order.
	Inputs List[string] `json:"inputs"`
	// Method says how the figure's range was computed from the ranges of
	// the reported figures it rests on, such as [MethodIntervals].
	Method string `json:"method,omitempty"`
}

// Figure is one number of the dataset with everything needed to use it
// honestly: its unit and period, the qualifier and printed text it comes
// from, the range of values it stands for, whether it is reported or
// derived (and how), and the citations that carry it.
//
// Figures are values: a lookup returns a copy, and the lists inside are
// immutable, so no caller can change what another one sees.
//
// Range, not [RangeOf] of Value and Qualifier, is the figure's range. A
// reported figure's Range is RangeOf(Value, Qualifier) when the module
// builds it, but the exponent of Value that carries the printed precision
// (1.65 billion is 165e7) does not survive the JSON form, which writes
// plain decimals: decoded, the value is 1650000000, which as printed would
// stand for [1649999999.5, 1650000000.5], while Range stays [1645000000,
// 1655000000]. Range is what the encodings carry unchanged.
type Figure struct {
	ID     string // stable id, such as "indicators.foreign-capital.2019"
	Label  string // short description in English
	Period Period // the time the value refers to
	// Value is in base units (yuan, dollars, a ratio, a count). For a
	// reported figure qualified MoreThan or Surpassed it is the printed
	// bound, which Range excludes; every other figure's Range contains its
	// Value.
	Value     decimal.Decimal
	Unit      Unit      // the unit of Value and Range
	Range     Range     // the values the figure stands for: the authority, see above
	Qualifier Qualifier // the source's hedge, or the shape of a derived range
	Printed   string    // the figure as the source prints it; empty when derived
	Status    Status    // reported or derived
	// Derivation is set for a derived figure and zero for a reported one.
	Derivation Derivation
	// Citations are the sources that carry the figure, the primary one
	// first. A derived figure cites the passages holding its inputs.
	Citations List[Citation]
	// Note holds any caveat, such as why a derived value is only
	// illustrative.
	Note string

	// formula is a derived figure's exact formula over reported figures,
	// set by the Figure functions and never changed; nil for a reported
	// figure and for one decoded from JSON.
	formula *exact.Expr
}

// IsZero reports whether f is the zero Figure.
func (f Figure) IsZero() bool { return f.ID == "" && f.Status == 0 }

// Primary returns the figure's first citation, and false if it has none.
func (f Figure) Primary() (Citation, bool) { return f.Citations.At(0) }

// Money returns the value as an amount of money, and false when the unit is
// not a currency.
func (f Figure) Money() (Money, bool) {
	c, ok := f.Unit.Currency()
	if !ok {
		return Money{}, false
	}
	return Money{amount: f.Value, currency: c}, true
}

// String returns the id, value and unit, such as
// "indicators.foreign-capital.2019 = 1650000000 USD". It is a summary for
// reading, with no parser; the JSON form ([Figure.MarshalJSON]) carries
// the whole figure.
func (f Figure) String() string {
	return f.ID + " = " + dec.Format(f.Value) + " " + f.Unit.String()
}

// FormatDecimal returns d in plain notation with no exponent and no trailing
// zeros after the point, such as "1650000000" or "0.15". Unlike
// decimal.Decimal's String, its output does not depend on any of
// shopspring/decimal's package-level settings.
func FormatDecimal(d decimal.Decimal) string { return dec.Format(d) }

// Equal reports whether f and g are the same figure: every field equal,
// decimals by value (so 1.50 equals 1.5), lists item by item. A derived
// figure's remembered formula is not compared: a figure decoded from JSON
// equals the one it was encoded from. Equal suits go-cmp's Equal method
// convention.
func (f Figure) Equal(g Figure) bool {
	return f.ID == g.ID && f.Label == g.Label && f.Period == g.Period &&
		dec.Cmp(f.Value, g.Value) == 0 && f.Unit == g.Unit && f.Range.Equal(g.Range) &&
		f.Qualifier == g.Qualifier && f.Printed == g.Printed && f.Status == g.Status &&
		f.Derivation.Equal(g.Derivation) && f.Citations.Equal(g.Citations) && f.Note == g.Note
}

// Equal reports whether d and e have the same formula, inputs and method.
func (d Derivation) Equal(e Derivation) bool {
	return d.Formula == e.Formula && d.Method == e.Method && d.Inputs.Equal(e.Inputs)
}

package shenyang

import (
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// Readable returns the figure as a person reads it. A reported figure
// prints as printed: its [Figure.Printed] text, such as "$1.65 billion",
// "12.4 percentage points" or "more than 100", which carries the source's
// own precision and words; an exchange rate printed as a bare number takes
// its unit's words, so that the official rate printed "6.8985" reads
// "6.8985 yuan per dollar". Any other figure, a derived one or a reported
// one with no printed text, prints its value and range in its unit at the
// precision the range justifies: "$1.43 billion (1.42 to 1.45)", "-11.4
// percent (-11.6 to -11.1)", "more than 100". A figure whose unit or range is unset
// or invalid prints as [Figure.String] does.
//
// Readable rounds for display only, and never prints a range narrower
// than the figure's; the figure's Value and Range keep their exact digits.
//
// The unit is written as a reader expects it. Amounts in dollars are
// "$1.43 billion", amounts in yuan "98.4 billion yuan"; an amount is in
// billions when the largest of the value and the range's finite bounds,
// in magnitude, is at least one billion, in millions when it is at least
// one million, and in yuan or dollars otherwise. A ratio is in percent
// ("15 percent", as the report writes it), a count a bare number, an
// exchange rate "7.0 yuan per dollar" or "0.14 dollars per yuan". The
// range repeats the scale of the value but not its unit.
//
// The precision follows from the range, not from the value, so that a
// value near one end prints with no more digits than one in the middle:
//
//   - A range bounded on both sides and wider than a point prints the
//     value and both bounds with d decimals in the unit above, where d is
//     the fewest decimals, and at least none, at which the range spans two
//     units of the last digit or more (2 * 10^-d <= high - low). The value
//     is rounded half to even; the lower bound is rounded down (toward
//     negative infinity) and the upper bound up, so that the printed range
//     contains the figure's range. A value at a bound is no special case: 5 in [5, 7]
//     prints "5 (5 to 7)". Trailing zeros are kept, as they are digits the
//     range justifies: 2.05 % in [2.05, 3.15] % prints "2.0 percent (2.0
//     to 3.2)". An open bound prints as the closed one, which still contains
//     the range: 172.5 in (170, 175] prints "172 (170 to 175)".
//   - A range of one point, [x, x], is exact and prints x with all its
//     digits and no range: an exact count of 188 prints "188".
//   - A range with one bound prints that bound alone with its word, "more
//     than" or "at least" for a lower bound (open or closed), "less than"
//     or "at most" for an upper one. The bound keeps three significant
//     digits, and at least the units, rounded outward (a lower bound down,
//     an upper one up) and with trailing zeros dropped: [7143533870.2,
//     +inf) dollars prints "at least $7.14 billion". The value, a point
//     inside an unbounded range, is not printed.
//
// The value need not lie in the range; each is rounded as above. Values
// and ranges within the module's decimal limits print as plain decimals,
// in time linear in the digits printed.
func (f Figure) Readable() string {
	if f.Status == Reported && f.Printed != "" {
		if f.Unit != UnitCNYPerUSD && f.Unit != UnitUSDPerCNY || strings.Trim(f.Printed, "0123456789.") != "" {
			return f.Printed
		}
		return scaleFor(f.Unit, f.Value, decimal.Decimal{}, false, decimal.Decimal{}, false).whole(f.Printed)
	}
	s, err := formatReadable(f.Value, f.Range, f.Unit)
	if err != nil {
		return f.String()
	}
	return s
}

// formatReadable writes value and its range r in unit u as
// [Figure.Readable] describes. An unset range or unit is an error wrapping
// [ErrUnset], an invalid unit one wrapping [ErrInvalid], and a value or
// bound beyond the module's decimal limits one wrapping [ErrOutOfRange].
func formatReadable(value decimal.Decimal, r Range, u Unit) (string, error) {
	const op = "FormatReadable"
	switch {
	case u == 0:
		return "", valueErr(op, "unit", "", ErrUnset)
	case !u.Valid():
		return "", valueErr(op, "unit", strconv.Itoa(int(u)), ErrInvalid)
	case r.IsZero():
		return "", valueErr(op, "range", "", ErrUnset)
	}
	if err := checkDec(op, "value", value); err != nil {
		return "", err
	}
	if err := r.check(op, "range"); err != nil {
		return "", err
	}
	low, lok := r.low.Value()
	high, hok := r.high.Value()
	sc := scaleFor(u, value, low, lok, high, hok)
	switch {
	case lok && hok && dec.Cmp(low, high) == 0:
		return sc.whole(dec.Plain(sc.shift(low))), nil
	case lok && hok:
		lo, hi := sc.shift(low), sc.shift(high)
		places := spanPlaces(hi.Sub(lo))
		v := fixed(sc.shift(value).RoundBank(places), places)
		l := fixed(lo.RoundFloor(places), places)
		h := fixed(hi.RoundCeil(places), places)
		return sc.whole(v) + " (" + l + " to " + h + ")", nil
	case lok:
		word := "at least "
		if r.low.IsOpen() {
			word = "more than "
		}
		b := sc.shift(low)
		return word + sc.whole(dec.Plain(b.RoundFloor(boundPlaces(b)))), nil
	}
	word := "at most "
	if r.high.IsOpen() {
		word = "less than "
	}
	b := sc.shift(high)
	return word + sc.whole(dec.Plain(b.RoundCeil(boundPlaces(b)))), nil
}

// readableScale is how FormatReadable writes numbers of one unit: the
// power of ten by which it shifts them and the words around them.
type readableScale struct {
	exp            int32  // a number is shown as n * 10^exp
	prefix, suffix string // around the value: "$", " billion"
}

// scaleFor picks the scale of unit u for a value and the finite bounds.
func scaleFor(u Unit, value, low decimal.Decimal, lok bool, high decimal.Decimal, hok bool) readableScale {
	switch u {
	case UnitRatio:
		return readableScale{exp: -2, suffix: " percent"}
	case UnitCount:
		return readableScale{}
	case UnitCNYPerUSD:
		return readableScale{suffix: " yuan per dollar"}
	case UnitUSDPerCNY:
		return readableScale{suffix: " dollars per yuan"}
	}
	// An amount: the largest magnitude decides billions or millions.
	mag := magnitude(value)
	if lok {
		mag = max(mag, magnitude(low))
	}
	if hok {
		mag = max(mag, magnitude(high))
	}
	s := readableScale{}
	switch {
	case mag >= 9:
		s.exp, s.suffix = 9, " billion"
	case mag >= 6:
		s.exp, s.suffix = 6, " million"
	}
	if u == UnitUSD {
		s.prefix = "$"
		return s
	}
	s.suffix += " yuan"
	return s
}

// shift returns d in the scale's units: a change of exponent, exact.
func (s readableScale) shift(d decimal.Decimal) decimal.Decimal { return d.Shift(-s.exp) }

// whole writes the number text n with the scale's words: "-$1.43
// billion", "98.4 billion yuan", "-11.4 percent".
func (s readableScale) whole(n string) string {
	sign := ""
	if rest, neg := strings.CutPrefix(n, "-"); neg {
		sign, n = "-", rest
	}
	return sign + s.prefix + n + s.suffix
}

// magnitude returns m such that 10^m <= |d| < 10^(m+1); a very small
// number for zero, which then decides no scale.
func magnitude(d decimal.Decimal) int64 {
	if d.Sign() == 0 {
		return -1 << 40
	}
	return int64(d.NumDigits()) + int64(d.Exponent()) - 1
}

// spanPlaces returns the fewest decimals d >= 0 with 2*10^-d <= w, for a
// positive width w.
func spanPlaces(w decimal.Decimal) int32 {
	m := magnitude(w)
	// 10^m <= w < 10^(m+1): two units of 10^m fit when w >= 2*10^m.
	two := decimal.New(2, int32(m)) //nolint:gosec // a checked decimal's magnitude is within a few thousand
	d := -m
	if dec.Cmp(w, two) < 0 {
		d++
	}
	return int32(max(d, 0)) //nolint:gosec // as m: within a few thousand
}

// boundPlaces returns the decimals that keep three significant digits of
// b, and at least the units.
func boundPlaces(b decimal.Decimal) int32 {
	if b.Sign() == 0 {
		return 0
	}
	return int32(max(2-magnitude(b), 0)) //nolint:gosec // a checked decimal's magnitude is within a few thousand
}

// fixed writes d, already rounded to places decimals, with exactly that
// many decimals: trailing zeros are digits the range justifies. A
// negative zero prints as zero.
func fixed(d decimal.Decimal, places int32) string {
	s := dec.Plain(d)
	if places <= 0 {
		return s
	}
	have := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		have = len(frac)
	} else {
		s += "."
	}
	return s + strings.Repeat("0", int(places)-have)
}

package shenyang

import (
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
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
// # Arithmetic
//
// [Range.Add], [Range.Sub], [Range.Mul] and [Range.Quo] apply interval
// arithmetic: each result bound is the extreme of the operation over the
// operands' bounds. Sums and differences are exact; products and quotients
// keep 16 significant digits, lower bounds rounded toward negative infinity
// and upper bounds toward positive infinity, so a result is never narrower
// than the exact set and at most one unit in the 16th digit wider on each
// side. A bound of a sum or difference is open when an operand bound it
// comes from is open. A bound of a product or quotient is closed, even an
// exact one from an open operand bound, because a point just inside it
// rounds onto it: (2, 3) times [2, 2] is [4, 6], since 2.00000000000000001
// times 2 rounds to 4. Only an open bound at zero stays open, as no
// non-zero value rounds to zero. A point value computed with the same
// operation, rounded half to even, therefore always lies in the range.
// Chained steps treat their operands as independent, so a chain can be
// wider than the exact range of the whole expression; it is never narrower.
// One-sided ranges pass through: (52, +inf) divided by [6.8, 7.3] is
// [7.123287671232876, +inf). Besides an unset operand and a bound beyond
// the module's decimal range, the only errors are an operation with no
// bound at all on either side (an unbounded range minus one unbounded the
// same way) and a divisor range that contains or touches zero.
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
	c := cmpDec(low.value, high.value)
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
		c := cmpDec(v, lv)
		if c < 0 || (c == 0 && r.low.IsOpen()) {
			return false
		}
	}
	if hv, ok := r.high.Value(); ok {
		c := cmpDec(v, hv)
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
	bad := func() (Range, error) { return Range{}, valueErr(op, "range", quoteShort(s), ErrSyntax) }
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
		return Range{}, valueErr(op, "bound", quoteShort(beyond), ErrOutOfRange)
	}
	r, err := NewRange(low, high)
	if err != nil {
		return Range{}, reop(op, err)
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

// end is a bound on the extended real line used inside the arithmetic:
// inf is -1 or +1 for a missing bound, 0 for a value.
type end struct {
	v    decimal.Decimal
	inf  int8
	open bool
}

func (r Range) ends() (lo, hi end) {
	lo = end{v: r.low.value, open: r.low.IsOpen()}
	if r.low.IsUnbounded() {
		lo = end{inf: -1}
	}
	hi = end{v: r.high.value, open: r.high.IsOpen()}
	if r.high.IsUnbounded() {
		hi = end{inf: 1}
	}
	return lo, hi
}

func (e end) sign() int8 {
	if e.inf != 0 {
		return e.inf
	}
	switch e.v.Sign() {
	case 1:
		return 1
	case -1:
		return -1
	}
	return 0
}

// closedZero reports whether e is a zero value that the range includes.
func (e end) closedZero() bool { return e.inf == 0 && !e.open && e.v.Sign() == 0 }

// less orders ends on the extended line; at equal values a closed end
// counts as further out, so that min and max keep the wider result.
func (e end) cmp(f end) int {
	if e.inf != f.inf {
		if e.inf < f.inf {
			return -1
		}
		return 1
	}
	if e.inf != 0 {
		return 0
	}
	return cmpDec(e.v, f.v)
}

func (e end) bound() Bound {
	switch {
	case e.inf != 0:
		return Unbounded()
	case e.open:
		return Open(e.v)
	}
	return Closed(e.v)
}

// checkOperands validates both operands of a binary range operation.
func checkOperands(op string, r, s Range) error {
	if err := unsetErr(op, "receiver", r.IsZero(), "argument", s.IsZero()); err != nil {
		return err
	}
	if err := r.check(op, "receiver"); err != nil {
		return err
	}
	return s.check(op, "argument")
}

// check rejects a range with a bound beyond the module's decimal range,
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

func result(op string, lo, hi end) (Range, error) {
	if lo.inf != 0 && hi.inf != 0 {
		return Range{}, valueErr(op, "result", "", ErrUnbounded)
	}
	for _, e := range [2]end{lo, hi} {
		if e.inf == 0 {
			if err := checkDec(op, "result", e.v); err != nil {
				return Range{}, err
			}
		}
	}
	return Range{low: lo.bound(), high: hi.bound()}, nil
}

func addEnds(a, b end) end {
	if a.inf != 0 {
		return end{inf: a.inf}
	}
	if b.inf != 0 {
		return end{inf: b.inf}
	}
	return end{v: dec.Add(a.v, b.v), open: a.open || b.open}
}

// subEnds returns a-b: addEnds of a and the negation of b.
func subEnds(a, b end) end {
	if a.inf != 0 {
		return end{inf: a.inf}
	}
	if b.inf != 0 {
		return end{inf: -b.inf}
	}
	return end{v: dec.Sub(a.v, b.v), open: a.open || b.open}
}

// Add returns the range of x+y for x in r and y in s.
func (r Range) Add(s Range) (Range, error) { return r.addSub("Range.Add", s, false) }

// Sub returns the range of x-y for x in r and y in s. A result unbounded on
// both sides, as from (1, +inf) minus (2, +inf), is [ErrUnbounded].
func (r Range) Sub(s Range) (Range, error) { return r.addSub("Range.Sub", s, true) }

// addSub is Add, or Sub when sub is set: r's low end meets s's low end in
// a sum and its high end in a difference, and the other way round.
func (r Range) addSub(op string, s Range, sub bool) (Range, error) {
	sLow, sHigh, f, ends := s.low, s.high, dec.Add, addEnds
	if sub {
		sLow, sHigh, f, ends = s.high, s.low, dec.Sub, subEnds
	}
	if inLimits(r, s) {
		lo, hi := f(r.low.value, sLow.value), f(r.high.value, sHigh.value)
		if dec.Fits(lo) && dec.Fits(hi) {
			return Range{low: Bound{value: lo, kind: either(r.low, sLow)}, high: Bound{value: hi, kind: either(r.high, sHigh)}}, nil
		}
	}
	if err := checkOperands(op, r, s); err != nil {
		return Range{}, err
	}
	rl, rh := r.ends()
	sl, sh := s.ends()
	if sub {
		sl, sh = sh, sl
	}
	return result(op, ends(rl, sl), ends(rh, sh))
}

// finite reports whether both bounds of r have a value: r is set and
// bounded on both sides.
func (r Range) finite() bool {
	return (r.low.kind == boundClosed || r.low.kind == boundOpen) &&
		(r.high.kind == boundClosed || r.high.kind == boundOpen)
}

// smallEnds reads the bounds of r and s, low then high, as [dec.Small]
// values into e, and reports false unless both ranges are finite and every
// bound passes dec.Check with at most 18 digits. Results computed from them
// in the fast paths need no further check: see [dec.AddSmall] and
// [dec.QuoSmall].
func smallEnds(r, s Range, e *[4]dec.Small) bool {
	if !r.finite() || !s.finite() {
		return false
	}
	var ok bool
	for i, d := range [4]decimal.Decimal{r.low.value, r.high.value, s.low.value, s.high.value} {
		if e[i], ok = dec.Checked(d); !ok {
			return false
		}
	}
	return true
}

// inLimits reports whether r and s are finite and all their bounds pass
// the decimal limits, so that a sum or difference of two of them costs
// time linear in their digits; otherwise the general path reports which
// one does not. It must come before the arithmetic: aligning 10^30000000
// with 1 would build a coefficient of 30 million digits.
func inLimits(r, s Range) bool {
	if !r.finite() || !s.finite() {
		return false
	}
	for _, d := range [4]decimal.Decimal{r.low.value, r.high.value, s.low.value, s.high.value} {
		if !dec.Fits(d) {
			return false
		}
	}
	return true
}

// either returns the kind of a bound computed from bounds a and b, both
// with a value: open when either is.
func either(a, b Bound) boundKind {
	if a.kind == boundOpen || b.kind == boundOpen {
		return boundOpen
	}
	return boundClosed
}

// corner computes one candidate end of a product or quotient, rounded in
// mode m; ok is false for a corner with no defined value (an infinity over
// an infinity), which never decides the result.
type corner func(a, b end, m dec.Mode) (end, bool)

func mulEnd(a, b end, m dec.Mode) (end, bool) {
	if a.closedZero() || b.closedZero() {
		return end{}, true
	}
	if a.inf != 0 || b.inf != 0 {
		s := a.sign() * b.sign()
		if s == 0 { // an open zero times an infinity: approached, not reached
			return end{open: true}, true
		}
		return end{inf: s}, true
	}
	v, exact := dec.Mul(a.v, b.v, m)
	return roundedEnd(v, exact && (a.open || b.open)), true
}

// roundedEnd is the end at v of a product or quotient, open when open is
// set (an exact result from an open operand bound) and v is zero. A
// non-zero end is closed even then, because a point value just inside it
// rounds onto v; no non-zero value rounds to zero.
func roundedEnd(v decimal.Decimal, open bool) end { return end{v: v, open: open && v.Sign() == 0} }

func quoEnd(a, b end, m dec.Mode) (end, bool) {
	if a.closedZero() {
		return end{}, true
	}
	switch {
	case a.inf != 0 && b.inf != 0:
		return end{}, false
	case b.inf != 0: // a finite value over an infinity tends to zero
		return end{open: true}, true
	case a.inf != 0:
		return end{inf: a.sign() * b.sign()}, true
	}
	v, exact := dec.Quo(a.v, b.v, m)
	return roundedEnd(v, exact && (a.open || b.open)), true
}

// extremes evaluates f at the four corners and returns the smallest
// (rounded down) and largest (rounded up) results. When pick names the
// corners where they lie, it evaluates f at those two alone.
func extremes(op string, r, s Range, f corner, pick picker) (Range, error) {
	rl, rh := r.ends()
	sl, sh := s.ends()
	if lo, hi, ok := pick(rl, rh, sl, sh); ok {
		l, _ := f(lo[0], lo[1], dec.Floor)
		h, _ := f(hi[0], hi[1], dec.Ceil)
		return result(op, l, h)
	}
	return allCorners(op, rl, rh, sl, sh, f)
}

// allCorners is extremes over the four corners.
func allCorners(op string, rl, rh, sl, sh end, f corner) (Range, error) {
	var lo, hi end
	have := false
	for _, a := range [2]end{rl, rh} {
		for _, b := range [2]end{sl, sh} {
			l, ok := f(a, b, dec.Floor)
			if !ok {
				continue
			}
			h, _ := f(a, b, dec.Ceil)
			if !have {
				lo, hi, have = l, h, true
				continue
			}
			if c := l.cmp(lo); c < 0 || (c == 0 && !l.open) {
				lo = l
			}
			if c := h.cmp(hi); c > 0 || (c == 0 && !h.open) {
				hi = h
			}
		}
	}
	return result(op, lo, hi)
}

// A picker returns the corners, (x, y) pairs of ends, at which an operation
// over two ranges takes its smallest and its largest value, and false when
// it cannot tell them without evaluating all four.
//
// It tells them for finite ranges whose ends are non-zero and distinct
// (no end equals the other end of its range) and whose signs fix the
// corners. There the corner of the exact extreme is unique, and since
// rounding down (up) keeps order, its rounded value is the smallest
// (largest) of the rounded corners. Another corner can round to the same
// value only from strictly inside the range, so the evaluated corner's
// openness is the bound's: exact and open only when the extreme itself is
// not reached. Ranges with an unbounded, zero or single-valued side go to
// the four-corner search.
type picker func(rl, rh, sl, sh end) (lo, hi [2]end, ok bool)

// distinct reports whether both ends of a range are finite, non-zero and
// different.
func distinct(l, h end) bool {
	return l.inf == 0 && h.inf == 0 && l.v.Sign() != 0 && h.v.Sign() != 0 && cmpDec(l.v, h.v) != 0
}

// mulCorners picks the corners of a product of two ranges that each lie on
// one side of zero.
func mulCorners(rl, rh, sl, sh end) (lo, hi [2]end, ok bool) {
	if !distinct(rl, rh) || !distinct(sl, sh) {
		return lo, hi, false
	}
	rPos, rNeg := rl.v.Sign() > 0, rh.v.Sign() < 0
	sPos, sNeg := sl.v.Sign() > 0, sh.v.Sign() < 0
	switch {
	case rPos && sPos: // smallest times smallest, largest times largest
		return [2]end{rl, sl}, [2]end{rh, sh}, true
	case rPos && sNeg: // x*y <= 0: the largest x times the most negative y
		return [2]end{rh, sl}, [2]end{rl, sh}, true
	case rNeg && sPos:
		return [2]end{rl, sh}, [2]end{rh, sl}, true
	case rNeg && sNeg: // x*y >= 0: the ends nearest zero, then farthest
		return [2]end{rh, sh}, [2]end{rl, sl}, true
	}
	return lo, hi, false // a range straddles zero
}

// quoCorners picks the corners of a quotient whose divisor lies on one
// side of zero, as Range.Quo requires.
func quoCorners(rl, rh, sl, sh end) (lo, hi [2]end, ok bool) {
	if !distinct(rl, rh) || !distinct(sl, sh) {
		return lo, hi, false
	}
	l, h := quoPick(rl.v.Sign(), rh.v.Sign(), sl.v.Sign())
	xs, ys := [2]end{rl, rh}, [2]end{sl, sh}
	return [2]end{xs[l[0]], ys[l[1]]}, [2]end{xs[h[0]], ys[h[1]]}, true
}

// quoPick is quoCorners on the signs of the dividend's ends and of the
// divisor's lower end: the corners of the smallest and the largest
// quotient as indexes, 0 for a low end and 1 for a high one, of the
// dividend and the divisor.
func quoPick(rlSign, rhSign, slSign int) (lo, hi [2]int) {
	// y in [c, d]. For y > 0, x/y grows with x, and is smallest over the
	// largest y where x > 0, over the smallest where x < 0; the largest
	// alike. For y < 0, x/y falls as x grows.
	if slSign > 0 {
		lo, hi = [2]int{0, 1}, [2]int{1, 0}
		if rlSign < 0 { // a/c: the most negative over the smallest divisor
			lo[1] = 0
		}
		if rhSign < 0 { // b/d: the least negative over the largest
			hi[1] = 1
		}
		return lo, hi
	}
	lo, hi = [2]int{1, 1}, [2]int{0, 0}
	if rhSign < 0 { // b/c: all quotients positive, the least is b/c
		lo[1] = 0
	}
	if rlSign < 0 { // a/d: the most negative over the nearest to zero
		hi[1] = 1
	}
	return lo, hi
}

// Mul returns the range of x*y for x in r and y in s.
func (r Range) Mul(s Range) (Range, error) {
	const op = "Range.Mul"
	if err := checkOperands(op, r, s); err != nil {
		return Range{}, err
	}
	return extremes(op, r, s, mulEnd, mulCorners)
}

// Quo returns the range of x/y for x in r and y in s. The divisor range
// must lie wholly above or wholly below zero, not touching it; otherwise
// the error wraps [ErrDivisorRange].
func (r Range) Quo(s Range) (Range, error) {
	const op = "Range.Quo"
	if q, ok := r.quoSmall(s); ok {
		return q, nil
	}
	if err := checkOperands(op, r, s); err != nil {
		return Range{}, err
	}
	sl, sh := s.ends()
	if sl.sign() <= 0 && sh.sign() >= 0 {
		return Range{}, valueErr(op, "divisor", s.String(), ErrDivisorRange)
	}
	return extremes(op, r, s, quoEnd, quoCorners)
}

// quoSmall is Range.Quo for finite ranges of bounds read by smallEnds,
// non-zero and distinct within each range, and a divisor on one side of
// zero: quoCorners's case, with each corner's quotient computed once in
// its direction. It returns false for anything else, errors included,
// which the general path handles.
func (r Range) quoSmall(s Range) (Range, bool) {
	var e [4]dec.Small
	if !smallEnds(r, s, &e) {
		return Range{}, false
	}
	rl, rh, sl, sh := e[0], e[1], e[2], e[3]
	if rl.Sign() == 0 || rh.Sign() == 0 || sl.Sign() == 0 || sh.Sign() == 0 ||
		dec.CmpSmall(rl, rh) == 0 || dec.CmpSmall(sl, sh) == 0 || (sl.Sign() < 0) != (sh.Sign() < 0) {
		return Range{}, false
	}
	lo, hi := quoPick(rl.Sign(), rh.Sign(), sl.Sign())
	xs, xb := [2]dec.Small{rl, rh}, [2]Bound{r.low, r.high}
	ys, yb := [2]dec.Small{sl, sh}, [2]Bound{s.low, s.high}
	l, lexact, ok := dec.QuoSmall(xs[lo[0]], ys[lo[1]], dec.Floor)
	if !ok {
		return Range{}, false
	}
	h, hexact, ok := dec.QuoSmall(xs[hi[0]], ys[hi[1]], dec.Ceil)
	if !ok {
		return Range{}, false
	}
	le := roundedEnd(l, lexact && (xb[lo[0]].IsOpen() || yb[lo[1]].IsOpen()))
	he := roundedEnd(h, hexact && (xb[hi[0]].IsOpen() || yb[hi[1]].IsOpen()))
	return Range{low: le.bound(), high: he.bound()}, true
}

// Intersect returns the values that lie in both r and s. Ranges that share
// no value return an error wrapping [ErrEmptyRange].
func (r Range) Intersect(s Range) (Range, error) {
	const op = "Range.Intersect"
	var e [4]dec.Small // r.low, r.high, s.low, s.high
	if smallEnds(r, s, &e) {
		rl, rh, sl, sh := e[0], e[1], e[2], e[3]
		lo, lov, hi, hiv := r.low, rl, r.high, rh
		if c := dec.CmpSmall(sl, rl); c > 0 || (c == 0 && s.low.IsOpen()) {
			lo, lov = s.low, sl
		}
		if c := dec.CmpSmall(sh, rh); c < 0 || (c == 0 && s.high.IsOpen()) {
			hi, hiv = s.high, sh
		}
		if c := dec.CmpSmall(lov, hiv); c < 0 || (c == 0 && !lo.IsOpen() && !hi.IsOpen()) {
			return Range{low: lo, high: hi}, nil
		}
		// empty: the general path reports it
	}
	if err := checkOperands(op, r, s); err != nil {
		return Range{}, err
	}
	rl, rh := r.ends()
	sl, sh := s.ends()
	lo, hi := rl, rh
	if c := sl.cmp(rl); c > 0 || (c == 0 && sl.open) {
		lo = sl
	}
	if c := sh.cmp(rh); c < 0 || (c == 0 && sh.open) {
		hi = sh
	}
	if c := lo.cmp(hi); lo.inf == 0 && hi.inf == 0 && (c > 0 || (c == 0 && (lo.open || hi.open))) {
		return Range{}, valueErr(op, "ranges", r.String()+" and "+s.String(), ErrEmptyRange)
	}
	return Range{low: lo.bound(), high: hi.bound()}, nil
}

// cmpDec compares a and b, -1, 0 or +1, as dec.Cmp does, in time linear
// in their digits whatever their exponents. dec.Cmp aligns a coefficient
// of more than 18 digits by rescaling the other decimal, which for
// 1234567890123456789e-30000000 against 1 builds a number of 30 million
// digits. Here two non-zero decimals of the same sign are first ordered by
// their magnitudes, digits plus exponent; only decimals of the same
// magnitude reach dec.Cmp, and their exponents differ by no more than
// their digit counts do, so aligning them costs no more than their digits.
func cmpDec(a, b decimal.Decimal) int {
	if ea, eb := a.Exponent(), b.Exponent(); ea != eb {
		sa, sb := a.Sign(), b.Sign()
		switch {
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		case sa == 0:
			return 0
		}
		ma, mb := int64(a.NumDigits())+int64(ea), int64(b.NumDigits())+int64(eb)
		switch {
		case ma < mb:
			return -sa // the smaller magnitude: below b when positive
		case ma > mb:
			return sa
		}
	}
	return dec.Cmp(a, b)
}

// Equal reports whether b and c are the same bound: the same kind and, when
// bounded, equal values (1.50 equals 1.5).
func (b Bound) Equal(c Bound) bool {
	if b.kind != c.kind {
		return false
	}
	if b.kind == boundClosed || b.kind == boundOpen {
		return cmpDec(b.value, c.value) == 0 // decimal's Equal allocates to align exponents
	}
	return true
}

// Equal reports whether r and s hold the same values with the same bounds.
// go-cmp uses this method to compare ranges.
func (r Range) Equal(s Range) bool { return r.low.Equal(s.low) && r.high.Equal(s.high) }

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
	return decodeWire("Bound.UnmarshalJSON", data, b, boundOf)
}

// boundOf turns a decoded boundJSON into a Bound.
func boundOf(op string, w boundJSON) (Bound, error) {
	switch w.Kind {
	case "unbounded":
		if w.Value != nil {
			return Bound{}, valueErr(op, "value", quoteShort(*w.Value)+" of an unbounded bound", ErrSyntax)
		}
		return Unbounded(), nil
	case "closed", "open":
		if w.Value == nil {
			return Bound{}, valueErr(op, "value", "", ErrUnset)
		}
		d, err := parseDec(op, "value", *w.Value)
		if err != nil {
			return Bound{}, err
		}
		if w.Kind == "open" {
			return Open(d), nil
		}
		return Closed(d), nil
	}
	return Bound{}, valueErr(op, "kind", quoteShort(w.Kind), ErrSyntax)
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
	return v, reop(op, err)
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

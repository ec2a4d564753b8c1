package indicators

import (
	"errors"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// one is the decimal 1, built per call so the package holds no
// package-level decimal.
func one() decimal.Decimal { return decimal.New(1, 0) }

// Growth returns the growth rate from prior to current as a ratio,
// (current - prior) / prior: 0.15 for a rise of 15 percent. The difference
// is exact and the quotient is rounded once, to 16 significant digits, half
// to even. prior must be positive; a zero or negative prior returns an
// error wrapping [shenyang.ErrNotPositive].
func Growth(prior, current decimal.Decimal) (decimal.Decimal, error) {
	const op = "indicators.Growth"
	if err := checkArgs(op, "prior", prior, "current", current); err != nil {
		return decimal.Decimal{}, err
	}
	return quotient(op, current.Sub(prior), prior)
}

// Prior returns the value from which current grew at rate growth,
// current / (1 + growth): the inverse of [Growth]. The quotient is rounded
// once, to 16 significant digits, half to even. current must be positive and
// growth above -1 (a fall of less than 100 percent); otherwise the error
// wraps [shenyang.ErrNotPositive] or [shenyang.ErrGrowthTooLow].
func Prior(current, growth decimal.Decimal) (decimal.Decimal, error) {
	const op = "indicators.Prior"
	if err := checkArgs(op, "current", current, "growth", growth); err != nil {
		return decimal.Decimal{}, err
	}
	factor := growth.Add(one())
	if factor.Sign() <= 0 {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "growth", Value: dec.Format(growth), Err: shenyang.ErrGrowthTooLow}
	}
	return quotient(op, current, factor)
}

// quotient returns num / den rounded half to even, checked against the
// module's range.
func quotient(op string, num, den decimal.Decimal) (decimal.Decimal, error) {
	q, _ := dec.Quo(num, den, dec.HalfEven)
	if err := check(op, "result", q); err != nil {
		return decimal.Decimal{}, err
	}
	return q, nil
}

// GrowthRange returns the range of growth rates from any prior value in
// prior to any current value in current. Growth rises with the current
// value and, for a positive current value, falls with the prior one, so
// the bounds are [Growth] at the corners: from current.low over
// prior.high to current.high over prior.low (the prior bound swaps when the
// current bound is negative). Each bound is (current - prior) / prior
// rounded outward once to 16 significant digits, the rounding [Growth]
// applies half to even, so Growth of two points always lies in GrowthRange
// of their ranges. Every value in prior must be positive (the error wraps
// [shenyang.ErrNotPositive]), as in (0, 5], where growth runs off to an
// infinity as the prior tends to 0: GrowthRange((0, 5], [1, 2]) is
// [-0.8, +inf). current may be one-sided. A prior open at 0 with a
// current range reaching below and above 0 would make growth unbounded on
// both sides, which no range holds: the error wraps
// [shenyang.ErrUnbounded].
func GrowthRange(prior, current shenyang.Range) (shenyang.Range, error) {
	const op = "indicators.GrowthRange"
	if err := checkRanges(op, "prior", prior, "current", current); err != nil {
		return shenyang.Range{}, err
	}
	lo, err := growthEnd(op, current.Low(), prior, false)
	if err != nil {
		return shenyang.Range{}, err
	}
	hi, err := growthEnd(op, current.High(), prior, true)
	if err != nil {
		return shenyang.Range{}, err
	}
	r, err := shenyang.NewRange(lo, hi)
	if err != nil {
		return shenyang.Range{}, rewrap(op, "result", err)
	}
	return r, nil
}

// growthEnd returns the lower (upper false) or upper bound of growth for
// the current bound c over the positive prior range.
func growthEnd(op string, c shenyang.Bound, prior shenyang.Range, upper bool) (shenyang.Bound, error) {
	cv, ok := c.Value()
	if !ok { // current unbounded on this side: so is growth
		return shenyang.Unbounded(), nil
	}
	// For a lower bound, a non-negative current value is smallest over the
	// largest prior; a negative one over the smallest. The upper bound
	// mirrors this.
	usePriorHigh := cv.Sign() >= 0 != upper
	p := prior.Low()
	if usePriorHigh {
		p = prior.High()
	}
	pv, ok := p.Value()
	if !ok {
		// c / p tends to 0 as p grows without bound, so growth tends to
		// -1; the bound is closed, since Growth of a large enough prior
		// rounds to -1 itself.
		return shenyang.Closed(one().Neg()), nil
	}
	if pv.Sign() == 0 {
		// The open lower bound of a prior such as (0, 5]: as p tends to 0,
		// c / p - 1 runs off to the infinity of c's sign, the one this
		// bound was picked for; a c of 0 is a growth of -1 over any prior.
		if cv.Sign() == 0 {
			return shenyang.Closed(one().Neg()), nil
		}
		return shenyang.Unbounded(), nil
	}
	mode := dec.Floor
	if upper {
		mode = dec.Ceil
	}
	g, exact := dec.Quo(cv.Sub(pv), pv, mode)
	if err := check(op, "result", g); err != nil {
		return shenyang.Bound{}, err
	}
	// Closed unless an exact zero from an open operand bound: a growth just
	// inside any other open bound rounds onto it, but no non-zero growth
	// rounds to zero.
	if exact && g.Sign() == 0 && (c.IsOpen() || p.IsOpen()) {
		return shenyang.Open(g), nil
	}
	return shenyang.Closed(g), nil
}

// PriorRange returns the range of prior values from which a value in
// current grew at a rate in growth: [current.low / (1 + growth.high),
// current.high / (1 + growth.low)], rounded outward to 16 significant
// digits. Every value in current must be positive and every rate in growth
// above -1, as in (-1, 0.5], where the prior grows without bound as the
// rate tends to -1: PriorRange([1, 2], (-1, 0.5]) is
// [0.6666666666666666, +inf).
func PriorRange(current, growth shenyang.Range) (shenyang.Range, error) {
	const op = "indicators.PriorRange"
	if err := checkRanges(op, "current", current, "growth", growth); err != nil {
		return shenyang.Range{}, err
	}
	factor, err := growth.Add(shenyang.Exactly(one()))
	if err != nil {
		return shenyang.Range{}, rewrap(op, "growth", err)
	}
	// No checkRange of factor: the bounds of a sum that Range.Add returns
	// pass dec.Check.
	if !aboveZero(factor) {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "growth", Value: growth.String(), Err: shenyang.ErrGrowthTooLow}
	}
	if v, _ := factor.Low().Value(); v.Sign() == 0 {
		return priorFromZero(op, current, factor)
	}
	p, err := current.Quo(factor)
	if err != nil {
		return shenyang.Range{}, rewrap(op, "result", err)
	}
	return p, nil
}

// priorFromZero is PriorRange for a factor 1 + growth open at 0, such as
// (0, 1.5], which Range.Quo refuses as a divisor: current / f grows without
// bound as f tends to 0, and is smallest at the factor's upper end, where
// it tends to 0 if that end is unbounded.
func priorFromZero(op string, current, factor shenyang.Range) (shenyang.Range, error) {
	low := shenyang.Open(decimal.Decimal{})
	if f, ok := factor.High().Value(); ok {
		q, err := current.Quo(shenyang.Exactly(f))
		if err != nil {
			return shenyang.Range{}, rewrap(op, "result", err)
		}
		low = q.Low()
	}
	r, err := shenyang.NewRange(low, shenyang.Unbounded())
	if err != nil {
		return shenyang.Range{}, rewrap(op, "result", err)
	}
	return r, nil
}

// checkArgs checks the arguments of Growth and Prior: pos, named posArg,
// and other, named otherArg, within the module's range, and pos positive.
func checkArgs(op, posArg string, pos decimal.Decimal, otherArg string, other decimal.Decimal) error {
	if err := check(op, posArg, pos); err != nil {
		return err
	}
	if err := check(op, otherArg, other); err != nil {
		return err
	}
	if pos.Sign() <= 0 {
		return &shenyang.ValueError{Op: op, Arg: posArg, Value: dec.Format(pos), Err: shenyang.ErrNotPositive}
	}
	return nil
}

// checkRanges is checkArgs for GrowthRange and PriorRange: pos set, within
// the module's range and above zero, which it may have as an open lower
// bound, as (0, 5] does; other set and within range.
func checkRanges(op, posArg string, pos shenyang.Range, otherArg string, other shenyang.Range) error {
	if pos.IsZero() {
		return &shenyang.ValueError{Op: op, Arg: posArg, Err: shenyang.ErrUnset}
	}
	if err := checkRange(op, posArg, pos); err != nil {
		return err
	}
	if !aboveZero(pos) {
		return &shenyang.ValueError{Op: op, Arg: posArg, Value: pos.String(), Err: shenyang.ErrNotPositive}
	}
	if other.IsZero() {
		return &shenyang.ValueError{Op: op, Arg: otherArg, Err: shenyang.ErrUnset}
	}
	return checkRange(op, otherArg, other)
}

// check rejects decimals beyond the module's range.
func check(op, arg string, d decimal.Decimal) error {
	if !dec.Fits(d) {
		return &shenyang.ValueError{Op: op, Arg: arg, Value: dec.Describe(d), Err: shenyang.ErrOutOfRange}
	}
	return nil
}

// checkRange rejects a range with a bound beyond the module's range.
func checkRange(op, arg string, r shenyang.Range) error {
	for _, b := range [2]shenyang.Bound{r.Low(), r.High()} {
		if v, ok := b.Value(); ok {
			if err := check(op, arg, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// rewrap reports an error of an inner range operation as one of op, about
// argument arg, keeping its sentinel and offending value.
func rewrap(op, arg string, err error) error {
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return &shenyang.ValueError{Op: op, Arg: arg, Value: ve.Value, Err: ve.Err}
	}
	return err
}

// aboveZero reports whether every value of r is positive: its lower bound
// is positive, or an open 0.
func aboveZero(r shenyang.Range) bool {
	v, ok := r.Low().Value()
	return ok && (v.Sign() > 0 || v.Sign() == 0 && r.Low().IsOpen())
}

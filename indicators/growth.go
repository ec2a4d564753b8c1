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
	if err := check(op, "prior", prior); err != nil {
		return decimal.Decimal{}, err
	}
	if err := check(op, "current", current); err != nil {
		return decimal.Decimal{}, err
	}
	if prior.Sign() <= 0 {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "prior", Value: dec.Format(prior), Err: shenyang.ErrNotPositive}
	}
	g, _ := dec.Quo(current.Sub(prior), prior, dec.HalfEven)
	if err := check(op, "result", g); err != nil {
		return decimal.Decimal{}, err
	}
	return g, nil
}

// Prior returns the value from which current grew at rate growth,
// current / (1 + growth): the inverse of [Growth]. The quotient is rounded
// once, to 16 significant digits, half to even. current must be positive and
// growth above -1 (a fall of less than 100 percent); otherwise the error
// wraps [shenyang.ErrNotPositive] or [shenyang.ErrGrowthTooLow].
func Prior(current, growth decimal.Decimal) (decimal.Decimal, error) {
	const op = "indicators.Prior"
	if err := check(op, "current", current); err != nil {
		return decimal.Decimal{}, err
	}
	if err := check(op, "growth", growth); err != nil {
		return decimal.Decimal{}, err
	}
	if current.Sign() <= 0 {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "current", Value: dec.Format(current), Err: shenyang.ErrNotPositive}
	}
	factor := growth.Add(one())
	if factor.Sign() <= 0 {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "growth", Value: dec.Format(growth), Err: shenyang.ErrGrowthTooLow}
	}
	p, _ := dec.Quo(current, factor, dec.HalfEven)
	if err := check(op, "result", p); err != nil {
		return decimal.Decimal{}, err
	}
	return p, nil
}

// GrowthRange returns the range of growth rates from any prior value in
// prior to any current value in current: [current.low / prior.high - 1,
// current.high / prior.low - 1], each quotient rounded outward to 16
// significant digits and each bound rounded outward to 16 significant
// digits again after subtracting 1, so that [Growth] of any values in the
// two ranges lies in the result. Every value in prior must be positive (the
// error wraps [shenyang.ErrNotPositive]); current may be one-sided.
func GrowthRange(prior, current shenyang.Range) (shenyang.Range, error) {
	const op = "indicators.GrowthRange"
	if err := positive(op, "prior", prior, shenyang.ErrNotPositive); err != nil {
		return shenyang.Range{}, err
	}
	if current.IsZero() {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "current", Err: shenyang.ErrUnset}
	}
	if err := checkRange(op, "current", current); err != nil {
		return shenyang.Range{}, err
	}
	q, err := current.Quo(prior)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	// q - 1 can need more than 16 digits (1e20 - 1) while Growth rounds
	// (current-prior)/prior to 16: round the bounds of q - 1 outward, so
	// that the rounded point stays inside.
	low, err := minusOne(op, q.Low(), dec.Floor)
	if err != nil {
		return shenyang.Range{}, err
	}
	high, err := minusOne(op, q.High(), dec.Ceil)
	if err != nil {
		return shenyang.Range{}, err
	}
	g, err := shenyang.NewRange(low, high)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	return g, nil
}

// minusOne returns the bound b - 1 rounded to 16 significant digits in
// mode m. The result is closed unless it is an open zero: Growth rounds,
// so a growth just inside an open bound rounds onto it, but no non-zero
// growth rounds to zero.
func minusOne(op string, b shenyang.Bound, m dec.Mode) (shenyang.Bound, error) {
	v, ok := b.Value()
	if !ok {
		return b, nil
	}
	w, _ := dec.Round(v.Sub(one()), m)
	if err := check(op, "result", w); err != nil {
		return shenyang.Bound{}, err
	}
	if b.IsOpen() && w.Sign() == 0 {
		return shenyang.Open(w), nil
	}
	return shenyang.Closed(w), nil
}

// PriorRange returns the range of prior values from which a value in
// current grew at a rate in growth: [current.low / (1 + growth.high),
// current.high / (1 + growth.low)], rounded outward to 16 significant
// digits. Every value in current must be positive and every rate in growth
// above -1.
func PriorRange(current, growth shenyang.Range) (shenyang.Range, error) {
	const op = "indicators.PriorRange"
	if err := positive(op, "current", current, shenyang.ErrNotPositive); err != nil {
		return shenyang.Range{}, err
	}
	if growth.IsZero() {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "growth", Err: shenyang.ErrUnset}
	}
	if err := checkRange(op, "growth", growth); err != nil {
		return shenyang.Range{}, err
	}
	factor, err := growth.Add(shenyang.Exactly(one()))
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	if err := positive(op, "growth", factor, shenyang.ErrGrowthTooLow); err != nil {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "growth", Value: growth.String(), Err: shenyang.ErrGrowthTooLow}
	}
	p, err := current.Quo(factor)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	return p, nil
}

// check rejects decimals beyond the module's range.
func check(op, arg string, d decimal.Decimal) error {
	if dec.Check(d) != nil {
		return &shenyang.ValueError{Op: op, Arg: arg, Value: dec.Describe(d), Err: shenyang.ErrOutOfRange}
	}
	return nil
}

// checkRange rejects a range with a bound beyond the module's decimal
// range (shenyang.Exactly does not check its value).
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

// positive reports an error unless r lies wholly above zero, not touching
// it: a divisor range may not even have zero as an open bound.
func positive(op, arg string, r shenyang.Range, sentinel error) error {
	if r.IsZero() {
		return &shenyang.ValueError{Op: op, Arg: arg, Err: shenyang.ErrUnset}
	}
	if err := checkRange(op, arg, r); err != nil {
		return err
	}
	v, ok := r.Low().Value()
	if !ok || v.Sign() <= 0 {
		return &shenyang.ValueError{Op: op, Arg: arg, Value: r.String(), Err: sentinel}
	}
	return nil
}

// reop reports an error of a range operation inside op as op's own: the
// same argument, value and sentinel.
func reop(op string, err error) error {
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return &shenyang.ValueError{Op: op, Arg: ve.Arg, Value: ve.Value, Err: ve.Err}
	}
	return err
}

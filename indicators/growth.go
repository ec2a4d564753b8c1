package indicators

import (
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

// Growth returns the growth rate from prior to current as a ratio,
// (current - prior) / prior: 0.15 for a rise of 15 percent. It is computed
// exactly and rounded once, to 16 significant digits, half to even, the
// value rule of the Figure functions. prior must be positive; a zero or
// negative prior returns an error wrapping [shenyang.ErrNotPositive]. For
// the growth of figures, with its range, use [shenyang.Growth].
func Growth(prior, current decimal.Decimal) (decimal.Decimal, error) {
	const op = "indicators.Growth"
	for _, a := range [2]struct {
		name string
		d    decimal.Decimal
	}{{"prior", prior}, {"current", current}} {
		if !dec.Fits(a.d) {
			return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: a.name, Value: dec.Describe(a.d), Err: shenyang.ErrOutOfRange}
		}
	}
	if prior.Sign() <= 0 {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "prior", Value: dec.Format(prior), Err: shenyang.ErrNotPositive}
	}
	g := exact.RoundRatio(current.Sub(prior), prior, exact.HalfEven)
	if !dec.Fits(g) {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "result", Value: dec.Describe(g), Err: shenyang.ErrOutOfRange}
	}
	return g, nil
}

package trade

import (
	"errors"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// ImportShare returns the share of imports in total trade, imports / total,
// as a ratio in [0, 1], rounded once to 16 significant digits, half to even.
// total must be positive (else [shenyang.ErrNotPositive]), imports not
// negative ([shenyang.ErrNegative]) and not above total
// ([shenyang.ErrPartExceedsWhole]).
func ImportShare(imports, total decimal.Decimal) (decimal.Decimal, error) {
	const op = "trade.ImportShare"
	for _, a := range [2]struct {
		name string
		d    decimal.Decimal
	}{{"imports", imports}, {"total", total}} {
		if !dec.Fits(a.d) {
			return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: a.name, Value: dec.Describe(a.d), Err: shenyang.ErrOutOfRange}
		}
	}
	switch {
	case total.Sign() <= 0:
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "total", Value: dec.Format(total), Err: shenyang.ErrNotPositive}
	case imports.Sign() < 0:
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "imports", Value: dec.Format(imports), Err: shenyang.ErrNegative}
	case imports.Cmp(total) > 0:
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "imports", Value: dec.Format(imports) + " > total " + dec.Format(total), Err: shenyang.ErrPartExceedsWhole}
	}
	s, _ := dec.Quo(imports, total, dec.HalfEven)
	if !dec.Fits(s) {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "result", Value: dec.Describe(s), Err: shenyang.ErrOutOfRange}
	}
	return s, nil
}

// ImportShareRange returns the range of import shares for imports in
// imports and a total in total: [imports.low / total.high, imports.high /
// total.low], rounded outward to 16 significant digits and then cut to
// [0, 1], since a share cannot leave it. Every total in total must be
// positive, as in (0, +inf), where the share of a positive import grows
// without bound as the total tends to 0 and so is cut to 1:
// ImportShareRange([1, 2], (0, +inf)) is (0, 1]. imports must not be
// certainly negative or certainly above total.
func ImportShareRange(imports, total shenyang.Range) (shenyang.Range, error) {
	const op = "trade.ImportShareRange"
	if imports.IsZero() {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "imports", Err: shenyang.ErrUnset}
	}
	if total.IsZero() {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "total", Err: shenyang.ErrUnset}
	}
	for _, a := range [2]struct {
		name string
		r    shenyang.Range
	}{{"imports", imports}, {"total", total}} {
		for _, b := range [2]shenyang.Bound{a.r.Low(), a.r.High()} {
			if v, ok := b.Value(); ok && !dec.Fits(v) {
				return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: a.name, Value: dec.Describe(v), Err: shenyang.ErrOutOfRange}
			}
		}
	}
	tl, ok := total.Low().Value()
	if !ok || tl.Sign() < 0 || tl.Sign() == 0 && !total.Low().IsOpen() {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "total", Value: total.String(), Err: shenyang.ErrNotPositive}
	}
	if v, ok := imports.High().Value(); ok && (v.Sign() < 0 || (v.Sign() == 0 && imports.High().IsOpen())) {
		return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "imports", Value: imports.String(), Err: shenyang.ErrNegative}
	}
	if lo, ok := imports.Low().Value(); ok {
		if hi, ok := total.High().Value(); ok {
			if c := lo.Cmp(hi); c > 0 || (c == 0 && (imports.Low().IsOpen() || total.High().IsOpen())) {
				return shenyang.Range{}, &shenyang.ValueError{Op: op, Arg: "imports", Value: imports.String() + " > total " + total.String(), Err: shenyang.ErrPartExceedsWhole}
			}
		}
	}
	if tl.Sign() == 0 {
		return shareFromZero(op, imports, total)
	}
	q, err := imports.Quo(total)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	unit, err := shenyang.NewRange(shenyang.Closed(decimal.Decimal{}), shenyang.Closed(decimal.New(1, 0)))
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	s, err := q.Intersect(unit)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	return s, nil
}

// shareFromZero is ImportShareRange for a total open at 0, such as
// (0, 4], which Range.Quo refuses as a divisor, once the imports have
// passed its checks. As the total tends to 0 the share of a positive
// import grows without bound, so the upper bound is 1, or 0 for imports
// of at most 0. The lower bound is imports.low / total.high rounded down,
// which tends to 0 (open) when the total is unbounded above; imports that
// reach below 0 give 0, closed, like any share cut at 0.
func shareFromZero(op string, imports, total shenyang.Range) (shenyang.Range, error) {
	high := shenyang.Closed(decimal.New(1, 0))
	if v, ok := imports.High().Value(); ok && v.Sign() <= 0 { // 0, as imports are not negative
		high = shenyang.Closed(decimal.Decimal{})
	}
	low := shenyang.Closed(decimal.Decimal{})
	if il, ok := imports.Low().Value(); ok && il.Sign() >= 0 {
		switch th, bounded := total.High().Value(); {
		case bounded:
			// il / th in [0, 1]: il is at most th, as checked.
			q, err := imports.Quo(shenyang.Exactly(th))
			if err != nil {
				return shenyang.Range{}, reop(op, err)
			}
			low = q.Low()
		case il.Sign() > 0 || imports.Low().IsOpen():
			low = shenyang.Open(decimal.Decimal{}) // il / t tends to 0, not reached
		}
	}
	r, err := shenyang.NewRange(low, high)
	if err != nil {
		return shenyang.Range{}, reop(op, err)
	}
	return r, nil
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

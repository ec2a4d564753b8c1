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
// [0, 1], since a share cannot leave it. total must lie wholly above zero;
// imports must not be certainly negative or certainly above total.
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
	if v, ok := total.Low().Value(); !ok || v.Sign() <= 0 {
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

// reop reports an error of a range operation inside op as op's own: the
// same argument, value and sentinel.
func reop(op string, err error) error {
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return &shenyang.ValueError{Op: op, Arg: ve.Arg, Value: ve.Value, Err: ve.Err}
	}
	return err
}

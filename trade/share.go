package trade

import (
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

// ImportShare returns the share of imports in total trade, imports / total,
// as a ratio in [0, 1], computed exactly and rounded once to 16 significant
// digits, half to even, the value rule of the Figure functions.
// total must be positive (else [shenyang.ErrNotPositive]), imports not
// negative ([shenyang.ErrNegative]) and not above total
// ([shenyang.ErrPartExceedsWhole]). For the share of figures, with its
// range, use [shenyang.Share].
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
	case dec.Cmp(imports, total) > 0:
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "imports", Value: dec.Format(imports) + " > total " + dec.Format(total), Err: shenyang.ErrPartExceedsWhole}
	}
	s := exact.RoundRatio(imports, total, exact.HalfEven)
	if !dec.Fits(s) {
		return decimal.Decimal{}, &shenyang.ValueError{Op: op, Arg: "result", Value: dec.Describe(s), Err: shenyang.ErrOutOfRange}
	}
	return s, nil
}

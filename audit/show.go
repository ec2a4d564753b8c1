package audit

import (
	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// show writes a value for people: amounts in billions to three decimals,
// ratios in percent to two, rates to four. It rounds for display only;
// the checks decide on the exact ranges.
func show(d decimal.Decimal, u shenyang.Unit) string {
	num, unit := scaled(d, u)
	return num + unit
}

func scaled(d decimal.Decimal, u shenyang.Unit) (num, unit string) {
	switch u {
	case shenyang.UnitCNY:
		return shenyang.FormatDecimal(d.Shift(-9).RoundBank(3)), " billion yuan"
	case shenyang.UnitUSD:
		return shenyang.FormatDecimal(d.Shift(-9).RoundBank(3)), " billion dollars"
	case shenyang.UnitRatio:
		return shenyang.FormatDecimal(d.Shift(2).RoundBank(2)), " %"
	case shenyang.UnitCNYPerUSD:
		return shenyang.FormatDecimal(d.RoundBank(4)), " yuan per dollar"
	}
	return shenyang.FormatDecimal(d), ""
}

// showRange writes a range for people, rounding each bound outward at the
// display precision so that the text never shows a narrower range.
func showRange(r shenyang.Range, u shenyang.Unit) string {
	end := func(b shenyang.Bound, low bool) string {
		v, ok := b.Value()
		if !ok {
			if low {
				return "-inf"
			}
			return "+inf"
		}
		num, _ := scaled(outward(v, u, low), u)
		return num
	}
	open, close := "[", "]"
	if r.Low().IsOpen() || r.Low().IsUnbounded() {
		open = "("
	}
	if r.High().IsOpen() || r.High().IsUnbounded() {
		close = ")"
	}
	_, unit := scaled(decimal.Decimal{}, u)
	return open + end(r.Low(), true) + ", " + end(r.High(), false) + close + unit
}

// outward rounds v at the display precision of u, down for a lower bound
// and up for an upper one.
func outward(v decimal.Decimal, u shenyang.Unit, low bool) decimal.Decimal {
	shift, places := int32(0), int32(4)
	switch u {
	case shenyang.UnitCNY, shenyang.UnitUSD:
		shift, places = -9, 3
	case shenyang.UnitRatio:
		shift, places = 2, 2
	case shenyang.UnitCount:
		return v
	}
	s := v.Shift(shift)
	if low {
		s = s.RoundFloor(places)
	} else {
		s = s.RoundCeil(places)
	}
	return s.Shift(-shift)
}

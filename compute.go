package shenyang

import (
	"math/big"
	"strings"

	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

// The Figure functions compute a new derived [Figure] from figures: the
// caller names the new figure (its id and label) and the function fills in
// everything else: value, range, unit, period, status, qualifier, formula,
// input ids, method and citations. They check units: a growth, share,
// difference or sum needs two figures of one unit, a conversion a money
// figure and a rate between its currency and another.
//
// # Exact arithmetic, one rounding
//
// A derived figure remembers the exact formula it was computed by, over the
// reported figures it rests on, so that a figure computed from derived
// figures is still computed from the reported ones:
//
//   - its value is the formula's exact value, rounded once, half to even,
//     at 16 significant digits (a count: to a whole number);
//   - its range is the exact range of the formula over the ranges of the
//     reported figures, rounded outward once at 16 significant digits (a
//     count: to the whole numbers inside it). A rounded end is closed. An
//     end that needs no rounding keeps its openness under interval
//     arithmetic; the corner method gives closed ends (x·x over (1, 2) is
//     [1, 4]), a point wider than exact at most, and still sound.
//
// The range is exact when every reported figure enters the formula once
// (interval arithmetic), or, when one enters more than once, when the
// formula is monotone in each reported figure over their ranges: the sign
// of each partial derivative, evaluated with interval arithmetic, is fixed,
// and the formula is evaluated at the two corners. Otherwise interval
// arithmetic still gives a range that holds every possible value, but may
// be wider. [Derivation.Method] says which method was used.
//
// A figure decoded from JSON has lost its formula: functions treat it as a
// reported figure with its own value and range.

// Growth returns the growth of current over prior, current / prior - 1, as
// a ratio: Growth of 1.65 billion dollars over 1.434782608695652 billion is
// 0.15. Both figures must have one unit, and prior must be positive over its
// whole range. The new figure has current's period.
func Growth(id, label string, prior, current Figure) (Figure, error) {
	const op = "Growth"
	if err := sameUnit(op, "prior", prior, "current", current); err != nil {
		return Figure{}, err
	}
	if err := positive(op, "prior", prior); err != nil {
		return Figure{}, err
	}
	one := exact.Const(exact.Int(1))
	e := exact.Sub(exact.Quo(current.expr(), prior.expr()), one)
	return derive(op, id, label, UnitRatio, Period{ISO: current.Period.ISO},
		"("+current.ID+" - "+prior.ID+") / "+prior.ID, e, prior, current)
}

// Prior returns the value a figure had one year before, from its growth on
// that year: value / (1 + growth). growth must be a ratio above -1 over its
// whole range. The new figure has value's unit and value's period moved
// back one year (2019 becomes 2018).
func Prior(id, label string, value, growth Figure) (Figure, error) {
	const op = "Prior"
	if err := checkOperand(op, "value", value); err != nil {
		return Figure{}, err
	}
	if err := wantUnit(op, "growth", growth, UnitRatio); err != nil {
		return Figure{}, err
	}
	if lo, ok := growth.Range.Low().Value(); growth.Value.Cmp(decimal.New(-1, 0)) <= 0 || !ok || lo.Cmp(decimal.New(-1, 0)) < 0 ||
		(lo.Cmp(decimal.New(-1, 0)) == 0 && !growth.Range.Low().IsOpen()) {
		return Figure{}, valueErr(op, "growth", growth.ID+" "+growth.Range.String(), ErrGrowthTooLow)
	}
	period, err := yearBefore(value.Period)
	if err != nil {
		return Figure{}, valueErr(op, "value", value.ID+" period "+value.Period.ISO, err)
	}
	one := exact.Const(exact.Int(1))
	e := exact.Quo(value.expr(), exact.Add(one, growth.expr()))
	return derive(op, id, label, value.Unit, period,
		value.ID+" / (1 + "+growth.ID+")", e, value, growth)
}

// Share returns part / whole as a ratio, such as the share of imports in
// total trade. Both figures must have one unit, and whole's range must not
// contain zero.
func Share(id, label string, part, whole Figure) (Figure, error) {
	const op = "Share"
	if err := sameUnit(op, "part", part, "whole", whole); err != nil {
		return Figure{}, err
	}
	if err := nonZero(op, "whole", whole); err != nil {
		return Figure{}, err
	}
	e := exact.Quo(part.expr(), whole.expr())
	return derive(op, id, label, UnitRatio, joinPeriods(part.Period, whole.Period),
		part.ID+" / "+whole.ID, e, part, whole)
}

// Difference returns a - b, in their common unit.
func Difference(id, label string, a, b Figure) (Figure, error) {
	return linear("Difference", id, label, a, " - ", b, exact.Sub)
}

// Sum returns a + b, in their common unit.
func Sum(id, label string, a, b Figure) (Figure, error) {
	return linear("Sum", id, label, a, " + ", b, exact.Add)
}

// linear is Difference and Sum: a sym b, built by f.
func linear(op, id, label string, a Figure, sym string, b Figure, f func(x, y *exact.Expr) *exact.Expr) (Figure, error) {
	if err := sameUnit(op, "a", a, "b", b); err != nil {
		return Figure{}, err
	}
	return derive(op, id, label, a.Unit, joinPeriods(a.Period, b.Period), a.ID+sym+b.ID, f(a.expr(), b.expr()), a, b)
}

// RateOf returns the exchange rate that prices per in amount's currency:
// amount / per, in units of amount's currency per unit of per's, such as
// 105.5 billion yuan for 15 billion dollars, 7.033... CNY per USD. Both must
// be money figures in different currencies, and per must be positive.
func RateOf(id, label string, amount, per Figure) (Figure, error) {
	const op = "RateOf"
	quote, err := currencyOf(op, "amount", amount)
	if err != nil {
		return Figure{}, err
	}
	base, err := currencyOf(op, "per", per)
	if err != nil {
		return Figure{}, err
	}
	unit, ok := rateUnit(quote, base)
	if !ok { // one currency in itself: the only other case, with two currencies
		return Figure{}, valueErr(op, "per", per.ID+" in "+base.String(), ErrSameCurrency)
	}
	if err := positive(op, "per", per); err != nil {
		return Figure{}, err
	}
	return derive(op, id, label, unit, joinPeriods(amount.Period, per.Period),
		amount.ID+" / "+per.ID, exact.Quo(amount.expr(), per.expr()), amount, per)
}

// Convert returns amount converted at rate over the rate's whole range: an
// amount in the rate's quote currency (yuan, for a rate in CNY per USD) is
// divided by it, one in its base currency multiplied. The rate must be
// positive over its range. The new figure has amount's period.
func Convert(id, label string, amount, rate Figure) (Figure, error) {
	const op = "Convert"
	c, err := currencyOf(op, "amount", amount)
	if err != nil {
		return Figure{}, err
	}
	if err := checkOperand(op, "rate", rate); err != nil {
		return Figure{}, err
	}
	quote, base, ok := rate.Unit.rateCurrencies()
	if !ok {
		return Figure{}, &UnitError{Op: op, Arg: "rate " + rate.ID, Got: rate.Unit, Want: rateUnitFor(c)}
	}
	if err := positive(op, "rate", rate); err != nil {
		return Figure{}, err
	}
	switch c {
	case quote:
		return derive(op, id, label, base.Unit(), Period{ISO: amount.Period.ISO},
			amount.ID+" / "+rate.ID, exact.Quo(amount.expr(), rate.expr()), amount, rate)
	case base:
		return derive(op, id, label, quote.Unit(), Period{ISO: amount.Period.ISO},
			amount.ID+" * "+rate.ID, exact.Mul(amount.expr(), rate.expr()), amount, rate)
	}
	return Figure{}, &UnitError{Op: op, Arg: "amount", Got: amount.Unit, Want: quote.Unit()}
}

// Reconcile returns what two readings of one quantity allow together: the
// intersection of their ranges, with its midpoint as the value. For a count
// the range holds the whole numbers of the intersection and the value is
// their midpoint, rounded half to even: some 170 ([165, 175]) and more than
// 170 ((170, +inf)) give 173 in [171, 175]. The figures must have one unit
// and ranges that meet in a bounded range.
func Reconcile(id, label string, a, b Figure) (Figure, error) {
	const op = "Reconcile"
	if err := sameUnit(op, "a", a, "b", b); err != nil {
		return Figure{}, err
	}
	both, err := a.Range.Intersect(b.Range)
	if err != nil {
		return Figure{}, valueErr(op, "b", b.ID+" "+b.Range.String(), sentinel(err))
	}
	if a.Unit == UnitCount {
		if both, err = wholeRange(op, both); err != nil {
			return Figure{}, err
		}
	}
	lo, okLo := both.Low().Value()
	hi, okHi := both.High().Value()
	if !okLo || !okHi {
		return Figure{}, valueErr(op, "b", b.ID+" "+b.Range.String(), ErrUnbounded)
	}
	mid := exact.Dec(lo).Add(exact.Dec(hi)).Quo(exact.Int(2))
	v, err := roundValue(op, mid, a.Unit)
	if err != nil {
		return Figure{}, err
	}
	f := assemble(id, label, a.Unit, joinPeriods(a.Period, b.Period),
		Derivation{Formula: "midpoint(" + a.ID + " ∩ " + b.ID + ")", Method: MethodIntersection}, a, b)
	f.Value, f.Range, f.Qualifier = v, both, qualifierOf(both)
	return f, nil
}

// The methods a [Derivation] names.
const (
	// MethodIntervals: exact interval arithmetic, each reported figure
	// entering the formula once.
	MethodIntervals = "exact: interval arithmetic, each reported input enters once"
	// MethodCorners: exact: the formula is monotone in each reported figure
	// (partial derivatives of fixed sign over the inputs' ranges, by
	// interval arithmetic) and is evaluated at two corners.
	MethodCorners = "exact: monotone in each reported input (signs of the partial derivatives fixed over their ranges), evaluated at two corners"
	// MethodBounded: interval arithmetic over a formula in which a
	// reported figure enters more than once; sound, possibly wider than
	// exact.
	MethodBounded = "sound, may be wider than exact: interval arithmetic, a reported input enters more than once"
	// MethodIntersection: the intersection of two readings' ranges, whose
	// midpoint is the value.
	MethodIntersection = "exact: the intersection of the inputs' ranges; the value is its midpoint"
)

// expr returns the formula of f over reported figures: a derived figure's
// own, or f itself as a leaf.
func (f Figure) expr() *exact.Expr {
	if f.formula != nil {
		return f.formula
	}
	return exact.Leaf(f.ID, exact.Dec(f.Value), interval(f.Range))
}

func interval(r Range) exact.Interval {
	b := func(x Bound) exact.Bound {
		v, ok := x.Value()
		if !ok {
			return exact.Bound{Inf: true}
		}
		return exact.Bound{V: exact.Dec(v), Open: x.IsOpen()}
	}
	return exact.Interval{Lo: b(r.Low()), Hi: b(r.High())}
}

// derive evaluates e and builds the figure.
func derive(op, id, label string, unit Unit, period Period, formula string, e *exact.Expr, inputs ...Figure) (Figure, error) {
	xv, err := e.Value()
	if err != nil {
		return Figure{}, valueErr(op, "formula", formula, ErrDivisorRange)
	}
	v, err := roundValue(op, xv, unit)
	if err != nil {
		return Figure{}, err
	}
	xr, method, err := e.Range()
	if err != nil {
		return Figure{}, valueErr(op, "formula", formula, ErrDivisorRange)
	}
	r, err := roundRange(op, xr, unit, true)
	if err != nil {
		return Figure{}, err
	}
	name := MethodIntervals
	switch method {
	case exact.ByCorners:
		name = MethodCorners
	case exact.Bounded:
		name = MethodBounded
	}
	f := assemble(id, label, unit, period, Derivation{Formula: formula, Method: name}, inputs...)
	f.Value, f.Range, f.Qualifier, f.formula = v, r, qualifierOf(r), e
	return f, nil
}

// assemble builds a derived figure's identity, derivation and citations.
func assemble(id, label string, unit Unit, period Period, d Derivation, inputs ...Figure) Figure {
	ids := make([]string, len(inputs))
	n := 0
	for _, in := range inputs {
		n += in.Citations.Len()
	}
	cites := make([]Citation, 0, n)
	for i, in := range inputs {
		ids[i] = in.ID
		for c := range in.Citations.All() {
			if !containsCitation(cites, c) {
				cites = append(cites, c)
			}
		}
		if period.InferredFrom == "" && in.Period.InferredFrom != "" && in.Period.ISO == period.ISO {
			period.InferredFrom = in.Period.InferredFrom
			if !strings.HasPrefix(period.InferredFrom, inheritedFrom) { // a derived input names its own source
				period.InferredFrom = inheritedFrom + in.ID + ", which was inferred from " + in.Period.InferredFrom
			}
		}
	}
	d.Inputs = List[string]{items: ids}
	return Figure{
		ID: id, Label: label, Period: period, Unit: unit,
		Status: Derived, Derivation: d, Citations: List[Citation]{items: cites},
	}
}

// inheritedFrom starts the basis of a period inferred as an input's.
const inheritedFrom = "the period of its input "

func containsCitation(cs []Citation, c Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// qualifierOf returns the qualifier of a derived range: [MoreThan] or
// [AtLeast] when it is bounded below only, [Computed] otherwise.
func qualifierOf(r Range) Qualifier {
	switch {
	case r.High().IsUnbounded() && !r.Low().IsUnbounded() && r.Low().IsOpen():
		return MoreThan
	case r.High().IsUnbounded() && !r.Low().IsUnbounded():
		return AtLeast
	}
	return Computed
}

func roundValue(op string, x exact.Q, unit Unit) (decimal.Decimal, error) {
	var v decimal.Decimal
	if unit == UnitCount {
		v = roundWhole(x, exact.HalfEven)
	} else {
		v, _ = exact.Round(x, exact.HalfEven)
	}
	if err := checkDec(op, "result", v); err != nil {
		return decimal.Decimal{}, err
	}
	return v, nil
}

// roundWhole rounds x to a whole number in mode m.
func roundWhole(xq exact.Q, m exact.Mode) decimal.Decimal {
	x := xq.Rat()
	q, r := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int)) // truncated toward zero
	if r.Sign() != 0 {
		switch m {
		case exact.Floor:
			if x.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			}
		case exact.Ceil:
			if x.Sign() > 0 {
				q.Add(q, big.NewInt(1))
			}
		default:
			twice := new(big.Int).Lsh(new(big.Int).Abs(r), 1)
			if c := twice.Cmp(x.Denom()); c > 0 || (c == 0 && q.Bit(0) == 1) {
				q.Add(q, big.NewInt(int64(x.Sign())))
			}
		}
	}
	return decimal.NewFromBigInt(q, 0)
}

// roundRange rounds an exact range outward.
//
// An exact whole end of a count's range that is open stays open when
// keepOpen is set, so that a count derived from "more than 100" reads
// (288, +inf) with the value 288 at its bound, as a reported "more than"
// figure does; otherwise it becomes the next whole number in, [289, +inf).
func roundRange(op string, x exact.Interval, unit Unit, keepOpen bool) (Range, error) {
	end := func(b exact.Bound, m exact.Mode) (Bound, error) {
		if b.Inf {
			return Unbounded(), nil
		}
		if unit == UnitCount {
			w := roundWhole(b.V, m)
			if exact.Dec(w).Cmp(b.V) == 0 && !b.Open {
				return Closed(w), nil
			}
			if exact.Dec(w).Cmp(b.V) == 0 && keepOpen {
				return Open(w), nil
			}
			if exact.Dec(w).Cmp(b.V) == 0 { // an open whole end: the next whole number in
				step := decimal.New(1, 0)
				if m == exact.Floor {
					step = step.Neg()
				}
				return Closed(w.Sub(step)), nil
			}
			// roundWhole rounded outward; the whole number inward is the end
			if m == exact.Floor {
				return Closed(roundWhole(b.V, exact.Ceil)), nil
			}
			return Closed(roundWhole(b.V, exact.Floor)), nil
		}
		d, isExact := exact.Round(b.V, m)
		if err := checkDec(op, "result", d); err != nil {
			return Bound{}, err
		}
		if isExact && b.Open {
			return Open(d), nil
		}
		return Closed(d), nil
	}
	lo, err := end(x.Lo, exact.Floor)
	if err != nil {
		return Range{}, err
	}
	hi, err := end(x.Hi, exact.Ceil)
	if err != nil {
		return Range{}, err
	}
	r, err := NewRange(lo, hi)
	if err != nil {
		return Range{}, valueErr(op, "result", formatRange(lo, hi), sentinel(err))
	}
	return r, nil
}

// wholeRange narrows r to the whole numbers in it.
func wholeRange(op string, r Range) (Range, error) {
	return roundRange(op, interval(r), UnitCount, false)
}

func checkOperand(op, arg string, f Figure) error {
	if f.IsZero() || !f.Unit.Valid() || f.Range.IsZero() {
		return valueErr(op, arg, f.ID, ErrUnset)
	}
	return nil
}

func sameUnit(op, aName string, a Figure, bName string, b Figure) error {
	if err := checkOperand(op, aName, a); err != nil {
		return err
	}
	if err := checkOperand(op, bName, b); err != nil {
		return err
	}
	if a.Unit != b.Unit {
		return &UnitError{Op: op, Arg: bName + " " + b.ID, Got: b.Unit, Want: a.Unit}
	}
	return nil
}

func wantUnit(op, arg string, f Figure, u Unit) error {
	if err := checkOperand(op, arg, f); err != nil {
		return err
	}
	if f.Unit != u {
		return &UnitError{Op: op, Arg: arg + " " + f.ID, Got: f.Unit, Want: u}
	}
	return nil
}

func currencyOf(op, arg string, f Figure) (Currency, error) {
	if err := checkOperand(op, arg, f); err != nil {
		return 0, err
	}
	c, ok := f.Unit.Currency()
	if !ok {
		return 0, &UnitError{Op: op, Arg: arg + " " + f.ID, Got: f.Unit, Want: UnitCNY}
	}
	return c, nil
}

// positive checks that f's value and range are above zero.
func positive(op, arg string, f Figure) error {
	if err := checkOperand(op, arg, f); err != nil {
		return err
	}
	lo, ok := f.Range.Low().Value()
	if f.Value.Sign() <= 0 || !ok || lo.Sign() < 0 || (lo.Sign() == 0 && !f.Range.Low().IsOpen()) {
		return valueErr(op, arg, f.ID+" "+f.Range.String(), ErrNotPositive)
	}
	return nil
}

// nonZero checks that f's value and range exclude zero.
func nonZero(op, arg string, f Figure) error {
	if f.Value.Sign() == 0 || f.Range.Contains(decimal.Decimal{}) {
		return valueErr(op, arg, f.ID+" "+f.Range.String(), ErrDivisorRange)
	}
	if lo, ok := f.Range.Low().Value(); ok && lo.Sign() < 0 {
		if hi, ok := f.Range.High().Value(); !ok || hi.Sign() > 0 {
			return valueErr(op, arg, f.ID+" "+f.Range.String(), ErrDivisorRange)
		}
	} else if !ok {
		if hi, ok := f.Range.High().Value(); !ok || hi.Sign() > 0 { // a closed 0 is caught above
			return valueErr(op, arg, f.ID+" "+f.Range.String(), ErrDivisorRange)
		}
	}
	return nil
}

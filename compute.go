package shenyang

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

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
	if err := operands(op, [2]string{"value", "growth"}, [2]Figure{value, growth}); err != nil {
		return Figure{}, err
	}
	if growth.Unit != UnitRatio {
		return Figure{}, &UnitError{Op: op, Arg: "growth " + growth.ID, Got: growth.Unit, Want: UnitRatio}
	}
	if lo, ok := growth.Range.Low().Value(); !ok || lo.Cmp(decimal.New(-1, 0)) < 0 ||
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
// total trade, with the checks of [trade.ImportShare] on the figures'
// values: whole's value positive ([ErrNotPositive]), part's not negative
// ([ErrNegative]) and not above whole's ([ErrPartExceedsWhole]). Both
// figures must have one unit, and whole must be positive over its whole
// range. The range is the formula's exact range over the inputs' ranges,
// which is not cut to [0, 1]: where the ranges of part and whole overlap,
// a part may exceed its whole, and the range says so (see the example).
//
// [trade.ImportShare]: https://pkg.go.dev/github.com/shenyang-data/shenyang/trade#ImportShare
func Share(id, label string, part, whole Figure) (Figure, error) {
	const op = "Share"
	if err := sameUnit(op, "part", part, "whole", whole); err != nil {
		return Figure{}, err
	}
	if err := positive(op, "whole", whole); err != nil {
		return Figure{}, err
	}
	switch {
	case part.Value.Sign() < 0:
		return Figure{}, valueErr(op, "part", part.ID+" "+FormatDecimal(part.Value), ErrNegative)
	case dec.Cmp(part.Value, whole.Value) > 0:
		return Figure{}, valueErr(op, "part", part.ID+" "+FormatDecimal(part.Value)+" > whole "+whole.ID+" "+FormatDecimal(whole.Value), ErrPartExceedsWhole)
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
	if err := operands(op, [2]string{"amount", "per"}, [2]Figure{amount, per}); err != nil {
		return Figure{}, err
	}
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
	if err := operands(op, [2]string{"amount", "rate"}, [2]Figure{amount, rate}); err != nil {
		return Figure{}, err
	}
	c, err := currencyOf(op, "amount", amount)
	if err != nil {
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
		return Figure{}, valueErr(op, "overlap of", a.ID+" "+a.Range.String()+" and "+b.ID+" "+b.Range.String(), sentinel(err))
	}
	if a.Unit == UnitCount {
		if both, err = wholeRange(op, both); err != nil {
			return Figure{}, err
		}
	}
	lo, okLo := both.Low().Value()
	hi, okHi := both.High().Value()
	if !okLo || !okHi {
		return Figure{}, valueErr(op, "overlap of", a.ID+" "+a.Range.String()+" and "+b.ID+" "+b.Range.String(), ErrUnbounded)
	}
	mid := exact.Dec(lo).Add(exact.Dec(hi)).Quo(exact.Int(2))
	v, r, q, err := settle(op, mid, interval(both), a.Unit)
	if err != nil {
		return Figure{}, err
	}
	if err := newID(op, id, exact.Add(a.expr(), b.expr())); err != nil {
		return Figure{}, err
	}
	f := assemble(id, label, a.Unit, joinPeriods(a.Period, b.Period),
		Derivation{Formula: "midpoint(" + a.ID + " ∩ " + b.ID + ")", Method: MethodIntersection}, a, b)
	f.Value, f.Range, f.Qualifier = v, r, q
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
//
// A derived figure whose id, value, unit or range a caller changed on a
// copy no longer matches its formula, and is a leaf too.
func (f Figure) expr() *exact.Expr {
	if f.formula != nil {
		if g, ok := f.formula.Ref().(*Figure); ok && g.ID == f.ID && g.Unit == f.Unit &&
			dec.Cmp(g.Value, f.Value) == 0 && g.Range.Equal(f.Range) {
			return f.formula
		}
	}
	return exact.Leaf(f.ID, exact.Dec(f.Value), interval(f.Range), &f)
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
	if err := newID(op, id, e); err != nil {
		return Figure{}, err
	}
	xv, err := e.Value()
	if err != nil {
		return Figure{}, valueErr(op, "formula", formula, ErrDivisorRange)
	}
	xr, method, err := e.Range()
	if err != nil {
		return Figure{}, valueErr(op, "formula", formula, ErrDivisorRange)
	}
	v, r, q, err := settle(op, xv, xr, unit)
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
	f.Value, f.Range, f.Qualifier = v, r, q
	named := new(Figure)
	f.formula = exact.Named(e, id, named)
	*named = f
	return f, nil
}

// newID checks the id of a new figure: set, and the id of no figure its
// formula e holds, which would put two figures under one id.
func newID(op, id string, e *exact.Expr) error {
	switch {
	case id == "":
		return valueErr(op, "id", "of the new figure", ErrUnset)
	case e.Has(id):
		return valueErr(op, "id", strconv.Quote(id)+", the id of an input", ErrInconsistent)
	}
	return nil
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
	area := inputs[0].Area
	for _, in := range inputs[1:] {
		if in.Area != area {
			area = ""
		}
	}
	return Figure{
		ID: id, Label: label, Period: period, Area: area, Unit: unit,
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

// settle applies the module's one rounding rule (see the package doc) to
// an exact value and an exact range: the range rounded outward, the value
// rounded half to even and, if that leaves it outside the range or on an
// open end, moved to the decimal in the range nearest the exact value.
// The qualifier is the range's shape.
func settle(op string, xv exact.Q, xr exact.Interval, unit Unit) (decimal.Decimal, Range, Qualifier, error) {
	r, err := roundRange(op, xr, unit)
	if err != nil {
		return decimal.Decimal{}, Range{}, 0, err
	}
	q := qualifierOf(r)
	v := roundValue(xv, unit)
	if !inRange(r, q, v) {
		if v, err = nearest(op, r, v, unit); err != nil {
			return decimal.Decimal{}, Range{}, 0, err
		}
	}
	// The limits are no interval: a value between two ends within them
	// can lie beyond them (1.5e-1000 between 1e-1000 and 2e-1000).
	if err := checkDec(op, "result", v); err != nil {
		return decimal.Decimal{}, Range{}, 0, err
	}
	return v, r, q, nil
}

// inRange reports whether v may be the value of a derived figure with
// range r and qualifier q: inside r, or, for a range bounded on one side
// only, at its excluded bound.
func inRange(r Range, q Qualifier, v decimal.Decimal) bool {
	if r.Contains(v) {
		return true
	}
	b, other := r.Low(), r.High()
	if side, open := q.bound(); !open {
		return false
	} else if side < 0 {
		b, other = r.High(), r.Low()
	}
	if !other.IsUnbounded() {
		return false
	}
	w, _ := b.Value()
	return dec.Cmp(w, v) == 0
}

// nearest returns the decimal of r nearest an exact value whose rounding
// v lies outside r or on an open end: the end v crossed or met, when
// closed, otherwise the next decimal inward at 16 significant digits (more
// only if r holds none at 16); for a count, the next whole number inward.
// As r holds the exact value, that end is the one nearest it.
func nearest(op string, r Range, v decimal.Decimal, unit Unit) (decimal.Decimal, error) {
	b, inward := r.Low(), exact.Ceil
	if low, ok := b.Value(); !ok || dec.Cmp(v, low) > 0 {
		b, inward = r.High(), exact.Floor
	}
	v, _ = b.Value()
	if !b.IsOpen() {
		return v, nil
	}
	if unit == UnitCount { // an open whole end, which only a one-sided count keeps
		step := decimal.New(1, 0)
		if inward == exact.Floor {
			step = step.Neg()
		}
		return v.Add(step), nil
	}
	if v.Sign() == 0 { // no decimal is nearest 0: the least the module holds
		w := decimal.New(1, -dec.MaxExp)
		if inward == exact.Floor {
			w = w.Neg()
		}
		if r.Contains(w) {
			return w, nil
		}
	} else {
		for digits := exact.Digits; digits <= 2*dec.MaxExp; digits++ {
			w := exact.Step(exact.Dec(v), digits, inward)
			if r.Contains(w) {
				return w, checkDec(op, "result", w)
			}
		}
	}
	return decimal.Decimal{}, valueErr(op, "result", r.String(), ErrOutOfRange)
}

// qualifierOf returns the qualifier of a derived range: [MoreThan] or
// [AtLeast] when it is bounded below only, [LessThan] or [AtMost] when it
// is bounded above only, [Computed] otherwise.
func qualifierOf(r Range) Qualifier {
	switch {
	case r.High().IsUnbounded() && r.Low().IsOpen():
		return MoreThan
	case r.High().IsUnbounded():
		return AtLeast
	case r.Low().IsUnbounded() && r.High().IsOpen():
		return LessThan
	case r.Low().IsUnbounded():
		return AtMost
	}
	return Computed
}

// roundValue rounds x half to even at 16 significant digits, or for a
// count to a whole number.
func roundValue(x exact.Q, unit Unit) decimal.Decimal {
	if unit == UnitCount {
		return roundWhole(x, exact.HalfEven)
	}
	v, _ := exact.Round(x, exact.HalfEven)
	return v
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
	return dec.Trim(decimal.NewFromBigInt(q, 0)) // 10^1000 as 1e1000, within the limits
}

// roundRange rounds an exact range outward at 16 significant digits; a
// rounded end is closed, an exact one keeps its openness. A count's range
// is narrowed to the whole numbers in it, except that an open whole end of
// a range bounded on that side only stays open, so that a count derived
// from "more than 100" reads (288, +inf) with the value 288 at its bound,
// as a reported "more than" figure does.
func roundRange(op string, x exact.Interval, unit Unit) (Range, error) {
	oneSided := x.Lo.Inf || x.Hi.Inf
	end := func(b exact.Bound, m exact.Mode) (Bound, error) {
		if b.Inf {
			return Unbounded(), nil
		}
		if unit == UnitCount {
			out := exact.Ceil // the whole number inward of a low end
			if m == exact.Ceil {
				out = exact.Floor
			}
			w := roundWhole(b.V, out)
			if exact.Dec(w).Cmp(b.V) != 0 || !b.Open {
				return Closed(w), nil
			}
			if oneSided {
				return Open(w), nil
			}
			step := decimal.New(1, 0) // an open whole end: the next whole number in
			if m == exact.Ceil {
				step = step.Neg()
			}
			return Closed(w.Add(step)), nil
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

// wholeRange narrows r, bounded on both sides, to the whole numbers in it.
func wholeRange(op string, r Range) (Range, error) {
	return roundRange(op, interval(r), UnitCount)
}

// operands checks the inputs of a Figure function: each set (id, unit,
// range, qualifier and status, [ErrUnset]), within the module's decimal
// limits ([ErrOutOfRange]) and consistent as [Figure.UnmarshalJSON]
// checks it; and no two figures anywhere in their formulas sharing an id
// without being [Figure.Equal] ([ErrInconsistent]). names and figs pair
// up.
func operands(op string, names [2]string, figs [2]Figure) error {
	for i, f := range figs {
		if err := operand(op, names[i], f); err != nil {
			return err
		}
	}
	if figs[0].ID == figs[1].ID && !figs[0].Equal(figs[1]) {
		return valueErr(op, "inputs", "two figures with id "+strconv.Quote(figs[0].ID), ErrInconsistent)
	}
	return exact.Common(figs[0].expr(), figs[1].expr(), func(a, b any) error {
		f, g := a.(*Figure), b.(*Figure) //nolint:forcetypeassert // the root package sets every ref, always a *Figure
		if f != g && !f.Equal(*g) {
			return valueErr(op, "inputs", "two figures with id "+strconv.Quote(f.ID), ErrInconsistent)
		}
		return nil
	})
}

// operand checks one input of a Figure function, named arg.
func operand(op, arg string, f Figure) error {
	switch {
	case f.IsZero():
		return valueErr(op, arg, "", ErrUnset)
	case f.ID == "":
		return valueErr(op, arg+" id", "", ErrUnset)
	case f.Unit == 0:
		return valueErr(op, arg+" unit", f.ID, ErrUnset)
	case f.Range.IsZero():
		return valueErr(op, arg+" range", f.ID, ErrUnset)
	case f.Qualifier == 0:
		return valueErr(op, arg+" qualifier", f.ID, ErrUnset)
	case f.Status == 0:
		return valueErr(op, arg+" status", f.ID, ErrUnset)
	case !f.Unit.Valid():
		return valueErr(op, arg+" unit", f.ID+" "+strconv.Itoa(int(f.Unit)), ErrInvalid)
	case f.Qualifier.String() == "":
		return valueErr(op, arg+" qualifier", f.ID+" "+strconv.Itoa(int(f.Qualifier)), ErrInvalid)
	case f.Status.String() == "":
		return valueErr(op, arg+" status", f.ID+" "+strconv.Itoa(int(f.Status)), ErrInvalid)
	case f.Period.ISO != "" && !validISO(f.Period.ISO) || f.Period.ISO == "" && f.Period.InferredFrom != "":
		return valueErr(op, arg+" period", f.ID+" "+decode.Quote(f.Period.ISO), ErrSyntax)
	}
	if err := checkDec(op, arg+" "+f.ID+" value", f.Value); err != nil {
		return err
	}
	for _, b := range [2]Bound{f.Range.Low(), f.Range.High()} {
		if v, ok := b.Value(); ok {
			if err := checkDec(op, arg+" "+f.ID+" range", v); err != nil {
				return err
			}
		}
	}
	return checkFigure(op, arg+" "+f.ID+" ", f)
}

func sameUnit(op, aName string, a Figure, bName string, b Figure) error {
	if err := operands(op, [2]string{aName, bName}, [2]Figure{a, b}); err != nil {
		return err
	}
	if a.Unit != b.Unit {
		return &UnitError{Op: op, Arg: bName + " " + b.ID, Got: b.Unit, Want: a.Unit}
	}
	return nil
}

func currencyOf(op, arg string, f Figure) (Currency, error) {
	c, ok := f.Unit.Currency()
	if !ok {
		return 0, &UnitError{Op: op, Arg: arg + " " + f.ID, Got: f.Unit, Want: UnitCNY}
	}
	return c, nil
}

// positive checks that f's value and range are above zero.
func positive(op, arg string, f Figure) error {
	if !aboveZero(f.Range) {
		return &ValueError{Op: op, Arg: arg, Value: f.ID + " " + f.Range.String(), Err: ErrNotPositive, Want: "a range above zero"}
	}
	return nil
}

// aboveZero reports whether every value of r is positive: its lower bound
// is positive, or an open 0.
func aboveZero(r Range) bool {
	v, ok := r.Low().Value()
	return ok && (v.Sign() > 0 || v.Sign() == 0 && r.Low().IsOpen())
}

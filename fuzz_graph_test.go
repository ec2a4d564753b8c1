package shenyang_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"strconv"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// oracle is a figure's formula as the test knows it: a reported figure
// (leaf >= 0, an index into the leaves) or an operation on two formulas,
// evaluated with math/big.Rat, independently of the module's engine.
type oracle struct {
	leaf int
	op   byte // '+', '-', '/', 'g' (growth: x/y - 1), 'p' (prior: x / (1 + y))
	x, y *oracle
}

// eval returns the formula's value with the leaves at vals, and false on a
// division by zero.
func (o *oracle) eval(vals []*big.Rat, memo map[*oracle]*big.Rat) (*big.Rat, bool) {
	if o.leaf >= 0 {
		return vals[o.leaf], true
	}
	if v, ok := memo[o]; ok {
		return v, v != nil
	}
	a, ok1 := o.x.eval(vals, memo)
	b, ok2 := o.y.eval(vals, memo)
	var v *big.Rat
	if ok1 && ok2 {
		one := big.NewRat(1, 1)
		switch o.op {
		case '+':
			v = new(big.Rat).Add(a, b)
		case '-':
			v = new(big.Rat).Sub(a, b)
		case '/':
			if b.Sign() != 0 {
				v = new(big.Rat).Quo(a, b)
			}
		case 'g':
			if b.Sign() != 0 {
				v = new(big.Rat).Sub(new(big.Rat).Quo(a, b), one)
			}
		case 'p':
			if d := new(big.Rat).Add(one, b); d.Sign() != 0 {
				v = new(big.Rat).Quo(a, d)
			}
		}
	}
	memo[o] = v
	return v, v != nil
}

// graphByte reads the fuzzer's bytes one at a time, 0 when they run out.
type graphBytes []byte

func (b *graphBytes) next() int {
	if len(*b) == 0 {
		return 0
	}
	c := (*b)[0]
	*b = (*b)[1:]
	return int(c)
}

// graphLeaf builds a reported ratio figure from three or four bytes: a
// value of one or two digits, and the kind of its range: as printed, some,
// more than, a one-sided or open range of the test's own, or a value just
// above an open end, whose 16 digits round onto that end.
func graphLeaf(t *testing.T, i int, b *graphBytes) shenyang.Figure {
	v := decimal.New(int64(b.next()%41-10), int32(-(b.next() % 3))) // -10 .. 30, scaled
	id := "leaf." + strconv.Itoa(i)
	if v.Exponent() == -2 && v.Sign() > 0 { // a count instead: whole, 1 .. 30
		return graphCount(t, id, decimal.New(v.Coefficient().Int64(), 0), b.next()%4)
	}
	f := shenyang.Figure{ID: id, Label: id, Period: shenyang.Period{ISO: "2019"}, Value: v, Unit: shenyang.UnitRatio,
		Status: shenyang.Reported, Citations: testCitations}
	var err error
	switch k := b.next() % 7; k {
	case 0, 1:
		f.Qualifier = shenyang.AsPrinted
		f.Range, err = shenyang.RangeOf(v, shenyang.AsPrinted)
	case 2:
		f.Qualifier = shenyang.Some
		f.Range, err = shenyang.RangeOf(v, shenyang.Some)
	case 3:
		f.Qualifier = shenyang.MoreThan
		f.Range, err = shenyang.RangeOf(v, shenyang.MoreThan)
	case 4: // [v, +inf) or (-inf, v]
		f.Qualifier = shenyang.AtLeast
		f.Range, err = shenyang.RangeOf(v, shenyang.AtLeast)
		if b.next()%2 == 1 {
			f.Qualifier = shenyang.AtMost
			f.Range, err = shenyang.RangeOf(v, shenyang.AtMost)
		}
	case 5: // v + 10^-(17..20) in (v, v + 1]: 16 digits of it round onto the open end
		f.Qualifier = shenyang.AsPrinted
		f.Value = v.Add(decimal.New(1, int32(-17-b.next()%4)))
		f.Range, err = shenyang.NewRange(shenyang.Open(v), shenyang.Closed(v.Add(decimal.New(1, 0))))
	default: // (v - 1, v + 1), open both ends
		f.Qualifier = shenyang.AsPrinted
		f.Range, err = shenyang.NewRange(shenyang.Open(v.Sub(decimal.New(1, 0))), shenyang.Open(v.Add(decimal.New(1, 0))))
	}
	if err != nil {
		t.Fatalf("leaf %d: %v", i, err)
	}
	return f
}

// graphCount builds a reported count: exactly n, some n, more than n or
// at least n.
func graphCount(t *testing.T, id string, n decimal.Decimal, kind int) shenyang.Figure {
	q := [...]shenyang.Qualifier{shenyang.AsPrinted, shenyang.Some, shenyang.MoreThan, shenyang.AtLeast}[kind]
	r, err := shenyang.CountRangeOf(n, q)
	if err != nil {
		t.Fatalf("count %s: %v", id, err)
	}
	return shenyang.Figure{ID: id, Label: id, Period: shenyang.Period{ISO: "2019"}, Value: n, Unit: shenyang.UnitCount,
		Range: r, Qualifier: q, Status: shenyang.Reported, Citations: testCitations}
}

// insidePoints returns points of r: its closed ends, and points strictly
// inside near each open or missing end and in the middle.
func insidePoints(r shenyang.Range) []*big.Rat {
	lo, lok := r.Low().Value()
	hi, hok := r.High().Value()
	eps := big.NewRat(1, 1000)
	var out []*big.Rat
	switch {
	case lok && hok:
		l, h := testcheck.Rat(lo), testcheck.Rat(hi)
		w := new(big.Rat).Sub(h, l)
		near := new(big.Rat).Mul(w, eps)
		out = append(out, new(big.Rat).Add(l, near), new(big.Rat).Sub(h, near), new(big.Rat).Quo(new(big.Rat).Add(l, h), big.NewRat(2, 1)))
		if !r.Low().IsOpen() {
			out = append(out, l)
		}
		if !r.High().IsOpen() {
			out = append(out, h)
		}
	case lok:
		l := testcheck.Rat(lo)
		out = append(out, new(big.Rat).Add(l, eps), new(big.Rat).Add(l, big.NewRat(1000, 1)))
		if !r.Low().IsOpen() {
			out = append(out, l)
		}
	case hok:
		h := testcheck.Rat(hi)
		out = append(out, new(big.Rat).Sub(h, eps), new(big.Rat).Sub(h, big.NewRat(1000, 1)))
		if !r.High().IsOpen() {
			out = append(out, h)
		}
	}
	return out
}

// ratIn reports whether x lies in r.
func ratIn(r shenyang.Range, x *big.Rat) bool {
	if lo, ok := r.Low().Value(); ok {
		c := x.Cmp(testcheck.Rat(lo))
		if c < 0 || c == 0 && r.Low().IsOpen() {
			return false
		}
	}
	if hi, ok := r.High().Value(); ok {
		c := x.Cmp(testcheck.Rat(hi))
		if c > 0 || c == 0 && r.High().IsOpen() {
			return false
		}
	}
	return true
}

// graphSteps are the Figure functions the fuzzer calls on two figures x
// and y, with the oracle's operation on them: x + y, x - y, x / y, x / y - 1
// (the growth of x over y), x / (1 + y) (the value before x at growth y),
// and none for Reconcile, whose result is a new reading.
var graphSteps = []struct {
	op byte
	f  func(id, label string, x, y shenyang.Figure) (shenyang.Figure, error)
}{
	{'+', shenyang.Sum},
	{'-', shenyang.Difference},
	{'/', shenyang.Share},
	{'g', func(id, label string, x, y shenyang.Figure) (shenyang.Figure, error) {
		return shenyang.Growth(id, label, y, x)
	}},
	{'p', shenyang.Prior},
	{0, shenyang.Reconcile},
}

// graphErrors are the errors a Figure function may return for figures the
// fuzzer builds: each names a condition of its documentation.
var graphErrors = []error{
	shenyang.ErrNotPositive, shenyang.ErrNegative, shenyang.ErrPartExceedsWhole, shenyang.ErrGrowthTooLow,
	shenyang.ErrDivisorRange, shenyang.ErrUnbounded, shenyang.ErrEmptyRange, shenyang.ErrOutOfRange,
}

// FuzzDerivationGraph builds random derivation graphs: up to five reported
// figures with closed, open and one-sided ranges ("more than" ones among
// them, whose value is their excluded bound), then up to eight steps of
// Sum, Difference, Share, Growth, Prior or Reconcile on any two figures so
// far, reported or derived, the same one twice included. Each result is
// checked against an independent math/big.Rat evaluation of its formula
// over the reported figures: the range holds the formula's value wherever
// the reported figures lie (sampled at points of their ranges), the value
// follows the one rule (the exact value rounded half to even at 16
// significant digits, or, where that falls outside the range or on an open
// end, a decimal inside it), and the JSON form decodes to an equal figure.
// The work is bounded by the graph's size (13 nodes at most) and by the
// bytes of the exact values (the case stops past 4,000 bits).
func FuzzDerivationGraph(f *testing.F) {
	f.Add([]byte{20, 0, 0, 25, 1, 0, 0, 0, 1, 1, 0, 0})
	f.Add([]byte{30, 1, 3, 12, 0, 5, 40, 2, 0, 2, 0, 1, 3, 2, 2, 4, 1, 3})
	f.Add([]byte{15, 0, 2, 15, 0, 2, 5, 1, 0, 0, 5, 0, 1, 4, 2, 2})
	f.Add([]byte{28, 1, 4, 1, 11, 0, 1, 0, 1, 1, 2, 0, 0, 3, 2, 1, 1, 3, 3})
	f.Add([]byte{0, 11, 0, 5, 2, 10, 0, 0, 1, 0, 0, 1}) // 1.0000000000000000001 in (1, 2] plus a figure
	f.Fuzz(func(t *testing.T, prog []byte) {
		b := graphBytes(prog)
		n := 2 + b.next()%4
		var figs []shenyang.Figure
		var forms []*oracle
		var leaves []shenyang.Figure
		for i := range n {
			leaf := graphLeaf(t, i, &b)
			figs, leaves = append(figs, leaf), append(leaves, leaf)
			forms = append(forms, &oracle{leaf: i})
		}
		for step := range b.next() % 9 {
			fn := b.next() % len(graphSteps)
			i, j := b.next()%len(figs), b.next()%len(figs)
			x, y := figs[i], figs[j]
			id := "step." + strconv.Itoa(step)
			call := graphSteps[fn]
			got, err := call.f(id, id, x, y)
			var form *oracle
			if call.op != 0 {
				form = &oracle{leaf: -1, op: call.op, x: forms[i], y: forms[j]}
			}
			var ue *shenyang.UnitError
			if errors.As(err, &ue) { // a count beside a ratio
				continue
			}
			if err != nil {
				fuzzErr(t, id, err, graphErrors...)
				continue
			}
			if call.op == 0 { // Reconcile, the intersection of two readings: a new reading
				checkReconciled(t, got, x, y)
				form = &oracle{leaf: len(leaves)}
				leaves = append(leaves, got)
			} else if !checkDerived(t, got, form, leaves) {
				return // past the work bound
			}
			figs, forms = append(figs, got), append(forms, form)
		}
	})
}

// checkDerived checks a derived figure against its formula over the
// reported figures, and reports false when the exact values grow past the
// work bound.
func checkDerived(t *testing.T, got shenyang.Figure, form *oracle, leaves []shenyang.Figure) bool {
	t.Helper()
	vals := make([]*big.Rat, len(leaves))
	for i, l := range leaves {
		vals[i] = testcheck.Rat(l.Value)
	}
	exact, ok := form.eval(vals, map[*oracle]*big.Rat{})
	if !ok {
		t.Fatalf("%s = %v, but its formula divides by zero at the figures' values", got.ID, got)
	}
	if exact.Num().BitLen()+exact.Denom().BitLen() > 4000 {
		return false
	}
	checkValue(t, got, exact)
	// The range holds the formula's value at sampled points of the
	// reported figures' ranges: each figure's points in turn, the others
	// at their values, and all at their first and last points.
	points := make([][]*big.Rat, len(leaves))
	for i, l := range leaves {
		points[i] = insidePoints(l.Range)
		if l.Unit == shenyang.UnitCount { // a count is whole
			var whole []*big.Rat
			for _, p := range points[i] {
				if w := wholeHalfEven(p); ratIn(l.Range, w) {
					whole = append(whole, w)
				}
			}
			if v := testcheck.Rat(l.Value); ratIn(l.Range, v) {
				whole = append(whole, v)
			}
			points[i] = whole
		}
	}
	// A derived count's range holds the whole numbers the formula allows:
	// its value there may fall between two of them.
	holds := func(v *big.Rat) bool {
		if got.Unit != shenyang.UnitCount {
			return ratIn(got.Range, v)
		}
		if v.IsInt() {
			return ratIn(got.Range, v)
		}
		floor := new(big.Rat).SetInt(new(big.Int).Div(v.Num(), v.Denom()))
		return ratIn(got.Range, floor) || ratIn(got.Range, new(big.Rat).Add(floor, big.NewRat(1, 1)))
	}
	try := func(at []*big.Rat) {
		if v, ok := form.eval(at, map[*oracle]*big.Rat{}); ok && !holds(v) {
			t.Fatalf("%s: range %v does not hold %s, the formula's value at %v", got.ID, got.Range, v.RatString(), at)
		}
	}
	for _, pick := range []int{0, -1} {
		at := make([]*big.Rat, len(leaves))
		for i, ps := range points {
			if pick == 0 {
				at[i] = ps[0]
			} else {
				at[i] = ps[len(ps)-1]
			}
		}
		try(at)
	}
	for i, ps := range points {
		for _, p := range ps {
			at := append([]*big.Rat(nil), vals...)
			for k, l := range leaves { // a "more than" value lies outside its range
				if !ratIn(l.Range, at[k]) {
					at[k] = points[k][0]
				}
			}
			at[i] = p
			try(at)
		}
	}
	roundTrip(t, got)
	return true
}

// checkValue checks the one rule: the value is the exact value rounded
// half to even at 16 digits (a count: to a whole number) when that lies in
// the range, or at the excluded bound of a one-sided "more than" or "less
// than" range; otherwise the end it crossed or met when that end is
// closed, or the next 16-digit decimal (a count: whole number) inward of
// it when open.
func checkValue(t *testing.T, got shenyang.Figure, exact *big.Rat) {
	t.Helper()
	count := got.Unit == shenyang.UnitCount
	var want *big.Rat
	if count {
		want = wholeHalfEven(exact)
	} else {
		want, _ = testcheck.Round(exact, testcheck.HalfEven)
	}
	v := testcheck.Rat(got.Value)
	oneSided := func(b, other shenyang.Bound, q shenyang.Qualifier) bool {
		w, ok := b.Value()
		return ok && b.IsOpen() && other.IsUnbounded() && got.Qualifier == q && want.Cmp(testcheck.Rat(w)) == 0
	}
	if ratIn(got.Range, want) || oneSided(got.Range.Low(), got.Range.High(), shenyang.MoreThan) || oneSided(got.Range.High(), got.Range.Low(), shenyang.LessThan) {
		if v.Cmp(want) != 0 {
			t.Fatalf("%s: value %s, want %s (exact %s rounded half to even)", got.ID, shenyang.FormatDecimal(got.Value), want.RatString(), exact.RatString())
		}
		return
	}
	b, up := got.Range.Low(), true
	if lo, ok := b.Value(); !ok || want.Cmp(testcheck.Rat(lo)) > 0 {
		b, up = got.Range.High(), false
	}
	end, _ := b.Value()
	next := testcheck.Rat(end)
	if b.IsOpen() {
		switch {
		case count:
			next.Add(next, big.NewRat(map[bool]int64{true: 1, false: -1}[up], 1))
		case next.Sign() == 0:
			next = nil // nothing is nearest 0: any decimal inside will do
		default:
			tiny := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(19-testcheck.Magnitude(next)), nil))
			if testcheck.Magnitude(next) > 19 {
				tiny = new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(testcheck.Magnitude(next)-19), nil))
			}
			mode := testcheck.Ceil
			if !up {
				tiny.Neg(tiny)
				mode = testcheck.Floor
			}
			next, _ = testcheck.Round(new(big.Rat).Add(next, tiny), mode)
		}
	}
	if next != nil && ratIn(got.Range, next) && v.Cmp(next) != 0 {
		t.Fatalf("%s: value %s, want %s, the decimal of range %v nearest %s", got.ID, shenyang.FormatDecimal(got.Value), next.RatString(), got.Range, exact.RatString())
	}
	if !ratIn(got.Range, v) {
		t.Fatalf("%s: value %s outside its range %v (exact %s)", got.ID, shenyang.FormatDecimal(got.Value), got.Range, exact.RatString())
	}
}

// wholeHalfEven rounds x to a whole number, ties to even.
func wholeHalfEven(x *big.Rat) *big.Rat {
	q := new(big.Int).Div(x.Num(), x.Denom()) // floor: the denominator is positive
	frac := new(big.Rat).Sub(x, new(big.Rat).SetInt(q))
	if c := frac.Cmp(big.NewRat(1, 2)); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return new(big.Rat).SetInt(q)
}

// checkReconciled checks Reconcile: the range holds the intersection of
// the readings' ranges (for a count, its whole numbers), and the value
// follows the rule for its midpoint.
func checkReconciled(t *testing.T, got, a, b shenyang.Figure) {
	t.Helper()
	both, err := a.Range.Intersect(b.Range)
	if err != nil {
		t.Fatalf("%s = %v from ranges that do not meet: %v", got.ID, got, err)
	}
	loDec, _ := both.Low().Value()
	hiDec, _ := both.High().Value()
	points, lo, hi := insidePoints(both), testcheck.Rat(loDec), testcheck.Rat(hiDec)
	if got.Unit == shenyang.UnitCount { // the whole numbers of the overlap
		var whole []*big.Rat
		for _, p := range points {
			if w := wholeHalfEven(p); ratIn(both, w) {
				whole = append(whole, w)
			}
		}
		points = whole
		one := big.NewRat(1, 1)
		lo = new(big.Rat).SetInt(new(big.Int).Div(lo.Num(), lo.Denom())) // floor
		for !ratIn(both, lo) {
			lo.Add(lo, one)
		}
		hi = new(big.Rat).SetInt(new(big.Int).Div(hi.Num(), hi.Denom()))
		for !ratIn(both, hi) {
			hi.Sub(hi, one)
		}
	}
	for _, p := range points {
		if !ratIn(got.Range, p) {
			t.Fatalf("%s: range %v does not hold %s of %v", got.ID, got.Range, p.RatString(), both)
		}
	}
	checkValue(t, got, new(big.Rat).Quo(new(big.Rat).Add(lo, hi), big.NewRat(2, 1)))
	roundTrip(t, got)
}

func roundTrip(t *testing.T, f shenyang.Figure) {
	t.Helper()
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatalf("%s: %v", f.ID, err)
	}
	var g shenyang.Figure
	if err := json.Unmarshal(data, &g); err != nil || !g.Equal(f) {
		t.Fatalf("%s: %s decodes to %v, %v", f.ID, data, g, errors.Join(err))
	}
}

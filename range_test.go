package shenyang_test

import (
	"math/big"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// d parses a decimal literal of a test.
func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// rng builds a range from interval notation, "[1, 2)", "(100, +inf)",
// "(-inf, 0]", or "unset" for the zero Range.
func rng(t *testing.T, s string) shenyang.Range {
	t.Helper()
	if s == "unset" {
		return shenyang.Range{}
	}
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ", ")
	if !ok {
		t.Fatalf("bad test range %q", s)
	}
	var low, high shenyang.Bound
	switch {
	case lo == "-inf":
		low = shenyang.Unbounded()
	case s[0] == '(':
		low = shenyang.Open(d(lo))
	default:
		low = shenyang.Closed(d(lo))
	}
	switch {
	case hi == "+inf":
		high = shenyang.Unbounded()
	case s[len(s)-1] == ')':
		high = shenyang.Open(d(hi))
	default:
		high = shenyang.Closed(d(hi))
	}
	r, err := shenyang.NewRange(low, high)
	if err != nil {
		t.Fatalf("NewRange for %q: %v", s, err)
	}
	return r
}

// mustRange builds a range for a test from bounds known to be valid.
func mustRange(t *testing.T, low, high shenyang.Bound) shenyang.Range {
	t.Helper()
	r, err := shenyang.NewRange(low, high)
	if err != nil {
		t.Fatalf("NewRange: %v", err)
	}
	return r
}

// boundView is a Bound in comparable form.
type boundView struct {
	Value     string // FormatDecimal of the value; "" when there is none
	HasValue  bool
	Open      bool
	Unbounded bool
	Unset     bool
}

func viewBound(b shenyang.Bound) boundView {
	v, ok := b.Value()
	s := ""
	if ok {
		s = shenyang.FormatDecimal(v)
	}
	return boundView{Value: s, HasValue: ok, Open: b.IsOpen(), Unbounded: b.IsUnbounded(), Unset: b.IsZero()}
}

func TestBound(t *testing.T) {
	tests := []struct {
		name string
		b    shenyang.Bound
		want boundView
	}{
		{"closed", shenyang.Closed(d("1.5")), boundView{Value: "1.5", HasValue: true}},
		{"open", shenyang.Open(d("100")), boundView{Value: "100", HasValue: true, Open: true}},
		{"open zero", shenyang.Open(decimal.Decimal{}), boundView{Value: "0", HasValue: true, Open: true}},
		{"unbounded", shenyang.Unbounded(), boundView{Unbounded: true}},
		{"unset", shenyang.Bound{}, boundView{Unset: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, viewBound(tt.b)); diff != "" {
				t.Errorf("bound mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewRange(t *testing.T) {
	tests := []struct {
		name      string
		low, high shenyang.Bound
		want      string
		wantLow   boundView
		wantHigh  boundView
	}{
		{
			"closed", shenyang.Closed(d("1645000000")), shenyang.Closed(d("1655000000")), "[1645000000, 1655000000]",
			boundView{Value: "1645000000", HasValue: true}, boundView{Value: "1655000000", HasValue: true},
		},
		{
			"point", shenyang.Closed(d("1")), shenyang.Closed(d("1")), "[1, 1]",
			boundView{Value: "1", HasValue: true}, boundView{Value: "1", HasValue: true},
		},
		{
			"half open", shenyang.Closed(d("-1.5")), shenyang.Open(d("2.25")), "[-1.5, 2.25)",
			boundView{Value: "-1.5", HasValue: true}, boundView{Value: "2.25", HasValue: true, Open: true},
		},
		{
			"more than", shenyang.Open(d("100")), shenyang.Unbounded(), "(100, +inf)",
			boundView{Value: "100", HasValue: true, Open: true}, boundView{Unbounded: true},
		},
		{
			"at most", shenyang.Unbounded(), shenyang.Closed(d("0")), "(-inf, 0]",
			boundView{Unbounded: true}, boundView{Value: "0", HasValue: true},
		},
		{
			// Trailing zeros are not printed.
			"trailing zeros", shenyang.Closed(d("1.500")), shenyang.Closed(d("2.0")), "[1.5, 2]",
			boundView{Value: "1.5", HasValue: true}, boundView{Value: "2", HasValue: true},
		},
		{
			// The limits of the module's range are accepted.
			"exponent limits", shenyang.Closed(decimal.New(1, -1000)), shenyang.Closed(decimal.New(1, 1000)),
			"[0." + strings.Repeat("0", 999) + "1, 1" + strings.Repeat("0", 1000) + "]",
			boundView{Value: "0." + strings.Repeat("0", 999) + "1", HasValue: true},
			boundView{Value: "1" + strings.Repeat("0", 1000), HasValue: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.NewRange(tt.low, tt.high)
			if err != nil {
				t.Fatalf("NewRange: %v", err)
			}
			if got := r.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if r.IsZero() {
				t.Error("IsZero() = true, want false")
			}
			if diff := cmp.Diff(tt.wantLow, viewBound(r.Low())); diff != "" {
				t.Errorf("Low() mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantHigh, viewBound(r.High())); diff != "" {
				t.Errorf("High() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewRangeErrors(t *testing.T) {
	tests := []struct {
		name      string
		low, high shenyang.Bound
		want      testcheck.Failure
	}{
		{
			"unset low", shenyang.Bound{}, shenyang.Closed(d("1")),
			testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: "NewRange", Arg: "low", Err: shenyang.ErrUnset},
				Msg: "shenyang: NewRange: low: value is unset"},
		},
		{
			"unset high", shenyang.Closed(d("1")), shenyang.Bound{},
			testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: "NewRange", Arg: "high", Err: shenyang.ErrUnset},
				Msg: "shenyang: NewRange: high: value is unset"},
		},
		{
			"both unset", shenyang.Bound{}, shenyang.Bound{},
			testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: "NewRange", Arg: "low", Err: shenyang.ErrUnset},
				Msg: "shenyang: NewRange: low: value is unset"},
		},
		{
			"unbounded both sides", shenyang.Unbounded(), shenyang.Unbounded(),
			testcheck.Failure{Is: shenyang.ErrUnbounded, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bounds", Err: shenyang.ErrUnbounded},
				Msg: "shenyang: NewRange: bounds: unbounded on both sides"},
		},
		{
			"low above high", shenyang.Closed(d("2")), shenyang.Closed(d("1")),
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bounds", Value: "[2, 1]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: NewRange: bounds [2, 1]: empty range"},
		},
		{
			"equal with open low", shenyang.Open(d("1")), shenyang.Closed(d("1")),
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bounds", Value: "(1, 1]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: NewRange: bounds (1, 1]: empty range"},
		},
		{
			"equal with open high", shenyang.Closed(d("-0.5")), shenyang.Open(d("-0.50")),
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bounds", Value: "[-0.5, -0.5)", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: NewRange: bounds [-0.5, -0.5): empty range"},
		},
		{
			"low exponent too large", shenyang.Closed(decimal.New(1, 2000)), shenyang.Unbounded(),
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bound", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: NewRange: bound with exponent 2000 and length 1: decimal out of range"},
		},
		{
			"high exponent too small", shenyang.Closed(d("0")), shenyang.Open(decimal.New(1, -1001)),
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "NewRange", Arg: "bound", Value: "with exponent -1001 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: NewRange: bound with exponent -1001 and length 1: decimal out of range"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.NewRange(tt.low, tt.high)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("range on error = %v, want unset", r)
			}
		})
	}
}

func TestExactly(t *testing.T) {
	r := shenyang.Exactly(d("105500000000"))
	if got, want := r.String(), "[105500000000, 105500000000]"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		v    string
		want bool
	}{{"105500000000", true}, {"105500000000.0", true}, {"105500000000.01", false}, {"105499999999.99", false}} {
		if got := r.Contains(d(tt.v)); got != tt.want {
			t.Errorf("Contains(%s) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestRangeString(t *testing.T) {
	tests := []struct {
		r    shenyang.Range
		want string
	}{
		{shenyang.Range{}, "unset"},
		{shenyang.Exactly(d("-44.9")), "[-44.9, -44.9]"},
		{shenyang.Exactly(decimal.Decimal{}), "[0, 0]"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.r.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
	// Round trip through the test helper for the four shapes.
	for _, s := range []string{"[1, 2]", "(1, 2]", "[1, 2)", "(1, 2)", "(-inf, 2]", "(-inf, 2)", "[1, +inf)", "(1, +inf)"} {
		t.Run(s, func(t *testing.T) {
			if got := rng(t, s).String(); got != s {
				t.Errorf("String() = %q, want %q", got, s)
			}
		})
	}
}

// rangeOp is one binary range operation of a table.
type rangeOp struct {
	name string
	r, s string // interval notation, or "unset"
	want string // interval notation of the result, when no error
}

func runRangeOps(t *testing.T, op func(r, s shenyang.Range) (shenyang.Range, error), tests []rangeOp) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := op(rng(t, tt.r), rng(t, tt.s))
			if err != nil {
				t.Fatalf("%s op %s: %v", tt.r, tt.s, err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("%s op %s mismatch (-want +got):\n%s", tt.r, tt.s, diff)
			}
		})
	}
}

// rangeErr is one failing binary range operation.
type rangeErr struct {
	name string
	r, s string
	want testcheck.Failure
}

func runRangeErrs(t *testing.T, op func(r, s shenyang.Range) (shenyang.Range, error), tests []rangeErr) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := op(rng(t, tt.r), rng(t, tt.s))
			testcheck.Err(t, err, tt.want)
			if !got.IsZero() {
				t.Errorf("range on error = %v, want unset", got)
			}
		})
	}
}

func unsetErrs(op string) []rangeErr {
	return []rangeErr{
		{"unset receiver", "unset", "[1, 2]", testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: op, Arg: "receiver", Err: shenyang.ErrUnset},
			Msg: "shenyang: " + op + ": receiver: value is unset"}},
		{"unset argument", "[1, 2]", "unset", testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: op, Arg: "argument", Err: shenyang.ErrUnset},
			Msg: "shenyang: " + op + ": argument: value is unset"}},
		{"both unset", "unset", "unset", testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: op, Arg: "receiver", Err: shenyang.ErrUnset},
			Msg: "shenyang: " + op + ": receiver: value is unset"}},
	}
}

func TestRangeAdd(t *testing.T) {
	runRangeOps(t, shenyang.Range.Add, []rangeOp{
		{"closed", "[1, 2]", "[3, 4]", "[4, 6]"},
		// A bound is open when either operand's is.
		{"open", "[1, 2]", "(3, 4]", "(4, 6]"},
		{"both open", "(1, 2)", "(3, 4)", "(4, 6)"},
		{"negative", "[-3, -1]", "[1, 3]", "[-2, 2]"},
		// 0.1+0.25 = 0.35, 0.2+0.35 = 0.55: exact.
		{"decimals", "[0.1, 0.2]", "[0.25, 0.35]", "[0.35, 0.55]"},
		{"one-sided above", "(1, +inf)", "[2, 3]", "(3, +inf)"},
		{"one-sided below", "(-inf, 1]", "(-inf, 2)", "(-inf, 3)"},
		{"one-sided argument", "[1, 2]", "(-inf, 0]", "(-inf, 2]"},
		// 1645000000+105450000000 = 107095000000, 1655000000+105550000000
		// = 107205000000.
		{"billions", "[1645000000, 1655000000]", "[105450000000, 105550000000]", "[107095000000, 107205000000]"},
	})
	runRangeErrs(t, shenyang.Range.Add, append(unsetErrs("Range.Add"), rangeErr{
		"unbounded both sides", "(-inf, 1]", "[2, +inf)",
		testcheck.Failure{Is: shenyang.ErrUnbounded, Val: &shenyang.ValueError{Op: "Range.Add", Arg: "result", Err: shenyang.ErrUnbounded},
			Msg: "shenyang: Range.Add: result: unbounded on both sides"},
	}))
}

func TestRangeSub(t *testing.T) {
	runRangeOps(t, shenyang.Range.Sub, []rangeOp{
		// [5-2, 7-1].
		{"closed", "[5, 7]", "[1, 2]", "[3, 6]"},
		// [-3-4, -1-(-2)] = [-7, 1]; the 4 is open, so the -7 is.
		{"negative and open", "[-3, -1]", "[-2, 4)", "(-7, 1]"},
		{"self", "[1, 2]", "[1, 2]", "[-1, 1]"},
		// Trade total minus imports: 105.45-75.25 = 30.2, 105.55-75.15 =
		// 30.4 billion.
		{"exports", "[105450000000, 105550000000]", "[75150000000, 75250000000]", "[30200000000, 30400000000]"},
		// (52e9 - 2, +inf).
		{"one-sided", "(52000000000, +inf)", "[1, 2]", "(51999999998, +inf)"},
		// 1 - (something below 0) > 1.
		{"minus one-sided below", "[1, 2]", "(-inf, 0)", "(1, +inf)"},
		// 5 - (something above 1) < 4.
		{"one-sided minus one-sided", "(-inf, 5]", "(1, +inf)", "(-inf, 4)"},
	})
	runRangeErrs(t, shenyang.Range.Sub, append(unsetErrs("Range.Sub"),
		rangeErr{"unbounded above both", "(1, +inf)", "(2, +inf)",
			testcheck.Failure{Is: shenyang.ErrUnbounded, Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "result", Err: shenyang.ErrUnbounded},
				Msg: "shenyang: Range.Sub: result: unbounded on both sides"}},
		rangeErr{"unbounded below both", "(-inf, 1]", "(-inf, 2]",
			testcheck.Failure{Is: shenyang.ErrUnbounded, Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "result", Err: shenyang.ErrUnbounded},
				Msg: "shenyang: Range.Sub: result: unbounded on both sides"}},
	))
}

func TestRangeMul(t *testing.T) {
	runRangeOps(t, shenyang.Range.Mul, []rangeOp{
		{"positive", "[2, 3]", "[4, 5]", "[8, 15]"},
		// Corners -8, -10, 12, 15.
		{"mixed sign", "[-2, 3]", "[4, 5]", "[-10, 15]"},
		// Corners 10, -8, -15, 12: products are closed except at an open
		// zero, so the top 12 is closed although 4 is open.
		{"mixed sign both", "[-2, 3]", "[-5, 4)", "[-15, 12]"},
		// Corners 15, 12, 10, 8.
		{"both negative", "[-3, -2]", "[-5, -4]", "[8, 15]"},
		// -6 and 6 are reached by a closed and an open corner: closed wins,
		// whichever comes first.
		{"closed corner wins, open later", "[-2, 2)", "[-3, 3]", "[-6, 6]"},
		{"closed corner wins, open first", "(-2, 2]", "[-3, 3]", "[-6, 6]"},
		// Closed: a point just inside (-2, 2) times 3 rounds onto 6.
		{"all corners open", "(-2, 2)", "[-3, 3]", "[-6, 6]"},
		// A closed zero is reached; an open one only approached.
		{"closed zero times one-sided", "[0, 2]", "(3, +inf)", "[0, +inf)"},
		{"open zero times one-sided", "(0, 2]", "(3, +inf)", "(0, +inf)"},
		{"closed zero times closed one-sided", "[0, 1]", "[1, +inf)", "[0, +inf)"},
		{"zero point", "[0, 0]", "(1, +inf)", "[0, 0]"},
		{"open zero times negative one-sided", "(0, 1]", "(-inf, -1]", "(-inf, 0)"},
		{"negative open zero times one-sided", "(-1, 0)", "[1, +inf)", "(-inf, 0)"},
		{"negative one-sided squared", "(-inf, 0)", "(-inf, 0)", "(0, +inf)"},
		{"one-sided times one-sided", "(1, +inf)", "(2, +inf)", "[2, +inf)"},
		// Corners +inf, +inf, +inf, (-1)(-2) = 2.
		{"negative one-sided times negative one-sided", "(-inf, -1]", "(-inf, -2]", "[2, +inf)"},
		{"one-sided below times positive", "(-inf, 1]", "[2, 3]", "(-inf, 3]"},
		{"negative one-sided below times positive", "(-inf, -1]", "[2, 3]", "(-inf, -2]"},
		{"closed zero one-sided", "(-inf, 0]", "[1, 2]", "(-inf, 0]"},
		// 1.000000000000001^2 = 1.000000000000002000000000000001, floored
		// to 1.000000000000002 and, rounded, closed; 2*3 = 6 exact and
		// closed.
		{"rounded lower bound", "[1.000000000000001, 2]", "[1.000000000000001, 3]", "[1.000000000000002, 6]"},
		// A rounded bound is closed even when its operands are open.
		{"rounded from open operands", "(1.000000000000001, 2)", "(1.000000000000001, 3)", "[1.000000000000002, 6]"},
		// A point times a point: -1.000000000000002000000000000001 floors
		// to -1.000000000000003 and ceils to -1.000000000000002, both
		// rounded and so closed.
		{"rounded point", "[-1.000000000000001, -1.000000000000001]", "[1.000000000000001, 1.000000000000001]",
			"[-1.000000000000003, -1.000000000000002]"},
		// 1.65 billion dollars times 7 to 8 yuan per dollar: 11515000000 to
		// 13240000000, exact.
		{"money times rate", "[1645000000, 1655000000]", "[7, 8]", "[11515000000, 13240000000]"},
	})
	runRangeErrs(t, shenyang.Range.Mul, append(unsetErrs("Range.Mul"), rangeErr{
		// Corners -inf*-1 = +inf and -inf*1 = -inf.
		"unbounded both sides", "(-inf, 1]", "[-1, 1]",
		testcheck.Failure{Is: shenyang.ErrUnbounded, Val: &shenyang.ValueError{Op: "Range.Mul", Arg: "result", Err: shenyang.ErrUnbounded},
			Msg: "shenyang: Range.Mul: result: unbounded on both sides"},
	}))
}

func TestRangeQuo(t *testing.T) {
	runRangeOps(t, shenyang.Range.Quo, []rangeOp{
		// BMW's investment over the implied rate range:
		// 52e9/7.279310344827587 = 7143533870.2036947..., floored to 16
		// digits: 7143533870.203694, closed because rounding moved it,
		// though 52e9 is open; the infinite corners give +inf.
		{"surpassed over rate", "(52000000000, +inf)", "[6.803225806451612, 7.279310344827587]", "[7143533870.203694, +inf)"},
		{"surpassed over open rate", "(52000000000, +inf)", "(6.803225806451612, 7.279310344827587)", "[7143533870.203694, +inf)"},
		// 52e9/8 = 6.5e9 exactly; closed all the same, since a quotient
		// just above it rounds onto it.
		{"surpassed over exact rate", "(52000000000, +inf)", "[6.5, 8]", "[6500000000, +inf)"},
		// 52e9/7 = 7428571428.571428571...: rounded, so closed.
		{"surpassed over rounding rate", "(52000000000, +inf)", "[6.5, 7]", "[7428571428.571428, +inf)"},
		// 1/3 = 0.333...: floor ...333, ceil ...334, both closed.
		{"third", "[1, 1]", "[3, 3]", "[0.3333333333333333, 0.3333333333333334]"},
		// -1/3: floor -0.3333333333333334, ceil -0.3333333333333333.
		{"negative third", "[-1, -1]", "[3, 3]", "[-0.3333333333333334, -0.3333333333333333]"},
		// Corners 1/-4 = -0.25, 1/-2 = -0.5, 2/-4 = -0.5, 2/-2 = -1.
		{"negative divisor", "[1, 2]", "[-4, -2]", "[-1, -0.25]"},
		// Corners -3, -2, 3, 2.
		{"mixed-sign numerator", "[-6, 6]", "[2, 3]", "[-3, 3]"},
		// 6/2 = 3 and 6/3 = 2, both closed: quotient bounds are closed
		// except at an open zero.
		{"open divisor bound", "[6, 6]", "[2, 3)", "[2, 3]"},
		{"exact", "[0, 1]", "[2, 4]", "[0, 0.5]"},
		{"open zero numerator", "(0, 1]", "[2, 4]", "(0, 0.5]"},
		// x/y for y >= 1 tends to 0 without reaching it: (0, 4].
		{"one-sided divisor", "[2, 4]", "[1, +inf)", "(0, 4]"},
		{"negative one-sided divisor", "[1, 2]", "(-inf, -1]", "[-2, 0)"},
		// inf/inf corner is skipped; 1/inf tends to 0.
		{"one-sided over one-sided", "(1, +inf)", "(2, +inf)", "(0, +inf)"},
		{"one-sided over negative one-sided", "(1, +inf)", "(-inf, -2)", "(-inf, 0)"},
		{"one-sided below", "(-inf, 1]", "[1, 2]", "(-inf, 1]"},
		// Corners -inf, -inf, -1/2, -1/4.
		{"negative one-sided below", "(-inf, -1]", "[2, 4]", "(-inf, -0.25]"},
		// Import share: 75.15/105.55 = 0.71198484130743723...,
		// 75.25/105.45 = 0.71360834518729255...: floor and ceil, closed.
		{"import share", "[75150000000, 75250000000]", "[105450000000, 105550000000]", "[0.7119848413074372, 0.7136083451872926]"},
		// Prior year from 15 % growth: 1645e6/1.155 = 1424242424.2424..,
		// 1655e6/1.145 = 1445414847.161572052...: ceil ...573.
		{"prior from growth", "[1645000000, 1655000000]", "[1.145, 1.155]", "[1424242424.242424, 1445414847.161573]"},
	})
	runRangeErrs(t, shenyang.Range.Quo, append(unsetErrs("Range.Quo"),
		rangeErr{"divisor contains zero", "[1, 2]", "[-1, 1]",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "[-1, 1]", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor [-1, 1]: divisor range contains zero"}},
		rangeErr{"divisor starts at zero", "[1, 2]", "[0, 1]",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "[0, 1]", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor [0, 1]: divisor range contains zero"}},
		rangeErr{"divisor touches zero from above", "[1, 2]", "(0, 1]",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "(0, 1]", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor (0, 1]: divisor range contains zero"}},
		rangeErr{"divisor ends at zero", "[1, 2]", "[-1, 0]",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "[-1, 0]", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor [-1, 0]: divisor range contains zero"}},
		rangeErr{"divisor touches zero from below", "[1, 2]", "(-inf, 0)",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "(-inf, 0)", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor (-inf, 0): divisor range contains zero"}},
		rangeErr{"one-sided divisor across zero", "[1, 2]", "(-1, +inf)",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "(-1, +inf)", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor (-1, +inf): divisor range contains zero"}},
		rangeErr{"zero divisor", "[1, 2]", "[0, 0]",
			testcheck.Failure{Is: shenyang.ErrDivisorRange, Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "divisor", Value: "[0, 0]", Err: shenyang.ErrDivisorRange},
				Msg: "shenyang: Range.Quo: divisor [0, 0]: divisor range contains zero"}},
	))
}

func TestRangeIntersect(t *testing.T) {
	runRangeOps(t, shenyang.Range.Intersect, []rangeOp{
		{"overlap", "[1, 3]", "[2, 4]", "[2, 3]"},
		{"open low wins", "[1, 3]", "(2, 4]", "(2, 3]"},
		// At equal values the open bound is the tighter one.
		{"equal ends, open high", "[1, 3)", "[1, 3]", "[1, 3)"},
		{"equal ends, both sides open", "(1, 3]", "[1, 3)", "(1, 3)"},
		{"inside", "[-5, 5]", "(-1, 1)", "(-1, 1)"},
		{"negative", "[-5, -1]", "[-3, 10]", "[-3, -1]"},
		{"touching", "[1, 2]", "[2, 3]", "[2, 2]"},
		{"one-sided both ways", "(1, +inf)", "(-inf, 5]", "(1, 5]"},
		{"one-sided same way up", "(1, +inf)", "(2, +inf)", "(2, +inf)"},
		{"one-sided same way up, equal", "[2, +inf)", "(2, +inf)", "(2, +inf)"},
		{"one-sided same way down", "(-inf, 1]", "(-inf, 2]", "(-inf, 1]"},
		{"printed and more than", "[1645000000, 1655000000]", "(1650000000, +inf)", "(1650000000, 1655000000]"},
	})
	runRangeErrs(t, shenyang.Range.Intersect, append(unsetErrs("Range.Intersect"),
		rangeErr{"disjoint", "[1, 2]", "[3, 4]",
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "Range.Intersect", Arg: "ranges", Value: "[1, 2] and [3, 4]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: Range.Intersect: ranges [1, 2] and [3, 4]: empty range"}},
		rangeErr{"touching at an open end", "[1, 2]", "(2, 3]",
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "Range.Intersect", Arg: "ranges", Value: "[1, 2] and (2, 3]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: Range.Intersect: ranges [1, 2] and (2, 3]: empty range"}},
		rangeErr{"touching at the receiver's open end", "[1, 2)", "[2, 3]",
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "Range.Intersect", Arg: "ranges", Value: "[1, 2) and [2, 3]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: Range.Intersect: ranges [1, 2) and [2, 3]: empty range"}},
		rangeErr{"one-sided apart", "(-inf, 1]", "(1, +inf)",
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "Range.Intersect", Arg: "ranges", Value: "(-inf, 1] and (1, +inf)", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: Range.Intersect: ranges (-inf, 1] and (1, +inf): empty range"}},
		rangeErr{"reversed order", "[3, 4]", "[1, 2]",
			testcheck.Failure{Is: shenyang.ErrEmptyRange, Val: &shenyang.ValueError{Op: "Range.Intersect", Arg: "ranges", Value: "[3, 4] and [1, 2]", Err: shenyang.ErrEmptyRange},
				Msg: "shenyang: Range.Intersect: ranges [3, 4] and [1, 2]: empty range"}},
	))
}

func TestRangeContains(t *testing.T) {
	tests := []struct {
		r    string
		v    string
		want bool
	}{
		{"[1, 2]", "1", true},
		{"[1, 2]", "2", true},
		{"[1, 2]", "1.5", true},
		{"[1, 2]", "0.999", false},
		{"[1, 2]", "2.001", false},
		{"(1, 2)", "1", false},
		{"(1, 2)", "2", false},
		{"(1, 2)", "1.0000000001", true},
		{"(100, +inf)", "100", false},
		{"(100, +inf)", "100.5", true},
		{"(100, +inf)", "1000000000000000000000000", true},
		{"(-inf, 0]", "-1000000000000", true},
		{"(-inf, 0]", "0", true},
		{"(-inf, 0)", "0", false},
		{"[-44.95, -44.85]", "-44.9", true},
		{"[-44.95, -44.85]", "-44.8", false},
		{"unset", "0", false},
	}
	for _, tt := range tests {
		t.Run(tt.r+" "+tt.v, func(t *testing.T) {
			if got := rng(t, tt.r).Contains(d(tt.v)); got != tt.want {
				t.Errorf("%s.Contains(%s) = %v, want %v", tt.r, tt.v, got, tt.want)
			}
		})
	}
}

func TestRangeDoesNotAlias(t *testing.T) {
	// Operations return new values; the operands are unchanged.
	r, s := rng(t, "[1, 2]"), rng(t, "(3, 4]")
	if _, err := r.Add(s); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Mul(s); err != nil {
		t.Fatal(err)
	}
	if got := r.String() + " " + s.String(); got != "[1, 2] (3, 4]" {
		t.Errorf("operands after Add and Mul = %q, want %q", got, "[1, 2] (3, 4]")
	}
}

// TestRangeOutOfRange checks that every binary range operation rejects an
// operand beyond the module's decimal range, which Exactly does not check,
// and a result beyond it.
func TestRangeOutOfRange(t *testing.T) {
	huge := shenyang.Exactly(decimal.New(1, 2000))                                    // exponent 2000
	long := shenyang.Exactly(decimal.NewFromBigInt(decimal.New(1, 1000).BigInt(), 0)) // 1001 digits
	ops := []struct {
		name string
		f    func(r, s shenyang.Range) (shenyang.Range, error)
	}{
		{"Range.Add", shenyang.Range.Add}, {"Range.Sub", shenyang.Range.Sub}, {"Range.Mul", shenyang.Range.Mul},
		{"Range.Quo", shenyang.Range.Quo}, {"Range.Intersect", shenyang.Range.Intersect},
	}
	for _, op := range ops {
		tests := []struct {
			name string
			r, s shenyang.Range
			want testcheck.Failure
		}{
			{"huge receiver", huge, rng(t, "[1, 2]"), testcheck.Failure{Is: shenyang.ErrOutOfRange,
				Val: &shenyang.ValueError{Op: op.name, Arg: "receiver", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: " + op.name + ": receiver with exponent 2000 and length 1: decimal out of range"}},
			{"huge argument", rng(t, "[1, 2]"), huge, testcheck.Failure{Is: shenyang.ErrOutOfRange,
				Val: &shenyang.ValueError{Op: op.name, Arg: "argument", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: " + op.name + ": argument with exponent 2000 and length 1: decimal out of range"}},
			{"long receiver", long, rng(t, "[1, 2]"), testcheck.Failure{Is: shenyang.ErrOutOfRange,
				Val: &shenyang.ValueError{Op: op.name, Arg: "receiver", Value: "with exponent 0 and length 1001", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: " + op.name + ": receiver with exponent 0 and length 1001: decimal out of range"}},
			// Both bad: the receiver is named.
			{"both huge", huge, long, testcheck.Failure{Is: shenyang.ErrOutOfRange,
				Val: &shenyang.ValueError{Op: op.name, Arg: "receiver", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: " + op.name + ": receiver with exponent 2000 and length 1: decimal out of range"}},
			// Unset comes before out of range.
			{"huge receiver, unset argument", huge, shenyang.Range{}, testcheck.Failure{Is: shenyang.ErrUnset,
				Val: &shenyang.ValueError{Op: op.name, Arg: "argument", Err: shenyang.ErrUnset},
				Msg: "shenyang: " + op.name + ": argument: value is unset"}},
		}
		for _, tt := range tests {
			t.Run(op.name+" "+tt.name, func(t *testing.T) {
				got, err := op.f(tt.r, tt.s)
				testcheck.Err(t, err, tt.want)
				if !got.IsZero() {
					t.Errorf("range on error = %v, want unset", got)
				}
			})
		}
	}

	// Operands inside the range whose result is not.
	top := shenyang.Exactly(decimal.New(1, 1000))     // 10^1000
	bottom := shenyang.Exactly(decimal.New(1, -1000)) // 10^-1000
	upTo, err := shenyang.NewRange(shenyang.Closed(decimal.New(1, 0)), shenyang.Closed(decimal.New(1, 1000)))
	if err != nil {
		t.Fatal(err)
	}
	results := []struct {
		name string
		f    func(r, s shenyang.Range) (shenyang.Range, error)
		r, s shenyang.Range
		want testcheck.Failure
	}{
		// 10^1000 + 10^-1000 has the coefficient 10^2000 + 1: 2001 digits
		// at exponent -1000.
		{"Range.Add", shenyang.Range.Add, top, bottom, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Add", Arg: "result", Value: "with exponent -1000 and length 2001", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Add: result with exponent -1000 and length 2001: decimal out of range"}},
		// 10^1000 - 10^-1000 has the coefficient 10^2000 - 1: 2000 nines.
		{"Range.Sub", shenyang.Range.Sub, top, bottom, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "result", Value: "with exponent -1000 and length 2000", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Sub: result with exponent -1000 and length 2000: decimal out of range"}},
		// [1, 10^1000]^2: the low bound 1 is fine, the high 10^2000 is not.
		{"Range.Mul", shenyang.Range.Mul, upTo, upTo, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Mul", Arg: "result", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Mul: result with exponent 2000 and length 1: decimal out of range"}},
		// 10^-1000 / 10^1000 = 10^-2000.
		{"Range.Quo", shenyang.Range.Quo, bottom, top, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Quo", Arg: "result", Value: "with exponent -2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Quo: result with exponent -2000 and length 1: decimal out of range"}},
	}
	for _, tt := range results {
		t.Run(tt.name+" result", func(t *testing.T) {
			got, err := tt.f(tt.r, tt.s)
			testcheck.Err(t, err, tt.want)
			if !got.IsZero() {
				t.Errorf("range on error = %v, want unset", got)
			}
		})
	}

	// At the limits themselves the operations work: 10^1000 * 10^-1000 = 1.
	got, err := top.Mul(bottom)
	if err != nil {
		t.Fatalf("Mul at the limits: %v", err)
	}
	if diff := cmp.Diff("[1, 1]", got.String()); diff != "" {
		t.Errorf("Mul at the limits mismatch (-want +got):\n%s", diff)
	}
}

func TestBoundEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b shenyang.Bound
		want bool
	}{
		{"closed same", shenyang.Closed(d("1.5")), shenyang.Closed(d("1.5")), true},
		// Trailing zeros do not matter.
		{"closed trailing zeros", shenyang.Closed(d("1.50")), shenyang.Closed(d("1.5")), true},
		{"closed coefficient and exponent", shenyang.Closed(decimal.New(165, 7)), shenyang.Closed(d("1650000000")), true},
		{"closed other value", shenyang.Closed(d("1.5")), shenyang.Closed(d("1.6")), false},
		{"open same", shenyang.Open(d("100")), shenyang.Open(d("100.0")), true},
		{"open and closed", shenyang.Open(d("100")), shenyang.Closed(d("100")), false},
		{"unbounded", shenyang.Unbounded(), shenyang.Unbounded(), true},
		{"unbounded and closed", shenyang.Unbounded(), shenyang.Closed(d("0")), false},
		{"unset", shenyang.Bound{}, shenyang.Bound{}, true},
		{"unset and closed zero", shenyang.Bound{}, shenyang.Closed(decimal.Decimal{}), false},
		{"unset and unbounded", shenyang.Bound{}, shenyang.Unbounded(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("Equal reversed = %v, want %v (symmetry)", got, tt.want)
			}
		})
	}
}

func TestRangeEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b shenyang.Range
		want bool
	}{
		{"same", rng(t, "[1645000000, 1655000000]"), rng(t, "[1645000000, 1655000000]"), true},
		// RangeOf(1.65 billion) is the same range written another way.
		{"printed and literal", qualifiedRange(t, decimal.New(165, 7), shenyang.AsPrinted), rng(t, "[1645000000, 1655000000]"), true},
		{"trailing zeros", rng(t, "[1.50, 2.0)"), rng(t, "[1.5, 2)"), true},
		{"open low", rng(t, "(1, 2]"), rng(t, "[1, 2]"), false},
		{"open high", rng(t, "[1, 2)"), rng(t, "[1, 2]"), false},
		{"other value", rng(t, "[1, 2]"), rng(t, "[1, 3]"), false},
		{"one-sided", rng(t, "(100, +inf)"), rng(t, "(100, +inf)"), true},
		{"more than and at least", rng(t, "(100, +inf)"), rng(t, "[100, +inf)"), false},
		{"unbounded and bounded", rng(t, "(-inf, 2]"), rng(t, "[1, 2]"), false},
		{"point", shenyang.Exactly(d("0.5")), rng(t, "[0.50, 0.5]"), true},
		{"both unset", shenyang.Range{}, shenyang.Range{}, true},
		{"unset and set", shenyang.Range{}, shenyang.Exactly(decimal.Decimal{}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("%v.Equal(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("%v.Equal(%v) = %v, want %v (symmetry)", tt.b, tt.a, got, tt.want)
			}
			// go-cmp uses the method.
			if got := cmp.Equal(tt.a, tt.b); got != tt.want {
				t.Errorf("cmp.Equal(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func qualifiedRange(t *testing.T, v decimal.Decimal, q shenyang.Qualifier) shenyang.Range {
	t.Helper()
	r, err := shenyang.RangeOf(v, q)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// heapBytes returns the bytes f allocates on the heap, as runtime.MemStats
// counts them (TotalAlloc only grows, whatever the collector does).
func heapBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// hostileBudget is the most a call on a hostile exponent may allocate:
// rescaling 1 to the exponent 10^1000000 alone takes about 415 KB.
const hostileBudget = 64 << 10

// big19 returns the 19-digit coefficient 1234567890123456789 at exponent
// exp: too long for the 18-digit fast paths of internal/dec.
func big19(exp int32) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).SetUint64(1234567890123456789), exp)
}

// TestRangeAddSubHostileExponent checks that Add and Sub reject an operand
// beyond the module's range before computing anything with it: the sum of
// 10^30000000 and 1 would have 30 million digits. Each call must allocate
// less than 64 KiB (issue 11, item 1).
func TestRangeAddSubHostileExponent(t *testing.T) {
	one := shenyang.Exactly(decimal.New(1, 0))
	tests := []struct {
		name string
		f    func(r, s shenyang.Range) (shenyang.Range, error)
		r, s shenyang.Range
		want testcheck.Failure
	}{
		{"Add receiver 1e1000000", shenyang.Range.Add, shenyang.Exactly(decimal.New(1, 1_000_000)), one, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Add", Arg: "receiver", Value: "with exponent 1000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Add: receiver with exponent 1000000 and length 1: decimal out of range"}},
		{"Add receiver 1e30000000", shenyang.Range.Add, shenyang.Exactly(decimal.New(1, 30_000_000)), one, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Add", Arg: "receiver", Value: "with exponent 30000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Add: receiver with exponent 30000000 and length 1: decimal out of range"}},
		{"Add argument 1e30000000", shenyang.Range.Add, one, shenyang.Exactly(decimal.New(1, 30_000_000)), testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Add", Arg: "argument", Value: "with exponent 30000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Add: argument with exponent 30000000 and length 1: decimal out of range"}},
		{"Add argument 1e-30000000", shenyang.Range.Add, one, shenyang.Exactly(decimal.New(1, -30_000_000)), testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Add", Arg: "argument", Value: "with exponent -30000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Add: argument with exponent -30000000 and length 1: decimal out of range"}},
		{"Sub receiver 1e1000000", shenyang.Range.Sub, shenyang.Exactly(decimal.New(1, 1_000_000)), one, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "receiver", Value: "with exponent 1000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Sub: receiver with exponent 1000000 and length 1: decimal out of range"}},
		{"Sub receiver 1e30000000", shenyang.Range.Sub, shenyang.Exactly(decimal.New(1, 30_000_000)), one, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "receiver", Value: "with exponent 30000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Sub: receiver with exponent 30000000 and length 1: decimal out of range"}},
		{"Sub argument 1e30000000", shenyang.Range.Sub, one, shenyang.Exactly(decimal.New(1, 30_000_000)), testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "argument", Value: "with exponent 30000000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Sub: argument with exponent 30000000 and length 1: decimal out of range"}},
		// A 19-digit bound misses the 18-digit fast path too.
		{"Sub 19 digits at 1e-30000000", shenyang.Range.Sub, one, shenyang.Exactly(big19(-30_000_000)), testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Range.Sub", Arg: "argument", Value: "with exponent -30000000 and length 19", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Range.Sub: argument with exponent -30000000 and length 19: decimal out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got shenyang.Range
			var err error
			if n := heapBytes(func() { got, err = tt.f(tt.r, tt.s) }); n >= hostileBudget {
				t.Errorf("allocated %d bytes, want less than %d", n, hostileBudget)
			}
			testcheck.Err(t, err, tt.want)
			if !got.IsZero() {
				t.Errorf("range on error = %v, want unset", got)
			}
		})
	}
}

// TestCompareHostileExponent checks that Contains, Bound.Equal,
// Range.Equal, Money.Equal and Rate.Equal compare decimals of very
// different exponents without rescaling one to the other's: each call must
// allocate less than 64 KiB and give the right answer (issue 11, item 2).
func TestCompareHostileExponent(t *testing.T) {
	oneTwo := rng(t, "[1, 2]")
	tiny5, tiny30 := big19(-5_000_000), big19(-30_000_000) // 1.23e-4999982 and 1.23e-29999982
	huge30 := big19(30_000_000)                            // 1.23e30000018
	// The same value as tiny30 with one more digit and an exponent one lower:
	// 12345678901234567890e-30000001.
	tiny30b := decimal.NewFromBigInt(new(big.Int).Mul(big.NewInt(1234567890123456789), big.NewInt(10)), -30_000_001)
	// A slightly larger value of the same order: 1234567890123456790e-30000000.
	tiny30c := decimal.NewFromBigInt(new(big.Int).SetUint64(1234567890123456790), -30_000_000)
	tests := []struct {
		name string
		f    func() bool
		want bool
	}{
		{"Contains 19 digits at -5000000", func() bool { return oneTwo.Contains(tiny5) }, false},
		{"Contains 19 digits at -30000000", func() bool { return oneTwo.Contains(tiny30) }, false},
		{"Contains negative 19 digits at -30000000", func() bool { return oneTwo.Contains(tiny30.Neg()) }, false},
		{"Contains 19 digits at 30000000", func() bool { return oneTwo.Contains(huge30) }, false},
		{"Contains in (0, 1)", func() bool { return rng(t, "(0, 1)").Contains(tiny30) }, true},
		{"Contains in (-1, 0)", func() bool { return rng(t, "(-1, 0)").Contains(tiny30.Neg()) }, true},
		{"Contains in (1, +inf)", func() bool { return rng(t, "(1, +inf)").Contains(huge30) }, true},
		{"hostile range Contains 1", func() bool { return shenyang.Exactly(tiny30).Contains(decimal.New(1, 0)) }, false},
		{"hostile range Contains itself written longer", func() bool { return shenyang.Exactly(tiny30).Contains(tiny30b) }, true},
		{"hostile range Contains a larger value", func() bool { return shenyang.Exactly(tiny30).Contains(tiny30c) }, false},
		{"Bound.Equal 19 digits at -30000000 and 1", func() bool { return shenyang.Closed(tiny30).Equal(shenyang.Closed(decimal.New(1, 0))) }, false},
		{"Bound.Equal 1 and 19 digits at 30000000", func() bool { return shenyang.Open(decimal.New(1, 0)).Equal(shenyang.Open(huge30)) }, false},
		{"Bound.Equal written longer", func() bool { return shenyang.Closed(tiny30).Equal(shenyang.Closed(tiny30b)) }, true},
		{"Range.Equal 19 digits at -30000000 and [1, 1]", func() bool { return shenyang.Exactly(tiny30).Equal(shenyang.Exactly(decimal.New(1, 0))) }, false},
		{"Range.Equal written longer", func() bool { return shenyang.Exactly(tiny30).Equal(shenyang.Exactly(tiny30b)) }, true},
		{"Money.Equal 19 digits at -30000000 and 1", func() bool {
			return shenyang.MoneyForTest(tiny30, shenyang.CNY).Equal(shenyang.MoneyForTest(decimal.New(1, 0), shenyang.CNY))
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bool
			if n := heapBytes(func() { got = tt.f() }); n >= hostileBudget {
				t.Errorf("allocated %d bytes, want less than %d", n, hostileBudget)
			}
			if got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseRangeErrors(t *testing.T) {
	const op = "ParseRange"
	syntax := func(s string) testcheck.Failure { return testcheck.VE(op, "range", `"`+s+`"`, shenyang.ErrSyntax) }
	tests := []struct {
		in   string
		want testcheck.Failure
	}{
		{"", syntax("")},
		{"[", syntax("[")},
		{"[1, 2", syntax("[1, 2")},
		{"[1,2]", syntax("[1,2]")},
		{"{1, 2}", syntax("{1, 2}")},
		{"[1, 2}", syntax("[1, 2}")},
		{"[-inf, 1]", syntax("[-inf, 1]")},
		{"(1, +inf]", syntax("(1, +inf]")},
		{"(+inf, 1)", syntax("(+inf, 1)")},
		{"(1, -inf)", syntax("(1, -inf)")},
		{"[1e5, 2]", syntax("[1e5, 2]")},
		{"[ 1, 2]", syntax("[ 1, 2]")},
		{"Unset", syntax("Unset")},
		{"(-inf, +inf)", testcheck.VE(op, "bounds", "", shenyang.ErrUnbounded)},
		{"[2, 1]", testcheck.VE(op, "bounds", "[2, 1]", shenyang.ErrEmptyRange)},
		{"(1, 1]", testcheck.VE(op, "bounds", "(1, 1]", shenyang.ErrEmptyRange)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := shenyang.ParseRange(tt.in)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("range on error = %v, want unset", r)
			}
		})
	}
}

// TestRoundedPointsStayInside pins the cases the fuzz targets found: an
// exact bound of a product or conversion that came from an open operand
// bound was open, and a point just inside it rounded onto it.
func TestRoundedPointsStayInside(t *testing.T) {
	n := decimal.New
	// (2, 3) * [2, 2]: 2.00000000000000001 * 2 = 4.00000000000000002,
	// which rounds half to even at 16 digits to 4.
	r := mustRange(t, shenyang.Open(n(2, 0)), shenyang.Open(n(3, 0)))
	got, err := r.Mul(shenyang.Exactly(n(2, 0)))
	if err != nil || got.String() != "[4, 6]" {
		t.Errorf("(2, 3) * [2, 2] = %v, %v; want [4, 6]", got, err)
	}
	if p, _ := decimalMul(n(200000000000000001, -17), n(2, 0)); !got.Contains(p) {
		t.Errorf("%v does not contain 2.00000000000000001 * 2 rounded, %s", got, shenyang.FormatDecimal(p))
	}
	// The fuzz input: [-5.9e-55, 0.0038) * (-9.3e51, -1.31e-141]. The upper
	// bound -5.9e-55 * -9.3e51 = 0.005487 is exact from an open bound; the
	// lower one 0.0038 * -9.3e51 = -3.534e49 too. The point
	// -5.9e-55 * -(9.3e51 - 1) = 0.00548699999...9941 rounds to 0.005487.
	a := mustRange(t, shenyang.Closed(n(-59, -56)), shenyang.Open(n(38, -4)))
	b := mustRange(t, shenyang.Open(n(-93, 50)), shenyang.Closed(n(-131, -143)))
	got, err = a.Mul(b)
	if want := "[-3534" + strings.Repeat("0", 46) + ", 0.005487]"; err != nil || got.String() != want {
		t.Errorf("product = %v, %v; want %s", got, err, want)
	}
	// At 2 yuan per dollar, (1, 2] dollars convert to [2, 4] yuan: 1.00000000000000001
	// dollars are 2.00000000000000002 yuan, 2 at 16 digits.
	rate, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, n(2, 0))
	if err != nil {
		t.Fatal(err)
	}
	conv, err := rate.ConvertRange(mustRange(t, shenyang.Open(n(1, 0)), shenyang.Closed(n(2, 0))), shenyang.USD)
	if err != nil || conv.String() != "[2, 4]" {
		t.Errorf("ConvertRange((1, 2] USD) = %v, %v; want [2, 4]", conv, err)
	}
	m := mustMoney(t, 100000000000000001, -17, shenyang.USD)
	if c, err := rate.Convert(m); err != nil || c.String() != "2 CNY" || !conv.Contains(c.Amount()) {
		t.Errorf("Convert(%v) = %v, %v; want 2 CNY inside %v", m, c, err, conv)
	}
	// An open bound at zero stays open: no non-zero value rounds to 0.
	z, err := mustRange(t, shenyang.Open(n(0, 0)), shenyang.Closed(n(2, 0))).Mul(mustRange(t, shenyang.Open(n(3, 0)), shenyang.Unbounded()))
	if err != nil || z.String() != "(0, +inf)" {
		t.Errorf("(0, 2] * (3, +inf) = %v, %v; want (0, +inf)", z, err)
	}
}

func decimalMul(a, b decimal.Decimal) (decimal.Decimal, error) {
	r, err := shenyang.Exactly(a).Mul(shenyang.Exactly(b))
	if err != nil {
		return decimal.Decimal{}, err
	}
	v, _ := r.Low().Value()
	return v, nil
}

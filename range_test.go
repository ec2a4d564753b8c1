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
	if _, err := r.Intersect(s); err == nil {
		t.Fatal("disjoint ranges intersect")
	}
	if _, err := r.Intersect(rng(t, "[2, 3]")); err != nil {
		t.Fatal(err)
	}
	if got := r.String() + " " + s.String(); got != "[1, 2] (3, 4]" {
		t.Errorf("operands after Intersect = %q, want %q", got, "[1, 2] (3, 4]")
	}
}

// TestRangeOutOfRange checks that Intersect rejects an operand beyond the
// module's decimal range, which Exactly does not check.
func TestRangeOutOfRange(t *testing.T) {
	huge := shenyang.Exactly(decimal.New(1, 2000))                                    // exponent 2000
	long := shenyang.Exactly(decimal.NewFromBigInt(decimal.New(1, 1000).BigInt(), 0)) // 1001 digits
	ops := []struct {
		name string
		f    func(r, s shenyang.Range) (shenyang.Range, error)
	}{
		{"Range.Intersect", shenyang.Range.Intersect},
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
		{"(-inf, +inf)", testcheck.VE("NewRange", "bounds", "", shenyang.ErrUnbounded)},
		{"[2, 1]", testcheck.VE("NewRange", "bounds", "[2, 1]", shenyang.ErrEmptyRange)},
		{"(1, 1]", testcheck.VE("NewRange", "bounds", "(1, 1]", shenyang.ErrEmptyRange)},
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

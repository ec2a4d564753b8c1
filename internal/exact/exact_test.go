package exact

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// leaf returns a leaf with id, value v and range r, both written as iv
// reads them.
func leaf(t testing.TB, id, v, r string) *Expr {
	t.Helper()
	return Leaf(id, iv(t, "["+v+", "+v+"]").Lo.V, iv(t, r), nil)
}

// rangeResult is what a test sees of Expr.Range and Expr.Value.
type rangeResult struct {
	Value  string
	Range  string
	Method Method
}

func TestExprRange(t *testing.T) {
	tests := []struct {
		name string
		e    func(t *testing.T) *Expr
		want rangeResult
	}{
		{"x+y once each", func(t *testing.T) *Expr {
			// 3/2 + 7/2 = 5; [1+3, 2+4)
			return Add(leaf(t, "x", "3/2", "[1, 2]"), leaf(t, "y", "7/2", "[3, 4)"))
		}, rangeResult{"5", "[4, 6)", ByIntervals}},
		{"2x-1/2 with constants", func(t *testing.T) *Expr {
			// 2*1 - 1/2 = 3/2; [2*1 - 1/2, 2*2 - 1/2) = [3/2, 7/2)
			return Sub(Mul(Const(Int(2)), leaf(t, "x", "1", "[1, 2)")), Const(ratio(1, 2)))
		}, rangeResult{"3/2", "[3/2, 7/2)", ByIntervals}},
		{"growth x/y-1", func(t *testing.T) *Expr {
			// 1.65/1.5 - 1 = 1/10; [1.645/1.505 - 1, 1.655/1.495 - 1]
			// = [140/1505, 160/1495] = [4/43, 32/299] (1505 = 35 * 43)
			return Sub(Quo(leaf(t, "c", "165/100", "[1645/1000, 1655/1000]"), leaf(t, "p", "15/10", "[1495/1000, 1505/1000]")), Const(Int(1)))
		}, rangeResult{"1/10", "[4/43, 32/299]", ByIntervals}},
		{"x-x", func(t *testing.T) *Expr {
			// dx - dx = 0 has a fixed sign: both corners give 0, where
			// intervals would give [1-2, 2-1] = [-1, 1]
			x := leaf(t, "x", "3/2", "[1, 2]")
			return Sub(x, x)
		}, rangeResult{"0", "[0, 0]", ByCorners}},
		{"x/(x+y)", func(t *testing.T) *Expr {
			// d/dx = y/(x+y)^2 > 0, d/dy = -x/(x+y)^2 < 0: the low corner
			// is x=1, y=4: 1/5; the high x=2, y=3: 2/5. Intervals would
			// give [1/6, 1/2]. Value 3/2 / 5 = 3/10.
			x, y := leaf(t, "x", "3/2", "[1, 2]"), leaf(t, "y", "7/2", "[3, 4]")
			return Quo(x, Add(x, y))
		}, rangeResult{"3/10", "[1/5, 2/5]", ByCorners}},
		{"exports in dollars (t-i)/(t/u)", func(t *testing.T) *Expr {
			// z(1 - y/x): increasing in x and z, decreasing in y. Low
			// corner 145 * (10545-7525)/10545 = 437900/10545 = 87580/2109;
			// high 155 * (10555-7515)/10555 = 471200/10555 = 94240/2111;
			// value 150 * 3030/10550 = 9090/211.
			x := leaf(t, "t", "10550", "[10545, 10555]")
			y := leaf(t, "i", "7520", "[7515, 7525]")
			z := leaf(t, "u", "150", "[145, 155]")
			return Quo(Sub(x, y), Quo(x, z))
		}, rangeResult{"9090/211", "[87580/2109, 94240/2111]", ByCorners}},
		{"x(x+y)", func(t *testing.T) *Expr {
			// d/dx = 2x + y in [3, 6], d/dy = x in [1, 2]: corners
			// 1*(1+1) = 2 and 2*(2+2) = 8; value 1*(1+2) = 3
			x, y := leaf(t, "x", "1", "[1, 2]"), leaf(t, "y", "2", "[1, 2]")
			return Mul(x, Add(x, y))
		}, rangeResult{"3", "[2, 8]", ByCorners}},
		{"x*x over an open range", func(t *testing.T) *Expr {
			// d/dx = 2x in [2, 4], strictly positive: corners 1 and 4,
			// neither attained on (1, 2), so the exact range (1, 4)
			x := leaf(t, "x", "3/2", "(1, 2)")
			return Mul(x, x)
		}, rangeResult{"9/4", "(1, 4)", ByCorners}},
		{"x*x - x over a half-open range", func(t *testing.T) *Expr {
			// d/dx = 2x - 1 in [3, 5] on (2, 3]: (2, 6], the low end not
			// attained, the high one at x = 3
			x := leaf(t, "x", "5/2", "(2, 3]")
			return Sub(Mul(x, x), x)
		}, rangeResult{"15/4", "(2, 6]", ByCorners}},
		{"a cancellation", func(t *testing.T) *Expr {
			// ((a + b) - a) / 30: the derivative is 0 in a exactly, 1/30
			// in b; corners [5/30, 6/30]
			a, b := leaf(t, "a", "1/2", "[0, 1]"), leaf(t, "b", "11/2", "[5, 6]")
			return Quo(Sub(Add(a, b), a), Const(Int(30)))
		}, rangeResult{"11/60", "[1/6, 1/5]", ByCorners}},
		{"corners the operands did not keep", func(t *testing.T) *Expr {
			// (y - x) + 2x: y - x falls with x, the sum rises (d/dx =
			// -1 + 2 = 1); the sum's low corner x=1, y=3 puts y - x at
			// neither of its own corners. [1 + 3, 2 + 4]; value 3 - 1 + 2
			x, y := leaf(t, "x", "1", "[1, 2]"), leaf(t, "y", "3", "[3, 4]")
			return Add(Sub(y, x), Mul(Const(Int(2)), x))
		}, rangeResult{"4", "[4, 6]", ByCorners}},
		{"a shared subformula that cancels", func(t *testing.T) *Expr {
			// (s + z) - s, s = x/y one node: the derivative in x and y is
			// 0, which forward differentiation encloses as s' - s' (in x:
			// [1/11, 1/9] - [1/11, 1/9], across 0) and the walk's reverse
			// pass finds (the adjoint of s, 1 - 1); in z it is 1: [1, 2].
			// Value 3/10 + 3/2 - 3/10 = 3/2
			s := Quo(leaf(t, "x", "3", "[2, 4]"), leaf(t, "y", "10", "[9, 11]"))
			return Sub(Add(s, leaf(t, "z", "3/2", "[1, 2]")), s)
		}, rangeResult{"3/2", "[1, 2]", ByCorners}},
		{"a walk that stops at a kept node", func(t *testing.T) *Expr {
			// (d + s) - s, d = a/w/w keeping its corners, s = p/q: the
			// walk stops at d, whose kept derivatives and corners give
			// d's range [1/9, 2/4]; value (3/2) / (5/2)^2 = 6/25
			a, w := leaf(t, "a", "3/2", "[1, 2]"), leaf(t, "w", "5/2", "[2, 3]")
			d := Quo(Quo(a, w), w)
			s := Quo(leaf(t, "p", "3", "[2, 4]"), leaf(t, "q", "10", "[9, 11]"))
			return Sub(Add(d, s), s)
		}, rangeResult{"6/25", "[1/9, 1/2]", ByCorners}},
		{"a shared subformula of constants", func(t *testing.T) *Expr {
			// c = 1 doubled 60 times, one node a step, is 2^60; c + a - a
			// over a in [1, 2] is 2^60 exactly. Computing its corners
			// takes c whole, not its 2^60 paths
			c := Const(Int(1))
			for range 60 {
				c = Add(c, c)
			}
			a := leaf(t, "a", "1", "[1, 2]")
			return Sub(Add(c, a), a)
		}, rangeResult{"1152921504606846976", "[1152921504606846976, 1152921504606846976]", ByCorners}},
		{"over more than four figures", func(t *testing.T) *Expr {
			// a / (a + b + c + d + e), b to e exactly 1: the graph is
			// walked. d/da = (b+c+d+e)/(a+b+c+d+e)^2 > 0: corners a=1:
			// 1/5 and a=2: 2/6; intervals would give [1/6, 2/5]
			a := leaf(t, "a", "1", "[1, 2]")
			sum := a
			for _, id := range []string{"b", "c", "d", "e"} {
				sum = Add(sum, leaf(t, id, "1", "[1, 1]"))
			}
			return Quo(a, sum)
		}, rangeResult{"1/5", "[1/5, 1/3]", ByCorners}},
		{"x*x straddling zero", func(t *testing.T) *Expr {
			// d/dx = 2x in [-2, 4] straddles 0: intervals bound the
			// range, [-1*2, 2*2] = [-2, 4], wider than the exact [0, 4]
			x := leaf(t, "x", "1", "[-1, 2]")
			return Mul(x, x)
		}, rangeResult{"1", "[-2, 4]", Bounded}},
		{"x-x unbounded", func(t *testing.T) *Expr {
			// no corner to evaluate: [1, +inf) - [1, +inf)
			x := leaf(t, "x", "2", "[1, +inf)")
			return Sub(x, x)
		}, rangeResult{"0", "(-inf, +inf)", Bounded}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e(t)
			v, err := e.Value()
			if err != nil {
				t.Fatalf("Value: %v", err)
			}
			r, m, err := e.Range()
			if err != nil {
				t.Fatalf("Range: %v", err)
			}
			got := rangeResult{Value: v.String(), Range: ivText(r), Method: m}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestExprWalkStops: where the enclosures a formula kept leave a sign
// undecided, Range walks its graph, but not below a node that kept
// enclosures that decide, unless a walk left a figure it rests on
// undecided. (d + s) - s over a chain d = d/w of 1,000 steps: the first
// walk stops at d + s, whose kept enclosures lost the cancellation of s,
// and leaves s's figures undecided; the second goes below d + s and stops
// at d. A walk of the whole chain made 134,032 allocations (s = p/q) and
// 133,902 (s = p/w, which shares w with the chain); these two, 325 and
// 353.
func TestExprWalkStops(t *testing.T) {
	for _, q := range []string{"q", "w"} {
		t.Run("s = p/"+q, func(t *testing.T) {
			d, w := leaf(t, "d", "1", "[1/2, 3/2]"), leaf(t, "w", "2", "[3/2, 5/2]")
			for range 1000 {
				d = Quo(d, w)
			}
			div := w
			if q == "q" {
				div = leaf(t, "q", "10", "[9, 11]")
			}
			s := Quo(leaf(t, "p", "3", "[2, 4]"), div)
			e := Sub(Add(d, s), s)
			var m Method
			allocs := testing.AllocsPerRun(3, func() { _, m, _ = e.Range() })
			t.Logf("Range: %v allocations", allocs)
			if m != ByCorners || allocs > 1000 {
				t.Errorf("Range: method %v with %v allocations, want ByCorners with at most 1,000", m, allocs)
			}
		})
	}
}

func TestExprErrors(t *testing.T) {
	x := Leaf("x", Int(1), iv(t, "[0, 2]"), nil)
	y := Leaf("y", ratio(1, 2), iv(t, "[0, 1]"), nil)
	tests := []struct {
		name               string
		e                  *Expr
		valueErr, rangeErr error
	}{
		// the value 1/(1/2) = 2 exists, but y's range holds 0: the
		// formula is not defined over the whole box, so neither is given
		{"x/y", Quo(x, y), ErrDivisorZero, ErrDivisorZero},
		// x - y in [0-1, 2-0] = [-1, 2] straddles 0, though its value
		// 1 - 1/2 does not
		{"x/(x-y)", Quo(x, Sub(x, y)), ErrDivisorZero, ErrDivisorZero},
		// 1/(x - x + 1): the divisor is 1 everywhere, but interval
		// arithmetic, which takes the two x apart, gives [0-2+1, 2-0+1]
		// = [-1, 3]: refused, soundly
		{"1/(x-x+1)", Quo(Const(Int(1)), Add(Sub(x, x), Const(Int(1)))), ErrDivisorZero, ErrDivisorZero},
		// y - y is 0: no value
		{"x/(y-y)", Quo(x, Sub(y, y)), ErrDivisorZero, ErrDivisorZero},
		// an error below stays: (x/(y-y)) + x
		{"x/(y-y)+x", Add(Quo(x, Sub(y, y)), x), ErrDivisorZero, ErrDivisorZero},
		{"x+x/(y-y)", Add(x, Quo(x, Sub(y, y))), ErrDivisorZero, ErrDivisorZero},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.e.Value(); !errors.Is(err, tt.valueErr) {
				t.Errorf("Value error %v, want %v", err, tt.valueErr)
			}
			if _, _, err := tt.e.Range(); !errors.Is(err, tt.rangeErr) {
				t.Errorf("Range error %v, want %v", err, tt.rangeErr)
			}
		})
	}
}

func TestExprLeavesString(t *testing.T) {
	x := Leaf("x", Int(1), iv(t, "[1, 2]"), nil)
	y := Leaf("y", Int(3), iv(t, "[3, 4]"), nil)
	z := Leaf("z", Int(5), iv(t, "[5, 6]"), nil)
	tests := []struct {
		name     string
		e        *Expr
		leaves   []string
		repeated bool
		text     string
	}{
		{"leaf", x, []string{"x"}, false, "x"},
		{"y-x", Sub(y, x), []string{"y", "x"}, false, "(y - x)"},
		{"x/(x+y)", Quo(x, Add(x, y)), []string{"x", "y"}, true, "(x / (x + y))"},
		{"(x*y)+(z*1/2)", Add(Mul(x, y), Mul(z, Const(ratio(1, 2)))), []string{"x", "y", "z"}, false, "((x * y) + (z * 1/2))"},
		{"(x-x)*y", Mul(Sub(x, x), y), []string{"x", "y"}, true, "((x - x) * y)"},
		{"y*(z+(x+z))", Mul(y, Add(z, Add(x, z))), []string{"y", "z", "x"}, true, "(y * (z + (x + z)))"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.leaves, tt.e.Leaves()); diff != "" {
				t.Errorf("Leaves (-want +got):\n%s", diff)
			}
			if got := tt.e.Repeated(); got != tt.repeated {
				t.Errorf("Repeated = %v, want %v", got, tt.repeated)
			}
			if got := tt.e.String(); got != tt.text {
				t.Errorf("String = %q, want %q", got, tt.text)
			}
		})
	}
	// Leaves hands out a copy
	e := Add(x, y)
	e.Leaves()[0] = "changed"
	if got := e.Leaves()[0]; got != "x" {
		t.Errorf("after changing a copy, Leaves()[0] = %q, want x", got)
	}
}

// TestExprLeafIdentity: a leaf is one reported figure, known by its id,
// value and range together. Two leaves with one id and the same value and
// range are one figure entering twice; two with one id but different
// ranges are two figures, and taking them for one gave ranges narrower
// than the truth: x/x' over x in [10, 20] and x' in [100, 200] came out
// as [1/10, 1/10] ("by corners"), where it is [10/200, 20/100].
func TestExprLeafIdentity(t *testing.T) {
	a := Leaf("x", Int(15), iv(t, "[10, 20]"), nil)
	sameA := Leaf("x", Int(15), iv(t, "[10, 20]"), nil)  // built again from the same figure
	b := Leaf("x", Int(150), iv(t, "[100, 200]"), nil)   // another figure with the same id
	openA := Leaf("x", Int(15), iv(t, "(10, 20]"), nil)  // same id and value, another range
	otherV := Leaf("x", Int(16), iv(t, "[10, 20]"), nil) // same id and range, another value
	tests := []struct {
		name string
		e    *Expr
		want rangeResult
	}{
		// 15/150 = 1/10; [10/200, 20/100]
		{"x/x' different ranges", Quo(a, b), rangeResult{"1/10", "[1/20, 1/5]", ByIntervals}},
		// 15 - 150 = -135; [10 - 200, 20 - 100]
		{"x-x' different ranges", Sub(a, b), rangeResult{"-135", "[-190, -80]", ByIntervals}},
		// (x - x') + x: x enters twice, x' once; d/dx = 2, d/dx' = -1:
		// corners 2*10 - 200 = -180 and 2*20 - 100 = -60; value 30 - 150
		{"(x-x')+x", Add(Sub(a, b), a), rangeResult{"-120", "[-180, -60]", ByCorners}},
		// the same figure built twice is one leaf: x - x = 0
		{"x-x rebuilt", Sub(a, sameA), rangeResult{"0", "[0, 0]", ByCorners}},
		// an end's openness makes another range: [10, 20] - (10, 20] is
		// [10 - 20, 20 - 10), the high end open as 10 is
		{"x-x open end", Sub(a, openA), rangeResult{"0", "[-10, 10)", ByIntervals}},
		// another value makes another figure: 15 - 16
		{"x-x other value", Sub(a, otherV), rangeResult{"-1", "[-10, 10]", ByIntervals}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.e.Value()
			if err != nil {
				t.Fatalf("Value: %v", err)
			}
			r, m, err := tt.e.Range()
			if err != nil {
				t.Fatalf("Range: %v", err)
			}
			got := rangeResult{Value: v.String(), Range: ivText(r), Method: m}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff([]string{"x", "x"}, Quo(a, b).Leaves()); diff != "" {
		t.Errorf("Leaves (-want +got):\n%s", diff)
	}
}

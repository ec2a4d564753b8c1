package exact

import (
	"errors"
	"math/big"
	"strconv"
	"testing"
)

// node is a formula as the oracle evaluates it, beside the Expr built
// from the same program.
type node struct {
	op   op
	leaf int
	c    *big.Rat
	x, y *node
}

// eval returns the formula's value with leaf i set to at[vars[i]], and
// false when it divides by zero.
func (n *node) eval(vars []int, at []*big.Rat) (*big.Rat, bool) {
	switch n.op {
	case opLeaf:
		return at[vars[n.leaf]], true
	case opConst:
		return n.c, true
	}
	a, ok := n.x.eval(vars, at)
	if !ok {
		return nil, false
	}
	b, ok := n.y.eval(vars, at)
	if !ok {
		return nil, false
	}
	switch n.op {
	case opAdd:
		return new(big.Rat).Add(a, b), true
	case opSub:
		return new(big.Rat).Sub(a, b), true
	case opMul:
		return new(big.Rat).Mul(a, b), true
	}
	if b.Sign() == 0 {
		return nil, false
	}
	return new(big.Rat).Quo(a, b), true
}

// count adds up how often each variable enters the formula.
func (n *node) count(vars, uses []int) {
	switch n.op {
	case opLeaf:
		uses[vars[n.leaf]]++
	case opConst:
	default:
		n.x.count(vars, uses)
		n.y.count(vars, uses)
	}
}

// compile runs prog as a stack program and returns the formula and its
// Expr: each byte b pushes leaf b%8 (0 to 2; leaf 3 for b%8 = 2 with b/8
// odd; for b%8 = 0 with b/8 odd, the top entry again, the same node
// shared) or the constant b/8%5 - 2 (b%8 = 3), or combines the two top
// entries with +, -, * or / (b%8 = 4 to 7). What is left is summed. At
// most 12 bytes are read.
func compile(prog []byte, leaves []*Expr) (*node, *Expr) {
	type entry struct {
		n *node
		e *Expr
	}
	var st []entry
	for i, b := range prog {
		if i == 12 {
			break
		}
		switch k := b % 8; {
		case k == 0 && b/8%2 == 1:
			if len(st) > 0 {
				st = append(st, st[len(st)-1])
			}
		case k < 3:
			if k == 2 && b/8%2 == 1 {
				k = 3
			}
			st = append(st, entry{&node{op: opLeaf, leaf: int(k)}, leaves[k]})
		case k == 3:
			c := int64(b/8%5) - 2
			st = append(st, entry{&node{op: opConst, c: big.NewRat(c, 1)}, Const(Int(c))})
		case len(st) >= 2:
			x, y := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			i := (k - 4) % 4 // k is 4 to 7 here
			o := [4]op{opAdd, opSub, opMul, opQuo}[i]
			build := [4]func(x, y *Expr) *Expr{Add, Sub, Mul, Quo}[i]
			st = append(st, entry{&node{op: o, x: x.n, y: y.n}, build(x.e, y.e)})
		}
	}
	if len(st) == 0 {
		return nil, nil
	}
	top := st[0]
	for _, s := range st[1:] {
		top = entry{&node{op: opAdd, x: top.n, y: s.n}, Add(top.e, s.e)}
	}
	return top.n, top.e
}

// leafPoints returns a few points of r for the expression fuzzer: its
// closed ends, points 10^-20 of its width inside its open ends, its
// midpoint, 0 when r holds it, and points out along an unbounded end.
func leafPoints(r Interval) []*big.Rat {
	if r.Lo.Inf || r.Hi.Inf {
		return samples(r) // at most five points
	}
	var out []*big.Rat
	lo, hi := r.Lo.V.rat(), r.Hi.V.rat()
	w := new(big.Rat).Sub(hi, lo)
	tiny := new(big.Rat).Mul(w, pow10Rat(-20))
	for _, x := range []*big.Rat{lo, hi, new(big.Rat).Add(lo, tiny), new(big.Rat).Sub(hi, tiny), valueIn(r), new(big.Rat)} {
		if contains(r, x) {
			out = append(out, x)
		}
	}
	return out
}

// valueIn returns a point of r to be the leaf's value.
func valueIn(r Interval) *big.Rat {
	switch {
	case !r.Lo.Inf && !r.Hi.Inf:
		m := new(big.Rat).Add(r.Lo.V.rat(), r.Hi.V.rat())
		return m.Quo(m, big.NewRat(2, 1))
	case !r.Lo.Inf:
		return new(big.Rat).Add(r.Lo.V.rat(), big.NewRat(1, 1))
	case !r.Hi.Inf:
		return new(big.Rat).Sub(r.Hi.V.rat(), big.NewRat(1, 1))
	}
	return new(big.Rat)
}

func FuzzExprRange(f *testing.F) {
	// programs: leaves are bytes 0, 1, 2; 3 pushes -2 (8*0+3), 11 pushes
	// -1, 19 pushes 0, 27 pushes 1, 35 pushes 2; 4 adds, 5 subtracts, 6
	// multiplies, 7 divides
	f.Add([]byte{0, 0, 5}, int8(1), uint8(1), int8(3), uint8(1), int8(5), uint8(1), uint8(0), uint16(0))                        // x - x
	f.Add([]byte{0, 0, 1, 4, 7}, int8(1), uint8(1), int8(3), uint8(1), int8(5), uint8(1), uint8(0), uint16(0))                  // x / (x + y)
	f.Add([]byte{0, 1, 5, 0, 2, 7, 7}, int8(100), uint8(10), int8(75), uint8(10), int8(14), uint8(2), uint8(9), uint16(0))      // (x - y) / (x / z)
	f.Add([]byte{0, 0, 6}, int8(-1), uint8(3), int8(0), uint8(0), int8(0), uint8(0), uint8(0), uint16(0))                       // x * x straddling 0
	f.Add([]byte{0, 0, 6}, int8(1), uint8(1), int8(0), uint8(0), int8(0), uint8(0), uint8(0), uint16(0b0101))                   // x * x over (1, 2)
	f.Add([]byte{0, 1, 6, 0, 4}, int8(1), uint8(1), int8(1), uint8(1), int8(0), uint8(0), uint8(0), uint16(0))                  // x * y + x
	f.Add([]byte{0, 27, 1, 4, 7, 27, 5}, int8(3), uint8(2), int8(1), uint8(1), int8(0), uint8(0), uint8(0), uint16(0b1000))     // x / (1 + y) - 1
	f.Add([]byte{0, 0, 5, 1, 4}, int8(1), uint8(3), int8(2), uint8(1), int8(0), uint8(0), uint8(0), uint16(0b0010))             // x - x + y, x unbounded above
	f.Add([]byte{0, 1, 2, 6, 5, 0, 7}, int8(2), uint8(4), int8(-3), uint8(2), int8(1), uint8(5), uint8(3), uint16(0b0100_0001)) // (x - y*z) / x
	f.Add([]byte{0, 10, 7}, int8(10), uint8(10), int8(0), uint8(0), int8(100), uint8(100), uint8(0), uint16(0))                 // x / x', another figure named x
	f.Add([]byte{0, 10, 5}, int8(10), uint8(10), int8(0), uint8(0), int8(10), uint8(10), uint8(0), uint16(0))                   // x - x', the same figure
	f.Add([]byte{2, 10, 4}, int8(1), uint8(1), int8(3), uint8(13), int8(5), uint8(1), uint8(0), uint16(67))                     // z + x': two figures with one range
	f.Add([]byte{0, 1, 7, 8, 2, 4, 5}, int8(2), uint8(2), int8(9), uint8(2), int8(1), uint8(1), uint8(0), uint16(0))            // x/y - (x/y + z), x/y one node
	f.Fuzz(func(t *testing.T, prog []byte, xl int8, xw uint8, yl int8, yw uint8, zl int8, zw uint8, den uint8, kinds uint16) {
		ranges := []Interval{
			fuzzInterval(xl, xw, den, uint8(kinds&15)),
			fuzzInterval(yl, yw, den>>4, uint8(kinds>>4&15)),
			fuzzInterval(zl, zw, den, uint8(kinds>>8&15)),
		}
		// leaf 3 is another figure with x's id and z's value and range:
		// a variable of its own, unless z's value and range are x's, when
		// it is x itself
		ranges = append(ranges, ranges[2])
		values := make([]*big.Rat, 4)
		leaves := make([]*Expr, 4)
		ids := []string{"x", "y", "z", "x"}
		for i, r := range ranges {
			values[i] = valueIn(r)
			leaves[i] = Leaf(ids[i], fromRat(values[i]), r, nil)
		}
		vars := []int{0, 1, 2, 3}
		if values[3].Cmp(values[0]) == 0 && ivText(ranges[3]) == ivText(ranges[0]) {
			vars[3] = 0
		}
		n, e := compile(prog, leaves)
		if n == nil {
			return
		}
		uses := make([]int, 4)
		n.count(vars, uses)
		repeated := false
		for _, u := range uses {
			repeated = repeated || u > 1
		}
		// the formula, then the formula plus 0 * (p0 + ... + p4): over more
		// than four figures, the same range found by walking the graph
		// (reverse differentiation, corners evaluated on the walk) instead
		// of from what each node kept when it was built
		pad := Leaf("p0", Int(0), Point(Int(0)), nil)
		for i := 1; i < 5; i++ {
			pad = Add(pad, Leaf("p"+strconv.Itoa(i), Int(int64(i)), Point(Int(int64(i))), nil))
		}
		for _, e := range []*Expr{e, Add(e, Mul(Const(Int(0)), pad))} {
			checkExpr(t, e, n, vars, uses, repeated, ranges, values)
		}
	})
}

// checkExpr checks the value and range of e, the formula n of the fuzzed
// leaves: the value exact, the range sound at sampled points of the box
// and, by corners, exact.
func checkExpr(t *testing.T, e *Expr, n *node, vars, uses []int, repeated bool, ranges []Interval, values []*big.Rat) {
	where := e.String() + " over x " + ivText(ranges[0]) + ", y " + ivText(ranges[1]) + ", z and x' " + ivText(ranges[2])
	if e.Repeated() != repeated {
		t.Fatalf("%s: Repeated() = %v, want %v", where, e.Repeated(), repeated)
	}
	v, verr := e.Value()
	r, m, rerr := e.Range()
	want, defined := n.eval(vars, values)
	switch {
	case verr != nil:
		if !errors.Is(verr, ErrDivisorZero) || !errors.Is(rerr, ErrDivisorZero) {
			t.Fatalf("%s: Value error %v, Range error %v; want ErrDivisorZero for both", where, verr, rerr)
		}
		return
	case !defined:
		t.Fatalf("%s: Value() = %v at a point that divides by zero", where, v)
	case v.rat().Cmp(want) != 0:
		t.Fatalf("%s: Value() = %v, want %s", where, v, want.RatString())
	case rerr != nil:
		t.Fatalf("%s: Range: %v, with a value", where, rerr)
	}
	switch {
	case !repeated && m != ByIntervals:
		t.Fatalf("%s: method %d for a formula with each leaf once", where, m)
	case repeated && m != ByCorners && m != Bounded:
		t.Fatalf("%s: method %d for a formula with a repeated leaf", where, m)
	}
	// every sampled point of the box has a value in the range; a
	// variable the formula does not read keeps its value
	var pts [4][]*big.Rat
	for i := range pts {
		pts[i] = []*big.Rat{values[i]}
		if uses[i] > 0 {
			pts[i] = leafPoints(ranges[i])
		}
	}
	at := make([]*big.Rat, 4)
	for _, a := range pts[0] {
		for _, b := range pts[1] {
			for _, c := range pts[2] {
				for _, d := range pts[3] {
					at[0], at[1], at[2], at[3] = a, b, c, d
					got, ok := n.eval(vars, at)
					if !ok {
						t.Fatalf("%s: range %s given, but (%s, %s, %s, %s) divides by zero", where, ivText(r), a.RatString(), b.RatString(), c.RatString(), d.RatString())
					}
					if !contains(r, got) {
						t.Fatalf("%s: method %d range %s does not hold %s at (%s, %s, %s, %s)", where, m, ivText(r), got.RatString(), a.RatString(), b.RatString(), c.RatString(), d.RatString())
					}
				}
			}
		}
	}
	if m != ByCorners {
		return
	}
	// the ends are the least and greatest values at the corners of
	// the box, open only where no point of the box reaches them (the
	// samples above hold every closed corner)
	var lo, hi *big.Rat
	for c := range 16 {
		for i := range 4 {
			if uses[i] == 0 { // not in the formula: any point
				at[i] = values[i]
				continue
			}
			if ranges[i].Lo.Inf || ranges[i].Hi.Inf {
				t.Fatalf("%s: corners over an unbounded leaf", where)
			}
			at[i] = ranges[i].Lo.V.rat()
			if c>>i&1 == 1 {
				at[i] = ranges[i].Hi.V.rat()
			}
		}
		got, ok := n.eval(vars, at)
		if !ok {
			t.Fatalf("%s: corner %d divides by zero", where, c)
		}
		if lo == nil || got.Cmp(lo) < 0 {
			lo = got
		}
		if hi == nil || got.Cmp(hi) > 0 {
			hi = got
		}
	}
	if r.Lo.Inf || r.Hi.Inf || r.Lo.V.rat().Cmp(lo) != 0 || r.Hi.V.rat().Cmp(hi) != 0 {
		t.Fatalf("%s: corners give %s, want ends %s and %s", where, ivText(r), lo.RatString(), hi.RatString())
	}
}

// TestCompile checks the fuzzer's program reader on one program, so that
// the seeds above mean what their comments say.
func TestCompile(t *testing.T) {
	x := Leaf("x", Int(1), Point(Int(1)), nil)
	y := Leaf("y", Int(2), Point(Int(2)), nil)
	z := Leaf("z", Int(3), Point(Int(3)), nil)
	x2 := Leaf("x", Int(4), Point(Int(4)), nil)
	tests := []struct {
		prog []byte
		want string
	}{
		{[]byte{0, 0, 5}, "(x - x)"},
		{[]byte{0, 0, 1, 4, 7}, "(x / (x + y))"},
		{[]byte{0, 1, 5, 0, 2, 7, 7}, "((x - y) / (x / z))"},
		{[]byte{0, 27, 1, 4, 7, 27, 5}, "((x / (1 + y)) - 1)"},
		{[]byte{3, 11, 19, 35, 4, 4, 4}, "(-2 + (-1 + (0 + 2)))"},
		{[]byte{0, 1}, "(x + y)"},                      // what is left is summed
		{[]byte{4, 2}, "z"},                            // an operation on fewer than two entries is skipped
		{[]byte{10, 0, 7}, "(x / x)"},                  // 10 = 8 + 2 pushes leaf 3, another x
		{[]byte{0, 1, 7, 8, 5}, "((x / y) - (x / y))"}, // 8 = 8 + 0 pushes x / y again
	}
	for _, tt := range tests {
		t.Run(strconv.Quote(string(tt.prog)), func(t *testing.T) {
			_, e := compile(tt.prog, []*Expr{x, y, z, x2})
			if got := e.String(); got != tt.want {
				t.Errorf("compile(%v) = %s, want %s", tt.prog, got, tt.want)
			}
		})
	}
}

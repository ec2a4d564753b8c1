// Package exact evaluates the formulas of derived figures in exact rational
// arithmetic, so that a derived value is its exact value rounded once and a
// derived range is the exact range of its formula over the ranges of the
// reported figures it rests on, rounded outward once.
//
// An [Expr] is an immutable tree over leaves, one per reported figure: a
// leaf is known by its id, value and range together, so that two leaves
// with one id but another value or range are two figures. Its value is
// evaluated with [math/big.Rat]. Its range is found by one of
// three methods, chosen by [Expr.Range] and named in its result:
//
//   - [ByIntervals]: every reported figure enters the formula once, so
//     exact interval arithmetic gives the exact range (open, closed and
//     unbounded ends included).
//   - [ByCorners]: some figure enters more than once, but the formula is
//     monotone in each figure over the box of their ranges (the sign of
//     each partial derivative, followed through the tree with interval
//     arithmetic, is fixed), so the exact range lies between the formula's
//     values at two corners of the box.
//   - [Bounded]: neither holds; interval arithmetic still bounds the
//     range soundly, but it may be wider than exact.
package exact

import (
	"errors"
	"strings"
)

// Method says how a range was computed.
type Method uint8

// The methods of [Expr.Range].
const (
	// ByIntervals is exact interval arithmetic over inputs that each enter
	// the formula once.
	ByIntervals Method = iota + 1
	// ByCorners is the formula evaluated at two corners of the inputs' box,
	// after its monotonicity in each input was shown.
	ByCorners
	// Bounded is interval arithmetic over inputs of which one enters more
	// than once: sound, possibly wider than exact.
	Bounded
)

// Errors of evaluation.
var (
	// ErrDivisorZero reports a divisor that is zero or whose range
	// contains or touches zero.
	ErrDivisorZero = errors.New("divisor is or may be zero")
	// ErrUnboundedBoth reports a range unbounded on both sides.
	ErrUnboundedBoth = errors.New("range unbounded on both sides")
)

type op uint8

const (
	opLeaf op = iota
	opConst
	opAdd
	opSub
	opMul
	opQuo
)

// Expr is a formula over leaves. It is immutable, and evaluates its exact
// value and its interval-arithmetic range when it is built, so that a
// formula built on another reuses its work. The zero Expr is not valid;
// build one with [Leaf], [Const] and the operations.
type Expr struct {
	op       op
	id       string // leaf
	x, y     *Expr
	v        Q        // exact value, unless err is set
	rng      Interval // range by interval arithmetic
	err      error    // why the value or range cannot be evaluated
	leaves   []*Expr  // distinct leaves, in order of first appearance
	repeated bool     // some leaf enters more than once
	own      [1]*Expr
	ref      any // the caller's figure at this node, if it named one
}

// Leaf returns a reported figure with its id, value and range. Leaves
// with the same id, value and range are the same figure wherever they
// enter a formula; a leaf with the same id but another value or range is
// another figure.
//
// ref is the caller's record of the figure, handed back by [Walk].
func Leaf(id string, v Q, r Interval, ref any) *Expr {
	e := &Expr{op: opLeaf, id: id, v: v, rng: r, ref: ref}
	e.own[0] = e
	e.leaves = e.own[:]
	return e
}

// same reports whether leaves e and m are the same figure: one id, value
// and range.
func (e *Expr) same(m *Expr) bool {
	return e == m || (e.id == m.id && e.v.Cmp(m.v) == 0 && sameBound(e.rng.Lo, m.rng.Lo) && sameBound(e.rng.Hi, m.rng.Hi))
}

func sameBound(a, b Bound) bool {
	if a.Inf || b.Inf {
		return a.Inf == b.Inf
	}
	return a.Open == b.Open && a.V.Cmp(b.V) == 0
}

// index returns the position of the leaf l in leaves, or -1.
func index(leaves []*Expr, l *Expr) int {
	for i, m := range leaves {
		if m.same(l) {
			return i
		}
	}
	return -1
}

// Named returns x as the formula of a figure that the caller knows by ref,
// handed back by [Walk]: the same formula, with the same value and range.
func Named(x *Expr, ref any) *Expr {
	n := *x
	n.ref = ref
	return &n
}

// Walk calls fn with the ref of every node under the roots that carries
// one (leaves and [Named] formulas), each distinct node once, and stops at
// the first error fn returns.
func Walk(fn func(ref any) error, roots ...*Expr) error {
	seen := make(map[*Expr]bool)
	var walk func(e *Expr) error
	walk = func(e *Expr) error {
		if e == nil || seen[e] {
			return nil
		}
		seen[e] = true
		if e.ref != nil {
			if err := fn(e.ref); err != nil {
				return err
			}
		}
		if err := walk(e.x); err != nil {
			return err
		}
		return walk(e.y)
	}
	for _, r := range roots {
		if err := walk(r); err != nil {
			return err
		}
	}
	return nil
}

// Const returns a constant.
func Const(v Q) *Expr { return &Expr{op: opConst, v: v, rng: Point(v)} }

func bin(o op, x, y *Expr) *Expr {
	e := &Expr{op: o, x: x, y: y}
	e.leaves, e.repeated = union(x.leaves, y.leaves)
	e.repeated = e.repeated || x.repeated || y.repeated
	switch {
	case x.err != nil:
		e.err = x.err
		return e
	case y.err != nil:
		e.err = y.err
		return e
	}
	switch o {
	case opAdd:
		e.v = x.v.Add(y.v)
		e.rng = AddIntervals(x.rng, y.rng)
	case opSub:
		e.v = x.v.Sub(y.v)
		e.rng = AddIntervals(x.rng, Neg(y.rng))
	case opMul:
		e.v = x.v.Mul(y.v)
		e.rng = MulIntervals(x.rng, y.rng)
	case opQuo:
		if y.v.Sign() == 0 {
			e.err = ErrDivisorZero
			return e
		}
		e.v = x.v.Quo(y.v)
		e.rng, e.err = QuoIntervals(x.rng, y.rng)
	}
	return e
}

// union returns the leaves of a then those of b not in a, and whether the
// two share one.
func union(a, b []*Expr) ([]*Expr, bool) {
	var extra []*Expr
	shared := false
	for _, l := range b {
		if index(a, l) >= 0 {
			shared = true
		} else {
			extra = append(extra, l)
		}
	}
	if len(extra) == 0 {
		return a, shared
	}
	if len(a) == 0 {
		return extra, shared
	}
	out := make([]*Expr, 0, len(a)+len(extra))
	return append(append(out, a...), extra...), shared
}

// Add returns x + y.
func Add(x, y *Expr) *Expr { return bin(opAdd, x, y) }

// Sub returns x - y.
func Sub(x, y *Expr) *Expr { return bin(opSub, x, y) }

// Mul returns x * y.
func Mul(x, y *Expr) *Expr { return bin(opMul, x, y) }

// Quo returns x / y.
func Quo(x, y *Expr) *Expr { return bin(opQuo, x, y) }

// Leaves returns the ids of the distinct leaves of e, in the order they
// first appear. Two leaves with one id but another value or range are
// distinct, and their id is listed twice.
func (e *Expr) Leaves() []string {
	ids := make([]string, len(e.leaves))
	for i, l := range e.leaves {
		ids[i] = l.id
	}
	return ids
}

// Repeated reports whether some leaf enters e more than once.
func (e *Expr) Repeated() bool { return e.repeated }

// Value returns the exact value of e.
func (e *Expr) Value() (Q, error) { return e.v, e.err }

// at evaluates e with each leaf set to one end of its range: pick[i] > 0
// takes the high end of root's i-th leaf, < 0 the low end.
func (e *Expr) at(root []*Expr, pick []int) (Q, error) {
	switch e.op {
	case opLeaf:
		d := pick[index(root, e)]
		if d > 0 {
			return e.rng.Hi.V, nil
		}
		return e.rng.Lo.V, nil
	case opConst:
		return e.v, nil
	}
	a, err := e.x.at(root, pick)
	if err != nil {
		return Q{}, err
	}
	b, err := e.y.at(root, pick)
	if err != nil {
		return Q{}, err
	}
	switch e.op {
	case opAdd:
		return a.Add(b), nil
	case opSub:
		return a.Sub(b), nil
	case opMul:
		return a.Mul(b), nil
	}
	if b.Sign() == 0 {
		return Q{}, ErrDivisorZero
	}
	return a.Quo(b), nil
}

// Range returns the range of e over the ranges of its leaves and the
// method that found it.
func (e *Expr) Range() (Interval, Method, error) {
	if e.err != nil {
		return Interval{}, 0, e.err
	}
	if !e.repeated {
		return e.rng, ByIntervals, nil
	}
	dirs, ok := e.directions()
	if !ok {
		return e.rng, Bounded, nil
	}
	c, err := e.Corners(dirs)
	if err != nil {
		return e.rng, Bounded, nil //nolint:nilerr // the sound interval bound stands when a corner cannot be evaluated
	}
	return c, ByCorners, nil
}

// Corners returns the closed interval between the values of e at two
// corners of its leaves' box: the low corner takes, for the i-th leaf of
// [Expr.Leaves], the end of its range opposite to dirs[i] (+1: e is
// nondecreasing in it, -1: nonincreasing), the high corner the other end.
// The caller must have shown e monotone in each leaf as dirs says; every
// leaf needs a direction and a bounded range.
func (e *Expr) Corners(dirs []int) (Interval, error) {
	if len(dirs) != len(e.leaves) {
		return Interval{}, errors.New("one direction per leaf needed")
	}
	neg := make([]int, len(dirs))
	for i, d := range dirs {
		if d == 0 {
			return Interval{}, errors.New("no direction for " + e.leaves[i].id)
		}
		neg[i] = -d
	}
	if !e.bounded() {
		return Interval{}, ErrUnboundedBoth
	}
	a, err := e.at(e.leaves, neg)
	if err != nil {
		return Interval{}, err
	}
	b, err := e.at(e.leaves, dirs)
	if err != nil {
		return Interval{}, err
	}
	return Interval{Lo: Bound{V: a}, Hi: Bound{V: b}}, nil
}

// bounded reports whether every leaf has a bounded range.
func (e *Expr) bounded() bool {
	switch e.op {
	case opLeaf:
		return !e.rng.Lo.Inf && !e.rng.Hi.Inf
	case opConst:
		return true
	}
	return e.x.bounded() && e.y.bounded()
}

// directions decides, for each leaf of e, whether e is nondecreasing (+1)
// or nonincreasing (-1) in it over the box of the leaves' ranges: it
// evaluates each partial derivative of e with interval arithmetic
// (forward-mode differentiation over intervals, every bound rounded
// outward) and takes its sign where the derivative's range lies on one
// side of zero. It reports false when some derivative's range straddles
// zero, or cannot be evaluated.
func (e *Expr) directions() ([]int, bool) {
	_, g, ok := e.grad(e.leaves)
	if !ok {
		return nil, false
	}
	dirs := make([]int, len(g))
	for i, r := range g {
		if dirs[i] = r.sign(); dirs[i] == 0 {
			return nil, false
		}
	}
	return dirs, true
}

// grad returns the range of e and the ranges of its partial derivatives
// in each of root's leaves, in outward-rounded interval arithmetic.
func (e *Expr) grad(root []*Expr) (fi, []fi, bool) {
	var zero fi
	one := fi{fl{m: 1}, fl{m: 1}}
	out := make([]fi, len(root))
	switch e.op {
	case opLeaf:
		r, ok := fiOf(e.rng)
		if i := index(root, e); i >= 0 {
			out[i] = one
		}
		return r, out, ok
	case opConst:
		r, ok := fiOf(e.rng)
		return r, out, ok
	}
	x, gx, ok := e.x.grad(root)
	if !ok {
		return fi{}, nil, false
	}
	y, gy, ok := e.y.grad(root)
	if !ok {
		return fi{}, nil, false
	}
	var v, y2 fi
	switch e.op {
	case opAdd:
		v = x.add(y)
	case opSub:
		v = x.add(y.neg())
	case opMul:
		v = x.mul(y)
	case opQuo:
		if v, ok = x.quo(y); !ok {
			return fi{}, nil, false
		}
		y2 = y.mul(y)
	}
	for i, l := range root {
		inX, inY := index(e.x.leaves, l) >= 0, index(e.y.leaves, l) >= 0
		dx, dy := gx[i], gy[i]
		switch {
		case !inX && !inY:
			out[i] = zero
		case e.op == opAdd:
			out[i] = dx.add(dy)
		case e.op == opSub:
			out[i] = dx.add(dy.neg())
		case e.op == opMul && !inY: // (xy)' = x'y + xy'
			out[i] = dx.mul(y)
		case e.op == opMul && !inX:
			out[i] = x.mul(dy)
		case e.op == opMul:
			out[i] = dx.mul(y).add(x.mul(dy))
		case !inY: // (x/y)' = x'/y when y does not depend on the leaf
			if out[i], ok = dx.quo(y); !ok {
				return fi{}, nil, false
			}
		default: // (x/y)' = (x'y - xy') / y^2
			num := x.mul(dy).neg()
			if inX {
				num = dx.mul(y).add(num)
			}
			if out[i], ok = num.quo(y2); !ok {
				return fi{}, nil, false
			}
		}
	}
	return v, out, true
}

// String returns e in infix notation with leaf ids, for messages.
func (e *Expr) String() string {
	var b strings.Builder
	e.format(&b)
	return b.String()
}

func (e *Expr) format(b *strings.Builder) {
	switch e.op {
	case opLeaf:
		b.WriteString(e.id)
		return
	case opConst:
		b.WriteString(e.v.String())
		return
	}
	b.WriteByte('(')
	e.x.format(b)
	b.WriteString([...]string{opAdd: " + ", opSub: " - ", opMul: " * ", opQuo: " / "}[e.op])
	e.y.format(b)
	b.WriteByte(')')
}

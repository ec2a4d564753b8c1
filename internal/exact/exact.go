// Package exact evaluates the formulas of derived figures in exact rational
// arithmetic, so that a derived value is its exact value rounded once and a
// derived range is the exact range of its formula over the ranges of the
// reported figures it rests on, rounded outward once.
//
// An [Expr] is an immutable graph over leaves, one per reported figure: a
// leaf is known by its id, value and range together, so that two leaves
// with one id but another value or range are two figures. A formula built
// on another shares it, so a chain of n steps holds n nodes however often
// each step reuses the one before. Each node's exact value (a
// [math/big.Rat] where it outgrows int64) and interval-arithmetic range are
// computed once, when it is built, from its operands'; so are, for a
// formula over at most four distinct figures of which one enters more than
// once, its exact value at each corner of their box and an enclosure of
// its partial derivative in each, by forward differentiation from its
// operands'. A formula in which each figure enters once needs neither for
// its range; when one that needs them is built on it, they are computed
// from its nodes that rest on a figure, which form a tree (a node that two
// of its operands shared would be a figure entering twice): a few nodes
// when the Figure functions built it, as each adds a figure. Nothing a node
// keeps is computed later or changed. So [Expr.Range] costs:
//
//   - for a formula in which each figure enters once, nothing: the range
//     is the node's own;
//   - over at most four figures, a bounded number of operations (16
//     corners and 4 derivatives at most, on numbers no larger than the
//     node's own exact values), however long the chain before it and
//     however often it reuses a figure, when the kept enclosures of the
//     derivatives decide their signs;
//   - otherwise (over more figures, or where forward differentiation lost
//     a cancellation through a shared subformula, as in s - s), a walk of
//     the distinct nodes of the graph, three passes (leaf classes,
//     derivative signs by reverse differentiation, two corners), never a
//     tree's paths: linear in the distinct nodes times the cost of
//     arithmetic on their values. The walk stops at the nodes whose kept
//     enclosures decide, which stand for their subformulas with what they
//     kept, so that a cancellation atop a long chain costs what it costs
//     atop one step; where a figure is left undecided it walks again,
//     below the nodes that rest on it, and after four such rounds it walks
//     the whole graph.
//
// Building a node costs, beside its own arithmetic, the log of the number
// of figures under it (their ids are kept in a shared trie). Memory is
// linear in the distinct nodes and their digits.
//
// Its range is found by one of three methods, chosen by [Expr.Range] and
// named in its result:
//
//   - [ByIntervals]: every reported figure enters the formula once, so
//     exact interval arithmetic gives the exact range (open, closed and
//     unbounded ends included).
//   - [ByCorners]: some figure enters more than once, but the formula is
//     monotone in each figure over the box of their ranges (an enclosure
//     of each partial derivative, by exact interval arithmetic, lies on one
//     side of zero), so the exact range lies between the formula's values
//     at two corners of the box.
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
// value, its interval-arithmetic range and, where it needs one, its
// [local] when it is built, so that a formula built on another reuses its
// work. The zero Expr is not valid; build one with [Leaf], [Const] and the
// operations.
type Expr struct {
	op   op
	id   string // leaf
	x, y *Expr
	v    Q        // exact value, unless err is set
	rng  Interval // range by interval arithmetic
	err  error    // why the value or range cannot be evaluated
	ref  any      // the caller's figure at this node, if it named one
	ids  pmap     // the leaves and named formulas under e, by id
	// repeated: some leaf figure enters e more than once
	repeated bool
	// nfig is the number of distinct leaf figures under e, or maxLocal+1
	// for more
	nfig int
	loc  *local // kept by a formula in which a figure repeats, over at most maxLocal figures
}

// maxLocal is the most figures a formula keeps a [local] over: 2^4 = 16
// corners.
const maxLocal = 4

// stopRounds is the most walks [Expr.Range] makes that stop at nodes that
// keep a local, before it walks the whole graph.
const stopRounds = 4

// local is what a formula over at most maxLocal figures, some entering it
// more than once, keeps when it is built, for its own range and for the
// formulas built on it: its distinct leaf figures, an enclosure of its
// partial derivative in each over the box of their ranges (by forward
// differentiation, from its operands'), and its exact value at each
// corner of that box (from its operands' at the same corners). So a step
// of a chain over few figures costs a bounded number of operations on its
// own exact values, however long the chain. A formula in which each
// figure enters once needs none for its range, and keeps none: [localOf]
// computes its local when one is built on it. ok is false when some
// figure's range is unbounded, or a corner divides by zero: the formula's
// range is then interval arithmetic's.
type local struct {
	n      int // figures
	leaves [maxLocal]*Expr
	ok     bool               // grad and corner hold
	grad   [maxLocal]Interval // grad[i] encloses the derivative in leaves[i]
	corner [1 << maxLocal]Q   // corner[c] has leaves[i] at its high end where bit i of c is set, else at its low end
}

// Leaf returns a reported figure with its id, value and range. Leaves
// with the same id, value and range are the same figure wherever they
// enter a formula; a leaf with the same id but another value or range is
// another figure.
//
// ref is the caller's record of the figure, handed back by [Expr.Ref]
// and [Common].
func Leaf(id string, v Q, r Interval, ref any) *Expr {
	e := &Expr{op: opLeaf, id: id, v: v, rng: r, ref: ref}
	e.ids = pmap{}.with(id, e)
	e.nfig = 1
	return e
}

// Named returns x as the formula of a figure that the caller knows by id
// and ref, handed back by [Common]: the same formula, with the same value
// and range.
func Named(x *Expr, id string, ref any) *Expr {
	n := *x
	n.id, n.ref = id, ref
	n.ids = x.ids.with(id, &n)
	return &n
}

// Ref returns the ref e was built with by [Leaf] or [Named], or nil.
func (e *Expr) Ref() any { return e.ref }

// Has reports whether a leaf or named formula under e carries id.
func (e *Expr) Has(id string) bool { return e.ids.get(id) != nil }

// Common calls fn with the refs of every two distinct nodes, one under x
// and one under y, that carry the same id, and stops at the first error fn
// returns. It costs the smaller formula's ids times the log of the larger's.
func Common(x, y *Expr, fn func(a, b any) error) error {
	if x == y {
		return nil
	}
	small, large := x.ids, y.ids
	if small.n > large.n {
		small, large = large, small
	}
	var err error
	small.each(func(key string, vals []*Expr) bool {
		for _, w := range large.get(key) {
			for _, v := range vals {
				if v != w && v.ref != nil && w.ref != nil {
					if err = fn(v.ref, w.ref); err != nil {
						return false
					}
				}
			}
		}
		return true
	})
	return err
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

// Const returns a constant.
func Const(v Q) *Expr {
	e := &Expr{op: opConst, v: v, rng: Point(v)}
	return e
}

func bin(o op, x, y *Expr) *Expr {
	e := &Expr{op: o, x: x, y: y}
	e.ids, e.repeated = merge(x, y)
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
	switch {
	case !e.repeated: // x and y rest on distinct figures
		e.nfig = min(x.nfig+y.nfig, maxLocal+1)
	case e.err == nil && x.nfig <= maxLocal && y.nfig <= maxLocal:
		if e.loc = combine(e.op, x, y, localOf(x), localOf(y)); e.loc != nil {
			e.nfig = e.loc.n
			break
		}
		fallthrough
	default:
		e.nfig = maxLocal + 1
	}
	return e
}

// localOf returns the local of e, a formula over at most maxLocal figures
// with a value and a range: the one it keeps, or one computed now from its
// operands'. Only a formula in which no figure repeats keeps none; its
// nodes that rest on a figure form a tree, with at most maxLocal leaves,
// and a subformula of constants only is its value.
func localOf(e *Expr) *local {
	switch {
	case e.loc != nil:
		return e.loc
	case e.nfig == 0: // a constant, or a formula of constants only
		return &local{ok: true, corner: [1 << maxLocal]Q{e.v}}
	case e.op != opLeaf:
		return combine(e.op, e.x, e.y, localOf(e.x), localOf(e.y))
	}
	l := &local{n: 1, leaves: [maxLocal]*Expr{e}, ok: !e.rng.Lo.Inf && !e.rng.Hi.Inf}
	if l.ok {
		l.grad[0], l.corner[0], l.corner[1] = Point(Int(1)), e.rng.Lo.V, e.rng.Hi.V
	}
	return l
}

// combine returns the local of the formula ex op ey from its operands'
// locals x and y, or nil when it rests on more than maxLocal figures. Its
// cost is bounded: at most maxLocal derivatives and 2^maxLocal corners,
// each a few operations.
func combine(o op, ex, ey *Expr, x, y *local) *local {
	// the figures: x's, then y's that are not x's; ix and iy give each
	// one's index in x's and y's, or -1
	var ix, iy [maxLocal]int
	l := &local{n: x.n, leaves: x.leaves}
	for i := range x.n {
		ix[i], iy[i] = i, -1
	}
next:
	for j, f := range y.leaves[:y.n] {
		for i, g := range x.leaves[:x.n] {
			if g.same(f) {
				iy[i] = j
				continue next
			}
		}
		if l.n == maxLocal {
			return nil
		}
		ix[l.n], iy[l.n] = -1, j
		l.leaves[l.n] = f
		l.n++
	}
	if !x.ok || !y.ok {
		return l
	}
	for c := range 1 << l.n {
		var cx, cy int
		for i := range l.n {
			if c>>i&1 == 1 {
				if ix[i] >= 0 {
					cx |= 1 << ix[i]
				}
				if iy[i] >= 0 {
					cy |= 1 << iy[i]
				}
			}
		}
		a, b := x.corner[cx], y.corner[cy]
		switch o {
		case opAdd:
			l.corner[c] = a.Add(b)
		case opSub:
			l.corner[c] = a.Sub(b)
		case opMul:
			l.corner[c] = a.Mul(b)
		default:
			if b.Sign() == 0 {
				return l
			}
			l.corner[c] = a.Quo(b)
		}
	}
	// (x + y)' = x' + y', (x - y)' = x' - y', (xy)' = x'y + xy',
	// (x/y)' = x'/y - xy'/y^2, each over the operands' ranges; an operand
	// that does not rest on a figure adds no term
	Y := ey.rng
	var invY, xOverYY Interval // 1/Y and X/Y^2, for a quotient
	if o == opQuo {
		var err error
		if invY, err = QuoIntervals(Point(Int(1)), Y); err != nil {
			return l // not for a divisor whose range gave e's
		}
		if y.n > 0 {
			xOverYY = MulIntervals(MulIntervals(ex.rng, invY), invY)
		}
	}
	for i := range l.n {
		var terms [2]Interval
		n := 0
		if ix[i] >= 0 {
			terms[n] = x.grad[ix[i]]
			switch o {
			case opMul:
				terms[n] = MulIntervals(terms[n], Y)
			case opQuo:
				terms[n] = MulIntervals(terms[n], invY)
			}
			n++
		}
		if iy[i] >= 0 {
			terms[n] = y.grad[iy[i]]
			switch o {
			case opSub:
				terms[n] = Neg(terms[n])
			case opMul:
				terms[n] = MulIntervals(ex.rng, terms[n])
			case opQuo:
				terms[n] = Neg(MulIntervals(xOverYY, terms[n]))
			}
			n++
		}
		l.grad[i] = terms[0]
		if n == 2 {
			l.grad[i] = AddIntervals(terms[0], terms[1])
		}
	}
	l.ok = true
	return l
}

// merge returns the ids under x and y together, and whether some leaf
// figure enters x op y more than once: it enters x or y more than once, or
// enters both.
func merge(x, y *Expr) (pmap, bool) {
	if x == y {
		return x.ids, x.ids.n > 0
	}
	repeated := x.repeated || y.repeated
	small, large := x.ids, y.ids
	if small.n > large.n {
		small, large = large, small
	}
	ids := large
	small.each(func(key string, vals []*Expr) bool {
		have := large.get(key)
		for _, v := range vals {
			found := false
			for _, w := range have {
				if w == v || (w.op == opLeaf && v.op == opLeaf && w.same(v)) {
					found = true
					repeated = repeated || v.op == opLeaf || w == v
				}
			}
			if !found {
				ids = ids.with(key, v)
			}
		}
		return true
	})
	return ids, repeated
}

// Add returns x + y.
func Add(x, y *Expr) *Expr { return bin(opAdd, x, y) }

// Sub returns x - y.
func Sub(x, y *Expr) *Expr { return bin(opSub, x, y) }

// Mul returns x * y.
func Mul(x, y *Expr) *Expr { return bin(opMul, x, y) }

// Quo returns x / y.
func Quo(x, y *Expr) *Expr { return bin(opQuo, x, y) }

// graph is one walk's view of a formula: its distinct nodes with children
// before parents (the root last), and its distinct leaf figures, which
// class maps each leaf node to.
type graph struct {
	nodes  []*Expr
	index  map[*Expr]int
	leaves []*Expr // one node per distinct figure, in order of first appearance
	class  []int   // per node: its figure's index in leaves, or -1
	// kept maps the index of each node where the walk stopped to the
	// index in leaves of each figure of its local
	kept map[int]*[maxLocal]int
}

// walk lays out the distinct nodes of e, each once, without recursion. It
// does not go below a node other than e for which stop is true: such a
// node keeps a local whose derivatives and corners stand for its
// subformula. stop may be nil.
func (e *Expr) walk(stop func(*Expr) bool) *graph {
	g := &graph{index: make(map[*Expr]int)}
	byID := make(map[string][]int)
	classOf := func(f *Expr) int {
		for _, i := range byID[f.id] {
			if g.leaves[i].same(f) {
				return i
			}
		}
		byID[f.id] = append(byID[f.id], len(g.leaves))
		g.leaves = append(g.leaves, f)
		return len(g.leaves) - 1
	}
	type frame struct {
		n    *Expr
		done bool
	}
	stack := []frame{{n: e}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, seen := g.index[f.n]; seen {
			continue
		}
		l := f.n.loc
		kept := stop != nil && f.n != e && stop(f.n)
		if !f.done && f.n.x != nil && !kept {
			stack = append(stack, frame{n: f.n, done: true}, frame{n: f.n.y}, frame{n: f.n.x})
			continue
		}
		i := len(g.nodes)
		g.index[f.n] = i
		g.nodes = append(g.nodes, f.n)
		c := -1
		switch {
		case f.n.op == opLeaf:
			c = classOf(f.n)
		case kept:
			var cl [maxLocal]int
			for j, lf := range l.leaves[:l.n] {
				cl[j] = classOf(lf)
			}
			if g.kept == nil {
				g.kept = make(map[int]*[maxLocal]int)
			}
			g.kept[i] = &cl
		}
		g.class = append(g.class, c)
	}
	return g
}

// Leaves returns the ids of the distinct leaves of e, in the order they
// first appear. Two leaves with one id but another value or range are
// distinct, and their id is listed twice.
func (e *Expr) Leaves() []string {
	g := e.walk(nil)
	ids := make([]string, len(g.leaves))
	for i, l := range g.leaves {
		ids[i] = l.id
	}
	return ids
}

// Repeated reports whether some leaf enters e more than once.
func (e *Expr) Repeated() bool { return e.repeated }

// Value returns the exact value of e.
func (e *Expr) Value() (Q, error) { return e.v, e.err }

// Range returns the range of e over the ranges of its leaves and the
// method that found it.
func (e *Expr) Range() (Interval, Method, error) {
	if e.err != nil {
		return Interval{}, 0, e.err
	}
	if !e.repeated {
		return e.rng, ByIntervals, nil
	}
	if l := e.loc; l != nil {
		if !l.ok { // an unbounded figure or divisor: no corners
			return e.rng, Bounded, nil
		}
		if dirs, strict, ok := signs(l.grad[:l.n]); ok {
			var lo, hi int
			for i, d := range dirs {
				if d > 0 {
					hi |= 1 << i
				} else {
					lo |= 1 << i
				}
			}
			return box(l.leaves[:l.n], dirs, strict, l.corner[lo], l.corner[hi]), ByCorners, nil
		}
	}
	// Forward differentiation loses what cancels through a shared
	// subformula (the derivative of s - s encloses s' - s', not 0); a
	// walk's reverse pass keeps it, as it sums the adjoints of s before it
	// multiplies by s'. The walk stops at the nodes whose kept enclosures
	// decide, which stand for their subformulas with what they kept; where
	// a figure is left undecided, it walks again, going below the nodes it
	// stopped at that rest on such a figure (one of them may hold a shared
	// subformula whose cancellation its enclosures lost), and after
	// stopRounds rounds it walks the whole graph.
	below := make(map[*Expr]bool)
	stop := func(n *Expr) bool {
		l := n.loc
		if below[n] || l == nil || !l.ok {
			return false
		}
		_, _, ok := signs(l.grad[:l.n])
		return ok
	}
	for round := 0; ; round++ {
		if round == stopRounds {
			stop = nil
		}
		g := e.walk(stop)
		grad, ok := g.gradient()
		if !ok {
			break
		}
		if dirs, strict, ok := signs(grad); ok {
			if c, err := g.corners(dirs, strict); err == nil {
				return c, ByCorners, nil
			}
			break
		}
		more := false
		for i, cl := range g.kept {
			n := g.nodes[i]
			for j := range n.loc.n {
				if d, _ := sign(grad[cl[j]]); d == 0 {
					below[n], more = true, true
				}
			}
		}
		if !more {
			break
		}
	}
	// the sound interval bound stands when no sign or corner is found
	return e.rng, Bounded, nil
}

// corners returns the range between the values of the formula at two
// corners of its leaves' box: the low corner takes, for the i-th leaf, the
// end of its range opposite to dirs[i] (+1: the formula is nondecreasing
// in it, -1: nonincreasing), the high corner the other end. Every leaf's
// range is bounded, as [graph.directions] makes sure.
func (g *graph) corners(dirs []int, strict []bool) (Interval, error) {
	neg := make([]int, len(dirs))
	for i, d := range dirs {
		neg[i] = -d
	}
	a, err := g.at(neg)
	if err != nil {
		return Interval{}, err
	}
	b, err := g.at(dirs)
	if err != nil {
		return Interval{}, err
	}
	return box(g.leaves, dirs, strict, a, b), nil
}

// box returns the range [a, b] between the values at the low and high
// corners of the leaves' box. An end is open when its corner takes some
// leaf's open end and the formula is strictly monotone in that leaf
// (strict[i]): no point of the box reaches it.
func box(leaves []*Expr, dirs []int, strict []bool, a, b Q) Interval {
	var loOpen, hiOpen bool
	for i, l := range leaves {
		if i >= len(strict) || !strict[i] {
			continue
		}
		lowEndOpen, highEndOpen := l.rng.Lo.Open, l.rng.Hi.Open
		if dirs[i] < 0 {
			lowEndOpen, highEndOpen = highEndOpen, lowEndOpen
		}
		loOpen, hiOpen = loOpen || lowEndOpen, hiOpen || highEndOpen
	}
	return Interval{Lo: Bound{V: a, Open: loOpen}, Hi: Bound{V: b, Open: hiOpen}}
}

// at evaluates the formula with each leaf figure set to one end of its
// range, each distinct node once: pick[i] > 0 takes the high end of the
// i-th figure, < 0 the low end.
func (g *graph) at(pick []int) (Q, error) {
	vals := make([]Q, len(g.nodes))
	for i, n := range g.nodes {
		switch n.op {
		case opLeaf:
			if pick[g.class[i]] > 0 {
				vals[i] = n.rng.Hi.V
			} else {
				vals[i] = n.rng.Lo.V
			}
			continue
		case opConst:
			vals[i] = n.v
			continue
		}
		if cl := g.kept[i]; cl != nil { // its value at the corner, kept
			c := 0
			for j := range n.loc.n {
				if pick[cl[j]] > 0 {
					c |= 1 << j
				}
			}
			vals[i] = n.loc.corner[c]
			continue
		}
		a, b := vals[g.index[n.x]], vals[g.index[n.y]]
		switch n.op {
		case opAdd:
			vals[i] = a.Add(b)
		case opSub:
			vals[i] = a.Sub(b)
		case opMul:
			vals[i] = a.Mul(b)
		default:
			if b.Sign() == 0 {
				return Q{}, ErrDivisorZero
			}
			vals[i] = a.Quo(b)
		}
	}
	return vals[len(vals)-1], nil
}

// gradient encloses each partial derivative of the formula, in the order
// of its leaves, over the box of their ranges, by reverse-mode
// differentiation in exact interval arithmetic (the adjoint of every node,
// from the root down, each distinct node once), and through a node where
// the walk stopped, by the chain rule with what it kept. It reports false
// when some node's range is unbounded or a divisor's range touches zero.
func (g *graph) gradient() ([]Interval, bool) {
	for _, n := range g.nodes {
		if n.rng.Lo.Inf || n.rng.Hi.Inf {
			return nil, false
		}
	}
	adj := make([]Interval, len(g.nodes))
	adj[len(adj)-1] = Point(Int(1))
	for i := len(g.nodes) - 1; i >= 0; i-- {
		n := g.nodes[i]
		if n.x == nil || g.kept[i] != nil || adj[i].Lo.V.Sign() == 0 && adj[i].Hi.V.Sign() == 0 {
			continue
		}
		xi, yi := g.index[n.x], g.index[n.y]
		a := adj[i]
		var dx, dy Interval
		switch n.op {
		case opAdd:
			dx, dy = a, a
		case opSub:
			dx, dy = a, Neg(a)
		case opMul:
			dx, dy = MulIntervals(a, n.y.rng), MulIntervals(a, n.x.rng)
		default:
			var err error
			if dx, err = QuoIntervals(a, n.y.rng); err != nil {
				return nil, false
			}
			if dy, err = QuoIntervals(MulIntervals(a, n.x.rng), MulIntervals(n.y.rng, n.y.rng)); err != nil {
				return nil, false
			}
			dy = Neg(dy)
		}
		adj[xi] = AddIntervals(adj[xi], dx)
		adj[yi] = AddIntervals(adj[yi], dy)
	}
	grad := make([]Interval, len(g.leaves))
	for i, c := range g.class {
		if c >= 0 {
			grad[c] = AddIntervals(grad[c], adj[i])
		}
	}
	for i, cl := range g.kept { // the chain rule through what a node kept
		l := g.nodes[i].loc
		for j := range l.n {
			grad[cl[j]] = AddIntervals(grad[cl[j]], MulIntervals(adj[i], l.grad[j]))
		}
	}
	return grad, true
}

// signs returns the direction of a formula in each leaf from enclosures
// of its partial derivatives, and whether strictly, as [sign] does; false
// when some enclosure straddles zero.
func signs(grad []Interval) ([]int, []bool, bool) {
	dirs, strict := make([]int, len(grad)), make([]bool, len(grad))
	for i, r := range grad {
		if dirs[i], strict[i] = sign(r); dirs[i] == 0 {
			return nil, nil, false
		}
	}
	return dirs, strict, true
}

// sign returns the direction of a formula in a leaf from an enclosure r of
// its partial derivative: +1 nondecreasing, -1 nonincreasing, and whether
// strictly; 0 when r straddles zero.
func sign(r Interval) (int, bool) {
	switch lo, hi := lowEnd(r.Lo), highEnd(r.Hi); {
	case lo.sign() >= 0:
		return 1, lo.sign() > 0 || lo.open
	case hi.sign() <= 0:
		return -1, hi.sign() < 0 || hi.open
	}
	return 0, false
}

// String returns e in infix notation with leaf ids, for messages. A
// shared subformula is written out wherever it enters, so the text can be
// long: it is for small formulas.
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

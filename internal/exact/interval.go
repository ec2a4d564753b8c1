package exact

import "cmp"

// Bound is one end of an [Interval]: a rational, open or closed, or no
// bound at all (minus infinity at the low end, plus infinity at the high).
type Bound struct {
	V    Q
	Open bool
	Inf  bool // unbounded; V and Open are then ignored
}

// Interval is a set of rationals between two bounds.
type Interval struct{ Lo, Hi Bound }

// Point returns the interval holding v alone.
func Point(v Q) Interval { return Interval{Lo: Bound{V: v}, Hi: Bound{V: v}} }

// end is a bound as an extended rational with its openness; an infinite
// end (inf -1 or +1) is always open.
type end struct {
	v    Q
	inf  int
	open bool
}

func (x end) sign() int {
	if x.inf != 0 {
		return x.inf
	}
	return x.v.Sign()
}

func (x end) cmp(y end) int {
	if x.inf != 0 || y.inf != 0 {
		return cmp.Compare(x.inf, y.inf)
	}
	return x.v.Cmp(y.v)
}

func lowEnd(b Bound) end {
	if b.Inf {
		return end{inf: -1, open: true}
	}
	return end{v: b.V, open: b.Open}
}

func highEnd(b Bound) end {
	if b.Inf {
		return end{inf: 1, open: true}
	}
	return end{v: b.V, open: b.Open}
}

func (x end) bound() Bound {
	if x.inf != 0 {
		return Bound{Inf: true}
	}
	return Bound{V: x.v, Open: x.open}
}

// closedZero reports whether x is an attained zero: a product with it is
// attained whatever the other factor's end.
func (x end) closedZero() bool { return x.inf == 0 && !x.open && x.v.Sign() == 0 }

// AddIntervals returns the exact range of a + b.
func AddIntervals(a, b Interval) Interval {
	add := func(x, y Bound) Bound {
		if x.Inf || y.Inf {
			return Bound{Inf: true}
		}
		return Bound{V: x.V.Add(y.V), Open: x.Open || y.Open}
	}
	return Interval{Lo: add(a.Lo, b.Lo), Hi: add(a.Hi, b.Hi)}
}

// Neg returns the exact range of -a.
func Neg(a Interval) Interval {
	neg := func(x Bound) Bound {
		if x.Inf {
			return x
		}
		return Bound{V: x.V.Neg(), Open: x.Open}
	}
	return Interval{Lo: neg(a.Hi), Hi: neg(a.Lo)}
}

// mulEnds returns the product of two ends, with 0 times an infinity taken
// as 0: the product's infimum or supremum along that edge.
func mulEnds(a, b end) end {
	if a.inf != 0 || b.inf != 0 {
		s := a.sign() * b.sign()
		if s == 0 {
			return end{open: !a.closedZero() && !b.closedZero()}
		}
		return end{inf: s, open: true}
	}
	attained := (!a.open && !b.open) || a.closedZero() || b.closedZero()
	return end{v: a.v.Mul(b.v), open: !attained}
}

// nonNegative reports whether a's low end is a number at least zero.
func nonNegative(a Interval) bool { return !a.Lo.Inf && a.Lo.V.Sign() >= 0 }

// MulIntervals returns the exact range of a * b: the least and greatest of
// the products of their ends, each closed when some product reaching it is
// attained.
func MulIntervals(a, b Interval) Interval {
	if nonNegative(a) && nonNegative(b) { // the common case: two corners
		return Interval{
			Lo: mulEnds(lowEnd(a.Lo), lowEnd(b.Lo)).bound(),
			Hi: mulEnds(highEnd(a.Hi), highEnd(b.Hi)).bound(),
		}
	}
	c := [4]end{
		mulEnds(lowEnd(a.Lo), lowEnd(b.Lo)),
		mulEnds(lowEnd(a.Lo), highEnd(b.Hi)),
		mulEnds(highEnd(a.Hi), lowEnd(b.Lo)),
		mulEnds(highEnd(a.Hi), highEnd(b.Hi)),
	}
	lo, hi := c[0], c[0]
	for _, e := range c[1:] {
		switch k := e.cmp(lo); {
		case k < 0:
			lo = e
		case k == 0:
			lo.open = lo.open && e.open
		}
		switch k := e.cmp(hi); {
		case k > 0:
			hi = e
		case k == 0:
			hi.open = hi.open && e.open
		}
	}
	return Interval{Lo: lo.bound(), Hi: hi.bound()}
}

// QuoIntervals returns the exact range of a / b. The range of b must lie
// on one side of zero; an open end at zero is allowed.
func QuoIntervals(a, b Interval) (Interval, error) {
	lo, hi := lowEnd(b.Lo), highEnd(b.Hi)
	positive := lo.sign() > 0 || (lo.sign() == 0 && lo.open)
	negative := hi.sign() < 0 || (hi.sign() == 0 && hi.open)
	if positive == negative { // straddles or touches zero, or is empty
		return Interval{}, ErrDivisorZero
	}
	inv := func(x end) end {
		switch {
		case x.inf != 0:
			return end{open: true}
		case x.v.Sign() == 0:
			if positive {
				return end{inf: 1, open: true}
			}
			return end{inf: -1, open: true}
		}
		return end{v: x.v.Inv(), open: x.open}
	}
	r := Interval{Lo: inv(hi).bound(), Hi: inv(lo).bound()}
	return MulIntervals(a, r), nil
}

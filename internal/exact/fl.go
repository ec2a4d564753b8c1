package exact

import (
	"cmp"
	"math/bits"
)

// fl is a decimal floating-point number, m × 10^e with m below 10^15 in
// magnitude, used for the interval arithmetic that decides the sign of a
// partial derivative. Every operation rounds in a stated direction, so an
// interval of fls computed with the low end rounded down and the high end
// rounded up holds the exact range. It allocates nothing.
type fl struct {
	neg bool
	m   uint64
	e   int
}

const flMax = 1e15 // magnitudes are kept below this

// dir is a direction of rounding: down (toward minus infinity) or up.
type dir bool

const (
	down dir = false
	up   dir = true
)

// awayFromZero reports whether rounding a magnitude of sign neg in
// direction d increases it.
func (d dir) awayFromZero(neg bool) bool { return bool(d) != neg }

// norm128 returns the fl of sign neg with magnitude (hi, lo) × 10^e,
// rounded in direction d; inexact tells that the magnitude was already
// truncated below its true value.
func norm128(neg bool, hi, lo uint64, e int, d dir, inexact bool) fl {
	for hi != 0 || lo >= flMax {
		var r uint64
		q1, r1 := hi/10, hi%10
		lo, r = bits.Div64(r1, lo, 10)
		hi = q1
		inexact = inexact || r != 0
		e++
	}
	if inexact && d.awayFromZero(neg) {
		lo++
	}
	if lo == 0 {
		neg = false
	}
	return fl{neg: neg, m: lo, e: e}
}

// flOf returns q rounded in direction d, and false when q's size is beyond
// what an fl holds.
func flOf(q Q, d dir) (fl, bool) {
	if q.r != nil {
		m := Floor
		if d == up {
			m = Ceil
		}
		dec, _ := roundBig(q.r, m, Digits)
		c := dec.Coefficient()
		if !c.IsInt64() {
			return fl{}, false
		}
		n := c.Int64()
		return norm128(n < 0, 0, mag(n), int(dec.Exponent()), d, false), true
	}
	// n/d: scale the numerator by 10^18 and divide
	neg := q.n < 0
	hi, lo := bits.Mul64(mag(q.n), pow10u[18])
	den := mag(q.den())
	qhi := hi / den
	rhi := hi % den
	qlo, rem := bits.Div64(rhi, lo, den)
	return norm128(neg, qhi, qlo, -18, d, rem != 0), true
}

func (a fl) sign() int {
	switch {
	case a.m == 0:
		return 0
	case a.neg:
		return -1
	}
	return 1
}

// cmp compares a and b.
func (a fl) cmp(b fl) int {
	sa, sb := a.sign(), b.sign()
	if sa != sb || sa == 0 {
		return cmp.Compare(sa, sb)
	}
	k := cmpMag(a, b)
	if a.neg {
		return -k
	}
	return k
}

// cmpMag compares the magnitudes of two nonzero fls.
func cmpMag(a, b fl) int {
	if a.e == b.e {
		return cmp.Compare(a.m, b.m)
	}
	big, small, sign := a, b, 1
	if a.e < b.e {
		big, small, sign = b, a, -1
	}
	diff := big.e - small.e
	if diff > 19 {
		return sign
	}
	hi, lo := bits.Mul64(big.m, pow10u[diff])
	if hi != 0 || lo > small.m {
		return sign
	}
	if lo == small.m {
		return 0
	}
	return -sign
}

func (a fl) neg1() fl { return fl{neg: !a.neg && a.m != 0, m: a.m, e: a.e} }

// add returns a + b rounded in direction d.
func (a fl) add(b fl, d dir) fl {
	switch {
	case a.m == 0:
		return b
	case b.m == 0:
		return a
	}
	if a.e < b.e {
		a, b = b, a
	}
	diff := a.e - b.e
	if diff > 19 {
		// b is below a unit of a's last digit: a, moved one unit in d
		// when b pushes that way
		away := d.awayFromZero(a.neg)
		switch {
		case a.neg == b.neg && away:
			return norm128(a.neg, 0, a.m+1, a.e, d, false)
		case a.neg == b.neg, away:
			return a
		}
		return norm128(a.neg, 0, a.m-1, a.e, d, false)
	}
	hi, lo := bits.Mul64(a.m, pow10u[diff])
	if a.neg == b.neg {
		var c uint64
		lo, c = bits.Add64(lo, b.m, 0)
		hi += c
		return norm128(a.neg, hi, lo, b.e, d, false)
	}
	// opposite signs: the larger magnitude minus the smaller
	if hi == 0 && lo < b.m {
		return norm128(b.neg, 0, b.m-lo, b.e, d, false)
	}
	var borrow uint64
	lo, borrow = bits.Sub64(lo, b.m, 0)
	hi -= borrow
	return norm128(a.neg, hi, lo, b.e, d, false)
}

// mul returns a × b rounded in direction d.
func (a fl) mul(b fl, d dir) fl {
	hi, lo := bits.Mul64(a.m, b.m)
	return norm128(a.neg != b.neg, hi, lo, a.e+b.e, d, false)
}

// quo returns a / b rounded in direction d; b must not be zero.
func (a fl) quo(b fl, d dir) fl {
	hi, lo := bits.Mul64(a.m, pow10u[18])
	qhi := hi / b.m
	qlo, rem := bits.Div64(hi%b.m, lo, b.m)
	return norm128(a.neg != b.neg, qhi, qlo, a.e-18-b.e, d, rem != 0)
}

// fi is an interval of fls.
type fi struct{ lo, hi fl }

func fiOf(r Interval) (fi, bool) {
	if r.Lo.Inf || r.Hi.Inf {
		return fi{}, false
	}
	lo, ok1 := flOf(r.Lo.V, down)
	hi, ok2 := flOf(r.Hi.V, up)
	return fi{lo, hi}, ok1 && ok2
}

func (a fi) add(b fi) fi { return fi{a.lo.add(b.lo, down), a.hi.add(b.hi, up)} }

func (a fi) neg() fi { return fi{a.hi.neg1(), a.lo.neg1()} }

// isZero reports whether a is [0, 0].
func (a fi) isZero() bool { return a.lo.m == 0 && a.hi.m == 0 }

// op returns a o b for an operation of an [Expr], and false when a
// divisor's range touches zero.
func (a fi) op(o op, b fi) (fi, bool) {
	switch o {
	case opAdd:
		return a.add(b), true
	case opSub:
		return a.add(b.neg()), true
	case opMul:
		return a.mul(b), true
	}
	return a.quo(b)
}

func (a fi) mul(b fi) fi { return a.corners(b, fl.mul) }

// corners returns the least and greatest of op over the corners of a and
// b, each computed rounded down and up.
func (a fi) corners(b fi, op func(x, y fl, d dir) fl) fi {
	var lo, hi fl
	for i, p := range [4][2]fl{{a.lo, b.lo}, {a.lo, b.hi}, {a.hi, b.lo}, {a.hi, b.hi}} {
		d, u := op(p[0], p[1], down), op(p[0], p[1], up)
		if i == 0 || d.cmp(lo) < 0 {
			lo = d
		}
		if i == 0 || u.cmp(hi) > 0 {
			hi = u
		}
	}
	return fi{lo, hi}
}

// quo returns a / b, and false when b's range touches zero.
func (a fi) quo(b fi) (fi, bool) {
	if b.lo.sign() <= 0 && b.hi.sign() >= 0 {
		return fi{}, false
	}
	return a.corners(b, fl.quo), true
}

// sign returns 1 when every point of a is at least zero, -1 when every
// point is at most zero, and 0 otherwise.
func (a fi) sign() int {
	switch {
	case a.lo.sign() >= 0:
		return 1
	case a.hi.sign() <= 0:
		return -1
	}
	return 0
}

package exact

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Q is an exact rational number and an immutable value. While its
// numerator and denominator fit an int64 it holds them as integers and its
// arithmetic allocates nothing; beyond that it holds a [big.Rat], which no
// operation modifies. The zero Q is 0.
type Q struct {
	n, d int64    // small form, d > 0 (0 in the zero Q, meaning 1), in lowest terms
	r    *big.Rat // big form, when set
}

// Int returns the rational n.
func Int(n int64) Q { return frac(n, 1) }

// frac returns n/d in lowest terms; d must not be 0.
func frac(n, d int64) Q {
	if n == math.MinInt64 || d == math.MinInt64 {
		return Q{r: new(big.Rat).SetFrac64(n, d)}
	}
	if d < 0 {
		n, d = -n, -d
	}
	if g := gcd(abs64(n), d); g > 1 {
		n, d = n/g, d/g
	}
	return Q{n: n, d: d}
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// mag returns |n| as an unsigned number; n is never MinInt64 here (frac
// keeps that value in big form), so the magnitude fits.
func mag(n int64) uint64 {
	return uint64(abs64(n)) //nolint:gosec // |n| <= MaxInt64, see above
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func (q Q) den() int64 {
	if q.d == 0 {
		return 1
	}
	return q.d
}

// Rat returns q as a new big.Rat.
func (q Q) Rat() *big.Rat {
	if q.r != nil {
		return new(big.Rat).Set(q.r)
	}
	return big.NewRat(q.n, q.den())
}

func (q Q) rat() *big.Rat {
	if q.r != nil {
		return q.r
	}
	return big.NewRat(q.n, q.den())
}

func fromRat(r *big.Rat) Q {
	if r.Num().IsInt64() && r.Denom().IsInt64() {
		return frac(r.Num().Int64(), r.Denom().Int64())
	}
	return Q{r: r}
}

// Sign returns -1, 0 or 1.
func (q Q) Sign() int {
	if q.r != nil {
		return q.r.Sign()
	}
	switch {
	case q.n < 0:
		return -1
	case q.n > 0:
		return 1
	}
	return 0
}

// mul64 returns a*b and whether it fits an int64 (a, b not MinInt64).
func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(mag(a), mag(b))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	p := int64(lo)
	if (a < 0) != (b < 0) {
		p = -p
	}
	return p, true
}

func add64(a, b int64) (int64, bool) {
	s := a + b
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		return 0, false
	}
	return s, s != math.MinInt64
}

// Cmp compares q and p.
func (q Q) Cmp(p Q) int {
	if q.r == nil && p.r == nil {
		// q.n * p.d against p.n * q.d, in 128 bits
		a, b := cmpProducts(q.n, p.den(), p.n, q.den())
		return cmp.Compare(a, b)
	}
	return q.rat().Cmp(p.rat())
}

// cmpProducts returns (1, 0), (0, 0) or (0, 1) as a*b is greater than,
// equal to or less than c*d; b and d are positive.
func cmpProducts(a, b, c, d int64) (int, int) {
	sa, sc := sign64(a), sign64(c)
	if sa != sc {
		return sa, sc
	}
	h1, l1 := bits.Mul64(mag(a), mag(b))
	h2, l2 := bits.Mul64(mag(c), mag(d))
	k := 0
	switch {
	case h1 > h2 || (h1 == h2 && l1 > l2):
		k = 1
	case h1 < h2 || (h1 == h2 && l1 < l2):
		k = -1
	}
	if sa < 0 {
		k = -k
	}
	return k, 0
}

func sign64(n int64) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Add returns q + p.
func (q Q) Add(p Q) Q {
	switch {
	case q.Sign() == 0:
		return p
	case p.Sign() == 0:
		return q
	}
	if q.r == nil && p.r == nil {
		qd, pd := q.den(), p.den()
		g := gcd(qd, pd)
		a, ok1 := mul64(q.n, pd/g)
		b, ok2 := mul64(p.n, qd/g)
		d, ok3 := mul64(qd/g, pd)
		if ok1 && ok2 && ok3 {
			if n, ok := add64(a, b); ok {
				return frac(n, d)
			}
		}
	}
	return fromRat(new(big.Rat).Add(q.rat(), p.rat()))
}

// Neg returns -q.
func (q Q) Neg() Q {
	if q.r != nil {
		return Q{r: new(big.Rat).Neg(q.r)}
	}
	return Q{n: -q.n, d: q.d}
}

// Sub returns q - p.
func (q Q) Sub(p Q) Q { return q.Add(p.Neg()) }

// Mul returns q * p.
func (q Q) Mul(p Q) Q {
	if q.Sign() == 0 || p.Sign() == 0 {
		return Q{}
	}
	if q.r == nil && p.r == nil {
		qd, pd := q.den(), p.den()
		g1, g2 := gcd(abs64(q.n), pd), gcd(abs64(p.n), qd)
		if g1 == 0 || g2 == 0 {
			return Q{}
		}
		n, ok1 := mul64(q.n/g1, p.n/g2)
		d, ok2 := mul64(qd/g2, pd/g1)
		if ok1 && ok2 {
			return frac(n, d)
		}
	}
	return fromRat(new(big.Rat).Mul(q.rat(), p.rat()))
}

// Inv returns 1/q; q must not be 0.
func (q Q) Inv() Q {
	if q.r != nil {
		return fromRat(new(big.Rat).Inv(q.r))
	}
	return frac(q.den(), q.n)
}

// Quo returns q / p; p must not be 0.
func (q Q) Quo(p Q) Q { return q.Mul(p.Inv()) }

// Dec returns d as a rational.
func Dec(d decimal.Decimal) Q {
	e := d.Exponent()
	if d.NumDigits() <= 18 && e > -19 && e < 19 {
		c := d.CoefficientInt64()
		p := int64(1)
		for range absInt(int(e)) {
			p *= 10
		}
		if e < 0 {
			return frac(c, p)
		}
		if n, ok := mul64(c, p); ok {
			return Q{n: n, d: 1}
		}
	}
	r := new(big.Rat).SetInt(d.Coefficient())
	switch {
	case e > 0:
		r.Mul(r, new(big.Rat).SetInt(pow10(int(e))))
	case e < 0:
		r.Quo(r, new(big.Rat).SetInt(pow10(int(-e))))
	}
	return fromRat(r)
}

func absInt(e int) int {
	if e < 0 {
		return -e
	}
	return e
}

// String returns q as "n/d", or "n" when it is whole.
func (q Q) String() string { return q.rat().RatString() }

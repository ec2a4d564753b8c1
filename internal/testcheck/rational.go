package testcheck

import (
	"math/big"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shopspring/decimal"
)

// Rat returns d as an exact rational number, coefficient times ten to the
// exponent, computed without shopspring/decimal's own conversions.
func Rat(d decimal.Decimal) *big.Rat {
	c := d.Coefficient()
	e := int64(d.Exponent())
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs(e)), nil)
	if e >= 0 {
		return new(big.Rat).SetInt(c.Mul(c, p))
	}
	return new(big.Rat).SetFrac(c, p)
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// pow10Rat returns 10^n as a rational, for any sign of n.
func pow10Rat(n int64) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs(n)), nil)
	if n >= 0 {
		return new(big.Rat).SetInt(p)
	}
	return new(big.Rat).SetFrac(big.NewInt(1), p)
}

// Magnitude returns k with 10^(k-1) <= |x| < 10^k; x must not be zero.
func Magnitude(x *big.Rat) int64 {
	a := new(big.Rat).Abs(x)
	// Start from the ratio of the digit counts and correct.
	k := int64(len(a.Num().String()) - len(a.Denom().String()))
	for a.Cmp(pow10Rat(k-1)) < 0 {
		k--
	}
	for a.Cmp(pow10Rat(k)) >= 0 {
		k++
	}
	return k
}

// Sig is the number of significant digits of the module's rounding rule.
const Sig = 16

// Mode is a direction of rounding for [Round].
type Mode uint8

// The rounding modes.
const (
	HalfEven Mode = iota // to nearest, ties to even
	Floor                // toward minus infinity
	Ceil                 // toward plus infinity
)

// Round returns x rounded to Sig significant digits in mode m, worked
// out with rational arithmetic as an independent reference for the
// module's rounding, and whether x needed no rounding.
func Round(x *big.Rat, m Mode) (*big.Rat, bool) {
	if x.Sign() == 0 {
		return new(big.Rat), true
	}
	scale := pow10Rat(Sig - Magnitude(x)) // x*scale has Sig integer digits
	y := new(big.Rat).Mul(x, scale)
	if y.IsInt() {
		return x, true
	}
	// floor(y) by Euclidean division (the denominator is positive), then
	// the fraction left over decides: a different route from the module's,
	// which truncates toward zero and compares twice the remainder.
	q := new(big.Int).Div(y.Num(), y.Denom())
	up := false
	switch m {
	case Floor:
	case Ceil:
		up = true
	default:
		frac := new(big.Rat).Sub(y, new(big.Rat).SetInt(q))
		switch frac.Cmp(big.NewRat(1, 2)) {
		case 1:
			up = true
		case 0:
			up = q.Bit(0) == 1 // q odd: q+1 is the even neighbour
		}
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	return new(big.Rat).Quo(new(big.Rat).SetInt(q), scale), false
}

// Within reports whether |a-b| <= tol * |ref|.
func Within(a, b, ref, tol *big.Rat) bool {
	d := new(big.Rat).Sub(a, b)
	d.Abs(d)
	lim := new(big.Rat).Abs(ref)
	lim.Mul(lim, tol)
	return d.Cmp(lim) <= 0
}

// Tol returns 10^-n.
func Tol(n int64) *big.Rat { return pow10Rat(-n) }

// NearLimit reports whether any of the values is non-zero with a magnitude
// within 20 digits of the module's exponent limit (or beyond it), where a
// bound rounded outward to 16 digits, or an exact intermediate result, can
// need an exponent beyond dec.MaxExp although the point value does not.
func NearLimit(values ...*big.Rat) bool {
	for _, x := range values {
		if x.Sign() == 0 {
			continue
		}
		if k := Magnitude(x); k < -dec.MaxExp+20 || k > dec.MaxExp-20 {
			return true
		}
	}
	return false
}

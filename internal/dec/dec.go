// Package dec holds the module's decimal arithmetic: division and
// multiplication rounded to a fixed number of significant digits in a stated
// direction, a plain-notation formatter and a strict parser.
//
// Nothing here reads or sets any of shopspring/decimal's package-level
// settings: only New, NewFromBigInt, Exponent, Coefficient,
// CoefficientInt64, NumDigits, Add, Sub and Cmp are used, none of which
// consults them.
//
// Coefficients of up to 18 digits, which fit an int64, take the fast paths
// of fast.go: 64- and 128-bit integer arithmetic with no allocation but the
// result's. Larger ones take the big.Int paths here, which define the
// results: both give the same digits, exponent and exactness.
package dec

import (
	"errors"
	"math"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// Sig is the number of significant digits every rounded result keeps.
const Sig = 16

// MaxExp bounds the exponent and the number of digits of any decimal the
// module accepts from a caller, so that rescaling never grows without limit.
const MaxExp = 1000

// Mode is a rounding direction.
type Mode uint8

const (
	// HalfEven rounds to the nearest value, ties to an even last digit.
	HalfEven Mode = iota
	// Floor rounds toward negative infinity.
	Floor
	// Ceil rounds toward positive infinity.
	Ceil
)

// ErrOutOfRange reports a decimal whose exponent or length exceeds MaxExp.
var ErrOutOfRange = errors.New("out of range")

// Check reports whether d is small enough for the module's arithmetic.
// Round, Mul, Quo and Format expect decimals that pass it.
func Check(d decimal.Decimal) error {
	if !Fits(d) {
		return ErrOutOfRange
	}
	return nil
}

// Fits is Check as a bool, small enough to inline into the constructors'
// conditions.
func Fits(d decimal.Decimal) bool {
	e := d.Exponent()
	return e <= MaxExp && e >= -MaxExp && d.NumDigits() <= MaxExp
}

// Describe names what makes d too large or too long for Check: its
// exponent and its number of digits, as in "with exponent 2000 and length 1".
func Describe(d decimal.Decimal) string {
	return "with exponent " + strconv.Itoa(int(d.Exponent())) + " and length " + strconv.Itoa(d.NumDigits())
}

// exp32 converts an exponent computed in int64 to decimal's int32,
// saturating at the ends. For decimals that pass Check the exponents the
// package computes stay within a few thousand, far from either end.
func exp32(e int64) int32 {
	switch {
	case e > math.MaxInt32:
		return math.MaxInt32
	case e < math.MinInt32:
		return math.MinInt32
	}
	return int32(e)
}

// pow10 returns 10^n for n >= 0.
func pow10(n int64) *big.Int {
	if n < int64(len(pow10u)) {
		return new(big.Int).SetUint64(pow10u[n])
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil)
}

// digits returns the number of decimal digits of |x| (1 for zero).
func digits(x *big.Int) int64 {
	if x.Sign() == 0 {
		return 1
	}
	// BitLen*log10(2), rounded down, is within one of the digit count;
	// the loops below correct it.
	n := int64(x.BitLen())*30103/100000 + 1
	p := pow10(n - 1)
	var a big.Int
	a.Abs(x)
	for a.Cmp(p) < 0 {
		n--
		p.Quo(p, big.NewInt(10))
	}
	for {
		p.Mul(p, big.NewInt(10))
		if a.Cmp(p) < 0 {
			return n
		}
		n++
	}
}

// divRound returns num/den rounded to an integer in mode m, and whether the
// division was exact. den must not be zero.
func divRound(num, den *big.Int, m Mode) (*big.Int, bool) {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() == 0 {
		return q, true
	}
	neg := (num.Sign() < 0) != (den.Sign() < 0)
	away := false
	switch m {
	case Floor:
		away = neg
	case Ceil:
		away = !neg
	default:
		r2 := new(big.Int).Abs(r)
		r2.Lsh(r2, 1)
		switch c := r2.CmpAbs(den); {
		case c > 0:
			away = true
		case c == 0:
			away = q.Bit(0) == 1
		}
	}
	if away {
		if neg {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q, false
}

// Round returns d rounded to Sig significant digits in mode m, and whether
// no rounding was needed, with big.Int arithmetic, for any coefficient. d
// must pass [Check].
func Round(d decimal.Decimal, m Mode) (decimal.Decimal, bool) {
	c := d.Coefficient()
	n := digits(c)
	if n <= Sig {
		return d, true
	}
	drop := n - Sig
	q, exact := divRound(c, pow10(drop), m)
	return decimal.NewFromBigInt(q, exp32(int64(d.Exponent())+drop)), exact
}

// Mul returns a*b rounded to Sig significant digits in mode m, and whether the
// product is exact. a and b must pass [Check].
func Mul(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool) {
	if r, exact, ok := mulFast(a, b, m); ok {
		return r, exact
	}
	return mulBig(a, b, m)
}

// mulBig is Mul with big.Int arithmetic, for any operands.
func mulBig(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool) {
	c := new(big.Int).Mul(a.Coefficient(), b.Coefficient())
	return Round(decimal.NewFromBigInt(c, exp32(int64(a.Exponent())+int64(b.Exponent()))), m)
}

// Quo returns a/b rounded to Sig significant digits in mode m, and whether
// the quotient is exact. a and b must pass [Check], and b must not be zero;
// callers check.
func Quo(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool) {
	if r, exact, ok := quoFast(a, b, m); ok {
		return r, exact
	}
	return quoBig(a, b, m)
}

// quoBig is Quo with big.Int arithmetic, for any operands.
func quoBig(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool) {
	ca, cb := a.Coefficient(), b.Coefficient()
	if ca.Sign() == 0 {
		return decimal.Decimal{}, true
	}
	// a/b lies in (10^(k-1), 10^(k+1)) where k is the difference of the
	// magnitudes. Scaling the quotient by 10^-e with e = k-Sig gives an
	// integer part of Sig or Sig+1 digits; in the second case, one more step.
	k := (digits(ca) + int64(a.Exponent())) - (digits(cb) + int64(b.Exponent()))
	e := k - Sig
	for {
		// n = a / (b * 10^e) = ca * 10^(ea-eb-e) / cb
		shift := int64(a.Exponent()) - int64(b.Exponent()) - e
		num, den := new(big.Int).Set(ca), new(big.Int).Set(cb)
		if shift >= 0 {
			num.Mul(num, pow10(shift))
		} else {
			den.Mul(den, pow10(-shift))
		}
		q, exact := divRound(num, den, m)
		if digits(q) > Sig && !isPow10(q, Sig) {
			e++
			continue
		}
		return trimBig(decimal.NewFromBigInt(q, exp32(e))), exact
	}
}

// isPow10 reports whether |q| is exactly 10^n (a carry out of the last digit).
func isPow10(q *big.Int, n int64) bool {
	var a big.Int
	a.Abs(q)
	return a.Cmp(pow10(n)) == 0
}

// Add returns a+b exactly: decimal's Add, whose result has the smaller
// exponent of the two. (A uint64 path for operands of different exponents
// made no public function 1.5 times faster, and went.)
func Add(a, b decimal.Decimal) decimal.Decimal { return a.Add(b) }

// Sub returns a-b exactly: decimal's Sub.
func Sub(a, b decimal.Decimal) decimal.Decimal { return a.Sub(b) }

// Cmp compares a and b as decimal's Cmp does, -1, 0 or +1, without
// allocating when both coefficients have at most 18 digits.
func Cmp(a, b decimal.Decimal) int {
	if a.Exponent() == b.Exponent() { // decimal compares these in place
		return a.Cmp(b)
	}
	if sa, sb := a.Sign(), b.Sign(); sa != sb || sa == 0 {
		return cmpInt(sa, sb)
	}
	if c, ok := cmpFast(a, b); ok {
		return c
	}
	return a.Cmp(b)
}

// Trim removes trailing zeros from the coefficient of d.
func Trim(d decimal.Decimal) decimal.Decimal {
	if t, ok := trimFast(d); ok {
		return t
	}
	return trimBig(d)
}

// trimBig is Trim with big.Int arithmetic, for any coefficient.
func trimBig(d decimal.Decimal) decimal.Decimal {
	c := d.Coefficient()
	if c.Sign() == 0 {
		return decimal.Decimal{}
	}
	e := d.Exponent()
	var r big.Int
	for e < math.MaxInt32 {
		q, _ := new(big.Int).QuoRem(c, big.NewInt(10), &r)
		if r.Sign() != 0 {
			break
		}
		c = q
		e++
	}
	return decimal.NewFromBigInt(c, e)
}

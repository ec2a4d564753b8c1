package exact

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Digits is the number of significant digits to which derived figures are
// rounded. [Round] relies on 10^Digits fitting an int64.
const Digits = 16

// Mode is a direction of rounding.
type Mode uint8

// The rounding modes.
const (
	HalfEven Mode = iota // to nearest, ties to even
	Floor                // toward minus infinity
	Ceil                 // toward plus infinity
)

// Round returns q rounded to [Digits] significant digits in mode m, with
// trailing zeros removed, and whether that is q itself.
func Round(q Q, m Mode) (decimal.Decimal, bool) {
	if q.Sign() == 0 {
		return decimal.Decimal{}, true
	}
	if q.r == nil {
		if d, exact, ok := roundSmall(q.n, q.den(), m); ok {
			return d, exact
		}
	}
	return roundBig(q.rat(), m, Digits)
}

// roundSmall rounds n/d (d > 0) in 128-bit integer arithmetic, and reports
// false when the scale needed does not fit.
func roundSmall(n, d int64, m Mode) (decimal.Decimal, bool, bool) {
	neg := n < 0
	un, ud := mag(n), mag(d)
	// e is chosen so that |n/d| / 10^e has Digits digits before the point.
	e := bits.Len64(un)*30103/100000 - bits.Len64(ud)*30103/100000 - Digits
	var c, rem, div uint64
	found := false
	for range 4 {
		var hi, lo uint64
		div = ud
		switch {
		case e <= 0 && -e <= 19:
			hi, lo = bits.Mul64(un, pow10u[-e])
		case e > 0 && e <= 19:
			h, l := bits.Mul64(ud, pow10u[e])
			if h != 0 { // the divisor exceeds 64 bits: the quotient is 0
				e--
				continue
			}
			div, lo = l, un
		default:
			return decimal.Decimal{}, false, false
		}
		if hi >= div { // quotient beyond 64 bits
			e++
			continue
		}
		c, rem = bits.Div64(hi, lo, div)
		if c >= 1e16 {
			e++
			continue
		}
		if c < 1e15 {
			e--
			continue
		}
		found = true
		break
	}
	if !found {
		return decimal.Decimal{}, false, false
	}
	exact := rem == 0
	if !exact {
		up := false
		switch m {
		case HalfEven:
			twice := rem << 1 // rem < div < 2^63
			up = twice > div || (twice == div && c%2 == 1)
		case Floor:
			up = neg
		case Ceil:
			up = !neg
		}
		if up {
			c++
		}
	}
	for c%10 == 0 {
		c /= 10
		e++
	}
	v := int64(c)
	if neg {
		v = -v
	}
	return decimal.New(v, int32(e)), exact, true //nolint:gosec // |e| is below 60 here
}

var pow10u = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// RoundTo returns q rounded to n significant digits (n >= 1) in mode m,
// with trailing zeros removed, and whether that is q itself. [Round] is
// RoundTo at [Digits].
func RoundTo(q Q, n int, m Mode) (decimal.Decimal, bool) {
	if q.Sign() == 0 {
		return decimal.Decimal{}, true
	}
	if n == Digits {
		return Round(q, m)
	}
	return roundBig(q.rat(), m, n)
}

// RoundRatio returns the exact quotient n/d of two decimals rounded to
// [Digits] significant digits in mode m, as [Round] rounds it, without
// reducing the fraction first; d must not be zero. It is the division of
// the point helpers (growth, share, conversion).
func RoundRatio(n, d decimal.Decimal, m Mode) decimal.Decimal {
	if n.Sign() == 0 {
		return decimal.Decimal{}
	}
	e := int64(n.Exponent()) - int64(d.Exponent())
	if n.NumDigits() <= 18 && d.NumDigits() <= 18 && e > -19 && e < 19 {
		cn, cd := n.CoefficientInt64(), d.CoefficientInt64()
		if cd < 0 {
			cn, cd = -cn, -cd
		}
		var ok bool
		if e >= 0 {
			cn, ok = mul64(cn, int64(pow10u[e])) //nolint:gosec // e <= 18: 10^18 fits an int64
		} else {
			cd, ok = mul64(cd, int64(pow10u[-e])) //nolint:gosec // -e <= 18
		}
		if ok {
			if v, _, ok := roundSmall(cn, cd, m); ok {
				return v
			}
		}
	}
	num, den := n.Coefficient(), d.Coefficient()
	if e > 0 {
		num.Mul(num, pow10(int(e)))
	} else if e < 0 {
		den.Mul(den, pow10(int(-e)))
	}
	if den.Sign() < 0 {
		num.Neg(num)
		den.Neg(den)
	}
	v, _ := roundInts(num, den, m, Digits)
	return v
}

// roundBig is [RoundTo] for any rational, in big integers.
func roundBig(r *big.Rat, m Mode, n int) (decimal.Decimal, bool) {
	return roundInts(r.Num(), r.Denom(), m, n)
}

// roundInts rounds num/den, den > 0, to n significant digits in mode m.
func roundInts(num, den *big.Int, m Mode, n int) (decimal.Decimal, bool) {
	// num keeps the sign; q and rem take it
	low, high := pow10(n-1), pow10(n)
	e := digitsOf(num) - digitsOf(den) - n
	var q, rem, d big.Int
	for range 4 {
		scaleQuo(num, den, e, &q, &rem, &d)
		q.Abs(&q)
		rem.Abs(&rem)
		if q.Cmp(high) >= 0 {
			e++
			continue
		}
		if q.Cmp(low) < 0 {
			e--
			continue
		}
		break
	}
	exact := rem.Sign() == 0
	neg := num.Sign() < 0
	if !exact {
		up := false
		switch m {
		case HalfEven:
			rem.Lsh(&rem, 1)
			k := rem.Cmp(&d)
			up = k > 0 || (k == 0 && q.Bit(0) == 1)
		case Floor:
			up = neg
		case Ceil:
			up = !neg
		}
		if up {
			q.Add(&q, big.NewInt(1))
		}
	}
	ten := big.NewInt(10)
	var qt, rt big.Int
	for {
		qt.QuoRem(&q, ten, &rt)
		if rt.Sign() != 0 {
			break
		}
		q.Set(&qt)
		e++
	}
	if neg {
		q.Neg(&q)
	}
	return decimal.NewFromBigInt(&q, int32(e)), exact //nolint:gosec // e stays within a few thousand of the operands' digits
}

// scaleQuo sets q and rem to the quotient and remainder of num / 10^e by
// den, and d to the divisor used.
func scaleQuo(num, den *big.Int, e int, q, rem, d *big.Int) {
	if e < 0 {
		var n big.Int
		n.Mul(num, pow10(-e))
		d.Set(den)
		q.QuoRem(&n, d, rem)
		return
	}
	d.Mul(den, pow10(e))
	q.QuoRem(num, d, rem)
}

func pow10(n int) *big.Int {
	if n <= 18 {
		return new(big.Int).SetUint64(pow10u[n])
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// digitsOf estimates the number of decimal digits of x > 0 from its bit
// length, within one.
func digitsOf(x *big.Int) int {
	return x.BitLen() * 30103 / 100000
}

// Step returns the decimal of n significant digits next to x in direction
// m: the least one above x for [Ceil], the greatest one below for [Floor].
// x must be non-zero.
func Step(x Q, n int, m Mode) decimal.Decimal {
	d, _ := RoundTo(x, n+1, HalfEven) // only its leading digit's place is used
	lead := int64(d.NumDigits()) + int64(d.Exponent()) - 1
	// u is below the spacing of the n-digit decimals near x on either
	// side, 10^(lead-n+1) or, at a power of ten, 10^(lead-n).
	u := Dec(decimal.New(1, int32(lead-int64(n)-1))) //nolint:gosec // lead is within the operands' exponents
	if m == Floor {
		u = u.Neg()
	}
	v, _ := RoundTo(x.Add(u), n, m)
	return v
}

package dec

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The fast paths below handle decimals whose coefficient has at most 18
// digits, and so fits an int64, with 64- and 128-bit integer arithmetic
// from math/bits. They return exactly what the big.Int paths in dec.go
// return (the same digits, exponent and exactness); anything larger goes
// to those paths. fast_test.go compares the two on generated inputs.

// maxSmall is the most digits a coefficient may have for the fast paths:
// 10^18 - 1 fits an int64, and a product of two such coefficients fits
// 128 bits.
const maxSmall = 18

// pow10u holds 10^0 ... 10^19, every power of ten a uint64 can hold. It is
// a constant table laid out by the linker: nothing runs at start-up.
var pow10u = [20]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// small returns d as a Small when its coefficient has at most maxSmall
// digits, and false otherwise. Unlike [Checked] it does not look at the
// exponent. It does not allocate: NumDigits and CoefficientInt64 read the
// coefficient in place, unlike Coefficient, which copies it.
func small(d decimal.Decimal) (Small, bool) {
	n := d.NumDigits()
	if n > maxSmall {
		return Small{}, false
	}
	return Small{c: d.CoefficientInt64(), exp: d.Exponent(), n: int32(n)}, true //nolint:gosec // n is at most maxSmall
}

// smallPair is small of a and of b, false unless both are.
func smallPair(a, b decimal.Decimal) (Small, Small, bool) {
	x, ok := small(a)
	if !ok {
		return Small{}, Small{}, false
	}
	y, ok := small(b)
	return x, y, ok
}

// ndigits returns the number of decimal digits of u (1 for zero).
func ndigits(u uint64) int {
	// bits.Len64(u)*1233>>12 is floor(log10(2^bits)): the digit count or
	// one less.
	n := bits.Len64(u) * 1233 >> 12
	if n < len(pow10u) && u >= pow10u[n] {
		n++
	}
	if n == 0 {
		return 1
	}
	return n
}

// ndigits128 returns the number of decimal digits of the 128-bit value
// hi*2^64 + lo, which must be below 10^38.
func ndigits128(hi, lo uint64) int {
	if hi == 0 {
		return ndigits(lo)
	}
	n := (64 + bits.Len64(hi)) * 1233 >> 12 // the digit count or one less
	// 10^n = 10^19 * 10^(n-19), with 20 <= n <= 38.
	phi, plo := bits.Mul64(pow10u[19], pow10u[n-19])
	if hi > phi || (hi == phi && lo >= plo) {
		n++
	}
	return n
}

// roundAway reports whether a magnitude q with remainder r of divisor d
// (0 < r < d) rounds away from zero in mode m; neg is the sign of the
// exact result.
func roundAway(q, r, d uint64, neg bool, m Mode) bool {
	switch m {
	case Floor:
		return neg
	case Ceil:
		return !neg
	}
	switch half := d - r; {
	case r > half:
		return true
	case r == half:
		return q&1 == 1
	}
	return false
}

// newDec returns the decimal with magnitude mag, sign neg and exponent
// exp; mag must be below 2^63.
func newDec(mag uint64, neg bool, exp int32) decimal.Decimal {
	c := int64(mag) //nolint:gosec // mag has at most maxSmall (18) digits, below 2^63
	if neg {
		c = -c
	}
	return decimal.New(c, exp)
}

// trimSmall removes trailing zeros from a non-zero magnitude.
func trimSmall(mag uint64, exp int64) (uint64, int64) {
	for mag%10 == 0 {
		mag /= 10
		exp++
	}
	return mag, exp
}

// mulFast is Mul for factors of at most maxSmall digits whose product has
// at most 35 digits, so that the digits to drop divide by a uint64.
func mulFast(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool, bool) {
	x, y, ok := smallPair(a, b)
	if !ok {
		return decimal.Decimal{}, false, false
	}
	ma, na := x.parts()
	mb, nb := y.parts()
	neg := na != nb
	exp := x.exp + y.exp
	hi, lo := bits.Mul64(ma, mb)
	n := ndigits128(hi, lo)
	if n <= Sig {
		// At most 16 digits, so hi is 0: the product as it is, untrimmed,
		// like Round's result for a short coefficient.
		if lo == 0 {
			neg = false
		}
		return newDec(lo, neg, exp), true, true
	}
	drop := n - Sig
	if drop >= len(pow10u) {
		return decimal.Decimal{}, false, false
	}
	p := pow10u[drop]
	// hi < p because the quotient has Sig digits and fits 64 bits.
	q, r := bits.Div64(hi, lo, p)
	exact := r == 0
	if !exact && roundAway(q, r, p, neg, m) {
		q++
	}
	return newDec(q, neg, exp+int32(drop)), exact, true
}

// quoFast is Quo for operands of at most maxSmall digits.
func quoFast(a, b decimal.Decimal, m Mode) (decimal.Decimal, bool, bool) {
	x, y, ok := smallPair(a, b)
	if !ok {
		return decimal.Decimal{}, false, false
	}
	return quoParts(x, y, m)
}

// quoParts is quoFast on two Smalls.
func quoParts(x, y Small, m Mode) (decimal.Decimal, bool, bool) {
	ma, na := x.parts()
	mb, nb := y.parts()
	ea, da, eb, db := x.exp, int(x.n), y.exp, int(y.n)
	if mb == 0 {
		return decimal.Decimal{}, false, false
	}
	if ma == 0 {
		return decimal.Decimal{}, true, true
	}
	neg := na != nb
	// As in quoBig: k is the difference of the magnitudes, and the quotient
	// scaled by 10^-e, e = k-Sig, is ma*10^shift / mb with
	// shift = ea-eb-e = Sig-da+db, between -1 and 33. Its integer part has
	// Sig or Sig+1 digits, so it fits 64 bits; in the second case one
	// more step with e+1.
	k := int64(da) + int64(ea) - int64(db) - int64(eb)
	e := k - Sig
	for shift := Sig - da + db; ; shift-- {
		var nhi, nlo, den uint64
		switch {
		case shift < 0:
			if db-shift >= len(pow10u) {
				return decimal.Decimal{}, false, false
			}
			nlo, den = ma, mb*pow10u[-shift]
		case shift < len(pow10u):
			nhi, nlo = bits.Mul64(ma, pow10u[shift])
			den = mb
		default:
			// ma*10^(shift-19) < 10^(da+shift-19) = 10^(Sig+db-19) fits.
			nhi, nlo = bits.Mul64(ma*pow10u[shift-19], pow10u[19])
			den = mb
		}
		if nhi >= den { // cannot happen by the argument above; be safe
			return decimal.Decimal{}, false, false
		}
		q, r := bits.Div64(nhi, nlo, den)
		exact := r == 0
		if !exact && roundAway(q, r, den, neg, m) {
			q++
		}
		if ndigits(q) > Sig && q != pow10u[Sig] {
			e++
			continue
		}
		q, e = trimSmall(q, e)
		return newDec(q, neg, int32(e)), exact, true //nolint:gosec // inputs pass Check, so e stays within a few thousand
	}
}

// trimFast is Trim for coefficients of at most maxSmall digits. A
// coefficient with no trailing zero is returned as it is: decimals are
// immutable, so sharing it is safe.
func trimFast(d decimal.Decimal) (decimal.Decimal, bool) {
	x, ok := small(d)
	if !ok {
		return decimal.Decimal{}, false
	}
	mag, neg := x.parts()
	exp := x.exp
	if mag == 0 {
		return decimal.Decimal{}, true
	}
	if mag%10 != 0 {
		return d, true
	}
	mag, e := trimSmall(mag, int64(exp))
	if e > math.MaxInt32 {
		// Only decimals far beyond Check get here: leave them to trimBig,
		// which stops at the largest exponent.
		return decimal.Decimal{}, false
	}
	return newDec(mag, neg, int32(e)), true //nolint:gosec // inputs pass Check, so e stays within a few thousand
}

// cmpFast is Cmp for coefficients of at most maxSmall digits.
func cmpFast(a, b decimal.Decimal) (int, bool) {
	x, y, ok := smallPair(a, b)
	if !ok {
		return 0, false
	}
	return cmpParts(x, y), true
}

// cmpParts is cmpFast on two Smalls.
func cmpParts(x, y Small) int {
	ma, na := x.parts()
	mb, nb := y.parts()
	ea, da, eb, db := x.exp, int(x.n), y.exp, int(y.n)
	sa, sb := sign(ma, na), sign(mb, nb)
	if sa != sb || sa == 0 {
		return cmpInt(sa, sb)
	}
	// Same sign, both non-zero: compare magnitudes, first by their order
	// of magnitude, digits+exponent, then digit by digit once aligned, which
	// then fits: the larger exponent's side has the fewer digits.
	c := cmpInt(int64(da)+int64(ea), int64(db)+int64(eb))
	if c == 0 {
		switch {
		case ea > eb:
			ma *= pow10u[ea-eb]
		case eb > ea:
			mb *= pow10u[eb-ea]
		}
		c = cmpInt(ma, mb)
	}
	if na {
		c = -c
	}
	return c
}

func sign(mag uint64, neg bool) int {
	switch {
	case mag == 0:
		return 0
	case neg:
		return -1
	}
	return 1
}

func cmpInt[T int | int64 | uint64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Small is a decimal read once for repeated arithmetic: its coefficient
// has at most maxSmall digits. [Checked] makes one whose exponent lies
// within ±MaxExp, so that it passes [Check]; the operations on it below
// need no further NumDigits.
type Small struct {
	c   int64 // the coefficient
	exp int32
	n   int32 // digits of c
}

// Checked returns d as a Small, and false when d fails [Check] or has
// more than maxSmall digits; false says nothing about which. It costs one
// NumDigits, as Check does.
func Checked(d decimal.Decimal) (Small, bool) {
	n, e := d.NumDigits(), d.Exponent()
	if n > maxSmall || e > MaxExp || e < -MaxExp {
		return Small{}, false
	}
	return Small{c: d.CoefficientInt64(), exp: e, n: int32(n)}, true //nolint:gosec // n is at most maxSmall
}

// parts returns the magnitude and sign of s.
func (s Small) parts() (uint64, bool) {
	if s.c < 0 {
		return uint64(-s.c), true
	}
	return uint64(s.c), false
}

// Sign returns -1, 0 or +1 as decimal's Sign does.
func (s Small) Sign() int { return cmpInt(s.c, 0) }

// CmpSmall is [Cmp] of two Smalls.
func CmpSmall(a, b Small) int {
	return cmpParts(a, b)
}

// AddSmall returns a+b, or a-b when negB is set, exactly as [Add] and
// [Sub] do, and false when the operands do not align within maxSmall
// digits. The result passes [Check]: its exponent is one of the operands'
// and its coefficient fits an int64, at most 19 digits.
func AddSmall(a, b Small, negB bool) (decimal.Decimal, bool) {
	ca, cb, exp := a.c, b.c, a.exp
	switch {
	case a.exp > b.exp:
		if int64(a.n)+int64(a.exp)-int64(b.exp) > maxSmall {
			return decimal.Decimal{}, false
		}
		ca *= int64(pow10u[a.exp-b.exp]) //nolint:gosec // at most 10^18
		exp = b.exp
	case b.exp > a.exp:
		if int64(b.n)+int64(b.exp)-int64(a.exp) > maxSmall {
			return decimal.Decimal{}, false
		}
		cb *= int64(pow10u[b.exp-a.exp]) //nolint:gosec // at most 10^18
	}
	if negB {
		return decimal.New(ca-cb, exp), true
	}
	return decimal.New(ca+cb, exp), true
}

// QuoSmall returns a/b as [Quo] does, and false when b is zero or the
// quotient falls outside [Check], which then rejects it: a true result
// passes Check.
func QuoSmall(a, b Small, m Mode) (decimal.Decimal, bool, bool) {
	r, exact, ok := quoParts(a, b, m)
	if !ok {
		return decimal.Decimal{}, false, false
	}
	// At most Sig digits: only the exponent can fail Check.
	if e := r.Exponent(); e > MaxExp || e < -MaxExp {
		return decimal.Decimal{}, false, false
	}
	return r, exact, true
}

// AddChecked returns a+b, or a-b when negB is set, exactly as [Add] and
// [Sub] do, when both operands pass [Check] with at most maxSmall digits
// and align within them; the result then passes Check too. It returns
// false otherwise, saying nothing about which.
func AddChecked(a, b decimal.Decimal, negB bool) (decimal.Decimal, bool) {
	na, ea := a.NumDigits(), a.Exponent()
	nb, eb := b.NumDigits(), b.Exponent()
	if na > maxSmall || nb > maxSmall || ea > MaxExp || ea < -MaxExp || eb > MaxExp || eb < -MaxExp {
		return decimal.Decimal{}, false
	}
	return AddSmall(Small{c: a.CoefficientInt64(), exp: ea, n: int32(na)}, //nolint:gosec // na is at most maxSmall
		Small{c: b.CoefficientInt64(), exp: eb, n: int32(nb)}, negB) //nolint:gosec // nb is at most maxSmall
}

// Package dec holds the module's guards on decimals: the limits of the
// exponent and length of any decimal it accepts ([Fits]), a comparison
// that costs time linear in the digits whatever the exponents ([Cmp]), and
// a plain-notation formatter and strict parser ([Format], [Parse]).
// Arithmetic is internal/exact's.
//
// Nothing here reads or sets any of shopspring/decimal's package-level
// settings: only New, NewFromBigInt, Exponent, Coefficient,
// CoefficientInt64, NumDigits, Sign and Cmp are used, none of which
// consults them.
package dec

import (
	"math"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxExp bounds the exponent and the number of digits of any decimal the
// module accepts from a caller, so that rescaling never grows without limit.
const MaxExp = 1000

// Fits reports whether d is small enough for the module: an exponent
// within ±MaxExp and at most MaxExp digits.
func Fits(d decimal.Decimal) bool {
	e := d.Exponent()
	return e <= MaxExp && e >= -MaxExp && d.NumDigits() <= MaxExp
}

// Describe names what makes d too large or too long for Fits: its
// exponent and its number of digits, as in "with exponent 2000 and length 1".
func Describe(d decimal.Decimal) string {
	return "with exponent " + strconv.Itoa(int(d.Exponent())) + " and length " + strconv.Itoa(d.NumDigits())
}

// exp32 converts an exponent computed in int64 to decimal's int32,
// saturating at the ends.
func exp32(e int64) int32 {
	switch {
	case e > math.MaxInt32:
		return math.MaxInt32
	case e < math.MinInt32:
		return math.MinInt32
	}
	return int32(e)
}

// Cmp compares a and b, -1, 0 or +1, in time linear in their digits
// whatever their exponents. decimal's Cmp aligns the exponents by
// rescaling, which for 1234567890123456789e-30000000 against 1 builds a
// number of 30 million digits. Here two non-zero decimals of the same sign
// are first ordered by their magnitudes, digits plus exponent; only
// decimals of the same magnitude reach decimal's Cmp, and their exponents
// differ by no more than their digit counts do, so aligning them costs no
// more than their digits.
func Cmp(a, b decimal.Decimal) int {
	if ea, eb := a.Exponent(), b.Exponent(); ea != eb {
		sa, sb := a.Sign(), b.Sign()
		switch {
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		case sa == 0:
			return 0
		}
		ma, mb := int64(a.NumDigits())+int64(ea), int64(b.NumDigits())+int64(eb)
		switch {
		case ma < mb:
			return -sa // the smaller magnitude: below b when positive
		case ma > mb:
			return sa
		}
	}
	return a.Cmp(b)
}

// Trim removes trailing zeros from the coefficient of d.
func Trim(d decimal.Decimal) decimal.Decimal {
	if d.NumDigits() <= 18 {
		c, e := d.CoefficientInt64(), int64(d.Exponent())
		if c == 0 {
			return decimal.Decimal{}
		}
		if c%10 != 0 {
			return d
		}
		for c%10 == 0 && e < math.MaxInt32 {
			c /= 10
			e++
		}
		return decimal.New(c, int32(e)) //nolint:gosec // e stops at MaxInt32
	}
	c := d.Coefficient()
	if c.Sign() == 0 {
		return decimal.Decimal{}
	}
	e := d.Exponent()
	var q, r big.Int
	ten := big.NewInt(10)
	for e < math.MaxInt32 {
		q.QuoRem(c, ten, &r)
		if r.Sign() != 0 {
			break
		}
		c.Set(&q)
		e++
	}
	return decimal.NewFromBigInt(c, e)
}

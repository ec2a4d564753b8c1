package dec

import (
	"errors"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Format returns d in plain notation, with no exponent and no trailing zeros
// after the decimal point: 1650000000, 0.15, -44.9. Its output does not
// depend on shopspring/decimal's TrimTrailingZeros or UseScientificNotation.
//
// A decimal that fails [Fits] would need more than MaxExp digits in plain
// notation (1e2000000000 has two billion zeros), so Format writes it as
// its coefficient and exponent instead, such as "15e2000": never in the
// module's range, and never accepted by [Parse].
func Format(d decimal.Decimal) string {
	if !Fits(d) {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
	}
	return Plain(d)
}

// Plain is [Format] without its check: d in plain notation, whatever its
// exponent. Its caller must know the text stays short, as for a decimal
// within a few places of the limits: 1e-1002 is "0." and 1001 zeros
// before the 1.
func Plain(d decimal.Decimal) string {
	d = Trim(d)
	if d.Sign() == 0 {
		return "0"
	}
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		var buf [20]byte
		return plain(c < 0, strconv.AppendUint(buf[:0], uint64(max(c, -c)), 10), int(d.Exponent())) //nolint:gosec // |c| < 10^18
	}
	c := d.Coefficient()
	digs := new(big.Int).Abs(c).Append(nil, 10)
	return plain(c.Sign() < 0, digs, int(d.Exponent()))
}

// plain writes the magnitude digs times ten to the e in plain notation,
// signed when neg, in one allocation: the string itself.
func plain(neg bool, digs []byte, e int) string {
	n := len(digs)
	if neg {
		n++
	}
	switch {
	case e >= 0:
		n += e
	case -e >= len(digs):
		n += 2 - e - len(digs) // "0." and leading zeros
	default:
		n++ // the point
	}
	var b strings.Builder
	b.Grow(n)
	if neg {
		b.WriteByte('-')
	}
	switch {
	case e >= 0:
		b.Write(digs)
		for range e {
			b.WriteByte('0')
		}
	case -e >= len(digs):
		b.WriteString("0.")
		for range -e - len(digs) {
			b.WriteByte('0')
		}
		b.Write(digs)
	default:
		cut := len(digs) + e
		b.Write(digs[:cut])
		b.WriteByte('.')
		b.Write(digs[cut:])
	}
	return b.String()
}

// ErrSyntax reports text that is not a plain decimal number.
var ErrSyntax = errors.New("not a plain decimal number")

// Parse reads a plain decimal number: an optional minus sign, digits, and
// optionally a point followed by digits ("-44.9", "0.15", "1650000000").
// It accepts no exponent, no plus sign and no spaces, and only numbers
// that pass [Fits], so its result never depends on shopspring/decimal's
// MaxDecodeExponent. The result keeps the digits as written: "1.50" has
// coefficient 150 and exponent -2. The one exception is an integer too
// long for Fits as written: its trailing zeros move into the exponent, up
// to MaxExp of them, so that every text Format writes for a decimal that
// passes Fits parses back ("1" followed by 1001 zeros is 10 * 10^1000).
func Parse(s string) (decimal.Decimal, error) {
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasPoint := strings.Cut(body, ".")
	// Format writes at most 2*MaxExp digits for a decimal that passes Fits.
	if intPart == "" || (hasPoint && frac == "") || len(intPart)+len(frac) > 2*MaxExp {
		return decimal.Decimal{}, ErrSyntax
	}
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return decimal.Decimal{}, ErrSyntax
			}
		}
	}
	neg := len(s) > len(body)
	exp := -int64(len(frac))
	if len(intPart)+len(frac) <= 18 {
		// The coefficient fits an int64: read it without a big.Int of our
		// own, so that the result costs decimal.New's two allocations.
		var v int64
		for _, part := range [2]string{intPart, frac} {
			for i := 0; i < len(part); i++ {
				v = v*10 + int64(part[i]-'0')
			}
		}
		if neg {
			v = -v
		}
		return decimal.New(v, exp32(exp)), nil // at most 18 digits and exponent -18: Fits holds
	}
	digs := intPart + frac
	if !hasPoint && len(digs) > MaxExp {
		zeros := len(digs) - len(strings.TrimRight(digs, "0"))
		zeros = min(zeros, MaxExp, len(digs)-1)
		digs, exp = digs[:len(digs)-zeros], int64(zeros)
	}
	// c stays on the stack: NewFromBigInt copies it into the decimal.
	var c big.Int
	if _, ok := c.SetString(digs, 10); !ok {
		return decimal.Decimal{}, ErrSyntax
	}
	if neg {
		c.Neg(&c)
	}
	d := decimal.NewFromBigInt(&c, exp32(exp))
	if !Fits(d) {
		return decimal.Decimal{}, ErrSyntax
	}
	return d, nil
}

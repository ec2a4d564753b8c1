package shenyang

import (
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shopspring/decimal"
)

// FormatDecimal returns d in plain notation with no exponent and no trailing
// zeros after the point, such as "1650000000" or "0.15". Unlike
// decimal.Decimal's String, its output does not depend on any of
// shopspring/decimal's package-level settings.
func FormatDecimal(d decimal.Decimal) string { return dec.Format(d) }

// checkDec wraps dec.Check's verdict in a *ValueError.
func checkDec(op, arg string, d decimal.Decimal) error {
	if !dec.Fits(d) {
		return valueErr(op, arg, dec.Describe(d), ErrOutOfRange)
	}
	return nil
}

// decText formats d for an encoding, refusing a decimal beyond the
// module's range, which decoding would not accept.
func decText(op, arg string, d decimal.Decimal) (string, error) {
	if err := checkDec(op, arg, d); err != nil {
		return "", err
	}
	return dec.Format(d), nil
}

// parseDec parses a plain decimal for a decoder or a text form. A plain
// decimal beyond the module's limits, such as "0." followed by 1000 zeros
// and a 1, is an error wrapping [ErrOutOfRange]; any other text that
// [dec.Parse] refuses is one wrapping [ErrSyntax].
func parseDec(op, arg, s string) (decimal.Decimal, error) {
	d, err := dec.Parse(s)
	if err != nil {
		return decimal.Decimal{}, decErr(op, arg, s)
	}
	return d, nil
}

// decErr is the error for text s that dec.Parse refuses.
func decErr(op, arg, s string) error {
	if plainDecimal(s) {
		return valueErr(op, arg, decode.Quote(s), ErrOutOfRange)
	}
	return valueErr(op, arg, decode.Quote(s), ErrSyntax)
}

// plainDecimal reports whether s is a plain decimal in the syntax
// [dec.Parse] reads, an optional minus sign, digits, and optionally a point
// followed by digits, of any length: dec.Parse refuses such a text only
// when the decimal lies beyond the module's limits.
func plainDecimal(s string) bool {
	intPart, frac, hasPoint := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if intPart == "" || hasPoint && frac == "" {
		return false
	}
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return false
			}
		}
	}
	return true
}

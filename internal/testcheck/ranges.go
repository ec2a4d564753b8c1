package testcheck

import (
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// MustRange reads a range written in interval notation, "[1, 2)", "(100, +inf)",
// "(-inf, 5]"; a malformed one is a bug in the test and panics.
func MustRange(s string) shenyang.Range {
	if len(s) < 2 {
		panic("MustRange: " + s)
	}
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ", ")
	if !ok {
		panic("MustRange: " + s)
	}
	bound := func(v string, open bool) shenyang.Bound {
		switch {
		case v == "-inf" || v == "+inf":
			return shenyang.Unbounded()
		case open:
			return shenyang.Open(decimal.RequireFromString(v))
		}
		return shenyang.Closed(decimal.RequireFromString(v))
	}
	r, err := shenyang.NewRange(bound(lo, s[0] == '('), bound(hi, s[len(s)-1] == ')'))
	if err != nil {
		panic(err)
	}
	return r
}

// ShowRange writes r in interval notation from its bounds, independently
// of Range.String: "[" and "]" for closed bounds, "(" and ")" for open or
// missing ones.
func ShowRange(r shenyang.Range) string {
	if r.IsZero() {
		return "unset"
	}
	side := func(b shenyang.Bound, inf, open, closed string) (string, string) {
		if b.IsUnbounded() {
			return inf, open
		}
		v, ok := b.Value()
		if !ok {
			return "?", "?"
		}
		if b.IsOpen() {
			return shenyang.FormatDecimal(v), open
		}
		return shenyang.FormatDecimal(v), closed
	}
	lo, l := side(r.Low(), "-inf", "(", "[")
	hi, h := side(r.High(), "+inf", ")", "]")
	return l + lo + ", " + hi + h
}

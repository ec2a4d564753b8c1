package dec_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// FuzzDecParse checks Parse against math/big's own reading of the text:
// what Parse accepts is a plain decimal number whose value big.Rat reads
// the same, passes Fits, and formats to a text that parses back to the
// same value and formats to itself; that text is the input itself when the
// input is already in Format's form.
func FuzzDecParse(f *testing.F) {
	for _, s := range []string{
		"0", "-0", "1650000000", "0.15", "-44.90", "007", "1.", ".5", "1e5", "+1", "", "-",
		"0." + strings.Repeat("0", 999) + "1", "1" + strings.Repeat("0", 1001), strings.Repeat("9", 1001), "1_000", "٣",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := dec.Parse(s)
		if err != nil {
			if d.Coefficient().Sign() != 0 || d.Exponent() != 0 {
				t.Fatalf("Parse(%q) = %se%d with error %v", s, d.Coefficient(), d.Exponent(), err)
			}
			return
		}
		if !plain(s) {
			t.Fatalf("Parse(%q) accepted text that is not a plain decimal", s)
		}
		want, ok := new(big.Rat).SetString(s)
		if !ok || want.Cmp(testcheck.Rat(d)) != 0 {
			t.Fatalf("Parse(%q) = %se%d, big.Rat reads %v", s, d.Coefficient(), d.Exponent(), want)
		}
		if !dec.Fits(d) {
			t.Fatalf("Parse(%q) = %se%d, which fails Fits", s, d.Coefficient(), d.Exponent())
		}
		text := dec.Format(d)
		again, err := dec.Parse(text)
		if err != nil || !again.Equal(d) || dec.Format(again) != text {
			t.Fatalf("Parse(%q) formats as %q, which parses as %se%d, %v", s, text, again.Coefficient(), again.Exponent(), err)
		}
		if canonical(s) && text != s {
			t.Fatalf("Format(Parse(%q)) = %q", s, text)
		}
	})
}

// plain reports whether s is an optional minus sign, digits, and
// optionally a point followed by digits.
func plain(s string) bool {
	body := strings.TrimPrefix(s, "-")
	i, f, point := strings.Cut(body, ".")
	digits := func(x string) bool {
		for _, r := range x {
			if r < '0' || r > '9' {
				return false
			}
		}
		return x != ""
	}
	return digits(i) && (!point || digits(f))
}

// canonical reports whether s is written as Format writes: no leading
// zeros, no trailing zeros after the point, and no "-0".
func canonical(s string) bool {
	body := strings.TrimPrefix(s, "-")
	i, f, point := strings.Cut(body, ".")
	if len(i) > 1 && i[0] == '0' || point && strings.HasSuffix(f, "0") {
		return false
	}
	negativeZero := body != s && strings.Trim(body, "0.") == ""
	return !negativeZero
}

// FuzzDecFormat checks Format on any decimal: within the module's range it
// writes the exact value (as big.Rat reads it) in plain notation that
// Parse reads back to an equal decimal; beyond it, coefficient "e"
// exponent, which Parse refuses.
func FuzzDecFormat(f *testing.F) {
	f.Add(int64(165), int32(7))
	f.Add(int64(15), int32(-2))
	f.Add(int64(-449), int32(-1))
	f.Add(int64(0), int32(-5))
	f.Add(int64(1), int32(-1000))
	f.Add(int64(10), int32(1000))
	f.Add(int64(7), int32(1001))
	f.Add(int64(-9223372036854775808), int32(-2147483648))
	f.Fuzz(func(t *testing.T, coef int64, exp int32) {
		d := decimal.New(coef, exp)
		text := dec.Format(d)
		back, err := dec.Parse(text)
		if !dec.Fits(d) {
			if err == nil || !strings.Contains(text, "e") {
				t.Fatalf("Format(%de%d) = %.60q, which Parse accepts", coef, exp, text)
			}
			return
		}
		if err != nil || !back.Equal(d) {
			t.Fatalf("Format(%de%d) = %.60q, which parses as %se%d, %v", coef, exp, text, back.Coefficient(), back.Exponent(), err)
		}
		if want, ok := new(big.Rat).SetString(text); !ok || want.Cmp(testcheck.Rat(d)) != 0 {
			t.Fatalf("Format(%de%d) = %.60q, which is not its value", coef, exp, text)
		}
		if !canonical(text) {
			t.Fatalf("Format(%de%d) = %.60q, not in canonical form", coef, exp, text)
		}
	})
}

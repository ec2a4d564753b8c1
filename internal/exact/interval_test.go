package exact

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// iv reads an interval written as in mathematics, "[1, 2)" or
// "(-inf, 3/4]": ends are integers, fractions a/b or ±inf.
func iv(t testing.TB, s string) Interval {
	t.Helper()
	if len(s) < 5 || !strings.ContainsRune("[(", rune(s[0])) || !strings.ContainsRune("])", rune(s[len(s)-1])) {
		t.Fatalf("iv(%q): want [a, b] with ( or ) for open ends", s)
	}
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ", ")
	if !ok {
		t.Fatalf("iv(%q): no \", \"", s)
	}
	end := func(text string, open bool) Bound {
		if text == "-inf" || text == "+inf" {
			return Bound{Inf: true}
		}
		r, ok := new(big.Rat).SetString(text)
		if !ok {
			t.Fatalf("iv(%q): bad end %q", s, text)
		}
		return Bound{V: fromRat(r), Open: open}
	}
	return Interval{Lo: end(lo, s[0] == '('), Hi: end(hi, s[len(s)-1] == ')')}
}

// ivText writes an interval the way iv reads it.
func ivText(r Interval) string {
	var b strings.Builder
	switch {
	case r.Lo.Inf:
		b.WriteString("(-inf")
	case r.Lo.Open:
		b.WriteString("(" + r.Lo.V.String())
	default:
		b.WriteString("[" + r.Lo.V.String())
	}
	b.WriteString(", ")
	switch {
	case r.Hi.Inf:
		b.WriteString("+inf)")
	case r.Hi.Open:
		b.WriteString(r.Hi.V.String() + ")")
	default:
		b.WriteString(r.Hi.V.String() + "]")
	}
	return b.String()
}

func TestAddNegIntervals(t *testing.T) {
	tests := []struct {
		a, b, sum, negA string
	}{
		{"[1, 2]", "[3, 4]", "[4, 6]", "[-2, -1]"},                  // 1+3, 2+4
		{"[1, 2)", "(3, +inf)", "(4, +inf)", "(-2, -1]"},            // 1+3 not reached: 3 is left out
		{"(-inf, 0]", "[1, 1]", "(-inf, 1]", "[0, +inf)"},           // an unbounded end stays so
		{"(-inf, +inf)", "[1, 2]", "(-inf, +inf)", "(-inf, +inf)"},  // both ends unbounded
		{"[-1/2, 1/3)", "(1/6, 5/6]", "(-1/3, 7/6)", "(-1/3, 1/2]"}, // -3/6+1/6, 2/6+5/6
		{"[0, 0]", "(0, 1)", "(0, 1)", "[0, 0]"},                    // a zero end adds nothing
		{"[-1, 0)", "[0, 0]", "[-1, 0)", "(0, 1]"},                  // an open zero stays open
		{"[9223372036854775807, 9223372036854775807]", "[1, 1]", "[9223372036854775808, 9223372036854775808]", "[-9223372036854775807, -9223372036854775807]"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"+"+tt.b, func(t *testing.T) {
			a, b := iv(t, tt.a), iv(t, tt.b)
			if diff := cmp.Diff(tt.sum, ivText(AddIntervals(a, b))); diff != "" {
				t.Errorf("Add (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sum, ivText(AddIntervals(b, a))); diff != "" {
				t.Errorf("Add reversed (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.negA, ivText(Neg(a))); diff != "" {
				t.Errorf("Neg (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMulIntervals(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		{"[2, 3]", "[4, 5]", "[8, 15]"},     // 2*4, 3*5
		{"[2, 3)", "(4, 5]", "(8, 15)"},     // each corner has an open end
		{"[-2, 3)", "[4, 5]", "[-10, 15)"},  // corners -8, -10, 12, 15: -10 = -2*5 closed, 15 = 3*5 open
		{"[-3, -2]", "[-5, -4]", "[8, 15]"}, // -2*-4, -3*-5
		{"[-1, 2]", "[-3, 1]", "[-6, 3]"},   // corners 3, -1, -6, 2
		{"(-1, 0)", "(-1, 0)", "(0, 1)"},    // corners 1, 0, 0, 0, all open
		// zero ends
		{"[0, 2]", "[3, 4]", "[0, 8]"},       // 0*3 attained
		{"(0, 2]", "[3, 4]", "(0, 8]"},       // 0*3 approached
		{"[0, 0]", "(-inf, +inf)", "[0, 0]"}, // a closed zero times anything is 0
		{"[0, 2]", "(-inf, +inf)", "(-inf, +inf)"},
		{"(0, 1]", "[1, +inf)", "(0, +inf)"},   // 0*1 approached, 1*inf unbounded
		{"[0, 1]", "[1, +inf)", "[0, +inf)"},   // 0*1 attained
		{"(-inf, -1]", "[0, 1)", "(-inf, 0]"},  // -inf*1 unbounded; 0 attained at b = 0
		{"(-inf, -1]", "(0, 1)", "(-inf, 0)"},  // 0 only approached
		{"(-inf, 2]", "(0, 1]", "(-inf, 2]"},   // 2*1 attained
		{"[-1, +inf)", "[-1, 0)", "(-inf, 1]"}, // -1*-1 attained, +inf*-1 unbounded
		{"(0, +inf)", "(-inf, 0)", "(-inf, 0)"},
		{"[1/2, 2/3]", "[-3/4, 9/8]", "[-1/2, 3/4]"}, // 2/3*-3/4 = -1/2, 2/3*9/8 = 3/4
		// 2^62 * 4: beyond int64
		{"[4611686018427387904, 4611686018427387904]", "[-4, 4]", "[-18446744073709551616, 18446744073709551616]"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"*"+tt.b, func(t *testing.T) {
			a, b := iv(t, tt.a), iv(t, tt.b)
			if diff := cmp.Diff(tt.want, ivText(MulIntervals(a, b))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, ivText(MulIntervals(b, a))); diff != "" {
				t.Errorf("reversed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuoIntervals(t *testing.T) {
	tests := []struct {
		a, b, want string
		err        error
	}{
		{"[1, 2]", "[4, 8]", "[1/8, 1/2]", nil},     // 1/8, 2/4
		{"[1, 2)", "(4, 8]", "[1/8, 1/2)", nil},     // 1/8 attained, 2/4 not
		{"[1, 2]", "(0, 4]", "[1/4, +inf)", nil},    // 1/y runs off as y tends to 0
		{"[-1, 1]", "[-4, -2]", "[-1/2, 1/2]", nil}, // 1/y in [-1/2, -1/4]
		{"[1, 2]", "(-inf, -1]", "[-2, 0)", nil},    // 1/y in [-1, 0)
		{"[1, 2]", "[2, +inf)", "(0, 1]", nil},      // 1/y in (0, 1/2]
		{"[1, 2]", "[-1, 0)", "(-inf, -1]", nil},    // an open zero at the high end
		{"[0, 0]", "(0, +inf)", "[0, 0]", nil},      // 0 over anything positive
		{"[-3, 5]", "(0, +inf)", "(-inf, +inf)", nil},
		{"[1, 1]", "[3, 3]", "[1/3, 1/3]", nil},
		// divisors touching or straddling zero
		{"[1, 2]", "[0, 1]", "", ErrDivisorZero},
		{"[1, 2]", "[-1, 0]", "", ErrDivisorZero},
		{"[1, 2]", "(-1, 0]", "", ErrDivisorZero},
		{"[1, 2]", "[-1, 1]", "", ErrDivisorZero},
		{"[1, 2]", "[0, 0]", "", ErrDivisorZero},
		{"[1, 2]", "(-inf, +inf)", "", ErrDivisorZero},
		{"[1, 2]", "(-inf, 0]", "", ErrDivisorZero},
		{"[1, 2]", "[0, +inf)", "", ErrDivisorZero},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			got, err := QuoIntervals(iv(t, tt.a), iv(t, tt.b))
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tt.want, ivText(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

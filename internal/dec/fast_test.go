package dec

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The tests in this file check the uint64 fast paths of fast.go: first on
// values worked out by hand, then against the big.Int paths of dec.go on
// generated inputs, which must agree digit for digit, exponent for
// exponent, and on exactness.

// want is an expected decimal as coefficient and exponent.
type want struct {
	coef  string
	exp   int32
	exact bool
}

func (w want) check(t *testing.T, name string, got decimal.Decimal, exact bool) {
	t.Helper()
	if got.Coefficient().String() != w.coef || got.Exponent() != w.exp || exact != w.exact {
		t.Errorf("%s = %s e%d exact=%v, want %s e%d exact=%v",
			name, got.Coefficient(), got.Exponent(), exact, w.coef, w.exp, w.exact)
	}
}

func d(coef int64, exp int32) decimal.Decimal { return decimal.New(coef, exp) }

func TestQuoFastByHand(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b decimal.Decimal
		m    Mode
		want want
	}{
		// 1/3 = 0.333...: 16 threes, the 17th digit 3 rounds down.
		{"1/3 half-even", d(1, 0), d(3, 0), HalfEven, want{"3333333333333333", -16, false}},
		{"1/3 ceil", d(1, 0), d(3, 0), Ceil, want{"3333333333333334", -16, false}},
		// 2/3 = 0.666...: the 17th digit 6 rounds up.
		{"2/3 half-even", d(2, 0), d(3, 0), HalfEven, want{"6666666666666667", -16, false}},
		{"2/3 floor", d(2, 0), d(3, 0), Floor, want{"6666666666666666", -16, false}},
		// -2/3: floor goes away from zero, ceil toward it.
		{"-2/3 floor", d(-2, 0), d(3, 0), Floor, want{"-6666666666666667", -16, false}},
		{"-2/3 ceil", d(-2, 0), d(3, 0), Ceil, want{"-6666666666666666", -16, false}},
		{"2/-3 half-even", d(2, 0), d(-3, 0), HalfEven, want{"-6666666666666667", -16, false}},
		// 105.5 billion / 15 billion = 7.0333...
		{"105.5e9/15e9", d(1055, 8), d(15, 9), HalfEven, want{"7033333333333333", -15, false}},
		// 1/8 = 0.125 exactly, trailing zeros trimmed.
		{"1/8", d(1, 0), d(8, 0), HalfEven, want{"125", -3, true}},
		// 10/4 = 2.5 exactly.
		{"10/4", d(10, 0), d(4, 0), Floor, want{"25", -1, true}},
		// 12345678901234565/10 = 1234567890123456.5: a tie, kept even (6).
		{"tie to even down", d(12345678901234565, 0), d(10, 0), HalfEven, want{"1234567890123456", 0, false}},
		// 12345678901234575/10 = 1234567890123457.5: a tie, to even (8).
		{"tie to even up", d(12345678901234575, 0), d(10, 0), HalfEven, want{"1234567890123458", 0, false}},
		{"tie ceil", d(12345678901234565, 0), d(10, 0), Ceil, want{"1234567890123457", 0, false}},
		// 19999999999999999/2 = 9999999999999999.5: the tie rounds the odd
		// 9999999999999999 up to 10^16, trimmed to 1e16.
		{"carry to 10^16", d(19999999999999999, 0), d(2, 0), HalfEven, want{"1", 16, false}},
		// 1.65e9 / 1.15 = 1434782608.695652173...: 16 digits, the 17th is 1.
		{"prior foreign capital", d(165, 7), d(115, -2), HalfEven, want{"1434782608695652", -6, false}},
		// 0 / 7 = 0.
		{"zero", d(0, 5), d(7, 0), HalfEven, want{"0", 0, true}},
		// 18-digit divisor, 1-digit dividend: shift = 16-1+18 = 33.
		// 1 / 999999999999999999 = 1.000000000000000001e-18 -> 1e-18.
		{"wide shift", d(1, 0), d(999999999999999999, 0), HalfEven, want{"1", -18, false}},
		{"wide shift ceil", d(1, 0), d(999999999999999999, 0), Ceil, want{"1000000000000001", -33, false}},
		// 18-digit dividend, 1-digit divisor: shift = 16-18+1 = -1.
		// 999999999999999999/7 = 142857142857142857 -> 1428571428571429e2.
		{"negative shift", d(999999999999999999, 0), d(7, 0), HalfEven, want{"1428571428571429", 2, false}},
	} {
		got, exact, ok := quoFast(c.a, c.b, c.m)
		if !ok {
			t.Errorf("%s: fast path not taken", c.name)
			continue
		}
		c.want.check(t, c.name, got, exact)
		got, exact = Quo(c.a, c.b, c.m)
		c.want.check(t, c.name+" (Quo)", got, exact)
	}
}

func TestMulFastByHand(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b decimal.Decimal
		m    Mode
		want want
	}{
		// 1.5 * 1.5 = 2.25 exactly.
		{"1.5^2", d(15, -1), d(15, -1), HalfEven, want{"225", -2, true}},
		// 0.1234567890123456 * 3 = 0.3703703670370368, 16 digits, exact.
		{"16 digits", d(1234567890123456, -16), d(3, 0), HalfEven, want{"3703703670370368", -16, true}},
		// 123456789012345678 * 10 = 1234567890123456780: drop 3 digits,
		// 780 rounds up.
		{"drop 3", d(123456789012345678, 0), d(10, 0), HalfEven, want{"1234567890123457", 3, false}},
		{"drop 3 floor", d(123456789012345678, 0), d(10, 0), Floor, want{"1234567890123456", 3, false}},
		// -33333333333333333 * 3 = -99999999999999999: floor carries to
		// -10^16 (17 digits, kept as Round keeps it), ceil truncates.
		{"carry floor", d(-33333333333333333, 0), d(3, 0), Floor, want{"-10000000000000000", 1, false}},
		{"carry ceil", d(-33333333333333333, 0), d(3, 0), Ceil, want{"-9999999999999999", 1, false}},
		// 2.5 * 3 = 7.5 exactly, not trimmed.
		{"short", d(25, -1), d(30, -1), HalfEven, want{"750", -2, true}},
		// 0 * 5e3 = 0e3.
		{"zero", d(0, 0), d(5, 3), HalfEven, want{"0", 3, true}},
		// 999999999999999999^2 = 999999999999999998000000000000000001,
		// 36 digits: too many to drop with one uint64 division, so the
		// big path answers. The dropped digits 9800...01 are more than
		// half, so 9999999999999999 carries to 10^16, kept as Round keeps
		// it: 10000000000000000e20.
		{"36 digits", d(999999999999999999, 0), d(999999999999999999, 0), HalfEven, want{"10000000000000000", 20, false}},
	} {
		got, exact := Mul(c.a, c.b, c.m)
		c.want.check(t, c.name, got, exact)
	}
	if _, _, ok := mulFast(d(999999999999999999, 0), d(999999999999999999, 0), HalfEven); ok {
		t.Error("mulFast took a 36-digit product")
	}
}

func TestRoundTrimFormatByHand(t *testing.T) {
	for _, c := range []struct {
		name string
		d    decimal.Decimal
		m    Mode
		want want
	}{
		// 12345678901234567: 17 digits, drop the 7.
		{"half-even", d(12345678901234567, 0), HalfEven, want{"1234567890123457", 1, false}},
		{"floor", d(12345678901234567, 0), Floor, want{"1234567890123456", 1, false}},
		{"ceil", d(12345678901234567, 0), Ceil, want{"1234567890123457", 1, false}},
		{"negative floor", d(-12345678901234561, 0), Floor, want{"-1234567890123457", 1, false}},
		// 18 digits ending in 50: a tie at two dropped digits, to even.
		{"tie", d(123456789012345650, -3), HalfEven, want{"1234567890123456", -1, false}},
		{"short", d(1234567890123456, 0), Floor, want{"1234567890123456", 0, true}},
	} {
		got, exact := Round(c.d, c.m)
		c.want.check(t, "Round "+c.name, got, exact)
	}
	for _, c := range []struct {
		d    decimal.Decimal
		want want
	}{
		{d(1500, -2), want{"15", 0, true}},
		{d(-1500, -2), want{"-15", 0, true}},
		{d(0, 5), want{"0", 0, true}},
		{d(7, 3), want{"7", 3, true}},
	} {
		c.want.check(t, "Trim "+c.d.String(), Trim(c.d), true)
	}
	for _, c := range []struct {
		d    decimal.Decimal
		want string
	}{
		{d(165, 7), "1650000000"},
		{d(15, -2), "0.15"},
		{d(-449, -1), "-44.9"},
		{d(5, -5), "0.00005"},
		{d(1500, -2), "15"},
		{d(-1500, -5), "-0.015"},
		{d(0, 3), "0"},
		{d(999999999999999999, -9), "999999999.999999999"},
		{decimal.NewFromBigInt(mustBig("12345678901234567890123"), -3), "12345678901234567890.123"},
	} {
		if got := Format(c.d); got != c.want {
			t.Errorf("Format(%s e%d) = %q, want %q", c.d.Coefficient(), c.d.Exponent(), got, c.want)
		}
	}
}

func TestAddSubCmpByHand(t *testing.T) {
	for _, c := range []struct {
		a, b      decimal.Decimal
		sum, diff want
		cmp       int
	}{
		// 1.65e9 + 1.645e9: exponents 7 and 6, so 1650 + 1645 at 10^6.
		{d(165, 7), d(1645, 6), want{"3295", 6, true}, want{"5", 6, true}, 1},
		// 0.15 + -0.150: 15e-2 aligns to 150e-3; equal, so 0e-3.
		{d(15, -2), d(-150, -3), want{"0", -3, true}, want{"300", -3, true}, 1},
		{d(15, -2), d(150, -3), want{"300", -3, true}, want{"0", -3, true}, 0},
		// -7 and -8: -7 is the larger.
		{d(-7, 0), d(-8, 0), want{"-15", 0, true}, want{"1", 0, true}, 1},
		{d(0, 5), d(-1, -5), want{"-1", -5, true}, want{"1", -5, true}, 1},
		// 1e18 has 19 digits.
		{d(1e18, 0), d(1, 0), want{"1000000000000000001", 0, true}, want{"999999999999999999", 0, true}, 1},
		// 1e17 at exponent 1 against 1 at exponent 0: aligned, 19 digits:
		// 1000000000000000001.
		{d(1e17, 1), d(1, 0), want{"1000000000000000001", 0, true}, want{"999999999999999999", 0, true}, 1},
		// Same order of magnitude, different exponents: 1.23 < 1.3.
		{d(123, -2), d(13, -1), want{"253", -2, true}, want{"-7", -2, true}, -1},
	} {
		name := show(c.a) + " " + show(c.b)
		c.sum.check(t, "Add "+name, Add(c.a, c.b), true)
		c.diff.check(t, "Sub "+name, Sub(c.a, c.b), true)
		if got := Cmp(c.a, c.b); got != c.cmp {
			t.Errorf("Cmp %s = %d, want %d", name, got, c.cmp)
		}
	}
}

func mustBig(s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return b
}

// gen draws decimals with the shapes that exercise the edges of the fast
// paths: every digit count from 1 to 20, powers of ten, runs of nines,
// trailing zeros, both signs and exponents of either sign.
type gen struct{ r *rand.Rand }

func (g gen) coef() *big.Int {
	n := 1 + g.r.IntN(20)
	c := new(big.Int)
	switch g.r.IntN(6) {
	case 0: // 10^(n-1)
		c.Exp(big.NewInt(10), big.NewInt(int64(n-1)), nil)
	case 1: // 10^n - 1
		c.Exp(big.NewInt(10), big.NewInt(int64(n)), nil).Sub(c, big.NewInt(1))
	case 2: // digits then zeros
		z := g.r.IntN(n)
		c.SetString(g.digits(n-z)+zeros(z), 10)
	case 3: // ending in 5, for ties
		c.SetString(g.digits(n-1)+"5", 10)
	default:
		c.SetString(g.digits(n), 10)
	}
	if g.r.IntN(3) == 0 {
		c.Neg(c)
	}
	return c
}

func (g gen) digits(n int) string {
	if n == 0 {
		return "1"
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10)) //nolint:gosec // a small seeded random value, in range by construction
	}
	if b[0] == '0' {
		b[0] = byte('1' + g.r.IntN(9)) //nolint:gosec // a small seeded random value, in range by construction
	}
	return string(b)
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func (g gen) dec() decimal.Decimal {
	if g.r.IntN(20) == 0 { // zero, with an exponent
		return decimal.New(0, int32(g.r.IntN(61)-30)) //nolint:gosec // a small seeded random value, in range by construction
	}
	return decimal.NewFromBigInt(g.coef(), int32(g.r.IntN(61)-30)) //nolint:gosec // a small seeded random value, in range by construction
}

// ratPlain writes d in plain notation by a route of its own, for checking
// Format: the exact rational coefficient * 10^exponent, written by
// big.Rat.FloatString with as many places as the exponent asks, then
// trailing zeros and a bare point cut.
func ratPlain(d decimal.Decimal) string {
	e := int64(d.Exponent())
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(max(e, -e)), nil)
	if e >= 0 {
		return new(big.Int).Mul(d.Coefficient(), p).String()
	}
	s := new(big.Rat).SetFrac(d.Coefficient(), p).FloatString(int(-e))
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func same(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

func show(x decimal.Decimal) string {
	return x.Coefficient().String() + "e" + strconv.Itoa(int(x.Exponent()))
}

const generated = 200000

func TestFastPathsMatchBig(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(4, 16))} //nolint:gosec // a fixed seed, so that the inputs repeat
	modes := [...]Mode{HalfEven, Floor, Ceil}
	var quoTaken, mulTaken, trimTaken, cmpTaken int
	for range generated {
		a, b, m := g.dec(), g.dec(), modes[g.r.IntN(len(modes))]
		if g.r.IntN(8) == 0 { // small divisors make ties
			b = decimal.New([...]int64{2, 4, 5, 8, 20, 25, -2}[g.r.IntN(7)], int32(g.r.IntN(5)-2)) //nolint:gosec // a small seeded random value, in range by construction
		}
		if b.Sign() != 0 {
			if got, exact, ok := quoFast(a, b, m); ok {
				quoTaken++
				want, wexact := quoBig(a, b, m)
				if !same(got, want) || exact != wexact {
					t.Fatalf("quo(%s, %s, %d): fast %s %v, big %s %v", show(a), show(b), m, show(got), exact, show(want), wexact)
				}
			}
		}
		if got, exact, ok := mulFast(a, b, m); ok {
			mulTaken++
			want, wexact := mulBig(a, b, m)
			if !same(got, want) || exact != wexact {
				t.Fatalf("mul(%s, %s, %d): fast %s %v, big %s %v", show(a), show(b), m, show(got), exact, show(want), wexact)
			}
		}
		if g.r.IntN(4) == 0 { // near exponents, so that Cmp aligns them
			b = decimal.NewFromBigInt(b.Coefficient(), a.Exponent()+int32(g.r.IntN(7)-3)) //nolint:gosec // a small seeded random value, in range by construction
		}
		// Cmp, whichever path it takes.
		if got, want := Cmp(a, b), a.Cmp(b); got != want {
			t.Fatalf("Cmp(%s, %s) = %d, decimal %d", show(a), show(b), got, want)
		}
		if got, ok := cmpFast(a, b); ok {
			cmpTaken++
			if want := a.Cmp(b); got != want {
				t.Fatalf("cmp(%s, %s): fast %d, decimal %d", show(a), show(b), got, want)
			}
			if want := a.Cmp(a); Cmp(a, a) != want {
				t.Fatalf("cmp(%s, itself) != 0", show(a))
			}
		}
		// Format, whichever path it takes, against big.Rat.
		if got, want := Format(a), ratPlain(a); got != want {
			t.Fatalf("Format(%s) = %q, big.Rat %q", show(a), got, want)
		}
		if got, ok := trimFast(a); ok {
			trimTaken++
			if want := trimBig(a); !same(got, want) {
				t.Fatalf("trim(%s): fast %s, big %s", show(a), show(got), show(want))
			}
			if got, want := Format(a), formatBig(a); got != want {
				t.Fatalf("format(%s): fast %q, big %q", show(a), got, want)
			}
		}
	}
	t.Logf("fast paths taken in %d draws: quo %d, mul %d, trim %d, cmp %d",
		generated, quoTaken, mulTaken, trimTaken, cmpTaken)
	// About 18 in 20 digit counts fit the fast paths, so most inputs take
	// them; products of 36 digits and more do not.
	for name, n := range map[string]int{
		"quo": quoTaken, "mul": mulTaken, "trim": trimTaken, "cmp": cmpTaken,
	} {
		if n < generated/2 {
			t.Errorf("%s: fast path taken %d times of %d; the generator lost its shape", name, n, generated)
		}
	}
}

func TestNDigits(t *testing.T) {
	for _, c := range []struct {
		u    uint64
		want int
	}{
		{0, 1}, {9, 1}, {10, 2}, {99, 2}, {100, 3},
		{999999999999999999, 18}, {1e18, 19}, {1e19, 20}, {1<<64 - 1, 20},
	} {
		if got := ndigits(c.u); got != c.want {
			t.Errorf("ndigits(%d) = %d, want %d", c.u, got, c.want)
		}
	}
	// (10^19-1)^2 < 10^38 has 38 digits; 10^19*10 = 10^20 has 21;
	// 2^32*2^32 = 2^64 = 18446744073709551616 has 20; 10^18*10^18 = 10^36
	// has 37; (10^18-1)^2 has 36.
	for _, c := range []struct {
		a, b uint64
		want int
	}{
		{1e19 - 1, 1e19 - 1, 38}, {1e19, 10, 21}, {1 << 32, 1 << 32, 20}, {1e18, 1e18, 37}, {1e18 - 1, 1e18 - 1, 36},
	} {
		hi, lo := mulU(c.a, c.b)
		if got := ndigits128(hi, lo); got != c.want {
			t.Errorf("ndigits128(%d*%d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func mulU(a, b uint64) (uint64, uint64) {
	p := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
	lo := new(big.Int).And(p, new(big.Int).SetUint64(1<<64-1)).Uint64()
	return new(big.Int).Rsh(p, 64).Uint64(), lo
}

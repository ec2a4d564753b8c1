package exact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// rounded is what a test sees of Round's result: the coefficient and
// exponent as Round builds them (so that trailing zeros show), and
// whether the rounding was exact.
type rounded struct {
	Coef  string
	Exp   int32
	Exact bool
}

func roundedOf(d decimal.Decimal, exact bool) rounded {
	return rounded{Coef: d.Coefficient().String(), Exp: d.Exponent(), Exact: exact}
}

func TestRound(t *testing.T) {
	bigInt := func(s string) Q { // an integer written in decimal digits
		d, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		return Dec(d)
	}
	tests := []struct {
		name                string
		q                   Q
		halfEven, floor, ce rounded
	}{
		// 1/3 = 0.3333333333333333|33...: the 17th digit is 3
		{"1/3", ratio(1, 3),
			rounded{"3333333333333333", -16, false}, rounded{"3333333333333333", -16, false}, rounded{"3333333333333334", -16, false}},
		// 2/3 = 0.6666666666666666|66...: the 17th digit is 6, up
		{"2/3", ratio(2, 3),
			rounded{"6666666666666667", -16, false}, rounded{"6666666666666666", -16, false}, rounded{"6666666666666667", -16, false}},
		// negative: Floor goes away from zero, Ceil toward it
		{"-2/3", ratio(-2, 3),
			rounded{"-6666666666666667", -16, false}, rounded{"-6666666666666667", -16, false}, rounded{"-6666666666666666", -16, false}},
		// 1.234567890123456|5 is a tie: the 16th digit 6 is even, it stays
		{"tie to even, down", ratio(12345678901234565, 1e16),
			rounded{"1234567890123456", -15, false}, rounded{"1234567890123456", -15, false}, rounded{"1234567890123457", -15, false}},
		// 1.234567890123457|5: the 16th digit 7 is odd, up to 8
		{"tie to even, up", ratio(12345678901234575, 1e16),
			rounded{"1234567890123458", -15, false}, rounded{"1234567890123457", -15, false}, rounded{"1234567890123458", -15, false}},
		{"negative tie", ratio(-12345678901234565, 1e16),
			rounded{"-1234567890123456", -15, false}, rounded{"-1234567890123457", -15, false}, rounded{"-1234567890123456", -15, false}},
		// exact values, trailing zeros removed: 1/8 = 0.125, 100 = 1e2
		{"1/8", ratio(1, 8), rounded{"125", -3, true}, rounded{"125", -3, true}, rounded{"125", -3, true}},
		{"100", Int(100), rounded{"1", 2, true}, rounded{"1", 2, true}, rounded{"1", 2, true}},
		{"1e16", Int(1e16), rounded{"1", 16, true}, rounded{"1", 16, true}, rounded{"1", 16, true}},
		{"16 nines", Int(9999999999999999), rounded{"9999999999999999", 0, true}, rounded{"9999999999999999", 0, true}, rounded{"9999999999999999", 0, true}},
		// 123456789012345678 = 1234567890123456|78 × 10^2: the small path
		// with a positive scale
		{"18 digits", Int(123456789012345678),
			rounded{"1234567890123457", 2, false}, rounded{"1234567890123456", 2, false}, rounded{"1234567890123457", 2, false}},
		{"-18 digits", Int(-123456789012345678),
			rounded{"-1234567890123457", 2, false}, rounded{"-1234567890123457", 2, false}, rounded{"-1234567890123456", 2, false}},
		// 9999999999999999.5 is a tie on an odd digit: up, carrying into
		// a 17th digit, 10^16
		{"carry", ratio(19999999999999999, 2),
			rounded{"1", 16, false}, rounded{"9999999999999999", 0, false}, rounded{"1", 16, false}},
		// the int64 limits: 9223372036854775|807 and the negative
		// 9223372036854775|808, which is held in the big form
		{"maxI", Int(maxI),
			rounded{"9223372036854776", 3, false}, rounded{"9223372036854775", 3, false}, rounded{"9223372036854776", 3, false}},
		{"minI", Int(minI),
			rounded{"-9223372036854776", 3, false}, rounded{"-9223372036854776", 3, false}, rounded{"-9223372036854775", 3, false}},
		// 1/(2^63-1) = 1.084202172485504|434...e-19: small, but the scale
		// 10^34 does not fit 64 bits, so the big path
		{"1/maxI", ratio(1, maxI),
			rounded{"1084202172485504", -34, false}, rounded{"1084202172485504", -34, false}, rounded{"1084202172485505", -34, false}},
		// the big path: 10^20/3 = 3333333333333333|3333.33...
		{"1e20/3", bigInt("100000000000000000000").Quo(Int(3)),
			rounded{"3333333333333333", 4, false}, rounded{"3333333333333333", 4, false}, rounded{"3333333333333334", 4, false}},
		// 10^20 + 5 = 1000000000000000|00005: below half, so 10^20
		{"1e20+5", bigInt("100000000000000000005"),
			rounded{"1", 20, false}, rounded{"1", 20, false}, rounded{"1000000000000001", 5, false}},
		{"-(1e20+5)", bigInt("-100000000000000000005"),
			rounded{"-1", 20, false}, rounded{"-1000000000000001", 5, false}, rounded{"-1", 20, false}},
		// big ties: 1000000000000000|5 × 10^4 stays on the even 0;
		// 1000000000000001|5 × 10^4 goes up to the even 2
		{"big tie, even", bigInt("100000000000000050000"),
			rounded{"1", 20, false}, rounded{"1", 20, false}, rounded{"1000000000000001", 5, false}},
		{"big tie, odd", bigInt("100000000000000150000"),
			rounded{"1000000000000002", 5, false}, rounded{"1000000000000001", 5, false}, rounded{"1000000000000002", 5, false}},
		// 10^21 - 1, 21 nines: half-even carries to 10^21
		{"1e21-1", bigInt("999999999999999999999"),
			rounded{"1", 21, false}, rounded{"9999999999999999", 5, false}, rounded{"1", 21, false}},
		// 12345678901234560000 needs the big form and is exact at 16
		// digits: 1234567890123456 × 10^4
		{"big exact", bigInt("12345678901234560000"),
			rounded{"1234567890123456", 4, true}, rounded{"1234567890123456", 4, true}, rounded{"1234567890123456", 4, true}},
		// 1/(3 × 10^30) = 3.333333333333333|33...e-31
		{"1/3e30", ratio(1, 3).Quo(Dec(decimal.New(1, 30))),
			rounded{"3333333333333333", -46, false}, rounded{"3333333333333333", -46, false}, rounded{"3333333333333334", -46, false}},
		// -7 × 10^30 / 3 = -2.333333333333333|33...e30
		{"-7e30/3", Dec(decimal.New(-7, 30)).Quo(Int(3)),
			rounded{"-2333333333333333", 15, false}, rounded{"-2333333333333334", 15, false}, rounded{"-2333333333333333", 15, false}},
		{"0", Q{}, rounded{"0", 0, true}, rounded{"0", 0, true}, rounded{"0", 0, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range []struct {
				name string
				mode Mode
				want rounded
			}{{"HalfEven", HalfEven, tt.halfEven}, {"Floor", Floor, tt.floor}, {"Ceil", Ceil, tt.ce}} {
				if diff := cmp.Diff(m.want, roundedOf(Round(tt.q, m.mode))); diff != "" {
					t.Errorf("%s (-want +got):\n%s", m.name, diff)
				}
			}
		})
	}
}

func TestRoundRatio(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		n, d string
		m    Mode
		want string
	}{
		{"1", "3", HalfEven, "0.3333333333333333"},
		{"2", "3", HalfEven, "0.6666666666666667"},
		{"2", "3", Floor, "0.6666666666666666"},
		{"-2", "3", Ceil, "-0.6666666666666666"},
		{"2", "-3", HalfEven, "-0.6666666666666667"},
		{"0", "7", HalfEven, "0"},
		// 75.2e9 * 15e9 / 105.5e9 = 10691943127.962085...: the report's
		// imports at its implied rate
		{"1128000000000000000000", "105500000000", HalfEven, "10691943127.96209"},
		// 20 digits over 3: 4115226300411522630, half to even at 16
		{"12345678901234567890", "3", HalfEven, "4115226300411523000"},
		// an exponent gap beyond 10^18: 10^30 / 7 = 1.42857142857142857...e29
		{"1000000000000000000000000000000", "7", HalfEven, "142857142857142900000000000000"},
		// 10000000000000000.05: the 17th digit and beyond round down
		{"200000000000000001", "20", HalfEven, "10000000000000000"},
	}
	for _, tt := range tests {
		got := RoundRatio(d(tt.n), d(tt.d), tt.m)
		if !got.Equal(d(tt.want)) {
			t.Errorf("RoundRatio(%s, %s, %d) = %s, want %s", tt.n, tt.d, tt.m, got, tt.want)
		}
	}
}

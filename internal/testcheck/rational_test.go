package testcheck

import (
	"math/big"
	"testing"
)

// TestRound checks the reference rounding itself on hand-worked cases at
// Sig = 16 significant digits.
func TestRound(t *testing.T) {
	rat := func(s string) *big.Rat {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("bad literal %q", s)
		}
		return r
	}
	cases := []struct {
		x    string
		m    Mode
		want string
		same bool
	}{
		// 16 digits already: nothing to round.
		{"1234567890123456", HalfEven, "1234567890123456", true},
		{"-0.15", Floor, "-0.15", true},
		// A tie goes to the even 16th digit: ...56.5 -> ...56, ...57.5 -> ...58.
		{"1234567890123456.5", HalfEven, "1234567890123456", false},
		{"1234567890123457.5", HalfEven, "1234567890123458", false},
		{"-1234567890123457.5", HalfEven, "-1234567890123458", false},
		// A negative tie whose floor, ...57, is odd: up to the even ...56.
		{"-1234567890123456.5", HalfEven, "-1234567890123456", false},
		// Above and below the tie.
		{"1234567890123456.51", HalfEven, "1234567890123457", false},
		{"1234567890123456.49", HalfEven, "1234567890123456", false},
		// 2/3 = 0.6666666666666666|66...: nearest is ...667, floor ...666.
		{"2/3", HalfEven, "6666666666666667/10000000000000000", false},
		{"2/3", Floor, "6666666666666666/10000000000000000", false},
		{"2/3", Ceil, "6666666666666667/10000000000000000", false},
		// Floor and Ceil on a negative number move toward and away from -inf.
		{"-2/3", Floor, "-6666666666666667/10000000000000000", false},
		{"-2/3", Ceil, "-6666666666666666/10000000000000000", false},
		// Magnitude crossing: 9999999999999999.5 rounds up to 1e16.
		{"9999999999999999.5", HalfEven, "10000000000000000", false},
	}
	for _, c := range cases {
		got, same := Round(rat(c.x), c.m)
		if got.Cmp(rat(c.want)) != 0 || same != c.same {
			t.Errorf("Round(%s, %v) = %s, %v; want %s, %v", c.x, c.m, got.RatString(), same, c.want, c.same)
		}
	}
}

package dec

import (
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormatBeyondLimits(t *testing.T) {
	// Beyond MaxExp, plain notation would need the exponent's count of
	// digits; Format writes coefficient and exponent instead, untrimmed.
	tests := []struct {
		name string
		d    decimal.Decimal
		want string
	}{
		{"exponent 1001", decimal.New(15, 1001), "15e1001"},
		{"exponent 2e9", decimal.New(-150, 2000000000), "-150e2000000000"},
		{"exponent -1001", decimal.New(7, -1001), "7e-1001"},
		// 1001 nines: length beyond MaxExp.
		{"1001 digits", decimal.RequireFromString(strings.Repeat("9", 1001)), strings.Repeat("9", 1001) + "e0"},
		// The largest in-range values stay plain: 1 followed by 1000 zeros.
		{"exponent 1000", decimal.New(1, 1000), "1" + strings.Repeat("0", 1000)},
		{"exponent -1000", decimal.New(1, -1000), "0." + strings.Repeat("0", 999) + "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Format(tt.d); got != tt.want {
				t.Errorf("Format = %.40q..., want %.40q...", got, tt.want)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		d    decimal.Decimal
		want string
	}{
		{decimal.New(1, 1001), "with exponent 1001 and length 1"},
		{decimal.New(-12345, -2000), "with exponent -2000 and length 5"},
		{decimal.Decimal{}, "with exponent 0 and length 1"},
	}
	for _, tt := range tests {
		if got := Describe(tt.d); got != tt.want {
			t.Errorf("Describe(%d e %d) = %q, want %q", tt.d.Coefficient(), tt.d.Exponent(), got, tt.want)
		}
	}
}

func TestExp32Saturates(t *testing.T) {
	tests := []struct {
		in   int64
		want int32
	}{
		{0, 0},
		{-1000, -1000},
		{math.MaxInt32, math.MaxInt32},
		{math.MaxInt32 + 1, math.MaxInt32},
		{math.MinInt32, math.MinInt32},
		{math.MinInt32 - 1, math.MinInt32},
		{math.MaxInt64, math.MaxInt32},
	}
	for _, tt := range tests {
		if got := exp32(tt.in); got != tt.want {
			t.Errorf("exp32(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTrimAtMaxExponent(t *testing.T) {
	// 10 * 10^MaxInt32: trimming stops at the largest exponent instead of
	// wrapping around to a negative one.
	d := Trim(decimal.New(10, math.MaxInt32))
	if d.Coefficient().Int64() != 10 || d.Exponent() != math.MaxInt32 {
		t.Errorf("Trim(10e%d) = %se%d, want 10e%d", math.MaxInt32, d.Coefficient(), d.Exponent(), math.MaxInt32)
	}
}

func TestParseAcceptsWhatFormatWrites(t *testing.T) {
	// The extremes Format writes for decimals that pass Check.
	type parsed struct {
		coef string
		exp  int32
	}
	tests := []struct {
		name string
		in   string
		want parsed
	}{
		// 1e-1000: 999 zeros after the point, then 1.
		{"smallest exponent", "0." + strings.Repeat("0", 999) + "1", parsed{"1", -1000}},
		// 10 * 10^1000 has 1002 digits as an integer; 1000 of its 1001
		// trailing zeros move into the exponent.
		{"largest exponent", "1" + strings.Repeat("0", 1001), parsed{"10", 1000}},
		// 1000 nines then 1000 zeros: 9...9 * 10^1000.
		{"longest integer", strings.Repeat("9", 1000) + strings.Repeat("0", 1000), parsed{strings.Repeat("9", 1000), 1000}},
		{"negative", "-" + "5" + strings.Repeat("0", 1000), parsed{"-5", 1000}},
		// Up to MaxExp digits an integer keeps its digits as written.
		{"1000 digits", "1" + strings.Repeat("0", 999), parsed{"1" + strings.Repeat("0", 999), 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := (parsed{d.Coefficient().String(), d.Exponent()}); got != tt.want {
				t.Errorf("Parse = %.20se%d, want %.20se%d", got.coef, got.exp, tt.want.coef, tt.want.exp)
			}
		})
	}
	for _, in := range []string{
		"1" + strings.Repeat("0", 2000),        // 2001 digits: longer than Format writes
		"1" + strings.Repeat("0", 1001) + ".0", // a point keeps the digits as written: 1003 digits
		strings.Repeat("1", 1001) + "0",        // 1001 significant digits
		"1" + strings.Repeat("0", 1000) + "1",  // 1002 significant digits
		"0." + strings.Repeat("0", 1000) + "1", // exponent -1001
	} {
		if d, err := Parse(in); err == nil {
			t.Errorf("Parse(%.30q...) = %se%d, want ErrSyntax", in, d.Coefficient(), d.Exponent())
		}
	}
}

// TestParseAllocs checks Parse against decimal.NewFromString, which reads
// the same texts (and more) with no limits of its own: Parse may make one
// allocation more, for the copy NewFromBigInt makes of a coefficient over
// 18 digits; up to 18 it makes decimal.New's two (the big.Int and its
// one word), as NewFromString does.
func TestParseAllocs(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want float64 // Parse's allocations, or -1: at most NewFromString's plus one
	}{
		{"75200000000", 2},
		{"1434782608.695652", 2},
		{"-0.7127962085308057", 2},
		{"999999999999999999", 2}, // 18 digits, the most the fast path reads
		{"1234567890123456789", -1},
		{"12345678901234567890123.45", -1},
		{"1" + strings.Repeat("0", 40), -1},
	} {
		got := testing.AllocsPerRun(100, func() { _, _ = Parse(tc.s) })
		floor := testing.AllocsPerRun(100, func() { _, _ = decimal.NewFromString(tc.s) })
		if tc.want >= 0 && got != tc.want {
			t.Errorf("Parse(%q) makes %v allocations, want %v", tc.s, got, tc.want)
		}
		if got > floor+1 {
			t.Errorf("Parse(%q) makes %v allocations, NewFromString %v: more than one extra", tc.s, got, floor)
		}
		d, err := Parse(tc.s)
		want, _ := decimal.NewFromString(tc.s)
		if err != nil || !d.Equal(want) || d.Exponent() != want.Exponent() {
			t.Errorf("Parse(%q) = %v (exponent %d), %v; want %v (exponent %d)", tc.s, d, d.Exponent(), err, want, want.Exponent())
		}
	}
}

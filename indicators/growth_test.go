package indicators_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

func TestGrowth(t *testing.T) {
	tests := []struct {
		name           string
		prior, current string
		want           string
	}{
		// 15 / 100 = 0.15, exact.
		{"rise of 15 percent", "100", "115", "0.15"},
		// -50 / 200 = -0.25, exact.
		{"fall", "200", "150", "-0.25"},
		// -100 / 100 = -1.
		{"fall to zero", "100", "0", "-1"},
		// -150 / 100 = -1.5: only prior must be positive.
		{"negative current", "100", "-50", "-1.5"},
		{"no change", "7", "7", "0"},
		// 1 / 3 = 0.33333333333333333…, 16 digits half-even -> 0.3333333333333333.
		{"one third rounds down", "3", "4", "0.3333333333333333"},
		// 2 / 3 = 0.66666666666666666…, 16 digits half-even -> 0.6666666666666667.
		{"two thirds rounds up", "3", "5", "0.6666666666666667"},
		// 1.2345678901234565 has 17 digits and ends in a tie; the 16th
		// digit 6 is even, so it stays: 1.234567890123456.
		{"tie to even stays", "1", "2.2345678901234565", "1.234567890123456"},
		// 1.2345678901234575: the 16th digit 7 is odd, so it rises: …458.
		{"tie to even rises", "1", "2.2345678901234575", "1.234567890123458"},
		// 99999999999999999999 (20 nines) rounds up to 1e20 with a carry.
		{"carry out of the last digit", "1", "100000000000000000000", "100000000000000000000"},
		// (1 - 0.000001) / 0.000001 = 999999, exact.
		{"small prior", "0.000001", "1", "999999"},
		// 215217391.304348 / 1434782608.695652 = 0.15000000000000013939…,
		// half-even -> 0.1500000000000001.
		{"foreign capital 2018 to 2019", "1434782608.695652", "1650000000", "0.1500000000000001"},
		// (30.3e9 - 34195562537.44089) / 34195562537.44089
		// = -3895562537.44089 / 34195562537.44089 = -0.11392011852928634741…,
		// half-even -> -0.1139201185292863.
		{"exports 2018 to 2019", "34195562537.44089", "30300000000", "-0.1139201185292863"},
		// -2/3 = -0.6666…67, half-even -> -0.6666666666666667.
		{"minus two thirds", "3", "1", "-0.6666666666666667"},
		// -6/7 = -0.857142857142857142…, half-even -> -0.8571428571428571.
		{"minus six sevenths", "7", "1", "-0.8571428571428571"},
		// -303/1055 = -0.287203791469194312…, half-even -> -0.2872037914691943.
		{"imports over total", "1055", "752", "-0.2872037914691943"},
		// -29/30 = -0.96666…, half-even -> -0.9666666666666667.
		{"minus twenty-nine thirtieths", "30", "1", "-0.9666666666666667"},
		// 1e-20 - 1 = -0.99999999999999999999, half-even -> -1.
		{"near minus one", "1", "0.00000000000000000001", "-1"},
		// (1 - 5) / 5 = -0.8, exact.
		{"fall from 5 to 1", "5", "1", "-0.8"},
		// (2 - 0.001) / 0.001 = 1999.
		{"from a small prior", "0.001", "2", "1999"},
		// (1 - 1e-7) / 1e-7 = 9999999.
		{"from a tiny prior", "0.0000001", "1", "9999999"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := indicators.Growth(dec(tc.prior), dec(tc.current))
			if err != nil {
				t.Fatalf("Growth(%s, %s) error: %v", tc.prior, tc.current, err)
			}
			if diff := cmp.Diff(tc.want, shenyang.FormatDecimal(g)); diff != "" {
				t.Errorf("Growth(%s, %s) (-want +got):\n%s", tc.prior, tc.current, diff)
			}
		})
	}
}

func TestGrowthErrors(t *testing.T) {
	const op = "indicators.Growth"
	type test struct {
		name           string
		prior, current decimal.Decimal
		want           testcheck.Failure
	}
	tests := []test{
		{"zero prior", decimal.Decimal{}, dec("1"), testcheck.VE(op, "prior", "0", shenyang.ErrNotPositive)},
		{"negative prior", dec("-5"), dec("1"), testcheck.VE(op, "prior", "-5", shenyang.ErrNotPositive)},
		{"tiny negative prior", dec("-0.001"), dec("-0.002"), testcheck.VE(op, "prior", "-0.001", shenyang.ErrNotPositive)},
	}
	for _, o := range testcheck.OutOfRange() {
		tests = append(tests,
			test{"prior " + o.Name, o.D, dec("1"), testcheck.VE(op, "prior", o.Desc, shenyang.ErrOutOfRange)},
			test{"current " + o.Name, dec("1"), o.D, testcheck.VE(op, "current", o.Desc, shenyang.ErrOutOfRange)})
	}
	// Both arguments are inside the range, the result is not:
	// (4e999 - 1e-999) / 1e-999 = 4e1998 - 1, which rounds to 16 digits
	// as 4e1998, an exponent of 1998.
	tests = append(tests, test{"result out of range", decimal.New(1, -999), decimal.New(4, 999),
		testcheck.VE(op, "result", "with exponent 1998 and length 1", shenyang.ErrOutOfRange)})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := indicators.Growth(tc.prior, tc.current)
			testcheck.Err(t, err, tc.want)
			if !g.IsZero() {
				t.Errorf("Growth returned %s with the error, want 0", shenyang.FormatDecimal(g))
			}
		})
	}
}

// TestBadInputIndicators lists every exported function of the package that
// takes caller input, with its error cases.
func TestBadInputIndicators(t *testing.T) {
	n := func(coef int64, exp int32) decimal.Decimal { return decimal.New(coef, exp) }
	huge := n(1, 1001)
	const outOfRange = "with exponent 1001 and length 1"
	VE := testcheck.VE
	type call = func() (any, error)
	pair := func(v any, err error) (any, error) { return v, err }
	growth := func(p, c decimal.Decimal) call { return func() (any, error) { return pair(indicators.Growth(p, c)) } }
	const g = "indicators.Growth"
	cases := []struct {
		name string
		call call
		want testcheck.Failure
	}{
		// Growth: zero and negative bases, decimals out of range.
		{"Growth zero prior", growth(n(0, 0), n(1, 0)), VE(g, "prior", "0", shenyang.ErrNotPositive)},
		{"Growth zero prior with exponent", growth(n(0, -3), n(1, 0)), VE(g, "prior", "0", shenyang.ErrNotPositive)},
		{"Growth negative prior", growth(n(-15, -1), n(1, 0)), VE(g, "prior", "-1.5", shenyang.ErrNotPositive)},
		{"Growth huge prior", growth(huge, n(1, 0)), VE(g, "prior", outOfRange, shenyang.ErrOutOfRange)},
		{"Growth huge current", growth(n(1, 0), huge), VE(g, "current", outOfRange, shenyang.ErrOutOfRange)},
		// (1e600 - 1e-600) / 1e-600 = 1e1200 - 1, which rounds to 1e1200.
		{"Growth huge result", growth(n(1, -600), n(1, 600)), VE(g, "result", "with exponent 1200 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			testcheck.Err(t, err, tt.want)
			if !reflect.ValueOf(got).IsZero() {
				t.Errorf("returned %v with the error, want the zero value", got)
			}
		})
	}
	if len(cases) != 6 {
		t.Errorf("%d cases, want 6", len(cases))
	}
}

// TestGrowthRoundsOnce pins the cases the fuzz targets found in an
// earlier GrowthRange, which subtracted 1 exactly from a quotient rounded to
// 16 digits: Growth rounds (current - prior)/prior once, at the end.
func TestGrowthRoundsOnce(t *testing.T) {
	tests := []struct {
		name           string
		prior, current decimal.Decimal
		want           decimal.Decimal
	}{
		// From 1 to 1e20 the growth is 1e20 - 1 = 99999999999999999999,
		// which rounds half to even at 16 digits to 1e20.
		{"power of ten", decimal.New(1, 0), decimal.New(1, 20), decimal.New(1, 20)},
		// From 6.9e-632 to 2.4e374: the growth (2.4e374 - 6.9e-632) /
		// 6.9e-632 = 3.4782608695652173913...e1005 minus a tiny amount,
		// rounded once to 16 digits: 3478260869565217e990.
		{"long intermediate", decimal.New(69, -633), decimal.New(24, 373), decimal.New(3478260869565217, 990)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := indicators.Growth(tt.prior, tt.current)
			if err != nil {
				t.Fatal(err)
			}
			if !g.Equal(tt.want) {
				t.Errorf("Growth = %s, want %s", shenyang.FormatDecimal(g), shenyang.FormatDecimal(tt.want))
			}
		})
	}
}

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

func TestPrior(t *testing.T) {
	tests := []struct {
		name            string
		current, growth string
		want            string
	}{
		// 1.65e9 / 1.15 = 1434782608.695652173913…, half-even -> 1434782608.695652.
		{"foreign capital", "1650000000", "0.15", "1434782608.695652"},
		// 105.5e9 / 1.072 = 98414179104.477611940298…, half-even -> 98414179104.47761.
		{"trade total", "105500000000", "0.072", "98414179104.47761"},
		// 75.2e9 / 1.171 = 64218616567.036720751494…, half-even -> 64218616567.03672.
		{"imports", "75200000000", "0.171", "64218616567.03672"},
		// 115 / 1.15 = 100, exact.
		{"exact", "115", "0.15", "100"},
		{"no growth", "42", "0", "42"},
		// 75 / 0.75 = 100, exact.
		{"fall", "75", "-0.25", "100"},
		// 1 / 0.001 = 1000: a fall of 99.9 percent.
		{"steep fall", "1", "-0.999", "1000"},
		// 4 / 1.3333333333333333 = 3.000000000000000075, half-even -> 3.
		{"back from a rounded third", "4", "0.3333333333333333", "3"},
		// 1.2345678901234565 / 1: a tie at the 17th digit, 6 stays even.
		{"tie to even stays", "1.2345678901234565", "0", "1.234567890123456"},
		// 1.2345678901234575 / 1: 7 is odd, so it rises to 8.
		{"tie to even rises", "1.2345678901234575", "0", "1.234567890123458"},
		// 1 / 3 = 0.333…: 1 / (1 + 2).
		{"tripled", "1", "2", "0.3333333333333333"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := indicators.Prior(dec(tc.current), dec(tc.growth))
			if err != nil {
				t.Fatalf("Prior(%s, %s) error: %v", tc.current, tc.growth, err)
			}
			if diff := cmp.Diff(tc.want, shenyang.FormatDecimal(p)); diff != "" {
				t.Errorf("Prior(%s, %s) (-want +got):\n%s", tc.current, tc.growth, diff)
			}
		})
	}
}

func TestPriorErrors(t *testing.T) {
	const op = "indicators.Prior"
	type test struct {
		name            string
		current, growth decimal.Decimal
		want            testcheck.Failure
	}
	tests := []test{
		{"zero current", decimal.Decimal{}, dec("0.1"), testcheck.VE(op, "current", "0", shenyang.ErrNotPositive)},
		{"negative current", dec("-1"), dec("0.1"), testcheck.VE(op, "current", "-1", shenyang.ErrNotPositive)},
		{"growth of -1", dec("100"), dec("-1"), testcheck.VE(op, "growth", "-1", shenyang.ErrGrowthTooLow)},
		{"growth of -1.000", dec("100"), dec("-1.000"), testcheck.VE(op, "growth", "-1", shenyang.ErrGrowthTooLow)},
		{"growth below -1", dec("100"), dec("-1.5"), testcheck.VE(op, "growth", "-1.5", shenyang.ErrGrowthTooLow)},
		{"growth just below -1", dec("100"), dec("-1.0000000000000000000001"), testcheck.VE(op, "growth", "-1.0000000000000000000001", shenyang.ErrGrowthTooLow)},
		{"growth of -100", dec("100"), dec("-100"), testcheck.VE(op, "growth", "-100", shenyang.ErrGrowthTooLow)},
	}
	for _, o := range testcheck.OutOfRange() {
		tests = append(tests,
			test{"current " + o.Name, o.D, dec("0.1"), testcheck.VE(op, "current", o.Desc, shenyang.ErrOutOfRange)},
			test{"growth " + o.Name, dec("1"), o.D, testcheck.VE(op, "growth", o.Desc, shenyang.ErrOutOfRange)})
	}
	// 1e1000 / (1 - 0.9999) = 1e1000 / 1e-4 = 1e1004: the arguments are
	// inside the range, the result is not.
	tests = append(tests, test{"result out of range", decimal.New(1, 1000), dec("-0.9999"),
		testcheck.VE(op, "result", "with exponent 1004 and length 1", shenyang.ErrOutOfRange)})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := indicators.Prior(tc.current, tc.growth)
			testcheck.Err(t, err, tc.want)
			if !p.IsZero() {
				t.Errorf("Prior returned %s with the error, want 0", shenyang.FormatDecimal(p))
			}
		})
	}
}

// TestRoundTrip checks that Prior inverts Growth and Growth inverts Prior
// within rounding. Each function rounds once, to 16 significant digits,
// so for growth between -0.5 and 10 the value comes back within a relative
// 2e-15; where both roundings are exact it comes back unchanged.
func TestRoundTrip(t *testing.T) {
	tol := dec("0.000000000000002") // 2e-15
	within := func(got, want decimal.Decimal) bool {
		return got.Sub(want).Abs().Cmp(want.Abs().Mul(tol)) <= 0
	}
	tests := []struct {
		name           string
		prior, current string
		exact          bool
	}{
		{"exact 15 percent", "100", "115", true},
		{"exact fall", "200", "150", true},
		// Growth = 0.1500000000000001 (see TestGrowth); 1.65e9 / 1.1500000000000001
		// = 1434782608.69565204914…, half-even -> 1434782608.695652: the base.
		{"foreign capital 2018", "1434782608.695652", "1650000000", true},
		// Growth = 0.3333333333333333; 4 / 1.3333333333333333 -> 3 (see TestPrior).
		{"thirds", "3", "4", true},
		{"trade total 2018", "98414179104.47761", "105500000000", false},
		{"imports 2018", "64218616567.03672", "75200000000", false},
		{"exports 2018", "34195562537.44089", "30300000000", false},
		{"sevenths", "7", "5", false},
		{"small values", "0.000123", "0.000456", false},
		{"tenfold", "0.3", "3.3", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prior, current := dec(tc.prior), dec(tc.current)
			g, err := indicators.Growth(prior, current)
			if err != nil {
				t.Fatalf("Growth(%s, %s) error: %v", tc.prior, tc.current, err)
			}
			back, err := indicators.Prior(current, g)
			if err != nil {
				t.Fatalf("Prior(%s, %s) error: %v", tc.current, shenyang.FormatDecimal(g), err)
			}
			if tc.exact && !back.Equal(prior) || !within(back, prior) {
				t.Errorf("Prior(%s, Growth(%s, %s)) = %s, want %s", tc.current, tc.prior, tc.current, shenyang.FormatDecimal(back), tc.prior)
			}
			g2, err := indicators.Growth(back, current)
			if err != nil {
				t.Fatalf("Growth(%s, %s) error: %v", shenyang.FormatDecimal(back), tc.current, err)
			}
			if tc.exact && !g2.Equal(g) || !within(g2, g) {
				t.Errorf("Growth(Prior(…), %s) = %s, want %s", tc.current, shenyang.FormatDecimal(g2), shenyang.FormatDecimal(g))
			}
		})
	}
}

func TestGrowthRange(t *testing.T) {
	tests := []struct {
		name           string
		prior, current string
		want           string
	}{
		// [150/200 - 1, 300/100 - 1] = [-0.25, 2], exact and closed.
		{"exact", "[100, 200]", "[150, 300]", "[-0.25, 2]"},
		// Exact bounds keep their operands' openness: 150/200 from two
		// closed ends stays closed, 300/100 from two open ones is open.
		{"open operands", "[100, 200]", "[150, 300)", "[-0.25, 2]"},
		// 4/3 = 1.3333…: floor 1.333333333333333, ceil 1.333333333333334,
		// both moved by rounding and so closed; minus 1 exactly.
		// (4 - 3)/3 = 0.3333…: floor 0.3333333333333333, ceil
		// 0.3333333333333334, 16 significant digits of the growth itself.
		{"rounded bounds closed", "[3, 3]", "[4, 4]", "[0.3333333333333333, 0.3333333333333334]"},
		// Rounded bounds are closed even when the operands' are open:
		// (4 - 3.5)/3.5 = 0.142857142857142857… floor -> 0.1428571428571428
		// and (5 - 3)/3 = 0.666… ceil -> 0.6666666666666667.
		{"rounded bounds from open operands", "(3, 3.5)", "(4, 5)", "[0.1428571428571428, 0.6666666666666667]"},
		// -4/3 = -1.3333…: floor -1.333333333333334, ceil -1.333333333333333.
		{"rounded negative bounds", "[3, 3]", "[-4, -4]", "[-2.333333333333334, -2.333333333333333]"},
		{"no change", "[50, 50]", "[50, 50]", "[0, 0]"},
		// 100/200 - 1 = -0.5 open (100 is open); no upper bound.
		{"current one-sided above", "[100, 200]", "(100, +inf)", "[-0.5, +inf)"},
		// 300/100 - 1 = 2; no lower bound.
		{"current one-sided below", "[100, 200]", "(-inf, 300]", "(-inf, 2]"},
		// 150/+inf tends to 0, never reached: -1 open; 150/100 - 1 = 0.5.
		{"prior one-sided", "[100, +inf)", "[150, 150]", "[-1, 0.5]"},
		// low: min(100/100 open, 100/+inf -> 0 open) = 0 open, minus 1.
		{"both one-sided", "(100, +inf)", "(100, +inf)", "[-1, +inf)"},
		// 30.2e9 / 34358238686.77642 = 0.87897404390589973948… floor -> 0.8789740439058997,
		// 30.4e9 / 34032912836.84277 = 0.89325295621155550289… ceil  -> 0.8932529562115556,
		// minus 1: -0.1210259560941003 and -0.1067470437884444, closed
		// because rounded, though the prior's bounds are open.
		{"exports 2018 to 2019", "(34032912836.84277, 34358238686.77642)", "[30200000000, 30400000000]",
			"[-0.1210259560941003, -0.1067470437884444]"},
		// [1.145 / 1 - 1, 1.155 / 1 - 1]: the printed growth comes back.
		{"printed growth", "[1, 1]", "[1.145, 1.155]", "[0.145, 0.155]"},
		// Every value of (0, 5] is positive (issue 11, item 6). Growth
		// falls with the prior: (1 - 5) / 5 = -0.8, closed; 2 / p - 1 grows
		// without bound as p tends to 0.
		{"prior open at zero", "(0, 5]", "[1, 2]", "[-0.8, +inf)"},
		// A negative current falls without bound as p tends to 0:
		// (-1 - 5) / 5 = -1.2 is the upper bound.
		{"prior open at zero, negative current", "(0, 5]", "[-2, -1]", "(-inf, -1.2]"},
		// A current of 0 is a growth of -1 over any prior: the upper bound
		// at p near 0 is -1, reached, so closed.
		{"prior open at zero, current up to zero", "(0, 5]", "[-1, 0]", "(-inf, -1]"},
		// (0 - 5) / 5 = -1 from the closed 0.
		{"prior open at zero, current from zero", "(0, 5]", "[0, 1]", "[-1, +inf)"},
		// 1 / +inf - 1 tends to -1, closed as before; 2 / 0+ grows without
		// bound.
		{"prior (0, +inf)", "(0, +inf)", "[1, 2]", "[-1, +inf)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := indicators.GrowthRange(testcheck.MustRange(tc.prior), testcheck.MustRange(tc.current))
			if err != nil {
				t.Fatalf("GrowthRange(%s, %s) error: %v", tc.prior, tc.current, err)
			}
			if diff := cmp.Diff(tc.want, testcheck.ShowRange(r)); diff != "" {
				t.Errorf("GrowthRange(%s, %s) (-want +got):\n%s", tc.prior, tc.current, diff)
			}
		})
	}
}

func TestGrowthRangeErrors(t *testing.T) {
	const op = "indicators.GrowthRange"
	tests := []struct {
		name           string
		prior, current shenyang.Range
		want           testcheck.Failure
	}{
		{"unset prior", shenyang.Range{}, testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "", shenyang.ErrUnset)},
		{"unset current", testcheck.MustRange("[1, 2]"), shenyang.Range{}, testcheck.VE(op, "current", "", shenyang.ErrUnset)},
		{"both unset", shenyang.Range{}, shenyang.Range{}, testcheck.VE(op, "prior", "", shenyang.ErrUnset)},
		{"prior from zero", testcheck.MustRange("[0, 10]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "[0, 10]", shenyang.ErrNotPositive)},
		// Every value of (0, 10] is positive, but growth from it to a
		// current of either sign runs off to both infinities, which no
		// range holds (issue 11, item 6).
		{"prior open at zero, current across zero", testcheck.MustRange("(0, 10]"), testcheck.MustRange("[-1, 2]"), testcheck.VE(op, "result", "", shenyang.ErrUnbounded)},
		{"prior open at zero, current unbounded below", testcheck.MustRange("(0, 10]"), testcheck.MustRange("(-inf, 2]"), testcheck.VE(op, "result", "", shenyang.ErrUnbounded)},
		{"prior open below zero", testcheck.MustRange("(-1, 10]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "(-1, 10]", shenyang.ErrNotPositive)},
		{"prior zero", testcheck.MustRange("[0, 0]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "[0, 0]", shenyang.ErrNotPositive)},
		{"prior across zero", testcheck.MustRange("[-5, 5]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "[-5, 5]", shenyang.ErrNotPositive)},
		{"prior negative", testcheck.MustRange("[-10, -5]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "[-10, -5]", shenyang.ErrNotPositive)},
		{"prior unbounded below", testcheck.MustRange("(-inf, 5]"), testcheck.MustRange("[1, 2]"), testcheck.VE(op, "prior", "(-inf, 5]", shenyang.ErrNotPositive)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := indicators.GrowthRange(tc.prior, tc.current)
			testcheck.Err(t, err, tc.want)
			if !r.IsZero() {
				t.Errorf("GrowthRange returned %s with the error, want unset", testcheck.ShowRange(r))
			}
		})
	}
}

func TestPriorRange(t *testing.T) {
	tests := []struct {
		name            string
		current, growth string
		want            string
	}{
		// 1.645e9 / 1.155 = 1424242424.242424242424… floor -> 1424242424.242424;
		// 1.655e9 / 1.145 = 1445414847.161572052401… ceil  -> 1445414847.161573.
		// Both rounded, so closed.
		{"foreign capital", "[1645000000, 1655000000]", "[0.145, 0.155]", "[1424242424.242424, 1445414847.161573]"},
		// 105.45e9 / 1.0725 = 98321678321.678321678321… floor -> 98321678321.67832;
		// 105.55e9 / 1.0715 = 98506766215.585627624825… ceil  -> 98506766215.58563.
		{"trade total", "[105450000000, 105550000000]", "[0.0715, 0.0725]", "[98321678321.67832, 98506766215.58563]"},
		// 75.15e9 / 1.1715 = 64148527528.809218950064… floor -> 64148527528.80921;
		// 75.25e9 / 1.1705 = 64288765484.835540367364… ceil  -> 64288765484.83555.
		{"imports", "[75150000000, 75250000000]", "[0.1705, 0.1715]", "[64148527528.80921, 64288765484.83555]"},
		// [115 / 1.15, 230 / 1.15] = [100, 200], exact.
		{"exact", "[115, 230]", "[0.15, 0.15]", "[100, 200]"},
		// An exact bound keeps the openness of its operand.
		{"open operand", "(115, 230]", "[0.15, 0.15]", "[100, 200]"},
		// Factor [0.5, 2]: [100 / 2, 100 / 0.5] = [50, 200].
		{"growth across zero", "[100, 100]", "[-0.5, 1]", "[50, 200]"},
		// 100 / 1.2 = 83.3333… floor -> 83.33333333333333, closed because
		// rounded, though 100 is open; no upper bound.
		{"current one-sided", "(100, +inf)", "[0.1, 0.2]", "[83.33333333333333, +inf)"},
		// 100 / 1.25 = 80 exactly, from the open 100: open.
		{"current one-sided, exact", "(100, +inf)", "[0.1, 0.25]", "[80, +inf)"},
		// Factor (1.1, +inf): 110 / +inf tends to 0, 110 / 1.1 = 100 open.
		{"growth one-sided", "[110, 110]", "(0.1, +inf)", "(0, 100]"},
		{"both one-sided", "(100, +inf)", "(0.1, +inf)", "(0, +inf)"},
		// Every rate of (-1, 0.5] is above -1 (issue 11, item 6): the
		// factor (0, 1.5] gives 1 / 1.5 = 0.6666… floor ->
		// 0.6666666666666666, and 2 / f grows without bound as f tends
		// to 0.
		{"growth open at -1", "[1, 2]", "(-1, 0.5]", "[0.6666666666666666, +inf)"},
		// 110 / 1.1 = 100, closed like every non-zero bound of a quotient.
		{"growth open at -1 and below 0.1", "[110, 110]", "(-1, 0.1)", "[100, +inf)"},
		// Factor (0, +inf): 1 / +inf tends to 0, not reached.
		{"growth above -1", "[1, 2]", "(-1, +inf)", "(0, +inf)"},
		// Every value of (0, 10] is positive: 0 / 1.2 = 0, open as the
		// current's bound is; 10 / 1.1 = 9.0909… ceil -> 9.090909090909091.
		{"current open at zero", "(0, 10]", "[0.1, 0.2]", "(0, 9.090909090909091]"},
		{"both open at their limits", "(0, 10]", "(-1, 0.1]", "(0, +inf)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := indicators.PriorRange(testcheck.MustRange(tc.current), testcheck.MustRange(tc.growth))
			if err != nil {
				t.Fatalf("PriorRange(%s, %s) error: %v", tc.current, tc.growth, err)
			}
			if diff := cmp.Diff(tc.want, testcheck.ShowRange(r)); diff != "" {
				t.Errorf("PriorRange(%s, %s) (-want +got):\n%s", tc.current, tc.growth, diff)
			}
		})
	}
}

func TestPriorRangeErrors(t *testing.T) {
	const op = "indicators.PriorRange"
	tests := []struct {
		name            string
		current, growth shenyang.Range
		want            testcheck.Failure
	}{
		{"unset current", shenyang.Range{}, testcheck.MustRange("[0.1, 0.2]"), testcheck.VE(op, "current", "", shenyang.ErrUnset)},
		{"unset growth", testcheck.MustRange("[1, 2]"), shenyang.Range{}, testcheck.VE(op, "growth", "", shenyang.ErrUnset)},
		{"current from zero", testcheck.MustRange("[0, 10]"), testcheck.MustRange("[0.1, 0.2]"), testcheck.VE(op, "current", "[0, 10]", shenyang.ErrNotPositive)},
		{"current open below zero", testcheck.MustRange("(-1, 10]"), testcheck.MustRange("[0.1, 0.2]"), testcheck.VE(op, "current", "(-1, 10]", shenyang.ErrNotPositive)},
		{"current negative", testcheck.MustRange("[-10, -5]"), testcheck.MustRange("[0.1, 0.2]"), testcheck.VE(op, "current", "[-10, -5]", shenyang.ErrNotPositive)},
		{"current unbounded below", testcheck.MustRange("(-inf, 10]"), testcheck.MustRange("[0.1, 0.2]"), testcheck.VE(op, "current", "(-inf, 10]", shenyang.ErrNotPositive)},
		// The error's Value is the growth range the caller passed, not
		// 1 + growth.
		{"growth from -1", testcheck.MustRange("[1, 2]"), testcheck.MustRange("[-1, 0.1]"), testcheck.VE(op, "growth", "[-1, 0.1]", shenyang.ErrGrowthTooLow)},
		{"growth open below -1", testcheck.MustRange("[1, 2]"), testcheck.MustRange("(-1.5, 0.1]"), testcheck.VE(op, "growth", "(-1.5, 0.1]", shenyang.ErrGrowthTooLow)},
		{"growth below -1", testcheck.MustRange("[1, 2]"), testcheck.MustRange("[-3, -2]"), testcheck.VE(op, "growth", "[-3, -2]", shenyang.ErrGrowthTooLow)},
		{"growth unbounded below", testcheck.MustRange("[1, 2]"), testcheck.MustRange("(-inf, 0]"), testcheck.VE(op, "growth", "(-inf, 0]", shenyang.ErrGrowthTooLow)},
		{"growth exactly -1", testcheck.MustRange("[1, 2]"), shenyang.Exactly(dec("-1")), testcheck.VE(op, "growth", "[-1, -1]", shenyang.ErrGrowthTooLow)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := indicators.PriorRange(tc.current, tc.growth)
			testcheck.Err(t, err, tc.want)
			if !r.IsZero() {
				t.Errorf("PriorRange returned %s with the error, want unset", testcheck.ShowRange(r))
			}
		})
	}
}

// TestRangesOutOfRange checks that GrowthRange and PriorRange reject an
// operand beyond the module's decimal range (Exactly does not check its
// value) and a result beyond it. The error names the function and its
// argument, whatever inner range operation found the problem.
func TestRangesOutOfRange(t *testing.T) {
	huge := shenyang.Exactly(decimal.New(1, 2000))
	one := shenyang.Exactly(dec("1"))
	tests := []struct {
		name string
		f    func() (shenyang.Range, error)
		want testcheck.Failure
	}{
		{"GrowthRange prior", func() (shenyang.Range, error) { return indicators.GrowthRange(huge, one) },
			testcheck.VE("indicators.GrowthRange", "prior", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		{"GrowthRange current", func() (shenyang.Range, error) { return indicators.GrowthRange(one, huge) },
			testcheck.VE("indicators.GrowthRange", "current", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		// (1e1000 - 1e-1000) / 1e-1000 = 1e2000 - 1, floored to 16 digits:
		// 9999999999999999e1984, exponent 1984 and length 16.
		{"GrowthRange result", func() (shenyang.Range, error) {
			return indicators.GrowthRange(shenyang.Exactly(decimal.New(1, -1000)), shenyang.Exactly(decimal.New(1, 1000)))
		}, testcheck.VE("indicators.GrowthRange", "result", "with exponent 1984 and length 16", shenyang.ErrOutOfRange)},
		// PriorRange divides current by 1 + growth.
		{"PriorRange current", func() (shenyang.Range, error) { return indicators.PriorRange(huge, one) },
			testcheck.VE("indicators.PriorRange", "current", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		{"PriorRange growth", func() (shenyang.Range, error) { return indicators.PriorRange(one, huge) },
			testcheck.VE("indicators.PriorRange", "growth", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		// 1e1000 / (1 - 0.9999) = 1e1000 / 1e-4 = 1e1004.
		{"PriorRange result", func() (shenyang.Range, error) {
			return indicators.PriorRange(shenyang.Exactly(decimal.New(1, 1000)), shenyang.Exactly(dec("-0.9999")))
		}, testcheck.VE("indicators.PriorRange", "result", "with exponent 1004 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.f()
			testcheck.Err(t, err, tc.want)
			if !r.IsZero() {
				t.Errorf("returned %s with the error, want unset", testcheck.ShowRange(r))
			}
		})
	}
}

// TestGrowthInGrowthRange checks the rounding rule on corner inputs: the
// growth Growth rounds half to even lies in the range GrowthRange gives for
// the exact points, whose bounds are (current - prior)/prior rounded
// outward (and closed) to 16 significant digits.
func TestGrowthInGrowthRange(t *testing.T) {
	testcheck.PointInRange(t, [2]string{"Growth", "GrowthRange"}, []testcheck.PointCase{
		// 1/3 = 0.3333…: half-even ...333, floor ...333, ceil ...334.
		testcheck.Point("third", "3", "4", "0.3333333333333333", "[0.3333333333333333, 0.3333333333333334]"),
		// -2/3 = -0.6666…67 half-even; 1/3 floor 0.3333333333333333, ceil
		// ...334; minus 1.
		testcheck.Point("minus two thirds", "3", "1", "-0.6666666666666667", "[-0.6666666666666667, -0.6666666666666666]"),
		// -6/7 = -0.857142857142857142…: half-even ...571; 1/7 =
		// 0.142857142857142857… floor ...428, ceil ...429; minus 1.
		testcheck.Point("minus six sevenths", "7", "1", "-0.8571428571428571", "[-0.8571428571428572, -0.8571428571428571]"),
		// -303/1055 = -0.287203791469194312…: half-even ...943; 752/1055 =
		// 0.712796208530805687… floor ...056, ceil ...057; minus 1.
		testcheck.Point("imports over total", "1055", "752", "-0.2872037914691943", "[-0.2872037914691944, -0.2872037914691943]"),
		// (1 - 0.000001) / 0.000001 = 999999 exactly: a closed point.
		testcheck.Point("exact", "0.000001", "1", "999999", "[999999, 999999]"),
		// A tie: 1.2345678901234565 half-even keeps the 6; 2.2345678901234565
		// floors to 2.234567890123456 and ceils to 2.234567890123457.
		testcheck.Point("tie", "1", "2.2345678901234565", "1.234567890123456", "[1.234567890123456, 1.234567890123457]"),
		// 30.3e9 / 34195562537.44089 = 0.886079881470713652…: the growth
		// -0.113920118529286347… rounds to ...863; floor ...864, ceil ...863.
		testcheck.Point("exports", "34195562537.44089", "30300000000", "-0.1139201185292863", "[-0.1139201185292864, -0.1139201185292863]"),
		// 1.65e9 / 1434782608.695652 = 1.150000000000000139…: the growth
		// 0.150000000000000139… rounds to 0.1500000000000001, floors to
		// the same and ceils to 0.1500000000000002.
		testcheck.Point("foreign capital", "1434782608.695652", "1650000000", "0.1500000000000001", "[0.1500000000000001, 0.1500000000000002]"),
		// -29/30 = -0.96666…: half-even and floor -0.9666666666666667,
		// ceil -0.9666666666666666.
		testcheck.Point("minus twenty-nine thirtieths", "30", "1", "-0.9666666666666667", "[-0.9666666666666667, -0.9666666666666666]"),
		// 1e-20 - 1 = -0.99999999999999999999: half-even and floor give -1,
		// ceil -0.9999999999999999.
		testcheck.Point("near minus one", "1", "0.00000000000000000001", "-1", "[-1, -0.9999999999999999]"),
	}, indicators.Growth, indicators.GrowthRange)
}

// TestPriorInPriorRange checks the rounding rule on corner inputs: the
// value Prior rounds half to even lies in the range PriorRange gives for the
// exact points, the same quotient rounded down and up.
func TestPriorInPriorRange(t *testing.T) {
	testcheck.PointInRange(t, [2]string{"Prior", "PriorRange"}, []testcheck.PointCase{
		// 1.65e9 / 1.15 = 1434782608.695652173…
		testcheck.Point("foreign capital", "1650000000", "0.15", "1434782608.695652", "[1434782608.695652, 1434782608.695653]"),
		// 75.2e9 / 1.171 = 64218616567.036720751…
		testcheck.Point("imports", "75200000000", "0.171", "64218616567.03672", "[64218616567.03672, 64218616567.03673]"),
		// 4 / 1.3333333333333333 = 3.000000000000000075: half-even and
		// floor 3, ceil 3.000000000000001.
		testcheck.Point("back from a third", "4", "0.3333333333333333", "3", "[3, 3.000000000000001]"),
		// 1 / 3.
		testcheck.Point("tripled", "1", "2", "0.3333333333333333", "[0.3333333333333333, 0.3333333333333334]"),
		// 1 / 0.001 = 1000 exactly.
		testcheck.Point("steep fall", "1", "-0.999", "1000", "[1000, 1000]"),
		// 1 / 1.000001 = 0.999999000000999999000…: half-even rounds
		// 0.9999990000009999|99 up to 0.999999000001, the ceiling.
		testcheck.Point("small growth", "1", "0.000001", "0.999999000001", "[0.9999990000009999, 0.999999000001]"),
		// Ties at the 17th digit: 6 stays, 7 rises.
		testcheck.Point("tie stays", "1.2345678901234565", "0", "1.234567890123456", "[1.234567890123456, 1.234567890123457]"),
		testcheck.Point("tie rises", "1.2345678901234575", "0", "1.234567890123458", "[1.234567890123457, 1.234567890123458]"),
	}, indicators.Prior, indicators.PriorRange)
}

// TestRangesOpenAtTheirLimitsHoldPoints checks that the ranges GrowthRange
// and PriorRange now give for operands open at their limits (issue 11,
// item 6) hold the point values of points inside those operands, worked
// out by hand.
func TestRangesOpenAtTheirLimitsHoldPoints(t *testing.T) {
	growthR, err := indicators.GrowthRange(testcheck.MustRange("(0, 5]"), testcheck.MustRange("[1, 2]"))
	if err != nil {
		t.Fatal(err)
	}
	priorR, err := indicators.PriorRange(testcheck.MustRange("[1, 2]"), testcheck.MustRange("(-1, 0.5]"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    func(a, b decimal.Decimal) (decimal.Decimal, error)
		a, b string
		want string
		in   shenyang.Range
	}{
		// (1 - 5) / 5 = -0.8, the lower bound.
		{"Growth at the corner", indicators.Growth, "5", "1", "-0.8", growthR},
		// (2 - 0.001) / 0.001 = 1999.
		{"Growth from a small prior", indicators.Growth, "0.001", "2", "1999", growthR},
		// (1 - 1e-7) / 1e-7 = 9999999.
		{"Growth from a tiny prior", indicators.Growth, "0.0000001", "1", "9999999", growthR},
		// 1 / 1.5 = 0.6666…, half-even 0.6666666666666667.
		{"Prior at the corner", indicators.Prior, "1", "0.5", "0.6666666666666667", priorR},
		// 2 / (1 - 0.999999) = 2 / 0.000001 = 2000000.
		{"Prior after a fall of nearly 100 percent", indicators.Prior, "2", "-0.999999", "2000000", priorR},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := tc.f(dec(tc.a), dec(tc.b))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, shenyang.FormatDecimal(v)); diff != "" {
				t.Errorf("point (-want +got):\n%s", diff)
			}
			if !tc.in.Contains(v) {
				t.Errorf("%s not in %s", tc.want, testcheck.ShowRange(tc.in))
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
	rg := func(lo, hi shenyang.Bound) shenyang.Range {
		r, err := shenyang.NewRange(lo, hi)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	cl := func(c int64, e int32) shenyang.Bound { return shenyang.Closed(n(c, e)) }
	cr := func(lo, hi int64) shenyang.Range { return rg(cl(lo, 0), cl(hi, 0)) }
	var unset shenyang.Range
	VE := testcheck.VE
	type call = func() (any, error)
	pair := func(v any, err error) (any, error) { return v, err }
	growth := func(p, c decimal.Decimal) call { return func() (any, error) { return pair(indicators.Growth(p, c)) } }
	prior := func(c, g decimal.Decimal) call { return func() (any, error) { return pair(indicators.Prior(c, g)) } }
	growthR := func(p, c shenyang.Range) call {
		return func() (any, error) { return pair(indicators.GrowthRange(p, c)) }
	}
	priorR := func(c, g shenyang.Range) call {
		return func() (any, error) { return pair(indicators.PriorRange(c, g)) }
	}
	const (
		g  = "indicators.Growth"
		p  = "indicators.Prior"
		gr = "indicators.GrowthRange"
		pr = "indicators.PriorRange"
	)
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
		// Prior: zero and negative current values, falls of 100 % or more.
		{"Prior zero current", prior(n(0, 0), n(1, -1)), VE(p, "current", "0", shenyang.ErrNotPositive)},
		{"Prior negative current", prior(n(-5, 0), n(1, -1)), VE(p, "current", "-5", shenyang.ErrNotPositive)},
		{"Prior growth -1", prior(n(1, 0), n(-1, 0)), VE(p, "growth", "-1", shenyang.ErrGrowthTooLow)},
		{"Prior growth -2.5", prior(n(1, 0), n(-25, -1)), VE(p, "growth", "-2.5", shenyang.ErrGrowthTooLow)},
		{"Prior huge current", prior(huge, n(1, -1)), VE(p, "current", outOfRange, shenyang.ErrOutOfRange)},
		{"Prior huge growth", prior(n(1, 0), huge), VE(p, "growth", outOfRange, shenyang.ErrOutOfRange)},
		// 1e600 / (1 + (1e-600 - 1)) = 1e600 / 1e-600 = 1e1200.
		{"Prior huge result", prior(n(1, 600), n(1, -600).Sub(n(1, 0))), VE(p, "result", "with exponent 1200 and length 1", shenyang.ErrOutOfRange)},
		// GrowthRange: unset ranges, priors that reach zero or below.
		{"GrowthRange unset prior", growthR(unset, cr(1, 2)), VE(gr, "prior", "", shenyang.ErrUnset)},
		{"GrowthRange unset current", growthR(cr(1, 2), unset), VE(gr, "current", "", shenyang.ErrUnset)},
		{"GrowthRange prior from zero", growthR(cr(0, 1), cr(1, 2)), VE(gr, "prior", "[0, 1]", shenyang.ErrNotPositive)},
		// Every prior of (0, 1] is positive, but growth to [-1, 2] from a
		// prior near 0 runs off to both infinities.
		{"GrowthRange prior open at zero", growthR(rg(shenyang.Open(n(0, 0)), cl(1, 0)), cr(-1, 2)), VE(gr, "result", "", shenyang.ErrUnbounded)},
		{"GrowthRange prior unbounded below", growthR(rg(shenyang.Unbounded(), cl(1, 0)), cr(1, 2)), VE(gr, "prior", "(-inf, 1]", shenyang.ErrNotPositive)},
		{"GrowthRange negative prior", growthR(cr(-2, -1), cr(1, 2)), VE(gr, "prior", "[-2, -1]", shenyang.ErrNotPositive)},
		{"GrowthRange huge prior", growthR(shenyang.Exactly(huge), cr(1, 2)), VE(gr, "prior", outOfRange, shenyang.ErrOutOfRange)},
		{"GrowthRange huge current", growthR(cr(1, 2), shenyang.Exactly(huge)), VE(gr, "current", outOfRange, shenyang.ErrOutOfRange)},
		// (1e600 - 1e-600) / 1e-600 = 1e1200 - 1: the lower bound, floored
		// to 16 digits, is 9999999999999999e1184, found first.
		{"GrowthRange huge result", growthR(shenyang.Exactly(n(1, -600)), shenyang.Exactly(n(1, 600))), VE(gr, "result", "with exponent 1184 and length 16", shenyang.ErrOutOfRange)},
		// PriorRange: unset ranges, values that reach zero, falls of 100 %.
		{"PriorRange unset current", priorR(unset, cr(0, 1)), VE(pr, "current", "", shenyang.ErrUnset)},
		{"PriorRange unset growth", priorR(cr(1, 2), unset), VE(pr, "growth", "", shenyang.ErrUnset)},
		{"PriorRange current from zero", priorR(cr(0, 2), cr(0, 1)), VE(pr, "current", "[0, 2]", shenyang.ErrNotPositive)},
		{"PriorRange growth reaching -1", priorR(cr(1, 2), cr(-1, 0)), VE(pr, "growth", "[-1, 0]", shenyang.ErrGrowthTooLow)},
		{"PriorRange growth below -1", priorR(cr(1, 2), rg(cl(-25, -1), cl(-15, -1))), VE(pr, "growth", "[-2.5, -1.5]", shenyang.ErrGrowthTooLow)},
		{"PriorRange growth unbounded below", priorR(cr(1, 2), rg(shenyang.Unbounded(), cl(0, 0))), VE(pr, "growth", "(-inf, 0]", shenyang.ErrGrowthTooLow)},
		{"PriorRange huge current", priorR(shenyang.Exactly(huge), cr(0, 1)), VE(pr, "current", outOfRange, shenyang.ErrOutOfRange)},
		{"PriorRange huge growth", priorR(cr(1, 2), shenyang.Exactly(huge)), VE(pr, "growth", outOfRange, shenyang.ErrOutOfRange)},
		// [1e600] / (1 + [1e-600 - 1]) = 1e1200.
		{"PriorRange huge result", priorR(shenyang.Exactly(n(1, 600)), shenyang.Exactly(n(1, -600).Sub(n(1, 0)))), VE(pr, "result", "with exponent 1200 and length 1", shenyang.ErrOutOfRange)},
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
	if len(cases) != 31 {
		t.Errorf("%d cases, want 31", len(cases))
	}
}

// TestGrowthRangeHoldsRoundedGrowth pins the cases the fuzz targets found
// in an earlier GrowthRange, which subtracted 1 exactly from a quotient
// rounded to 16 digits while Growth rounds once at the end. GrowthRange now
// rounds (current - prior)/prior once at each corner, as Growth does.
func TestGrowthRangeHoldsRoundedGrowth(t *testing.T) {
	tests := []struct {
		name           string
		prior, current decimal.Decimal
		low, high      decimal.Decimal
	}{
		// From 1 to 1e20 the growth is 1e20 - 1 = 99999999999999999999,
		// which rounds half to even at 16 digits to 1e20; the range was
		// [1e20 - 1, 1e20 - 1] and missed it. Now 1e20 - 1 is rounded
		// outward: [9999999999999999e4, 1e20].
		{"power of ten", decimal.New(1, 0), decimal.New(1, 20), decimal.New(9999999999999999, 4), decimal.New(1, 20)},
		// From 6.9e-632 to 2.4e374: the growth (2.4e374 - 6.9e-632) /
		// 6.9e-632 = 3.4782608695652173913...e1005 minus a tiny amount,
		// rounded once to 16 digits: floor 3478260869565217e990, ceil
		// 3478260869565218e990.
		{"long intermediate", decimal.New(69, -633), decimal.New(24, 373),
			decimal.New(3478260869565217, 990), decimal.New(3478260869565218, 990)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := indicators.GrowthRange(shenyang.Exactly(tt.prior), shenyang.Exactly(tt.current))
			if err != nil {
				t.Fatal(err)
			}
			lo, _ := r.Low().Value()
			hi, _ := r.High().Value()
			if !lo.Equal(tt.low) || !hi.Equal(tt.high) || r.Low().IsOpen() || r.High().IsOpen() {
				t.Errorf("GrowthRange = %v, want [%s, %s]", r, shenyang.FormatDecimal(tt.low), shenyang.FormatDecimal(tt.high))
			}
			g, err := indicators.Growth(tt.prior, tt.current)
			if err != nil || !r.Contains(g) {
				t.Errorf("Growth = %s, %v; not in %v", shenyang.FormatDecimal(g), err, r)
			}
		})
	}
}

package shenyang_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// TestFormatReadable checks the justified-precision rule on hand-worked
// cases. d is the fewest decimals, in the unit shown, with 2*10^-d <=
// high-low; the value is rounded half to even, the low bound down and the
// high bound up.
func TestFormatReadable(t *testing.T) {
	cases := []struct {
		name  string
		value string
		rng   string
		unit  shenyang.Unit
		want  string
	}{
		{
			// In billions: width 1.445414847161573 - 1.424242424242424 =
			// 0.021172422919149 >= 0.02, so d = 2. 1.4347... -> 1.43,
			// 1.4242... down -> 1.42, 1.4454... up -> 1.45.
			"derived dollars in billions", "1434782608.695652", "[1424242424.242424, 1445414847.161573]",
			shenyang.UnitUSD, "$1.43 billion (1.42 to 1.45)",
		},
		{
			// In percent: -11.39201185292863 in [-11.552, -11.146]; width
			// 0.406 >= 0.2, d = 1. -11.392 -> -11.4, -11.552 down -> -11.6,
			// -11.146 up -> -11.1.
			"ratio as percent", "-0.1139201185292863", "[-0.11552, -0.11146]",
			shenyang.UnitRatio, "-11.4 percent (-11.6 to -11.1)",
		},
		{
			// Outward, not nearest: 1.4279 and 1.4521 would round to 1.43
			// and 1.45, a narrower range; down and up give 1.42 and 1.46.
			// Width 0.0242 >= 0.02, d = 2.
			"ends rounded outward", "1440000000", "[1427900000, 1452100000]",
			shenyang.UnitUSD, "$1.44 billion (1.42 to 1.46)",
		},
		{
			// Width 0.3 >= 0.2, d = 1. -45.05 down -> -45.1, -44.75 up ->
			// -44.7.
			"negative yuan", "-44900000000", "[-45050000000, -44750000000]",
			shenyang.UnitCNY, "-44.9 billion yuan (-45.1 to -44.7)",
		},
		{
			// The same range in dollars puts the sign before the symbol.
			"negative dollars", "-44900000000", "[-45050000000, -44750000000]",
			shenyang.UnitUSD, "-$44.9 billion (-45.1 to -44.7)",
		},
		{
			// 105.5/15 in [105.45/15.5, 105.55/14.5]: width
			// 7.279310344827587 - 6.803225806451612 = 0.476084538375975,
			// d = 1: 7.0333 -> 7.0, 6.8032 down -> 6.8, 7.2793 up -> 7.3.
			"exchange rate", "7.033333333333333", "[6.803225806451612, 7.279310344827587]",
			shenyang.UnitCNYPerUSD, "7.0 yuan per dollar (6.8 to 7.3)",
		},
		{
			// 15/105.5 = 0.14218 in [14.5/105.55, 15.5/105.45] =
			// [0.13737565, 0.14698909]: width 0.00961 < 0.01 but >= 0.002,
			// d = 3: 0.142, 0.137 (down), 0.147 (up).
			"inverse rate", "0.1421800947867299", "[0.1373756513500711, 0.1469890943575154]",
			shenyang.UnitUSDPerCNY, "0.142 dollars per yuan (0.137 to 0.147)",
		},
		{
			// In millions: width 0.1 < 0.2 but >= 0.02, d = 2; the trailing
			// zero of 2.50 is a digit the range justifies.
			"millions keep trailing zeros", "2500000", "[2450000, 2550000]",
			shenyang.UnitUSD, "$2.50 million (2.45 to 2.55)",
		},
		{
			// Below a million, in yuan: width 100 would allow d = -2, but
			// d is at least 0.
			"whole yuan", "500", "[450, 550]",
			shenyang.UnitCNY, "500 yuan (450 to 550)",
		},
		{
			// The largest magnitude decides the scale: 1.1 billion puts
			// 0.95 billion in billions too. Width 0.3 >= 0.2, d = 1; 0.95
			// is a tie between 0.9 and 1.0, and half to even picks 1.0.
			"scale from the largest bound", "950000000", "[800000000, 1100000000]",
			shenyang.UnitUSD, "$1.0 billion (0.8 to 1.1)",
		},
		{
			// Width 2 >= 2, d = 0; the value sits on the low bound.
			"value at a bound", "5", "[5, 7]",
			shenyang.UnitCount, "5 (5 to 7)",
		},
		{
			// In percent: width 3.15 - 2.05 = 1.1 < 2, >= 0.2, d = 1. 2.05 is
			// a tie at one decimal: half to even gives 2.0. 2.05 down ->
			// 2.0, 3.15 up -> 3.2.
			"value at a bound, tie to even", "0.0205", "[0.0205, 0.0315]",
			shenyang.UnitRatio, "2.0 percent (2.0 to 3.2)",
		},
		{
			// Width 5, d = 0. 172.5 is a tie: half to even gives 172. The
			// open bound 170 prints as 170, a closed range holding (170, 175].
			"open bound", "172.5", "(170, 175]",
			shenyang.UnitCount, "172 (170 to 175)",
		},
		{
			// In percent -0.04 in [-0.4, 0.3]: width 0.7, d = 1; -0.04
			// rounds to zero, printed without a sign.
			"negative zero", "-0.0004", "[-0.004, 0.003]",
			shenyang.UnitRatio, "0.0 percent (-0.4 to 0.3)",
		},
		{
			// A very narrow range keeps every digit it justifies: width
			// 0.00001 in the unit, 2*10^-6 <= 0.00001, d = 6.
			"narrow range", "6.8985", "[6.898545, 6.898555]",
			shenyang.UnitCNYPerUSD, "6.898500 yuan per dollar (6.898545 to 6.898555)",
		},
		{
			// [188, 188]: exact, all digits, no range.
			"exact count", "188", "[188, 188]",
			shenyang.UnitCount, "188",
		},
		{
			// Exact amounts keep their digits: 15 billion, 12.4 %.
			"exact amount", "15000000000", "[15000000000, 15000000000]",
			shenyang.UnitUSD, "$15 billion",
		},
		{
			"exact ratio", "0.124", "[0.124, 0.124]",
			shenyang.UnitRatio, "12.4 percent",
		},
		{
			// (100, +inf): the open bound alone, "more than"; three
			// significant digits of 100 are 100.
			"more than", "100", "(100, +inf)",
			shenyang.UnitCount, "more than 100",
		},
		{
			// [7.143533870203694, +inf) billion: three significant digits
			// rounded down, 7.14; the value 7.39 is not printed.
			"at least, rounded down", "7393364928.909953", "[7143533870.203694, +inf)",
			shenyang.UnitUSD, "at least $7.14 billion",
		},
		{
			// (52, +inf) billion yuan: 52.0 at three digits, the trailing
			// zero dropped.
			"more than, trailing zero dropped", "52000000000", "(52000000000, +inf)",
			shenyang.UnitCNY, "more than 52 billion yuan",
		},
		{
			// (-inf, 5.1234] %: 5.1234 up at two decimals is 5.13.
			"at most, rounded up", "0.05", "(-inf, 0.051234]",
			shenyang.UnitRatio, "at most 5.13 percent",
		},
		{
			// (-inf, -1234.5): three significant digits but at least the
			// units, d = 0; -1234.5 up is -1234.
			"less than, units kept", "-2000", "(-inf, -1234.5)",
			shenyang.UnitCount, "less than -1234",
		},
		{
			// A lower bound of zero prints as 0.
			"more than zero", "1", "(0, +inf)",
			shenyang.UnitCount, "more than 0",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := shenyang.FormatReadableForTest(decimal.RequireFromString(c.value), testcheck.MustRange(c.rng), c.unit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("FormatReadable(%s, %s, %v) mismatch (-want +got):\n%s", c.value, c.rng, c.unit, diff)
			}
		})
	}
}

// TestFormatReadableContains checks, over a grid of ranges, that the
// printed range holds the true one and that the precision is the rule's:
// with d decimals, 2*10^-d <= width, and with one fewer the width would be
// under two units, unless d is 0.
func TestFormatReadableContains(t *testing.T) {
	lows := []string{"-3.7", "0.0123", "1.4242", "98.3217", "-0.999"}
	widths := []string{"0.0001", "0.0019", "0.002", "0.0211", "0.19", "0.2", "1", "1.99", "2", "37"}
	for _, lo := range lows {
		for _, w := range widths {
			low := decimal.RequireFromString(lo)
			high := low.Add(decimal.RequireFromString(w))
			r, err := shenyang.NewRange(shenyang.Closed(low), shenyang.Closed(high))
			if err != nil {
				t.Fatal(err)
			}
			got, err := shenyang.FormatReadableForTest(low, r, shenyang.UnitCount)
			if err != nil {
				t.Fatal(err)
			}
			_, inner, ok := strings.Cut(got, " (")
			pl, ph, ok2 := strings.Cut(strings.TrimSuffix(inner, ")"), " to ")
			if !ok || !ok2 {
				t.Fatalf("FormatReadable(%s, %v) = %q, want a value and a range", lo, r, got)
			}
			printedLow, printedHigh := decimal.RequireFromString(pl), decimal.RequireFromString(ph)
			if printedLow.GreaterThan(low) || printedHigh.LessThan(high) {
				t.Errorf("FormatReadable(%s, %v) = %q: the printed range does not hold the true one", lo, r, got)
			}
			places := 0
			if _, frac, ok := strings.Cut(pl, "."); ok {
				places = len(frac)
			}
			width := high.Sub(low)
			unit := decimal.RequireFromString("2e-" + strconv.Itoa(places)) // two units of the last digit
			if width.LessThan(unit) {
				t.Errorf("FormatReadable(%s, %v) = %q: %d decimals, but the width %s is under 2 units", lo, r, got, places, width)
			}
			if places > 0 && !width.LessThan(unit.Shift(1)) {
				t.Errorf("FormatReadable(%s, %v) = %q: %d decimals, but %d would do", lo, r, got, places, places-1)
			}
		}
	}
}

func TestFormatReadableErrors(t *testing.T) {
	one := decimal.New(1, 0)
	r := shenyang.Exactly(one)
	cases := []struct {
		name  string
		value decimal.Decimal
		r     shenyang.Range
		u     shenyang.Unit
		want  testcheck.Failure
	}{
		{"unset unit", one, r, 0, testcheck.VE("FormatReadable", "unit", "", shenyang.ErrUnset)},
		{"invalid unit", one, r, shenyang.Unit(99), testcheck.VE("FormatReadable", "unit", "99", shenyang.ErrInvalid)},
		{"unset range", one, shenyang.Range{}, shenyang.UnitCount, testcheck.VE("FormatReadable", "range", "", shenyang.ErrUnset)},
		{"value beyond the limits", decimal.New(1, 2000), r, shenyang.UnitCount,
			testcheck.VE("FormatReadable", "value", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		{"bound beyond the limits", one, shenyang.Exactly(decimal.New(1, -2000)), shenyang.UnitCount,
			testcheck.VE("FormatReadable", "range", "with exponent -2000 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := shenyang.FormatReadableForTest(c.value, c.r, c.u)
			testcheck.Err(t, err, c.want)
			if got != "" {
				t.Errorf("FormatReadable = %q with an error, want \"\"", got)
			}
		})
	}
}

func TestFigureReadable(t *testing.T) {
	cases := []struct {
		name string
		f    shenyang.Figure
		want string
	}{
		{
			"reported prints as printed",
			shenyang.Figure{ID: "a", Status: shenyang.Reported, Printed: "more than 100", Value: decimal.New(100, 0),
				Unit: shenyang.UnitCount, Range: testcheck.MustRange("(100, +inf)"), Qualifier: shenyang.MoreThan},
			"more than 100",
		},
		{
			// The printed words, not the unit's: points are not percent.
			"reported percentage points",
			shenyang.Figure{ID: "b", Status: shenyang.Reported, Printed: "12.4 percentage points", Value: decimal.New(124, -3),
				Unit: shenyang.UnitRatio, Range: testcheck.MustRange("[0.1235, 0.1245]"), Qualifier: shenyang.AsPrinted},
			"12.4 percentage points",
		},
		{
			// An exchange rate printed as a bare number takes its unit's
			// words; a bare count does not.
			"reported rate printed bare",
			shenyang.Figure{ID: "r", Status: shenyang.Reported, Printed: "6.8985", Value: decimal.New(68985, -4),
				Unit: shenyang.UnitCNYPerUSD, Range: testcheck.MustRange("[6.89845, 6.89855]"), Qualifier: shenyang.AsPrinted},
			"6.8985 yuan per dollar",
		},
		{
			"reported count printed bare",
			shenyang.Figure{ID: "n", Status: shenyang.Reported, Printed: "188", Value: decimal.New(188, 0),
				Unit: shenyang.UnitCount, Range: testcheck.MustRange("[188, 188]"), Qualifier: shenyang.AsPrinted},
			"188",
		},
		{
			"the zero figure",
			shenyang.Figure{},
			"unset",
		},
		{
			// No printed text: the rule, width 0.01 in billions, d = 3.
			"reported without printed text",
			shenyang.Figure{ID: "c", Status: shenyang.Reported, Value: decimal.New(165, 7),
				Unit: shenyang.UnitUSD, Range: testcheck.MustRange("[1645000000, 1655000000]"), Qualifier: shenyang.AsPrinted},
			"$1.650 billion (1.645 to 1.655)",
		},
		{
			// 1.65/1.15 = 1.4347826..., in [1.645/1.155, 1.655/1.145].
			"derived",
			shenyang.Figure{ID: "d", Status: shenyang.Derived, Value: decimal.RequireFromString("1434782608.695652"),
				Unit: shenyang.UnitUSD, Range: testcheck.MustRange("[1424242424.242424, 1445414847.161573]")},
			"$1.43 billion (1.42 to 1.45)",
		},
		{
			"derived with an unset range falls back to String",
			shenyang.Figure{ID: "e", Status: shenyang.Derived, Value: decimal.New(3, 0), Unit: shenyang.UnitCount},
			"e = 3 count",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, c.f.Readable()); diff != "" {
				t.Errorf("Readable mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFormatReadableNearTheLimits: every value and range within the
// decimal limits is written in plain decimals; v0.2 wrote "more than
// 100e-1002" and "10e-1001.000...".
func TestFormatReadableNearTheLimits(t *testing.T) {
	tiny := decimal.New(1, -1000)
	zeros := strings.Repeat("0", 999)
	above, err := shenyang.NewRange(shenyang.Open(tiny), shenyang.Unbounded())
	if err != nil {
		t.Fatal(err)
	}
	two, err := shenyang.NewRange(shenyang.Closed(tiny), shenyang.Closed(decimal.New(2, -1000)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		value decimal.Decimal
		r     shenyang.Range
		want  string
	}{
		// three significant digits of 10^-1000: 100 * 10^-1002
		{"more than 10^-1000", tiny, above, "more than 0." + zeros + "1 yuan"},
		// a width of 10^-1000 justifies 1001 places: 1.0, 1.0 and 2.0 times 10^-1000
		{"[10^-1000, 2 * 10^-1000]", tiny, two, "0." + zeros + "10 yuan (0." + zeros + "10 to 0." + zeros + "20)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shenyang.FormatReadableForTest(tt.value, tt.r, shenyang.UnitCNY)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("FormatReadable = %q, want %q", got, tt.want)
			}
		})
	}
}

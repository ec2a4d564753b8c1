package trade_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

func TestImportShare(t *testing.T) {
	tests := []struct {
		name           string
		imports, total string
		want           string
	}{
		// 75.2e9 / 105.5e9 = 0.71279620853080568720…, half-even -> 0.7127962085308057.
		{"2019", "75200000000", "105500000000", "0.7127962085308057"},
		// 64218616567.03672 / 98414179104.47761 = 0.65253418919301767959…,
		// half-even -> 0.6525341891930177.
		{"2018", "64218616567.03672", "98414179104.47761", "0.6525341891930177"},
		{"half", "50", "100", "0.5"},
		{"no imports", "0", "100", "0"},
		{"only imports", "100", "100", "1"},
		// 1 / 3 = 0.333…, half-even -> 0.3333333333333333.
		{"a third", "1", "3", "0.3333333333333333"},
		// 2 / 3 = 0.666…, half-even -> 0.6666666666666667.
		{"two thirds", "2", "3", "0.6666666666666667"},
		// A tie at the 17th digit: the 16th, 6, is even and stays.
		{"tie to even stays", "0.12345678901234565", "1", "0.1234567890123456"},
		// A tie at the 17th digit: the 16th, 7, is odd and rises.
		{"tie to even rises", "0.12345678901234575", "1", "0.1234567890123458"},
		// 1 / 7 = 0.142857142857142857…, half-even -> 0.1428571428571429.
		{"a seventh", "0.001", "0.007", "0.1428571428571429"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := trade.ImportShare(dec(tc.imports), dec(tc.total))
			if err != nil {
				t.Fatalf("ImportShare(%s, %s) error: %v", tc.imports, tc.total, err)
			}
			if diff := cmp.Diff(tc.want, shenyang.FormatDecimal(s)); diff != "" {
				t.Errorf("ImportShare(%s, %s) (-want +got):\n%s", tc.imports, tc.total, diff)
			}
		})
	}
}

func TestImportShareErrors(t *testing.T) {
	const op = "trade.ImportShare"
	type test struct {
		name           string
		imports, total decimal.Decimal
		want           testcheck.Failure
	}
	tests := []test{
		{"zero total", dec("0"), decimal.Decimal{}, testcheck.VE(op, "total", "0", shenyang.ErrNotPositive)},
		{"negative total", dec("10"), dec("-100"), testcheck.VE(op, "total", "-100", shenyang.ErrNotPositive)},
		{"negative imports", dec("-1"), dec("100"), testcheck.VE(op, "imports", "-1", shenyang.ErrNegative)},
		{"tiny negative imports", dec("-0.0000001"), dec("100"), testcheck.VE(op, "imports", "-0.0000001", shenyang.ErrNegative)},
		{"imports above total", dec("150"), dec("100"), testcheck.VE(op, "imports", "150 > total 100", shenyang.ErrPartExceedsWhole)},
		{"imports just above total", dec("100.000000000000000001"), dec("100"),
			testcheck.VE(op, "imports", "100.000000000000000001 > total 100", shenyang.ErrPartExceedsWhole)},
	}
	for _, o := range testcheck.OutOfRange() {
		tests = append(tests,
			test{"imports " + o.Name, o.D, dec("100"), testcheck.VE(op, "imports", o.Desc, shenyang.ErrOutOfRange)},
			test{"total " + o.Name, dec("1"), o.D, testcheck.VE(op, "total", o.Desc, shenyang.ErrOutOfRange)})
	}
	// Both arguments are inside the range, the share is not:
	// 1e-1000 / 1e1000 = 1e-2000.
	tests = append(tests, test{"result out of range", decimal.New(1, -1000), decimal.New(1, 1000),
		testcheck.VE(op, "result", "with exponent -2000 and length 1", shenyang.ErrOutOfRange)})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := trade.ImportShare(tc.imports, tc.total)
			testcheck.Err(t, err, tc.want)
			if !s.IsZero() {
				t.Errorf("ImportShare returned %s with the error, want 0", shenyang.FormatDecimal(s))
			}
		})
	}
}

func TestImportShareRange(t *testing.T) {
	tests := []struct {
		name           string
		imports, total string
		want           string
	}{
		// 75.15e9 / 105.55e9 = 0.71198484130743723353… floor -> 0.7119848413074372,
		// 75.25e9 / 105.45e9 = 0.71360834518729255571… ceil  -> 0.7136083451872926.
		// Both bounds rounded, so closed.
		{"2019", "[75150000000, 75250000000]", "[105450000000, 105550000000]",
			"[0.7119848413074372, 0.7136083451872926]"},
		// 64148527528.80921 / 98506766215.58563 = 0.65120935335972588211… floor -> 0.6512093533597258,
		// 64288765484.83555 / 98321678321.67832 = 0.65386155507336300191… ceil  -> 0.6538615550733631.
		// Rounded bounds are closed even from open operands.
		{"2018", "(64148527528.80921, 64288765484.83555)", "(98321678321.67832, 98506766215.58563)",
			"[0.6512093533597258, 0.6538615550733631]"},
		// [25 / 100, 50 / 100], exact.
		{"exact", "[25, 50]", "[100, 100]", "[0.25, 0.5]"},
		// Exact bounds keep their operands' openness: 25 / 200 = 0.125 from
		// two closed ends, 50 / 100 = 0.5 from two open ones.
		{"open operands", "[25, 50)", "(100, 200]", "[0.125, 0.5]"},
		// 0 / 200 = 0, 50 / 100 = 0.5.
		{"from no imports", "[0, 50]", "[100, 200]", "[0, 0.5]"},
		// 90 / 105 = 0.857142…, floor -> 0.8571428571428571, closed;
		// 110 / 100 = 1.1, cut to 1.
		{"cut at one", "[90, 110]", "[100, 105]", "[0.8571428571428571, 1]"},
		// (90 / 105 rounded, so closed, though 90 is open.)
		{"cut at one, open imports", "(90, 110]", "[100, 105]", "[0.8571428571428571, 1]"},
		// [-10 / 100, 50 / 100] = [-0.1, 0.5], cut to [0, 0.5].
		{"cut at zero", "[-10, 50]", "[100, 100]", "[0, 0.5]"},
		// 50 / 200 = 0.25 open; no upper bound, cut to 1.
		{"imports one-sided above", "(50, +inf)", "[100, 200]", "[0.25, 1]"},
		// No lower bound, cut to 0; 50 / 100 = 0.5.
		{"imports one-sided below", "(-inf, 50]", "[100, 200]", "[0, 0.5]"},
		// 50 / +inf tends to 0, not reached; 50 / 100 = 0.5.
		{"total one-sided", "[50, 50]", "[100, +inf)", "(0, 0.5]"},
		// Imports may touch the total: [100 / 100, 120 / 80] = [1, 1.5], cut to 1.
		{"imports touching total", "[100, 120]", "[80, 100]", "[1, 1]"},
		// Imports may be at most zero.
		{"imports at most zero", "(-inf, 0]", "[100, 100]", "[0, 0]"},
		// Every total of (0, +inf) is positive (issue 11, item 6): 1 / +inf
		// tends to 0, not reached; 2 / t grows without bound as t tends to
		// 0, cut to 1.
		{"total (0, +inf)", "[1, 2]", "(0, +inf)", "(0, 1]"},
		// 1 / 4 = 0.25, closed; cut to 1 above.
		{"total open at zero", "[1, 2]", "(0, 4]", "[0.25, 1]"},
		// 1 / 3 = 0.3333… floor -> 0.3333333333333333, closed though 3 is
		// open.
		{"total open at both ends", "[1, 2]", "(0, 3)", "[0.3333333333333333, 1]"},
		// 0 / 4 = 0 from the closed 0 of the imports; (0, 2] gives an open
		// 0.
		{"total open at zero, imports from zero", "[0, 2]", "(0, 4]", "[0, 1]"},
		{"total open at zero, imports open at zero", "(0, 2]", "(0, 4]", "(0, 1]"},
		{"total (0, +inf), imports from zero", "[0, 2]", "(0, +inf)", "[0, 1]"},
		// Imports of 0 are a share of 0 of any total.
		{"total open at zero, no imports", "[0, 0]", "(0, 4]", "[0, 0]"},
		{"total (0, +inf), no imports", "[0, 0]", "(0, +inf)", "[0, 0]"},
		// Imports reaching below zero: the share is cut at 0, closed.
		{"total open at zero, imports across zero", "[-1, 2]", "(0, 4]", "[0, 1]"},
		{"total open at zero, imports unbounded below", "(-inf, 2]", "(0, +inf)", "[0, 1]"},
		// Imports equal to the whole total: 4 / 4 = 1.
		{"total open at zero, imports at its top", "[4, 5]", "(0, 4]", "[1, 1]"},
		{"total open at zero, imports one-sided", "[1, +inf)", "(0, 4]", "[0.25, 1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := trade.ImportShareRange(testcheck.MustRange(tc.imports), testcheck.MustRange(tc.total))
			if err != nil {
				t.Fatalf("ImportShareRange(%s, %s) error: %v", tc.imports, tc.total, err)
			}
			if diff := cmp.Diff(tc.want, testcheck.ShowRange(r)); diff != "" {
				t.Errorf("ImportShareRange(%s, %s) (-want +got):\n%s", tc.imports, tc.total, diff)
			}
		})
	}
}

func TestImportShareRangeErrors(t *testing.T) {
	const op = "trade.ImportShareRange"
	tests := []struct {
		name           string
		imports, total shenyang.Range
		want           testcheck.Failure
	}{
		{"unset imports", shenyang.Range{}, testcheck.MustRange("[1, 2]"), testcheck.VE(op, "imports", "", shenyang.ErrUnset)},
		{"unset total", testcheck.MustRange("[1, 2]"), shenyang.Range{}, testcheck.VE(op, "total", "", shenyang.ErrUnset)},
		{"both unset", shenyang.Range{}, shenyang.Range{}, testcheck.VE(op, "imports", "", shenyang.ErrUnset)},
		{"total from zero", testcheck.MustRange("[1, 2]"), testcheck.MustRange("[0, 100]"), testcheck.VE(op, "total", "[0, 100]", shenyang.ErrNotPositive)},
		{"total open below zero", testcheck.MustRange("[1, 2]"), testcheck.MustRange("(-1, 100]"), testcheck.VE(op, "total", "(-1, 100]", shenyang.ErrNotPositive)},
		{"total open at zero, imports above it", testcheck.MustRange("[5, 6]"), testcheck.MustRange("(0, 4]"),
			testcheck.VE(op, "imports", "[5, 6] > total (0, 4]", shenyang.ErrPartExceedsWhole)},
		{"total negative", testcheck.MustRange("[1, 2]"), testcheck.MustRange("[-100, -50]"), testcheck.VE(op, "total", "[-100, -50]", shenyang.ErrNotPositive)},
		{"total unbounded below", testcheck.MustRange("[1, 2]"), testcheck.MustRange("(-inf, 100]"), testcheck.VE(op, "total", "(-inf, 100]", shenyang.ErrNotPositive)},
		{"imports negative", testcheck.MustRange("[-10, -5]"), testcheck.MustRange("[100, 100]"), testcheck.VE(op, "imports", "[-10, -5]", shenyang.ErrNegative)},
		{"imports below zero", testcheck.MustRange("(-10, 0)"), testcheck.MustRange("[100, 100]"), testcheck.VE(op, "imports", "(-10, 0)", shenyang.ErrNegative)},
		{"imports above total", testcheck.MustRange("[150, 160]"), testcheck.MustRange("[100, 120]"),
			testcheck.VE(op, "imports", "[150, 160] > total [100, 120]", shenyang.ErrPartExceedsWhole)},
		{"imports open at total", testcheck.MustRange("(100, 120]"), testcheck.MustRange("[80, 100]"),
			testcheck.VE(op, "imports", "(100, 120] > total [80, 100]", shenyang.ErrPartExceedsWhole)},
		{"total open at imports", testcheck.MustRange("[100, 120]"), testcheck.MustRange("[80, 100)"),
			testcheck.VE(op, "imports", "[100, 120] > total [80, 100)", shenyang.ErrPartExceedsWhole)},
		{"imports one-sided above total", testcheck.MustRange("(150, +inf)"), testcheck.MustRange("[100, 120]"),
			testcheck.VE(op, "imports", "(150, +inf) > total [100, 120]", shenyang.ErrPartExceedsWhole)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := trade.ImportShareRange(tc.imports, tc.total)
			testcheck.Err(t, err, tc.want)
			if !r.IsZero() {
				t.Errorf("ImportShareRange returned %s with the error, want unset", testcheck.ShowRange(r))
			}
		})
	}
}

// TestImportShareAgreesWithRange checks that the point share of values
// inside two ranges lies inside the share range of those ranges, at the
// corners too: 75.15e9 / 105.55e9 rounds half-even to 0.7119848413074372,
// the range's rounded-down bound, which is closed.
func TestImportShareAgreesWithRange(t *testing.T) {
	imports, total := testcheck.MustRange("[75150000000, 75250000000]"), testcheck.MustRange("[105450000000, 105550000000]")
	r, err := trade.ImportShareRange(imports, total)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ imports, total string }{
		{"75150000001", "105550000000"}, // near the smallest share
		{"75249999999", "105450000000"}, // near the largest
		{"75200000000", "105500000000"}, // the printed values
		{"75150000000", "105550000000"}, // the smallest share: the low bound
		{"75250000000", "105450000000"}, // the largest: 0.71360834518729255… rounds up to the high bound
	} {
		s, err := trade.ImportShare(dec(c.imports), dec(c.total))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Contains(s) {
			t.Errorf("ImportShare(%s, %s) = %s, outside %s", c.imports, c.total, shenyang.FormatDecimal(s), testcheck.ShowRange(r))
		}
	}
}

// TestImportShareRangeOutOfRange checks that ImportShareRange rejects an
// operand beyond the module's decimal range (Exactly does not check its
// value) and a result beyond it. The error comes from the division inside,
// so it names Range.Quo and its operand.
func TestImportShareRangeOutOfRange(t *testing.T) {
	tests := []struct {
		name           string
		imports, total shenyang.Range
		want           testcheck.Failure
	}{
		// 10^2000 of 2 * 10^2000 passes the checks on the shares' order.
		{"imports", shenyang.Exactly(decimal.New(1, 2000)), shenyang.Exactly(decimal.New(2, 2000)),
			testcheck.VE("trade.ImportShareRange", "imports", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		{"total", shenyang.Exactly(dec("1")), shenyang.Exactly(decimal.New(1, 2000)),
			testcheck.VE("trade.ImportShareRange", "total", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
		{"total with too many digits", shenyang.Exactly(dec("1")), shenyang.Exactly(testcheck.OutOfRange()[2].D),
			testcheck.VE("trade.ImportShareRange", "total", "with exponent 0 and length 1001", shenyang.ErrOutOfRange)},
		// 10^-1000 / 10^1000 = 10^-2000.
		{"result", shenyang.Exactly(decimal.New(1, -1000)), shenyang.Exactly(decimal.New(1, 1000)),
			testcheck.VE("trade.ImportShareRange", "result", "with exponent -2000 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := trade.ImportShareRange(tc.imports, tc.total)
			testcheck.Err(t, err, tc.want)
			if !r.IsZero() {
				t.Errorf("ImportShareRange returned %s with the error, want unset", testcheck.ShowRange(r))
			}
		})
	}
}

// TestImportShareInRange checks the rounding rule on exact points: the share
// ImportShare rounds half to even lies in the range ImportShareRange rounds
// outward, whose rounded bounds are closed.
func TestImportShareInRange(t *testing.T) {
	testcheck.PointInRange(t, [2]string{"ImportShare", "ImportShareRange"}, []testcheck.PointCase{
		// 752 / 1055 = 0.71279620853080568720…: half-even ...057; floor
		// ...056, ceil ...057.
		testcheck.Point("2019", "75200000000", "105500000000", "0.7127962085308057", "[0.7127962085308056, 0.7127962085308057]"),
		// 64218616567.03672 / 98414179104.47761 = 0.65253418919301767959….
		testcheck.Point("2018", "64218616567.03672", "98414179104.47761", "0.6525341891930177", "[0.6525341891930176, 0.6525341891930177]"),
		// 1/3: half-even and floor ...333, ceil ...334.
		testcheck.Point("a third", "1", "3", "0.3333333333333333", "[0.3333333333333333, 0.3333333333333334]"),
		// 2/3: floor ...666, half-even and ceil ...667.
		testcheck.Point("two thirds", "2", "3", "0.6666666666666667", "[0.6666666666666666, 0.6666666666666667]"),
		// 1/30 = 0.0333…: 16 digits after the leading zeros.
		testcheck.Point("a thirtieth", "1", "30", "0.03333333333333333", "[0.03333333333333333, 0.03333333333333334]"),
		// 1/7 = 0.142857142857142857…: half-even and ceil ...429.
		testcheck.Point("a seventh", "1", "7", "0.1428571428571429", "[0.1428571428571428, 0.1428571428571429]"),
		testcheck.Point("none", "0", "5", "0", "[0, 0]"),
		testcheck.Point("all", "5", "5", "1", "[1, 1]"),
	}, trade.ImportShare, trade.ImportShareRange)
}

// TestShareRangeOpenAtZeroHoldsPoints checks that the range ImportShareRange
// now gives for a total open at zero (issue 11, item 6) holds the shares of
// points inside the operands, worked out by hand.
func TestShareRangeOpenAtZeroHoldsPoints(t *testing.T) {
	r, err := trade.ImportShareRange(testcheck.MustRange("[1, 2]"), testcheck.MustRange("(0, +inf)"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ imports, total, want string }{
		{"1", "1000000000", "0.000000001"}, // 1 / 1e9
		{"2", "2", "1"},                    // the whole total
		{"1", "1.5", "0.6666666666666667"}, // 2/3 half-even
	} {
		s, err := trade.ImportShare(dec(c.imports), dec(c.total))
		if err != nil {
			t.Fatal(err)
		}
		if got := shenyang.FormatDecimal(s); got != c.want {
			t.Errorf("ImportShare(%s, %s) = %s, want %s", c.imports, c.total, got, c.want)
		}
		if !r.Contains(s) {
			t.Errorf("ImportShare(%s, %s) = %s, outside %s", c.imports, c.total, c.want, testcheck.ShowRange(r))
		}
	}
}

// TestBadInputTrade lists every exported function of the package that
// takes caller input, with its error cases.
func TestBadInputTrade(t *testing.T) {
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
	cl := func(c int64) shenyang.Bound { return shenyang.Closed(n(c, 0)) }
	cr := func(lo, hi int64) shenyang.Range { return rg(cl(lo), cl(hi)) }
	var unset shenyang.Range
	VE := testcheck.VE
	type call = func() (any, error)
	share := func(i, tot decimal.Decimal) call {
		return func() (any, error) { v, err := trade.ImportShare(i, tot); return v, err }
	}
	shareR := func(i, tot shenyang.Range) call {
		return func() (any, error) { v, err := trade.ImportShareRange(i, tot); return v, err }
	}
	const (
		s  = "trade.ImportShare"
		sr = "trade.ImportShareRange"
	)
	cases := []struct {
		name string
		call call
		want testcheck.Failure
	}{
		// ImportShare: zero and negative totals, negative parts, parts larger
		// than wholes, decimals out of range.
		{"zero total", share(n(0, 0), n(0, 0)), VE(s, "total", "0", shenyang.ErrNotPositive)},
		{"negative total", share(n(1, 0), n(-2, 0)), VE(s, "total", "-2", shenyang.ErrNotPositive)},
		{"negative imports", share(n(-1, 0), n(2, 0)), VE(s, "imports", "-1", shenyang.ErrNegative)},
		{"imports above total", share(n(3, 0), n(2, 0)), VE(s, "imports", "3 > total 2", shenyang.ErrPartExceedsWhole)},
		// 75.2 billion and 105.5 billion swapped.
		{"report figures swapped", share(n(1055, 8), n(752, 8)), VE(s, "imports", "105500000000 > total 75200000000", shenyang.ErrPartExceedsWhole)},
		{"huge imports", share(huge, n(1, 0)), VE(s, "imports", outOfRange, shenyang.ErrOutOfRange)},
		{"huge total", share(n(1, 0), huge), VE(s, "total", outOfRange, shenyang.ErrOutOfRange)},
		// ImportShareRange.
		{"range unset imports", shareR(unset, cr(1, 2)), VE(sr, "imports", "", shenyang.ErrUnset)},
		{"range unset total", shareR(cr(1, 2), unset), VE(sr, "total", "", shenyang.ErrUnset)},
		{"range total from zero", shareR(cr(0, 1), cr(0, 1)), VE(sr, "total", "[0, 1]", shenyang.ErrNotPositive)},
		{"range total unbounded below", shareR(cr(0, 1), rg(shenyang.Unbounded(), cl(5))), VE(sr, "total", "(-inf, 5]", shenyang.ErrNotPositive)},
		{"range negative imports", shareR(cr(-2, -1), cr(1, 2)), VE(sr, "imports", "[-2, -1]", shenyang.ErrNegative)},
		{"range imports below open zero", shareR(rg(cl(-1), shenyang.Open(n(0, 0))), cr(1, 2)), VE(sr, "imports", "[-1, 0)", shenyang.ErrNegative)},
		{"range imports above total", shareR(cr(3, 4), cr(1, 2)), VE(sr, "imports", "[3, 4] > total [1, 2]", shenyang.ErrPartExceedsWhole)},
		{"range imports touching total", shareR(rg(shenyang.Open(n(2, 0)), cl(3)), cr(1, 2)), VE(sr, "imports", "(2, 3] > total [1, 2]", shenyang.ErrPartExceedsWhole)},
		{"range huge imports", shareR(shenyang.Exactly(huge), cr(1, 2)), VE(sr, "imports", outOfRange, shenyang.ErrOutOfRange)},
		{"range huge total", shareR(cr(1, 2), shenyang.Exactly(huge)), VE(sr, "total", outOfRange, shenyang.ErrOutOfRange)},
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
	if len(cases) != 17 {
		t.Errorf("%d cases, want 17", len(cases))
	}
}

func TestZeroArgumentsTrade(t *testing.T) {
	var zero decimal.Decimal
	if _, err := trade.ImportShare(zero, zero); err == nil {
		t.Error("ImportShare(0, 0) succeeded")
	}
	if _, err := trade.ImportShareRange(shenyang.Range{}, shenyang.Range{}); err == nil {
		t.Error("ImportShareRange of unset ranges succeeded")
	}
}

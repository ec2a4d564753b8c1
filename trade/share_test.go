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
		// 1 / 7 = 0.142857142857142857…, half-even -> 0.1428571428571429.
		{"one seventh", "1", "7", "0.1428571428571429"},
		// 1 / 30 = 0.0333…: 16 digits after the leading zeros.
		{"a thirtieth", "1", "30", "0.03333333333333333"},
		{"none", "0", "5", "0"},
		{"all", "5", "5", "1"},
		// 75.15e9 / 105.55e9 = 0.71198484130743723353…, half-even -> 0.7119848413074372.
		{"smallest 2019 share", "75150000000", "105550000000", "0.7119848413074372"},
		// 75.25e9 / 105.45e9 = 0.71360834518729255571…, half-even -> 0.7136083451872926.
		{"largest 2019 share", "75250000000", "105450000000", "0.7136083451872926"},
		{"a billionth", "1", "1000000000", "0.000000001"},
		// 1 / 1.5 = 2/3, half-even -> 0.6666666666666667.
		{"two thirds of 1.5", "1", "1.5", "0.6666666666666667"},
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

// TestBadInputTrade lists every exported function of the package that
// takes caller input, with its error cases.
func TestBadInputTrade(t *testing.T) {
	n := func(coef int64, exp int32) decimal.Decimal { return decimal.New(coef, exp) }
	huge := n(1, 1001)
	const outOfRange = "with exponent 1001 and length 1"
	VE := testcheck.VE
	type call = func() (any, error)
	share := func(i, tot decimal.Decimal) call {
		return func() (any, error) { v, err := trade.ImportShare(i, tot); return v, err }
	}
	const s = "trade.ImportShare"
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
	if len(cases) != 7 {
		t.Errorf("%d cases, want 7", len(cases))
	}
}

func TestZeroArgumentsTrade(t *testing.T) {
	var zero decimal.Decimal
	if _, err := trade.ImportShare(zero, zero); err == nil {
		t.Error("ImportShare(0, 0) succeeded")
	}
}

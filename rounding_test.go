package shenyang_test

import (
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// TestRoundedPointsStayInside pins the cases the fuzz targets found: an
// exact bound of a product or conversion that came from an open operand
// bound was open, and a point just inside it rounded onto it.
func TestRoundedPointsStayInside(t *testing.T) {
	n := decimal.New
	// (2, 3) * [2, 2]: 2.00000000000000001 * 2 = 4.00000000000000002,
	// which rounds half to even at 16 digits to 4.
	r := mustRange(t, shenyang.Open(n(2, 0)), shenyang.Open(n(3, 0)))
	got, err := r.Mul(shenyang.Exactly(n(2, 0)))
	if err != nil || got.String() != "[4, 6]" {
		t.Errorf("(2, 3) * [2, 2] = %v, %v; want [4, 6]", got, err)
	}
	if p, _ := decimalMul(n(200000000000000001, -17), n(2, 0)); !got.Contains(p) {
		t.Errorf("%v does not contain 2.00000000000000001 * 2 rounded, %s", got, shenyang.FormatDecimal(p))
	}
	// The fuzz input: [-5.9e-55, 0.0038) * (-9.3e51, -1.31e-141]. The upper
	// bound -5.9e-55 * -9.3e51 = 0.005487 is exact from an open bound; the
	// lower one 0.0038 * -9.3e51 = -3.534e49 too. The point
	// -5.9e-55 * -(9.3e51 - 1) = 0.00548699999...9941 rounds to 0.005487.
	a := mustRange(t, shenyang.Closed(n(-59, -56)), shenyang.Open(n(38, -4)))
	b := mustRange(t, shenyang.Open(n(-93, 50)), shenyang.Closed(n(-131, -143)))
	got, err = a.Mul(b)
	if want := "[-3534" + strings.Repeat("0", 46) + ", 0.005487]"; err != nil || got.String() != want {
		t.Errorf("product = %v, %v; want %s", got, err, want)
	}
	// At 2 yuan per dollar, (1, 2] dollars convert to [2, 4] yuan: 1.00000000000000001
	// dollars are 2.00000000000000002 yuan, 2 at 16 digits.
	rate, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, n(2, 0))
	if err != nil {
		t.Fatal(err)
	}
	conv, err := rate.ConvertRange(mustRange(t, shenyang.Open(n(1, 0)), shenyang.Closed(n(2, 0))), shenyang.USD)
	if err != nil || conv.String() != "[2, 4]" {
		t.Errorf("ConvertRange((1, 2] USD) = %v, %v; want [2, 4]", conv, err)
	}
	m := mustMoney(t, 100000000000000001, -17, shenyang.USD)
	if c, err := rate.Convert(m); err != nil || c.String() != "2 CNY" || !conv.Contains(c.Amount()) {
		t.Errorf("Convert(%v) = %v, %v; want 2 CNY inside %v", m, c, err, conv)
	}
	// An open bound at zero stays open: no non-zero value rounds to 0.
	z, err := mustRange(t, shenyang.Open(n(0, 0)), shenyang.Closed(n(2, 0))).Mul(mustRange(t, shenyang.Open(n(3, 0)), shenyang.Unbounded()))
	if err != nil || z.String() != "(0, +inf)" {
		t.Errorf("(0, 2] * (3, +inf) = %v, %v; want (0, +inf)", z, err)
	}
}

func decimalMul(a, b decimal.Decimal) (decimal.Decimal, error) {
	r, err := shenyang.Exactly(a).Mul(shenyang.Exactly(b))
	if err != nil {
		return decimal.Decimal{}, err
	}
	v, _ := r.Low().Value()
	return v, nil
}

// TestRangeOfNearLimits pins the RangeOf cases the fuzz targets found: some
// -1e1002, written -100e1000, stood for bounds with exponent 1001, beyond
// the module's range; it now keeps the value's exponent.
func TestRangeOfNearLimits(t *testing.T) {
	r, err := shenyang.RangeOf(decimal.New(-100, 1000), shenyang.Some)
	// -1e1002 -/+ 5e1001: [-1.5e1002, -0.5e1002].
	if want := "[-15" + strings.Repeat("0", 1001) + ", -5" + strings.Repeat("0", 1001) + "]"; err != nil || r.String() != want {
		t.Errorf("RangeOf(-100e1000, Some) = %.40v..., %v", r, err)
	}
	if back, err := shenyang.ParseRange(r.String()); err != nil || !back.Equal(r) {
		t.Errorf("ParseRange(String()) = %.40v, %v", back, err)
	}
	// 1e-1000 as printed is [0.5e-1000, 1.5e-1000]: 5e-1001 needs an
	// exponent below -1000.
	_, err = shenyang.RangeOf(decimal.New(1, -1000), shenyang.AsPrinted)
	testcheck.Err(t, err, testcheck.VE("RangeOf", "result", "with exponent -1001 and length 1", shenyang.ErrOutOfRange))
}

package trade_test

import (
	"reflect"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

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

func TestLookupsEmptyIDsTrade(t *testing.T) {
	for _, id := range []string{"", "trade.exports", "indicators.imports.2019", "Trade.Exports.2019"} {
		if f, ok := trade.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %v, %v; want the zero Figure, false", id, f.ID, ok)
		}
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

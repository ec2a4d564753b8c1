package indicators_test

import (
	"reflect"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

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

// TestLookupsEmptyIDs checks that empty and unknown ids find nothing.
func TestLookupsEmptyIDs(t *testing.T) {
	for _, id := range []string{"", " ", "indicators.foreign-capital", "INDICATORS.FOREIGN-CAPITAL.2019", "foreign-capital.2019"} {
		if f, ok := indicators.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %v, %v; want the zero Figure, false", id, f.ID, ok)
		}
	}
	for _, id := range []string{"", "Imports", "imports", " indicators.imports", indicators.Imports2019} {
		if in, ok := indicators.Lookup(id); ok || in.ID != "" {
			t.Errorf("Lookup(%q) = %q, %v; want the zero Indicator, false", id, in.ID, ok)
		}
	}
}

func TestZeroValuesDoNotPanicIndicators(t *testing.T) {
	if n := testcheck.ZeroMethods(t, indicators.Indicator{}); n != 1 {
		t.Errorf("called %d methods of Indicator, want 1 (UnmarshalJSON)", n)
	}
	var zero decimal.Decimal
	if _, err := indicators.Growth(zero, zero); err == nil {
		t.Error("Growth(0, 0) succeeded")
	}
	if v, err := indicators.Prior(zero, zero); err == nil {
		t.Errorf("Prior(0, 0) = %v, want an error", v)
	}
	if _, err := indicators.GrowthRange(shenyang.Range{}, shenyang.Range{}); err == nil {
		t.Error("GrowthRange of unset ranges succeeded")
	}
	if _, err := indicators.PriorRange(shenyang.Range{}, shenyang.Range{}); err == nil {
		t.Error("PriorRange of unset ranges succeeded")
	}
}

package shenyang_test

import (
	"errors"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/perf"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// figureCases measures each Figure function beside the module's decimal-
// and range-level functions computing the same value and range from the
// same reported figures: impl=decimal is that pair of calls (such as
// indicators.Growth and indicators.GrowthRange), impl=shenyang the Figure
// function, which also checks units, builds the formula, joins periods and
// gathers citations. The inputs are reported figures only, so that the
// exact formula and the range-level function agree digit for digit; Want
// is the value and range worked out by hand (see TestFigureFunctions).
//
// The dataset is looked up once, before the cases run.
func figureCases(tb testing.TB) []perf.Case {
	in := func(id string) shenyang.Figure {
		for _, get := range []func(string) (shenyang.Figure, bool){indicators.Figure, trade.Figure} {
			if f, ok := get(id); ok {
				return f
			}
		}
		tb.Fatalf("no figure %q", id)
		return shenyang.Figure{}
	}
	var (
		total, imports = in(indicators.TradeTotal2019), in(indicators.Imports2019)
		fdi, fdiGrowth = in(indicators.ForeignCapital2019), in(indicators.ForeignCapitalGrowth2019)
		usd            = in(trade.TotalUSD2019)
		rate18, rate19 = in(trade.OfficialRate2018), in(trade.OfficialRate2019)
		usdOfficial    = in(trade.TotalUSDOfficial2019)
		official       = trade.OfficialRate()
		totalM, _      = total.Money()
		usdM, _        = usd.Money()
		half           = decimal.New(5, -1)

		// results, written by every call so that none is optimized away
		f                shenyang.Figure
		d1               decimal.Decimal
		r1               shenyang.Range
		m1               shenyang.Money
		rt               shenyang.Rate
		errDec, errFig   error
		errRange, errRat error
	)
	// both returns what each side computed, or its error, and clears the
	// errors for the next case
	both := func() (string, string) {
		lower, fig := perfText(d1)+" "+r1.String(), perfText(f.Value)+" "+f.Range.String()
		if err := errors.Join(errDec, errRange, errRat); err != nil {
			lower = err.Error()
		}
		if errFig != nil {
			fig = errFig.Error()
		}
		errDec, errFig, errRange, errRat = nil, nil, nil, nil
		return lower, fig
	}
	return []perf.Case{
		{
			Name: "Growth",
			// (6.8985 - 6.6174) / 6.6174; [6.89845/6.61745 - 1, 6.89855/6.61735 - 1]
			Want: "0.04247891921298395 [0.04246348669049256, 0.04249435196868838]",
			Decimal: func() {
				d1, errDec = indicators.Growth(rate18.Value, rate19.Value)
				r1, errRange = indicators.GrowthRange(rate18.Range, rate19.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Growth("b.growth", "growth", rate18, rate19) },
			Results:  both,
		},
		{
			Name: "Prior",
			// 1.65e9 / 1.15; [1.645e9/1.155, 1.655e9/1.145]
			Want: "1434782608.695652 [1424242424.242424, 1445414847.161573]",
			Decimal: func() {
				d1, errDec = indicators.Prior(fdi.Value, fdiGrowth.Value)
				r1, errRange = indicators.PriorRange(fdi.Range, fdiGrowth.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Prior("b.prior", "prior", fdi, fdiGrowth) },
			Results:  both,
		},
		{
			Name: "Share",
			// 75.2 / 105.5; [75.15/105.55, 75.25/105.45]
			Want: "0.7127962085308057 [0.7119848413074372, 0.7136083451872926]",
			Decimal: func() {
				d1, errDec = trade.ImportShare(imports.Value, total.Value)
				r1, errRange = trade.ImportShareRange(imports.Range, total.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Share("b.share", "share", imports, total) },
			Results:  both,
		},
		{
			Name: "Difference",
			// 105.5e9 - 75.2e9; [105.45e9 - 75.25e9, 105.55e9 - 75.15e9]
			Want: "30300000000 [30200000000, 30400000000]",
			Decimal: func() {
				d1 = total.Value.Sub(imports.Value)
				r1, errRange = total.Range.Sub(imports.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Difference("b.difference", "difference", total, imports) },
			Results:  both,
		},
		{
			Name: "Sum",
			// two reported figures of one unit: 105.5e9 + 75.2e9;
			// [105.45e9 + 75.15e9, 105.55e9 + 75.25e9]
			Want: "180700000000 [180600000000, 180800000000]",
			Decimal: func() {
				d1 = total.Value.Add(imports.Value)
				r1, errRange = total.Range.Add(imports.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Sum("b.sum", "sum", total, imports) },
			Results:  both,
		},
		{
			Name: "RateOf",
			// 105.5e9 / 15e9; [105.45e9/15.5e9, 105.55e9/14.5e9]
			Want: "7.033333333333333 [6.803225806451612, 7.279310344827587]",
			Decimal: func() {
				rt, errRat = shenyang.RateBetween(usdM, totalM)
				d1 = rt.Value()
				r1, errRange = total.Range.Quo(usd.Range)
			},
			Shenyang: func() { f, errFig = shenyang.RateOf("b.rate", "rate", total, usd) },
			Results:  both,
		},
		{
			Name: "Convert",
			// 105.5e9 / 6.8985; [105.45e9/6.89855, 105.55e9/6.89845]
			Want: "15293179676.74132 [15285820933.38455, 15300538526.77051]",
			Decimal: func() {
				m1, errDec = official.Convert(totalM)
				d1 = m1.Amount()
				r1, errRange = total.Range.Quo(rate19.Range)
			},
			Shenyang: func() { f, errFig = shenyang.Convert("b.convert", "convert", total, rate19) },
			Results:  both,
		},
		{
			Name: "Reconcile",
			// [14.5e9, 15.5e9] and [15285820933.38455, 15300538526.77051]:
			// the second, with its midpoint 15293179730.07753
			Want: "15293179730.07753 [15285820933.38455, 15300538526.77051]",
			Decimal: func() {
				r1, errRange = usd.Range.Intersect(usdOfficial.Range)
				lo, _ := r1.Low().Value()
				hi, _ := r1.High().Value()
				d1 = lo.Add(hi).Mul(half)
			},
			Shenyang: func() { f, errFig = shenyang.Reconcile("b.reconcile", "reconcile", usd, usdOfficial) },
			Results:  both,
		},
	}
}

// TestFigureBenchCases checks that both sides of each benchmark compute
// the value and range worked out by hand, so that the benchmarks compare
// like with like.
func TestFigureBenchCases(t *testing.T) {
	for _, c := range figureCases(t) {
		c.Decimal()
		c.Shenyang()
		lower, fig := c.Results()
		if lower != c.Want || fig != c.Want {
			t.Errorf("%s: the decimal and range functions give %s, the Figure function %s; want %s", c.Name, lower, fig, c.Want)
		}
	}
}

// BenchmarkFigureFunctions runs each Figure function (impl=shenyang)
// beside the decimal- and range-level functions of the same computation
// (impl=decimal); `benchstat -col /impl` shows the ratio.
func BenchmarkFigureFunctions(b *testing.B) { perf.Bench(b, figureCases(b)) }

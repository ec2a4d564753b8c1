package shenyang_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// must returns f, and stops the example at an error: a program would
// handle it.
func must(f shenyang.Figure, err error) shenyang.Figure {
	if err != nil {
		panic(err)
	}
	return f
}

// Figures compute figures: the share of imports in total trade, with its
// range over the printed precision of both, its formula and its method.
func ExampleShare() {
	imports, _ := dataset.Figure(indicators.Imports2019)
	total, _ := dataset.Figure(indicators.TradeTotal2019)
	share, err := shenyang.Share("my.import-share", "Share of imports", imports, total)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 75.2 / 105.5 = 0.71279620853080568..., half to even at 16 digits;
	// range [75.15/105.55, 75.25/105.45], rounded outward.
	fmt.Println(shenyang.FormatDecimal(share.Value), share.Range, share.Unit)
	fmt.Println(share.Derivation.Formula)
	fmt.Println(share.Qualifier, "|", share.Derivation.Method)
	// Output:
	// 0.7127962085308057 [0.7119848413074372, 0.7136083451872926] ratio
	// indicators.imports.2019 / indicators.trade-total.2019
	// computed | exact: interval arithmetic, each reported input enters once
}

// Units are checked: dollars over yuan is an error, not a number.
func ExampleShare_mismatch() {
	usd, _ := dataset.Figure(trade.ImportsUSD2019)
	total, _ := dataset.Figure(indicators.TradeTotal2019)
	_, err := shenyang.Share("my.bad-share", "Imports in USD over total in CNY", usd, total)
	fmt.Println(errors.Is(err, shenyang.ErrUnitMismatch), errors.Is(err, shenyang.ErrCurrencyMismatch))
	var ue *shenyang.UnitError
	if errors.As(err, &ue) {
		fmt.Println(ue.Got, "against", ue.Want)
	}
	// Output:
	// true true
	// CNY against USD
}

// Growth of one figure over another; a derived input is followed back to
// the reported figures, so the 2018 exports (themselves derived) do not
// add a second rounding.
func ExampleGrowth() {
	e18, _ := dataset.Figure(trade.Exports2018)
	e19, _ := dataset.Figure(trade.Exports2019)
	g := must(shenyang.Growth("my.exports-growth", "Growth of exports", e18, e19))
	fmt.Println(shenyang.FormatDecimal(g.Value), g.Range)
	fmt.Println(g.Derivation.Method)
	// Output:
	// -0.1139201185292864 [-0.11643075519237, -0.1114121528642844]
	// exact: monotone in each reported input (signs of the partial derivatives fixed over their ranges), evaluated at two corners
}

// Prior gives the 2018 value from the 2019 value and its growth, with the
// period moved back a year.
func ExamplePrior() {
	v, _ := dataset.Figure(indicators.ForeignCapital2019)
	g, _ := dataset.Figure(indicators.ForeignCapitalGrowth2019)
	p := must(shenyang.Prior("my.fdi.2018", "Foreign capital in 2018", v, g))
	// 1.65e9 / 1.15 = 1434782608.6956521...; range [1.645e9/1.155, 1.655e9/1.145].
	fmt.Println(p.Period, shenyang.FormatDecimal(p.Value), p.Range)
	// Output:
	// 2018 1434782608.695652 [1424242424.242424, 1445414847.161573]
}

// Difference and Sum keep the unit of their inputs.
func ExampleDifference() {
	total, _ := dataset.Figure(indicators.TradeTotal2019)
	imports, _ := dataset.Figure(indicators.Imports2019)
	exports := must(shenyang.Difference("my.exports", "Exports", total, imports))
	// 105.5 - 75.2 = 30.3 billion; [105.45 - 75.25, 105.55 - 75.15].
	fmt.Println(shenyang.FormatDecimal(exports.Value), exports.Range, exports.Unit)
	// Output:
	// 30300000000 [30200000000, 30400000000] CNY
}

func ExampleSum() {
	exports, _ := dataset.Figure(trade.Exports2019)
	imports, _ := dataset.Figure(indicators.Imports2019)
	total := must(shenyang.Sum("my.total", "Exports plus imports", exports, imports))
	// (105.5 - 75.2) + 75.2 = 105.5 billion. Imports enter twice, with
	// opposite signs; the formula is monotone in each reported input, so
	// the range is still the exact [105.45, 105.55] billion.
	fmt.Println(shenyang.FormatDecimal(total.Value), total.Range)
	// Output:
	// 105500000000 [105450000000, 105550000000]
}

// RateOf gives the exchange rate that prices one amount in another: the
// report prints 105.5 billion yuan as "$15 billion".
func ExampleRateOf() {
	cny, _ := dataset.Figure(indicators.TradeTotal2019)
	usd, _ := dataset.Figure(trade.TotalUSD2019)
	r := must(shenyang.RateOf("my.rate", "Implied rate", cny, usd))
	// 105.5 / 15 = 7.0333...; [105.45/15.5, 105.55/14.5].
	fmt.Println(shenyang.FormatDecimal(r.Value), r.Range, r.Unit)
	// Output:
	// 7.033333333333333 [6.803225806451612, 7.279310344827587] CNY per USD
}

// Convert converts over the rate figure's whole range, so the BMW dollar
// figures of the dataset are exactly what it returns.
func ExampleConvert() {
	bmw, _ := dataset.Figure(investors.BMWInvestment)
	implied, _ := dataset.Figure(trade.ImpliedRate2019)
	usd := must(shenyang.Convert(investors.BMWInvestmentUSD, "Cumulative BMW Brilliance investment in US dollars at the 2019 rate the report implies", bmw, implied))
	want, _ := dataset.Figure(investors.BMWInvestmentUSD)
	// 52e9 × 15 / 105.5 = 7393364928.9099526...; (52e9, +inf) over
	// [6.8032, 7.2793] starts at 52e9 × 14.5 / 105.55, rounded down.
	fmt.Println(shenyang.FormatDecimal(usd.Value), usd.Range, usd.Qualifier)
	fmt.Println(usd.Derivation.Equal(want.Derivation), usd.Range.Equal(want.Range))
	// Output:
	// 7393364928.909953 [7143533870.203694, +inf) at least
	// true true
}

// Reconcile combines two readings of one count: "some 170" and "more than
// 170".
func ExampleReconcile() {
	en, _ := dataset.Figure(investors.Fortune500LocalCompanies)
	zh, _ := dataset.Figure(investors.Fortune500LocalCompaniesZh)
	both := must(shenyang.Reconcile("my.companies", "Both readings", en, zh))
	fmt.Println(both.Range, shenyang.FormatDecimal(both.Value))
	// Output:
	// [171, 175] 173
}

// A count printed with no hedge is exact; "some" allows half the last
// non-zero digit either way, in whole numbers.
func ExampleCountRangeOf() {
	exact, _ := shenyang.CountRangeOf(decimal.New(188, 0), shenyang.AsPrinted)
	some, _ := shenyang.CountRangeOf(decimal.New(170, 0), shenyang.Some)
	more, _ := shenyang.CountRangeOf(decimal.New(100, 0), shenyang.MoreThan)
	fmt.Println(exact, some, more)
	// Output:
	// [188, 188] [165, 175] (100, +inf)
}

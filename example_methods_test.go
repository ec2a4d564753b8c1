package shenyang_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// The examples of the methods a caller uses to read values: one per
// method, on the report's figures where it has them.

func ExampleBound_Value() {
	r, _ := shenyang.ParseRange("(100, +inf)")
	low, ok := r.Low().Value()
	fmt.Println(low, ok)
	_, ok = r.High().Value()
	fmt.Println(ok)
	// Output:
	// 100 true
	// false
}

func ExampleBound_IsOpen() {
	r, _ := shenyang.ParseRange("(100, 200]")
	fmt.Println(r.Low().IsOpen(), r.High().IsOpen())
	// Output: true false
}

func ExampleBound_IsUnbounded() {
	r, _ := shenyang.ParseRange("(100, +inf)")
	fmt.Println(r.Low().IsUnbounded(), r.High().IsUnbounded())
	// Output: false true
}

func ExampleBound_IsZero() {
	var unset shenyang.Range
	r, _ := shenyang.ParseRange("[1, 2]")
	fmt.Println(unset.Low().IsZero(), r.Low().IsZero())
	// Output: true false
}

func ExampleBound_Equal() {
	a, _ := shenyang.ParseRange("[1.50, 2]")
	b, _ := shenyang.ParseRange("[1.5, 3]")
	c, _ := shenyang.ParseRange("(1.5, 3]")
	// Decimals compare by value; openness counts.
	fmt.Println(a.Low().Equal(b.Low()), b.Low().Equal(c.Low()))
	// Output: true false
}

func ExampleRange_Low() {
	r, _ := shenyang.ParseRange("[1645000000, 1655000000]")
	low, _ := r.Low().Value()
	fmt.Println(low)
	// Output: 1645000000
}

func ExampleRange_High() {
	r, _ := shenyang.ParseRange("[1645000000, 1655000000]")
	high, _ := r.High().Value()
	fmt.Println(high)
	// Output: 1655000000
}

func ExampleRange_IsZero() {
	var unset shenyang.Range
	fmt.Println(unset.IsZero(), unset, shenyang.Exactly(decimal.New(188, 0)).IsZero())
	// Output: true unset false
}

func ExampleCurrency_Unit() {
	fmt.Println(shenyang.USD.Unit() == shenyang.UnitUSD, shenyang.CNY.Unit())
	// Output: true CNY
}

func ExampleCurrency_Valid() {
	fmt.Println(shenyang.CNY.Valid(), shenyang.Currency(0).Valid(), shenyang.Currency(9).Valid())
	// Output: true false false
}

func ExampleUnit_Currency() {
	c, ok := shenyang.UnitCNY.Currency()
	fmt.Println(c, ok)
	_, ok = shenyang.UnitRatio.Currency()
	fmt.Println(ok)
	// Output:
	// CNY true
	// false
}

func ExampleUnit_Valid() {
	fmt.Println(shenyang.UnitCount.Valid(), shenyang.Unit(0).Valid(), shenyang.Unit(99).Valid())
	// Output: true false false
}

func ExampleQualifier_LowerBound() {
	// "More than 100" and "surpassed 52 billion yuan" print an excluded
	// lower bound; "some 170" prints an approximate value.
	fmt.Println(shenyang.MoreThan.LowerBound(), shenyang.Surpassed.LowerBound(), shenyang.Some.LowerBound())
	// Output: true true false
}

func ExamplePeriod_IsInferred() {
	total, _ := dataset.Figure(indicators.TradeTotal2019)
	fdi, _ := dataset.Figure(indicators.ForeignCapital2019)
	fmt.Println(total.Period.IsInferred(), fdi.Period.IsInferred())
	fmt.Println(total.Period.InferredFrom)
	// Output:
	// true false
	// "last year" in a report published on 2020-04-09
}

func ExampleMoney_Amount() {
	m, _ := shenyang.ParseMoney("105500000000 CNY")
	fmt.Println(m.Amount().Shift(-9), "billion")
	// Output: 105.5 billion
}

func ExampleMoney_Currency() {
	m, _ := shenyang.ParseMoney("1650000000 USD")
	fmt.Println(m.Currency())
	// Output: USD
}

func ExampleMoney_IsZero() {
	var unset shenyang.Money
	zero, _ := shenyang.NewMoney(decimal.Zero, shenyang.USD)
	// No money is unset; zero dollars is an amount.
	fmt.Println(unset.IsZero(), zero.IsZero())
	// Output: true false
}

func ExampleRate_Base() {
	fmt.Println(trade.OfficialRate().Base(), trade.OfficialRate().Quote())
	// Output: USD CNY
}

func ExampleRate_Quote() {
	r, _ := shenyang.ParseRate("0.1421800947867299 USD per CNY")
	fmt.Println(r.Quote(), "per", r.Base())
	// Output: USD per CNY
}

func ExampleRate_Unit() {
	fmt.Println(trade.ImpliedRate().Unit())
	// Output: CNY per USD
}

func ExampleRate_Value() {
	// 105.5 billion yuan per 15 billion dollars, rounded half to even at
	// 16 significant digits; Convert uses the exact quotient.
	fmt.Println(trade.ImpliedRate().Value(), trade.OfficialRate().Value())
	// Output: 7.033333333333333 6.8985
}

func ExampleRate_Equal() {
	a, _ := shenyang.ParseRate("105.5 CNY per 15 USD")
	fmt.Println(a.Equal(trade.ImpliedRate()), a.Equal(trade.OfficialRate()))
	// Output: true false
}

func ExampleRate_IsZero() {
	var unset shenyang.Rate
	fmt.Println(unset.IsZero(), trade.OfficialRate().IsZero())
	// Output: true false
}

func ExampleFigure_Primary() {
	f, _ := dataset.Figure(indicators.Imports2019)
	c, ok := f.Primary()
	fmt.Println(ok, c.Source.Publisher)
	fmt.Printf("%q\n", c.Quote)
	// Output:
	// true China Daily Global
	// "Imports grew 17.1 percent to reach 75.2 billion yuan."
}

func ExampleFigure_Money() {
	f, _ := dataset.Figure(indicators.ForeignCapital2019)
	m, ok := f.Money()
	fmt.Println(m, ok)
	g, _ := dataset.Figure(indicators.ForeignCapitalGrowth2019)
	_, ok = g.Money() // a ratio is no amount of money
	fmt.Println(ok)
	// Output:
	// 1650000000 USD true
	// false
}

func ExampleFigure_IsZero() {
	var unset shenyang.Figure
	f, _ := dataset.Figure(indicators.Imports2019)
	fmt.Println(unset.IsZero(), f.IsZero())
	// Output: true false
}

func ExampleFigure_Equal() {
	f, _ := dataset.Figure(trade.ImportShare2019)
	b, _ := f.MarshalJSON()
	var g shenyang.Figure
	if err := g.UnmarshalJSON(b); err != nil {
		fmt.Println(err)
		return
	}
	// A figure decoded from its JSON equals the original.
	fmt.Println(f.Equal(g), f.Equal(shenyang.Figure{}))
	// Output: true false
}

func ExampleDerivation_Equal() {
	f, _ := dataset.Figure(trade.ImportShare2019)
	d := f.Derivation
	fmt.Println(d.Formula)
	fmt.Println(d.Equal(f.Derivation), d.Equal(shenyang.Derivation{Formula: d.Formula}))
	// Output:
	// indicators.imports.2019 / indicators.trade-total.2019
	// true false
}

func ExampleList_All() {
	for id := range shenyang.ListOf("a", "b").All() {
		fmt.Println(id)
	}
	// Output:
	// a
	// b
}

func ExampleList_At() {
	l := shenyang.ListOf("a", "b")
	v, ok := l.At(1)
	fmt.Println(v, ok)
	_, ok = l.At(2)
	fmt.Println(ok)
	// Output:
	// b true
	// false
}

func ExampleList_Len() {
	f, _ := dataset.Figure(trade.ImportShare2019)
	fmt.Println(f.Derivation.Inputs.Len())
	// Output: 2
}

func ExampleList_Slice() {
	l := shenyang.ListOf("a", "b")
	s := l.Slice()
	s[0] = "changed" // a copy: the list stays as it was
	v, _ := l.At(0)
	fmt.Println(s, v)
	// Output: [changed b] a
}

func ExampleList_Equal() {
	fmt.Println(shenyang.ListOf("a", "b").Equal(shenyang.ListOf("a", "b")), shenyang.ListOf("a").Equal(shenyang.ListOf("b")))
	// Output: true false
}

package shenyang_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// A Bound is closed, open or missing; ranges are made of two.
func ExampleBound() {
	r, _ := shenyang.RangeOf(decimal.New(100, 0), shenyang.MoreThan)
	low, high := r.Low(), r.High()
	v, ok := low.Value()
	fmt.Println(shenyang.FormatDecimal(v), ok, low.IsOpen())
	_, ok = high.Value()
	fmt.Println(ok, high.IsUnbounded())
	// Output:
	// 100 true true
	// false true
}

// Currencies parse from and print as ISO 4217 codes.
func ExampleCurrency() {
	c, err := shenyang.ParseCurrency("CNY")
	fmt.Println(c, c.Valid(), c.Unit(), err)
	fmt.Println(shenyang.Currency(9).Valid())
	// Output:
	// CNY true CNY <nil>
	// false
}

// Unit tells what a figure's value counts; amounts name their currency.
func ExampleUnit() {
	for _, u := range []shenyang.Unit{shenyang.UnitUSD, shenyang.UnitRatio, shenyang.UnitCNYPerUSD} {
		if c, ok := u.Currency(); ok {
			fmt.Printf("%q is an amount in %s\n", u, c)
			continue
		}
		fmt.Printf("%q is not money\n", u)
	}
	// Output:
	// "USD" is an amount in USD
	// "ratio" is not money
	// "CNY per USD" is not money
}

// A List is read through Len, At and All; Slice hands out a copy.
func ExampleList() {
	l := shenyang.ListOf("automobile", "high-end equipment")
	first, _ := l.At(0)
	fmt.Println(l.Len(), first)
	s := l.Slice()
	s[0] = "changed"
	for item := range l.All() {
		fmt.Println(item)
	}
	// Output:
	// 2 automobile
	// automobile
	// high-end equipment
}

// A Period records whether the source printed it or it was inferred.
func ExamplePeriod() {
	p := shenyang.Period{ISO: "2019", InferredFrom: `"last year" in a report published on 2020-04-09`}
	fmt.Println(p, p.IsInferred())
	q, _ := shenyang.ParsePeriod("2009/2020")
	fmt.Println(q, q.IsInferred())
	// Output:
	// 2019 (inferred from "last year" in a report published on 2020-04-09) true
	// 2009/2020 false
}

// The qualifier decides which values a printed figure stands for.
func ExampleQualifier() {
	for _, q := range []shenyang.Qualifier{shenyang.AsPrinted, shenyang.Some, shenyang.MoreThan, shenyang.Surpassed, shenyang.AtLeast} {
		fmt.Printf("%-10s lower bound only: %t\n", q, q.LowerBound())
	}
	// Output:
	// as printed lower bound only: false
	// some       lower bound only: false
	// more than  lower bound only: true
	// surpassed  lower bound only: true
	// at least   lower bound only: false
}

// Status tells reported figures from derived ones.
func ExampleStatus() {
	fmt.Println(shenyang.Reported, shenyang.Derived)
	var s shenyang.Status
	err := s.UnmarshalText([]byte("derived"))
	fmt.Println(s, err)
	// Output:
	// reported derived
	// derived <nil>
}

// ParseRange reads the text Range.String writes back into a range.
func ExampleParseRange() {
	r, err := shenyang.ParseRange("(100, +inf)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, r.Low().IsOpen(), r.High().IsUnbounded())
	_, err = shenyang.ParseRange("[2, 1]")
	fmt.Println(err)
	// Output:
	// (100, +inf) true true
	// shenyang: ParseRange: NewRange: bounds [2, 1]: empty range
}

// ParseMoney reads the text Money.String writes back into an amount.
func ExampleParseMoney() {
	m, err := shenyang.ParseMoney("105500000000 CNY")
	fmt.Println(m.Amount(), m.Currency(), err)
	_, err = shenyang.ParseMoney("12 EUR")
	fmt.Println(err)
	// Output:
	// 105500000000 CNY <nil>
	// shenyang: ParseMoney: ParseCurrency: code "EUR": unknown currency (want CNY or USD)
}

// ParseRate reads the exact text form Rate.String writes.
func ExampleParseRate() {
	implied, err := shenyang.ParseRate("105500000000 CNY per 15000000000 USD")
	if err != nil {
		fmt.Println(err)
		return
	}
	official, _ := shenyang.ParseRate("6.8985 CNY per USD")
	fmt.Println(implied.Value(), official.Value(), official)
	_, err = shenyang.ParseRate("7 CNY per CNY")
	fmt.Println(err)
	// Output:
	// 7.033333333333333 6.8985 6.8985 CNY per 1 USD
	// shenyang: ParseRate: NewRate: quote currency CNY: base and quote currencies must differ
}

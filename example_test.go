package shenyang_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// A printed figure stands for every value that rounds to it: the report's
// "$1.65 billion" is 165 * 10^7 dollars, give or take half a unit of the
// last printed digit.
func ExampleRangeOf() {
	printed, _ := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	some, _ := shenyang.RangeOf(decimal.New(170, 0), shenyang.Some)
	more, _ := shenyang.RangeOf(decimal.New(100, 0), shenyang.MoreThan)
	surpassed, _ := shenyang.RangeOf(decimal.New(52, 9), shenyang.Surpassed)
	atLeast, _ := shenyang.RangeOf(decimal.New(52, 9), shenyang.AtLeast)
	fmt.Println("$1.65 billion:", printed)
	fmt.Println("some 170:", some)
	fmt.Println("more than 100:", more)
	fmt.Println("surpassed 52 billion:", surpassed)
	fmt.Println("at least 52 billion:", atLeast)
	// Output:
	// $1.65 billion: [1645000000, 1655000000]
	// some 170: [165, 175]
	// more than 100: (100, +inf)
	// surpassed 52 billion: (52000000000, +inf)
	// at least 52 billion: [52000000000, +inf)
}

func ExampleNewRange() {
	r, err := shenyang.NewRange(shenyang.Closed(decimal.New(145, -3)), shenyang.Open(decimal.New(155, -3)))
	fmt.Println(r, err)

	_, err = shenyang.NewRange(shenyang.Closed(decimal.New(2, 0)), shenyang.Closed(decimal.New(1, 0)))
	fmt.Println(err)
	// Output:
	// [0.145, 0.155) <nil>
	// shenyang: NewRange: bounds [2, 1]: empty range
}

func ExampleExactly() {
	r := shenyang.Exactly(decimal.New(1055, 8))
	fmt.Println(r)
	fmt.Println(r.Contains(decimal.New(105500000000, 0)))
	// Output:
	// [105500000000, 105500000000]
	// true
}

func ExampleClosed() {
	b := shenyang.Closed(decimal.New(1645, 6))
	v, ok := b.Value()
	fmt.Println(shenyang.FormatDecimal(v), ok, b.IsOpen(), b.IsUnbounded())
	// Output:
	// 1645000000 true false false
}

func ExampleOpen() {
	// "more than 100" excludes 100.
	r, _ := shenyang.NewRange(shenyang.Open(decimal.New(100, 0)), shenyang.Unbounded())
	fmt.Println(r, r.Low().IsOpen())
	fmt.Println(r.Contains(decimal.New(100, 0)), r.Contains(decimal.New(101, 0)))
	// Output:
	// (100, +inf) true
	// false true
}

func ExampleUnbounded() {
	b := shenyang.Unbounded()
	_, ok := b.Value()
	fmt.Println(ok, b.IsUnbounded())
	_, err := shenyang.NewRange(shenyang.Unbounded(), shenyang.Unbounded())
	fmt.Println(errors.Is(err, shenyang.ErrUnbounded))
	// Output:
	// false true
	// true
}

func ExampleRange_Intersect() {
	printed, _ := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	above, _ := shenyang.RangeOf(decimal.New(165, 7), shenyang.MoreThan)
	both, _ := printed.Intersect(above)
	fmt.Println(both)

	_, err := printed.Intersect(shenyang.Exactly(decimal.New(2, 9)))
	fmt.Println(errors.Is(err, shenyang.ErrEmptyRange))
	// Output:
	// (1650000000, 1655000000]
	// true
}

func ExampleRange_Contains() {
	growth, _ := shenyang.RangeOf(decimal.New(15, -2), shenyang.AsPrinted) // 15 percent
	for _, v := range []string{"0.145", "0.1549", "0.155", "0.156"} {
		fmt.Println(v, growth.Contains(decimal.RequireFromString(v)))
	}
	// Output:
	// 0.145 true
	// 0.1549 true
	// 0.155 true
	// 0.156 false
}

func ExampleRange_MarshalJSON() {
	r, _ := shenyang.RangeOf(decimal.New(100, 0), shenyang.MoreThan)
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	// Output:
	// {"low":"100","low_open":true,"high":null,"high_open":false}
}

func ExampleNewMoney() {
	m, _ := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	fmt.Println(m)
	fmt.Println(shenyang.FormatDecimal(m.Amount()), m.Currency())

	_, err := shenyang.NewMoney(decimal.New(1, 0), 0)
	fmt.Println(err)
	// Output:
	// 105500000000 CNY
	// 105500000000 CNY
	// shenyang: NewMoney: currency: value is unset
}

func ExampleMoney_MarshalJSON() {
	m, _ := shenyang.NewMoney(decimal.New(165, 7), shenyang.USD)
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	// Output:
	// {"amount":"1650000000","currency":"USD"}
}

func ExampleNewRate() {
	r, _ := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.RequireFromString("7.0333"))
	fmt.Println(r)
	fmt.Println(r.Base(), r.Quote(), r.Unit())

	_, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.Decimal{})
	fmt.Println(err)
	// Output:
	// 7.0333 CNY per 1 USD
	// USD CNY CNY per USD
	// shenyang: NewRate: rate 0: value must be positive
}

// "Imports and exports totaled 105.5 billion yuan ($15 billion)" implies a
// rate of 105.5/15 yuan per dollar.
func ExampleRateBetween() {
	usd, _ := shenyang.NewMoney(decimal.New(15, 9), shenyang.USD)
	cny, _ := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	r, _ := shenyang.RateBetween(usd, cny)
	fmt.Println(r)
	fmt.Println(shenyang.FormatDecimal(r.Value()))
	// Output:
	// 105500000000 CNY per 15000000000 USD
	// 7.033333333333333
}

// A rate keeps the amounts it was made from, so the round trip is exact.
func ExampleRate_Convert() {
	usd, _ := shenyang.NewMoney(decimal.New(15, 9), shenyang.USD)
	cny, _ := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	r, _ := shenyang.RateBetween(usd, cny)

	back, _ := r.Convert(cny)
	fmt.Println(back)

	capital, _ := shenyang.NewMoney(decimal.New(165, 7), shenyang.USD)
	yuan, _ := r.Convert(capital)
	fmt.Println(yuan)

	imports, _ := shenyang.NewMoney(decimal.New(752, 8), shenyang.CNY)
	dollars, _ := r.Convert(imports)
	fmt.Println(dollars)
	// Output:
	// 15000000000 USD
	// 11605000000 CNY
	// 10691943127.96209 USD
}

func ExampleParseCurrency() {
	c, err := shenyang.ParseCurrency("CNY")
	fmt.Println(c, c.Unit(), err)
	_, err = shenyang.ParseCurrency("RMB")
	fmt.Println(err)
	// Output:
	// CNY CNY <nil>
	// shenyang: ParseCurrency: code "RMB": unknown currency (want CNY or USD)
}

func ExampleParseUnit() {
	u, _ := shenyang.ParseUnit("CNY per USD")
	fmt.Println(u == shenyang.UnitCNYPerUSD)
	u, _ = shenyang.ParseUnit("USD")
	c, ok := u.Currency()
	fmt.Println(c, ok)
	_, err := shenyang.ParseUnit("percent")
	fmt.Println(err)
	// Output:
	// true
	// USD true
	// shenyang: ParseUnit: unit "percent": invalid syntax (want CNY, USD, ratio, count, "CNY per USD" or "USD per CNY")
}

func ExampleParseQualifier() {
	q, _ := shenyang.ParseQualifier("more than")
	fmt.Println(q, q.LowerBound())
	q, _ = shenyang.ParseQualifier("some")
	fmt.Println(q, q.LowerBound())
	// Output:
	// more than true
	// some false
}

func ExampleParsePeriod() {
	p, _ := shenyang.ParsePeriod("2009/2020")
	fmt.Println(p, p.IsInferred())
	_, err := shenyang.ParsePeriod("2019-13")
	fmt.Println(err)
	// Output:
	// 2009/2020 false
	// shenyang: ParsePeriod: period "2019-13": invalid syntax (want a year, month or day that exists, in ISO 8601 ("2019", "2019-05", "2019-05-31"), or two joined by "/" ("2009/2020"), then " (inferred from ...)" when inferred)
}

func ExampleFormatDecimal() {
	fmt.Println(shenyang.FormatDecimal(decimal.New(165, 7)))
	fmt.Println(shenyang.FormatDecimal(decimal.New(1500, -4)))
	fmt.Println(shenyang.FormatDecimal(decimal.New(-449, -1)))
	// Output:
	// 1650000000
	// 0.15
	// -44.9
}

func ExampleReport() {
	src := shenyang.Report()
	fmt.Println(src.Publisher)
	fmt.Println(src.Title)
	fmt.Println(src.Published, src.Language)
	// Output:
	// China Daily Global
	// Shenyang's opening-up attracts foreign capital
	// 2020-04-09 en
}

func ExampleCite() {
	c := shenyang.Cite("Imports grew 17.1 percent to reach 75.2 billion yuan.")
	fmt.Println(c.Source.ID)
	fmt.Println(c.Quote)
	// Output:
	// chinadaily-2020-04-09
	// Imports grew 17.1 percent to reach 75.2 billion yuan.
}

func ExampleListOf() {
	sectors := shenyang.ListOf("automobile", "high-end equipment", "intelligent manufacturing")
	for s := range sectors.All() {
		fmt.Println(s)
	}
	first, _ := sectors.At(0)
	fmt.Println(sectors.Len(), first)
	// Output:
	// automobile
	// high-end equipment
	// intelligent manufacturing
	// 3 automobile
}

func ExampleFigure() {
	r, _ := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	f := shenyang.Figure{
		ID:        "indicators.foreign-capital.2019",
		Label:     "Actual use of foreign capital",
		Period:    shenyang.Period{ISO: "2019"},
		Value:     decimal.New(165, 7),
		Unit:      shenyang.UnitUSD,
		Range:     r,
		Qualifier: shenyang.AsPrinted,
		Printed:   "$1.65 billion",
		Status:    shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Cite("surged 15 percent to reach $1.65 billion in 2019")),
	}
	fmt.Println(f)
	m, _ := f.Money()
	fmt.Println(m)
	c, _ := f.Primary()
	fmt.Println(c.Quote)
	// Output:
	// indicators.foreign-capital.2019 = 1650000000 USD
	// 1650000000 USD
	// surged 15 percent to reach $1.65 billion in 2019
}

// Errors wrap a sentinel for errors.Is; the *ValueError around it names the
// operation, the argument and the offending value.
func ExampleValueError() {
	usd, _ := shenyang.NewMoney(decimal.New(15, 9), shenyang.USD)
	zero, _ := shenyang.NewMoney(decimal.Decimal{}, shenyang.CNY)
	_, err := shenyang.RateBetween(usd, zero)

	fmt.Println(errors.Is(err, shenyang.ErrNotPositive))
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		fmt.Println(ve.Op, "|", ve.Arg, "|", ve.Value)
	}
	fmt.Println(err)
	// Output:
	// true
	// RateBetween | quote | 0 CNY
	// shenyang: RateBetween: quote 0 CNY: value must be positive
}

func ExampleChineseEdition() {
	src := shenyang.ChineseEdition()
	fmt.Println(src.ID)
	fmt.Println(src.Title)
	fmt.Println(src.Published, src.Language)
	// Output:
	// chinadaily-zh-2020-01-07
	// 沈阳2019年实际利用外资创5年新高
	// 2020-01-07 zh
}

func ExampleCommunique() {
	src := shenyang.Communique()
	fmt.Println(src.Publisher)
	fmt.Println(src.Published, src.URL == "")
	// Output:
	// National Bureau of Statistics of China
	// 2020-02-28 true
}

func ExampleSources() {
	for src := range shenyang.Sources() {
		fmt.Println(src.ID, src.Language)
	}
	// Output:
	// chinadaily-2020-04-09 en
	// chinadaily-zh-2020-01-07 zh
	// nbs-communique-2019 en
	// ce-2019-12-13 zh
	// govcn-2020-01-21 en
	// shenyang-work-report-2019 zh
}

// The Ministry of Commerce's January-November figures, cited on the
// national growth the Chinese edition implies.
func ExampleCommerceJanNov() {
	src := shenyang.CommerceJanNov()
	fmt.Println(src.Publisher, src.Published)
	// Output: Economic Daily - China Economic Net 2019-12-13
}

// The full-year figure came out after the Chinese edition of 2020-01-07.
func ExampleCommerceFullYear() {
	fmt.Println(shenyang.CommerceFullYear().Published > shenyang.ChineseEdition().Published)
	// Output: true
}

// Shenyang's work report on 2019 repeats the report's two growth rates.
func ExampleWorkReport() {
	src := shenyang.WorkReport()
	fmt.Println(src.Title, src.Published)
	// Output: 沈阳市2019年政府工作报告 2020-02-10
}

// The module stores no text of the Chinese edition, so its citations carry
// a note instead of a quote.
func ExampleUnquoted() {
	c := shenyang.Unquoted(shenyang.ChineseEdition(), "it reports growth of 7.2 percent")
	fmt.Println(c.Source.ID)
	fmt.Printf("%q\n", c.Quote)
	fmt.Println(c.Note)
	// Output:
	// chinadaily-zh-2020-01-07
	// ""
	// no quote: the module does not store this source's text; it reports growth of 7.2 percent
}

func ExampleCitation_HasQuote() {
	quoted := shenyang.Cite("Imports grew 17.1 percent to reach 75.2 billion yuan.")
	unquoted := shenyang.Unquoted(shenyang.Communique(), "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar")
	fmt.Println(quoted.HasQuote(), unquoted.HasQuote())
	// Output:
	// true false
}

// Ranges are equal when their bounds are: the same kinds and equal values,
// whatever the trailing zeros.
func ExampleRange_Equal() {
	printed, _ := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	literal, _ := shenyang.NewRange(
		shenyang.Closed(decimal.RequireFromString("1645000000.00")),
		shenyang.Closed(decimal.New(1655, 6)),
	)
	fmt.Println(printed.Equal(literal))

	more, _ := shenyang.RangeOf(decimal.New(100, 0), shenyang.MoreThan)
	atLeast, _ := shenyang.RangeOf(decimal.New(100, 0), shenyang.AtLeast)
	fmt.Println(more.Equal(atLeast))
	// Output:
	// true
	// false
}

func ExampleMoney_Equal() {
	a, _ := shenyang.NewMoney(decimal.RequireFromString("1.50"), shenyang.USD)
	b, _ := shenyang.NewMoney(decimal.New(15, -1), shenyang.USD)
	c, _ := shenyang.NewMoney(decimal.New(15, -1), shenyang.CNY)
	fmt.Println(a.Equal(b), a.Equal(c))
	// Output:
	// true false
}

// A reported figure prints as the source printed it; a derived one at the
// precision of its range.
func ExampleFigure_Readable() {
	reported := shenyang.Figure{
		ID: "example.reported", Status: shenyang.Reported, Printed: "some 170",
		Value: decimal.New(170, 0), Unit: shenyang.UnitCount, Qualifier: shenyang.Some,
	}
	r, err := shenyang.RangeOf(decimal.New(72, -3), shenyang.AsPrinted) // 7.2 percent
	if err != nil {
		fmt.Println(err)
		return
	}
	derived := shenyang.Figure{
		ID: "example.derived", Status: shenyang.Derived,
		Value: decimal.New(72, -3), Unit: shenyang.UnitRatio, Range: r,
	}
	fmt.Println(reported.Readable())
	fmt.Println(derived.Readable())
	// Output:
	// some 170
	// 7.20 percent (7.15 to 7.25)
}

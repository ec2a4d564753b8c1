package indicators_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shopspring/decimal"
)

// Look a printed figure up by id: its value is in base units (dollars),
// and its range is every value that "$1.65 billion" can stand for.
func ExampleFigure() {
	f, ok := indicators.Figure(indicators.ForeignCapital2019)
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(f)
	fmt.Printf("printed %q (%s), %s, range %s\n", f.Printed, f.Qualifier, f.Status, f.Range)
	c, _ := f.Primary()
	fmt.Println("source:", c.Source.Publisher, c.Source.Published)
	// Output:
	// indicators.foreign-capital.2019 = 1650000000 USD
	// printed "$1.65 billion" (as printed), reported, range [1645000000, 1655000000]
	// source: China Daily Global 2020-04-09
}

// Walk a derivation: the 2018 value is not in the report; the module
// derives it from the 2019 value and its growth, and says how.
func ExampleFigure_derivation() {
	f, _ := indicators.Figure(indicators.ForeignCapital2018)
	fmt.Println(f, f.Status)
	fmt.Println("formula:", f.Derivation.Formula)
	for id := range f.Derivation.Inputs.All() {
		in, _ := indicators.Figure(id)
		fmt.Printf("  %s = %s %s\n", id, shenyang.FormatDecimal(in.Value), in.Range)
	}
	fmt.Println("range:", f.Range)
	// Output:
	// indicators.foreign-capital.2018 = 1434782608.695652 USD derived
	// formula: indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)
	//   indicators.foreign-capital.2019 = 1650000000 [1645000000, 1655000000]
	//   indicators.foreign-capital.growth.2019 = 0.15 [0.145, 0.155]
	// range: [1424242424.242424, 1445414847.161573]
}

// Figures yields the reported figures in the report's order, then the
// Chinese edition's growth gaps, then the derived 2018 values and the
// national and provincial growth rates the gaps imply.
func ExampleFigures() {
	for f := range indicators.Figures() {
		fmt.Printf("%-51s %-8s %s\n", f.ID, f.Status, shenyang.FormatDecimal(f.Value))
	}
	// Output:
	// indicators.foreign-capital.2019                     reported 1650000000
	// indicators.foreign-capital.growth.2019              reported 0.15
	// indicators.trade-total.2019                         reported 105500000000
	// indicators.trade-total.growth.2019                  reported 0.072
	// indicators.imports.2019                             reported 75200000000
	// indicators.imports.growth.2019                      reported 0.171
	// indicators.foreign-capital.growth-gap.national.2019 reported 0.124
	// indicators.trade-total.growth-gap.national.2019     reported 0.048
	// indicators.foreign-capital.growth-gap.liaoning.2019 reported 0.478
	// indicators.trade-total.growth-gap.liaoning.2019     reported 0.123
	// indicators.foreign-capital.2018                     derived  1434782608.695652
	// indicators.trade-total.2018                         derived  98414179104.47761
	// indicators.imports.2018                             derived  64218616567.03672
	// indicators.foreign-capital.growth.national.2019     derived  0.026
	// indicators.trade-total.growth.national.2019         derived  0.024
	// indicators.foreign-capital.growth.liaoning.2019     derived  -0.328
	// indicators.trade-total.growth.liaoning.2019         derived  -0.051
}

// The Chinese edition reports how far Shenyang's growth exceeded the
// national rate; the module stores none of its text, so the citation says
// so instead of quoting. The national rate it implies is growth minus gap.
func ExampleFigure_chineseEdition() {
	gap, _ := indicators.Figure(indicators.ForeignCapitalGapNational2019)
	c, _ := gap.Primary()
	fmt.Println(gap.Printed, "=", shenyang.FormatDecimal(gap.Value), gap.Range)
	fmt.Println(c.Source.ID, c.HasQuote())
	national, _ := indicators.Figure(indicators.ForeignCapitalGrowthNational2019)
	fmt.Println(national.Derivation.Formula)
	fmt.Println(shenyang.FormatDecimal(national.Value), national.Range)
	// Output:
	// 12.4 percentage points = 0.124 [0.1235, 0.1245]
	// chinadaily-zh-2020-01-07 false
	// indicators.foreign-capital.growth.2019 - indicators.foreign-capital.growth-gap.national.2019
	// 0.026 [0.0205, 0.0315]
}

// An indicator gathers a 2019 value, its growth and the 2018 value they
// imply.
func ExampleHeadline() {
	in, ok := indicators.Headline(indicators.Imports)
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(in.Name)
	fmt.Println("2019:  ", in.Value.Printed, "=", shenyang.FormatDecimal(in.Value.Value), in.Value.Unit)
	fmt.Println("growth:", in.Growth.Printed, "=", shenyang.FormatDecimal(in.Growth.Value))
	fmt.Println("2018:  ", shenyang.FormatDecimal(in.Prior.Value), in.Prior.Unit)
	_, ok = indicators.Headline("exports")
	fmt.Println("exports is an indicator:", ok)
	// Output:
	// Imports
	// 2019:   75.2 billion yuan = 75200000000 CNY
	// growth: 17.1 percent = 0.171
	// 2018:   64218616567.03672 CNY
	// exports is an indicator: false
}

func ExampleAll() {
	for in := range indicators.All() {
		fmt.Printf("%s: %s, up %s on 2018\n", in.Name, in.Value.Printed, in.Growth.Printed)
	}
	// Output:
	// Actual use of foreign capital: $1.65 billion, up 15 percent on 2018
	// Total imports and exports: 105.5 billion yuan, up 7.2 percent on 2018
	// Imports: 75.2 billion yuan, up 17.1 percent on 2018
}

func ExampleClaims() {
	for c := range indicators.Claims() {
		fmt.Println(c.ID, c.Period.ISO)
		fmt.Println(c.Text)
	}
	// Output:
	// indicators.foreign-capital.record 2015/2019
	// The 2019 actual use of foreign capital was the highest in the last five years, a sign that the city's efforts in going global have borne fruit.
}

// Growth is exact where the quotient ends and keeps 16 significant digits
// where it does not.
func ExampleGrowth() {
	for _, c := range []struct{ prior, current decimal.Decimal }{
		{decimal.New(100, 0), decimal.New(115, 0)}, // 15 / 100
		{decimal.New(3, 0), decimal.New(4, 0)},     // 1 / 3
		{decimal.New(200, 0), decimal.New(150, 0)}, // -50 / 200
	} {
		g, err := indicators.Growth(c.prior, c.current)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(shenyang.FormatDecimal(c.prior), "->", shenyang.FormatDecimal(c.current), "=", shenyang.FormatDecimal(g))
	}
	// Output:
	// 100 -> 115 = 0.15
	// 3 -> 4 = 0.3333333333333333
	// 200 -> 150 = -0.25
}

// A zero base has no growth rate: the error wraps a sentinel for
// errors.Is, and a *shenyang.ValueError names the argument.
func ExampleGrowth_error() {
	_, err := indicators.Growth(decimal.Decimal{}, decimal.New(5, 0))
	fmt.Println(err)
	fmt.Println(errors.Is(err, shenyang.ErrNotPositive))
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		fmt.Println(ve.Op, ve.Arg, ve.Value)
	}
	// Output:
	// shenyang: indicators.Growth: prior 0: value must be positive
	// true
	// indicators.Growth prior 0
}

package investors_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// A hedged figure: "has surpassed 52 billion yuan" is a lower bound, and
// its range says so.
func ExampleFigure() {
	f, ok := investors.Figure(investors.BMWInvestment)
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(f)
	fmt.Printf("printed %q: %s %s, period %s\n", f.Printed, f.Qualifier, f.Range, f.Period.ISO)
	fmt.Println(f.Range.Contains(decimal.New(52, 9)), f.Range.Contains(decimal.New(53, 9)))
	// Output:
	// investors.bmw-brilliance.investment = 52000000000 CNY
	// printed "surpassed 52 billion yuan": surpassed (52000000000, +inf), period 2009/2020-04-09
	// false true
}

// The dollar value is derived at the 2019 rate the report implies; the
// figure's note says why it is only illustrative, and its lower bound
// carries the uncertainty of that rate.
func ExampleFigure_converted() {
	f, _ := investors.Figure(investors.BMWInvestmentUSD)
	fmt.Println(f)
	fmt.Println(f.Qualifier, f.Range)
	fmt.Println(f.Derivation.Formula)
	rate, _ := trade.Figure(trade.ImpliedRate2019)
	fmt.Println(rate.ID, rate.Range)
	fmt.Println(f.Note)
	// Output:
	// investors.bmw-brilliance.investment-usd = 7393364928.909953 USD
	// at least [7143533870.203694, +inf)
	// investors.bmw-brilliance.investment / trade.implied-rate.2019
	// trade.implied-rate.2019 [6.803225806451612, 7.279310344827587]
	// illustrative: a cumulative 2009-2020 yuan total converted at one 2019 rate; the yuan amounts of earlier years were worth other dollar sums
}

func ExampleFigures() {
	for f := range investors.Figures() {
		fmt.Printf("%-49s %-10s %s\n", f.ID, f.Qualifier, f.Range)
	}
	// Output:
	// investors.fortune500.companies                    more than  (100, +inf)
	// investors.fortune500.local-companies              some       [165, 175]
	// investors.fortune500.local-companies.zh           more than  (170, +inf)
	// investors.bmw-brilliance.investment               surpassed  (52000000000, +inf)
	// investors.fortune500.local-companies.combined     computed   [171, 175]
	// investors.bmw-brilliance.investment-usd           at least   [7143533870.203694, +inf)
	// investors.bmw-brilliance.investment-usd-official  at least   [7537815917.837806, +inf)
}

func ExampleLookup() {
	in, ok := investors.Lookup("investors.michelin")
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Printf("%s, %s from %s\n", in.Name, in.Description, in.Country)
	_, ok = investors.Lookup("investors.volkswagen")
	fmt.Println(ok)
	// Output:
	// Michelin, tire maker from France
	// false
}

// The report names three investors; it gives Michelin's country only.
func ExampleAll() {
	for in := range investors.All() {
		country := in.Country
		if country == "" {
			country = "(not stated)"
		}
		fmt.Printf("%-12s %-24s %s\n", in.Name, in.Description, country)
	}
	// Output:
	// BMW          automaker                (not stated)
	// Michelin     tire maker               France
	// Bridgestone  tire and rubber company  (not stated)
}

func ExampleProducts() {
	for p := range investors.Products() {
		fmt.Printf("%s %s, %s: %s\n", p.Maker, p.Kind, p.Name, p.Outlook)
		c, _ := p.Citations.At(0)
		fmt.Println(c.Quote)
	}
	// Output:
	// BMW Brilliance Automotive all-electric model, iX3: expected to be produced in Shenyang and exported across the world
	// Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world.
}

func ExampleClaims() {
	for c := range investors.Claims() {
		fmt.Println(c.Subject+":", c.Text)
		fmt.Println(c.Items.Slice())
	}
	// Output:
	// BMW Brilliance Automotive: The investment in BMW Brilliance Automotive's Shenyang production base has become a model for cooperation between Shenyang and Germany.
	// [Shenyang Germany]
}

// Counts are figures too, with the unit "count".
func ExampleFigure_count() {
	f, _ := investors.Figure(investors.Fortune500LocalCompanies)
	fmt.Println(f.Printed, "->", shenyang.FormatDecimal(f.Value), f.Unit, f.Range)
	// Output:
	// some 170 -> 170 count [165, 175]
}

// The English report says "some 170" local companies, the Chinese edition
// "more than 170": together they allow (170, 175], the whole numbers 171
// to 175, whose midpoint is 173.
func ExampleFigure_combined() {
	f, _ := investors.Figure(investors.Fortune500LocalCompaniesCombined)
	for id := range f.Derivation.Inputs.All() {
		in, _ := investors.Figure(id)
		fmt.Printf("%q %s\n", in.Printed, in.Range)
	}
	fmt.Println(f.Range, shenyang.FormatDecimal(f.Value))
	// Output:
	// "some 170" [165, 175]
	// "more than 170" (170, +inf)
	// [171, 175] 173
}

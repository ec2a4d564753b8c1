package shenyang_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
)

// Look a figure up by id, read what it stands for and where it comes
// from, then follow a figure the module derives from it and convert an
// amount at the exchange rate the report implies.
func Example() {
	f, ok := indicators.Figure(indicators.ForeignCapital2019)
	if !ok {
		fmt.Println("no figure", indicators.ForeignCapital2019)
		return
	}
	fmt.Println(f.Label+":", f.Readable())
	fmt.Println("stands for", f.Range, f.Unit)
	if c, ok := f.Primary(); ok {
		fmt.Printf("%s, %s: %q\n", c.Source.Publisher, c.Source.Published, c.Quote)
	}

	prior, ok := indicators.Figure(indicators.ForeignCapital2018)
	if !ok {
		fmt.Println("no figure", indicators.ForeignCapital2018)
		return
	}
	fmt.Println(prior.Status, prior.Period.ISO+":", prior.Readable())
	fmt.Println("=", prior.Derivation.Formula)

	total, ok := indicators.Figure(indicators.TradeTotal2019)
	if !ok {
		fmt.Println("no figure", indicators.TradeTotal2019)
		return
	}
	yuan, ok := total.Money()
	if !ok {
		fmt.Println(total.ID, "is not an amount of money")
		return
	}
	usd, err := trade.ImpliedRate().Convert(yuan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(yuan, "is", usd, "at", trade.ImpliedRate())

	// Bad input is an error, never a panic, and errors.Is tells its kind.
	_, err = shenyang.NewMoney(yuan.Amount(), 0)
	fmt.Println(errors.Is(err, shenyang.ErrUnset), err)
	// Output:
	// Actual use of foreign capital: $1.65 billion
	// stands for [1645000000, 1655000000] USD
	// China Daily Global, 2020-04-09: "The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019"
	// derived 2018: $1.43 billion (1.42 to 1.45)
	// = indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)
	// 105500000000 CNY is 15000000000 USD at 105500000000 CNY per 15000000000 USD
	// true shenyang: NewMoney: currency: value is unset
}

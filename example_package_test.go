package shenyang_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
)

// Look a figure up by id, read what it stands for and where it comes
// from, compute a figure from it with a Figure function, and ask how a
// figure the module derives is computed.
func Example() {
	fdi, ok := dataset.Figure(indicators.ForeignCapital2019)
	if !ok {
		fmt.Println("no figure", indicators.ForeignCapital2019)
		return
	}
	fmt.Println(fdi.Label+":", fdi.Readable())
	fmt.Println("stands for", fdi.Range, fdi.Unit)
	if c, ok := fdi.Primary(); ok {
		fmt.Printf("%s, %s: %q\n", c.Source.Publisher, c.Source.Published, c.Quote)
	}

	growth, ok := dataset.Figure(indicators.ForeignCapitalGrowth2019)
	if !ok {
		fmt.Println("no figure", indicators.ForeignCapitalGrowth2019)
		return
	}
	prior, err := shenyang.Prior("my.fdi.2018", "Foreign capital in 2018", fdi, growth)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(prior.Period.ISO+":", prior.Readable(), "=", prior.Derivation.Formula)

	e, err := dataset.Explain(trade.ImportShare2019)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, leaf := range e.Leaves() {
		fmt.Println(e.Figure.ID, "rests on", leaf.ID, leaf.Printed)
	}

	// Bad input is an error, never a panic, and errors.Is tells its kind.
	_, err = shenyang.Prior("my.bad", "", fdi, fdi)
	fmt.Println(errors.Is(err, shenyang.ErrUnitMismatch), err)
	// Output:
	// Actual use of foreign capital: $1.65 billion
	// stands for [1645000000, 1655000000] USD
	// China Daily Global, 2020-04-09: "The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019"
	// 2018: $1.43 billion (1.42 to 1.45) = indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)
	// trade.import-share.2019 rests on indicators.imports.2019 75.2 billion yuan
	// trade.import-share.2019 rests on indicators.trade-total.2019 105.5 billion yuan
	// true shenyang: Prior: growth indicators.foreign-capital.2019: unit "USD" does not match "ratio"
}

package dataset_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang/dataset"
)

func ExampleFigure() {
	f, ok := dataset.Figure("trade.exports.2019")
	if !ok {
		fmt.Println("no such figure")
		return
	}
	// Exports are not printed: they are total trade less imports,
	// 105.5 - 75.2 = 30.3 billion yuan, each input good to half a unit of
	// its last printed digit, so [30.2, 30.4] billion.
	fmt.Println(f.Status, f.Derivation.Formula)
	fmt.Println(f.Value, f.Range)
	// Output:
	// derived indicators.trade-total.2019 - indicators.imports.2019
	// 30300000000 [30200000000, 30400000000]
}

func ExampleFigure_notFound() {
	_, ok := dataset.Figure("trade.exports.2030")
	fmt.Println(ok)
	_, err := dataset.Explain("trade.exports.2030")
	fmt.Println(errors.Is(err, dataset.ErrNotFound))
	// Output:
	// false
	// true
}

func ExampleExplain() {
	e, err := dataset.Explain("trade.exports.2019")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, leaf := range e.Leaves() {
		fmt.Println(leaf.ID, leaf.Printed)
	}
	// Output:
	// indicators.trade-total.2019 105.5 billion yuan
	// indicators.imports.2019 75.2 billion yuan
}

func ExampleStatements() {
	for s := range dataset.Statements() {
		fmt.Printf("%s, %s (%s)\n", s.Speaker.Name, s.Speaker.Role, s.Period.ISO)
	}
	// Output:
	// Jiang Youwei, mayor (2020-01)
	// Li Hongbiao, researcher (2020-04-09)
}

func ExampleClaims() {
	// The report's city-wide claims come first, then each package's.
	n := 0
	for c := range dataset.Claims() {
		if n < 5 {
			fmt.Println(c.ID, c.Items.Len())
		}
		n++
	}
	fmt.Println(n, "claims in all")
	// Output:
	// city.profile 0
	// plans.opening-up 2
	// plans.aims 2
	// plans.sectors 3
	// sources.attribution 0
	// 11 claims in all
}

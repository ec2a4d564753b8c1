package shenyang_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// ownFigure is the smallest reported figure a caller can build from a
// number of their own: an id, a value, its unit and the range its printed
// precision stands for, the qualifier, the status and one citation.
func ownFigure(id string, value decimal.Decimal, unit shenyang.Unit, src shenyang.Source) (shenyang.Figure, error) {
	r, err := shenyang.RangeOf(value, shenyang.AsPrinted)
	if err != nil {
		return shenyang.Figure{}, err
	}
	return shenyang.Figure{
		ID: id, Value: value, Unit: unit, Range: r,
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Citation{Source: src}),
	}, nil
}

// Ranges of your own are computed as figures: make each a reported Figure
// citing your source, then call the Figure functions, which compute
// exactly and round once. (Range has no arithmetic of its own.)
func Example_ownFigures() {
	src := shenyang.Source{ID: "my-notes", Title: "My notes"}
	exports, err := ownFigure("my.exports", decimal.New(303, 8), shenyang.UnitCNY, src) // 30.3 billion yuan
	if err != nil {
		fmt.Println(err)
		return
	}
	imports, err := ownFigure("my.imports", decimal.New(752, 8), shenyang.UnitCNY, src) // 75.2 billion yuan
	if err != nil {
		fmt.Println(err)
		return
	}
	total, err := shenyang.Sum("my.total", "Exports and imports", exports, imports)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 30.3e9 + 75.2e9; [30.25e9 + 75.15e9, 30.35e9 + 75.25e9]
	fmt.Println(shenyang.FormatDecimal(total.Value), total.Range, total.Qualifier)
	fmt.Println(total.Derivation.Formula)
	// Output:
	// 105500000000 [105400000000, 105600000000] computed
	// my.exports + my.imports
}

// A share whose part and whole overlap: its range is the formula's exact
// range, not cut to [0, 1], since a part of 9.95 over a whole of 9.5 is
// what the two printed figures allow.
func ExampleShare_overlap() {
	src := shenyang.Source{ID: "my-notes", Title: "My notes"}
	part, err := ownFigure("my.part", decimal.New(99, -1), shenyang.UnitRatio, src) // 9.9
	if err != nil {
		fmt.Println(err)
		return
	}
	whole, err := ownFigure("my.whole", decimal.New(10, 0), shenyang.UnitRatio, src) // 10
	if err != nil {
		fmt.Println(err)
		return
	}
	share, err := shenyang.Share("my.share", "Part of the whole", part, whole)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 9.9 / 10; [9.85 / 10.5, 9.95 / 9.5] = [0.93809523809523809..., 1.04736842105263157...],
	// rounded outward at 16 significant digits
	fmt.Println(shenyang.FormatDecimal(share.Value), share.Range)
	// Output:
	// 0.99 [0.938095238095238, 1.047368421052632]
}

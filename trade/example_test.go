package trade_test

import (
	"errors"
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// Look up a derived figure and walk its derivation back to the printed
// figures in indicators.
func ExampleFigure() {
	f, ok := trade.Figure(trade.Balance2019)
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(f, f.Range)
	fmt.Println(f.Label)
	fmt.Println("formula:", f.Derivation.Formula)
	exports, _ := trade.Figure(trade.Exports2019)
	fmt.Println("  ", exports.Derivation.Formula)
	imports, _ := indicators.Figure(indicators.Imports2019)
	fmt.Printf("   %s is printed as %q\n", imports.ID, imports.Printed)
	// Output:
	// trade.balance.2019 = -44900000000 CNY [-45050000000, -44750000000]
	// Trade balance: exports minus imports (negative: a deficit)
	// formula: trade.exports.2019 - indicators.imports.2019
	//    indicators.trade-total.2019 - indicators.imports.2019
	//    indicators.imports.2019 is printed as "75.2 billion yuan"
}

func ExampleFigures() {
	for f := range trade.Figures() {
		fmt.Printf("%-32s %-20s %s\n", f.ID, shenyang.FormatDecimal(f.Value), f.Unit)
	}
	// Output:
	// trade.total-usd.2019             15000000000          USD
	// trade.partners.2019              188                  count
	// trade.official-rate.2019         6.8985               CNY per USD
	// trade.official-rate.2018         6.6174               CNY per USD
	// trade.exports.2019               30300000000          CNY
	// trade.balance.2019               -44900000000         CNY
	// trade.exports.2018               34195562537.44089    CNY
	// trade.exports.growth.2019        -0.1139201185292864  ratio
	// trade.import-share.2019          0.7127962085308057   ratio
	// trade.import-share.2018          0.6525341891930177   ratio
	// trade.implied-rate.2019          7.033333333333333    CNY per USD
	// trade.imports-usd.2019           10691943127.96209    USD
	// trade.exports-usd.2019           4308056872.037915    USD
	// trade.total-usd-official.2019    15293179676.74132    USD
	// trade.imports-usd-official.2019  10900920489.96159    USD
	// trade.exports-usd-official.2019  4392259186.779735    USD
}

// Convert at the rate the report implies. The rate keeps the two amounts
// it comes from, so the report's own pair converts exactly.
func ExampleImpliedRate() {
	rate := trade.ImpliedRate()
	fmt.Println(rate)
	total, _ := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	usd, err := rate.Convert(total)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(total, "=", usd)
	bmw, _ := shenyang.NewMoney(decimal.New(52, 9), shenyang.CNY)
	usd, _ = rate.Convert(bmw)
	fmt.Println(bmw, "=", usd)

	// The printed precision allows a range of rates.
	f, _ := trade.Figure(trade.ImpliedRate2019)
	fmt.Println(f.Range, f.Unit)
	// Output:
	// 105500000000 CNY per 15000000000 USD
	// 105500000000 CNY = 15000000000 USD
	// 52000000000 CNY = 7393364928.909953 USD
	// [6.803225806451612, 7.279310344827587] CNY per USD
}

// Convert at the official 2019 average rate of the statistical
// communiqué, which the module cites without a quote. At it the report's
// 105.5 billion yuan are 15.29 billion dollars, within the range its "$15
// billion" stands for.
func ExampleOfficialRate() {
	rate := trade.OfficialRate()
	fmt.Println(rate)
	total, _ := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	usd, _ := rate.Convert(total)
	fmt.Println(total, "=", usd)

	f, _ := trade.Figure(trade.OfficialRate2019)
	c, _ := f.Primary()
	fmt.Println(f.Range, c.Source.Publisher, c.HasQuote())
	printed, _ := trade.Figure(trade.TotalUSD2019)
	fmt.Println(printed.Range.Contains(usd.Amount()))
	// Output:
	// 6.8985 CNY per 1 USD
	// 105500000000 CNY = 15293179676.74132 USD
	// [6.89845, 6.89855] National Bureau of Statistics of China false
	// true
}

// Compute a share from two printed figures.
func ExampleImportShare() {
	imports, _ := indicators.Figure(indicators.Imports2019)
	total, _ := indicators.Figure(indicators.TradeTotal2019)
	s, err := trade.ImportShare(imports.Value, total.Value)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(shenyang.FormatDecimal(s))
	// Output:
	// 0.7127962085308057
}

// A part larger than its whole is an error, never a share above 1.
func ExampleImportShare_error() {
	_, err := trade.ImportShare(decimal.New(150, 0), decimal.New(100, 0))
	fmt.Println(err)
	fmt.Println(errors.Is(err, shenyang.ErrPartExceedsWhole))
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		fmt.Println(ve.Op, ve.Arg)
	}
	// Output:
	// shenyang: trade.ImportShare: imports 150 > total 100: part exceeds whole
	// true
	// trade.ImportShare imports
}

func ExamplePriorities() {
	for c := range trade.Priorities() {
		fmt.Println(c.Text)
		for item := range c.Items.All() {
			fmt.Println("  -", item)
		}
	}
	// Output:
	// Foreign trade is to grow in both quantity and quality, with a larger proportion of high-tech and high value-added products.
	//   - quantity of foreign trade
	//   - quality of foreign trade
	//   - proportion of high-tech and high value-added products
	// Private small and medium-sized enterprises are to play a bigger role in foreign trade.
	//   - private SMEs
	// Trade in services is to be encouraged.
	//   - cross-border e-commerce
	//   - smart medical care
	//   - manufacturing outsourcing
}

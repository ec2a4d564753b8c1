package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
)

// BenchmarkFigureFunctions times each Figure function on reported figures
// of the dataset, looked up once before the timing; TestFigureFunctions
// checks the values and ranges these calls give.
func BenchmarkFigureFunctions(b *testing.B) {
	in := func(id string) shenyang.Figure {
		f, ok := dataset.Figure(id)
		if !ok {
			b.Fatalf("no figure %q", id)
		}
		return f
	}
	var (
		total, imports = in(indicators.TradeTotal2019), in(indicators.Imports2019)
		fdi, fdiGrowth = in(indicators.ForeignCapital2019), in(indicators.ForeignCapitalGrowth2019)
		usd            = in(trade.TotalUSD2019)
		rate18, rate19 = in(trade.OfficialRate2018), in(trade.OfficialRate2019)
		usdOfficial    = in(trade.TotalUSDOfficial2019)
	)
	for _, bm := range []struct {
		name string
		f    func() (shenyang.Figure, error)
	}{
		{"Growth", func() (shenyang.Figure, error) { return shenyang.Growth("b.growth", "growth", rate18, rate19) }},
		{"Prior", func() (shenyang.Figure, error) { return shenyang.Prior("b.prior", "prior", fdi, fdiGrowth) }},
		{"Share", func() (shenyang.Figure, error) { return shenyang.Share("b.share", "share", imports, total) }},
		{"Difference", func() (shenyang.Figure, error) {
			return shenyang.Difference("b.difference", "difference", total, imports)
		}},
		{"Sum", func() (shenyang.Figure, error) { return shenyang.Sum("b.sum", "sum", total, imports) }},
		{"RateOf", func() (shenyang.Figure, error) { return shenyang.RateOf("b.rate", "rate", total, usd) }},
		{"Convert", func() (shenyang.Figure, error) { return shenyang.Convert("b.convert", "convert", total, rate19) }},
		{"Reconcile", func() (shenyang.Figure, error) {
			return shenyang.Reconcile("b.reconcile", "reconcile", usd, usdOfficial)
		}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := bm.f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package shenyang_test

import (
	"strconv"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// BenchmarkFigureFunctions times each Figure function on reported figures
// of the dataset, looked up once before the timing; TestFigureFunctions
// checks the values and ranges these calls give.
func BenchmarkFigureFunctions(b *testing.B) {
	in := func(id string) shenyang.Figure { return computeInput(b, id) }
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

// BenchmarkChainStep times one step of a chain at depth 10, 100 and
// 1,000, the steps before it built outside the timer: x = Sum(x, x), a
// formula that doubles its one input at every step (a graph of k nodes, a
// tree of 2^k leaves); d = Share(d, w), the same figure w entering at every
// step; and a running total of distinct figures. BenchmarkShareOfTotal
// times Share(total, total) over a running total of n figures.
func BenchmarkChainStep(b *testing.B) {
	w := own(b, "w", decimal.New(2, 0)) // [1.5, 2.5]
	d := own(b, "d", decimal.New(1, 0)) // [0.5, 1.5]
	shapes := []struct {
		name string
		step func(id string, prev shenyang.Figure, i int) (shenyang.Figure, error)
	}{
		{"sum-self", func(id string, x shenyang.Figure, _ int) (shenyang.Figure, error) { return sumSelf(id, x) }},
		{"share-reuse", func(id string, x shenyang.Figure, _ int) (shenyang.Figure, error) { return shareReuse(w)(id, x) }},
		{"running-total", func(id string, x shenyang.Figure, i int) (shenyang.Figure, error) {
			return shenyang.Sum(id, id, x, own(b, "in."+strconv.Itoa(i), decimal.New(1, 0)))
		}},
	}
	for _, s := range shapes {
		for _, depth := range []int{10, 100, 1000} {
			b.Run(s.name+"/depth="+strconv.Itoa(depth), func(b *testing.B) {
				x := d
				for i := range depth - 1 {
					var err error
					if x, err = s.step("step."+strconv.Itoa(i), x, i); err != nil {
						b.Fatal(err)
					}
				}
				last := depth - 1
				for b.Loop() {
					if _, err := s.step("last", x, last); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkShareOfTotal(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			total := runningTotal(b, n)
			for b.Loop() {
				if _, err := shenyang.Share("s", "s", total, total); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Package derive computes every derived figure of the dataset from the
// reported ones, with the module's own public functions, and renders them
// as the generated tables the data packages load on first use.
//
// The packages do not compute derived figures at run time: that would cost
// thousands of allocations on first use. Instead `go generate` runs gen.go,
// which writes each package's derived_gen.go from [Figures]; a test fails
// when a committed table differs from what [Files] renders now.
package derive

// The generators run in order: the tables first, then the data files and
// the README's audit section, which are built from the fresh tables.
//
//go:generate go run gen.go
//go:generate go run ../../dataset/gen.go -dir ../../data
//go:generate go run ../../audit/gen.go ../../README.md
//go:generate sh -c "go run ../../examples/chart > ../../docs/chart.svg"

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/build"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// Out is a derived figure and the package that holds it.
type Out struct {
	Package string
	Figure  shenyang.Figure
}

// deriver accumulates derived figures and stops at the first error.
type deriver struct {
	out []Out
	err error
}

// get returns a derived figure computed earlier or a reported one.
func (d *deriver) get(id string) shenyang.Figure {
	for _, o := range d.out {
		if o.Figure.ID == id {
			return o.Figure
		}
	}
	for _, lookup := range [...]func(string) (shenyang.Figure, bool){indicators.Figure, trade.Figure, investors.Figure} {
		if f, ok := lookup(id); ok && f.Status == shenyang.Reported {
			return f
		}
	}
	if d.err == nil {
		d.err = fmt.Errorf("derive: no reported figure %q", id)
	}
	return shenyang.Figure{}
}

// add records a derived figure unless a step failed.
func (d *deriver) add(pkg string, spec build.Derivation, v decimal.Decimal, verr error, r shenyang.Range, rerr error, inputs ...shenyang.Figure) {
	switch {
	case d.err != nil:
		return
	case verr != nil:
		d.err = fmt.Errorf("%s: value: %w", spec.ID, verr)
		return
	case rerr != nil:
		d.err = fmt.Errorf("%s: range: %w", spec.ID, rerr)
		return
	}
	d.out = append(d.out, Out{Package: pkg, Figure: build.Derived(spec, v, r, inputs...)})
}

func year(y string) shenyang.Period { return shenyang.Period{ISO: y} }

// Figures computes every derived figure, in the order the packages list
// them.
func Figures() ([]Out, error) {
	d := &deriver{}
	d.indicators()
	d.impliedGrowth()
	d.trade()
	d.investors()
	return d.out, d.err
}

func (d *deriver) indicators() {
	for _, s := range [...]struct{ id, name, value, growth string }{
		{indicators.ForeignCapital2018, "Actual use of foreign capital", indicators.ForeignCapital2019, indicators.ForeignCapitalGrowth2019},
		{indicators.TradeTotal2018, "Total imports and exports", indicators.TradeTotal2019, indicators.TradeTotalGrowth2019},
		{indicators.Imports2018, "Imports", indicators.Imports2019, indicators.ImportsGrowth2019},
	} {
		value, growth := d.get(s.value), d.get(s.growth)
		v, verr := indicators.Prior(value.Value, growth.Value)
		r, rerr := indicators.PriorRange(value.Range, growth.Range)
		d.add("indicators", build.Derivation{
			ID: s.id, Label: s.name + " in 2018, from the 2019 value and its growth",
			Period:  year("2018"),
			Unit:    value.Unit,
			Formula: value.ID + " / (1 + " + growth.ID + ")",
		}, v, verr, r, rerr, value, growth)
	}
}

// impliedNote qualifies the national and provincial growth rates derived
// from the Chinese edition's gaps.
const impliedNote = "as implied by the Chinese edition, basis unstated: published on 2020-01-07, its comparison may not be with full-year national or provincial data"

func (d *deriver) impliedGrowth() {
	for _, s := range [...]struct{ id, label, growth, gap string }{
		{indicators.ForeignCapitalGrowthNational2019, "National growth of actual use of foreign capital", indicators.ForeignCapitalGrowth2019, indicators.ForeignCapitalGapNational2019},
		{indicators.TradeTotalGrowthNational2019, "National growth of total imports and exports", indicators.TradeTotalGrowth2019, indicators.TradeTotalGapNational2019},
		{indicators.ForeignCapitalGrowthLiaoning2019, "Liaoning's growth of actual use of foreign capital", indicators.ForeignCapitalGrowth2019, indicators.ForeignCapitalGapLiaoning2019},
		{indicators.TradeTotalGrowthLiaoning2019, "Liaoning's growth of total imports and exports", indicators.TradeTotalGrowth2019, indicators.TradeTotalGapLiaoning2019},
	} {
		growth, gap := d.get(s.growth), d.get(s.gap)
		r, rerr := growth.Range.Sub(gap.Range)
		d.add("indicators", build.Derivation{
			ID: s.id, Label: s.label + ", as implied by the Chinese edition (basis unstated)",
			Period:  year("2019"),
			Unit:    shenyang.UnitRatio,
			Formula: growth.ID + " - " + gap.ID,
			Note:    impliedNote,
		}, growth.Value.Sub(gap.Value), nil, r, rerr, growth, gap)
	}
}

func (d *deriver) trade() {
	const pkg = "trade"
	total, imports := d.get(indicators.TradeTotal2019), d.get(indicators.Imports2019)

	// 2019 exports and trade balance.
	r, rerr := total.Range.Sub(imports.Range)
	d.add(pkg, build.Derivation{ID: trade.Exports2019, Label: "Exports: total trade minus imports", Period: year("2019"), Unit: shenyang.UnitCNY,
		Formula: total.ID + " - " + imports.ID},
		total.Value.Sub(imports.Value), nil, r, rerr, total, imports)
	exports := d.get(trade.Exports2019)
	r, rerr = exports.Range.Sub(imports.Range)
	d.add(pkg, build.Derivation{ID: trade.Balance2019, Label: "Trade balance: exports minus imports (negative: a deficit)", Period: year("2019"), Unit: shenyang.UnitCNY,
		Formula: exports.ID + " - " + imports.ID},
		exports.Value.Sub(imports.Value), nil, r, rerr, exports, imports)

	// 2018 exports and 2019 export growth.
	total18, imports18 := d.get(indicators.TradeTotal2018), d.get(indicators.Imports2018)
	r, rerr = total18.Range.Sub(imports18.Range)
	d.add(pkg, build.Derivation{ID: trade.Exports2018, Label: "Exports in 2018: 2018 total trade minus 2018 imports", Period: year("2018"), Unit: shenyang.UnitCNY,
		Formula: total18.ID + " - " + imports18.ID},
		total18.Value.Sub(imports18.Value), nil, r, rerr, total18, imports18)
	exports18 := d.get(trade.Exports2018)
	g, gerr := indicators.Growth(exports18.Value, exports.Value)
	gr, grerr := indicators.GrowthRange(exports18.Range, exports.Range)
	d.add(pkg, build.Derivation{ID: trade.ExportsGrowth2019, Label: "Growth of exports on 2018", Period: year("2019"), Unit: shenyang.UnitRatio,
		Formula: "(" + exports.ID + " - " + exports18.ID + ") / " + exports18.ID},
		g, gerr, gr, grerr, exports18, exports)

	// Import shares.
	for _, s := range [...]struct {
		id, year      string
		imports, tots shenyang.Figure
	}{{trade.ImportShare2019, "2019", imports, total}, {trade.ImportShare2018, "2018", imports18, total18}} {
		v, verr := trade.ImportShare(s.imports.Value, s.tots.Value)
		r, rerr := trade.ImportShareRange(s.imports.Range, s.tots.Range)
		d.add(pkg, build.Derivation{ID: s.id, Label: "Share of imports in total trade in " + s.year, Period: year(s.year), Unit: shenyang.UnitRatio,
			Formula: s.imports.ID + " / " + s.tots.ID},
			v, verr, r, rerr, s.imports, s.tots)
	}

	// The exchange rate the report implies, and conversions at it.
	usd := d.get(trade.TotalUSD2019)
	cny, _ := total.Money()
	dollars, _ := usd.Money()
	rate, err := shenyang.RateBetween(dollars, cny)
	r, rerr = total.Range.Quo(usd.Range)
	d.add(pkg, build.Derivation{ID: trade.ImpliedRate2019, Label: "Exchange rate the report implies: 105.5 billion yuan for $15 billion", Period: year("2019"), Unit: shenyang.UnitCNYPerUSD,
		Formula: total.ID + " / " + usd.ID,
		Note:    "the report states no rate; its printed precision allows anything in the range"},
		rate.Value(), err, r, rerr, total, usd)
	rateFig := d.get(trade.ImpliedRate2019)
	for _, s := range [...]struct {
		id, what string
		in       shenyang.Figure
	}{{trade.ImportsUSD2019, "Imports", imports}, {trade.ExportsUSD2019, "Exports", exports}} {
		m, _ := s.in.Money()
		v, verr := rate.Convert(m)
		r, rerr := s.in.Range.Quo(rateFig.Range)
		d.add(pkg, build.Derivation{ID: s.id, Label: s.what + " in US dollars at the rate the report implies", Period: year("2019"), Unit: shenyang.UnitUSD,
			Formula: s.in.ID + " / " + rateFig.ID},
			v.Amount(), verr, r, rerr, s.in, rateFig)
	}

	// The same at the official 2019 rate.
	official := d.get(trade.OfficialRate2019)
	for _, s := range [...]struct {
		id, what string
		in       shenyang.Figure
	}{{trade.TotalUSDOfficial2019, "Total imports and exports", total}, {trade.ImportsUSDOfficial2019, "Imports", imports}, {trade.ExportsUSDOfficial2019, "Exports", exports}} {
		m, _ := s.in.Money()
		v, verr := trade.OfficialRate().Convert(m)
		r, rerr := s.in.Range.Quo(official.Range)
		d.add(pkg, build.Derivation{ID: s.id, Label: s.what + " in US dollars at the official 2019 average rate", Period: year("2019"), Unit: shenyang.UnitUSD,
			Formula: s.in.ID + " / " + official.ID},
			v.Amount(), verr, r, rerr, s.in, official)
	}
}

func (d *deriver) investors() {
	// What "some 170" and "more than 170" allow together.
	en, zh := d.get(investors.Fortune500Enterprises), d.get(investors.Fortune500EnterprisesZh)
	both, err := en.Range.Intersect(zh.Range)
	lo, _ := both.Low().Value()
	hi, _ := both.High().Value()
	d.add("investors", build.Derivation{
		ID: investors.Fortune500EnterprisesCombined, Label: "Local companies with Fortune Global 500 investment, as both editions allow",
		Period:  en.Period,
		Unit:    shenyang.UnitCount,
		Formula: "midpoint(intersect(" + en.ID + ", " + zh.ID + "))",
		Note:    "the range is what both readings allow; the value is its midpoint, and the count itself is a whole number from 171 to 175",
	}, lo.Add(hi).Mul(decimal.New(5, -1)), nil, both, err, en, zh)

	cny, rate := d.get(investors.BMWInvestment), d.get(trade.ImpliedRate2019)
	m, _ := cny.Money()
	usd, err := trade.ImpliedRate().Convert(m)
	r, rerr := cny.Range.Quo(rate.Range)
	d.add("investors", build.Derivation{
		ID: investors.BMWInvestmentUSD, Label: "Cumulative BMW Brilliance investment in US dollars at the 2019 rate the report implies",
		Period:  cny.Period,
		Unit:    shenyang.UnitUSD,
		Formula: cny.ID + " / " + rate.ID,
		Note:    "illustrative: a cumulative 2009-2020 yuan total converted at one 2019 rate; the yuan amounts of earlier years were worth other dollar sums",
	}, usd.Amount(), err, r, rerr, cny, rate)

	official := d.get(trade.OfficialRate2019)
	usd, err = trade.OfficialRate().Convert(m)
	r, rerr = cny.Range.Quo(official.Range)
	d.add("investors", build.Derivation{
		ID: investors.BMWInvestmentUSDOfficial, Label: "Cumulative BMW Brilliance investment in US dollars at the official 2019 average rate",
		Period:  cny.Period,
		Unit:    shenyang.UnitUSD,
		Formula: cny.ID + " / " + official.ID,
		Note:    "illustrative: a cumulative 2009-2020 yuan total converted at one 2019 rate; the yuan amounts of earlier years were worth other dollar sums",
	}, usd.Amount(), err, r, rerr, cny, official)
}

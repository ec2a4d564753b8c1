package trade

import (
	"iter"
	"sync"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/build"
	"github.com/shopspring/decimal"
)

// Ids of the figures in this package. Imports and total trade themselves
// are headline indicators: see [indicators.Imports2019] and
// [indicators.TradeTotal2019].
const (
	TotalUSD2019      = "trade.total-usd.2019"
	Exports2019       = "trade.exports.2019"
	Balance2019       = "trade.balance.2019"
	Exports2018       = "trade.exports.2018"
	ExportsGrowth2019 = "trade.exports.growth.2019"
	ImportShare2019   = "trade.import-share.2019"
	ImportShare2018   = "trade.import-share.2018"
	ImpliedRate2019   = "trade.implied-rate.2019"
	ImportsUSD2019    = "trade.imports-usd.2019"
	ExportsUSD2019    = "trade.exports-usd.2019"
)

const (
	lastYear = `"last year" in a report published on 2020-04-09`
	tradeQ   = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	plansOn  = "plans reported on 2020-04-09 with no year printed"
)

var totalUSD = build.Spec{
	ID: TotalUSD2019, Label: "Total imports and exports, in US dollars as the report gives them", Period: "2019", Inferred: lastYear,
	Coef: 15, Exp: 9, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted, Printed: "$15 billion", Quote: tradeQ,
	Note: "the report gives no exchange rate; see " + ImpliedRate2019,
}

type tables struct {
	figures []shenyang.Figure
	rate    shenyang.Rate
	claims  [3]shenyang.Claim
	err     error
}

var (
	once sync.Once
	data tables
)

func load() *tables {
	once.Do(func() { data.err = data.build() })
	return &data
}

// deriver accumulates derived figures and the first error met.
type deriver struct {
	figs []shenyang.Figure
	err  error
}

// get returns a figure of this package or of indicators.
func (d *deriver) get(id string) shenyang.Figure {
	if f, ok := build.Find(d.figs, id); ok {
		return f
	}
	f, _ := indicators.Figure(id)
	return f
}

// add appends the derived figure unless an earlier step failed.
func (d *deriver) add(spec build.Derivation, v decimal.Decimal, verr error, r shenyang.Range, rerr error, inputs ...shenyang.Figure) {
	if d.err != nil {
		return
	}
	if verr != nil {
		d.err = verr
		return
	}
	if rerr != nil {
		d.err = rerr
		return
	}
	d.figs = append(d.figs, build.Derived(spec, v, r, inputs...))
}

func year(y string) shenyang.Period { return shenyang.Period{ISO: y} }

func (t *tables) build() error {
	usd, err := build.Reported(totalUSD)
	if err != nil {
		return err
	}
	d := &deriver{figs: []shenyang.Figure{usd}}
	total, imports := d.get(indicators.TradeTotal2019), d.get(indicators.Imports2019)

	// 2019 exports and trade balance.
	r, rerr := total.Range.Sub(imports.Range)
	d.add(build.Derivation{ID: Exports2019, Label: "Exports: total trade minus imports", Period: year("2019"), Unit: shenyang.UnitCNY,
		Formula: total.ID + " - " + imports.ID},
		total.Value.Sub(imports.Value), nil, r, rerr, total, imports)
	exports := d.get(Exports2019)
	r, rerr = exports.Range.Sub(imports.Range)
	d.add(build.Derivation{ID: Balance2019, Label: "Trade balance: exports minus imports (negative: a deficit)", Period: year("2019"), Unit: shenyang.UnitCNY,
		Formula: exports.ID + " - " + imports.ID},
		exports.Value.Sub(imports.Value), nil, r, rerr, exports, imports)

	// 2018 exports and 2019 export growth.
	total18, imports18 := d.get(indicators.TradeTotal2018), d.get(indicators.Imports2018)
	r, rerr = total18.Range.Sub(imports18.Range)
	d.add(build.Derivation{ID: Exports2018, Label: "Exports in 2018: 2018 total trade minus 2018 imports", Period: year("2018"), Unit: shenyang.UnitCNY,
		Formula: total18.ID + " - " + imports18.ID},
		total18.Value.Sub(imports18.Value), nil, r, rerr, total18, imports18)
	exports18 := d.get(Exports2018)
	g, gerr := indicators.Growth(exports18.Value, exports.Value)
	gr, grerr := indicators.GrowthRange(exports18.Range, exports.Range)
	d.add(build.Derivation{ID: ExportsGrowth2019, Label: "Growth of exports on 2018", Period: year("2019"), Unit: shenyang.UnitRatio,
		Formula: "(" + exports.ID + " - " + exports18.ID + ") / " + exports18.ID},
		g, gerr, gr, grerr, exports18, exports)

	// Import shares.
	for _, s := range [2]struct {
		id, year      string
		imports, tots shenyang.Figure
	}{{ImportShare2019, "2019", imports, total}, {ImportShare2018, "2018", imports18, total18}} {
		v, verr := ImportShare(s.imports.Value, s.tots.Value)
		r, rerr := ImportShareRange(s.imports.Range, s.tots.Range)
		d.add(build.Derivation{ID: s.id, Label: "Share of imports in total trade in " + s.year, Period: year(s.year), Unit: shenyang.UnitRatio,
			Formula: s.imports.ID + " / " + s.tots.ID},
			v, verr, r, rerr, s.imports, s.tots)
	}

	// The exchange rate the report implies, and conversions at it.
	cny, _ := total.Money()
	dollars, _ := usd.Money()
	t.rate, err = shenyang.RateBetween(dollars, cny)
	if err != nil {
		return err
	}
	rr, rrerr := total.Range.Quo(usd.Range)
	d.add(build.Derivation{ID: ImpliedRate2019, Label: "Exchange rate the report implies: 105.5 billion yuan for $15 billion", Period: year("2019"), Unit: shenyang.UnitCNYPerUSD,
		Formula: total.ID + " / " + usd.ID,
		Note:    "the report states no rate; its printed precision allows anything in the range"},
		t.rate.Value(), nil, rr, rrerr, total, usd)
	rate := d.get(ImpliedRate2019)
	for _, s := range [2]struct {
		id, what string
		in       shenyang.Figure
	}{{ImportsUSD2019, "Imports", imports}, {ExportsUSD2019, "Exports", exports}} {
		v, verr := t.convert(s.in)
		r, rerr := s.in.Range.Quo(rate.Range)
		d.add(build.Derivation{ID: s.id, Label: s.what + " in US dollars at the rate the report implies", Period: year("2019"), Unit: shenyang.UnitUSD,
			Formula: s.in.ID + " / " + rate.ID},
			v, verr, r, rerr, s.in, rate)
	}
	if d.err != nil {
		return d.err
	}
	t.figures = d.figs
	t.claims = priorities()
	return nil
}

// convert returns the dollar value of a yuan figure at the implied rate.
func (t *tables) convert(f shenyang.Figure) (decimal.Decimal, error) {
	m, _ := f.Money()
	usd, err := t.rate.Convert(m)
	return usd.Amount(), err
}

func priorities() [3]shenyang.Claim {
	p := shenyang.Period{ISO: "2020", InferredFrom: plansOn}
	return [3]shenyang.Claim{
		{
			ID: "trade.priorities.quality", Subject: "Shenyang government", Period: p,
			Text:      "Foreign trade is to grow in both quantity and quality, with a larger proportion of high-tech and high value-added products.",
			Items:     shenyang.ListOf("quantity of foreign trade", "quality of foreign trade", "proportion of high-tech and high value-added products"),
			Citations: shenyang.ListOf(shenyang.Cite("The government added it will both emphasize the quantity and quality of foreign trade and increase the proportion of high-tech and high value-added products.")),
		},
		{
			ID: "trade.priorities.private-smes", Subject: "Shenyang government", Period: p,
			Text:      "Private small and medium-sized enterprises are to play a bigger role in foreign trade.",
			Items:     shenyang.ListOf("private SMEs"),
			Citations: shenyang.ListOf(shenyang.Cite("Private SMEs will also play a bigger role in the sector.")),
		},
		{
			ID: "trade.priorities.services", Subject: "Shenyang government", Period: p,
			Text:      "Trade in services is to be encouraged.",
			Items:     shenyang.ListOf("cross-border e-commerce", "smart medical care", "manufacturing outsourcing"),
			Citations: shenyang.ListOf(shenyang.Cite("Trade in services, such as cross-border e-commerce, smart medical care and manufacturing outsourcing, will also be encouraged.")),
		},
	}
}

// Figure returns the figure with the given id, and false if this package
// has none.
func Figure(id string) (shenyang.Figure, bool) {
	return build.Find(load().figures, id)
}

// Figures returns an iterator over every figure of the package: the
// reported dollar total, then the derived figures.
func Figures() iter.Seq[shenyang.Figure] {
	return func(yield func(shenyang.Figure) bool) {
		for _, f := range load().figures {
			if !yield(f) {
				return
			}
		}
	}
}

// ImpliedRate returns the exchange rate the report implies by printing
// 105.5 billion yuan as "$15 billion": 105.5/15 = 7.0333... yuan per
// dollar. The rate keeps both amounts, so it converts 105.5 billion yuan
// to exactly 15 billion dollars. The figure [ImpliedRate2019] gives the
// range of rates the printed precision allows.
func ImpliedRate() shenyang.Rate { return load().rate }

// Priorities returns the government's priorities for foreign trade and
// for trade in services, in the order the report gives them.
func Priorities() iter.Seq[shenyang.Claim] {
	return func(yield func(shenyang.Claim) bool) {
		for _, c := range load().claims {
			if !yield(c) {
				return
			}
		}
	}
}

package indicators

import (
	"iter"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/tables"
)

// Ids of the figures in this package.
const (
	ForeignCapital2019       = "indicators.foreign-capital.2019"
	ForeignCapitalGrowth2019 = "indicators.foreign-capital.growth.2019"
	ForeignCapital2018       = "indicators.foreign-capital.2018"
	TradeTotal2019           = "indicators.trade-total.2019"
	TradeTotalGrowth2019     = "indicators.trade-total.growth.2019"
	TradeTotal2018           = "indicators.trade-total.2018"
	Imports2019              = "indicators.imports.2019"
	ImportsGrowth2019        = "indicators.imports.growth.2019"
	Imports2018              = "indicators.imports.2018"

	// Reported by the Chinese edition only: how far Shenyang's growth
	// exceeded the national and the Liaoning provincial rates, as ratios
	// (12.4 percentage points is 0.124).
	ForeignCapitalGapNational2019 = "indicators.foreign-capital.growth-gap.national.2019"
	TradeTotalGapNational2019     = "indicators.trade-total.growth-gap.national.2019"
	ForeignCapitalGapLiaoning2019 = "indicators.foreign-capital.growth-gap.liaoning.2019"
	TradeTotalGapLiaoning2019     = "indicators.trade-total.growth-gap.liaoning.2019"

	// Derived: the national and provincial growth rates those gaps imply,
	// growth minus gap. The Chinese edition does not state their basis.
	ForeignCapitalGrowthNational2019 = "indicators.foreign-capital.growth.national.2019"
	TradeTotalGrowthNational2019     = "indicators.trade-total.growth.national.2019"
	ForeignCapitalGrowthLiaoning2019 = "indicators.foreign-capital.growth.liaoning.2019"
	TradeTotalGrowthLiaoning2019     = "indicators.trade-total.growth.liaoning.2019"
)

// Ids of the indicators. They carry the package's prefix, as figure ids
// do, but no year: an [Indicator] holds the figures of 2019 and 2018.
const (
	ForeignCapital = "indicators.foreign-capital"
	TradeTotal     = "indicators.trade-total"
	Imports        = "indicators.imports"
)

// Indicator is a headline indicator: its 2019 value and growth on 2018 as
// the report prints them, and the 2018 value they imply.
type Indicator struct {
	ID     string          `json:"id"`     // such as "indicators.foreign-capital"
	Name   string          `json:"name"`   // such as "Actual use of foreign capital"
	Value  shenyang.Figure `json:"value"`  // the 2019 value, reported
	Growth shenyang.Figure `json:"growth"` // growth on 2018, reported
	Prior  shenyang.Figure `json:"prior"`  // the 2018 value, derived with [shenyang.Prior]
}

const (
	lastYear  = `"last year" in a report published on 2020-04-09`
	sameYear  = `the preceding sentence's "last year" in a report published on 2020-04-09`
	fdiQuote  = "The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019"
	fdiRecord = "the highest figure over the last five years, showing its efforts in going global have borne fruit."
	tradeQ    = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	importsQ  = "Imports grew 17.1 percent to reach 75.2 billion yuan."
)

// specs are the reported figures, as printed.
var specs = [...]tables.Spec{
	{ID: ForeignCapital2019, Area: tables.Shenyang, Label: "Actual use of foreign capital", Period: "2019",
		Coef: 165, Exp: 7, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted, Printed: "$1.65 billion", Quote: fdiQuote,
		Zh:   "it reports 16.5亿美元 (1.65 billion US dollars), a five-year high, attributed to the Shenyang Development and Reform Commission",
		Note: "the report says the value is the highest over the last five years"},
	{ID: ForeignCapitalGrowth2019, Area: tables.Shenyang, Label: "Growth of actual use of foreign capital on 2018", Period: "2019",
		Coef: 15, Exp: -2, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "15 percent", Quote: fdiQuote,
		Zh:   "it reports growth of 15 percent",
		Work: "it reports that actual use of foreign capital grew 15 % in 2019 (实际利用外资增长15%)"},
	{ID: TradeTotal2019, Area: tables.Shenyang, Label: "Total imports and exports", Period: "2019", Inferred: lastYear,
		Coef: 1055, Exp: 8, Unit: shenyang.UnitCNY, Qualifier: shenyang.AsPrinted, Printed: "105.5 billion yuan", Quote: tradeQ,
		Zh: "it reports 1055亿元 (105.5 billion yuan) for 2019"},
	{ID: TradeTotalGrowth2019, Area: tables.Shenyang, Label: "Growth of total imports and exports on 2018", Period: "2019", Inferred: lastYear,
		Coef: 72, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "7.2 percent", Quote: tradeQ,
		Zh:   "it reports growth of 7.2 percent",
		Work: "it reports, as an estimate (its sentence opens with 预计, estimated), that total imports and exports grew 7.2 % in 2019 (进出口总额增长7.2%)"},
	{ID: Imports2019, Area: tables.Shenyang, Label: "Imports", Period: "2019", Inferred: sameYear,
		Coef: 752, Exp: 8, Unit: shenyang.UnitCNY, Qualifier: shenyang.AsPrinted, Printed: "75.2 billion yuan", Quote: importsQ,
		Zh: "it reports 752亿元 (75.2 billion yuan) for 2019"},
	{ID: ImportsGrowth2019, Area: tables.Shenyang, Label: "Growth of imports on 2018", Period: "2019", Inferred: sameYear,
		Coef: 171, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "17.1 percent", Quote: importsQ,
		Zh: "it reports growth of 17.1 percent"},
	{ID: ForeignCapitalGapNational2019, Area: tables.Shenyang, Label: "Growth of actual use of foreign capital above the national rate", Period: "2019",
		Coef: 124, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "12.4 percentage points",
		Zh: "it reports that growth exceeded the national rate by 12.4 percentage points; the comparison's basis is unstated"},
	{ID: TradeTotalGapNational2019, Area: tables.Shenyang, Label: "Growth of total imports and exports above the national rate", Period: "2019",
		Coef: 48, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "4.8 percentage points",
		Zh: "it reports that growth exceeded the national rate by 4.8 percentage points; the comparison's basis is unstated"},
	{ID: ForeignCapitalGapLiaoning2019, Area: tables.Shenyang, Label: "Growth of actual use of foreign capital above the Liaoning provincial rate", Period: "2019",
		Coef: 478, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "47.8 percentage points",
		Zh: "it reports that growth exceeded Liaoning's rate by 47.8 percentage points; the comparison's basis is unstated"},
	{ID: TradeTotalGapLiaoning2019, Area: tables.Shenyang, Label: "Growth of total imports and exports above the Liaoning provincial rate", Period: "2019",
		Coef: 123, Exp: -3, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "12.3 percentage points",
		Zh: "it reports that growth exceeded Liaoning's rate by 12.3 percentage points; the comparison's basis is unstated"},
}

// indicatorSpecs names each indicator and the ids of its figures.
var indicatorSpecs = [...]struct{ id, name, value, growth, prior string }{
	{ForeignCapital, "Actual use of foreign capital", ForeignCapital2019, ForeignCapitalGrowth2019, ForeignCapital2018},
	{TradeTotal, "Total imports and exports", TradeTotal2019, TradeTotalGrowth2019, TradeTotal2018},
	{Imports, "Imports", Imports2019, ImportsGrowth2019, Imports2018},
}

// impliedNote qualifies the national and provincial growth rates derived
// from the Chinese edition's gaps.
const impliedNote = "as implied by the Chinese edition, basis unstated: published on 2020-01-07, its comparison may not be with full-year national or provincial data"

// fdiNationalNote qualifies the national growth of foreign capital: the
// Ministry of Commerce's figures of January to November 2019 say on which
// basis the Chinese edition most likely compared.
const fdiNationalNote = "as implied by the Chinese edition (15 - 12.4 = 2.6 percent), whose basis is unstated: most likely the Ministry of Commerce's figures " +
	"for January to November 2019 in dollars, up 2.6 %, which this figure's range holds, the latest released before the Chinese edition of 2020-01-07; " +
	"not their yuan growth of 6.0 % nor the full-year yuan growth of 5.8 %, which lie outside it. Other dollar figures may also lie in the range, so this is the likeliest basis, not a certain one"

// fdiNationalCites returns the citations of the ministry's releases that say
// on which basis the national growth of foreign capital was most likely
// compared.
func fdiNationalCites() []shenyang.Citation {
	return []shenyang.Citation{
		shenyang.Unquoted(shenyang.CommerceJanNov(), "it reports the Ministry of Commerce's figures for January to November 2019: national actual use of foreign capital of 845.94 billion yuan, up 6.0 %, or 124.39 billion dollars, up 2.6 % (8459.4亿元人民币,同比增长6.0%,折1243.9亿美元,同比增长2.6%)"),
		shenyang.Unquoted(shenyang.CommerceFullYear(), "it reports the Ministry of Commerce's full-year 2019 figure: foreign direct investment of 941.5 billion yuan, up 5.8 %, published on 2020-01-21, after the Chinese edition"),
	}
}

// defs are the derived figures, each computed from the figures it rests on.
var defs = [...]tables.Def{
	{ID: ForeignCapital2018, Area: tables.Shenyang, Label: "Actual use of foreign capital in 2018, from the 2019 value and its growth", Fn: shenyang.Prior, In: [2]string{ForeignCapital2019, ForeignCapitalGrowth2019}},
	{ID: TradeTotal2018, Area: tables.Shenyang, Label: "Total imports and exports in 2018, from the 2019 value and its growth", Fn: shenyang.Prior, In: [2]string{TradeTotal2019, TradeTotalGrowth2019}},
	{ID: Imports2018, Area: tables.Shenyang, Label: "Imports in 2018, from the 2019 value and its growth", Fn: shenyang.Prior, In: [2]string{Imports2019, ImportsGrowth2019}},
	{ID: ForeignCapitalGrowthNational2019, Area: tables.China, Label: "National growth of actual use of foreign capital, as implied by the Chinese edition (basis unstated)", Fn: shenyang.Difference, In: [2]string{ForeignCapitalGrowth2019, ForeignCapitalGapNational2019}, Note: fdiNationalNote,
		Cites: fdiNationalCites},
	{ID: TradeTotalGrowthNational2019, Area: tables.China, Label: "National growth of total imports and exports, as implied by the Chinese edition (basis unstated)", Fn: shenyang.Difference, In: [2]string{TradeTotalGrowth2019, TradeTotalGapNational2019}, Note: impliedNote},
	{ID: ForeignCapitalGrowthLiaoning2019, Area: tables.Liaoning, Label: "Liaoning's growth of actual use of foreign capital, as implied by the Chinese edition (basis unstated)", Fn: shenyang.Difference, In: [2]string{ForeignCapitalGrowth2019, ForeignCapitalGapLiaoning2019}, Note: impliedNote},
	{ID: TradeTotalGrowthLiaoning2019, Area: tables.Liaoning, Label: "Liaoning's growth of total imports and exports, as implied by the Chinese edition (basis unstated)", Fn: shenyang.Difference, In: [2]string{TradeTotalGrowth2019, TradeTotalGapLiaoning2019}, Note: impliedNote},
}

// extra is what the package keeps beside its figures.
type extra struct {
	indicators [len(indicatorSpecs)]Indicator
	claims     [1]shenyang.Claim
}

var data tables.Table[extra]

func load() *tables.Table[extra] { return data.Load(buildTables) }

func buildTables() ([]shenyang.Figure, extra, error) {
	var x extra
	figs, err := tables.Figures(specs[:], defs[:], nil)
	for i, is := range indicatorSpecs {
		value, _ := tables.Find(figs, is.value)
		growth, _ := tables.Find(figs, is.growth)
		prior, _ := tables.Find(figs, is.prior)
		x.indicators[i] = Indicator{ID: is.id, Name: is.name, Value: value, Growth: growth, Prior: prior}
	}
	x.claims[0] = shenyang.Claim{
		ID:        "indicators.foreign-capital.record",
		Subject:   "Actual use of foreign capital",
		Text:      "The 2019 actual use of foreign capital was the highest in the last five years, a sign that the city's efforts in going global have borne fruit.",
		Period:    shenyang.Period{ISO: "2015/2019", InferredFrom: `"the last five years" counted back from 2019`},
		Citations: shenyang.ListOf(shenyang.Cite(fdiRecord), shenyang.Unquoted(shenyang.ChineseEdition(), "its title calls the figure a five-year high (创5年新高)")),
	}
	return figs, x, err
}

// Figure returns the figure with the given id, and false if this package
// has none.
func Figure(id string) (shenyang.Figure, bool) { return load().Figure(id) }

// Figures returns an iterator over every figure of the package: the
// reported ones (the report's in the order it prints them, then the
// Chinese edition's growth gaps), then the derived ones (the 2018 values,
// then the national and Liaoning growth rates the gaps imply).
func Figures() iter.Seq[shenyang.Figure] { return figures }

func figures(yield func(shenyang.Figure) bool) { load().Figures(yield) }

// Headline returns the headline indicator with the given indicator id,
// [ForeignCapital], [TradeTotal] or [Imports], and false for any other: an
// indicator groups a quantity's figures (its 2019 value, growth and 2018
// value). A figure is looked up by its own id, such as
// [ForeignCapital2019], with [Figure] or dataset.Figure.
func Headline(id string) (Indicator, bool) {
	return tables.Lookup(load().Extra().indicators[:], id, func(v *Indicator) string { return v.ID })
}

// All returns an iterator over the three headline indicators in the order
// the report gives them.
func All() iter.Seq[Indicator] { return all }

func all(yield func(Indicator) bool) { tables.Each(load().Extra().indicators[:], yield) }

// Claims returns the package's claims without a number: that 2019's
// foreign capital was a five-year high.
func Claims() iter.Seq[shenyang.Claim] { return claims }

func claims(yield func(shenyang.Claim) bool) { tables.Each(load().Extra().claims[:], yield) }

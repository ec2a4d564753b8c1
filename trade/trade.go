package trade

import (
	"errors"
	"fmt"
	"iter"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/tables"
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

	// Reported by the Chinese edition only.
	Partners2019 = "trade.partners.2019"

	// The official average exchange rates, from the National Bureau of
	// Statistics' communiqué, and the dollar values at the 2019 rate.
	OfficialRate2019       = "trade.official-rate.2019"
	OfficialRate2018       = "trade.official-rate.2018"
	TotalUSDOfficial2019   = "trade.total-usd-official.2019"
	ImportsUSDOfficial2019 = "trade.imports-usd-official.2019"
	ExportsUSDOfficial2019 = "trade.exports-usd-official.2019"
)

const (
	lastYear = `"last year" in a report published on 2020-04-09`
	tradeQ   = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	plansOn  = "plans reported on 2020-04-09 with no year printed"
)

var specs = [...]tables.Spec{
	{ID: TotalUSD2019, Area: tables.Shenyang, Label: "Total imports and exports, in US dollars as the report gives them", Period: "2019", Inferred: lastYear,
		Coef: 15, Exp: 9, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted, Printed: "$15 billion", Quote: tradeQ,
		Note: "the report gives no exchange rate; see " + ImpliedRate2019},
	{ID: Partners2019, Area: tables.Shenyang, Label: "Countries and regions Shenyang trades with", Period: "2019",
		Coef: 188, Unit: shenyang.UnitCount, Qualifier: shenyang.AsPrinted, Printed: "188",
		Zh: "it reports that Shenyang trades with 188 countries and regions"},
	{ID: OfficialRate2019, Area: tables.China, Label: "Official average exchange rate of 2019", Period: "2019",
		Coef: 68985, Exp: -4, Unit: shenyang.UnitCNYPerUSD, Qualifier: shenyang.AsPrinted, Printed: "6.8985",
		NBS: "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar"},
	{ID: OfficialRate2018, Area: tables.China, Label: "Official average exchange rate of 2018", Period: "2018",
		Coef: 66174, Exp: -4, Unit: shenyang.UnitCNYPerUSD, Qualifier: shenyang.AsPrinted, Printed: "6.6174",
		NBS: "it gives the 2018 average exchange rate as 6.6174 yuan per US dollar"},
}

// defs are the derived figures, each computed from the figures it rests
// on.
var defs = [...]tables.Def{
	{ID: Exports2019, Area: tables.Shenyang, Label: "Exports: total trade minus imports", Fn: shenyang.Difference, In: [2]string{indicators.TradeTotal2019, indicators.Imports2019}},
	{ID: Balance2019, Area: tables.Shenyang, Label: "Trade balance: exports minus imports (negative: a deficit)", Fn: shenyang.Difference, In: [2]string{Exports2019, indicators.Imports2019}},
	{ID: Exports2018, Area: tables.Shenyang, Label: "Exports in 2018: 2018 total trade minus 2018 imports", Fn: shenyang.Difference, In: [2]string{indicators.TradeTotal2018, indicators.Imports2018}},
	{ID: ExportsGrowth2019, Area: tables.Shenyang, Label: "Growth of exports on 2018", Fn: shenyang.Growth, In: [2]string{Exports2018, Exports2019}},
	{ID: ImportShare2019, Area: tables.Shenyang, Label: "Share of imports in total trade in 2019", Fn: shenyang.Share, In: [2]string{indicators.Imports2019, indicators.TradeTotal2019}},
	{ID: ImportShare2018, Area: tables.Shenyang, Label: "Share of imports in total trade in 2018", Fn: shenyang.Share, In: [2]string{indicators.Imports2018, indicators.TradeTotal2018}},
	{ID: ImpliedRate2019, Area: tables.China, Label: "Exchange rate the report implies: 105.5 billion yuan for $15 billion", Fn: shenyang.RateOf, In: [2]string{indicators.TradeTotal2019, TotalUSD2019}, Note: "the report states no rate; its printed precision allows anything in the range"},
	{ID: ImportsUSD2019, Area: tables.Shenyang, Label: "Imports in US dollars at the rate the report implies", Fn: shenyang.Convert, In: [2]string{indicators.Imports2019, ImpliedRate2019}},
	{ID: ExportsUSD2019, Area: tables.Shenyang, Label: "Exports in US dollars at the rate the report implies", Fn: shenyang.Convert, In: [2]string{Exports2019, ImpliedRate2019}},
	{ID: TotalUSDOfficial2019, Area: tables.Shenyang, Label: "Total imports and exports in US dollars at the official 2019 average rate", Fn: shenyang.Convert, In: [2]string{indicators.TradeTotal2019, OfficialRate2019}},
	{ID: ImportsUSDOfficial2019, Area: tables.Shenyang, Label: "Imports in US dollars at the official 2019 average rate", Fn: shenyang.Convert, In: [2]string{indicators.Imports2019, OfficialRate2019}},
	{ID: ExportsUSDOfficial2019, Area: tables.Shenyang, Label: "Exports in US dollars at the official 2019 average rate", Fn: shenyang.Convert, In: [2]string{Exports2019, OfficialRate2019}},
}

// extra is what the package keeps beside its figures.
type extra struct {
	rate     shenyang.Rate
	official shenyang.Rate
	claims   [3]shenyang.Claim
}

var data tables.Table[extra]

func load() *tables.Table[extra] { return data.Load(buildTables) }

func buildTables() ([]shenyang.Figure, extra, error) {
	x := extra{claims: priorities()}
	figs, err := tables.Figures(specs[:], defs[:], indicators.Figure)
	errs := []error{err}
	total, _ := indicators.Figure(indicators.TradeTotal2019)
	cny, _ := total.Money()
	usd, _ := tables.Find(figs, TotalUSD2019)
	dollars, _ := usd.Money()
	var rerr error
	if x.rate, rerr = shenyang.RateBetween(dollars, cny); rerr != nil {
		errs = append(errs, fmt.Errorf("ImpliedRate: %w", rerr))
	}
	official, _ := tables.Find(figs, OfficialRate2019)
	if x.official, rerr = shenyang.NewRate(shenyang.USD, shenyang.CNY, official.Value); rerr != nil {
		errs = append(errs, fmt.Errorf("OfficialRate: %w", rerr))
	}
	return figs, x, errors.Join(errs...)
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
func Figure(id string) (shenyang.Figure, bool) { return load().Figure(id) }

// Figures returns an iterator over every figure of the package: the
// reported ones (the report's dollar total, the Chinese edition's trading
// partners, the official exchange rates), then the derived ones.
func Figures() iter.Seq[shenyang.Figure] { return figures }

func figures(yield func(shenyang.Figure) bool) { load().Figures(yield) }

// ImpliedRate returns the exchange rate the report implies by printing
// 105.5 billion yuan as "$15 billion": 105.5/15 = 7.0333... yuan per
// dollar. The rate keeps both amounts, so it converts 105.5 billion yuan
// to exactly 15 billion dollars. The figure [ImpliedRate2019] gives the
// range of rates the printed precision allows.
func ImpliedRate() shenyang.Rate { return load().Extra().rate }

// OfficialRate returns the official average exchange rate of 2019, 6.8985
// yuan per US dollar, from the National Bureau of Statistics' communiqué;
// the figure [OfficialRate2019] carries its range.
func OfficialRate() shenyang.Rate { return load().Extra().official }

// Priorities returns the government's priorities for foreign trade and
// for trade in services, in the order the report gives them.
func Priorities() iter.Seq[shenyang.Claim] { return priorityClaims }

func priorityClaims(yield func(shenyang.Claim) bool) { tables.Each(load().Extra().claims[:], yield) }

package trade_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/tables"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// The report's sentences, copied verbatim from the source text.
const (
	sourceID = "chinadaily-2020-04-09"
	tradeQ   = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	importsQ = "Imports grew 17.1 percent to reach 75.2 billion yuan."
	qualityQ = "The government added it will both emphasize the quantity and quality of foreign trade and increase the proportion of high-tech and high value-added products."
	smesQ    = "Private SMEs will also play a bigger role in the sector."
	servQ    = "Trade in services, such as cross-border e-commerce, smart medical care and manufacturing outsourcing, will also be encouraged."
	lastYear = `"last year" in a report published on 2020-04-09`
	sameYear = `the preceding sentence's "last year" in a report published on 2020-04-09`
	plansOn  = "plans reported on 2020-04-09 with no year printed"

	// The secondary sources, cited without a quote: the module stores
	// none of their text.
	zhID    = "chinadaily-zh-2020-01-07"
	nbsID   = "nbs-communique-2019"
	noQuote = "no quote: the module does not store this source's text; "

	// Derived 2019 figures inherit the inferred year of their first input
	// that has one.
	fromTotal   = "the period of its input indicators.trade-total.2019, which was inferred from " + lastYear
	fromImports = "the period of its input indicators.imports.2019, which was inferred from " + sameYear
	fromExports = fromTotal // a derived input passes on the basis it names
)

// dec reads a decimal literal of a test table; a malformed literal is a
// bug in the test and panics.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// cite, figure and claim are the module's values as the tests compare
// them (internal/testcheck).
type (
	cite   = testcheck.Cite
	figure = testcheck.Figure
	claim  = testcheck.Claim
)

var (
	citeTrade   = cite{Source: sourceID, Quote: tradeQ}
	citeImports = cite{Source: sourceID, Quote: importsQ}

	// The Chinese edition corroborates the headline figures.
	zhTrade       = cite{Source: zhID, Note: noQuote + "it reports 1055亿元 (105.5 billion yuan) for 2019"}
	zhTradeGrowth = cite{Source: zhID, Note: noQuote + "it reports growth of 7.2 percent"}
	// Shenyang's work report repeats the growth of total trade, as an
	// estimate.
	workTradeGrowth = cite{Source: "shenyang-work-report-2019", Note: noQuote + "it reports, as an estimate (its sentence opens with 预计, estimated), that total imports and exports grew 7.2 % in 2019 (进出口总额增长7.2%)"}
	zhImports       = cite{Source: zhID, Note: noQuote + "it reports 752亿元 (75.2 billion yuan) for 2019"}
	zhImpGrowth     = cite{Source: zhID, Note: noQuote + "it reports growth of 17.1 percent"}

	nbs2019 = cite{Source: nbsID, Note: noQuote + "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar"}
	nbs2018 = cite{Source: nbsID, Note: noQuote + "it gives the 2018 average exchange rate as 6.6174 yuan per US dollar"}
)

// wantFigures are the package's figures in the order Figures yields them:
// the reported ones (the report's dollar total, then the Chinese edition's
// trading partners and the communiqué's official rates), then the derived
// ones. Sums and differences are exact; every quotient keeps 16
// significant digits, the value rounded half to even and the bounds
// outward, a bound moved by rounding being closed. A derived figure cites
// the citations of its inputs, in input order, each once. The inputs from
// indicators are
//
//	trade total 2019  105500000000       [105450000000, 105550000000]
//	imports 2019       75200000000       [75150000000, 75250000000]
//	trade total 2018  98414179104.47761  [98321678321.67832, 98506766215.58563]
//	imports 2018      64218616567.03672  [64148527528.80921, 64288765484.83555]
var wantFigures = []figure{
	{
		ID: trade.TotalUSD2019, Label: "Total imports and exports, in US dollars as the report gives them",
		Period: "2019", InferredFrom: lastYear, Inferred: true,
		// "$15 billion": 15e9 ± 0.5e9.
		Value: "15000000000", Unit: shenyang.UnitUSD, Range: "[14500000000, 15500000000]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "$15 billion",
		Citations: []cite{citeTrade},
		Note:      "the report gives no exchange rate; see trade.implied-rate.2019",
	},
	{
		ID: trade.Partners2019, Label: "Countries and regions Shenyang trades with", Period: "2019",
		// "188": 188 ± 0.5.
		Value: "188", Unit: shenyang.UnitCount, Range: "[188, 188]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "188",
		Citations: []cite{{Source: zhID, Note: noQuote + "it reports that Shenyang trades with 188 countries and regions"}},
	},
	{
		ID: trade.OfficialRate2019, Label: "Official average exchange rate of 2019", Period: "2019",
		// "6.8985": 6.8985 ± 0.00005.
		Value: "6.8985", Unit: shenyang.UnitCNYPerUSD, Range: "[6.89845, 6.89855]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "6.8985",
		Citations: []cite{nbs2019},
	},
	{
		ID: trade.OfficialRate2018, Label: "Official average exchange rate of 2018", Period: "2018",
		// "6.6174": 6.6174 ± 0.00005.
		Value: "6.6174", Unit: shenyang.UnitCNYPerUSD, Range: "[6.61735, 6.61745]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "6.6174",
		Citations: []cite{nbs2018},
	},
	{
		ID: trade.Exports2019, Label: "Exports: total trade minus imports",
		Period: "2019", InferredFrom: fromTotal, Inferred: true,
		// 105.5e9 - 75.2e9 = 30.3e9;
		// [105.45e9 - 75.25e9, 105.55e9 - 75.15e9] = [30.2e9, 30.4e9], exact.
		Value: "30300000000", Unit: shenyang.UnitCNY, Range: "[30200000000, 30400000000]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.2019 - indicators.imports.2019",
		Inputs:    []string{indicators.TradeTotal2019, indicators.Imports2019},
		Citations: []cite{citeTrade, zhTrade, citeImports, zhImports},
	},
	{
		ID: trade.Balance2019, Label: "Trade balance: exports minus imports (negative: a deficit)",
		Period: "2019", InferredFrom: fromExports, Inferred: true,
		// 30.3e9 - 75.2e9 = -44.9e9;
		// [30.2e9 - 75.25e9, 30.4e9 - 75.15e9] = [-45.05e9, -44.75e9], exact.
		Value: "-44900000000", Unit: shenyang.UnitCNY, Range: "[-45050000000, -44750000000]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "trade.exports.2019 - indicators.imports.2019",
		Inputs:    []string{trade.Exports2019, indicators.Imports2019},
		Citations: []cite{citeTrade, zhTrade, citeImports, zhImports},
	},
	{
		ID: trade.Exports2018, Label: "Exports in 2018: 2018 total trade minus 2018 imports", Period: "2018",
		// 98414179104.47761 - 64218616567.03672 = 34195562537.44089;
		// 98321678321.67832 - 64288765484.83555 = 34032912836.84278,
		// 98506766215.58563 - 64148527528.80921 = 34358238686.77641,
		// exact and closed like their operands.
		Value: "34195562537.44089", Unit: shenyang.UnitCNY, Range: "[34032912836.84278, 34358238686.77641]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.2018 - indicators.imports.2018",
		Inputs:    []string{indicators.TradeTotal2018, indicators.Imports2018},
		Citations: []cite{citeTrade, zhTrade, zhTradeGrowth, workTradeGrowth, citeImports, zhImports, zhImpGrowth},
	},
	{
		ID: trade.ExportsGrowth2019, Label: "Growth of exports on 2018",
		Period: "2019", InferredFrom: fromExports, Inferred: true,
		// (30.3e9 - 34195562537.44089) / 34195562537.44089
		// = -0.11392011852928644741…, half-even -> -0.1139201185292864.
		Value: "-0.1139201185292864", Unit: shenyang.UnitRatio,
		// 30.2e9 / 34358238686.77641 = 0.87897404390589973948… floor -> 0.8789740439058997,
		// 30.4e9 / 34032912836.84278 = 0.89325295621155550289… ceil  -> 0.8932529562115556,
		// each minus 1.
		Range:     "[-0.11643075519237, -0.1114121528642844]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "(trade.exports.2019 - trade.exports.2018) / trade.exports.2018",
		Inputs:    []string{trade.Exports2018, trade.Exports2019},
		Citations: []cite{citeTrade, zhTrade, zhTradeGrowth, workTradeGrowth, citeImports, zhImports, zhImpGrowth},
	},
	{
		ID: trade.ImportShare2019, Label: "Share of imports in total trade in 2019",
		Period: "2019", InferredFrom: fromImports, Inferred: true,
		// 75.2e9 / 105.5e9 = 0.71279620853080568720…, half-even -> 0.7127962085308057.
		Value: "0.7127962085308057", Unit: shenyang.UnitRatio,
		// 75.15e9 / 105.55e9 = 0.71198484130743723353… floor -> 0.7119848413074372,
		// 75.25e9 / 105.45e9 = 0.71360834518729255571… ceil  -> 0.7136083451872926.
		Range:     "[0.7119848413074372, 0.7136083451872926]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.imports.2019 / indicators.trade-total.2019",
		Inputs:    []string{indicators.Imports2019, indicators.TradeTotal2019},
		Citations: []cite{citeImports, zhImports, citeTrade, zhTrade},
	},
	{
		ID: trade.ImportShare2018, Label: "Share of imports in total trade in 2018", Period: "2018",
		// 64218616567.03672 / 98414179104.47761 = 0.65253418919301767959…,
		// half-even -> 0.6525341891930177.
		Value: "0.6525341891930177", Unit: shenyang.UnitRatio,
		// 64148527528.80921 / 98506766215.58563 = 0.65120935335972598211… floor -> 0.6512093533597259,
		// 64288765484.83555 / 98321678321.67832 = 0.65386155507336300191… ceil  -> 0.6538615550733629.
		Range:     "[0.6512093533597259, 0.6538615550733629]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.imports.2018 / indicators.trade-total.2018",
		Inputs:    []string{indicators.Imports2018, indicators.TradeTotal2018},
		Citations: []cite{citeImports, zhImports, zhImpGrowth, citeTrade, zhTrade, zhTradeGrowth, workTradeGrowth},
	},
	{
		ID: trade.ImpliedRate2019, Label: "Exchange rate the report implies: 105.5 billion yuan for $15 billion",
		Period: "2019", InferredFrom: fromTotal, Inferred: true,
		// 105.5 / 15 = 7.03333…, half-even -> 7.033333333333333.
		Value: "7.033333333333333", Unit: shenyang.UnitCNYPerUSD,
		// 105.45 / 15.5 = 6.80322580645161290322… floor -> 6.803225806451612,
		// 105.55 / 14.5 = 7.27931034482758620689… ceil  -> 7.279310344827587.
		Range:     "[6.803225806451612, 7.279310344827587]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.2019 / trade.total-usd.2019",
		Inputs:    []string{indicators.TradeTotal2019, trade.TotalUSD2019},
		Citations: []cite{citeTrade, zhTrade},
		Note:      "the report states no rate; its printed precision allows anything in the range",
	},
	{
		ID: trade.ImportsUSD2019, Label: "Imports in US dollars at the rate the report implies",
		Period: "2019", InferredFrom: fromImports, Inferred: true,
		// 75.2e9 × 15 / 105.5 = 10691943127.96208530805…, half-even -> 10691943127.96209.
		Value: "10691943127.96209", Unit: shenyang.UnitUSD,
		// 75.15e9 / 7.279310344827587 = 10323780198.95783876150… floor -> 10323780198.95783,
		// 75.25e9 / 6.803225806451612 = 11060929350.40303608205… ceil  -> 11060929350.40304.
		Range:     "[10323780198.95783, 11060929350.40304]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.imports.2019 / trade.implied-rate.2019",
		Inputs:    []string{indicators.Imports2019, trade.ImpliedRate2019},
		Citations: []cite{citeImports, zhImports, citeTrade, zhTrade},
	},
	{
		ID: trade.ExportsUSD2019, Label: "Exports in US dollars at the rate the report implies",
		Period: "2019", InferredFrom: fromExports, Inferred: true,
		// 30.3e9 × 15 / 105.5 = 4308056872.037914691943…, half-even -> 4308056872.037915.
		Value: "4308056872.037915", Unit: shenyang.UnitUSD,
		// 30.2e9 / 7.279310344827587 = 4152678994.784257450397… floor -> 4152678994.784257,
		// 30.4e9 / 6.803225806451612 = 4468468468.468469061721… ceil  -> 4464234959.7347230.
		Range:     "[4152678994.784257, 4464234959.734723]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "trade.exports.2019 / trade.implied-rate.2019",
		Inputs:    []string{trade.Exports2019, trade.ImpliedRate2019},
		Citations: []cite{citeTrade, zhTrade, citeImports, zhImports},
	},
	{
		ID: trade.TotalUSDOfficial2019, Label: "Total imports and exports in US dollars at the official 2019 average rate",
		Period: "2019", InferredFrom: fromTotal, Inferred: true,
		// 105.5e9 / 6.8985 = 15293179676.74132057693…, half-even -> 15293179676.74132.
		Value: "15293179676.74132", Unit: shenyang.UnitUSD,
		// 105.45e9 / 6.89855 = 15285820933.38455182610… floor -> 15285820933.38455,
		// 105.55e9 / 6.89845 = 15300538526.77050641810… ceil  -> 15300538526.77051.
		Range:     "[15285820933.38455, 15300538526.77051]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.2019 / trade.official-rate.2019",
		Inputs:    []string{indicators.TradeTotal2019, trade.OfficialRate2019},
		Citations: []cite{citeTrade, zhTrade, nbs2019},
	},
	{
		ID: trade.ImportsUSDOfficial2019, Label: "Imports in US dollars at the official 2019 average rate",
		Period: "2019", InferredFrom: fromImports, Inferred: true,
		// 75.2e9 / 6.8985 = 10900920489.96158585199…, half-even -> 10900920489.96159.
		Value: "10900920489.96159", Unit: shenyang.UnitUSD,
		// 75.15e9 / 6.89855 = 10893593581.25982996426… floor -> 10893593581.25982,
		// 75.25e9 / 6.89845 = 10908247504.87428335350… ceil  -> 10908247504.87429.
		Range:     "[10893593581.25982, 10908247504.87429]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.imports.2019 / trade.official-rate.2019",
		Inputs:    []string{indicators.Imports2019, trade.OfficialRate2019},
		Citations: []cite{citeImports, zhImports, nbs2019},
	},
	{
		ID: trade.ExportsUSDOfficial2019, Label: "Exports in US dollars at the official 2019 average rate",
		Period: "2019", InferredFrom: fromExports, Inferred: true,
		// 30.3e9 / 6.8985 = 4392259186.779734724940…, half-even -> 4392259186.779735.
		Value: "4392259186.779735", Unit: shenyang.UnitUSD,
		// 30.2e9 / 6.89855 = 4377731552.282726080118… floor -> 4377731552.282726,
		// 30.4e9 / 6.89845 = 4406787031.869477926200… ceil  -> 4406787031.869478.
		Range:     "[4377731552.282726, 4406787031.869478]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "trade.exports.2019 / trade.official-rate.2019",
		Inputs:    []string{trade.Exports2019, trade.OfficialRate2019},
		Citations: []cite{citeTrade, zhTrade, citeImports, zhImports, nbs2019},
	},
}

var wantPriorities = []claim{
	{
		ID: "trade.priorities.quality", Subject: "Shenyang government",
		Text:   "Foreign trade is to grow in both quantity and quality, with a larger proportion of high-tech and high value-added products.",
		Items:  []string{"quantity of foreign trade", "quality of foreign trade", "proportion of high-tech and high value-added products"},
		Period: "2020", InferredFrom: plansOn,
		Citations: []cite{{Source: sourceID, Quote: qualityQ}},
	},
	{
		ID: "trade.priorities.private-smes", Subject: "Shenyang government",
		Text:   "Private small and medium-sized enterprises are to play a bigger role in foreign trade.",
		Items:  []string{"private SMEs"},
		Period: "2020", InferredFrom: plansOn,
		Citations: []cite{{Source: sourceID, Quote: smesQ}},
	},
	{
		ID: "trade.priorities.services", Subject: "Shenyang government",
		Text:   "Trade in services is to be encouraged.",
		Items:  []string{"cross-border e-commerce", "smart medical care", "manufacturing outsourcing"},
		Period: "2020", InferredFrom: plansOn,
		Citations: []cite{{Source: sourceID, Quote: servQ}},
	},
}

// TestFigures checks Figures, Figure and early stops against wantFigures
// (testcheck.Figures).
func TestFigures(t *testing.T) {
	testcheck.Figures(t, wantFigures, trade.Figure, trade.Figures())
}

func TestFigureUnknown(t *testing.T) {
	testcheck.FigureUnknown(t, trade.Figure,
		"",
		indicators.Imports2019,    // imports are an indicator
		indicators.TradeTotal2019, // so is the total
		"trade.imports.2019",
		"trade.exports.2020",
		"Trade.Exports.2019",
	)
}

// TestFigureValues checks the internal consistency of each figure
// (testcheck.FigureValues): its range and value, its printed text in its
// quote or note, its citations, its qualifier and its inputs.
func TestFigureValues(t *testing.T) {
	resolve := func(id string) bool {
		_, inTrade := trade.Figure(id)
		_, inIndicators := indicators.Figure(id)
		return inTrade || inIndicators
	}
	for f := range trade.Figures() {
		t.Run(f.ID, func(t *testing.T) {
			testcheck.FigureValues(t, f, resolve, shenyang.ChineseEdition(), shenyang.Communique(), shenyang.WorkReport())
		})
	}
}

func TestPriorities(t *testing.T) {
	var got []claim
	for c := range trade.Priorities() {
		got = append(got, testcheck.ViewClaim(c))
	}
	if diff := cmp.Diff(wantPriorities, got); diff != "" {
		t.Errorf("Priorities() mismatch (-want +got):\n%s", diff)
	}
	n := 0
	trade.Priorities()(func(shenyang.Claim) bool { n++; return false })
	if n != 1 {
		t.Errorf("Priorities() yielded %d claims after yield returned false, want 1", n)
	}
}

func TestImpliedRate(t *testing.T) {
	r := trade.ImpliedRate()
	type rate struct {
		Base, Quote shenyang.Currency
		Unit        shenyang.Unit
		Value       string
	}
	// 105.5e9 / 15e9 = 7.0333…, half-even -> 7.033333333333333.
	want := rate{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.033333333333333"}
	got := rate{r.Base(), r.Quote(), r.Unit(), shenyang.FormatDecimal(r.Value())}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ImpliedRate() (-want +got):\n%s", diff)
	}
	// Seen from the other side: 15 / 105.5 = 0.14218009478672985781…,
	// half-even -> 0.1421800947867299.
	inv, err := shenyang.RateBetween(mustAmount(t, "105500000000", shenyang.CNY), mustAmount(t, "15000000000", shenyang.USD))
	if err != nil {
		t.Fatal(err)
	}
	want = rate{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.1421800947867299"}
	got = rate{inv.Base(), inv.Quote(), inv.Unit(), shenyang.FormatDecimal(inv.Value())}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the implied rate in USD per CNY (-want +got):\n%s", diff)
	}
	// The figure's value is the rate's value.
	f, _ := trade.Figure(trade.ImpliedRate2019)
	if !f.Value.Equal(r.Value()) {
		t.Errorf("figure %s = %s, rate value %s", f.ID, shenyang.FormatDecimal(f.Value), shenyang.FormatDecimal(r.Value()))
	}
}

func TestImpliedRateConvert(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		from   shenyang.Currency
		want   string
		to     shenyang.Currency
	}{
		// 105.5e9 × 15e9 / 105.5e9 = 15e9 exactly: the rate keeps both
		// amounts, so the report's own pair converts with no rounding.
		{"total in yuan", "105500000000", shenyang.CNY, "15000000000", shenyang.USD},
		// 15e9 × 105.5e9 / 15e9 = 105.5e9 exactly.
		{"total in dollars", "15000000000", shenyang.USD, "105500000000", shenyang.CNY},
		// 75.2e9 × 15 / 105.5 = 10691943127.962085308…, half-even -> 10691943127.96209.
		{"imports", "75200000000", shenyang.CNY, "10691943127.96209", shenyang.USD},
		// 52e9 × 15 / 105.5 = 7393364928.909952606…, half-even -> 7393364928.909953.
		{"BMW Brilliance investment", "52000000000", shenyang.CNY, "7393364928.909953", shenyang.USD},
		// 1 × 105.5 / 15 = 7.0333…, half-even -> 7.033333333333333.
		{"one dollar", "1", shenyang.USD, "7.033333333333333", shenyang.CNY},
		// 1 × 15 / 105.5 = 0.14218009478672985781…, half-even -> 0.1421800947867299.
		{"one yuan", "1", shenyang.CNY, "0.1421800947867299", shenyang.USD},
		{"zero", "0", shenyang.CNY, "0", shenyang.USD},
		// -44.9e9 × 15 / 105.5 = -6383886255.924170616…, half-even -> -6383886255.924171.
		{"a deficit", "-44900000000", shenyang.CNY, "-6383886255.924171", shenyang.USD},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := shenyang.NewMoney(dec(tc.amount), tc.from)
			if err != nil {
				t.Fatal(err)
			}
			got, err := trade.ImpliedRate().Convert(m)
			if err != nil {
				t.Fatalf("Convert(%v) error: %v", m, err)
			}
			type money struct {
				Amount   string
				Currency shenyang.Currency
			}
			want := money{tc.want, tc.to}
			if diff := cmp.Diff(want, money{shenyang.FormatDecimal(got.Amount()), got.Currency()}); diff != "" {
				t.Errorf("Convert(%v) (-want +got):\n%s", m, diff)
			}
		})
	}
}

func TestOfficialRate(t *testing.T) {
	r := trade.OfficialRate()
	type rate struct {
		Base, Quote shenyang.Currency
		Unit        shenyang.Unit
		Value       string
		String      string
	}
	// The communiqué's 6.8985 yuan per dollar, as printed.
	want := rate{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "6.8985", "6.8985 CNY per 1 USD"}
	got := rate{r.Base(), r.Quote(), r.Unit(), shenyang.FormatDecimal(r.Value()), r.String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("OfficialRate() (-want +got):\n%s", diff)
	}
	// Seen from the other side: 1 / 6.8985 = 0.14495904906863810973…,
	// half-even -> 0.1449590490686381.
	inv, err := shenyang.RateBetween(mustAmount(t, "6.8985", shenyang.CNY), mustAmount(t, "1", shenyang.USD))
	if err != nil {
		t.Fatal(err)
	}
	want = rate{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.1449590490686381", "1 USD per 6.8985 CNY"}
	got = rate{inv.Base(), inv.Quote(), inv.Unit(), shenyang.FormatDecimal(inv.Value()), inv.String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the official rate in USD per CNY (-want +got):\n%s", diff)
	}
	// It is the rate of the figure, and lies in the figure's range.
	f, _ := trade.Figure(trade.OfficialRate2019)
	if !f.Value.Equal(r.Value()) || !f.Range.Contains(r.Value()) {
		t.Errorf("figure %s = %s %s, rate value %s", f.ID, shenyang.FormatDecimal(f.Value), testcheck.ShowRange(f.Range), shenyang.FormatDecimal(r.Value()))
	}
	// Calls return the same rate.
	if r2 := trade.OfficialRate(); r2 != r {
		t.Errorf("OfficialRate() = %v, then %v", r, r2)
	}

	tests := []struct {
		name   string
		amount string
		from   shenyang.Currency
		want   string
		to     shenyang.Currency
	}{
		// 105.5e9 / 6.8985 = 15293179676.74132057693…, half-even -> 15293179676.74132.
		{"total", "105500000000", shenyang.CNY, "15293179676.74132", shenyang.USD},
		// 52e9 / 6.8985 = 7537870551.56918170616…, half-even -> 7537870551.569182.
		{"BMW Brilliance investment", "52000000000", shenyang.CNY, "7537870551.569182", shenyang.USD},
		// -44.9e9 / 6.8985 = -6508661303.18185112705…, half-even -> -6508661303.181851.
		{"a deficit", "-44900000000", shenyang.CNY, "-6508661303.181851", shenyang.USD},
		// 15e9 × 6.8985 = 103477500000, exact.
		{"the report's dollars", "15000000000", shenyang.USD, "103477500000", shenyang.CNY},
		{"one dollar", "1", shenyang.USD, "6.8985", shenyang.CNY},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := shenyang.NewMoney(dec(tc.amount), tc.from)
			if err != nil {
				t.Fatal(err)
			}
			got, err := r.Convert(m)
			if err != nil {
				t.Fatalf("Convert(%v) error: %v", m, err)
			}
			want, err := shenyang.NewMoney(dec(tc.want), tc.to)
			if err != nil {
				t.Fatal(err)
			}
			// go-cmp compares Money with its Equal method.
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Convert(%v) (-want +got):\n%s", m, diff)
			}
		})
	}
}

// TestMutation changes every part of the values a caller gets back and
// checks that the next caller sees the data unchanged.
func TestMutation(t *testing.T) {
	tests := []struct {
		name   string
		mutate func()
	}{
		{"figure fields", func() {
			f, _ := trade.Figure(trade.ImportShare2019)
			f.ID, f.Value, f.Note, f.Derivation.Formula = "x", decimal.New(1, 0), "x", "x"
			f.Range = shenyang.Exactly(decimal.New(1, 0))
		}},
		{"figure lists", func() {
			f, _ := trade.Figure(trade.ImportShare2019)
			in := f.Derivation.Inputs.Slice()
			in[0], in[1] = "x", "y"
			c := f.Citations.Slice()
			c[0].Quote, c[1].Source.URL, c[1].Note = "x", "x", "x"
		}},
		{"official rate", func() {
			f, _ := trade.Figure(trade.OfficialRate2019)
			f.Value = decimal.New(7, 0)
			f.Citations.Slice()[0].Note = "x"
		}},
		{"figures", func() {
			for f := range trade.Figures() {
				f.Citations.Slice()[0].Quote = "x"
				f.Status = 0
			}
		}},
		{"priorities", func() {
			for c := range trade.Priorities() {
				c.Items.Slice()[0] = "x"
				c.Citations.Slice()[0].Quote = "x"
				c.Text = "x"
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.mutate()
			var got []figure
			for f := range trade.Figures() {
				got = append(got, testcheck.ViewFigure(f))
			}
			if diff := cmp.Diff(wantFigures, got); diff != "" {
				t.Errorf("Figures() after mutation (-want +got):\n%s", diff)
			}
			var claims []claim
			for c := range trade.Priorities() {
				claims = append(claims, testcheck.ViewClaim(c))
			}
			if diff := cmp.Diff(wantPriorities, claims); diff != "" {
				t.Errorf("Priorities() after mutation (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBrokenDefinition breaks the definition of exports (the dollar total
// in place of yuan imports): first use then leaves out exports and the five
// figures built on it, serves the other figures, and the error names each
// figure left out.
func TestBrokenDefinition(t *testing.T) {
	defs := trade.Defs()
	for i, d := range defs {
		if d.ID == trade.Exports2019 {
			defs[i].In[1] = trade.TotalUSD2019
		}
	}
	figs, err := trade.BuildWith(defs)
	if !errors.Is(err, tables.ErrDefinition) || !errors.Is(err, shenyang.ErrUnitMismatch) {
		t.Fatalf("error %v, want a broken definition with a unit mismatch", err)
	}
	left := []string{trade.Exports2019, trade.Balance2019, trade.ExportsGrowth2019, trade.ExportsUSD2019, trade.ExportsUSDOfficial2019}
	for _, id := range left {
		if !strings.Contains(err.Error(), id+": broken definition") {
			t.Errorf("error does not name %s:\n%v", id, err)
		}
	}
	// 4 reported + 12 derived, less exports and the 4 built on it.
	got := map[string]bool{}
	for _, f := range figs {
		got[f.ID] = true
	}
	for _, id := range left {
		if got[id] {
			t.Errorf("%s served despite its broken definition", id)
		}
	}
	for _, id := range []string{trade.TotalUSD2019, trade.ImportShare2019, trade.ImpliedRate2019, trade.ImportsUSD2019, trade.Exports2018} {
		if !got[id] {
			t.Errorf("%s left out, though its definition is sound", id)
		}
	}
	if len(figs) != 16-len(left) {
		t.Errorf("%d figures, want %d", len(figs), 16-len(left))
	}
}

func TestLookupsEmptyIDsTrade(t *testing.T) {
	for _, id := range []string{"", "trade.exports", "indicators.imports.2019", "Trade.Exports.2019"} {
		if f, ok := trade.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %v, %v; want the zero Figure, false", id, f.ID, ok)
		}
	}
}

func TestJSONRoundTripTrade(t *testing.T) {
	n := 0
	for f := range trade.Figures() {
		testcheck.RoundTrip(t, f)
		n++
	}
	for c := range trade.Priorities() {
		testcheck.RoundTrip(t, c)
		n++
	}
	// 16 figures, 3 priorities.
	if n != 19 {
		t.Errorf("round-tripped %d values, want 19", n)
	}
	// The implied rate keeps 15 billion dollars and 105.5 billion yuan; the
	// official one 1 dollar and 6.8985 yuan.
	tests := []struct {
		name string
		got  []byte
		want string
	}{
		{"implied", testcheck.RoundTrip(t, trade.ImpliedRate()),
			`{"base":{"amount":"15000000000","currency":"USD"},"quote":{"amount":"105500000000","currency":"CNY"}}`},
		{"official", testcheck.RoundTrip(t, trade.OfficialRate()),
			`{"base":{"amount":"1","currency":"USD"},"quote":{"amount":"6.8985","currency":"CNY"}}`},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("%s rate encodes as %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func mustAmount(t *testing.T, amount string, c shenyang.Currency) shenyang.Money {
	t.Helper()
	m, err := shenyang.NewMoney(decimal.RequireFromString(amount), c)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The data as shipped builds every figure: a broken definition would leave
// its figure, and those built on it, out.
func TestTablesBuild(t *testing.T) {
	if err := trade.BuildErr(); err != nil {
		t.Fatal(err)
	}
}

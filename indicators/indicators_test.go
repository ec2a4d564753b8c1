package indicators_test

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// The report's sentences, copied verbatim from the source text.
const (
	sourceID  = "chinadaily-2020-04-09"
	fdiQuote  = "The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019"
	fdiRecord = "the highest figure over the last five years, showing its efforts in going global have borne fruit."
	tradeQ    = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	importsQ  = "Imports grew 17.1 percent to reach 75.2 billion yuan."
	lastYear  = `"last year" in a report published on 2020-04-09`
	sameYear  = `the preceding sentence's "last year" in a report published on 2020-04-09`

	// The Chinese edition, cited without a quote: the module stores none
	// of its text.
	zhID    = "chinadaily-zh-2020-01-07"
	noQuote = "no quote: the module does not store this source's text; "

	// What the Chinese edition reports, as the citations' notes say it.
	zhFDI         = noQuote + "it reports 16.5亿美元 (1.65 billion US dollars), a five-year high, attributed to the Shenyang Development and Reform Commission"
	zhFDIGrowth   = noQuote + "it reports growth of 15 percent"
	zhTrade       = noQuote + "it reports 1055亿元 (105.5 billion yuan) for 2019"
	zhTradeGrowth = noQuote + "it reports growth of 7.2 percent"
	zhImports     = noQuote + "it reports 752亿元 (75.2 billion yuan) for 2019"
	zhImpGrowth   = noQuote + "it reports growth of 17.1 percent"
	zhFDIGapNat   = noQuote + "it reports that growth exceeded the national rate by 12.4 percentage points; the comparison's basis is unstated"
	zhTradeGapNat = noQuote + "it reports that growth exceeded the national rate by 4.8 percentage points; the comparison's basis is unstated"
	zhFDIGapLn    = noQuote + "it reports that growth exceeded Liaoning's rate by 47.8 percentage points; the comparison's basis is unstated"
	zhTradeGapLn  = noQuote + "it reports that growth exceeded Liaoning's rate by 12.3 percentage points; the comparison's basis is unstated"

	// Shenyang's work report on 2019, cited on the two growth rates it
	// repeats.
	workID     = "shenyang-work-report-2019"
	workFDI    = noQuote + "it reports that actual use of foreign capital grew 15 % in 2019 (实际利用外资增长15%)"
	workTrade  = noQuote + "it reports, as an estimate (its sentence opens with 预计, estimated), that total imports and exports grew 7.2 % in 2019 (进出口总额增长7.2%)"
	commerceID = "ce-2019-12-13"
	govcnID    = "govcn-2020-01-21"
	commerce   = noQuote + "it reports the Ministry of Commerce's figures for January to November 2019: national actual use of foreign capital of 845.94 billion yuan, up 6.0 %, or 124.39 billion dollars, up 2.6 % (8459.4亿元人民币,同比增长6.0%,折1243.9亿美元,同比增长2.6%)"
	govcn      = noQuote + "it reports the Ministry of Commerce's full-year 2019 figure: foreign direct investment of 941.5 billion yuan, up 5.8 %, published on 2020-01-21, after the Chinese edition"

	impliedNote = "as implied by the Chinese edition, basis unstated: published on 2020-01-07, its comparison may not be with full-year national or provincial data"
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

// wantFigures are the package's figures in the order Figures yields them:
// the reported ones in the order of the table (the six headline figures
// of the report, then the four growth gaps of the Chinese edition), then
// the derived ones.
//
// The ranges of the reported figures are half a unit of the last printed
// digit either way. The 2018 values are current / (1 + growth), the point
// value rounded half to even and the range [current.low / (1 +
// growth.high), current.high / (1 + growth.low)] rounded outward to 16
// significant digits, closed because rounding moved both bounds. The
// national and provincial growth rates are growth minus gap, exact.
//
// A derived figure cites the citations of its inputs, in input order, each
// once.
var wantFigures = []figure{
	{
		ID: indicators.ForeignCapital2019, Label: "Actual use of foreign capital",
		Period: "2019",
		// "$1.65 billion": 1.65e9 ± 0.005e9.
		Value: "1650000000", Unit: shenyang.UnitUSD, Range: "[1645000000, 1655000000]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "$1.65 billion",
		Citations: []cite{{Source: sourceID, Quote: fdiQuote}, {Source: zhID, Note: zhFDI}},
		Note:      "the report says the value is the highest over the last five years",
	},
	{
		ID: indicators.ForeignCapitalGrowth2019, Label: "Growth of actual use of foreign capital on 2018",
		Period: "2019",
		// "15 percent": 0.15 ± 0.005.
		Value: "0.15", Unit: shenyang.UnitRatio, Range: "[0.145, 0.155]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "15 percent",
		Citations: []cite{{Source: sourceID, Quote: fdiQuote}, {Source: zhID, Note: zhFDIGrowth}, {Source: workID, Note: workFDI}},
	},
	{
		ID: indicators.TradeTotal2019, Label: "Total imports and exports",
		Period: "2019", InferredFrom: lastYear, Inferred: true,
		// "105.5 billion yuan": 105.5e9 ± 0.05e9.
		Value: "105500000000", Unit: shenyang.UnitCNY, Range: "[105450000000, 105550000000]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "105.5 billion yuan",
		Citations: []cite{{Source: sourceID, Quote: tradeQ}, {Source: zhID, Note: zhTrade}},
	},
	{
		ID: indicators.TradeTotalGrowth2019, Label: "Growth of total imports and exports on 2018",
		Period: "2019", InferredFrom: lastYear, Inferred: true,
		// "7.2 percent": 0.072 ± 0.0005.
		Value: "0.072", Unit: shenyang.UnitRatio, Range: "[0.0715, 0.0725]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "7.2 percent",
		Citations: []cite{{Source: sourceID, Quote: tradeQ}, {Source: zhID, Note: zhTradeGrowth}, {Source: workID, Note: workTrade}},
	},
	{
		ID: indicators.Imports2019, Label: "Imports",
		Period: "2019", InferredFrom: sameYear, Inferred: true,
		// "75.2 billion yuan": 75.2e9 ± 0.05e9.
		Value: "75200000000", Unit: shenyang.UnitCNY, Range: "[75150000000, 75250000000]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "75.2 billion yuan",
		Citations: []cite{{Source: sourceID, Quote: importsQ}, {Source: zhID, Note: zhImports}},
	},
	{
		ID: indicators.ImportsGrowth2019, Label: "Growth of imports on 2018",
		Period: "2019", InferredFrom: sameYear, Inferred: true,
		// "17.1 percent": 0.171 ± 0.0005.
		Value: "0.171", Unit: shenyang.UnitRatio, Range: "[0.1705, 0.1715]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "17.1 percent",
		Citations: []cite{{Source: sourceID, Quote: importsQ}, {Source: zhID, Note: zhImpGrowth}},
	},
	{
		ID: indicators.ForeignCapitalGapNational2019, Label: "Growth of actual use of foreign capital above the national rate",
		Period: "2019",
		// "12.4 percentage points": 0.124 ± 0.0005.
		Value: "0.124", Unit: shenyang.UnitRatio, Range: "[0.1235, 0.1245]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "12.4 percentage points",
		Citations: []cite{{Source: zhID, Note: zhFDIGapNat}},
	},
	{
		ID: indicators.TradeTotalGapNational2019, Label: "Growth of total imports and exports above the national rate",
		Period: "2019",
		// "4.8 percentage points": 0.048 ± 0.0005.
		Value: "0.048", Unit: shenyang.UnitRatio, Range: "[0.0475, 0.0485]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "4.8 percentage points",
		Citations: []cite{{Source: zhID, Note: zhTradeGapNat}},
	},
	{
		ID: indicators.ForeignCapitalGapLiaoning2019, Label: "Growth of actual use of foreign capital above the Liaoning provincial rate",
		Period: "2019",
		// "47.8 percentage points": 0.478 ± 0.0005.
		Value: "0.478", Unit: shenyang.UnitRatio, Range: "[0.4775, 0.4785]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "47.8 percentage points",
		Citations: []cite{{Source: zhID, Note: zhFDIGapLn}},
	},
	{
		ID: indicators.TradeTotalGapLiaoning2019, Label: "Growth of total imports and exports above the Liaoning provincial rate",
		Period: "2019",
		// "12.3 percentage points": 0.123 ± 0.0005.
		Value: "0.123", Unit: shenyang.UnitRatio, Range: "[0.1225, 0.1235]",
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Printed: "12.3 percentage points",
		Citations: []cite{{Source: zhID, Note: zhTradeGapLn}},
	},
	{
		ID: indicators.ForeignCapital2018, Label: "Actual use of foreign capital in 2018, from the 2019 value and its growth",
		Period: "2018",
		// 1.65e9 / 1.15 = 1434782608.695652173913…, half-even -> 1434782608.695652.
		Value: "1434782608.695652", Unit: shenyang.UnitUSD,
		// 1.645e9 / 1.155 = 1424242424.242424242424… floor -> 1424242424.242424;
		// 1.655e9 / 1.145 = 1445414847.161572052401… ceil  -> 1445414847.161573.
		Range:     "[1424242424.242424, 1445414847.161573]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula: "indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)",
		Inputs:  []string{indicators.ForeignCapital2019, indicators.ForeignCapitalGrowth2019},
		// The report's sentence carries both inputs: cited once.
		Citations: []cite{{Source: sourceID, Quote: fdiQuote}, {Source: zhID, Note: zhFDI}, {Source: zhID, Note: zhFDIGrowth}, {Source: workID, Note: workFDI}},
	},
	{
		ID: indicators.TradeTotal2018, Label: "Total imports and exports in 2018, from the 2019 value and its growth",
		Period: "2018",
		// 105.5e9 / 1.072 = 98414179104.477611940298…, half-even -> 98414179104.47761.
		Value: "98414179104.47761", Unit: shenyang.UnitCNY,
		// 105.45e9 / 1.0725 = 98321678321.678321678321… floor -> 98321678321.67832;
		// 105.55e9 / 1.0715 = 98506766215.585627624825… ceil  -> 98506766215.58563.
		Range:     "[98321678321.67832, 98506766215.58563]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.2019 / (1 + indicators.trade-total.growth.2019)",
		Inputs:    []string{indicators.TradeTotal2019, indicators.TradeTotalGrowth2019},
		Citations: []cite{{Source: sourceID, Quote: tradeQ}, {Source: zhID, Note: zhTrade}, {Source: zhID, Note: zhTradeGrowth}, {Source: workID, Note: workTrade}},
	},
	{
		ID: indicators.Imports2018, Label: "Imports in 2018, from the 2019 value and its growth",
		Period: "2018",
		// 75.2e9 / 1.171 = 64218616567.036720751494…, half-even -> 64218616567.03672.
		Value: "64218616567.03672", Unit: shenyang.UnitCNY,
		// 75.15e9 / 1.1715 = 64148527528.809218950064… floor -> 64148527528.80921;
		// 75.25e9 / 1.1705 = 64288765484.835540367364… ceil  -> 64288765484.83555.
		Range:     "[64148527528.80921, 64288765484.83555]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.imports.2019 / (1 + indicators.imports.growth.2019)",
		Inputs:    []string{indicators.Imports2019, indicators.ImportsGrowth2019},
		Citations: []cite{{Source: sourceID, Quote: importsQ}, {Source: zhID, Note: zhImports}, {Source: zhID, Note: zhImpGrowth}},
	},
	{
		ID:     indicators.ForeignCapitalGrowthNational2019,
		Label:  "National growth of actual use of foreign capital, as implied by the Chinese edition (basis unstated)",
		Period: "2019",
		// 0.15 - 0.124 = 0.026; [0.145 - 0.1245, 0.155 - 0.1235] = [0.0205, 0.0315].
		Value: "0.026", Unit: shenyang.UnitRatio, Range: "[0.0205, 0.0315]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula: "indicators.foreign-capital.growth.2019 - indicators.foreign-capital.growth-gap.national.2019",
		Inputs:  []string{indicators.ForeignCapitalGrowth2019, indicators.ForeignCapitalGapNational2019},
		// Its inputs' citations, then the two releases of the Ministry of
		// Commerce's figures that say on which basis it was most likely
		// compared.
		Citations: []cite{{Source: sourceID, Quote: fdiQuote}, {Source: zhID, Note: zhFDIGrowth}, {Source: workID, Note: workFDI}, {Source: zhID, Note: zhFDIGapNat},
			{Source: commerceID, Note: commerce}, {Source: govcnID, Note: govcn}},
		Note: "as implied by the Chinese edition (15 - 12.4 = 2.6 percent), whose basis is unstated: most likely the Ministry of Commerce's figures " +
			"for January to November 2019 in dollars, up 2.6 %, which this figure's range holds, the latest released before the Chinese edition of 2020-01-07; " +
			"not their yuan growth of 6.0 % nor the full-year yuan growth of 5.8 %, which lie outside it. Other dollar figures may also lie in the range, so this is the likeliest basis, not a certain one",
	},
	{
		ID:     indicators.TradeTotalGrowthNational2019,
		Label:  "National growth of total imports and exports, as implied by the Chinese edition (basis unstated)",
		Period: "2019",
		// The trade growth's year is inferred, and the figure inherits it.
		InferredFrom: "the period of its input indicators.trade-total.growth.2019, which was inferred from " + lastYear, Inferred: true,
		// 0.072 - 0.048 = 0.024; [0.0715 - 0.0485, 0.0725 - 0.0475] = [0.023, 0.025].
		Value: "0.024", Unit: shenyang.UnitRatio, Range: "[0.023, 0.025]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.growth.2019 - indicators.trade-total.growth-gap.national.2019",
		Inputs:    []string{indicators.TradeTotalGrowth2019, indicators.TradeTotalGapNational2019},
		Citations: []cite{{Source: sourceID, Quote: tradeQ}, {Source: zhID, Note: zhTradeGrowth}, {Source: workID, Note: workTrade}, {Source: zhID, Note: zhTradeGapNat}},
		Note:      impliedNote,
	},
	{
		ID:     indicators.ForeignCapitalGrowthLiaoning2019,
		Label:  "Liaoning's growth of actual use of foreign capital, as implied by the Chinese edition (basis unstated)",
		Period: "2019",
		// 0.15 - 0.478 = -0.328; [0.145 - 0.4785, 0.155 - 0.4775] = [-0.3335, -0.3225].
		Value: "-0.328", Unit: shenyang.UnitRatio, Range: "[-0.3335, -0.3225]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.foreign-capital.growth.2019 - indicators.foreign-capital.growth-gap.liaoning.2019",
		Inputs:    []string{indicators.ForeignCapitalGrowth2019, indicators.ForeignCapitalGapLiaoning2019},
		Citations: []cite{{Source: sourceID, Quote: fdiQuote}, {Source: zhID, Note: zhFDIGrowth}, {Source: workID, Note: workFDI}, {Source: zhID, Note: zhFDIGapLn}},
		Note:      impliedNote,
	},
	{
		ID:           indicators.TradeTotalGrowthLiaoning2019,
		Label:        "Liaoning's growth of total imports and exports, as implied by the Chinese edition (basis unstated)",
		Period:       "2019",
		InferredFrom: "the period of its input indicators.trade-total.growth.2019, which was inferred from " + lastYear, Inferred: true,
		// 0.072 - 0.123 = -0.051; [0.0715 - 0.1235, 0.0725 - 0.1225] = [-0.052, -0.05].
		Value: "-0.051", Unit: shenyang.UnitRatio, Range: "[-0.052, -0.05]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "indicators.trade-total.growth.2019 - indicators.trade-total.growth-gap.liaoning.2019",
		Inputs:    []string{indicators.TradeTotalGrowth2019, indicators.TradeTotalGapLiaoning2019},
		Citations: []cite{{Source: sourceID, Quote: tradeQ}, {Source: zhID, Note: zhTradeGrowth}, {Source: workID, Note: workTrade}, {Source: zhID, Note: zhTradeGapLn}},
		Note:      impliedNote,
	},
}

var wantClaims = []claim{{
	ID:           "indicators.foreign-capital.record",
	Subject:      "Actual use of foreign capital",
	Text:         "The 2019 actual use of foreign capital was the highest in the last five years, a sign that the city's efforts in going global have borne fruit.",
	Period:       "2015/2019",
	InferredFrom: `"the last five years" counted back from 2019`,
	Citations: []cite{
		{Source: sourceID, Quote: fdiRecord},
		{Source: zhID, Note: noQuote + "its title calls the figure a five-year high (创5年新高)"},
	},
}}

// TestFigures checks Figures, Figure and early stops against wantFigures
// (testcheck.Figures).
func TestFigures(t *testing.T) {
	testcheck.Figures(t, wantFigures, indicators.Figure, indicators.Figures())
}

func TestFigureUnknown(t *testing.T) {
	testcheck.FigureUnknown(t, indicators.Figure,
		"",
		"foreign-capital",                        // an indicator id, not a figure id
		"indicators.foreign-capital.2017",        // no such year
		"INDICATORS.FOREIGN-CAPITAL.2019",        // ids are case-sensitive
		" indicators.foreign-capital.2019",       // no trimming
		"trade.exports.2019",                     // another package's figure
		"investors.bmw-brilliance.investment",    // another package's figure
		"indicators.foreign-capital.growth.2018", // not derived
	)
}

// TestFigureValues checks the internal consistency of each figure
// (testcheck.FigureValues): its range and value, its printed text in its
// quote or note, its citations, its qualifier and its inputs.
func TestFigureValues(t *testing.T) {
	resolve := func(id string) bool {
		_, ok := indicators.Figure(id)
		return ok
	}
	for f := range indicators.Figures() {
		t.Run(f.ID, func(t *testing.T) {
			testcheck.FigureValues(t, f, resolve, shenyang.ChineseEdition(), shenyang.WorkReport(), shenyang.CommerceJanNov(), shenyang.CommerceFullYear())
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		id, name               string
		value, growth, prior   string
		wantV, wantG, wantPrio int // indexes in wantFigures
	}{
		{indicators.ForeignCapital, "Actual use of foreign capital",
			indicators.ForeignCapital2019, indicators.ForeignCapitalGrowth2019, indicators.ForeignCapital2018, 0, 1, 10},
		{indicators.TradeTotal, "Total imports and exports",
			indicators.TradeTotal2019, indicators.TradeTotalGrowth2019, indicators.TradeTotal2018, 2, 3, 11},
		{indicators.Imports, "Imports",
			indicators.Imports2019, indicators.ImportsGrowth2019, indicators.Imports2018, 4, 5, 12},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			in, ok := indicators.Headline(tc.id)
			if !ok {
				t.Fatalf("Headline(%q) not found", tc.id)
			}
			got := []string{in.ID, in.Name, in.Value.ID, in.Growth.ID, in.Prior.ID}
			want := []string{tc.id, tc.name, tc.value, tc.growth, tc.prior}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Headline(%q) ids (-want +got):\n%s", tc.id, diff)
			}
			gotFigs := []figure{testcheck.ViewFigure(in.Value), testcheck.ViewFigure(in.Growth), testcheck.ViewFigure(in.Prior)}
			wantFigs := []figure{wantFigures[tc.wantV], wantFigures[tc.wantG], wantFigures[tc.wantPrio]}
			if diff := cmp.Diff(wantFigs, gotFigs); diff != "" {
				t.Errorf("Headline(%q) figures (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	// The ids of v0.1, without the package's prefix, no longer resolve.
	for _, id := range []string{"", "Imports", "exports", indicators.Imports2019, "imports", "foreign-capital"} {
		t.Run(id, func(t *testing.T) {
			if in, ok := indicators.Headline(id); ok || in.ID != "" {
				t.Errorf("Headline(%q) = %q, %t; want zero Indicator, false", id, in.ID, ok)
			}
		})
	}
}

func TestAll(t *testing.T) {
	var got []string
	for in := range indicators.All() {
		got = append(got, in.ID)
	}
	want := []string{"indicators.foreign-capital", "indicators.trade-total", "indicators.imports"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("All() ids (-want +got):\n%s", diff)
	}
}

func TestAllStopsEarly(t *testing.T) {
	n := 0
	indicators.All()(func(indicators.Indicator) bool { n++; return false })
	if n != 1 {
		t.Errorf("All() yielded %d indicators after yield returned false, want 1", n)
	}
}

func TestClaims(t *testing.T) {
	var got []claim
	for c := range indicators.Claims() {
		t.Run(c.ID, func(t *testing.T) { testcheck.Citations(t, c.Citations, shenyang.ChineseEdition()) })
		got = append(got, testcheck.ViewClaim(c))
	}
	if diff := cmp.Diff(wantClaims, got); diff != "" {
		t.Errorf("Claims() mismatch (-want +got):\n%s", diff)
	}
	n := 0
	indicators.Claims()(func(shenyang.Claim) bool { n++; return false })
	if n != 1 {
		t.Errorf("Claims() yielded %d claims after yield returned false, want 1", n)
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
			f, _ := indicators.Figure(indicators.ForeignCapital2018)
			f.ID, f.Value, f.Printed, f.Note = "x", decimal.New(1, 0), "x", "x"
			f.Period.ISO = "1999"
			f.Range = shenyang.Exactly(decimal.New(1, 0))
		}},
		{"figure lists", func() {
			f, _ := indicators.Figure(indicators.ForeignCapital2018)
			in := f.Derivation.Inputs.Slice()
			in[0] = "x"
			c := f.Citations.Slice()
			c[0].Quote = "x"
			c[0].Source.ID = "x"
		}},
		{"figures", func() {
			for f := range indicators.Figures() {
				f.Citations.Slice()[0].Quote = "x"
				f.Value = decimal.New(-1, 0)
			}
		}},
		{"indicator", func() {
			in, _ := indicators.Headline(indicators.Imports)
			in.Value.ID = "x"
			in.Prior.Derivation.Inputs.Slice()[1] = "x"
			in.Growth.Citations.Slice()[0].Quote = "x"
		}},
		{"claim", func() {
			for c := range indicators.Claims() {
				c.Text = "x"
				c.Citations.Slice()[0].Quote = "x"
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.mutate()
			var got []figure
			for f := range indicators.Figures() {
				got = append(got, testcheck.ViewFigure(f))
			}
			if diff := cmp.Diff(wantFigures, got); diff != "" {
				t.Errorf("Figures() after mutation (-want +got):\n%s", diff)
			}
			in, _ := indicators.Headline(indicators.Imports)
			if diff := cmp.Diff(wantFigures[4:6], []figure{testcheck.ViewFigure(in.Value), testcheck.ViewFigure(in.Growth)}); diff != "" {
				t.Errorf("Headline(imports) after mutation (-want +got):\n%s", diff)
			}
			var claims []claim
			for c := range indicators.Claims() {
				claims = append(claims, testcheck.ViewClaim(c))
			}
			if diff := cmp.Diff(wantClaims, claims); diff != "" {
				t.Errorf("Claims() after mutation (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConcurrentFirstUse reads the package from many goroutines at once;
// under -race it shows that the first-use build is safe.
func TestConcurrentFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, ok := indicators.Figure(indicators.Imports2018)
			if !ok || shenyang.FormatDecimal(f.Value) != "64218616567.03672" {
				errs <- errors.New("Figure(indicators.Imports2018) = " + f.String())
			}
			for range indicators.All() {
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestLookupsEmptyIDs checks that empty and unknown ids find nothing.
func TestLookupsEmptyIDs(t *testing.T) {
	for _, id := range []string{"", " ", "indicators.foreign-capital", "INDICATORS.FOREIGN-CAPITAL.2019", "foreign-capital.2019"} {
		if f, ok := indicators.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %v, %v; want the zero Figure, false", id, f.ID, ok)
		}
	}
	for _, id := range []string{"", "Imports", "imports", " indicators.imports", indicators.Imports2019} {
		if in, ok := indicators.Headline(id); ok || in.ID != "" {
			t.Errorf("Headline(%q) = %q, %v; want the zero Indicator, false", id, in.ID, ok)
		}
	}
}

func TestJSONRoundTripIndicators(t *testing.T) {
	n := 0
	for in := range indicators.All() {
		testcheck.RoundTrip(t, in)
		n++
	}
	for f := range indicators.Figures() {
		testcheck.RoundTrip(t, f)
		n++
	}
	for c := range indicators.Claims() {
		testcheck.RoundTrip(t, c)
		n++
	}
	// 3 indicators, 17 figures, 1 claim.
	if n != 21 {
		t.Errorf("round-tripped %d values, want 21", n)
	}
	b := testcheck.RoundTrip(t, indicators.Indicator{})
	if !strings.HasPrefix(string(b), `{"id":"","name":"","value":{"id":""`) {
		t.Errorf("zero Indicator encodes as %s", b)
	}
}

// The data as shipped builds every figure: a broken definition would leave
// its figure, and those built on it, out.
func TestTablesBuild(t *testing.T) {
	if err := indicators.BuildErr(); err != nil {
		t.Fatal(err)
	}
}

package investors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// The report's sentences, copied verbatim from the source text.
const (
	sourceID   = "chinadaily-2020-04-09"
	fortuneQ   = "the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies"
	namedQ     = "Those investors include automaker BMW, French tire maker Michelin and tire and rubber company Bridgestone."
	bmwQ       = "Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009"
	modelQ     = "becoming a model for cooperation between Shenyang and Germany"
	ix3Q       = "Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world."
	tradeQ     = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	asOfReport = "the report's publication date, 2020-04-09: it gives the count as it stood then"
	bmwPeriod  = `"dating back to 2009" up to the report's "has surpassed" on 2020-04-09`
	fromBMW    = "the period of its input investors.bmw-brilliance.investment, which was inferred from " + bmwPeriod

	// The secondary sources, cited without a quote: the module stores
	// none of their text.
	zhID    = "chinadaily-zh-2020-01-07"
	nbsID   = "nbs-communique-2019"
	noQuote = "no quote: the module does not store this source's text; "

	illustrative = "illustrative: a cumulative 2009-2020 yuan total converted at one 2019 rate; the yuan amounts of earlier years were worth other dollar sums"
)

var (
	zhEnterprises = cite{Source: zhID, Note: noQuote + "it reports that more than 100 Fortune Global 500 companies have set up more than 170 enterprises in Shenyang"}
	zhTrade       = cite{Source: zhID, Note: noQuote + "it reports 1055亿元 (105.5 billion yuan) for 2019"}
	nbs2019       = cite{Source: nbsID, Note: noQuote + "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar"}
)

// cite, figure and claim are the module's values as the tests compare
// them (internal/testcheck).
type (
	cite   = testcheck.Cite
	figure = testcheck.Figure
	claim  = testcheck.Claim
)

// wantFigures are the package's figures in the order Figures yields them:
// the reported ones, then the derived ones. A derived figure cites the
// citations of its inputs, in input order, each once; its qualifier is
// "more than" when its range has only an open lower bound, "at least" when
// it has only a closed one.
var wantFigures = []figure{
	{
		ID: investors.Fortune500Companies, Label: "Fortune Global 500 companies investing in the city",
		Period: "2020-04-09", InferredFrom: asOfReport, Inferred: true,
		// "more than 100": (100, +inf).
		Value: "100", Unit: shenyang.UnitCount, Range: "(100, +inf)",
		Qualifier: shenyang.MoreThan, Status: shenyang.Reported, Printed: "more than 100",
		Citations: []cite{
			{Source: sourceID, Quote: fortuneQ},
			{Source: zhID, Note: noQuote + "it reports more than 100 Fortune Global 500 companies"},
		},
	},
	{
		ID: investors.Fortune500LocalCompanies, Label: "Local companies in which Fortune Global 500 companies invest",
		Period: "2020-04-09", InferredFrom: asOfReport, Inferred: true,
		// "some 170": half a unit of the last non-zero digit (the tens),
		// 170 ± 5.
		Value: "170", Unit: shenyang.UnitCount, Range: "[165, 175]",
		Qualifier: shenyang.Some, Status: shenyang.Reported, Printed: "some 170",
		Citations: []cite{{Source: sourceID, Quote: fortuneQ}},
		Note:      "the Chinese edition says more than 170; see investors.fortune500.local-companies.zh",
	},
	{
		ID: investors.Fortune500LocalCompaniesZh, Label: "Enterprises set up in Shenyang by Fortune Global 500 companies, as the Chinese edition gives them",
		Period: "2020-01-07", InferredFrom: "the Chinese edition's publication date: it gives the count as it stood then", Inferred: true,
		// "more than 170": (170, +inf).
		Value: "170", Unit: shenyang.UnitCount, Range: "(170, +inf)",
		Qualifier: shenyang.MoreThan, Status: shenyang.Reported, Printed: "more than 170",
		Citations: []cite{zhEnterprises},
	},
	{
		ID: investors.BMWInvestment, Label: "Cumulative investment in BMW Brilliance Automotive's production base in Shenyang since 2009",
		Period: "2009/2020-04-09", InferredFrom: bmwPeriod, Inferred: true,
		// "has surpassed 52 billion yuan": (52e9, +inf).
		Value: "52000000000", Unit: shenyang.UnitCNY, Range: "(52000000000, +inf)",
		Qualifier: shenyang.Surpassed, Status: shenyang.Reported, Printed: "surpassed 52 billion yuan",
		Citations: []cite{{Source: sourceID, Quote: bmwQ}},
	},
	{
		ID: investors.Fortune500LocalCompaniesCombined, Label: "Local companies with Fortune Global 500 investment, as both editions allow",
		// The readings are of 2020-01-07 (Chinese) and 2020-04-09.
		Period: "2020-01-07/2020-04-09", InferredFrom: "the span of its inputs' periods, one of them inferred", Inferred: true,
		// [165, 175] ∩ (170, +inf) = (170, 175], whose whole numbers are
		// 171 to 175. The value is their midpoint, (171 + 175) / 2 = 173.
		Value: "173", Unit: shenyang.UnitCount, Range: "[171, 175]",
		Qualifier: shenyang.Computed, Status: shenyang.Derived,
		Formula:   "midpoint(investors.fortune500.local-companies ∩ investors.fortune500.local-companies.zh)",
		Inputs:    []string{investors.Fortune500LocalCompanies, investors.Fortune500LocalCompaniesZh},
		Citations: []cite{{Source: sourceID, Quote: fortuneQ}, zhEnterprises},
		Note:      "the range is what both readings allow, in whole numbers; the value is its midpoint",
	},
	{
		ID: investors.BMWInvestmentUSD, Label: "Cumulative BMW Brilliance investment in US dollars at the 2019 rate the report implies",
		Period: "2009/2020-04-09", InferredFrom: fromBMW, Inferred: true,
		// 52e9 × 15 / 105.5 = 7393364928.909952606635…, half-even -> 7393364928.909953.
		Value: "7393364928.909953", Unit: shenyang.UnitUSD,
		// (52e9, +inf) / [6.803225806451612, 7.279310344827587]:
		// 52e9 / 7.279310344827587 = 7143533870.203694153001… floor -> 7143533870.203694,
		// closed because rounding moved it; +inf over a positive rate has
		// no upper bound. Only a closed lower bound: "at least".
		Range:     "[7143533870.203694, +inf)",
		Qualifier: shenyang.AtLeast, Status: shenyang.Derived,
		Formula:   "investors.bmw-brilliance.investment / trade.implied-rate.2019",
		Inputs:    []string{investors.BMWInvestment, trade.ImpliedRate2019},
		Citations: []cite{{Source: sourceID, Quote: bmwQ}, {Source: sourceID, Quote: tradeQ}, zhTrade},
		Note:      illustrative,
	},
	{
		ID: investors.BMWInvestmentUSDOfficial, Label: "Cumulative BMW Brilliance investment in US dollars at the official 2019 average rate",
		Period: "2009/2020-04-09", InferredFrom: fromBMW, Inferred: true,
		// 52e9 / 6.8985 = 7537870551.569181706168…, half-even -> 7537870551.569182.
		Value: "7537870551.569182", Unit: shenyang.UnitUSD,
		// (52e9, +inf) / [6.89845, 6.89855]:
		// 52e9 / 6.89855 = 7537815917.837806495567… floor -> 7537815917.837806, closed.
		Range:     "[7537815917.837806, +inf)",
		Qualifier: shenyang.AtLeast, Status: shenyang.Derived,
		Formula:   "investors.bmw-brilliance.investment / trade.official-rate.2019",
		Inputs:    []string{investors.BMWInvestment, trade.OfficialRate2019},
		Citations: []cite{{Source: sourceID, Quote: bmwQ}, nbs2019},
		Note:      illustrative,
	},
}

// investor, product: the package's types as the tests compare them.
type investor struct {
	ID, Name, Description, Country string
	Citations                      []cite
}

func viewInvestor(in investors.Investor) investor {
	return investor{in.ID, in.Name, in.Description, in.Country, testcheck.Cites(in.Citations)}
}

type product struct {
	ID, Name, Maker, Kind, Outlook string
	Period, InferredFrom           string
	Citations                      []cite
}

func viewProduct(p investors.Product) product {
	return product{p.ID, p.Name, p.Maker, p.Kind, p.Outlook, p.Period.ISO, p.Period.InferredFrom, testcheck.Cites(p.Citations)}
}

var (
	named         = []cite{{Source: sourceID, Quote: namedQ}}
	wantInvestors = []investor{
		{"investors.bmw", "BMW", "automaker", "", named},
		{"investors.michelin", "Michelin", "tire maker", "France", named},
		{"investors.bridgestone", "Bridgestone", "tire and rubber company", "", named},
	}
	wantProducts = []product{{
		ID: "investors.bmw-brilliance.ix3", Name: "iX3", Maker: "BMW Brilliance Automotive", Kind: "all-electric model",
		Outlook: "expected to be produced in Shenyang and exported across the world",
		Period:  "2020", InferredFrom: "an expectation reported on 2020-04-09 with no date printed",
		Citations: []cite{{Source: sourceID, Quote: ix3Q}},
	}}
	wantClaims = []claim{{
		ID: "investors.bmw-brilliance.model", Subject: "BMW Brilliance Automotive",
		Text:   "The investment in BMW Brilliance Automotive's Shenyang production base has become a model for cooperation between Shenyang and Germany.",
		Items:  []string{"Shenyang", "Germany"},
		Period: "2009/2020-04-09", InferredFrom: "the investment's period, 2009 to the report of 2020-04-09",
		Citations: []cite{{Source: sourceID, Quote: modelQ}},
	}}
)

// TestFigures checks Figures, Figure and early stops against wantFigures
// (testcheck.Figures).
func TestFigures(t *testing.T) {
	testcheck.Figures(t, wantFigures, investors.Figure, investors.Figures())
}

func TestFigureUnknown(t *testing.T) {
	testcheck.FigureUnknown(t, investors.Figure, "", "investors.bmw", "investors.fortune500", trade.ImpliedRate2019, "investors.bmw-brilliance.ix3")
}

// TestFigureValues checks the internal consistency of each figure
// (testcheck.FigureValues): its range and value, its printed text in its
// quote or note, its citations, its qualifier and its inputs.
func TestFigureValues(t *testing.T) {
	resolve := func(id string) bool {
		_, here := investors.Figure(id)
		_, inTrade := trade.Figure(id)
		return here || inTrade
	}
	for f := range investors.Figures() {
		t.Run(f.ID, func(t *testing.T) {
			testcheck.FigureValues(t, f, resolve, shenyang.ChineseEdition(), shenyang.Communique())
		})
	}
}

// TestInvestmentUSDMatchesRate checks the dollar values against a
// conversion at trade.ImpliedRate and trade.OfficialRate, which the test
// does by hand too.
func TestInvestmentUSDMatchesRate(t *testing.T) {
	tests := []struct {
		id   string
		rate shenyang.Rate
		want string
	}{
		// 52e9 × 15 / 105.5 -> 7393364928.909953 (see wantFigures).
		{investors.BMWInvestmentUSD, trade.ImpliedRate(), "7393364928.909953"},
		// 52e9 / 6.8985 -> 7537870551.569182 (see wantFigures).
		{investors.BMWInvestmentUSDOfficial, trade.OfficialRate(), "7537870551.569182"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			f, _ := investors.Figure(tc.id)
			m, ok := f.Money()
			if !ok || m.Currency() != shenyang.USD {
				t.Fatalf("Money() = %v, %t; want an amount in USD", m, ok)
			}
			cny, _ := shenyang.NewMoney(decimal.New(52, 9), shenyang.CNY)
			usd, err := tc.rate.Convert(cny)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{shenyang.FormatDecimal(m.Amount()), shenyang.FormatDecimal(usd.Amount())}
			if diff := cmp.Diff([]string{tc.want, tc.want}, got); diff != "" {
				t.Errorf("figure and conversion (-want +got):\n%s", diff)
			}
			// The point lies in the figure's range, whose rounded low end
			// is closed.
			if !f.Range.Contains(m.Amount()) {
				t.Errorf("range %s does not contain %s", testcheck.ShowRange(f.Range), tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, want := range wantInvestors {
		t.Run(want.ID, func(t *testing.T) {
			in, ok := investors.Lookup(want.ID)
			if !ok {
				t.Fatalf("Lookup(%q) not found", want.ID)
			}
			if diff := cmp.Diff(want, viewInvestor(in)); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", want.ID, diff)
			}
		})
	}
	for _, id := range []string{"", "BMW", "investors.BMW", "investors.bmw-brilliance", investors.BMWInvestment} {
		t.Run("unknown "+id, func(t *testing.T) {
			if in, ok := investors.Lookup(id); ok || in.ID != "" {
				t.Errorf("Lookup(%q) = %q, %t; want zero Investor, false", id, in.ID, ok)
			}
		})
	}
}

func TestAll(t *testing.T) {
	var got []investor
	for in := range investors.All() {
		got = append(got, viewInvestor(in))
	}
	if diff := cmp.Diff(wantInvestors, got); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	n := 0
	investors.All()(func(investors.Investor) bool { n++; return false })
	if n != 1 {
		t.Errorf("All() yielded %d investors after yield returned false, want 1", n)
	}
}

func TestProducts(t *testing.T) {
	var got []product
	for p := range investors.Products() {
		got = append(got, viewProduct(p))
	}
	if diff := cmp.Diff(wantProducts, got); diff != "" {
		t.Errorf("Products() (-want +got):\n%s", diff)
	}
	n := 0
	investors.Products()(func(investors.Product) bool { n++; return false })
	if n != 1 {
		t.Errorf("Products() yielded %d products after yield returned false, want 1", n)
	}
}

func TestClaims(t *testing.T) {
	var got []claim
	for c := range investors.Claims() {
		got = append(got, testcheck.ViewClaim(c))
	}
	if diff := cmp.Diff(wantClaims, got); diff != "" {
		t.Errorf("Claims() (-want +got):\n%s", diff)
	}
	n := 0
	investors.Claims()(func(shenyang.Claim) bool { n++; return false })
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
		{"figure", func() {
			f, _ := investors.Figure(investors.BMWInvestmentUSD)
			f.Value, f.Note, f.Period.ISO = decimal.New(1, 0), "x", "x"
			f.Derivation.Inputs.Slice()[0] = "x"
			f.Citations.Slice()[1].Quote = "x"
		}},
		{"figures", func() {
			for f := range investors.Figures() {
				c := f.Citations.Slice()
				c[0].Source.ID = "x"
			}
		}},
		{"investor", func() {
			in, _ := investors.Lookup("investors.michelin")
			in.Country = "x"
			in.Citations.Slice()[0].Quote = "x"
		}},
		{"all", func() {
			for in := range investors.All() {
				in.Name = "x"
				in.Citations.Slice()[0].Quote = "x"
			}
		}},
		{"product", func() {
			for p := range investors.Products() {
				p.Name = "x"
				p.Citations.Slice()[0].Quote = "x"
			}
		}},
		{"claim", func() {
			for c := range investors.Claims() {
				items := c.Items.Slice()
				items[0], items[1] = items[1], items[0]
				c.Citations.Slice()[0].Quote = "x"
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.mutate()
			var figs []figure
			for f := range investors.Figures() {
				figs = append(figs, testcheck.ViewFigure(f))
			}
			if diff := cmp.Diff(wantFigures, figs); diff != "" {
				t.Errorf("Figures() after mutation (-want +got):\n%s", diff)
			}
			var ins []investor
			for in := range investors.All() {
				ins = append(ins, viewInvestor(in))
			}
			if diff := cmp.Diff(wantInvestors, ins); diff != "" {
				t.Errorf("All() after mutation (-want +got):\n%s", diff)
			}
			in, _ := investors.Lookup("investors.michelin")
			if diff := cmp.Diff(wantInvestors[1], viewInvestor(in)); diff != "" {
				t.Errorf("Lookup after mutation (-want +got):\n%s", diff)
			}
			var ps []product
			for p := range investors.Products() {
				ps = append(ps, viewProduct(p))
			}
			if diff := cmp.Diff(wantProducts, ps); diff != "" {
				t.Errorf("Products() after mutation (-want +got):\n%s", diff)
			}
			var cs []claim
			for c := range investors.Claims() {
				cs = append(cs, testcheck.ViewClaim(c))
			}
			if diff := cmp.Diff(wantClaims, cs); diff != "" {
				t.Errorf("Claims() after mutation (-want +got):\n%s", diff)
			}
		})
	}
}

// The package's functions take only ids; empty and unknown ones find
// nothing.
func TestLookupsEmptyIDsInvestors(t *testing.T) {
	for _, id := range []string{"", "bmw", "investors.BMW", "investors.bmw ", "investors.bmw-brilliance.ix3"} {
		if in, ok := investors.Lookup(id); ok || in.ID != "" {
			t.Errorf("Lookup(%q) = %q, %v; want the zero Investor, false", id, in.ID, ok)
		}
	}
	for _, id := range []string{"", "investors.fortune500", "investors.bmw"} {
		if f, ok := investors.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %q, %v; want the zero Figure, false", id, f.ID, ok)
		}
	}
}

func TestJSONRoundTripInvestors(t *testing.T) {
	n := 0
	for in := range investors.All() {
		testcheck.RoundTrip(t, in)
		n++
	}
	for p := range investors.Products() {
		testcheck.RoundTrip(t, p)
		n++
	}
	for f := range investors.Figures() {
		testcheck.RoundTrip(t, f)
		n++
	}
	for c := range investors.Claims() {
		testcheck.RoundTrip(t, c)
		n++
	}
	// 3 investors, 1 product, 7 figures, 1 claim.
	if n != 12 {
		t.Errorf("round-tripped %d values, want 12", n)
	}
	zeros := []struct {
		got  []byte
		want string
	}{
		{testcheck.RoundTrip(t, investors.Investor{}), `{"id":"","name":"","description":"","citations":[]}`},
		{testcheck.RoundTrip(t, investors.Product{}), `{"id":"","name":"","maker":"","kind":"","outlook":"","period":{"iso":""},"citations":[]}`},
	}
	for _, z := range zeros {
		if string(z.got) != z.want {
			t.Errorf("zero value encodes as %s, want %s", z.got, z.want)
		}
	}
}

// The data as shipped builds every figure: a broken definition would leave
// its figure, and those built on it, out.
func TestTablesBuild(t *testing.T) {
	if err := investors.BuildErr(); err != nil {
		t.Fatal(err)
	}
}

package investors

import (
	"iter"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/tables"
	"github.com/shenyang-data/shenyang/trade"
)

// Ids of the figures in this package.
const (
	Fortune500Companies      = "investors.fortune500.companies"
	Fortune500LocalCompanies = "investors.fortune500.local-companies"
	BMWInvestment            = "investors.bmw-brilliance.investment"
	BMWInvestmentUSD         = "investors.bmw-brilliance.investment-usd"

	// Reported by the Chinese edition: "more than 170" where the English
	// report says "some 170"; and what the two readings allow together.
	Fortune500LocalCompaniesZh       = "investors.fortune500.local-companies.zh"
	Fortune500LocalCompaniesCombined = "investors.fortune500.local-companies.combined"

	// The investment in dollars at the official 2019 rate, illustrative.
	BMWInvestmentUSDOfficial = "investors.bmw-brilliance.investment-usd-official"
)

// Investor is a foreign company the report names as investing in the city.
type Investor struct {
	ID   string `json:"id"`   // such as "investors.bmw"
	Name string `json:"name"` // such as "BMW"
	// Description is the report's own description, such as "automaker".
	Description string `json:"description"`
	// Country is the home country when the report states it, and empty
	// when it does not: the report calls Michelin French and names no
	// country for BMW or Bridgestone.
	Country   string                           `json:"country,omitempty"`
	Citations shenyang.List[shenyang.Citation] `json:"citations"`
}

// Product is a product the report says an investor will make in the city.
type Product struct {
	ID    string `json:"id"`    // such as "investors.bmw-brilliance.ix3"
	Name  string `json:"name"`  // such as "iX3"
	Maker string `json:"maker"` // such as "BMW Brilliance Automotive"
	Kind  string `json:"kind"`  // such as "all-electric model"
	// Outlook is what the report expects of it.
	Outlook   string                           `json:"outlook"`
	Period    shenyang.Period                  `json:"period"`
	Citations shenyang.List[shenyang.Citation] `json:"citations"`
}

const (
	asOfReport = "the report's publication date, 2020-04-09: it gives the count as it stood then"
	fortuneQ   = "the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies"
	namedQ     = "Those investors include automaker BMW, French tire maker Michelin and tire and rubber company Bridgestone."
	bmwQ       = "Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009"
	modelQ     = "becoming a model for cooperation between Shenyang and Germany"
	ix3Q       = "Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world."
)

var specs = [...]tables.Spec{
	{ID: Fortune500Companies, Area: tables.Shenyang, Label: "Fortune Global 500 companies investing in the city", Period: "2020-04-09", Inferred: asOfReport,
		Coef: 100, Unit: shenyang.UnitCount, Qualifier: shenyang.MoreThan, Printed: "more than 100", Quote: fortuneQ,
		Zh: "it reports more than 100 Fortune Global 500 companies"},
	{ID: Fortune500LocalCompanies, Area: tables.Shenyang, Label: "Local companies in which Fortune Global 500 companies invest", Period: "2020-04-09", Inferred: asOfReport,
		Coef: 170, Unit: shenyang.UnitCount, Qualifier: shenyang.Some, Printed: "some 170", Quote: fortuneQ,
		Note: "the Chinese edition says more than 170; see " + Fortune500LocalCompaniesZh},
	{ID: Fortune500LocalCompaniesZh, Area: tables.Shenyang, Label: "Enterprises set up in Shenyang by Fortune Global 500 companies, as the Chinese edition gives them", Period: "2020-01-07",
		Inferred: "the Chinese edition's publication date: it gives the count as it stood then",
		Coef:     170, Unit: shenyang.UnitCount, Qualifier: shenyang.MoreThan, Printed: "more than 170",
		Zh: "it reports that more than 100 Fortune Global 500 companies have set up more than 170 enterprises in Shenyang"},
	{ID: BMWInvestment, Area: tables.Shenyang, Label: "Cumulative investment in BMW Brilliance Automotive's production base in Shenyang since 2009", Period: "2009/2020-04-09",
		Inferred: `"dating back to 2009" up to the report's "has surpassed" on 2020-04-09`,
		Coef:     52, Exp: 9, Unit: shenyang.UnitCNY, Qualifier: shenyang.Surpassed, Printed: "surpassed 52 billion yuan", Quote: bmwQ},
}

// illustrative qualifies the dollar values of the cumulative investment.
const illustrative = "illustrative: a cumulative 2009-2020 yuan total converted at one 2019 rate; the yuan amounts of earlier years were worth other dollar sums"

// defs are the derived figures, each computed from the figures it rests on.
var defs = [...]tables.Def{
	{ID: Fortune500LocalCompaniesCombined, Area: tables.Shenyang, Label: "Local companies with Fortune Global 500 investment, as both editions allow", Fn: shenyang.Reconcile, In: [2]string{Fortune500LocalCompanies, Fortune500LocalCompaniesZh}, Note: "the range is what both readings allow, in whole numbers; the value is its midpoint"},
	{ID: BMWInvestmentUSD, Area: tables.Shenyang, Label: "Cumulative BMW Brilliance investment in US dollars at the 2019 rate the report implies", Fn: shenyang.Convert, In: [2]string{BMWInvestment, trade.ImpliedRate2019}, Note: illustrative},
	{ID: BMWInvestmentUSDOfficial, Area: tables.Shenyang, Label: "Cumulative BMW Brilliance investment in US dollars at the official 2019 average rate", Fn: shenyang.Convert, In: [2]string{BMWInvestment, trade.OfficialRate2019}, Note: illustrative},
}

// extra is what the package keeps beside its figures.
type extra struct {
	investors [3]Investor
	products  [1]Product
	claims    [1]shenyang.Claim
}

var data tables.Table[extra]

func load() *tables.Table[extra] { return data.Load(buildTables) }

func buildTables() ([]shenyang.Figure, extra, error) {
	figs, err := tables.Figures(specs[:], defs[:], trade.Figure)
	named := shenyang.ListOf(shenyang.Cite(namedQ))
	var x extra
	x.investors = [3]Investor{
		{ID: "investors.bmw", Name: "BMW", Description: "automaker", Citations: named},
		{ID: "investors.michelin", Name: "Michelin", Description: "tire maker", Country: "France", Citations: named},
		{ID: "investors.bridgestone", Name: "Bridgestone", Description: "tire and rubber company", Citations: named},
	}
	x.products[0] = Product{
		ID: "investors.bmw-brilliance.ix3", Name: "iX3", Maker: "BMW Brilliance Automotive", Kind: "all-electric model",
		Outlook:   "expected to be produced in Shenyang and exported across the world",
		Period:    shenyang.Period{ISO: "2020", InferredFrom: "an expectation reported on 2020-04-09 with no date printed"},
		Citations: shenyang.ListOf(shenyang.Cite(ix3Q)),
	}
	x.claims[0] = shenyang.Claim{
		ID: "investors.bmw-brilliance.model", Subject: "BMW Brilliance Automotive",
		Text:      "The investment in BMW Brilliance Automotive's Shenyang production base has become a model for cooperation between Shenyang and Germany.",
		Items:     shenyang.ListOf("Shenyang", "Germany"),
		Period:    shenyang.Period{ISO: "2009/2020-04-09", InferredFrom: "the investment's period, 2009 to the report of 2020-04-09"},
		Citations: shenyang.ListOf(shenyang.Cite(modelQ)),
	}
	return figs, x, err
}

// Figure returns the figure with the given id, and false if this package
// has none.
func Figure(id string) (shenyang.Figure, bool) { return load().Figure(id) }

// Figures returns an iterator over every figure of the package, reported
// ones first.
func Figures() iter.Seq[shenyang.Figure] { return figures }

func figures(yield func(shenyang.Figure) bool) { load().Figures(yield) }

// Lookup returns the named investor with the given id, such as
// "investors.michelin", and false if there is none.
func Lookup(id string) (Investor, bool) {
	return tables.Lookup(load().Extra().investors[:], id, func(v *Investor) string { return v.ID })
}

// All returns an iterator over the investors the report names, in its
// order: BMW, Michelin, Bridgestone.
func All() iter.Seq[Investor] { return all }

func all(yield func(Investor) bool) { tables.Each(load().Extra().investors[:], yield) }

// Products returns an iterator over the products the report expects to be
// made in the city: BMW Brilliance's iX3.
func Products() iter.Seq[Product] { return products }

func products(yield func(Product) bool) { tables.Each(load().Extra().products[:], yield) }

// Claims returns the package's claims without a number: BMW Brilliance as
// a model of cooperation between Shenyang and Germany.
func Claims() iter.Seq[shenyang.Claim] { return claims }

func claims(yield func(shenyang.Claim) bool) { tables.Each(load().Extra().claims[:], yield) }

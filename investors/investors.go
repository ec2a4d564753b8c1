package investors

import (
	"iter"
	"sync"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/build"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shenyang-data/shenyang/trade"
)

// Ids of the figures in this package.
const (
	Fortune500Companies   = "investors.fortune500.companies"
	Fortune500Enterprises = "investors.fortune500.local-companies"
	BMWInvestment         = "investors.bmw-brilliance.investment"
	BMWInvestmentUSD      = "investors.bmw-brilliance.investment-usd"

	// Reported by the Chinese edition: "more than 170" where the English
	// report says "some 170"; and what the two readings allow together.
	Fortune500EnterprisesZh       = "investors.fortune500.local-companies.zh"
	Fortune500EnterprisesCombined = "investors.fortune500.local-companies.combined"

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

// UnmarshalJSON decodes the investor's fields; null gives the zero
// Investor. On error in is left unchanged.
func (in *Investor) UnmarshalJSON(b []byte) error {
	type plain Investor
	var v plain
	if err := decode.JSON("investors.Investor.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*in = Investor(v)
	return nil
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

// UnmarshalJSON decodes the product's fields; null gives the zero
// Product. On error p is left unchanged.
func (p *Product) UnmarshalJSON(b []byte) error {
	type plain Product
	var v plain
	if err := decode.JSON("investors.Product.UnmarshalJSON", b, &v); err != nil {
		return err
	}
	*p = Product(v)
	return nil
}

const (
	asOfReport = "the report's publication date, 2020-04-09: it gives the count as it stood then"
	fortuneQ   = "the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies"
	namedQ     = "Those investors include automaker BMW, French tire maker Michelin and tire and rubber company Bridgestone."
	bmwQ       = "Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009"
	modelQ     = "becoming a model for cooperation between Shenyang and Germany"
	ix3Q       = "Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world."
)

var specs = [...]build.Spec{
	{ID: Fortune500Companies, Label: "Fortune Global 500 companies investing in the city", Period: "2020-04-09", Inferred: asOfReport,
		Coef: 100, Unit: shenyang.UnitCount, Qualifier: shenyang.MoreThan, Printed: "more than 100", Quote: fortuneQ,
		Zh: "it reports more than 100 Fortune Global 500 companies"},
	{ID: Fortune500Enterprises, Label: "Local companies in which Fortune Global 500 companies invest", Period: "2020-04-09", Inferred: asOfReport,
		Coef: 170, Unit: shenyang.UnitCount, Qualifier: shenyang.Some, Printed: "some 170", Quote: fortuneQ,
		Note: "the Chinese edition says more than 170; see " + Fortune500EnterprisesZh},
	{ID: Fortune500EnterprisesZh, Label: "Enterprises set up in Shenyang by Fortune Global 500 companies, as the Chinese edition gives them", Period: "2020-01-07",
		Inferred: "the Chinese edition's publication date: it gives the count as it stood then",
		Coef:     170, Unit: shenyang.UnitCount, Qualifier: shenyang.MoreThan, Printed: "more than 170",
		Zh: "it reports that more than 100 Fortune Global 500 companies have set up more than 170 enterprises in Shenyang"},
	{ID: BMWInvestment, Label: "Cumulative investment in BMW Brilliance Automotive's production base in Shenyang since 2009", Period: "2009/2020",
		Inferred: `"dating back to 2009" up to the report's "has surpassed" on 2020-04-09`,
		Coef:     52, Exp: 9, Unit: shenyang.UnitCNY, Qualifier: shenyang.Surpassed, Printed: "surpassed 52 billion yuan", Quote: bmwQ},
}

type tables struct {
	figures   []shenyang.Figure
	investors [3]Investor
	products  [1]Product
	claims    [1]shenyang.Claim
	err       error
}

var (
	once sync.Once
	data tables
)

func load() *tables {
	once.Do(func() { data.err = data.build() })
	return &data
}

func (t *tables) build() error {
	figs, err := build.Figures(specs[:], derived[:], trade.Figure)
	if err != nil {
		return err
	}
	t.figures = figs

	named := shenyang.ListOf(shenyang.Cite(namedQ))
	t.investors = [3]Investor{
		{ID: "investors.bmw", Name: "BMW", Description: "automaker", Citations: named},
		{ID: "investors.michelin", Name: "Michelin", Description: "tire maker", Country: "France", Citations: named},
		{ID: "investors.bridgestone", Name: "Bridgestone", Description: "tire and rubber company", Citations: named},
	}
	t.products[0] = Product{
		ID: "investors.bmw-brilliance.ix3", Name: "iX3", Maker: "BMW Brilliance Automotive", Kind: "all-electric model",
		Outlook:   "expected to be produced in Shenyang and exported across the world",
		Period:    shenyang.Period{ISO: "2020", InferredFrom: "an expectation reported on 2020-04-09 with no date printed"},
		Citations: shenyang.ListOf(shenyang.Cite(ix3Q)),
	}
	t.claims[0] = shenyang.Claim{
		ID: "investors.bmw-brilliance.model", Subject: "BMW Brilliance Automotive",
		Text:      "The investment in BMW Brilliance Automotive's Shenyang production base has become a model for cooperation between Shenyang and Germany.",
		Items:     shenyang.ListOf("Shenyang", "Germany"),
		Period:    shenyang.Period{ISO: "2009/2020", InferredFrom: "the investment's period, 2009 to the report of 2020-04-09"},
		Citations: shenyang.ListOf(shenyang.Cite(modelQ)),
	}
	return nil
}

// Figure returns the figure with the given id, and false if this package
// has none.
func Figure(id string) (shenyang.Figure, bool) {
	return build.Find(load().figures, id)
}

// Figures returns an iterator over every figure of the package, reported
// ones first.
func Figures() iter.Seq[shenyang.Figure] {
	return func(yield func(shenyang.Figure) bool) {
		t := load()
		for i := range t.figures {
			if !yield(t.figures[i]) {
				return
			}
		}
	}
}

// Lookup returns the named investor with the given id, such as
// "investors.michelin", and false if there is none.
func Lookup(id string) (Investor, bool) {
	t := load()
	for i := range t.investors {
		if t.investors[i].ID == id {
			return t.investors[i], true
		}
	}
	return Investor{}, false
}

// All returns an iterator over the investors the report names, in its
// order: BMW, Michelin, Bridgestone.
func All() iter.Seq[Investor] {
	return func(yield func(Investor) bool) {
		t := load()
		for i := range t.investors {
			if !yield(t.investors[i]) {
				return
			}
		}
	}
}

// Products returns an iterator over the products the report expects to be
// made in the city: BMW Brilliance's iX3.
func Products() iter.Seq[Product] {
	return func(yield func(Product) bool) {
		t := load()
		for i := range t.products {
			if !yield(t.products[i]) {
				return
			}
		}
	}
}

// Claims returns the package's claims without a number: BMW Brilliance as
// a model of cooperation between Shenyang and Germany.
func Claims() iter.Seq[shenyang.Claim] {
	return func(yield func(shenyang.Claim) bool) {
		t := load()
		for i := range t.claims {
			if !yield(t.claims[i]) {
				return
			}
		}
	}
}

package dataset

import (
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/tables"
)

// The report's city-wide facts without a number: the statements of the
// people it quotes, and its claims about the city as a whole. Claims about
// trade, investors and the industrial parks are in those packages.

// thisYear is the basis of every "this year" and "January" in the
// report: it was published on 2020-04-09.
const thisYear = `"this year" in a report published on 2020-04-09`

// city holds the statements and city-wide claims, built on first use.
type city struct {
	statements [2]shenyang.Statement
	claims     [5]shenyang.Claim
}

var data tables.Table[city]

func load() *city { return data.Load(buildCity).Extra() }

func buildCity() ([]shenyang.Figure, city, error) {
	return nil, city{statements: statementLiterals(), claims: claimLiterals()}, nil
}

func statementLiterals() [2]shenyang.Statement {
	return [2]shenyang.Statement{
		{
			ID:        "statements.mayor",
			Speaker:   shenyang.Person{Name: "Jiang Youwei", Role: "mayor", Organization: "Shenyang"},
			Occasion:  "the third meeting of the 16th Shenyang's People's Congress",
			Period:    shenyang.Period{ISO: "2020-01", InferredFrom: `"in January" in a report published on 2020-04-09`},
			Text:      "Shenyang aims to become a new frontier in opening-up and global cooperation, linking international rules and building an open economy.",
			Citations: shenyang.ListOf(shenyang.Cite("Shenyang aims to become a new frontier in opening-up and global cooperation, actively linking international rules and building an open economy, said Jiang Youwei, mayor of the city, at the third meeting of the 16th Shenyang's People's Congress in January.")),
		},
		{
			ID:        "statements.researcher",
			Speaker:   shenyang.Person{Name: "Li Hongbiao", Role: "researcher", Organization: "China Academy of Northeast Revitalization"},
			Period:    shenyang.Period{ISO: "2020-04-09", InferredFrom: "the report's publication date; the statement is undated"},
			Text:      "The opening-up strategy is the engine of the revitalization of northeastern China.",
			Citations: shenyang.ListOf(shenyang.Cite("Li Hongbiao, a researcher from the China Academy of Northeast Revitalization, said the opening-up strategy is the engine of revitalization of northeastern China.")),
		},
	}
}

func claimLiterals() [5]shenyang.Claim {
	return [5]shenyang.Claim{
		{
			ID:        "city.profile",
			Subject:   "Shenyang",
			Text:      "Shenyang, the capital of Liaoning province, is a key industrial city in northeastern China.",
			Period:    shenyang.Period{ISO: "2020-04-09", InferredFrom: "the report's publication date"},
			Citations: shenyang.ListOf(shenyang.Cite("As a key industrial city in northeastern China, the Liaoning capital")),
		},
		{
			ID:        "plans.opening-up",
			Subject:   "Shenyang commerce bureau",
			Text:      "The city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption.",
			Items:     shenyang.ListOf("promoting foreign investment", "upgrading consumption"),
			Period:    shenyang.Period{ISO: "2020", InferredFrom: thisYear},
			Citations: shenyang.ListOf(shenyang.Cite("This year, the city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption.")),
		},
		{
			ID:        "plans.aims",
			Subject:   "Shenyang commerce bureau",
			Text:      "The plans aim to help supply-side structural reform and the adjustment and improvement of the industrial structure.",
			Items:     shenyang.ListOf("supply-side structural reform", "adjustment and improvement of the industrial structure"),
			Period:    shenyang.Period{ISO: "2020", InferredFrom: thisYear},
			Citations: shenyang.ListOf(shenyang.Cite("The aim is to help supply-side structural reform, and the adjustment and improvement of the industrial structure, according to the Shenyang commerce bureau.")),
		},
		{
			ID:        "plans.sectors",
			Subject:   "Shenyang",
			Text:      "The city plans to strengthen three sectors.",
			Items:     shenyang.ListOf("automobile", "high-end equipment", "intelligent manufacturing"),
			Period:    shenyang.Period{ISO: "2020", InferredFrom: `the plans "this year" of the preceding paragraph in a report published on 2020-04-09`},
			Citations: shenyang.ListOf(shenyang.Cite("The city also plans to strengthen its automobile, high-end equipment and intelligent manufacturing sectors.")),
		},
		{
			ID:      "sources.attribution",
			Subject: "Shenyang Development and Reform Commission",
			Text:    "The Chinese edition attributes the 2019 figures for foreign capital and trade to the Shenyang Development and Reform Commission (沈阳市发改委).",
			Period:  shenyang.Period{ISO: "2020-01-07"},
			Citations: shenyang.ListOf(shenyang.Unquoted(shenyang.ChineseEdition(),
				"it gives the Shenyang Development and Reform Commission as the source of the figures")),
		},
	}
}

package shenyang

import (
	"iter"
	"sync"
)

// thisYear is the basis of every "this year" and "January" in the
// report: it was published on 2020-04-09.
const thisYear = `"this year" in a report published on 2020-04-09`

// Statements returns the statements of the people the report quotes: the
// mayor and a researcher.
func Statements() iter.Seq[Statement] {
	return func(yield func(Statement) bool) {
		t := tables()
		for i := range t.statements {
			if !yield(t.statements[i]) {
				return
			}
		}
	}
}

// rootTables holds the package's facts, built on first use.
type rootTables struct {
	statements [2]Statement
	claims     [5]Claim
}

var (
	rootOnce sync.Once
	rootData rootTables
)

func tables() *rootTables {
	rootOnce.Do(func() {
		rootData.statements = statements()
		rootData.claims = claims()
	})
	return &rootData
}

func statements() [2]Statement {
	return [2]Statement{
		{
			ID:        "statements.mayor",
			Speaker:   Person{Name: "Jiang Youwei", Role: "mayor", Organization: "Shenyang"},
			Occasion:  "the third meeting of the 16th Shenyang's People's Congress",
			Period:    Period{ISO: "2020-01", InferredFrom: `"in January" in a report published on 2020-04-09`},
			Text:      "Shenyang aims to become a new frontier in opening-up and global cooperation, linking international rules and building an open economy.",
			Citations: listOne(Cite("Shenyang aims to become a new frontier in opening-up and global cooperation, actively linking international rules and building an open economy, said Jiang Youwei, mayor of the city, at the third meeting of the 16th Shenyang's People's Congress in January.")),
		},
		{
			ID:        "statements.researcher",
			Speaker:   Person{Name: "Li Hongbiao", Role: "researcher", Organization: "China Academy of Northeast Revitalization"},
			Period:    Period{ISO: "2020-04-09", InferredFrom: "the report's publication date; the statement is undated"},
			Text:      "The opening-up strategy is the engine of the revitalization of northeastern China.",
			Citations: listOne(Cite("Li Hongbiao, a researcher from the China Academy of Northeast Revitalization, said the opening-up strategy is the engine of revitalization of northeastern China.")),
		},
	}
}

// Claims returns the report's city-wide claims without a number: the city's
// profile, the commerce bureau's plans for the year and their aim, the
// sectors the city plans to strengthen, and the Chinese edition's
// attribution of the figures. Claims about trade, investors and
// the industrial parks are in those packages.
func Claims() iter.Seq[Claim] {
	return func(yield func(Claim) bool) {
		t := tables()
		for i := range t.claims {
			if !yield(t.claims[i]) {
				return
			}
		}
	}
}

func claims() [5]Claim {
	return [5]Claim{
		{
			ID:        "city.profile",
			Subject:   "Shenyang",
			Text:      "Shenyang, the capital of Liaoning province, is a key industrial city in northeastern China.",
			Period:    Period{ISO: "2020-04-09", InferredFrom: "the report's publication date"},
			Citations: listOne(Cite("As a key industrial city in northeastern China, the Liaoning capital")),
		},
		{
			ID:        "plans.opening-up",
			Subject:   "Shenyang commerce bureau",
			Text:      "The city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption.",
			Items:     ListOf("promoting foreign investment", "upgrading consumption"),
			Period:    Period{ISO: "2020", InferredFrom: thisYear},
			Citations: listOne(Cite("This year, the city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption.")),
		},
		{
			ID:        "plans.aims",
			Subject:   "Shenyang commerce bureau",
			Text:      "The plans aim to help supply-side structural reform and the adjustment and improvement of the industrial structure.",
			Items:     ListOf("supply-side structural reform", "adjustment and improvement of the industrial structure"),
			Period:    Period{ISO: "2020", InferredFrom: thisYear},
			Citations: listOne(Cite("The aim is to help supply-side structural reform, and the adjustment and improvement of the industrial structure, according to the Shenyang commerce bureau.")),
		},
		{
			ID:        "plans.sectors",
			Subject:   "Shenyang",
			Text:      "The city plans to strengthen three sectors.",
			Items:     ListOf("automobile", "high-end equipment", "intelligent manufacturing"),
			Period:    Period{ISO: "2020", InferredFrom: `the plans "this year" of the preceding paragraph in a report published on 2020-04-09`},
			Citations: listOne(Cite("The city also plans to strengthen its automobile, high-end equipment and intelligent manufacturing sectors.")),
		},
		{
			ID:      "sources.attribution",
			Subject: "Shenyang Development and Reform Commission",
			Text:    "The Chinese edition attributes the 2019 figures for foreign capital and trade to the Shenyang Development and Reform Commission (沈阳市发改委).",
			Period:  Period{ISO: "2020-01-07"},
			Citations: listOne(Unquoted(ChineseEdition(),
				"it gives the Shenyang Development and Reform Commission as the source of the figures")),
		},
	}
}

func listOne(c Citation) List[Citation] { return List[Citation]{items: []Citation{c}} }

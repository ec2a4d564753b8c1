package parks

import (
	"iter"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/tables"
)

// Park is an industrial park the government names as a platform for the
// city's cooperation with a partner country.
type Park struct {
	ID      string `json:"id"`      // such as "parks.china-japan"
	Name    string `json:"name"`    // such as "China-Japan industrial park"
	Partner string `json:"partner"` // the partner country, such as "Japan"
	// Role is what the park is for, in the module's words.
	Role string `json:"role"`
	// Partners are the kinds of company the cooperation is to involve.
	Partners shenyang.List[string] `json:"partners"`
	// Sectors are the fields of the projects the cooperation is to involve.
	Sectors   shenyang.List[string]            `json:"sectors"`
	Period    shenyang.Period                  `json:"period"`
	Citations shenyang.List[shenyang.Citation] `json:"citations"`
}

const (
	cooperationQ = "The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, as well as in projects involving advanced equipment manufacturing and new energy vehicles."
	platformsQ   = "Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government."
	planned      = "an expectation reported on 2020-04-09 with no year printed"
)

type extra struct {
	parks  [2]Park
	claims [1]shenyang.Claim
}

var data tables.Table[extra]

func load() *extra { return data.Load(buildTables).Extra() }

func buildTables() ([]shenyang.Figure, extra, error) {
	var x extra
	t := &x
	period := shenyang.Period{ISO: "2020", InferredFrom: planned}
	cites := shenyang.ListOf(shenyang.Cite(platformsQ), shenyang.Cite(cooperationQ))
	partners := shenyang.ListOf("leading companies", "small and medium-sized tech companies")
	sectors := shenyang.ListOf("advanced equipment manufacturing", "new energy vehicles")
	role := "main platform for the city's increased cooperation with "
	t.parks = [2]Park{
		{ID: "parks.china-japan", Name: "China-Japan industrial park", Partner: "Japan", Role: role + "Japan",
			Partners: partners, Sectors: sectors, Period: period, Citations: cites},
		{ID: "parks.china-south-korea", Name: "China-South Korea industrial park", Partner: "South Korea", Role: role + "South Korea",
			Partners: partners, Sectors: sectors, Period: period, Citations: cites},
	}
	t.claims[0] = shenyang.Claim{
		ID: "parks.cooperation", Subject: "Shenyang government",
		Text:      "The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, and in advanced equipment manufacturing and new energy vehicle projects.",
		Items:     shenyang.ListOf("Japan", "South Korea"),
		Period:    period,
		Citations: shenyang.ListOf(shenyang.Cite(cooperationQ)),
	}
	return nil, x, nil
}

// Lookup returns the park with the given id, such as "parks.china-japan",
// and false if there is none.
func Lookup(id string) (Park, bool) {
	return tables.Lookup(load().parks[:], id, func(p *Park) string { return p.ID })
}

// All returns an iterator over the two parks in the report's order:
// China-Japan, then China-South Korea.
func All() iter.Seq[Park] { return all }

func all(yield func(Park) bool) { tables.Each(load().parks[:], yield) }

// Claims returns the package's claims without a number: the planned
// cooperation with Japan and South Korea that the parks serve.
func Claims() iter.Seq[shenyang.Claim] { return claims }

func claims(yield func(shenyang.Claim) bool) { tables.Each(load().claims[:], yield) }

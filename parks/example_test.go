package parks_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang/parks"
)

func ExampleLookup() {
	p, ok := parks.Lookup("parks.china-south-korea")
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(p.Name, "-", p.Role)
	fmt.Println("partners:", p.Partners.Slice())
	fmt.Println("sectors: ", p.Sectors.Slice())
	fmt.Println("period:  ", p.Period.ISO, "inferred from", p.Period.InferredFrom)
	// Output:
	// China-South Korea industrial park - main platform for the city's increased cooperation with South Korea
	// partners: [leading companies small and medium-sized tech companies]
	// sectors:  [advanced equipment manufacturing new energy vehicles]
	// period:   2020 inferred from an expectation reported on 2020-04-09 with no year printed
}

func ExampleAll() {
	for p := range parks.All() {
		c, _ := p.Citations.At(0)
		fmt.Printf("%s (%s)\n", p.Name, p.Partner)
		fmt.Printf("  %q\n", c.Quote)
	}
	// Output:
	// China-Japan industrial park (Japan)
	//   "Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government."
	// China-South Korea industrial park (South Korea)
	//   "Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government."
}

func ExampleClaims() {
	for c := range parks.Claims() {
		fmt.Println(c.ID, c.Items.Slice())
		fmt.Println(c.Text)
	}
	// Output:
	// parks.cooperation [Japan South Korea]
	// The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, and in advanced equipment manufacturing and new energy vehicle projects.
}

package parks_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/parks"
)

// The report's sentences, copied verbatim from the source text.
const (
	sourceID     = "chinadaily-2020-04-09"
	cooperationQ = "The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, as well as in projects involving advanced equipment manufacturing and new energy vehicles."
	platformsQ   = "Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government."
	planned      = "an expectation reported on 2020-04-09 with no year printed"
)

// cite and claim are the module's values as the tests compare them
// (internal/testcheck).
type (
	cite  = testcheck.Cite
	claim = testcheck.Claim
)

// park is a parks.Park as the tests compare it, lists as slices.
type park struct {
	ID, Name, Partner, Role string
	Partners, Sectors       []string
	Period, InferredFrom    string
	Citations               []cite
}

func viewPark(p parks.Park) park {
	return park{
		ID: p.ID, Name: p.Name, Partner: p.Partner, Role: p.Role,
		Partners: p.Partners.Slice(), Sectors: p.Sectors.Slice(),
		Period: p.Period.ISO, InferredFrom: p.Period.InferredFrom, Citations: testcheck.Cites(p.Citations),
	}
}

var (
	parkCites = []cite{{Source: sourceID, Quote: platformsQ}, {Source: sourceID, Quote: cooperationQ}}
	partners  = []string{"leading companies", "small and medium-sized tech companies"}
	sectors   = []string{"advanced equipment manufacturing", "new energy vehicles"}
	wantParks = []park{
		{
			ID: "parks.china-japan", Name: "China-Japan industrial park", Partner: "Japan",
			Role:     "main platform for the city's increased cooperation with Japan",
			Partners: partners, Sectors: sectors, Period: "2020", InferredFrom: planned, Citations: parkCites,
		},
		{
			ID: "parks.china-south-korea", Name: "China-South Korea industrial park", Partner: "South Korea",
			Role:     "main platform for the city's increased cooperation with South Korea",
			Partners: partners, Sectors: sectors, Period: "2020", InferredFrom: planned, Citations: parkCites,
		},
	}
	wantClaims = []claim{{
		ID: "parks.cooperation", Subject: "Shenyang government",
		Text:   "The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, and in advanced equipment manufacturing and new energy vehicle projects.",
		Items:  []string{"Japan", "South Korea"},
		Period: "2020", InferredFrom: planned,
		Citations: []cite{{Source: sourceID, Quote: cooperationQ}},
	}}
)

func TestLookup(t *testing.T) {
	for _, want := range wantParks {
		t.Run(want.ID, func(t *testing.T) {
			p, ok := parks.Lookup(want.ID)
			if !ok {
				t.Fatalf("Lookup(%q) not found", want.ID)
			}
			if diff := cmp.Diff(want, viewPark(p)); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", want.ID, diff)
			}
			if !p.Period.IsInferred() {
				t.Errorf("Lookup(%q).Period is not inferred", want.ID)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, id := range []string{"", "china-japan", "parks.China-Japan", "parks.china-korea", "parks.cooperation"} {
		t.Run(id, func(t *testing.T) {
			if p, ok := parks.Lookup(id); ok || p.ID != "" {
				t.Errorf("Lookup(%q) = %q, %t; want zero Park, false", id, p.ID, ok)
			}
		})
	}
}

func TestAll(t *testing.T) {
	var got []park
	for p := range parks.All() {
		got = append(got, viewPark(p))
	}
	if diff := cmp.Diff(wantParks, got); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	for _, stop := range []int{1, 2} {
		n := 0
		parks.All()(func(parks.Park) bool {
			n++
			return n < stop
		})
		if n != stop {
			t.Errorf("All() yielded %d parks after yield returned false at %d", n, stop)
		}
	}
}

func TestClaims(t *testing.T) {
	var got []claim
	for c := range parks.Claims() {
		got = append(got, testcheck.ViewClaim(c))
	}
	if diff := cmp.Diff(wantClaims, got); diff != "" {
		t.Errorf("Claims() (-want +got):\n%s", diff)
	}
	n := 0
	parks.Claims()(func(shenyang.Claim) bool { n++; return false })
	if n != 1 {
		t.Errorf("Claims() yielded %d claims after yield returned false, want 1", n)
	}
}

// TestMutation changes every part of the values a caller gets back,
// including the lists the two parks share, and checks that the next
// caller sees the data unchanged.
func TestMutation(t *testing.T) {
	tests := []struct {
		name   string
		mutate func()
	}{
		{"park fields", func() {
			p, _ := parks.Lookup("parks.china-japan")
			p.Name, p.Partner, p.Role, p.Period.ISO = "x", "x", "x", "x"
		}},
		{"park lists", func() {
			p, _ := parks.Lookup("parks.china-japan")
			p.Partners.Slice()[0] = "x"
			s := p.Sectors.Slice()
			s[0], s[1] = s[1], s[0]
			c := p.Citations.Slice()
			c[0].Quote, c[1].Source.ID = "x", "x"
		}},
		{"all", func() {
			for p := range parks.All() {
				p.Sectors.Slice()[1] = "x"
				p.ID = "x"
			}
		}},
		{"claim", func() {
			for c := range parks.Claims() {
				c.Items.Slice()[0] = "x"
				c.Citations.Slice()[0].Quote = "x"
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.mutate()
			var got []park
			for p := range parks.All() {
				got = append(got, viewPark(p))
			}
			if diff := cmp.Diff(wantParks, got); diff != "" {
				t.Errorf("All() after mutation (-want +got):\n%s", diff)
			}
			p, _ := parks.Lookup("parks.china-south-korea")
			if diff := cmp.Diff(wantParks[1], viewPark(p)); diff != "" {
				t.Errorf("Lookup after mutation (-want +got):\n%s", diff)
			}
			var cs []claim
			for c := range parks.Claims() {
				cs = append(cs, testcheck.ViewClaim(c))
			}
			if diff := cmp.Diff(wantClaims, cs); diff != "" {
				t.Errorf("Claims() after mutation (-want +got):\n%s", diff)
			}
		})
	}
}

// Lookup is the package's only function with caller input.
func TestLookupEmptyIDsParks(t *testing.T) {
	for _, id := range []string{"", "china-japan", "parks.China-Japan", "parks.china-japan "} {
		if p, ok := parks.Lookup(id); ok || p.ID != "" {
			t.Errorf("Lookup(%q) = %q, %v; want the zero Park, false", id, p.ID, ok)
		}
	}
}

func TestJSONRoundTripParks(t *testing.T) {
	n := 0
	for p := range parks.All() {
		testcheck.RoundTrip(t, p)
		n++
	}
	for c := range parks.Claims() {
		testcheck.RoundTrip(t, c)
		n++
	}
	if n != 3 {
		t.Errorf("round-tripped %d values, want 3 (2 parks, 1 claim)", n)
	}
	b := testcheck.RoundTrip(t, parks.Park{})
	if want := `{"id":"","name":"","partner":"","role":"","partners":[],"sectors":[],"period":{"iso":""},"citations":[]}`; string(b) != want {
		t.Errorf("zero Park encodes as %s, want %s", b, want)
	}
}

package parks_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/parks"
)

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

func TestJSONMalformedPark(t *testing.T) {
	const op = "parks.Park.UnmarshalJSON"
	filled, ok := parks.Lookup("parks.china-japan")
	if !ok {
		t.Fatal("no China-Japan park")
	}
	testcheck.Decode(t, filled, []testcheck.Malformed{
		testcheck.Bad("number", `1`, testcheck.VE(op, "json", `"1"`, shenyang.ErrSyntax)),
		testcheck.Bad("sectors string", `{"id":"x","sectors":"cars"}`, testcheck.VE("List.UnmarshalJSON", "json", `"\"cars\""`, shenyang.ErrSyntax)),
		testcheck.Bad("partner array", `{"id":"x","partner":["Japan"]}`, testcheck.VE(op, "partner", "of JSON type array", shenyang.ErrSyntax)),
	})
}

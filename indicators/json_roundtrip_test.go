package indicators_test

import (
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

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

func TestJSONMalformedIndicator(t *testing.T) {
	const op = "indicators.Indicator.UnmarshalJSON"
	filled, ok := indicators.Lookup(indicators.Imports)
	if !ok {
		t.Fatal("no imports indicator")
	}
	testcheck.Decode(t, filled, []testcheck.Malformed{
		testcheck.Bad("array", `[]`, testcheck.VE(op, "json", `"[]"`, shenyang.ErrSyntax)),
		testcheck.Bad("number name", `{"id":"x","name":7}`, testcheck.VE(op, "name", "of JSON type number", shenyang.ErrSyntax)),
		// The id decodes before the bad value: the target must still be
		// untouched.
		testcheck.Bad("bad value figure", `{"id":"x","value":{"value":"1.5.0"}}`, testcheck.VE("Figure.UnmarshalJSON", "value", `"1.5.0"`, shenyang.ErrSyntax)),
		testcheck.Bad("bad growth range", `{"id":"x","growth":{"value":"0.1","range":{"low":"1","high":"0"}}}`,
			testcheck.VE("Figure.UnmarshalJSON", "bounds", "[1, 0]", shenyang.ErrEmptyRange)),
	})
}

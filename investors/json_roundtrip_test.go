package investors_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
)

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

func TestJSONMalformedInvestors(t *testing.T) {
	bmw, ok := investors.Lookup("investors.bmw")
	if !ok {
		t.Fatal("no BMW")
	}
	const iop = "investors.Investor.UnmarshalJSON"
	testcheck.Decode(t, bmw, []testcheck.Malformed{
		testcheck.Bad("string", `"BMW"`, testcheck.VE(iop, "json", `"\"BMW\""`, shenyang.ErrSyntax)),
		testcheck.Bad("number country", `{"id":"x","country":49}`, testcheck.VE(iop, "country", "of JSON type number", shenyang.ErrSyntax)),
		testcheck.Bad("citation list", `{"id":"x","citations":[{"source":"chinadaily"}]}`,
			testcheck.VE("Source.UnmarshalJSON", "json", `"\"chinadaily\""`, shenyang.ErrSyntax)),
	})
	var ix3 investors.Product
	for p := range investors.Products() {
		ix3 = p
	}
	const pop = "investors.Product.UnmarshalJSON"
	testcheck.Decode(t, ix3, []testcheck.Malformed{
		testcheck.Bad("bad period", `{"id":"x","period":{"iso":"2020-02-30x"}}`, testcheck.VE("Period.UnmarshalJSON", "period", `"2020-02-30x"`, shenyang.ErrSyntax)),
		testcheck.Bad("bool name", `{"id":"x","name":true}`, testcheck.VE(pop, "name", "of JSON type bool", shenyang.ErrSyntax)),
	})
}

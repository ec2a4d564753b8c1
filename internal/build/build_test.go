package build

import (
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
)

// Two reported figures, a derived one from both, and one from a figure of
// another package, as the data packages write their tables.
var (
	testSpecs = []Spec{
		// 1.65 billion dollars: range [1.645, 1.655] billion.
		{ID: "t.a", Period: "2019", Coef: 165, Exp: 7, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted, Printed: "$1.65 billion", Quote: "q a"},
		// 15 percent: range [0.145, 0.155].
		{ID: "t.b", Period: "2019", Coef: 15, Exp: -2, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "15 percent", Quote: "q b"},
	}
	// 1.65e9 / 1.15 = 1434782608.695652..., as the generator writes it.
	testGen = Gen{
		ID: "t.c", Period: "2018", Unit: shenyang.UnitUSD,
		Value:   Num{1434782608695652, -6},
		Low:     End{Num: Num{1424242424242424, -6}},
		High:    End{Num: Num{1445414847161573, -6}},
		Formula: "a / (1 + b)", Inputs: []string{"t.a", "t.b"},
	}
	testOther = Gen{
		ID: "t.d", Period: "2019", Unit: shenyang.UnitUSD,
		Value: Num{1, 0}, Low: End{Num: Num{1, 0}}, High: End{Num: Num{1, 0}},
		Formula: "x", Inputs: []string{"other.x"},
	}
)

func TestFigures(t *testing.T) {
	other := shenyang.Figure{ID: "other.x", Citations: shenyang.ListOf(shenyang.Cite("q x"))}
	others := func(id string) (shenyang.Figure, bool) {
		if id == other.ID {
			return other, true
		}
		return shenyang.Figure{}, false
	}
	figs, err := Figures(testSpecs, []Gen{testGen, testOther}, others)
	if err != nil {
		t.Fatal(err)
	}
	var ids, ranges, quotes []string
	for _, f := range figs {
		ids = append(ids, f.ID)
		ranges = append(ranges, f.Range.String())
		var q []string
		for c := range f.Citations.All() {
			q = append(q, c.Quote)
		}
		quotes = append(quotes, strings.Join(q, "+"))
	}
	want := [][]string{
		{"t.a", "t.b", "t.c", "t.d"},
		{"[1645000000, 1655000000]", "[0.145, 0.155]", "[1424242424.242424, 1445414847.161573]", "[1, 1]"},
		// A derived figure cites its inputs' sources.
		{"q a", "q b", "q a+q b", "q x"},
	}
	for i, got := range [][]string{ids, ranges, quotes} {
		if strings.Join(got, " | ") != strings.Join(want[i], " | ") {
			t.Errorf("got %q, want %q", got, want[i])
		}
	}
}

func TestFiguresUnknownInput(t *testing.T) {
	// Without others, t.d's input is unknown; with others that lack it too.
	for _, others := range []func(string) (shenyang.Figure, bool){
		nil,
		func(string) (shenyang.Figure, bool) { return shenyang.Figure{}, false },
	} {
		figs, err := Figures(testSpecs, []Gen{testGen, testOther}, others)
		if err == nil || err.Error() != `t.d: unknown input "other.x"` || figs != nil {
			t.Errorf("Figures = %d figures, %v; want none and the unknown input named", len(figs), err)
		}
	}
}

func TestFiguresBadSpec(t *testing.T) {
	// An exponent beyond the module's limits fails RangeOf.
	bad := []Spec{{ID: "t.bad", Coef: 1, Exp: 5000, Qualifier: shenyang.AsPrinted}}
	figs, err := Figures(bad, nil, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "t.bad: ") || figs != nil {
		t.Errorf("Figures = %d figures, %v; want none and an error naming t.bad", len(figs), err)
	}
}

package dataset_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

var decimalType = reflect.TypeOf(decimal.Decimal{})

// vandalize changes everything a caller can reach in the value v points
// to: every string, number and enumeration field, every item of every
// list (through the copy Slice returns), and the coefficient of every
// decimal (through the copy Coefficient returns); then it replaces each
// decimal, range, bound, amount, rate and list with another value.
func vandalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("vandalized")
	case reflect.Uint8, reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(99)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-99)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Slice:
		for i := range v.Len() {
			vandalize(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			vandalize(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		switch {
		case t == decimalType:
			d := v.Interface().(decimal.Decimal)
			d.Coefficient().SetInt64(-424242)
			v.Set(reflect.ValueOf(decimal.New(-424242, -3)))
			return
		case t.PkgPath() == "github.com/shenyang-data/shenyang" && strings.HasPrefix(t.Name(), "List["):
			items := v.MethodByName("Slice").Call(nil)[0]
			vandalize(items)
			v.Set(reflect.Zero(t))
			return
		}
		exported := 0
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				exported++
				vandalize(v.Field(i))
			}
		}
		if exported == 0 { // Range, Bound, Money, Rate: immutable, replace it
			for _, name := range []string{"Low", "High", "Amount", "Value"} {
				if m := v.Addr().MethodByName(name); m.IsValid() && m.Type().NumIn() == 0 {
					for _, out := range m.Call(nil) {
						if out.Type() == decimalType {
							out.Interface().(decimal.Decimal).Coefficient().SetInt64(-1)
						}
					}
				}
			}
			v.Set(reflect.Zero(t))
		}
	}
}

// trash vandalizes a copy of each value returned.
func trash[T any](values ...T) {
	for i := range values {
		vandalize(reflect.ValueOf(&values[i]).Elem())
	}
}

func collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// snapshot encodes everything the lookups and iterators return, exactly.
func snapshot(t *testing.T) string {
	t.Helper()
	var parts []any
	for _, id := range allIDs() {
		f, _ := lookupFigure(id)
		parts = append(parts, f)
	}
	in, _ := indicators.Headline(indicators.ForeignCapital)
	bmw, _ := investors.Lookup("investors.bmw")
	park, _ := parks.Lookup("parks.china-japan")
	checks, err := audit.Run()
	if err != nil {
		t.Fatal(err)
	}
	parts = append(parts, in, bmw, park, checks,
		collect(indicators.Figures()), collect(indicators.All()), collect(indicators.Claims()),
		collect(trade.Figures()), collect(trade.Priorities()), trade.ImpliedRate(), trade.OfficialRate(),
		collect(investors.Figures()), collect(investors.All()), collect(investors.Products()), collect(investors.Claims()),
		collect(parks.All()), collect(parks.Claims()),
		shenyang.Report(), shenyang.ChineseEdition(), shenyang.Communique(), collect(shenyang.Sources()),
		collect(dataset.Statements()), collect(dataset.Claims()), dataset.Collect())
	b, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func allIDs() []string {
	var ids []string
	for f := range dataset.Figures() {
		ids = append(ids, f.ID)
	}
	return ids
}

func lookupFigure(id string) (shenyang.Figure, bool) {
	for _, lookup := range []func(string) (shenyang.Figure, bool){indicators.Figure, trade.Figure, investors.Figure} {
		if f, ok := lookup(id); ok {
			return f, true
		}
	}
	return shenyang.Figure{}, false
}

// TestMutatingResultsChangesNothing vandalizes everything every lookup and
// iterator returns, and shows that the next lookups return what the first
// ones did.
func TestMutatingResultsChangesNothing(t *testing.T) {
	before := snapshot(t)

	for _, id := range allIDs() {
		f, ok := lookupFigure(id)
		if !ok {
			t.Fatalf("no figure %s", id)
		}
		trash(f)
	}
	for _, id := range []string{indicators.ForeignCapital, indicators.TradeTotal, indicators.Imports} {
		in, _ := indicators.Headline(id)
		trash(in)
	}
	for _, id := range []string{"investors.bmw", "investors.michelin", "investors.bridgestone"} {
		in, _ := investors.Lookup(id)
		trash(in)
	}
	for _, id := range []string{"parks.china-japan", "parks.china-south-korea"} {
		p, _ := parks.Lookup(id)
		trash(p)
	}
	// Iterators: vandalize each value inside the loop.
	for f := range indicators.Figures() {
		trash(f)
	}
	for in := range indicators.All() {
		trash(in)
	}
	for c := range indicators.Claims() {
		trash(c)
	}
	for f := range trade.Figures() {
		trash(f)
	}
	for c := range trade.Priorities() {
		trash(c)
	}
	trash(trade.ImpliedRate(), trade.OfficialRate())
	for f := range investors.Figures() {
		trash(f)
	}
	for in := range investors.All() {
		trash(in)
	}
	for p := range investors.Products() {
		trash(p)
	}
	for c := range investors.Claims() {
		trash(c)
	}
	for p := range parks.All() {
		trash(p)
	}
	for c := range parks.Claims() {
		trash(c)
	}
	trash(shenyang.Report(), shenyang.ChineseEdition(), shenyang.Communique())
	for s := range shenyang.Sources() {
		trash(s)
	}
	for s := range dataset.Statements() {
		trash(s)
	}
	for c := range dataset.Claims() {
		trash(c)
	}
	for f := range dataset.Figures() {
		trash(f)
	}
	for _, c := range dataset.Citations() {
		trash(c)
	}
	trash(dataset.Collect())
	checks, err := audit.Run()
	if err != nil {
		t.Fatal(err)
	}
	trash(checks...)

	if after := snapshot(t); after != before {
		t.Fatalf("lookups changed after their results were mutated:\nbefore %.400s\nafter  %.400s", before, after)
	}

	// And by hand: the values as printed in the report.
	f, _ := indicators.Figure(indicators.ForeignCapital2019)
	c, _ := f.Primary()
	got := []string{f.ID, f.Printed, shenyang.FormatDecimal(f.Value), f.Range.String(), f.Unit.String(), c.Source.ID, c.Quote[:31]}
	want := []string{"indicators.foreign-capital.2019", "$1.65 billion", "1650000000", "[1645000000, 1655000000]", "USD", "chinadaily-2020-04-09", "The actual use of foreign capit"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("foreign capital after mutation = %q, want %q", got, want)
	}
	if r := trade.ImpliedRate().String(); r != "105500000000 CNY per 15000000000 USD" {
		t.Errorf("ImpliedRate() = %s after mutation", r)
	}
	p, _ := parks.Lookup("parks.china-japan")
	if items := p.Sectors.Slice(); len(items) != 2 || items[0] != "advanced equipment manufacturing" {
		t.Errorf("park sectors after mutation = %q", items)
	}
}

// TestVandalizeReachesEverything guards the test above: vandalize does
// change every exported field it is given.
func TestVandalizeReachesEverything(t *testing.T) {
	f, _ := indicators.Figure(indicators.Imports2018)
	g := f
	vandalize(reflect.ValueOf(&g).Elem())
	if g.ID != "vandalized" || g.Period.ISO != "vandalized" || !g.Range.IsZero() || g.Citations.Len() != 0 ||
		g.Derivation.Inputs.Len() != 0 || g.Unit != 99 || g.Value.Equal(f.Value) {
		t.Errorf("vandalize left %+v", g)
	}
}

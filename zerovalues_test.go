package shenyang_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// TestParseZeroValues checks that every ParseX reads the String form of X's
// zero value back to the zero value (issue 11, item 8).
func TestParseZeroValues(t *testing.T) {
	parsed := func(v any, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		return fmt.Sprintf("%#v", v)
	}
	for _, tt := range []struct {
		name, text string
		parse      func(string) string
		want       string
	}{
		{"Currency", shenyang.Currency(0).String(), func(s string) string { return parsed(shenyang.ParseCurrency(s)) }, "0x0"},
		{"Unit", shenyang.Unit(0).String(), func(s string) string { return parsed(shenyang.ParseUnit(s)) }, "0x0"},
		{"Qualifier", shenyang.Qualifier(0).String(), func(s string) string { return parsed(shenyang.ParseQualifier(s)) }, "0x0"},
		{"Period", shenyang.Period{}.String(), func(s string) string { return parsed(shenyang.ParsePeriod(s)) }, `shenyang.Period{ISO:"", InferredFrom:""}`},
		{"Range", shenyang.Range{}.String(), func(s string) string { r, err := shenyang.ParseRange(s); return parsed(r.IsZero(), err) }, "true"},
		{"Money", shenyang.Money{}.String(), func(s string) string { m, err := shenyang.ParseMoney(s); return parsed(m.IsZero(), err) }, "true"},
		{"Rate", shenyang.Rate{}.String(), func(s string) string { r, err := shenyang.ParseRate(s); return parsed(r.IsZero(), err) }, "true"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.parse(tt.text)); diff != "" {
				t.Errorf("Parse%s(%q) mismatch (-want +got):\n%s", tt.name, tt.text, diff)
			}
		})
	}
}

func TestZeroValuesDoNotPanic(t *testing.T) {
	n := testcheck.ZeroMethods(t,
		shenyang.Bound{}, shenyang.Range{}, shenyang.Money{}, shenyang.Rate{},
		shenyang.Currency(0), shenyang.Unit(0), shenyang.Qualifier(0), shenyang.Status(0),
		shenyang.Period{}, shenyang.Derivation{}, shenyang.Figure{},
		shenyang.List[string]{}, shenyang.List[shenyang.Citation]{}, shenyang.List[shenyang.Figure]{},
		shenyang.Citation{},
		shenyang.ValueError{}, shenyang.UnitError{},
	)
	// Counted by hand from the method sets: Bound 5, Range 9, Money 7,
	// Rate 10, Currency 5, Unit 5, Qualifier 4, Status 3, Period 3,
	// Derivation 1 (Equal), Figure 8 (Equal, Readable), each List 7 (Equal),
	// Citation 1, ValueError 2, UnitError 2. Source, Claim, Person and
	// Statement have no methods.
	if want := 5 + 9 + 7 + 10 + 5 + 5 + 4 + 3 + 3 + 1 + 8 + 3*7 + 1 + 2 + 2; n != want {
		t.Errorf("called %d methods, want %d: a method was added or removed", n, want)
	}
	// The package's functions with zero arguments.
	var zero decimal.Decimal
	if _, err := shenyang.RangeOf(zero, 0); err == nil {
		t.Error("RangeOf(zero, 0) succeeded")
	}
	if got := shenyang.FormatDecimal(zero); got != "0" {
		t.Errorf("FormatDecimal(zero) = %q", got)
	}
	if r := shenyang.Exactly(zero); r.String() != "[0, 0]" {
		t.Errorf("Exactly(zero) = %v", r)
	}
	if l := shenyang.ListOf[string](); l.Len() != 0 {
		t.Errorf("ListOf() has %d items", l.Len())
	}
	_ = shenyang.Cite("")
	_ = shenyang.Unquoted(shenyang.Source{}, "")
	_ = shenyang.Closed(zero)
	_ = shenyang.Open(zero)
}

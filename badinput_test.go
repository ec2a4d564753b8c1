package shenyang_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// badInput is one call with bad input and the error it must return; the
// value returned with the error must be its type's zero value.
type badInput struct {
	name string
	call func() (any, error)
	want testcheck.Failure
}

func runBadInputs(t *testing.T, cases []badInput) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			testcheck.Err(t, err, tt.want)
			if got != nil && !reflect.ValueOf(got).IsZero() {
				t.Errorf("returned %v with the error, want the zero value", got)
			}
		})
	}
}

// pair adapts a two-result call for a badInput.
func pair[T any](v T, err error) (any, error) { return v, err }

// TestBadInputRoot lists every exported function and method of the root
// package that takes caller input and can fail, with its error cases.
func TestBadInputRoot(t *testing.T) {
	n := func(coef int64, exp int32) decimal.Decimal { return decimal.New(coef, exp) }
	huge := n(1, 1001)  // exponent beyond 1000
	tiny := n(1, -1001) // exponent below -1000
	cr := func(lo, hi int64) shenyang.Range {
		return mustRange(t, shenyang.Closed(n(lo, 0)), shenyang.Closed(n(hi, 0)))
	}
	above := func(v int64) shenyang.Range { return mustRange(t, shenyang.Open(n(v, 0)), shenyang.Unbounded()) }
	cny := mustMoney(t, 1055, 8, shenyang.CNY)
	usd := mustMoney(t, 15, 9, shenyang.USD)
	rate, err := shenyang.RateBetween(usd, cny)
	if err != nil {
		t.Fatal(err)
	}
	big, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, n(1, 600))
	if err != nil {
		t.Fatal(err)
	}
	hugeUSD, _ := shenyang.Figure{Value: huge, Unit: shenyang.UnitUSD}.Money()
	one := mustMoney(t, 1, 0, shenyang.CNY)
	var unset shenyang.Range
	const outOfRange = "with exponent 1001 and length 1"
	VE := testcheck.VE

	cases := []badInput{
		// ParseCurrency: unknown codes, case, spaces.
		{"ParseCurrency space", func() (any, error) { return pair(shenyang.ParseCurrency(" ")) }, VE("ParseCurrency", "code", `" "`, shenyang.ErrUnknownCurrency)},
		{"ParseCurrency EUR", func() (any, error) { return pair(shenyang.ParseCurrency("EUR")) }, VE("ParseCurrency", "code", `"EUR"`, shenyang.ErrUnknownCurrency)},
		{"ParseCurrency lower case", func() (any, error) { return pair(shenyang.ParseCurrency("cny")) }, VE("ParseCurrency", "code", `"cny"`, shenyang.ErrUnknownCurrency)},
		{"ParseCurrency space", func() (any, error) { return pair(shenyang.ParseCurrency(" USD")) }, VE("ParseCurrency", "code", `" USD"`, shenyang.ErrUnknownCurrency)},
		{"ParseCurrency RMB", func() (any, error) { return pair(shenyang.ParseCurrency("RMB")) }, VE("ParseCurrency", "code", `"RMB"`, shenyang.ErrUnknownCurrency)},
		// ParseUnit.
		{"ParseUnit space", func() (any, error) { return pair(shenyang.ParseUnit(" ")) }, VE("ParseUnit", "unit", `" "`, shenyang.ErrSyntax)},
		{"ParseUnit percent", func() (any, error) { return pair(shenyang.ParseUnit("percent")) }, VE("ParseUnit", "unit", `"percent"`, shenyang.ErrSyntax)},
		{"ParseUnit lower case", func() (any, error) { return pair(shenyang.ParseUnit("cny per usd")) }, VE("ParseUnit", "unit", `"cny per usd"`, shenyang.ErrSyntax)},
		// ParseQualifier.
		{"ParseQualifier space", func() (any, error) { return pair(shenyang.ParseQualifier(" ")) }, VE("ParseQualifier", "qualifier", `" "`, shenyang.ErrSyntax)},
		{"ParseQualifier about", func() (any, error) { return pair(shenyang.ParseQualifier("about")) }, VE("ParseQualifier", "qualifier", `"about"`, shenyang.ErrSyntax)},
		{"ParseQualifier capital", func() (any, error) { return pair(shenyang.ParseQualifier("More than")) }, VE("ParseQualifier", "qualifier", `"More than"`, shenyang.ErrSyntax)},
		// ParsePeriod: bad years, months, days and intervals.
		{"ParsePeriod basis alone", func() (any, error) { return pair(shenyang.ParsePeriod(" (inferred from x)")) }, VE("ParsePeriod", "period", `" (inferred from x)"`, shenyang.ErrSyntax)},
		{"ParsePeriod february 30", func() (any, error) { return pair(shenyang.ParsePeriod("2019-02-30")) }, VE("ParsePeriod", "period", `"2019-02-30"`, shenyang.ErrSyntax)},
		{"ParsePeriod two digits", func() (any, error) { return pair(shenyang.ParsePeriod("19")) }, VE("ParsePeriod", "period", `"19"`, shenyang.ErrSyntax)},
		{"ParsePeriod month 13", func() (any, error) { return pair(shenyang.ParsePeriod("2019-13")) }, VE("ParsePeriod", "period", `"2019-13"`, shenyang.ErrSyntax)},
		{"ParsePeriod month 0", func() (any, error) { return pair(shenyang.ParsePeriod("2019-00")) }, VE("ParsePeriod", "period", `"2019-00"`, shenyang.ErrSyntax)},
		{"ParsePeriod day 32", func() (any, error) { return pair(shenyang.ParsePeriod("2019-12-32")) }, VE("ParsePeriod", "period", `"2019-12-32"`, shenyang.ErrSyntax)},
		{"ParsePeriod one-digit month", func() (any, error) { return pair(shenyang.ParsePeriod("2019-1")) }, VE("ParsePeriod", "period", `"2019-1"`, shenyang.ErrSyntax)},
		{"ParsePeriod reversed", func() (any, error) { return pair(shenyang.ParsePeriod("2020/2019")) }, VE("ParsePeriod", "period", `"2020/2019"`, shenyang.ErrSyntax)},
		{"ParsePeriod open end", func() (any, error) { return pair(shenyang.ParsePeriod("2019/")) }, VE("ParsePeriod", "period", `"2019/"`, shenyang.ErrSyntax)},
		{"ParsePeriod sign", func() (any, error) { return pair(shenyang.ParsePeriod("-019")) }, VE("ParsePeriod", "period", `"-019"`, shenyang.ErrSyntax)},
		// ParseMoney.
		{"ParseMoney empty", func() (any, error) { return pair(shenyang.ParseMoney("")) }, VE("ParseMoney", "money", `""`, shenyang.ErrSyntax)},
		{"ParseMoney no currency", func() (any, error) { return pair(shenyang.ParseMoney("105")) }, VE("ParseMoney", "money", `"105"`, shenyang.ErrSyntax)},
		{"ParseMoney unknown currency", func() (any, error) { return pair(shenyang.ParseMoney("105 EUR")) }, VE("ParseCurrency", "code", `"EUR"`, shenyang.ErrUnknownCurrency)},
		{"ParseMoney trailing space", func() (any, error) { return pair(shenyang.ParseMoney("105 CNY ")) }, VE("ParseMoney", "money", `"105 CNY "`, shenyang.ErrSyntax)},
		// An amount in words names the form ParseMoney reads, not an
		// unknown currency "billion USD".
		{"ParseMoney amount in words", func() (any, error) { return pair(shenyang.ParseMoney("1.65 billion USD")) }, VE("ParseMoney", "money", `"1.65 billion USD"`, shenyang.ErrSyntax)},
		{"ParseMoney exponent", func() (any, error) { return pair(shenyang.ParseMoney("1e5 CNY")) }, VE("ParseMoney", "amount", `"1e5"`, shenyang.ErrSyntax)},
		// An amount as the report prints it names the form read.
		{"ParseMoney printed amount", func() (any, error) { return pair(shenyang.ParseMoney("$1.65 billion")) }, testcheck.Failure{Is: shenyang.ErrSyntax,
			Val: &shenyang.ValueError{Op: "ParseMoney", Arg: "amount", Value: `"$1.65"`, Err: shenyang.ErrSyntax, Want: `a plain decimal and CNY or USD, such as "105500000000 CNY", or "unset"`}}},
		{"ParseMoney no amount", func() (any, error) { return pair(shenyang.ParseMoney(" CNY")) }, VE("ParseMoney", "amount", `""`, shenyang.ErrSyntax)},
		// RangeOf: unset and unknown qualifiers, values out of range.
		{"RangeOf unset qualifier", func() (any, error) { return pair(shenyang.RangeOf(n(165, 7), 0)) }, VE("RangeOf", "qualifier", "", shenyang.ErrUnset)},
		{"RangeOf unknown qualifier", func() (any, error) { return pair(shenyang.RangeOf(n(165, 7), 9)) }, VE("RangeOf", "qualifier", "9", shenyang.ErrInvalid)},
		{"RangeOf huge", func() (any, error) { return pair(shenyang.RangeOf(huge, shenyang.AsPrinted)) }, VE("RangeOf", "value", outOfRange, shenyang.ErrOutOfRange)},
		{"RangeOf tiny", func() (any, error) { return pair(shenyang.RangeOf(tiny, shenyang.MoreThan)) }, VE("RangeOf", "value", "with exponent -1001 and length 1", shenyang.ErrOutOfRange)},
		// NewRange: unset bounds, empty ranges, unbounded both ways.
		{"NewRange unset low", func() (any, error) { return pair(shenyang.NewRange(shenyang.Bound{}, shenyang.Closed(n(1, 0)))) }, VE("NewRange", "low", "", shenyang.ErrUnset)},
		{"NewRange unset high", func() (any, error) { return pair(shenyang.NewRange(shenyang.Closed(n(1, 0)), shenyang.Bound{})) }, VE("NewRange", "high", "", shenyang.ErrUnset)},
		{"NewRange unbounded", func() (any, error) { return pair(shenyang.NewRange(shenyang.Unbounded(), shenyang.Unbounded())) }, VE("NewRange", "bounds", "", shenyang.ErrUnbounded)},
		{"NewRange inverted", func() (any, error) {
			return pair(shenyang.NewRange(shenyang.Closed(n(2, 0)), shenyang.Closed(n(1, 0))))
		}, VE("NewRange", "bounds", "[2, 1]", shenyang.ErrEmptyRange)},
		{"NewRange open low", func() (any, error) { return pair(shenyang.NewRange(shenyang.Open(n(1, 0)), shenyang.Closed(n(1, 0)))) }, VE("NewRange", "bounds", "(1, 1]", shenyang.ErrEmptyRange)},
		{"NewRange open high", func() (any, error) {
			return pair(shenyang.NewRange(shenyang.Closed(n(1, 0)), shenyang.Open(n(10, -1))))
		}, VE("NewRange", "bounds", "[1, 1)", shenyang.ErrEmptyRange)},
		{"NewRange huge", func() (any, error) { return pair(shenyang.NewRange(shenyang.Closed(huge), shenyang.Unbounded())) }, VE("NewRange", "bound", outOfRange, shenyang.ErrOutOfRange)},
		// Range.Intersect: disjoint and touching ranges.
		{"Intersect disjoint", func() (any, error) { return pair(cr(1, 2).Intersect(cr(3, 4))) }, VE("Range.Intersect", "ranges", "[1, 2] and [3, 4]", shenyang.ErrEmptyRange)},
		{"Intersect touching open", func() (any, error) { return pair(above(2).Intersect(cr(1, 2))) }, VE("Range.Intersect", "ranges", "(2, +inf) and [1, 2]", shenyang.ErrEmptyRange)},
		{"Intersect unset receiver", func() (any, error) { return pair(unset.Intersect(cr(1, 2))) }, VE("Range.Intersect", "receiver", "", shenyang.ErrUnset)},
		{"Intersect unset argument", func() (any, error) { return pair(cr(1, 2).Intersect(unset)) }, VE("Range.Intersect", "argument", "", shenyang.ErrUnset)},
		// NewMoney.
		{"NewMoney unset currency", func() (any, error) { return pair(shenyang.NewMoney(n(1, 0), 0)) }, VE("NewMoney", "currency", "", shenyang.ErrUnset)},
		{"NewMoney unknown currency", func() (any, error) { return pair(shenyang.NewMoney(n(1, 0), 9)) }, VE("NewMoney", "currency", "#9", shenyang.ErrUnknownCurrency)},
		{"NewMoney huge", func() (any, error) { return pair(shenyang.NewMoney(huge, shenyang.CNY)) }, VE("NewMoney", "amount", outOfRange, shenyang.ErrOutOfRange)},
		// NewRate: currencies unset, unknown or equal; rates zero, negative
		// or out of range.
		{"NewRate unset base", func() (any, error) { return pair(shenyang.NewRate(0, shenyang.CNY, n(7, 0))) }, VE("NewRate", "base currency", "", shenyang.ErrUnset)},
		{"NewRate unset quote", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, 0, n(7, 0))) }, VE("NewRate", "quote currency", "", shenyang.ErrUnset)},
		{"NewRate unknown base", func() (any, error) { return pair(shenyang.NewRate(5, shenyang.CNY, n(7, 0))) }, VE("NewRate", "base currency", "#5", shenyang.ErrUnknownCurrency)},
		{"NewRate unknown quote", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, 255, n(7, 0))) }, VE("NewRate", "quote currency", "#255", shenyang.ErrUnknownCurrency)},
		{"NewRate same currency", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, shenyang.USD, n(7, 0))) }, VE("NewRate", "quote currency", "USD", shenyang.ErrSameCurrency)},
		{"NewRate zero", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, shenyang.CNY, n(0, 0))) }, VE("NewRate", "rate", "0", shenyang.ErrNotPositive)},
		{"NewRate negative", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, shenyang.CNY, n(-70333, -4))) }, VE("NewRate", "rate", "-7.0333", shenyang.ErrNotPositive)},
		{"NewRate huge", func() (any, error) { return pair(shenyang.NewRate(shenyang.USD, shenyang.CNY, huge)) }, VE("NewRate", "rate", outOfRange, shenyang.ErrOutOfRange)},
		// RateBetween.
		{"RateBetween unset base", func() (any, error) { return pair(shenyang.RateBetween(shenyang.Money{}, cny)) }, VE("RateBetween", "base", "", shenyang.ErrUnset)},
		{"RateBetween unset quote", func() (any, error) { return pair(shenyang.RateBetween(usd, shenyang.Money{})) }, VE("RateBetween", "quote", "", shenyang.ErrUnset)},
		{"RateBetween same currency", func() (any, error) { return pair(shenyang.RateBetween(cny, one)) }, VE("RateBetween", "quote currency", "CNY", shenyang.ErrSameCurrency)},
		{"RateBetween zero base", func() (any, error) {
			return pair(shenyang.RateBetween(mustMoney(t, 0, 0, shenyang.USD), cny))
		}, VE("RateBetween", "base", "0 USD", shenyang.ErrNotPositive)},
		{"RateBetween negative quote", func() (any, error) {
			return pair(shenyang.RateBetween(usd, mustMoney(t, -5, 0, shenyang.CNY)))
		}, VE("RateBetween", "quote", "-5 CNY", shenyang.ErrNotPositive)},
		{"RateBetween huge base", func() (any, error) { return pair(shenyang.RateBetween(hugeUSD, cny)) }, VE("RateBetween", "base", outOfRange, shenyang.ErrOutOfRange)},
		// Rate.Convert.
		{"Convert unset rate", func() (any, error) { return pair(shenyang.Rate{}.Convert(cny)) }, VE("Rate.Convert", "rate", "", shenyang.ErrUnset)},
		{"Convert unset amount", func() (any, error) { return pair(rate.Convert(shenyang.Money{})) }, VE("Rate.Convert", "amount", "", shenyang.ErrUnset)},
		{"Convert huge amount", func() (any, error) { return pair(rate.Convert(hugeUSD)) }, VE("Rate.Convert", "amount", outOfRange, shenyang.ErrOutOfRange)},
		// 1e600 dollars at 1e600 yuan per dollar is 1e1200 yuan.
		{"Convert huge result", func() (any, error) {
			return pair(big.Convert(mustMoney(t, 1, 600, shenyang.USD)))
		}, VE("Rate.Convert", "result", "with exponent 1200 and length 1", shenyang.ErrOutOfRange)},
		// UnmarshalText of the enumerations: on error the value is unchanged
		// (checked below); the call returns nothing else.
		{"Currency.UnmarshalText", func() (any, error) { c := shenyang.USD; return nil, c.UnmarshalText([]byte("EUR")) }, VE("ParseCurrency", "code", `"EUR"`, shenyang.ErrUnknownCurrency)},
		{"Unit.UnmarshalText", func() (any, error) { u := shenyang.UnitCNY; return nil, u.UnmarshalText([]byte("yuan")) }, VE("ParseUnit", "unit", `"yuan"`, shenyang.ErrSyntax)},
		{"Qualifier.UnmarshalText", func() (any, error) { q := shenyang.Some; return nil, q.UnmarshalText([]byte("roughly")) }, VE("ParseQualifier", "qualifier", `"roughly"`, shenyang.ErrSyntax)},
		{"Status.UnmarshalText", func() (any, error) { s := shenyang.Derived; return nil, s.UnmarshalText([]byte("Reported")) }, VE("Status.UnmarshalText", "status", `"Reported"`, shenyang.ErrSyntax)},
	}
	runBadInputs(t, cases)
	if len(cases) != 69 {
		t.Errorf("%d root cases, want 69 (update the count in the hardening notes)", len(cases))
	}
}

// TestUnmarshalTextLeavesValueUnchanged checks the enumerations' text
// decoders on error.
func TestUnmarshalTextLeavesValueUnchanged(t *testing.T) {
	c, u, q, s := shenyang.USD, shenyang.UnitCNY, shenyang.Some, shenyang.Derived
	for _, err := range []error{
		c.UnmarshalText([]byte("EUR")), u.UnmarshalText([]byte("yuan")),
		q.UnmarshalText([]byte("roughly")), s.UnmarshalText([]byte("Reported")),
	} {
		if err == nil {
			t.Error("UnmarshalText of bad text succeeded")
		}
	}
	if c != shenyang.USD || u != shenyang.UnitCNY || q != shenyang.Some || s != shenyang.Derived {
		t.Errorf("after failed UnmarshalText: %v, %v, %v, %v; want USD, CNY, some, derived", c, u, q, s)
	}
}

// TestNoFailureOnGoodInputsOfFallibleOps guards the table above: each
// operation it lists succeeds on ordinary input, so the errors come from
// the bad input and nothing else.
func TestNoFailureOnGoodInputsOfFallibleOps(t *testing.T) {
	r := mustRange(t, shenyang.Closed(decimal.New(1, 0)), shenyang.Closed(decimal.New(2, 0)))
	for name, f := range map[string]func() error{
		"Intersect": func() error { _, err := r.Intersect(r); return err },
		"RangeOf":   func() error { _, err := shenyang.RangeOf(decimal.New(1, 1000), shenyang.Some); return err },
		"NewRate": func() error {
			_, err := shenyang.NewRate(shenyang.CNY, shenyang.USD, decimal.New(1, -1000))
			return err
		},
	} {
		if err := f(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestParseBeyondLimits checks that a well-formed plain decimal beyond the
// module's limits is an error wrapping ErrOutOfRange, as the package
// documentation promises, in the text forms and in JSON alike, while text
// that is not a plain decimal stays ErrSyntax (issue 11, item 7).
func TestParseBeyondLimits(t *testing.T) {
	tiny := "0." + strings.Repeat("0", 1000) + "1" // 10^-1001: exponent -1001
	long := strings.Repeat("1", 1001)              // 1001 digits, no trailing zero to move into the exponent
	longer := strings.Repeat("9", 3000)            // 3000 digits
	// The messages quote the first 40 bytes.
	qTiny := `"0.` + strings.Repeat("0", 38) + `"...`
	qLong := `"` + strings.Repeat("1", 40) + `"...`
	qLonger := `"` + strings.Repeat("9", 40) + `"...`
	qNegTiny := `"-0.` + strings.Repeat("0", 37) + `"...`
	decode := func(target any) func(string) error {
		return func(s string) error { return json.Unmarshal([]byte(s), target) }
	}
	var (
		m shenyang.Money
		r shenyang.Range
		f shenyang.Figure
	)
	tests := []struct {
		name  string
		parse func(string) error
		in    string
		want  testcheck.Failure
	}{
		{"ParseMoney tiny", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, tiny + " CNY",
			testcheck.VE("ParseMoney", "amount", qTiny, shenyang.ErrOutOfRange)},
		{"ParseMoney negative tiny", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, "-" + tiny + " CNY",
			testcheck.VE("ParseMoney", "amount", qNegTiny, shenyang.ErrOutOfRange)},
		{"ParseMoney 1001 digits", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, long + " USD",
			testcheck.VE("ParseMoney", "amount", qLong, shenyang.ErrOutOfRange)},
		{"ParseMoney 3000 digits", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, longer + " USD",
			testcheck.VE("ParseMoney", "amount", qLonger, shenyang.ErrOutOfRange)},
		{"ParseMoney exponent form", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, "1e1001 USD",
			testcheck.VE("ParseMoney", "amount", `"1e1001"`, shenyang.ErrSyntax)},
		{"ParseMoney two points", func(s string) error { _, err := shenyang.ParseMoney(s); return err }, "0." + strings.Repeat("0", 1000) + ".1 USD",
			testcheck.VE("ParseMoney", "amount", qTiny, shenyang.ErrSyntax)},
		{"ParseRate tiny", func(s string) error { _, err := shenyang.ParseRate(s); return err }, tiny + " CNY per USD",
			testcheck.VE("ParseRate", "amount", qTiny, shenyang.ErrOutOfRange)},
		{"ParseRange tiny", func(s string) error { _, err := shenyang.ParseRange(s); return err }, "[" + tiny + ", 1]",
			testcheck.VE("ParseRange", "bound", qTiny, shenyang.ErrOutOfRange)},
		{"ParseRange 1001 digits", func(s string) error { _, err := shenyang.ParseRange(s); return err }, "(-inf, " + long + ")",
			testcheck.VE("ParseRange", "bound", qLong, shenyang.ErrOutOfRange)},
		{"Money JSON", decode(&m), `{"amount":"` + long + `","currency":"CNY"}`,
			testcheck.VE("Money.UnmarshalJSON", "amount", qLong, shenyang.ErrOutOfRange)},
		{"Range JSON", decode(&r), `{"low":"1","low_open":false,"high":"` + longer + `","high_open":false}`,
			testcheck.VE("Range.UnmarshalJSON", "high", qLonger, shenyang.ErrOutOfRange)},
		{"Figure JSON", decode(&f), `{"id":"x","value":"` + long + `"}`,
			testcheck.VE("Figure.UnmarshalJSON", "value", qLong, shenyang.ErrOutOfRange)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testcheck.Err(t, tt.parse(tt.in), tt.want)
		})
	}
}

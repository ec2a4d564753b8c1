package shenyang_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// mustRange builds a range for a test from bounds known to be valid.
func mustRange(t *testing.T, low, high shenyang.Bound) shenyang.Range {
	t.Helper()
	r, err := shenyang.NewRange(low, high)
	if err != nil {
		t.Fatalf("NewRange: %v", err)
	}
	return r
}

func mustMoney(t *testing.T, coef int64, exp int32, c shenyang.Currency) shenyang.Money {
	t.Helper()
	m, err := shenyang.NewMoney(decimal.New(coef, exp), c)
	if err != nil {
		t.Fatalf("NewMoney: %v", err)
	}
	return m
}

func TestJSONRoundTripRoot(t *testing.T) {
	fc := shenyang.Figure{
		ID: "indicators.foreign-capital.2019", Label: "Actual use of foreign capital",
		Period: shenyang.Period{ISO: "2019"}, Value: decimal.New(165, 7), Unit: shenyang.UnitUSD,
		Range:     mustRange(t, shenyang.Closed(decimal.New(1645, 6)), shenyang.Closed(decimal.New(1655, 6))),
		Qualifier: shenyang.AsPrinted, Printed: "$1.65 billion", Status: shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Cite("surged 15 percent to reach $1.65 billion"), shenyang.Unquoted(shenyang.ChineseEdition(), "16.5亿美元")),
	}
	derived := shenyang.Figure{
		ID: "x.share", Period: shenyang.Period{ISO: "2019", InferredFrom: "last year"},
		Value: decimal.New(7127962085308057, -16), Unit: shenyang.UnitRatio,
		Range:     mustRange(t, shenyang.Open(decimal.New(7, -1)), shenyang.Unbounded()),
		Qualifier: shenyang.MoreThan, Status: shenyang.Derived,
		Derivation: shenyang.Derivation{Formula: "a / b", Inputs: shenyang.ListOf("a", "b")},
		Note:       "n",
	}
	usd15 := mustMoney(t, 15, 9, shenyang.USD)
	cny1055 := mustMoney(t, 1055, 8, shenyang.CNY)
	implied, err := shenyang.RateBetween(usd15, cny1055)
	if err != nil {
		t.Fatal(err)
	}
	official, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(68985, -4))
	if err != nil {
		t.Fatal(err)
	}
	tiny := decimal.New(1, -1000) // the smallest positive exponent the module accepts
	// Each case: a value and its JSON, written out by hand.
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"zero bound", shenyang.Bound{}, `null`},
		{"closed bound", shenyang.Closed(decimal.New(1645, 6)), `{"kind":"closed","value":"1645000000"}`},
		{"open bound", shenyang.Open(decimal.New(-5, -1)), `{"kind":"open","value":"-0.5"}`},
		{"unbounded", shenyang.Unbounded(), `{"kind":"unbounded"}`},
		{"zero range", shenyang.Range{}, `null`},
		{"closed range", mustRange(t, shenyang.Closed(decimal.New(1645, 6)), shenyang.Closed(decimal.New(1655, 6))),
			`{"low":"1645000000","low_open":false,"high":"1655000000","high_open":false}`},
		{"below", mustRange(t, shenyang.Unbounded(), shenyang.Open(decimal.New(-5, -1))),
			`{"low":null,"low_open":false,"high":"-0.5","high_open":true}`},
		{"point", shenyang.Exactly(decimal.New(0, 0)), `{"low":"0","low_open":false,"high":"0","high_open":false}`},
		{"tiny", shenyang.Exactly(tiny), `{"low":"0.` + strings.Repeat("0", 999) + `1","low_open":false,"high":"0.` + strings.Repeat("0", 999) + `1","high_open":false}`},
		{"zero money", shenyang.Money{}, `null`},
		{"money", cny1055, `{"amount":"105500000000","currency":"CNY"}`},
		{"zero amount", mustMoney(t, 0, -2, shenyang.USD), `{"amount":"0","currency":"USD"}`},
		{"zero rate", shenyang.Rate{}, `null`},
		// 105.5 billion yuan for 15 billion dollars: both amounts kept.
		{"implied rate", implied, `{"base":{"amount":"15000000000","currency":"USD"},"quote":{"amount":"105500000000","currency":"CNY"}}`},
		// NewRate keeps one unit of the base.
		{"official rate", official, `{"base":{"amount":"1","currency":"USD"},"quote":{"amount":"6.8985","currency":"CNY"}}`},
		{"inverse rate", official.Inverse(), `{"base":{"amount":"6.8985","currency":"CNY"},"quote":{"amount":"1","currency":"USD"}}`},
		{"zero currency", shenyang.Currency(0), `""`},
		{"currency", shenyang.CNY, `"CNY"`},
		{"zero unit", shenyang.Unit(0), `""`},
		{"unit", shenyang.UnitUSDPerCNY, `"USD per CNY"`},
		{"zero qualifier", shenyang.Qualifier(0), `""`},
		{"qualifier", shenyang.AtLeast, `"at least"`},
		{"zero status", shenyang.Status(0), `""`},
		{"status", shenyang.Reported, `"reported"`},
		{"zero period", shenyang.Period{}, `{"iso":""}`},
		{"period", shenyang.Period{ISO: "2009/2020", InferredFrom: "dating back to 2009"}, `{"iso":"2009/2020","inferred_from":"dating back to 2009"}`},
		{"zero derivation", shenyang.Derivation{}, `{"formula":"","inputs":[]}`},
		{"derivation", derived.Derivation, `{"formula":"a / b","inputs":["a","b"]}`},
		{"zero list", shenyang.List[string]{}, `[]`},
		{"zero source", shenyang.Source{}, `{"id":"","publisher":"","title":"","url":"","published":"","language":""}`},
		{"zero citation", shenyang.Citation{}, `{"source":{"id":"","publisher":"","title":"","url":"","published":"","language":""}}`},
		{"zero person", shenyang.Person{}, `{"name":"","role":"","organization":""}`},
		{"zero claim", shenyang.Claim{}, `{"id":"","subject":"","text":"","items":[],"period":{"iso":""},"citations":[]}`},
		{"zero statement", shenyang.Statement{}, `{"id":"","speaker":{"name":"","role":"","organization":""},"period":{"iso":""},"text":"","citations":[]}`},
		{"zero figure", shenyang.Figure{}, `{"id":"","label":"","period":{"iso":""},"value":"0","unit":"","range":null,"qualifier":"","status":"","citations":[]}`},
		{"derived figure", derived, `{"id":"x.share","label":"","period":{"iso":"2019","inferred_from":"last year"},"value":"0.7127962085308057","unit":"ratio",` +
			`"range":{"low":"0.7","low_open":true,"high":null,"high_open":false},"qualifier":"more than","status":"derived",` +
			`"derivation":{"formula":"a / b","inputs":["a","b"]},"citations":[],"note":"n"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Decode into a new value of the dynamic type and compare.
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
			}
			ptr := reflect.New(reflect.TypeOf(tt.v))
			if err := json.Unmarshal(b, ptr.Interface()); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", b, err)
			}
			if diff := cmp.Diff(tt.v, ptr.Elem().Interface(), testcheck.Opts()); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("figure", func(t *testing.T) { testcheck.RoundTrip(t, fc) })
	t.Run("statements and claims", func(t *testing.T) {
		for s := range shenyang.Statements() {
			testcheck.RoundTrip(t, s)
		}
		for c := range shenyang.Claims() {
			testcheck.RoundTrip(t, c)
		}
		for s := range shenyang.Sources() {
			testcheck.RoundTrip(t, s)
		}
	})
}

func TestRateJSONKeepsConversionsExact(t *testing.T) {
	// The rate of 105.5 billion yuan for 15 billion dollars is
	// 7.0333... yuan per dollar, which no finite decimal holds; decoded from
	// JSON, it still converts 105.5 billion yuan to exactly 15 billion
	// dollars.
	r, err := shenyang.RateBetween(mustMoney(t, 15, 9, shenyang.USD), mustMoney(t, 1055, 8, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got shenyang.Rate
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	usd, err := got.Convert(mustMoney(t, 1055, 8, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	if want := mustMoney(t, 15, 9, shenyang.USD); !usd.Equal(want) {
		t.Errorf("decoded rate converts 105.5 billion CNY to %v, want %v", usd, want)
	}
	// 52 billion yuan * 15 / 105.5 = 7393364928.909952606... dollars, 16
	// digits half to even: 7393364928.909953.
	usd, err = got.Convert(mustMoney(t, 52, 9, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	if want := mustMoney(t, 7393364928909953, -6, shenyang.USD); !usd.Equal(want) {
		t.Errorf("decoded rate converts 52 billion CNY to %v, want %v", usd, want)
	}
}

func TestRateEqual(t *testing.T) {
	// 30 CNY for 2 USD is 15 CNY per USD, the same rate as NewRate's.
	a, err := shenyang.RateBetween(mustMoney(t, 2, 0, shenyang.USD), mustMoney(t, 30, 0, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	b, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(15, 0))
	if err != nil {
		t.Fatal(err)
	}
	c, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(150000000000000001, -16)) // 15.0000000000000001
	if err != nil {
		t.Fatal(err)
	}
	d, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(1500, -2)) // 15.00
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r, s shenyang.Rate
		want bool
	}{
		{"same ratio", a, b, true},
		{"trailing zeros", b, d, true},
		{"trailing zeros and a ratio", d, a, true},
		{"inverse differs", b, b.Inverse(), false},
		{"last digit differs", b, c, false},
		{"zero and zero", shenyang.Rate{}, shenyang.Rate{}, true},
		{"zero and set", shenyang.Rate{}, b, false},
		{"inverse of inverse", b.Inverse().Inverse(), b, true},
	}
	for _, tt := range tests {
		if got := tt.r.Equal(tt.s); got != tt.want {
			t.Errorf("%s: %v.Equal(%v) = %v, want %v", tt.name, tt.r, tt.s, got, tt.want)
		}
	}
}

func TestJSONMalformedLeavesTargetUnchanged(t *testing.T) {
	const (
		rop = "Range.UnmarshalJSON"
		mop = "Money.UnmarshalJSON"
		bop = "Bound.UnmarshalJSON"
		fop = "Figure.UnmarshalJSON"
	)
	long := strings.Repeat("9", 1001)
	t.Run("range", func(t *testing.T) {
		testcheck.Decode(t, mustRange(t, shenyang.Closed(decimal.New(1, 0)), shenyang.Open(decimal.New(2, 0))), []testcheck.Malformed{
			testcheck.Bad("number", `5`, testcheck.VE(rop, "json", `"5"`, shenyang.ErrSyntax)),
			testcheck.Bad("array", `[1, 2]`, testcheck.VE(rop, "json", `"[1, 2]"`, shenyang.ErrSyntax)),
			testcheck.Bad("truncated", `{"low":"1"`, testcheck.VE(rop, "json", `"{\"low\":\"1\""`, shenyang.ErrSyntax)),
			testcheck.Bad("number bound", `{"low":5,"high":"6"}`, testcheck.VE(rop, "low", "of JSON type number", shenyang.ErrSyntax)),
			testcheck.Bad("string flag", `{"low":"5","low_open":"yes","high":"6"}`, testcheck.VE(rop, "low_open", "of JSON type string", shenyang.ErrSyntax)),
			testcheck.Bad("exponent", `{"low":"1e5","high":"2e5"}`, testcheck.VE(rop, "low", `"1e5"`, shenyang.ErrSyntax)),
			testcheck.Bad("huge exponent", `{"low":"1","high":"1e999999999"}`, testcheck.VE(rop, "high", `"1e999999999"`, shenyang.ErrSyntax)),
			// A plain decimal beyond the limits (issue 11, item 7).
			testcheck.Bad("1001 digits", `{"low":"1","high":"`+long+`"}`, testcheck.VE(rop, "high", `"`+long[:40]+`"...`, shenyang.ErrOutOfRange)),
			testcheck.Bad("empty string", `{"low":"","high":"1"}`, testcheck.VE(rop, "low", `""`, shenyang.ErrSyntax)),
			testcheck.Bad("inverted", `{"low":"2","high":"1"}`, testcheck.VE(rop, "bounds", "[2, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("empty open", `{"low":"1","low_open":true,"high":"1"}`, testcheck.VE(rop, "bounds", "(1, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("no bounds", `{}`, testcheck.VE(rop, "bounds", "", shenyang.ErrUnbounded)),
			testcheck.Bad("both null", `{"low":null,"high":null}`, testcheck.VE(rop, "bounds", "", shenyang.ErrUnbounded)),
			testcheck.Bad("open without bound", `{"low":null,"low_open":true,"high":"1"}`, testcheck.VE(rop, "low_open", "true without a low bound", shenyang.ErrSyntax)),
		})
	})
	t.Run("bound", func(t *testing.T) {
		testcheck.Decode(t, shenyang.Open(decimal.New(7, 0)), []testcheck.Malformed{
			testcheck.Bad("string", `"closed"`, testcheck.VE(bop, "json", `"\"closed\""`, shenyang.ErrSyntax)),
			testcheck.Bad("unknown kind", `{"kind":"half","value":"1"}`, testcheck.VE(bop, "kind", `"half"`, shenyang.ErrSyntax)),
			testcheck.Bad("no kind", `{"value":"1"}`, testcheck.VE(bop, "kind", `""`, shenyang.ErrSyntax)),
			testcheck.Bad("no value", `{"kind":"open"}`, testcheck.VE(bop, "value", "", shenyang.ErrUnset)),
			testcheck.Bad("bad value", `{"kind":"closed","value":"1.2.3"}`, testcheck.VE(bop, "value", `"1.2.3"`, shenyang.ErrSyntax)),
			testcheck.Bad("number value", `{"kind":"closed","value":12}`, testcheck.VE(bop, "value", "of JSON type number", shenyang.ErrSyntax)),
			testcheck.Bad("unbounded with value", `{"kind":"unbounded","value":"1"}`, testcheck.VE(bop, "value", `"1" of an unbounded bound`, shenyang.ErrSyntax)),
		})
	})
	t.Run("money", func(t *testing.T) {
		testcheck.Decode(t, mustMoney(t, 1055, 8, shenyang.CNY), []testcheck.Malformed{
			testcheck.Bad("unknown currency", `{"amount":"1","currency":"EUR"}`, testcheck.VE(mop, "code", `"EUR"`, shenyang.ErrUnknownCurrency)),
			testcheck.Bad("lower case code", `{"amount":"1","currency":"usd"}`, testcheck.VE(mop, "code", `"usd"`, shenyang.ErrUnknownCurrency)),
			testcheck.Bad("no currency", `{"amount":"1"}`, testcheck.VE(mop, "currency", "", shenyang.ErrUnset)),
			testcheck.Bad("empty currency", `{"amount":"1","currency":""}`, testcheck.VE(mop, "currency", "", shenyang.ErrUnset)),
			testcheck.Bad("no amount", `{"currency":"CNY"}`, testcheck.VE(mop, "amount", "", shenyang.ErrUnset)),
			testcheck.Bad("number amount", `{"amount":1,"currency":"CNY"}`, testcheck.VE(mop, "amount", "of JSON type number", shenyang.ErrSyntax)),
			testcheck.Bad("bad amount", `{"amount":"1.","currency":"CNY"}`, testcheck.VE(mop, "amount", `"1."`, shenyang.ErrSyntax)),
			testcheck.Bad("scientific amount", `{"amount":"1E+3","currency":"CNY"}`, testcheck.VE(mop, "amount", `"1E+3"`, shenyang.ErrSyntax)),
			testcheck.Bad("array", `[]`, testcheck.VE(mop, "json", `"[]"`, shenyang.ErrSyntax)),
		})
	})
	t.Run("rate", func(t *testing.T) {
		const op = "Rate.UnmarshalJSON"
		filled, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(68985, -4))
		if err != nil {
			t.Fatal(err)
		}
		testcheck.Decode(t, filled, []testcheck.Malformed{
			testcheck.Bad("same currency", `{"base":{"amount":"15","currency":"USD"},"quote":{"amount":"105.5","currency":"USD"}}`,
				testcheck.VE(op, "quote currency", "USD", shenyang.ErrSameCurrency)),
			testcheck.Bad("zero base", `{"base":{"amount":"0","currency":"USD"},"quote":{"amount":"105.5","currency":"CNY"}}`, testcheck.VE(op, "base", "0 USD", shenyang.ErrNotPositive)),
			testcheck.Bad("negative quote", `{"base":{"amount":"1","currency":"USD"},"quote":{"amount":"-7","currency":"CNY"}}`, testcheck.VE(op, "quote", "-7 CNY", shenyang.ErrNotPositive)),
			testcheck.Bad("no base", `{"quote":{"amount":"7","currency":"CNY"}}`, testcheck.VE(op, "base", "", shenyang.ErrUnset)),
			testcheck.Bad("null quote", `{"base":{"amount":"1","currency":"USD"},"quote":null}`, testcheck.VE(op, "quote", "", shenyang.ErrUnset)),
			testcheck.Bad("unknown currency", `{"base":{"amount":"1","currency":"XXX"},"quote":{"amount":"7","currency":"CNY"}}`, testcheck.VE(mop, "code", `"XXX"`, shenyang.ErrUnknownCurrency)),
			testcheck.Bad("a number", `7.0333`, testcheck.VE(op, "json", `"7.0333"`, shenyang.ErrSyntax)),
		})
	})
	t.Run("figure", func(t *testing.T) {
		filled := shenyang.Figure{ID: "f", Value: decimal.New(15, -2), Unit: shenyang.UnitRatio, Status: shenyang.Reported,
			Range: shenyang.Exactly(decimal.New(15, -2)), Citations: shenyang.ListOf(shenyang.Cite("q"))}
		testcheck.Decode(t, filled, []testcheck.Malformed{
			testcheck.Bad("bad value", `{"id":"g","value":"abc"}`, testcheck.VE(fop, "value", `"abc"`, shenyang.ErrSyntax)),
			testcheck.Bad("no value", `{"id":"g"}`, testcheck.VE(fop, "value", `""`, shenyang.ErrSyntax)),
			testcheck.Bad("number id", `{"id":5,"value":"1"}`, testcheck.VE(fop, "id", "of JSON type number", shenyang.ErrSyntax)),
			// The figure's decoder reports the errors of the decoders of its
			// fields as its own (issue 11, item 9).
			testcheck.Bad("unknown unit", `{"id":"g","value":"1","unit":"percent"}`, testcheck.VE(fop, "unit", `"percent"`, shenyang.ErrSyntax)),
			testcheck.Bad("unknown qualifier", `{"id":"g","value":"1","qualifier":"about"}`, testcheck.VE(fop, "qualifier", `"about"`, shenyang.ErrSyntax)),
			testcheck.Bad("unknown status", `{"id":"g","value":"1","status":"estimated"}`, testcheck.VE(fop, "status", `"estimated"`, shenyang.ErrSyntax)),
			testcheck.Bad("inverted range", `{"id":"g","value":"1","range":{"low":"2","high":"1"}}`, testcheck.VE(fop, "bounds", "[2, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("bad period", `{"id":"g","value":"1","period":{"iso":"2019-13"}}`, testcheck.VE(fop, "period", `"2019-13"`, shenyang.ErrSyntax)),
			testcheck.Bad("citations object", `{"id":"g","value":"1","citations":{}}`, testcheck.VE(fop, "json", `"{}"`, shenyang.ErrSyntax)),
			testcheck.Bad("bad derivation", `{"id":"g","value":"1","derivation":{"inputs":[1]}}`, testcheck.VE(fop, "json", `"[1]"`, shenyang.ErrSyntax)),
		})
	})
	t.Run("currency", func(t *testing.T) {
		testcheck.Decode(t, shenyang.USD, []testcheck.Malformed{
			testcheck.Bad("unknown", `"EUR"`, testcheck.VE("ParseCurrency", "code", `"EUR"`, shenyang.ErrUnknownCurrency)),
		})
	})
	t.Run("period", func(t *testing.T) {
		testcheck.Decode(t, shenyang.Period{ISO: "2019", InferredFrom: "last year"}, []testcheck.Malformed{
			testcheck.Bad("reversed", `{"iso":"2020/2019"}`, testcheck.VE("Period.UnmarshalJSON", "period", `"2020/2019"`, shenyang.ErrSyntax)),
			testcheck.Bad("number", `{"iso":2019}`, testcheck.VE("Period.UnmarshalJSON", "iso", "of JSON type number", shenyang.ErrSyntax)),
			// The iso field holds ISO 8601 alone, not the text form with
			// its basis (issue 11, item 4).
			testcheck.Bad("text form in iso", `{"iso":"2019 (inferred from a report)"}`,
				testcheck.VE("Period.UnmarshalJSON", "period", `"2019 (inferred from a report)"`, shenyang.ErrSyntax)),
			testcheck.Bad("impossible day", `{"iso":"2019-02-30"}`, testcheck.VE("Period.UnmarshalJSON", "period", `"2019-02-30"`, shenyang.ErrSyntax)),
			// A basis needs a period (issue 11, item 8).
			testcheck.Bad("basis without iso", `{"iso":"","inferred_from":"last year"}`,
				testcheck.VE("Period.UnmarshalJSON", "iso", `of a period inferred from "last year"`, shenyang.ErrUnset)),
			testcheck.Bad("basis without an iso field", `{"inferred_from":"last year"}`,
				testcheck.VE("Period.UnmarshalJSON", "iso", `of a period inferred from "last year"`, shenyang.ErrUnset)),
		})
	})
	t.Run("claim", func(t *testing.T) {
		filled := shenyang.Claim{ID: "c", Items: shenyang.ListOf("a"), Citations: shenyang.ListOf(shenyang.Cite("q"))}
		testcheck.Decode(t, filled, []testcheck.Malformed{
			testcheck.Bad("items number", `{"id":"d","items":5}`, testcheck.VE("List.UnmarshalJSON", "json", `"5"`, shenyang.ErrSyntax)),
			testcheck.Bad("bad period", `{"id":"d","period":{"iso":"19"}}`, testcheck.VE("Period.UnmarshalJSON", "period", `"19"`, shenyang.ErrSyntax)),
		})
	})
	t.Run("statement", func(t *testing.T) {
		testcheck.Decode(t, shenyang.Statement{ID: "s", Speaker: shenyang.Person{Name: "n"}}, []testcheck.Malformed{
			// The speaker's own decoder reports it.
			testcheck.Bad("speaker string", `{"id":"t","speaker":"n"}`, testcheck.VE("Person.UnmarshalJSON", "json", `"\"n\""`, shenyang.ErrSyntax)),
			testcheck.Bad("id number", `{"id":1}`, testcheck.VE("Statement.UnmarshalJSON", "id", "of JSON type number", shenyang.ErrSyntax)),
		})
	})
	t.Run("list", func(t *testing.T) {
		testcheck.Decode(t, shenyang.ListOf("a", "b"), []testcheck.Malformed{
			testcheck.Bad("object", `{"a":1}`, testcheck.VE("List.UnmarshalJSON", "json", `"{\"a\":1}"`, shenyang.ErrSyntax)),
			testcheck.Bad("numbers", `[1,2]`, testcheck.VE("List.UnmarshalJSON", "json", `"[1,2]"`, shenyang.ErrSyntax)),
		})
	})
}

func TestJSONNullUnsets(t *testing.T) {
	// null is the unset value of every type that encodes it so, whatever
	// the target held before.
	r := shenyang.Exactly(decimal.New(1, 0))
	m := mustMoney(t, 1, 0, shenyang.CNY)
	rate, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(7, 0))
	if err != nil {
		t.Fatal(err)
	}
	b := shenyang.Closed(decimal.New(1, 0))
	f := shenyang.Figure{ID: "x"}
	for _, target := range []any{&r, &m, &rate, &b, &f} {
		if err := json.Unmarshal([]byte("null"), target); err != nil {
			t.Errorf("json.Unmarshal(null, %T): %v", target, err)
		}
	}
	if !r.IsZero() || !m.IsZero() || !rate.IsZero() || !b.IsZero() || !f.IsZero() {
		t.Errorf("after null: range %v, money %v, rate %v, bound zero %v, figure zero %v; want all unset", r, m, rate, b.IsZero(), f.IsZero())
	}
}

func TestMarshalRefusesValuesDecodingWouldReject(t *testing.T) {
	huge := decimal.New(1, 1001)
	tests := []struct {
		name string
		v    any
		want testcheck.Failure
	}{
		{"figure value", shenyang.Figure{Value: huge}, testcheck.VE("Figure.MarshalJSON", "value", "with exponent 1001 and length 1", shenyang.ErrOutOfRange)},
		{"range bound", shenyang.Exactly(huge), testcheck.VE("Range.MarshalJSON", "low", "with exponent 1001 and length 1", shenyang.ErrOutOfRange)},
		{"bound", shenyang.Open(huge), testcheck.VE("Bound.MarshalJSON", "value", "with exponent 1001 and length 1", shenyang.ErrOutOfRange)},
		{"unit", shenyang.Unit(9), testcheck.VE("Unit.MarshalText", "unit", "9", shenyang.ErrInvalid)},
		{"qualifier", shenyang.Qualifier(7), testcheck.VE("Qualifier.MarshalText", "qualifier", "7", shenyang.ErrInvalid)},
		{"status", shenyang.Status(3), testcheck.VE("Status.MarshalText", "status", "3", shenyang.ErrInvalid)},
		{"currency", shenyang.Currency(3), testcheck.VE("Currency.MarshalText", "currency", "#3", shenyang.ErrUnknownCurrency)},
		{"unit in figure", shenyang.Figure{Unit: shenyang.Unit(200)}, testcheck.VE("Unit.MarshalText", "unit", "200", shenyang.ErrInvalid)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b []byte
			var err error
			switch m := tt.v.(type) {
			case json.Marshaler:
				b, err = m.MarshalJSON()
			case encoding.TextMarshaler:
				b, err = m.MarshalText()
			default:
				t.Fatalf("%T has neither MarshalJSON nor MarshalText", tt.v)
			}
			testcheck.Err(t, err, tt.want)
			if b != nil {
				t.Errorf("wrote %s with the error", b)
			}
			// encoding/json wraps the error, which still matches.
			if _, err := json.Marshal(tt.v); !errors.Is(err, tt.want.Is) {
				t.Errorf("json.Marshal error = %v, want one wrapping %v", err, tt.want.Is)
			}
		})
	}
}

func TestTextRoundTrip(t *testing.T) {
	// Each text, parsed and written again, is itself.
	ranges := []string{
		"[1645000000, 1655000000]", "(100, +inf)", "[100, +inf)", "(-inf, -0.5)", "(-inf, 0]",
		"[0, 0]", "(0.7119848413074372, 0.7136083451872926]", "[-1, 1)", "unset",
	}
	for _, s := range ranges {
		r, err := shenyang.ParseRange(s)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", s, err)
			continue
		}
		if got := r.String(); got != s {
			t.Errorf("ParseRange(%q).String() = %q", s, got)
		}
	}
	for _, s := range []string{"105500000000 CNY", "-44.9 USD", "0 CNY", "0.15 USD", "unset"} {
		m, err := shenyang.ParseMoney(s)
		if err != nil {
			t.Errorf("ParseMoney(%q): %v", s, err)
			continue
		}
		if got := m.String(); got != s {
			t.Errorf("ParseMoney(%q).String() = %q", s, got)
		}
	}
	for _, s := range []string{"2019", "2020-01", "2020-04-09", "2009/2020", "2019-12/2020-01-31"} {
		p, err := shenyang.ParsePeriod(s)
		if err != nil || p.String() != s {
			t.Errorf("ParsePeriod(%q) = %q, %v", s, p.String(), err)
		}
	}
	// Every enumeration value, the unset one included.
	for c := shenyang.Currency(0); c <= shenyang.USD; c++ {
		textRoundTrip(t, c)
	}
	for u := shenyang.Unit(0); u <= shenyang.UnitUSDPerCNY; u++ {
		textRoundTrip(t, u)
	}
	for q := shenyang.Qualifier(0); q <= shenyang.AtLeast; q++ {
		textRoundTrip(t, q)
	}
	for s := shenyang.Status(0); s <= shenyang.Derived; s++ {
		textRoundTrip(t, s)
	}
	// The String forms agree with the text forms, and Parse reads them.
	for u := shenyang.UnitCNY; u <= shenyang.UnitUSDPerCNY; u++ {
		if got, err := shenyang.ParseUnit(u.String()); err != nil || got != u {
			t.Errorf("ParseUnit(%q) = %v, %v; want %v", u.String(), got, err, u)
		}
	}
	for q := shenyang.AsPrinted; q <= shenyang.AtLeast; q++ {
		if got, err := shenyang.ParseQualifier(q.String()); err != nil || got != q {
			t.Errorf("ParseQualifier(%q) = %v, %v; want %v", q.String(), got, err, q)
		}
	}
	for c := shenyang.CNY; c <= shenyang.USD; c++ {
		if got, err := shenyang.ParseCurrency(c.String()); err != nil || got != c {
			t.Errorf("ParseCurrency(%q) = %v, %v; want %v", c.String(), got, err, c)
		}
	}
}

// textMarshaler is a value with a text form that its pointer decodes.
type textMarshaler[T any] interface {
	comparable
	MarshalText() ([]byte, error)
}

func textRoundTrip[T textMarshaler[T]](t *testing.T, v T) {
	t.Helper()
	b, err := v.MarshalText()
	if err != nil {
		t.Errorf("%T(%v).MarshalText: %v", v, v, err)
		return
	}
	var got T
	u, ok := any(&got).(interface{ UnmarshalText([]byte) error })
	if !ok {
		t.Fatalf("%T has no UnmarshalText", &got)
	}
	if err := u.UnmarshalText(b); err != nil || got != v {
		t.Errorf("%T text round trip of %v via %q = %v, %v", v, v, b, got, err)
	}
}

func TestParseRangeErrors(t *testing.T) {
	const op = "ParseRange"
	syntax := func(s string) testcheck.Failure { return testcheck.VE(op, "range", `"`+s+`"`, shenyang.ErrSyntax) }
	tests := []struct {
		in   string
		want testcheck.Failure
	}{
		{"", syntax("")},
		{"[", syntax("[")},
		{"[1, 2", syntax("[1, 2")},
		{"[1,2]", syntax("[1,2]")},
		{"{1, 2}", syntax("{1, 2}")},
		{"[1, 2}", syntax("[1, 2}")},
		{"[-inf, 1]", syntax("[-inf, 1]")},
		{"(1, +inf]", syntax("(1, +inf]")},
		{"(+inf, 1)", syntax("(+inf, 1)")},
		{"(1, -inf)", syntax("(1, -inf)")},
		{"[1e5, 2]", syntax("[1e5, 2]")},
		{"[ 1, 2]", syntax("[ 1, 2]")},
		{"Unset", syntax("Unset")},
		{"(-inf, +inf)", testcheck.VE(op, "bounds", "", shenyang.ErrUnbounded)},
		{"[2, 1]", testcheck.VE(op, "bounds", "[2, 1]", shenyang.ErrEmptyRange)},
		{"(1, 1]", testcheck.VE(op, "bounds", "(1, 1]", shenyang.ErrEmptyRange)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := shenyang.ParseRange(tt.in)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("range on error = %v, want unset", r)
			}
		})
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
		b shenyang.Bound
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
		{"Bound JSON", decode(&b), `{"kind":"open","value":"` + tiny + `"}`,
			testcheck.VE("Bound.UnmarshalJSON", "value", qTiny, shenyang.ErrOutOfRange)},
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

// TestFigureUnmarshalJSONConsistency checks that a decoded figure is
// consistent: its value lies in its range, or for a reported figure
// qualified "more than", "surpassed" or "at least" is the range's open or
// closed lower bound; a count is whole and a rate positive; a derived
// figure has a formula and inputs, a reported one a citation (issue 11,
// item 9). Every count is whole, the derived ones too: the dataset's
// investors.fortune500.local-companies.combined is 173, the midpoint of the
// whole numbers 171 to 175 that both editions allow.
func TestFigureUnmarshalJSONConsistency(t *testing.T) {
	const op = "Figure.UnmarshalJSON"
	cite := `"citations":[{"source":{"id":"s"},"quote":"q"}]`
	deriv := `"derivation":{"formula":"a / b","inputs":["a","b"]}`
	rng := func(low, high string, lowOpen, highOpen bool) string {
		b, _ := json.Marshal(map[string]any{"low": low, "low_open": lowOpen, "high": high, "high_open": highOpen})
		if high == "" {
			b, _ = json.Marshal(map[string]any{"low": low, "low_open": lowOpen, "high": nil, "high_open": false})
		}
		return `"range":` + string(b)
	}
	fig := func(value, unit, qualifier, status string, rest ...string) string {
		s := `{"id":"x","value":"` + value + `","unit":"` + unit + `","qualifier":"` + qualifier + `","status":"` + status + `"`
		for _, r := range rest {
			s += "," + r
		}
		return s + "}"
	}
	t.Run("consistent", func(t *testing.T) {
		for _, tt := range []struct{ name, json string }{
			{"reported as printed", fig("1.5", "ratio", "as printed", "reported", rng("1.45", "1.55", false, false), cite)},
			{"reported at a closed bound", fig("1.45", "ratio", "as printed", "reported", rng("1.45", "1.55", false, false), cite)},
			{"reported more than", fig("100", "count", "more than", "reported", rng("100", "", true, false), cite)},
			{"reported surpassed", fig("52000000000", "CNY", "surpassed", "reported", rng("52000000000", "", true, false), cite)},
			{"reported at least", fig("7", "count", "at least", "reported", rng("7", "", false, false), cite)},
			// 1.0 is a whole count written with a point.
			{"whole count written 1.0", fig("1.0", "count", "as printed", "reported", rng("0.5", "1.5", false, false), cite)},
			{"rate", fig("7.0333", "CNY per USD", "as printed", "derived", rng("7.03", "7.04", false, false), deriv)},
			// A derived count is whole: 173 of [171, 175].
			{"derived count", fig("173", "count", "computed", "derived", rng("171", "175", false, false), deriv)},
			// A derived figure's value lies in its range, whatever its
			// qualifier.
			{"derived more than", fig("0.7127962085308057", "ratio", "more than", "derived", rng("0.7", "", true, false), deriv)},
			{"derived as printed", fig("0.15", "ratio", "as printed", "derived", rng("0.1", "0.2", true, true), deriv)},
			{"derived some", fig("0.15", "ratio", "some", "derived", rng("0.1", "0.2", false, false), deriv)},
			{"zero figure", `{"id":"","label":"","period":{"iso":""},"value":"0","unit":"","range":null,"qualifier":"","status":"","citations":[]}`},
		} {
			t.Run(tt.name, func(t *testing.T) {
				var f shenyang.Figure
				if err := json.Unmarshal([]byte(tt.json), &f); err != nil {
					t.Fatalf("json.Unmarshal(%s): %v", tt.json, err)
				}
			})
		}
	})
	filled := shenyang.Figure{ID: "f", Value: decimal.New(15, -2), Unit: shenyang.UnitRatio, Status: shenyang.Reported,
		Range: shenyang.Exactly(decimal.New(15, -2)), Citations: shenyang.ListOf(shenyang.Cite("q"))}
	testcheck.Decode(t, filled, []testcheck.Malformed{
		// The case: value 100 in [1, 2], as printed.
		testcheck.Bad("value outside a two-sided range", fig("100", "ratio", "as printed", "reported", rng("1", "2", false, false), cite),
			testcheck.VE(op, "value", "100 outside range [1, 2]", shenyang.ErrInconsistent)),
		testcheck.Bad("value at an open bound", fig("1", "ratio", "as printed", "reported", rng("1", "2", true, false), cite),
			testcheck.VE(op, "value", "1 outside range (1, 2]", shenyang.ErrInconsistent)),
		testcheck.Bad("derived value outside its range", fig("3", "ratio", "as printed", "derived", rng("1", "2", false, false), deriv),
			testcheck.VE(op, "value", "3 outside range [1, 2]", shenyang.ErrInconsistent)),
		testcheck.Bad("derived value at the open bound of a one-sided range", fig("0.7", "ratio", "more than", "derived", rng("0.7", "", true, false), deriv),
			testcheck.VE(op, "value", "0.7 outside range (0.7, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("more than, closed bound", fig("100", "count", "more than", "reported", rng("100", "", false, false), cite),
			testcheck.VE(op, "value", "100 qualified more than, not the open lower bound of range [100, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("surpassed, other bound", fig("100", "count", "surpassed", "reported", rng("99", "", true, false), cite),
			testcheck.VE(op, "value", "100 qualified surpassed, not the open lower bound of range (99, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("at least, open bound", fig("7", "count", "at least", "reported", rng("7", "", true, false), cite),
			testcheck.VE(op, "value", "7 qualified at least, not the closed lower bound of range (7, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("more than, no lower bound", fig("7", "count", "more than", "reported", `"range":{"low":null,"high":"8","high_open":false}`, cite),
			testcheck.VE(op, "value", "7 qualified more than, not the open lower bound of range (-inf, 8]", shenyang.ErrInconsistent)),
		testcheck.Bad("derived count not whole", fig("172.5", "count", "computed", "derived", rng("170", "175", true, false), deriv),
			testcheck.VE(op, "value", "172.5 of unit count, not a whole number", shenyang.ErrInconsistent)),
		testcheck.Bad("count not whole", fig("1.5", "count", "as printed", "reported", rng("1.45", "1.55", false, false), cite),
			testcheck.VE(op, "value", "1.5 of unit count, not a whole number", shenyang.ErrInconsistent)),
		testcheck.Bad("rate not positive", fig("-7", "CNY per USD", "as printed", "derived", rng("-8", "-6", false, false), deriv),
			testcheck.VE(op, "value", "-7 of unit CNY per USD", shenyang.ErrNotPositive)),
		testcheck.Bad("rate zero", fig("0", "USD per CNY", "as printed", "derived", rng("0", "0.1", false, false), deriv),
			testcheck.VE(op, "value", "0 of unit USD per CNY", shenyang.ErrNotPositive)),
		testcheck.Bad("derived without a derivation", fig("0.15", "ratio", "as printed", "derived", rng("0.1", "0.2", false, false)),
			testcheck.VE(op, "derivation formula", "of a derived figure", shenyang.ErrUnset)),
		testcheck.Bad("derived without inputs", fig("0.15", "ratio", "as printed", "derived", rng("0.1", "0.2", false, false), `"derivation":{"formula":"0.15","inputs":[]}`),
			testcheck.VE(op, "derivation inputs", "of a derived figure", shenyang.ErrUnset)),
		testcheck.Bad("reported without a citation", fig("0.15", "ratio", "as printed", "reported", rng("0.145", "0.155", false, false)),
			testcheck.VE(op, "citations", "of a reported figure", shenyang.ErrUnset)),
		testcheck.Bad("reported with an empty citation list", fig("0.15", "ratio", "as printed", "reported", rng("0.145", "0.155", false, false), `"citations":[]`),
			testcheck.VE(op, "citations", "of a reported figure", shenyang.ErrUnset)),
	})
}

// dataFigures returns every figure of the data packages.
func dataFigures() []shenyang.Figure {
	var all []shenyang.Figure
	for _, seq := range []func(func(shenyang.Figure) bool){indicators.Figures(), trade.Figures(), investors.Figures()} {
		for f := range seq {
			all = append(all, f)
		}
	}
	return all
}

// TestFigureRangeSurvivesJSON checks that every figure of the dataset
// decodes from its JSON with the same Range, which is the authority on the
// values a figure stands for: the exponent of Value that RangeOf reads does
// not survive the JSON form (issue 11, item 10).
func TestFigureRangeSurvivesJSON(t *testing.T) {
	all := dataFigures()
	if len(all) == 0 {
		t.Fatal("no figures")
	}
	for _, f := range all {
		t.Run(f.ID, func(t *testing.T) {
			b, err := json.Marshal(f)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			var got shenyang.Figure
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", b, err)
			}
			// String as well as Equal: the same bounds written alike.
			if !got.Range.Equal(f.Range) || got.Range.String() != f.Range.String() {
				t.Errorf("Range after JSON = %v, want %v", got.Range, f.Range)
			}
		})
	}
	// Why Range is the authority: 1.65 billion as printed is 165e7, which
	// stands for [1645000000, 1655000000]; decoded, the value is
	// 1650000000 with exponent 0, which as printed would stand for
	// [1649999999.5, 1650000000.5].
	fc, ok := indicators.Figure(indicators.ForeignCapital2019)
	if !ok {
		t.Fatal("no foreign capital figure")
	}
	b, err := json.Marshal(fc)
	if err != nil {
		t.Fatal(err)
	}
	var got shenyang.Figure
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	fromValue, err := shenyang.RangeOf(got.Value, got.Qualifier)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("[1645000000, 1655000000] [1649999999.5, 1650000000.5]", got.Range.String()+" "+fromValue.String()); diff != "" {
		t.Errorf("decoded Range and RangeOf(Value) mismatch (-want +got):\n%s", diff)
	}
}

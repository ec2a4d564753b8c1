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
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

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
		for s := range dataset.Statements() {
			testcheck.RoundTrip(t, s)
		}
		for c := range dataset.Claims() {
			testcheck.RoundTrip(t, c)
		}
		for s := range shenyang.Sources() {
			testcheck.RoundTrip(t, s)
		}
	})
}

func TestJSONMalformedLeavesTargetUnchanged(t *testing.T) {
	const (
		rop = "Range.UnmarshalJSON"
		mop = "Money.UnmarshalJSON"
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
			testcheck.Bad("inverted", `{"low":"2","high":"1"}`, testcheck.VE("NewRange", "bounds", "[2, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("empty open", `{"low":"1","low_open":true,"high":"1"}`, testcheck.VE("NewRange", "bounds", "(1, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("no bounds", `{}`, testcheck.VE("NewRange", "bounds", "", shenyang.ErrUnbounded)),
			testcheck.Bad("both null", `{"low":null,"high":null}`, testcheck.VE("NewRange", "bounds", "", shenyang.ErrUnbounded)),
			testcheck.Bad("open without bound", `{"low":null,"low_open":true,"high":"1"}`, testcheck.VE(rop, "low_open", "true without a low bound", shenyang.ErrSyntax)),
		})
	})
	t.Run("money", func(t *testing.T) {
		testcheck.Decode(t, mustMoney(t, 1055, 8, shenyang.CNY), []testcheck.Malformed{
			testcheck.Bad("unknown currency", `{"amount":"1","currency":"EUR"}`, testcheck.VE("ParseCurrency", "code", `"EUR"`, shenyang.ErrUnknownCurrency)),
			testcheck.Bad("lower case code", `{"amount":"1","currency":"usd"}`, testcheck.VE("ParseCurrency", "code", `"usd"`, shenyang.ErrUnknownCurrency)),
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
				testcheck.VE("RateBetween", "quote currency", "USD", shenyang.ErrSameCurrency)),
			testcheck.Bad("zero base", `{"base":{"amount":"0","currency":"USD"},"quote":{"amount":"105.5","currency":"CNY"}}`, testcheck.VE("RateBetween", "base", "0 USD", shenyang.ErrNotPositive)),
			testcheck.Bad("negative quote", `{"base":{"amount":"1","currency":"USD"},"quote":{"amount":"-7","currency":"CNY"}}`, testcheck.VE("RateBetween", "quote", "-7 CNY", shenyang.ErrNotPositive)),
			testcheck.Bad("no base", `{"quote":{"amount":"7","currency":"CNY"}}`, testcheck.VE("RateBetween", "base", "", shenyang.ErrUnset)),
			testcheck.Bad("null quote", `{"base":{"amount":"1","currency":"USD"},"quote":null}`, testcheck.VE("RateBetween", "quote", "", shenyang.ErrUnset)),
			testcheck.Bad("unknown currency", `{"base":{"amount":"1","currency":"XXX"},"quote":{"amount":"7","currency":"CNY"}}`, testcheck.VE("ParseCurrency", "code", `"XXX"`, shenyang.ErrUnknownCurrency)),
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
			testcheck.Bad("unknown unit", `{"id":"g","value":"1","unit":"percent"}`, testcheck.VE("ParseUnit", "unit", `"percent"`, shenyang.ErrSyntax)),
			testcheck.Bad("unknown qualifier", `{"id":"g","value":"1","qualifier":"about"}`, testcheck.VE("ParseQualifier", "qualifier", `"about"`, shenyang.ErrSyntax)),
			testcheck.Bad("unknown status", `{"id":"g","value":"1","status":"estimated"}`, testcheck.VE("Status.UnmarshalText", "status", `"estimated"`, shenyang.ErrSyntax)),
			testcheck.Bad("inverted range", `{"id":"g","value":"1","range":{"low":"2","high":"1"}}`, testcheck.VE("NewRange", "bounds", "[2, 1]", shenyang.ErrEmptyRange)),
			testcheck.Bad("bad period", `{"id":"g","value":"1","period":{"iso":"2019-13"}}`, testcheck.VE("Period.UnmarshalJSON", "period", `"2019-13"`, shenyang.ErrSyntax)),
			testcheck.Bad("citations object", `{"id":"g","value":"1","citations":{}}`, testcheck.VE("List.UnmarshalJSON", "json", `"{}"`, shenyang.ErrSyntax)),
			testcheck.Bad("bad derivation", `{"id":"g","value":"1","derivation":{"inputs":[1]}}`, testcheck.VE("List.UnmarshalJSON", "json", `"[1]"`, shenyang.ErrSyntax)),
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
	f := shenyang.Figure{ID: "x"}
	for _, target := range []any{&r, &m, &rate, &f} {
		if err := json.Unmarshal([]byte("null"), target); err != nil {
			t.Errorf("json.Unmarshal(null, %T): %v", target, err)
		}
	}
	if !r.IsZero() || !m.IsZero() || !rate.IsZero() || !f.IsZero() {
		t.Errorf("after null: range %v, money %v, rate %v, figure zero %v; want all unset", r, m, rate, f.IsZero())
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
		{"unit", shenyang.Unit(9), testcheck.VE("Unit.MarshalText", "unit", "9", shenyang.ErrInvalid)},
		{"qualifier", shenyang.Qualifier(9), testcheck.VE("Qualifier.MarshalText", "qualifier", "9", shenyang.ErrInvalid)},
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

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"closed range", rng(t, "[1645000000, 1655000000]"),
			`{"low":"1645000000","low_open":false,"high":"1655000000","high_open":false}`},
		{"one-sided range", rng(t, "(100, +inf)"),
			`{"low":"100","low_open":true,"high":null,"high_open":false}`},
		{"range below", rng(t, "(-inf, -0.5)"),
			`{"low":null,"low_open":false,"high":"-0.5","high_open":true}`},
		{"unset range", shenyang.Range{}, `null`},
		{"money", money(t, "105500000000", shenyang.CNY), `{"amount":"105500000000","currency":"CNY"}`},
		{"money with decimals", money(t, "-44.90", shenyang.USD), `{"amount":"-44.9","currency":"USD"}`},
		{"unset money", shenyang.Money{}, `null`},
		{"currency", shenyang.USD, `"USD"`},
		{"unit", shenyang.UnitCNYPerUSD, `"CNY per USD"`},
		{"unset unit", shenyang.Unit(0), `""`},
		{"qualifier", shenyang.MoreThan, `"more than"`},
		{"at least", shenyang.AtLeast, `"at least"`},
		{"unset qualifier", shenyang.Qualifier(0), `""`},
		{"status", shenyang.Derived, `"derived"`},
		{"unset status", shenyang.Status(0), `""`},
		{"period", shenyang.Period{ISO: "2019"}, `{"iso":"2019"}`},
		{"inferred period", shenyang.Period{ISO: "2019", InferredFrom: "last year"}, `{"iso":"2019","inferred_from":"last year"}`},
		{"citation", shenyang.Citation{Source: shenyang.Source{ID: "s"}, Quote: "q"},
			`{"source":{"id":"s","publisher":"","title":"","url":"","published":"","language":""},"quote":"q"}`},
		// A citation without a quote omits the key and carries its note.
		{"unquoted citation", shenyang.Citation{Source: shenyang.Source{ID: "s"}, Note: "no quote: n"},
			`{"source":{"id":"s","publisher":"","title":"","url":"","published":"","language":""},"note":"no quote: n"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

package shenyang_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// foreignCapital is a figure built by hand, as the indicators package
// would build it.
func foreignCapital(t *testing.T) shenyang.Figure {
	t.Helper()
	r, err := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	if err != nil {
		t.Fatal(err)
	}
	return shenyang.Figure{
		ID:        "indicators.foreign-capital.2019",
		Label:     "Actual use of foreign capital",
		Period:    shenyang.Period{ISO: "2019"},
		Value:     decimal.New(165, 7),
		Unit:      shenyang.UnitUSD,
		Range:     r,
		Qualifier: shenyang.AsPrinted,
		Printed:   "$1.65 billion",
		Status:    shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Cite("surged 15 percent to reach $1.65 billion in 2019")),
	}
}

func TestFigure(t *testing.T) {
	f := foreignCapital(t)
	if f.IsZero() {
		t.Error("IsZero() = true, want false")
	}
	if got, want := f.String(), "indicators.foreign-capital.2019 = 1650000000 USD"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	m, ok := f.Money()
	if !ok || m.String() != "1650000000 USD" {
		t.Errorf("Money() = %v, %v; want 1650000000 USD, true", m, ok)
	}
	c, ok := f.Primary()
	if diff := cmp.Diff(shenyang.Cite("surged 15 percent to reach $1.65 billion in 2019"), c); !ok || diff != "" {
		t.Errorf("Primary() ok = %v, mismatch (-want +got):\n%s", ok, diff)
	}

	ratio := shenyang.Figure{ID: "indicators.foreign-capital-growth.2019", Value: decimal.New(15, -2), Unit: shenyang.UnitRatio}
	if got, want := ratio.String(), "indicators.foreign-capital-growth.2019 = 0.15 ratio"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if m, ok := ratio.Money(); ok || !m.IsZero() {
		t.Errorf("Money() of a ratio = %v, %v; want unset, false", m, ok)
	}
	if c, ok := ratio.Primary(); ok || c != (shenyang.Citation{}) {
		t.Errorf("Primary() without citations = %+v, %v; want zero, false", c, ok)
	}
	cny := shenyang.Figure{ID: "x", Value: decimal.New(1055, 8), Unit: shenyang.UnitCNY}
	if m, ok := cny.Money(); !ok || m.String() != "105500000000 CNY" {
		t.Errorf("Money() = %v, %v; want 105500000000 CNY, true", m, ok)
	}
}

func TestFigureIsZero(t *testing.T) {
	tests := []struct {
		name string
		f    shenyang.Figure
		want bool
	}{
		{"zero", shenyang.Figure{}, true},
		{"id", shenyang.Figure{ID: "x"}, false},
		{"status", shenyang.Figure{Status: shenyang.Derived}, false},
	}
	for _, tt := range tests {
		if got := tt.f.IsZero(); got != tt.want {
			t.Errorf("%s: IsZero() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// jsonValue decodes b into generic values, numbers kept as json.Number.
func jsonValue(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return v
}

func TestFigureMarshalJSON(t *testing.T) {
	reported := foreignCapital(t)
	src := `{"id":"chinadaily-2020-04-09","publisher":"China Daily Global",` +
		`"title":"Shenyang's opening-up attracts foreign capital",` +
		`"url":"http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html",` +
		`"published":"2020-04-09","language":"en"}`
	derivedRange, err := shenyang.NewRange(shenyang.Closed(d("30200000000")), shenyang.Closed(d("30400000000")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    shenyang.Figure
		want string
	}{
		{"reported", reported, `{
			"id": "indicators.foreign-capital.2019",
			"label": "Actual use of foreign capital",
			"period": {"iso": "2019"},
			"value": "1650000000",
			"unit": "USD",
			"range": {"low": "1645000000", "low_open": false, "high": "1655000000", "high_open": false},
			"qualifier": "as printed",
			"printed": "$1.65 billion",
			"status": "reported",
			"citations": [{"source": ` + src + `, "quote": "surged 15 percent to reach $1.65 billion in 2019"}]
		}`},
		{"derived", shenyang.Figure{
			ID:         "trade.exports.2019",
			Label:      "Exports",
			Period:     shenyang.Period{ISO: "2019", InferredFrom: "last year"},
			Value:      decimal.New(303, 8),
			Unit:       shenyang.UnitCNY,
			Range:      derivedRange,
			Qualifier:  shenyang.AsPrinted,
			Status:     shenyang.Derived,
			Derivation: shenyang.Derivation{Formula: "a - b", Inputs: shenyang.ListOf("a", "b")},
			Note:       "computed",
		}, `{
			"id": "trade.exports.2019",
			"label": "Exports",
			"period": {"iso": "2019", "inferred_from": "last year"},
			"value": "30300000000",
			"unit": "CNY",
			"range": {"low": "30200000000", "low_open": false, "high": "30400000000", "high_open": false},
			"qualifier": "as printed",
			"status": "derived",
			"derivation": {"formula": "a - b", "inputs": ["a", "b"]},
			"citations": [],
			"note": "computed"
		}`},
		{"zero", shenyang.Figure{}, `{
			"id": "", "label": "", "period": {"iso": ""}, "value": "0", "unit": "",
			"range": null, "qualifier": "", "status": "", "citations": []
		}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.f)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(jsonValue(t, []byte(tt.want)), jsonValue(t, b)); diff != "" {
				t.Errorf("Figure JSON mismatch (-want +got):\n%s", diff)
			}
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
			// A derived "more than" figure may have its value at the bound:
			// more than 100 plus exactly 188 is more than 288.
			{"derived more than at its bound", fig("288", "count", "more than", "derived", rng("288", "", true, false), deriv)},
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
		testcheck.Bad("derived value at the open bound of a two-sided range", fig("0.7", "ratio", "computed", "derived", rng("0.7", "1", true, false), deriv),
			testcheck.VE(op, "value", "0.7 outside range (0.7, 1]", shenyang.ErrInconsistent)),
		// review of v0.3: "more than" with an upper bound too, reported and
		// derived, was taken
		testcheck.Bad("more than, bounded above too", fig("1", "ratio", "more than", "reported", rng("1", "2", true, true), cite),
			testcheck.VE(op, "value", "1 qualified more than, not the open lower bound of the one-sided range (1, 2)", shenyang.ErrInconsistent)),
		testcheck.Bad("derived more than at the open bound of a two-sided range", fig("1", "ratio", "more than", "derived", rng("1", "2", true, true), deriv),
			testcheck.VE(op, "value", "1 outside range (1, 2)", shenyang.ErrInconsistent)),
		testcheck.Bad("more than, closed bound", fig("100", "count", "more than", "reported", rng("100", "", false, false), cite),
			testcheck.VE(op, "value", "100 qualified more than, not the open lower bound of the one-sided range [100, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("surpassed, other bound", fig("100", "count", "surpassed", "reported", rng("99", "", true, false), cite),
			testcheck.VE(op, "value", "100 qualified surpassed, not the open lower bound of the one-sided range (99, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("at least, open bound", fig("7", "count", "at least", "reported", rng("7", "", true, false), cite),
			testcheck.VE(op, "value", "7 qualified at least, not the closed lower bound of the one-sided range (7, +inf)", shenyang.ErrInconsistent)),
		testcheck.Bad("more than, no lower bound", fig("7", "count", "more than", "reported", `"range":{"low":null,"high":"8","high_open":false}`, cite),
			testcheck.VE(op, "value", "7 qualified more than, not the open lower bound of the one-sided range (-inf, 8]", shenyang.ErrInconsistent)),
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

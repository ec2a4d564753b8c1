package shenyang_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

func TestMarshalJSONIgnoresDecimalGlobals(t *testing.T) {
	// Not parallel: it changes shopspring/decimal's settings and puts them
	// back.
	defer func(q, trim, sci bool) {
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation = q, trim, sci
	}(decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation)
	decimal.MarshalJSONWithoutQuotes = true
	decimal.TrimTrailingZeros = false
	decimal.UseScientificNotation = true
	b, err := json.Marshal(rng(t, "[1.50, 165e7]"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"low":"1.5","low_open":false,"high":"1650000000","high_open":false}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
	}
	if got := shenyang.FormatDecimal(decimal.New(1500, -3)); got != "1.5" {
		t.Errorf("FormatDecimal(1.500) = %q, want %q", got, "1.5")
	}
}

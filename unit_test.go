package shenyang_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestUnit(t *testing.T) {
	type view struct {
		Valid    bool
		String   string
		Currency shenyang.Currency
		IsMoney  bool
	}
	tests := []struct {
		u    shenyang.Unit
		want view
	}{
		{0, view{false, "", 0, false}},
		{shenyang.UnitCNY, view{true, "CNY", shenyang.CNY, true}},
		{shenyang.UnitUSD, view{true, "USD", shenyang.USD, true}},
		{shenyang.UnitRatio, view{true, "ratio", 0, false}},
		{shenyang.UnitCount, view{true, "count", 0, false}},
		{shenyang.UnitCNYPerUSD, view{true, "CNY per USD", 0, false}},
		{shenyang.UnitUSDPerCNY, view{true, "USD per CNY", 0, false}},
		{shenyang.Unit(7), view{false, "", 0, false}},
		{shenyang.Unit(200), view{false, "", 0, false}},
	}
	for _, tt := range tests {
		t.Run(tt.want.String, func(t *testing.T) {
			c, ok := tt.u.Currency()
			got := view{tt.u.Valid(), tt.u.String(), c, ok}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Unit(%d) mismatch (-want +got):\n%s", tt.u, diff)
			}
		})
	}
}

// unitForms is what ParseUnit's errors say it accepts.
const unitForms = `CNY, USD, ratio, count, "CNY per USD" or "USD per CNY"`

func TestParseUnit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want shenyang.Unit
	}{
		{"CNY", shenyang.UnitCNY}, {"USD", shenyang.UnitUSD}, {"ratio", shenyang.UnitRatio}, {"count", shenyang.UnitCount},
		{"CNY per USD", shenyang.UnitCNYPerUSD}, {"USD per CNY", shenyang.UnitUSDPerCNY},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := shenyang.ParseUnit(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseUnit(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in    string
		quote string
	}{
		{"cny", `"cny"`}, {"Ratio", `"Ratio"`}, {"CNY/USD", `"CNY/USD"`}, {"percent", `"percent"`},
	} {
		t.Run("error "+tt.quote, func(t *testing.T) {
			got, err := shenyang.ParseUnit(tt.in)
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrSyntax,
				Val: &shenyang.ValueError{Op: "ParseUnit", Arg: "unit", Value: tt.quote, Err: shenyang.ErrSyntax, Want: unitForms},
				Msg: "shenyang: ParseUnit: unit " + tt.quote + ": invalid syntax (want " + unitForms + ")"})
			if got != 0 {
				t.Errorf("unit on error = %d, want 0", got)
			}
		})
	}
}

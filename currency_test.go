package shenyang_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestCurrency(t *testing.T) {
	type view struct {
		Valid  bool
		String string
		Unit   shenyang.Unit
	}
	tests := []struct {
		c    shenyang.Currency
		want view
	}{
		{0, view{false, "", 0}},
		{shenyang.CNY, view{true, "CNY", shenyang.UnitCNY}},
		{shenyang.USD, view{true, "USD", shenyang.UnitUSD}},
		{shenyang.Currency(3), view{false, "", 0}},
		{shenyang.Currency(255), view{false, "", 0}},
	}
	for _, tt := range tests {
		t.Run(tt.want.String, func(t *testing.T) {
			got := view{tt.c.Valid(), tt.c.String(), tt.c.Unit()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Currency(%d) mismatch (-want +got):\n%s", tt.c, diff)
			}
		})
	}
	if shenyang.CNY != 1 || shenyang.USD != 2 {
		t.Errorf("CNY, USD = %d, %d; want 1, 2 (the zero value must stay unset)", shenyang.CNY, shenyang.USD)
	}
}

func TestParseCurrency(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want shenyang.Currency
	}{{"CNY", shenyang.CNY}, {"USD", shenyang.USD}} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := shenyang.ParseCurrency(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseCurrency(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in    string
		quote string
	}{
		{"cny", `"cny"`}, {"EUR", `"EUR"`}, {" USD", `" USD"`}, {"RMB", `"RMB"`},
	} {
		t.Run("error "+tt.quote, func(t *testing.T) {
			got, err := shenyang.ParseCurrency(tt.in)
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
				Val: &shenyang.ValueError{Op: "ParseCurrency", Arg: "code", Value: tt.quote, Err: shenyang.ErrUnknownCurrency, Want: "CNY or USD"},
				Msg: "shenyang: ParseCurrency: code " + tt.quote + ": unknown currency (want CNY or USD)"})
			if got != 0 {
				t.Errorf("currency on error = %d, want 0", got)
			}
		})
	}
}

func TestCurrencyText(t *testing.T) {
	b, err := shenyang.CNY.MarshalText()
	if err != nil || string(b) != "CNY" {
		t.Errorf("CNY.MarshalText() = %q, %v; want CNY, nil", b, err)
	}
	// The unset currency encodes as the empty text, which decodes back.
	if b, err := shenyang.Currency(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Currency(0).MarshalText() = %q, %v; want empty, nil", b, err)
	}
	for _, tt := range []struct {
		c    shenyang.Currency
		text string
	}{{shenyang.Currency(7), "#7"}} {
		t.Run(tt.text, func(t *testing.T) {
			b, err := tt.c.MarshalText()
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
				Val: &shenyang.ValueError{Op: "Currency.MarshalText", Arg: "currency", Value: tt.text, Err: shenyang.ErrUnknownCurrency},
				Msg: "shenyang: Currency.MarshalText: currency " + tt.text + ": unknown currency"})
			if b != nil {
				t.Errorf("text on error = %q, want nil", b)
			}
			// Through encoding/json the sentinel is still reachable.
			if _, err := json.Marshal(tt.c); !errors.Is(err, shenyang.ErrUnknownCurrency) {
				t.Errorf("json.Marshal(Currency(%d)) error = %v, want ErrUnknownCurrency", tt.c, err)
			}
		})
	}

	c := shenyang.CNY
	if err := c.UnmarshalText([]byte("USD")); err != nil || c != shenyang.USD {
		t.Errorf("UnmarshalText(USD) = %v, currency %v; want nil, USD", err, c)
	}
	err = c.UnmarshalText([]byte("EUR"))
	testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
		Val: &shenyang.ValueError{Op: "ParseCurrency", Arg: "code", Value: `"EUR"`, Err: shenyang.ErrUnknownCurrency},
		Msg: `shenyang: ParseCurrency: code "EUR": unknown currency (want CNY or USD)`})
	if c != shenyang.USD {
		t.Errorf("currency after failed UnmarshalText = %v, want USD (unchanged)", c)
	}
	var fromJSON struct{ C shenyang.Currency }
	if err := json.Unmarshal([]byte(`{"C":"CNY"}`), &fromJSON); err != nil || fromJSON.C != shenyang.CNY {
		t.Errorf("json.Unmarshal = %v, %v; want CNY, nil", fromJSON.C, err)
	}
}

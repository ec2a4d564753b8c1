package shenyang_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// TestRateTextRoundTrip checks that ParseRate reads back every rate's
// String form into an equal rate.
func TestRateTextRoundTrip(t *testing.T) {
	implied, _ := shenyang.RateBetween(shenyang.MoneyForTest(d("15000000000"), shenyang.USD), shenyang.MoneyForTest(d("105500000000"), shenyang.CNY))
	official, _ := shenyang.NewRate(shenyang.USD, shenyang.CNY, d("6.8985"))
	long, _ := shenyang.NewRate(shenyang.USD, shenyang.CNY, d("7.0333333333333335"))
	// 10^600 and 10^-600 in plain notation.
	huge, tiny := "1"+strings.Repeat("0", 600), "0."+strings.Repeat("0", 599)+"1"
	tinyRate, err := shenyang.RateBetween(shenyang.MoneyForTest(decimal.New(1, 600), shenyang.USD), shenyang.MoneyForTest(decimal.New(1, -600), shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	edgeRate, err := shenyang.RateBetween(shenyang.MoneyForTest(decimal.New(1, 500), shenyang.USD), shenyang.MoneyForTest(decimal.New(1, -500), shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		r    shenyang.Rate
		text string
	}{
		// 105.5e9/15e9 does not terminate: the two amounts are written.
		{implied, "105500000000 CNY per 15000000000 USD"},
		{implied.Inverse(), "15000000000 USD per 105500000000 CNY"},
		// 6.8985 has 5 digits: the value is written.
		{official, "6.8985 CNY per USD"},
		// 1/6.8985 = 0.14495904906863812… does not terminate.
		{official.Inverse(), "1 USD per 6.8985 CNY"},
		// 17 significant digits: more than Value keeps.
		{long, "7.0333333333333335 CNY per 1 USD"},
		{shenyang.Rate{}, "unset"},
		// 1e-600 / 1e600 = 1e-1200 is exact but beyond the limits, which
		// ParseRate checks: the two amounts are written (issue 11, item 3).
		{tinyRate, tiny + " CNY per " + huge + " USD"},
		// 1e600 / 1e-600 = 1e1200, beyond them the other way.
		{tinyRate.Inverse(), huge + " USD per " + tiny + " CNY"},
		// 1e-500 / 1e500 = 1e-1000 lies at the limit: the value is written.
		{edgeRate, "0." + strings.Repeat("0", 999) + "1 CNY per USD"},
	} {
		if got := tt.r.String(); got != tt.text {
			t.Errorf("String() = %q, want %q", got, tt.text)
		}
		back, err := shenyang.ParseRate(tt.text)
		if err != nil || !back.Equal(tt.r) || back.String() != tt.text {
			t.Errorf("ParseRate(%q) = %v, %v; want a rate equal to the original", tt.text, back, err)
		}
	}
}

func TestParseRateErrors(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"", shenyang.ErrSyntax},
		{"7 per USD", shenyang.ErrSyntax},
		{"seven CNY per USD", shenyang.ErrSyntax},
		{"7 CNY per EUR", shenyang.ErrUnknownCurrency},
		{"7 EUR per USD", shenyang.ErrUnknownCurrency},
		{"0 CNY per USD", shenyang.ErrNotPositive},
		{"7 CNY per 0 USD", shenyang.ErrNotPositive},
		{"7 CNY per CNY", shenyang.ErrSameCurrency},
	} {
		r, err := shenyang.ParseRate(tt.in)
		if !errors.Is(err, tt.want) || !r.IsZero() {
			t.Errorf("ParseRate(%q) = %v, %v; want the zero rate and %v", tt.in, r, err, tt.want)
		}
		var ve *shenyang.ValueError
		var me *shenyang.MismatchError
		if errors.As(err, &ve) && ve.Op != "ParseRate" || errors.As(err, &me) && me.Op != "ParseRate" {
			t.Errorf("ParseRate(%q) error %v does not name ParseRate", tt.in, err)
		}
	}
}

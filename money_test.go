package shenyang_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// money builds a Money for a test; the constructor is tested separately.
func money(t *testing.T, amount string, c shenyang.Currency) shenyang.Money {
	t.Helper()
	m, err := shenyang.NewMoney(d(amount), c)
	if err != nil {
		t.Fatalf("NewMoney(%s, %d): %v", amount, c, err)
	}
	return m
}

// reportRate is the rate the report implies: 105.5 billion yuan ($15
// billion), 105.5/15 CNY per USD.
func reportRate(t *testing.T) shenyang.Rate {
	t.Helper()
	r, err := shenyang.RateBetween(money(t, "15000000000", shenyang.USD), money(t, "105500000000", shenyang.CNY))
	if err != nil {
		t.Fatalf("RateBetween: %v", err)
	}
	return r
}

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
				Val: &shenyang.ValueError{Op: "ParseCurrency", Arg: "code", Value: tt.quote, Err: shenyang.ErrUnknownCurrency},
				Msg: "shenyang: ParseCurrency: code " + tt.quote + ": unknown currency"})
			if got != 0 {
				t.Errorf("currency on error = %d, want 0", got)
			}
		})
	}
}

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
				Val: &shenyang.ValueError{Op: "ParseUnit", Arg: "unit", Value: tt.quote, Err: shenyang.ErrSyntax},
				Msg: "shenyang: ParseUnit: unit " + tt.quote + ": invalid syntax"})
			if got != 0 {
				t.Errorf("unit on error = %d, want 0", got)
			}
		})
	}
}

func TestNewMoney(t *testing.T) {
	type view struct {
		Amount   string
		Currency shenyang.Currency
		IsZero   bool
		String   string
	}
	tests := []struct {
		name   string
		amount decimal.Decimal
		c      shenyang.Currency
		want   view
	}{
		{"trade total", decimal.New(1055, 8), shenyang.CNY, view{"105500000000", shenyang.CNY, false, "105500000000 CNY"}},
		{"dollars", decimal.New(15, 9), shenyang.USD, view{"15000000000", shenyang.USD, false, "15000000000 USD"}},
		// An amount of zero in a currency is set.
		{"zero amount", decimal.Decimal{}, shenyang.USD, view{"0", shenyang.USD, false, "0 USD"}},
		{"negative", d("-44.9"), shenyang.CNY, view{"-44.9", shenyang.CNY, false, "-44.9 CNY"}},
		{"trailing zeros", d("1.50"), shenyang.USD, view{"1.5", shenyang.USD, false, "1.5 USD"}},
		{"limit", decimal.New(1, 1000), shenyang.USD, view{"1" + zeros(1000), shenyang.USD, false, "1" + zeros(1000) + " USD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := shenyang.NewMoney(tt.amount, tt.c)
			if err != nil {
				t.Fatalf("NewMoney: %v", err)
			}
			got := view{shenyang.FormatDecimal(m.Amount()), m.Currency(), m.IsZero(), m.String()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("NewMoney mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestNewMoneyErrors(t *testing.T) {
	tests := []struct {
		name   string
		amount decimal.Decimal
		c      shenyang.Currency
		want   testcheck.Failure
	}{
		// The zero currency is unset, not unknown.
		{"unset currency", d("1"), 0, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "currency", Err: shenyang.ErrUnset},
			Msg: "shenyang: NewMoney: currency: value is unset"}},
		{"unknown currency", d("1"), shenyang.Currency(9), testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "currency", Value: "#9", Err: shenyang.ErrUnknownCurrency},
			Msg: "shenyang: NewMoney: currency #9: unknown currency"}},
		// The currency is checked before the amount.
		{"unset currency and huge amount", decimal.New(1, 2000), 0, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "currency", Err: shenyang.ErrUnset},
			Msg: "shenyang: NewMoney: currency: value is unset"}},
		// 1 * 10^2000: exponent 2000, one digit.
		{"exponent too large", decimal.New(1, 2000), shenyang.CNY, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "amount", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: NewMoney: amount with exponent 2000 and length 1: decimal out of range"}},
		{"exponent too small", decimal.New(-1, -1001), shenyang.USD, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "amount", Value: "with exponent -1001 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: NewMoney: amount with exponent -1001 and length 1: decimal out of range"}},
		// 10^1000 written to the unit has 1001 digits.
		{"too many digits", decimal.NewFromBigInt(decimal.New(1, 1000).BigInt(), 0), shenyang.CNY, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "NewMoney", Arg: "amount", Value: "with exponent 0 and length 1001", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: NewMoney: amount with exponent 0 and length 1001: decimal out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := shenyang.NewMoney(tt.amount, tt.c)
			testcheck.Err(t, err, tt.want)
			if !m.IsZero() {
				t.Errorf("money on error = %v, want unset", m)
			}
		})
	}
}

func TestMoneyUnset(t *testing.T) {
	var m shenyang.Money
	got := []string{m.String(), shenyang.FormatDecimal(m.Amount()), m.Currency().String()}
	want := []string{"unset", "0", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unset Money mismatch (-want +got):\n%s", diff)
	}
	if !m.IsZero() {
		t.Error("IsZero() = false, want true")
	}
}

func TestMoneyAddSub(t *testing.T) {
	tests := []struct {
		name    string
		a, b    shenyang.Money
		wantAdd string
		wantSub string
	}{
		// 105.5e9 - 75.2e9 = 30.3e9; 105.5e9 + 75.2e9 = 180.7e9.
		{"trade", money(t, "105500000000", shenyang.CNY), money(t, "75200000000", shenyang.CNY), "180700000000 CNY", "30300000000 CNY"},
		// 0.1 + 0.2 = 0.3 exactly, 0.1 - 0.2 = -0.1.
		{"decimals", money(t, "0.1", shenyang.USD), money(t, "0.2", shenyang.USD), "0.3 USD", "-0.1 USD"},
		{"zero", money(t, "0", shenyang.USD), money(t, "0", shenyang.USD), "0 USD", "0 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := tt.a.Add(tt.b)
			if err != nil {
				t.Fatalf("Add: %v", err)
			}
			diff, err := tt.a.Sub(tt.b)
			if err != nil {
				t.Fatalf("Sub: %v", err)
			}
			got := [2]string{sum.String(), diff.String()}
			want := [2]string{tt.wantAdd, tt.wantSub}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Add, Sub mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestMoneyAddSubErrors(t *testing.T) {
	cny, usd := money(t, "1", shenyang.CNY), money(t, "1", shenyang.USD)
	for _, op := range []struct {
		name string
		f    func(a, b shenyang.Money) (shenyang.Money, error)
	}{{"Money.Add", shenyang.Money.Add}, {"Money.Sub", shenyang.Money.Sub}} {
		tests := []struct {
			name string
			a, b shenyang.Money
			want testcheck.Failure
		}{
			{"unset receiver", shenyang.Money{}, cny, testcheck.Failure{Is: shenyang.ErrUnset,
				Val: &shenyang.ValueError{Op: op.name, Arg: "receiver", Err: shenyang.ErrUnset},
				Msg: "shenyang: " + op.name + ": receiver: value is unset"}},
			{"unset argument", cny, shenyang.Money{}, testcheck.Failure{Is: shenyang.ErrUnset,
				Val: &shenyang.ValueError{Op: op.name, Arg: "argument", Err: shenyang.ErrUnset},
				Msg: "shenyang: " + op.name + ": argument: value is unset"}},
			{"usd to cny", cny, usd, testcheck.Failure{Is: shenyang.ErrCurrencyMismatch,
				Mis: &shenyang.MismatchError{Op: op.name, Got: shenyang.USD, Want: shenyang.CNY},
				Msg: "shenyang: " + op.name + ": currency USD does not match CNY"}},
			{"cny to usd", usd, cny, testcheck.Failure{Is: shenyang.ErrCurrencyMismatch,
				Mis: &shenyang.MismatchError{Op: op.name, Got: shenyang.CNY, Want: shenyang.USD},
				Msg: "shenyang: " + op.name + ": currency CNY does not match USD"}},
		}
		for _, tt := range tests {
			t.Run(op.name+" "+tt.name, func(t *testing.T) {
				m, err := op.f(tt.a, tt.b)
				testcheck.Err(t, err, tt.want)
				if !m.IsZero() {
					t.Errorf("money on error = %v, want unset", m)
				}
			})
		}
	}
}

// rateView is a Rate in comparable form.
type rateView struct {
	Base, Quote shenyang.Currency
	Unit        shenyang.Unit
	Value       string
	String      string
	IsZero      bool
}

func viewRate(r shenyang.Rate) rateView {
	return rateView{r.Base(), r.Quote(), r.Unit(), shenyang.FormatDecimal(r.Value()), r.String(), r.IsZero()}
}

func TestNewRate(t *testing.T) {
	tests := []struct {
		name        string
		base, quote shenyang.Currency
		perBase     decimal.Decimal
		want        rateView
	}{
		{"cny per usd", shenyang.USD, shenyang.CNY, d("7.0333"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.0333", "7.0333 CNY per USD", false}},
		{"usd per cny", shenyang.CNY, shenyang.USD, d("0.142"), rateView{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.142", "0.142 USD per CNY", false}},
		// More than 16 digits: the value is rounded half to even for
		// display, 7.033333333333333|5 -> ...334 (5 then nothing: a tie,
		// last digit 3 odd, up).
		{"long rate", shenyang.USD, shenyang.CNY, d("7.0333333333333335"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.033333333333334", "7.0333333333333335 CNY per 1 USD", false}},
		{"trailing zeros", shenyang.USD, shenyang.CNY, d("7.00"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7", "7 CNY per USD", false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.NewRate(tt.base, tt.quote, tt.perBase)
			if err != nil {
				t.Fatalf("NewRate: %v", err)
			}
			if diff := cmp.Diff(tt.want, viewRate(r)); diff != "" {
				t.Errorf("NewRate mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewRateErrors(t *testing.T) {
	tests := []struct {
		name        string
		base, quote shenyang.Currency
		perBase     decimal.Decimal
		want        testcheck.Failure
	}{
		{"unset base", 0, shenyang.CNY, d("7"), testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "base currency", Err: shenyang.ErrUnset},
			Msg: "shenyang: NewRate: base currency: value is unset"}},
		{"unknown base", shenyang.Currency(9), shenyang.CNY, d("7"), testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "base currency", Value: "#9", Err: shenyang.ErrUnknownCurrency},
			Msg: "shenyang: NewRate: base currency #9: unknown currency"}},
		{"unset quote", shenyang.USD, 0, d("7"), testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "quote currency", Err: shenyang.ErrUnset},
			Msg: "shenyang: NewRate: quote currency: value is unset"}},
		{"both unset", 0, 0, d("7"), testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "base currency", Err: shenyang.ErrUnset},
			Msg: "shenyang: NewRate: base currency: value is unset"}},
		{"unknown quote", shenyang.USD, shenyang.Currency(3), d("7"), testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "quote currency", Value: "#3", Err: shenyang.ErrUnknownCurrency},
			Msg: "shenyang: NewRate: quote currency #3: unknown currency"}},
		// The rule is that the currencies differ, not that one matches
		// another (issue 11, item 11).
		{"same currency usd", shenyang.USD, shenyang.USD, d("1"), testcheck.Failure{Is: shenyang.ErrSameCurrency,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "quote currency", Value: "USD", Err: shenyang.ErrSameCurrency},
			Msg: "shenyang: NewRate: quote currency USD: base and quote currencies must differ"}},
		{"same currency cny", shenyang.CNY, shenyang.CNY, d("1"), testcheck.Failure{Is: shenyang.ErrSameCurrency,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "quote currency", Value: "CNY", Err: shenyang.ErrSameCurrency},
			Msg: "shenyang: NewRate: quote currency CNY: base and quote currencies must differ"}},
		{"zero rate", shenyang.USD, shenyang.CNY, decimal.Decimal{}, testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "rate", Value: "0", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: NewRate: rate 0: value must be positive"}},
		{"negative rate", shenyang.USD, shenyang.CNY, d("-7.0333"), testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "rate", Value: "-7.0333", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: NewRate: rate -7.0333: value must be positive"}},
		{"rate out of range", shenyang.USD, shenyang.CNY, decimal.New(7, 2000), testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "NewRate", Arg: "rate", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: NewRate: rate with exponent 2000 and length 1: decimal out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.NewRate(tt.base, tt.quote, tt.perBase)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("rate on error = %v, want unset", r)
			}
		})
	}
}

func TestRateBetween(t *testing.T) {
	r := reportRate(t)
	// 105.5e9/15e9 = 7.0333..., 16 significant digits half-even ->
	// 7.033333333333333.
	want := rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.033333333333333", "105500000000 CNY per 15000000000 USD", false}
	if diff := cmp.Diff(want, viewRate(r)); diff != "" {
		t.Errorf("RateBetween mismatch (-want +got):\n%s", diff)
	}
	// The other way round: 15/105.5 = 0.14218009478672985781...,
	// 0.1421800947867298|578 -> ...299.
	inv, err := shenyang.RateBetween(money(t, "105500000000", shenyang.CNY), money(t, "15000000000", shenyang.USD))
	if err != nil {
		t.Fatal(err)
	}
	wantInv := rateView{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.1421800947867299", "15000000000 USD per 105500000000 CNY", false}
	if diff := cmp.Diff(wantInv, viewRate(inv)); diff != "" {
		t.Errorf("RateBetween(CNY, USD) mismatch (-want +got):\n%s", diff)
	}
}

func TestRateBetweenErrors(t *testing.T) {
	cny, usd := money(t, "105500000000", shenyang.CNY), money(t, "15000000000", shenyang.USD)
	tests := []struct {
		name        string
		base, quote shenyang.Money
		want        testcheck.Failure
	}{
		{"unset base", shenyang.Money{}, cny, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "base", Err: shenyang.ErrUnset},
			Msg: "shenyang: RateBetween: base: value is unset"}},
		{"unset quote", usd, shenyang.Money{}, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "quote", Err: shenyang.ErrUnset},
			Msg: "shenyang: RateBetween: quote: value is unset"}},
		// Only a Money built inside the package can carry an unknown
		// currency; it is named by number.
		{"unknown base currency", shenyang.MoneyForTest(d("1"), shenyang.Currency(9)), cny, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "base currency", Value: "#9", Err: shenyang.ErrUnknownCurrency},
			Msg: "shenyang: RateBetween: base currency #9: unknown currency"}},
		{"unknown quote currency", usd, shenyang.MoneyForTest(d("1"), shenyang.Currency(3)), testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "quote currency", Value: "#3", Err: shenyang.ErrUnknownCurrency},
			Msg: "shenyang: RateBetween: quote currency #3: unknown currency"}},
		{"same currency", cny, money(t, "1", shenyang.CNY), testcheck.Failure{Is: shenyang.ErrSameCurrency,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "quote currency", Value: "CNY", Err: shenyang.ErrSameCurrency},
			Msg: "shenyang: RateBetween: quote currency CNY: base and quote currencies must differ"}},
		{"zero base", money(t, "0", shenyang.USD), cny, testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "base", Value: "0 USD", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: RateBetween: base 0 USD: value must be positive"}},
		{"negative base", money(t, "-15", shenyang.USD), cny, testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "base", Value: "-15 USD", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: RateBetween: base -15 USD: value must be positive"}},
		{"zero quote", usd, money(t, "0.00", shenyang.CNY), testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "quote", Value: "0 CNY", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: RateBetween: quote 0 CNY: value must be positive"}},
		{"negative quote", usd, money(t, "-1", shenyang.CNY), testcheck.Failure{Is: shenyang.ErrNotPositive,
			Val: &shenyang.ValueError{Op: "RateBetween", Arg: "quote", Value: "-1 CNY", Err: shenyang.ErrNotPositive},
			Msg: "shenyang: RateBetween: quote -1 CNY: value must be positive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.RateBetween(tt.base, tt.quote)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("rate on error = %v, want unset", r)
			}
		})
	}
}

func TestRateUnset(t *testing.T) {
	var r shenyang.Rate
	want := rateView{0, 0, 0, "0", "unset", true}
	if diff := cmp.Diff(want, viewRate(r)); diff != "" {
		t.Errorf("unset Rate mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, viewRate(r.Inverse())); diff != "" {
		t.Errorf("unset Rate.Inverse() mismatch (-want +got):\n%s", diff)
	}
}

func TestRateInverse(t *testing.T) {
	r := reportRate(t)
	inv := r.Inverse()
	// 15/105.5 = 0.1421800947867298578... -> 0.1421800947867299.
	want := rateView{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.1421800947867299", "15000000000 USD per 105500000000 CNY", false}
	if diff := cmp.Diff(want, viewRate(inv)); diff != "" {
		t.Errorf("Inverse mismatch (-want +got):\n%s", diff)
	}
	// Inverting twice loses nothing.
	if diff := cmp.Diff(viewRate(r), viewRate(inv.Inverse())); diff != "" {
		t.Errorf("Inverse().Inverse() mismatch (-want +got):\n%s", diff)
	}
	// No rounding of the rate: the inverse converts 105.5e9 CNY to exactly
	// 15e9 USD too.
	got, err := inv.Convert(money(t, "105500000000", shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != "15000000000 USD" {
		t.Errorf("Inverse().Convert(105500000000 CNY) = %v, want 15000000000 USD", got)
	}
	// NewRate(USD, CNY, 8).Inverse() is 1/8 = 0.125 USD per CNY.
	r8, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, d("8"))
	if err != nil {
		t.Fatal(err)
	}
	if got := r8.Inverse().String(); got != "0.125 USD per CNY" {
		t.Errorf("NewRate(USD, CNY, 8).Inverse() = %q, want %q", got, "0.125 USD per CNY")
	}
}

func TestRateConvert(t *testing.T) {
	r := reportRate(t)
	r7, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, d("7"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rate shenyang.Rate
		in   shenyang.Money
		want string
	}{
		// The amounts the rate was made from convert exactly.
		{"yuan to dollars", r, money(t, "105500000000", shenyang.CNY), "15000000000 USD"},
		{"dollars to yuan", r, money(t, "15000000000", shenyang.USD), "105500000000 CNY"},
		// 1 USD = 105.5/15 = 7.0333... -> 7.033333333333333 CNY.
		{"one dollar", r, money(t, "1", shenyang.USD), "7.033333333333333 CNY"},
		// 1 CNY = 15/105.5 = 0.14218009478672985... -> 0.1421800947867299.
		{"one yuan", r, money(t, "1", shenyang.CNY), "0.1421800947867299 USD"},
		// 1.65e9 * 105.5 / 15 = 174075e6 / 15 = 11605000000, exact.
		{"foreign capital", r, money(t, "1650000000", shenyang.USD), "11605000000 CNY"},
		// 75.2e9 * 15 / 105.5 = 10691943127.962085308...: 16 digits
		// 10691943127.96208|53 -> ...209.
		{"imports", r, money(t, "75200000000", shenyang.CNY), "10691943127.96209 USD"},
		{"zero", r, money(t, "0", shenyang.CNY), "0 USD"},
		{"negative", r, money(t, "-15000000000", shenyang.USD), "-105500000000 CNY"},
		// 1/7 = 0.142857142857142857... -> 0.1428571428571429.
		{"at 7", r7, money(t, "1", shenyang.CNY), "0.1428571428571429 USD"},
		{"at 7 to yuan", r7, money(t, "1.5", shenyang.USD), "10.5 CNY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.rate.Convert(tt.in)
			if err != nil {
				t.Fatalf("Convert(%v): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("Convert(%v) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestRateConvertErrors(t *testing.T) {
	r := reportRate(t)
	// Figure.Money does not check its value, so it can carry an amount
	// beyond the module's range into Convert.
	huge, ok := shenyang.Figure{Value: decimal.New(1, 2000), Unit: shenyang.UnitUSD}.Money()
	if !ok {
		t.Fatal("Figure.Money() = false for a USD figure")
	}
	tiny, err := shenyang.NewMoney(decimal.New(1, -1000), shenyang.CNY)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rate shenyang.Rate
		in   shenyang.Money
		want testcheck.Failure
	}{
		{"unset rate", shenyang.Rate{}, money(t, "1", shenyang.USD), testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.Convert", Arg: "rate", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.Convert: rate: value is unset"}},
		{"unset amount", r, shenyang.Money{}, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.Convert", Arg: "amount", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.Convert: amount: value is unset"}},
		{"both unset", shenyang.Rate{}, shenyang.Money{}, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.Convert", Arg: "rate", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.Convert: rate: value is unset"}},
		{"amount out of range", r, huge, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Rate.Convert", Arg: "amount", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Rate.Convert: amount with exponent 2000 and length 1: decimal out of range"}},
		// An amount inside the range whose conversion is not: 10^-1000 yuan
		// is 15/105.5 * 10^-1000 = 1.421800947867298578...e-1001 dollars,
		// 16 digits 1421800947867299 with exponent -1001-15 = -1016.
		{"result out of range", r, tiny, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Rate.Convert", Arg: "result", Value: "with exponent -1016 and length 16", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Rate.Convert: result with exponent -1016 and length 16: decimal out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.rate.Convert(tt.in)
			testcheck.Err(t, err, tt.want)
			if !m.IsZero() {
				t.Errorf("money on error = %v, want unset", m)
			}
		})
	}
}

// TestRateConvertThirdCurrency covers the mismatch path of Convert, which
// only a Money built inside the package can reach: no public constructor
// makes a Money in a third currency. Its message is checked by
// TestMismatchErrorNamesUnknownCurrency.
func TestRateConvertThirdCurrency(t *testing.T) {
	m, err := reportRate(t).Convert(shenyang.MoneyForTest(d("1"), shenyang.Currency(9)))
	if !errors.Is(err, shenyang.ErrCurrencyMismatch) {
		t.Errorf("errors.Is(%v, ErrCurrencyMismatch) = false", err)
	}
	var got *shenyang.MismatchError
	if !errors.As(err, &got) {
		t.Fatalf("errors.As(%v, *MismatchError) = false", err)
	}
	want := &shenyang.MismatchError{Op: "Rate.Convert", Got: shenyang.Currency(9), Want: shenyang.USD}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MismatchError mismatch (-want +got):\n%s", diff)
	}
	if !m.IsZero() {
		t.Errorf("money on error = %v, want unset", m)
	}
}

func TestRateConvertRange(t *testing.T) {
	r := reportRate(t)
	tests := []struct {
		name    string
		amounts string
		from    shenyang.Currency
		want    string
	}{
		// BMW's investment: 52e9 * 15 / 105.5 = 7393364928.90995260...,
		// floored to 16 digits; a rounded bound is closed, even from an
		// open one. No upper bound.
		{"surpassed", "(52000000000, +inf)", shenyang.CNY, "[7393364928.909952, +inf)"},
		// 1645e6 * 105.5 / 15 = 11569833333.3333... -> floor ...33333;
		// 1655e6 * 105.5 / 15 = 11640166666.6666... -> ceil ...66667;
		// both bounds moved by rounding, so both closed.
		{"as printed", "[1645000000, 1655000000]", shenyang.USD, "[11569833333.33333, 11640166666.66667]"},
		// 1645e6 * 105.5 / 15 rounds as above, closed; 1655e6 open and
		// rounded is closed too.
		{"open rounded", "(1645000000, 1655000000)", shenyang.USD, "[11569833333.33333, 11640166666.66667]"},
		// Exact conversions keep closed bounds closed.
		{"exact point", "[15000000000, 15000000000]", shenyang.USD, "[105500000000, 105500000000]"},
		{"one-sided below", "(-inf, 105500000000]", shenyang.CNY, "(-inf, 15000000000]"},
		// Closed even when the conversion is exact: an amount just inside
		// converts, rounded, onto the bound.
		{"open exact", "(-inf, 105500000000)", shenyang.CNY, "(-inf, 15000000000]"},
		{"negative", "[-15000000000, 0]", shenyang.USD, "[-105500000000, 0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.ConvertRange(rng(t, tt.amounts), tt.from)
			if err != nil {
				t.Fatalf("ConvertRange(%s, %v): %v", tt.amounts, tt.from, err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("ConvertRange(%s, %v) mismatch (-want +got):\n%s", tt.amounts, tt.from, diff)
			}
		})
	}
}

func TestRateConvertRangeErrors(t *testing.T) {
	r := reportRate(t)
	amounts := rng(t, "[1, 2]")
	tests := []struct {
		name    string
		rate    shenyang.Rate
		amounts shenyang.Range
		from    shenyang.Currency
		want    testcheck.Failure
	}{
		{"unset rate", shenyang.Rate{}, amounts, shenyang.USD, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "rate", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.ConvertRange: rate: value is unset"}},
		{"unset currency", r, amounts, 0, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "from", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.ConvertRange: from: value is unset"}},
		// The currency is checked first, even before the rate.
		{"unset currency and rate", shenyang.Rate{}, amounts, 0, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "from", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.ConvertRange: from: value is unset"}},
		// Exactly does not check its value; ConvertRange does.
		{"amounts out of range", r, shenyang.Exactly(decimal.New(1, 2000)), shenyang.CNY, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "amounts", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Rate.ConvertRange: amounts with exponent 2000 and length 1: decimal out of range"}},
		{"amounts with too many digits", r, shenyang.Exactly(decimal.NewFromBigInt(decimal.New(1, 1000).BigInt(), 0)), shenyang.USD, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "amounts", Value: "with exponent 0 and length 1001", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Rate.ConvertRange: amounts with exponent 0 and length 1001: decimal out of range"}},
		// 10^-1000 yuan is 1.421800947867298578...e-1001 dollars: the
		// floored low bound 1421800947867298 * 10^-1016 is out of range.
		{"result out of range", r, shenyang.Exactly(decimal.New(1, -1000)), shenyang.CNY, testcheck.Failure{Is: shenyang.ErrOutOfRange,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "result", Value: "with exponent -1016 and length 16", Err: shenyang.ErrOutOfRange},
			Msg: "shenyang: Rate.ConvertRange: result with exponent -1016 and length 16: decimal out of range"}},
		{"unset amounts", r, shenyang.Range{}, shenyang.USD, testcheck.Failure{Is: shenyang.ErrUnset,
			Val: &shenyang.ValueError{Op: "Rate.ConvertRange", Arg: "amounts", Err: shenyang.ErrUnset},
			Msg: "shenyang: Rate.ConvertRange: amounts: value is unset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.rate.ConvertRange(tt.amounts, tt.from)
			testcheck.Err(t, err, tt.want)
			if !got.IsZero() {
				t.Errorf("range on error = %v, want unset", got)
			}
		})
	}
}

// TestRateConvertRangeUnknownCurrency checks the fields of the error for a
// currency that is neither the rate's base nor its quote; its message is
// checked by TestMismatchErrorNamesUnknownCurrency.
func TestRateConvertRangeUnknownCurrency(t *testing.T) {
	got, err := reportRate(t).ConvertRange(rng(t, "[1, 2]"), shenyang.Currency(9))
	if !errors.Is(err, shenyang.ErrCurrencyMismatch) {
		t.Errorf("errors.Is(%v, ErrCurrencyMismatch) = false", err)
	}
	var me *shenyang.MismatchError
	if !errors.As(err, &me) {
		t.Fatalf("errors.As(%v, *MismatchError) = false", err)
	}
	want := &shenyang.MismatchError{Op: "Rate.ConvertRange", Got: shenyang.Currency(9), Want: shenyang.USD}
	if diff := cmp.Diff(want, me); diff != "" {
		t.Errorf("MismatchError mismatch (-want +got):\n%s", diff)
	}
	if !got.IsZero() {
		t.Errorf("range on error = %v, want unset", got)
	}
}

// TestRateConvertPointInRange checks the rounding rule on corner inputs: the
// point value Convert rounds half to even lies in the range ConvertRange
// rounds outward, because rounded bounds are closed. Inputs are exact
// points, so each range is the point's floor and ceiling at 16 digits.
func TestRateConvertPointInRange(t *testing.T) {
	r := reportRate(t)
	official, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, d("6.8985"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		rate      shenyang.Rate
		amount    string
		from      shenyang.Currency
		wantPoint string
		wantRange string
	}{
		// 15/105.5 = 0.14218009478672985781...: half-even up to ...299;
		// floor ...298, ceil ...299.
		{"one yuan implied", r, "1", shenyang.CNY, "0.1421800947867299 USD", "[0.1421800947867298, 0.1421800947867299]"},
		// 1/6.8985 = 0.14495904906863810973...: half-even down to ...381;
		// floor ...381, ceil ...382.
		{"one yuan official", official, "1", shenyang.CNY, "0.1449590490686381 USD", "[0.1449590490686381, 0.1449590490686382]"},
		// -15/105.5: the floor is the more negative ...299.
		{"minus one yuan implied", r, "-1", shenyang.CNY, "-0.1421800947867299 USD", "[-0.1421800947867299, -0.1421800947867298]"},
		// 105.5/15 = 7.03333...: half-even ...333, floor ...333, ceil ...334.
		{"one dollar implied", r, "1", shenyang.USD, "7.033333333333333 CNY", "[7.033333333333333, 7.033333333333334]"},
		// 6.8985 exactly: no rounding, a closed point.
		{"one dollar official", official, "1", shenyang.USD, "6.8985 CNY", "[6.8985, 6.8985]"},
		// 75.2e9 / 6.8985 = 10900920489.961585852...: half-even ...159;
		// floor ...158, ceil ...159.
		{"imports official", official, "75200000000", shenyang.CNY, "10900920489.96159 USD", "[10900920489.96158, 10900920489.96159]"},
		// 52e9 * 15 / 105.5 = 7393364928.9099526066...: half-even ...953;
		// floor ...952, ceil ...953.
		{"bmw implied", r, "52000000000", shenyang.CNY, "7393364928.909953 USD", "[7393364928.909952, 7393364928.909953]"},
		// 52e9 / 6.8985 = 7537870551.5691817061...: half-even ...182;
		// floor ...181, ceil ...182.
		{"bmw official", official, "52000000000", shenyang.CNY, "7537870551.569182 USD", "[7537870551.569181, 7537870551.569182]"},
		{"zero", official, "0", shenyang.CNY, "0 USD", "[0, 0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := money(t, tt.amount, tt.from)
			point, err := tt.rate.Convert(m)
			if err != nil {
				t.Fatalf("Convert(%v): %v", m, err)
			}
			rg, err := tt.rate.ConvertRange(shenyang.Exactly(d(tt.amount)), tt.from)
			if err != nil {
				t.Fatalf("ConvertRange(Exactly(%s), %v): %v", tt.amount, tt.from, err)
			}
			got := [2]string{point.String(), rg.String()}
			want := [2]string{tt.wantPoint, tt.wantRange}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Convert, ConvertRange mismatch (-want +got):\n%s", diff)
			}
			if !rg.Contains(point.Amount()) {
				t.Errorf("ConvertRange %v does not contain Convert's %v", rg, point)
			}
		})
	}
}

func TestMoneyEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b shenyang.Money
		want bool
	}{
		{"same", money(t, "1.5", shenyang.USD), money(t, "1.5", shenyang.USD), true},
		// Trailing zeros do not matter.
		{"trailing zeros", money(t, "1.50", shenyang.USD), money(t, "1.5", shenyang.USD), true},
		{"billions as coefficient and exponent", shenyang.MoneyForTest(decimal.New(1055, 8), shenyang.CNY), money(t, "105500000000", shenyang.CNY), true},
		{"other amount", money(t, "1.5", shenyang.USD), money(t, "1.6", shenyang.USD), false},
		{"other currency", money(t, "1.5", shenyang.USD), money(t, "1.5", shenyang.CNY), false},
		{"sign", money(t, "1", shenyang.USD), money(t, "-1", shenyang.USD), false},
		{"both unset", shenyang.Money{}, shenyang.Money{}, true},
		// An amount of 0 in a currency is set, so not the unset value.
		{"unset and zero", shenyang.Money{}, money(t, "0", shenyang.USD), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("%v.Equal(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("%v.Equal(%v) = %v, want %v (symmetry)", tt.b, tt.a, got, tt.want)
			}
			// go-cmp uses the method: equal amounts show no diff.
			if got := cmp.Equal(tt.a, tt.b); got != tt.want {
				t.Errorf("cmp.Equal(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

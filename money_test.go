package shenyang_test

import (
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

func mustMoney(t *testing.T, coef int64, exp int32, c shenyang.Currency) shenyang.Money {
	t.Helper()
	m, err := shenyang.NewMoney(decimal.New(coef, exp), c)
	if err != nil {
		t.Fatalf("NewMoney: %v", err)
	}
	return m
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

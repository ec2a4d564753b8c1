package shenyang

import (
	"errors"
	"strings"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shopspring/decimal"
)

// Money is an amount in a currency. It is immutable; the zero value is
// unset. Create one with [NewMoney].
type Money struct {
	amount   decimal.Decimal
	currency Currency
}

// NewMoney returns amount in currency c. It fails if c is not a known
// currency or amount is beyond the module's range (an exponent or length
// over 1000 digits).
func NewMoney(amount decimal.Decimal, c Currency) (Money, error) {
	if c.Valid() && dec.Fits(amount) {
		return Money{amount: amount, currency: c}, nil
	}
	return Money{}, newMoneyErr(amount, c)
}

// newMoneyErr returns the error of a NewMoney call whose arguments fail a
// check, the first failing one in the order below. It is out of line so
// that the checks that pass stay one condition.
func newMoneyErr(amount decimal.Decimal, c Currency) error {
	const op = "NewMoney"
	if err := checkCurrency(op, "currency", c); err != nil {
		return err
	}
	return checkDec(op, "amount", amount)
}

// Amount returns the amount in base units (yuan, dollars).
func (m Money) Amount() decimal.Decimal { return m.amount }

// Currency returns the currency, or 0 when m is unset.
func (m Money) Currency() Currency { return m.currency }

// IsZero reports whether m is the unset zero value. An amount of 0 in a
// currency is set.
func (m Money) IsZero() bool { return m.currency == 0 }

// String returns the amount in plain notation and the currency code, such
// as "105500000000 CNY"; "unset" for the zero value.
func (m Money) String() string {
	if m.IsZero() {
		return "unset"
	}
	return dec.Format(m.amount) + " " + m.currency.String()
}

// ParseMoney parses the [Money.String] form, an amount in plain notation,
// a space and a currency code, such as "105500000000 CNY"; "unset" gives
// the unset value. An amount in plain notation beyond the module's decimal
// limits is an error wrapping [ErrOutOfRange], any other text that is not
// a plain decimal one wrapping [ErrSyntax].
func ParseMoney(s string) (Money, error) {
	const op = "ParseMoney"
	if s == "unset" {
		return Money{}, nil
	}
	amount, code, ok := strings.Cut(s, " ")
	if !ok || strings.Contains(code, " ") {
		return Money{}, formErr(op, "money", s, wantMoney)
	}
	return parseMoney(op, amount, code)
}

// wantMoney is the form ParseMoney reads.
const wantMoney = `a plain decimal and CNY or USD, such as "105500000000 CNY", or "unset"`

// parseMoney reads an amount in plain notation and a currency code, as
// ParseMoney does once it has split its text, reporting errors under op.
func parseMoney(op, amount, code string) (Money, error) {
	d, err := parseDec(op, "amount", amount)
	if err != nil {
		// An amount that is no plain decimal: show the form of the text.
		var ve *ValueError
		if errors.As(err, &ve) && errors.Is(ve.Err, ErrSyntax) {
			ve.Want = wantMoney
			if op == "ParseRate" {
				ve.Want = wantRate
			}
		}
		return Money{}, err
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, decode.Wrap(op, err)
	}
	m, err := NewMoney(d, c)
	if err != nil {
		return Money{}, decode.Wrap(op, err)
	}
	return m, nil
}

// Equal reports whether m and n are the same amount in the same currency
// (1.50 USD equals 1.5 USD). go-cmp uses this method to compare amounts.
func (m Money) Equal(n Money) bool {
	return m.currency == n.currency && dec.Cmp(m.amount, n.amount) == 0
}

// moneyJSON is the JSON form of a Money.
type moneyJSON struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// MarshalJSON encodes m as {"amount": "105500000000", "currency": "CNY"};
// the unset value is null.
func (m Money) MarshalJSON() ([]byte, error) {
	const op = "Money.MarshalJSON"
	if m.IsZero() {
		return []byte("null"), nil
	}
	if err := checkCurrency(op, "currency", m.currency); err != nil {
		return nil, err
	}
	s, err := decText(op, "amount", m.amount)
	if err != nil {
		return nil, err
	}
	code := m.currency.String()
	return marshalJSON(moneyJSON{Amount: &s, Currency: &code})
}

// UnmarshalJSON decodes the form [Money.MarshalJSON] writes; null gives
// the unset value. A missing amount or currency, an unknown currency and
// a bad decimal are errors; on error m is left unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	return decodeWire("Money.UnmarshalJSON", data, m, moneyOf)
}

// moneyOf turns a decoded moneyJSON into Money, checking it as
// [NewMoney] does.
func moneyOf(op string, w moneyJSON) (Money, error) {
	if w.Amount == nil {
		return Money{}, valueErr(op, "amount", "", ErrUnset)
	}
	if w.Currency == nil || *w.Currency == "" {
		return Money{}, valueErr(op, "currency", "", ErrUnset)
	}
	amount, err := parseDec(op, "amount", *w.Amount)
	if err != nil {
		return Money{}, err
	}
	c, err := ParseCurrency(*w.Currency)
	if err != nil {
		return Money{}, decode.Wrap(op, err)
	}
	v, err := NewMoney(amount, c)
	return v, decode.Wrap(op, err)
}

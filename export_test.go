package shenyang

import "github.com/shopspring/decimal"

// MoneyForTest returns amount in c without the checks of NewMoney, so that
// the external tests reach what only the package itself can build: a Money
// in a currency the module does not know, an amount written with a
// coefficient and an exponent of the test's choosing.
func MoneyForTest(amount decimal.Decimal, c Currency) Money {
	return Money{amount: amount, currency: c}
}

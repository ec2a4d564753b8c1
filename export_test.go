package shenyang

import "github.com/shopspring/decimal"

// MoneyForTest returns amount in c without the checks of NewMoney, so that
// the external tests reach what only the package itself can build: a Money
// in a currency the module does not know, an amount written with a
// coefficient and an exponent of the test's choosing.
func MoneyForTest(amount decimal.Decimal, c Currency) Money {
	return Money{amount: amount, currency: c}
}

// SwappedForTest returns r seen from the other side, base and quote
// swapped with the two amounts it was made from, as RateBetween with its
// arguments swapped makes it: the tests of String and Equal use it on
// rates they build otherwise.
func SwappedForTest(r Rate) Rate {
	return Rate{base: r.quote, quote: r.base, num: r.den, den: r.num}
}

// FormatReadableForTest is the text of Figure.Readable for a value, range
// and unit, with the error Readable replaces by Figure.String.
func FormatReadableForTest(value decimal.Decimal, r Range, u Unit) (string, error) {
	return formatReadable(value, r, u)
}

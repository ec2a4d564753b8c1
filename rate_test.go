package shenyang_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

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
		{"cny per usd", shenyang.USD, shenyang.CNY, d("7.0333"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.0333", "7.0333 CNY per 1 USD", false}},
		{"usd per cny", shenyang.CNY, shenyang.USD, d("0.142"), rateView{shenyang.CNY, shenyang.USD, shenyang.UnitUSDPerCNY, "0.142", "0.142 USD per 1 CNY", false}},
		// More than 16 digits: the value is rounded half to even for
		// display, 7.033333333333333|5 -> ...334 (5 then nothing: a tie,
		// last digit 3 odd, up).
		{"long rate", shenyang.USD, shenyang.CNY, d("7.0333333333333335"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7.033333333333334", "7.0333333333333335 CNY per 1 USD", false}},
		{"trailing zeros", shenyang.USD, shenyang.CNY, d("7.00"), rateView{shenyang.USD, shenyang.CNY, shenyang.UnitCNYPerUSD, "7", "7 CNY per 1 USD", false}},
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
// makes a Money in a third currency. The argument names the currency by
// number, which has no unit.
func TestRateConvertThirdCurrency(t *testing.T) {
	m, err := reportRate(t).Convert(shenyang.MoneyForTest(d("1"), shenyang.Currency(9)))
	testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnitMismatch,
		Unit: &shenyang.UnitError{Op: "Rate.Convert", Arg: "amount in currency #9", Got: 0, Want: shenyang.UnitUSD},
		Msg:  `shenyang: Rate.Convert: amount in currency #9: unit unset does not match "USD"`})
	if !m.IsZero() {
		t.Errorf("money on error = %v, want unset", m)
	}
}

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
		// Every rate is written one way, as the two amounts it stands
		// for: 105.5e9 CNY for 15e9 USD as given, a rate made from its
		// value per 1 of the base.
		{implied, "105500000000 CNY per 15000000000 USD"},
		{shenyang.SwappedForTest(implied), "15000000000 USD per 105500000000 CNY"},
		{official, "6.8985 CNY per 1 USD"},
		{shenyang.SwappedForTest(official), "1 USD per 6.8985 CNY"},
		// 17 significant digits, more than Value keeps, all written.
		{long, "7.0333333333333335 CNY per 1 USD"},
		{shenyang.Rate{}, "unset"},
		// 1e-600 / 1e600 = 1e-1200 is exact but beyond the limits, which
		// ParseRate checks: the amounts are within them (issue 11, item 3).
		{tinyRate, tiny + " CNY per " + huge + " USD"},
		{shenyang.SwappedForTest(tinyRate), huge + " USD per " + tiny + " CNY"},
		// 1e-500 for 1e500, the limit of the quotient: still the amounts.
		{edgeRate, "0." + strings.Repeat("0", 499) + "1 CNY per 1" + strings.Repeat("0", 500) + " USD"},
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
		if err != nil && !strings.HasPrefix(err.Error(), "shenyang: ParseRate: ") {
			t.Errorf("ParseRate(%q) error %v does not name ParseRate first", tt.in, err)
		}
	}
}

func TestRateJSONKeepsConversionsExact(t *testing.T) {
	// The rate of 105.5 billion yuan for 15 billion dollars is
	// 7.0333... yuan per dollar, which no finite decimal holds; decoded from
	// JSON, it still converts 105.5 billion yuan to exactly 15 billion
	// dollars.
	r, err := shenyang.RateBetween(mustMoney(t, 15, 9, shenyang.USD), mustMoney(t, 1055, 8, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got shenyang.Rate
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	usd, err := got.Convert(mustMoney(t, 1055, 8, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	if want := mustMoney(t, 15, 9, shenyang.USD); !usd.Equal(want) {
		t.Errorf("decoded rate converts 105.5 billion CNY to %v, want %v", usd, want)
	}
	// 52 billion yuan * 15 / 105.5 = 7393364928.909952606... dollars, 16
	// digits half to even: 7393364928.909953.
	usd, err = got.Convert(mustMoney(t, 52, 9, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	if want := mustMoney(t, 7393364928909953, -6, shenyang.USD); !usd.Equal(want) {
		t.Errorf("decoded rate converts 52 billion CNY to %v, want %v", usd, want)
	}
}

func TestRateEqual(t *testing.T) {
	// 30 CNY for 2 USD is 15 CNY per USD, the same rate as NewRate's.
	a, err := shenyang.RateBetween(mustMoney(t, 2, 0, shenyang.USD), mustMoney(t, 30, 0, shenyang.CNY))
	if err != nil {
		t.Fatal(err)
	}
	b, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(15, 0))
	if err != nil {
		t.Fatal(err)
	}
	c, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(150000000000000001, -16)) // 15.0000000000000001
	if err != nil {
		t.Fatal(err)
	}
	d, err := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(1500, -2)) // 15.00
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r, s shenyang.Rate
		want bool
	}{
		{"same ratio", a, b, true},
		{"trailing zeros", b, d, true},
		{"trailing zeros and a ratio", d, a, true},
		{"swapped differs", b, shenyang.SwappedForTest(b), false},
		{"last digit differs", b, c, false},
		{"zero and zero", shenyang.Rate{}, shenyang.Rate{}, true},
		{"zero and set", shenyang.Rate{}, b, false},
		{"swapped twice", shenyang.SwappedForTest(shenyang.SwappedForTest(b)), b, true},
	}
	for _, tt := range tests {
		if got := tt.r.Equal(tt.s); got != tt.want {
			t.Errorf("%s: %v.Equal(%v) = %v, want %v", tt.name, tt.r, tt.s, got, tt.want)
		}
	}
}

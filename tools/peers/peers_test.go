package peers

import (
	"cmp"
	"testing"

	"github.com/alpacahq/alpacadecimal"
	"github.com/bojanz/currency"
	"github.com/cockroachdb/apd/v3"
	eldecimal "github.com/ericlagergren/decimal"
	"github.com/govalues/money"
	"github.com/quagmt/udecimal"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// The computations, in the order the benchmarks run them, and their
// results at 16 significant digits rounded half to even, worked out by
// hand.
//
// The numbers are the report's: 105.5 billion yuan stated as $15 billion,
// 75.2 billion yuan of imports, and $1.65 billion of foreign capital after
// a rise of 15 percent from 1434782608.695652.
var ops = []struct{ name, want string }{
	// 75.2e9 * 15e9 / 105.5e9 = 10691943127.962085308...: 11 integer
	// digits, so 5 places.
	{"Convert", "10691943127.96209"},
	// (1650000000 - 1434782608.695652) / 1434782608.695652
	// = 215217391.304348 / 1434782608.695652 = 0.15000000000000013...
	{"Growth", "0.1500000000000001"},
	// 75.2 / 105.5 = 0.71279620853080568...
	{"ImportShare", "0.7127962085308057"},
}

// impl is one library's code for one computation: run computes it, text
// returns what the last run computed, or its error.
type impl struct {
	run  func()
	text func() string
}

// lib is one library's code for the computations it has.
type lib struct {
	name  string
	impls map[string]impl
}

// libs returns every library's code, the module first. Each builds its
// inputs once, outside the measured calls, as a careful caller would.
func libs() []lib {
	return []lib{shenyangLib(), shopspringLib(), apdLib(), ericlagergrenLib(), alpacaLib(), udecimalLib(), govaluesLib(), bojanzLib()}
}

// errText returns err's message, or "" for nil, so that a failing call
// shows in TestPeersAgree.
func errText(err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return ""
}

func shenyangLib() lib {
	money := func(d decimal.Decimal, c shenyang.Currency) shenyang.Money {
		m, err := shenyang.NewMoney(d, c)
		if err != nil {
			panic(err)
		}
		return m
	}
	var (
		rate, rateErr = shenyang.RateBetween(money(decimal.New(15, 9), shenyang.USD), money(decimal.New(1055, 8), shenyang.CNY))
		importsM      = money(decimal.New(752, 8), shenyang.CNY)
		imports       = decimal.New(752, 8)
		total         = decimal.New(1055, 8)
		fdi           = decimal.New(165, 7)
		prior         = decimal.New(1434782608695652, -6)

		m   shenyang.Money
		d   decimal.Decimal
		err error
	)
	if rateErr != nil {
		panic(rateErr)
	}
	point := func() string {
		if err != nil {
			return errText(err)
		}
		return shenyang.FormatDecimal(d)
	}
	return lib{name: "shenyang", impls: map[string]impl{
		"Convert": {func() { m, err = rate.Convert(importsM) }, func() string {
			if err != nil {
				return errText(err)
			}
			return shenyang.FormatDecimal(m.Amount())
		}},
		"Growth":      {func() { d, err = indicators.Growth(prior, fdi) }, point},
		"ImportShare": {func() { d, err = trade.ImportShare(imports, total) }, point},
	}}
}

// shopspringLib is bare shopspring/decimal, the module's own base: each
// quotient rounded (DivRound) at the number of places that gives 16
// significant digits for its result.
func shopspringLib() lib {
	var (
		cny, usd = decimal.New(1055, 8), decimal.New(15, 9)
		imports  = decimal.New(752, 8)
		fdi      = decimal.New(165, 7)
		prior    = decimal.New(1434782608695652, -6)

		d decimal.Decimal
	)
	point := func() string { return d.String() }
	return lib{name: "shopspring", impls: map[string]impl{
		"Convert": {func() { d = imports.Mul(usd).DivRound(cny, 5) }, point},
		"Growth":  {func() { d = fdi.Sub(prior).DivRound(prior, 16) }, point},
		// The total trade is the 105.5 billion yuan the rate converts.
		"ImportShare": {func() { d = imports.DivRound(cny, 16) }, point},
	}}
}

// apdLib is cockroachdb/apd: a context of 16 digits rounding half to even;
// results written into decimals held across calls, as apd lets a caller
// do.
func apdLib() lib {
	even := apd.BaseContext.WithPrecision(16)
	even.Rounding = apd.RoundHalfEven
	var (
		cny, usd = apd.New(1055, 8), apd.New(15, 9)
		imports  = apd.New(752, 8)
		fdi      = apd.New(165, 7)
		prior    = apd.New(1434782608695652, -6)

		t, d apd.Decimal
		err  error
	)
	point := func() string { return errText(err) + d.Text('f') }
	return lib{name: "apd", impls: map[string]impl{
		"Convert": {func() {
			_, e1 := even.Mul(&t, imports, usd)
			_, e2 := even.Quo(&d, &t, cny)
			err = cmp.Or(e1, e2)
		}, point},
		"Growth": {func() {
			_, e1 := even.Sub(&t, fdi, prior)
			_, e2 := even.Quo(&d, &t, prior)
			err = cmp.Or(e1, e2)
		}, point},
		"ImportShare": {func() { _, err = even.Quo(&d, imports, cny) }, point},
	}}
}

// ericlagergrenLib is ericlagergren/decimal: a context of 16 digits
// rounding half to even, results written into values held across calls.
func ericlagergrenLib() lib {
	var (
		even     = eldecimal.Context{Precision: 16, RoundingMode: eldecimal.ToNearestEven}
		cny, usd = eldecimal.New(1055, -8), eldecimal.New(15, -9)
		imports  = eldecimal.New(752, -8)
		fdi      = eldecimal.New(165, -7)
		prior    = eldecimal.New(1434782608695652, 6)

		t, d eldecimal.Big
	)
	point := func() string { return d.String() }
	return lib{name: "ericlagergren", impls: map[string]impl{
		"Convert":     {func() { even.Quo(&d, even.Mul(&t, imports, usd), cny) }, point},
		"Growth":      {func() { even.Quo(&d, even.Sub(&t, fdi, prior), prior) }, point},
		"ImportShare": {func() { even.Quo(&d, imports, cny) }, point},
	}}
}

// alpacaLib is alpacahq/alpacadecimal, shopspring's API over a fixed-point
// int64 where a value fits it (12 places and about 9.2 million at most;
// the report's billions do not, and take its shopspring fallback), with
// the same code as bare shopspring.
func alpacaLib() lib {
	var (
		cny, usd = alpacadecimal.New(1055, 8), alpacadecimal.New(15, 9)
		imports  = alpacadecimal.New(752, 8)
		fdi      = alpacadecimal.New(165, 7)
		prior    = alpacadecimal.New(1434782608695652, -6)

		d alpacadecimal.Decimal
	)
	point := func() string { return d.String() }
	return lib{name: "alpacadecimal", impls: map[string]impl{
		"Convert":     {func() { d = imports.Mul(usd).DivRound(cny, 5) }, point},
		"Growth":      {func() { d = fdi.Sub(prior).DivRound(prior, 16) }, point},
		"ImportShare": {func() { d = imports.DivRound(cny, 16) }, point},
	}}
}

// udecimalLib is quagmt/udecimal: 128-bit coefficients with at most 19
// places. Its Div truncates at 19 places; the result is then rounded half
// to even (RoundBank) at the places that give 16 significant digits.
func udecimalLib() lib {
	u := func(coef int64, prec uint8) udecimal.Decimal { return udecimal.MustFromInt64(coef, prec) }
	var (
		cny, usd = u(105500000000, 0), u(15000000000, 0)
		imports  = u(75200000000, 0)
		fdi      = u(1650000000, 0)
		prior    = u(1434782608695652, 6)

		d   udecimal.Decimal
		err error
	)
	point := func() string { return errText(err) + d.String() }
	return lib{name: "udecimal", impls: map[string]impl{
		"Convert": {func() {
			d, err = imports.Mul(usd).Div(cny)
			d = d.RoundBank(5)
		}, point},
		"Growth": {func() {
			d, err = fdi.Sub(prior).Div(prior)
			d = d.RoundBank(16)
		}, point},
		"ImportShare": {func() {
			d, err = imports.Div(cny)
			d = d.RoundBank(16)
		}, point},
	}}
}

// rateText is the rate the money libraries take, as one decimal, where
// the module's is the exact pair of amounts: 15 / 105.5 =
// 0.14218009478672985781990... dollars per yuan, given to them at 19
// significant digits, the most govalues/money holds, rounded to nearest.
const rateText = "0.1421800947867298578"

// govaluesLib is govalues/money: an exchange rate from yuan to dollars
// (see rateText), Conv, then Round at 5 places (16 significant digits).
func govaluesLib() lib {
	var (
		rate    = money.MustParseExchRate("CNY", "USD", rateText)
		imports = money.MustNewAmount("CNY", 75200000000, 0)

		a   money.Amount
		err error
	)
	return lib{name: "govalues", impls: map[string]impl{
		"Convert": {func() {
			a, err = rate.Conv(imports)
			a = a.Round(5)
		}, func() string { return errText(err) + a.Decimal().String() }},
	}}
}

// bojanzLib is bojanz/currency: Convert, which takes the rate as text (see
// rateText), then RoundTo at 5 places, half to even.
func bojanzLib() lib {
	imports, err := currency.NewAmount("75200000000", "CNY")
	if err != nil {
		panic(err)
	}
	var a currency.Amount
	return lib{name: "bojanz", impls: map[string]impl{
		"Convert": {func() {
			a, err = imports.Convert("USD", rateText)
			a = a.RoundTo(5, currency.RoundHalfEven)
		}, func() string { return errText(err) + a.Number() }},
	}}
}

// TestPeersAgree runs every library's code once and checks that it gives
// the result worked out by hand, so that the benchmarks compare the same
// computation; and that the module and the five decimal libraries have
// every computation, the two money libraries the conversion.
func TestPeersAgree(t *testing.T) {
	want := map[string]int{"shenyang": 3, "shopspring": 3, "apd": 3, "ericlagergren": 3, "alpacadecimal": 3, "udecimal": 3, "govalues": 1, "bojanz": 1}
	for _, l := range libs() {
		if len(l.impls) != want[l.name] {
			t.Errorf("%s has %d computations, want %d", l.name, len(l.impls), want[l.name])
		}
		for _, op := range ops {
			f, ok := l.impls[op.name]
			if !ok {
				continue
			}
			t.Run(op.name+"/"+l.name, func(t *testing.T) {
				f.run()
				if got := f.text(); got != op.want {
					t.Errorf("%s of %s = %s, want %s", op.name, l.name, got, op.want)
				}
			})
		}
	}
}

// BenchmarkPeers runs each computation with each library that has it, as
// op=<computation>/lib=<library>, for benchstat -col /lib -row /op.
func BenchmarkPeers(b *testing.B) {
	all := libs()
	for _, op := range ops {
		for _, l := range all {
			f, ok := l.impls[op.name]
			if !ok {
				continue
			}
			b.Run("op="+op.name+"/lib="+l.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					f.run()
				}
			})
		}
	}
}

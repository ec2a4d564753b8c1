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
	"github.com/shenyang-data/shenyang/dataset"
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

	// The Figure functions on the report's figures, each a value and the
	// range its inputs' ranges allow: the value at 16 significant digits
	// half to even, the ends rounded outward (floor and ceiling) at 16.
	// Every input is reported, so that the ends come from independent
	// inputs as apd computes them: 75.2 billion yuan of imports in
	// [75.15, 75.25], 105.5 billion yuan of trade in [105.45, 105.55],
	// $15 billion in [14.5, 15.5], $1.65 billion in [1.645, 1.655], growth
	// of 15 % in [14.5, 15.5] %, and the official rates 6.8985 in
	// [6.89845, 6.89855] (2019) and 6.6174 in [6.61735, 6.61745] (2018).
	//
	// 105.5 + 75.2 = 180.7; 105.45 + 75.15 = 180.6; 105.55 + 75.25 =
	// 180.8.
	{"Figure.Sum", "180700000000 [180600000000, 180800000000]"},
	// 105.5 - 75.2 = 30.3; 105.45 - 75.25 = 30.2; 105.55 - 75.15 = 30.4.
	{"Figure.Difference", "30300000000 [30200000000, 30400000000]"},
	// 75.2 / 105.5 = 0.71279620853080568...; 75.15 / 105.55 =
	// 0.71198484130743723... floored; 75.25 / 105.45 = 0.71360834518729255...
	// ceiled.
	{"Figure.Share", "0.7127962085308057 [0.7119848413074372, 0.7136083451872926]"},
	// 6.8985 / 6.6174 - 1 = 0.2811 / 6.6174 = 0.042478919212983951...;
	// 6.89845 / 6.61745 - 1 = 0.042463486690492561... floored; 6.89855 /
	// 6.61735 - 1 = 0.042494351968688376... ceiled.
	{"Figure.Growth", "0.04247891921298395 [0.04246348669049256, 0.04249435196868838]"},
	// 1.65 / 1.15 = 1.4347826086956521...; 1.645 / 1.155 =
	// 1.4242424242424242... floored; 1.655 / 1.145 = 1.4454148471615720...
	// ceiled (times 1e9).
	{"Figure.Prior", "1434782608.695652 [1424242424.242424, 1445414847.161573]"},
	// 105.5 / 15 = 7.0333...; 105.45 / 15.5 = 6.8032258064516129...
	// floored; 105.55 / 14.5 = 7.2793103448275862... ceiled.
	{"Figure.RateOf", "7.033333333333333 [6.803225806451612, 7.279310344827587]"},
	// 75.2e9 / 6.8985 = 10900920489.961585...; 75.15e9 / 6.89855 =
	// 10893593581.259830... floored; 75.25e9 / 6.89845 =
	// 10908247504.874284... ceiled.
	{"Figure.Convert", "10900920489.96159 [10893593581.25982, 10908247504.87429]"},
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
	l := lib{name: "shenyang", impls: map[string]impl{
		"Convert": {func() { m, err = rate.Convert(importsM) }, func() string {
			if err != nil {
				return errText(err)
			}
			return shenyang.FormatDecimal(m.Amount())
		}},
		"Growth":      {func() { d, err = indicators.Growth(prior, fdi) }, point},
		"ImportShare": {func() { d, err = trade.ImportShare(imports, total) }, point},
	}}
	addFigureFunctions(l.impls)
	return l
}

// addFigureFunctions adds the module's Figure functions to impls, on
// figures of the dataset looked up once.
func addFigureFunctions(impls map[string]impl) {
	in := func(id string) shenyang.Figure {
		f, ok := dataset.Figure(id)
		if !ok {
			panic("no figure " + id)
		}
		return f
	}
	var (
		imports   = in(indicators.Imports2019)
		total     = in(indicators.TradeTotal2019)
		totalUSD  = in(trade.TotalUSD2019)
		fdi       = in(indicators.ForeignCapital2019)
		growth    = in(indicators.ForeignCapitalGrowth2019)
		official  = in(trade.OfficialRate2019)
		official0 = in(trade.OfficialRate2018)

		f   shenyang.Figure
		err error
	)
	text := func() string {
		if err != nil {
			return errText(err)
		}
		return shenyang.FormatDecimal(f.Value) + " " + f.Range.String()
	}
	fn := func(call func(id, label string, a, b shenyang.Figure) (shenyang.Figure, error), a, b shenyang.Figure) impl {
		return impl{func() { f, err = call("peers.result", "", a, b) }, text}
	}
	impls["Figure.Sum"] = fn(shenyang.Sum, total, imports)
	impls["Figure.Difference"] = fn(shenyang.Difference, total, imports)
	impls["Figure.Share"] = fn(shenyang.Share, imports, total)
	impls["Figure.Growth"] = fn(shenyang.Growth, official0, official)
	impls["Figure.Prior"] = fn(shenyang.Prior, fdi, growth)
	impls["Figure.RateOf"] = fn(shenyang.RateOf, total, totalUSD)
	impls["Figure.Convert"] = fn(shenyang.Convert, imports, official)
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
	l := lib{name: "apd", impls: map[string]impl{
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
	addApdFigures(l.impls)
	return l
}

// addApdFigures adds to impls what apd computes for each Figure function:
// the value in a context of 16 digits rounding half to even, and each end
// of the range from the inputs' ends that give it (each function is
// monotone in each input over these ranges) in contexts of 16 digits
// rounding toward floor and toward ceiling. Sums and differences of the
// inputs are exact at 16 digits; each end rounds once.
func addApdFigures(impls map[string]impl) {
	ctx := func(r apd.Rounder) *apd.Context {
		c := apd.BaseContext.WithPrecision(16)
		c.Rounding = r
		return c
	}
	even, floor, ceil := ctx(apd.RoundHalfEven), ctx(apd.RoundFloor), ctx(apd.RoundCeiling)
	one := apd.New(1, 0)
	// A figure as three decimals: value, low end, high end.
	type fig [3]*apd.Decimal
	var (
		imports   = fig{apd.New(752, 8), apd.New(7515, 7), apd.New(7525, 7)}
		total     = fig{apd.New(1055, 8), apd.New(10545, 7), apd.New(10555, 7)}
		totalUSD  = fig{apd.New(15, 9), apd.New(145, 8), apd.New(155, 8)}
		fdi       = fig{apd.New(165, 7), apd.New(1645, 6), apd.New(1655, 6)}
		growth    = fig{apd.New(15, -2), apd.New(145, -3), apd.New(155, -3)}
		official  = fig{apd.New(68985, -4), apd.New(689845, -5), apd.New(689855, -5)}
		official0 = fig{apd.New(66174, -4), apd.New(661735, -5), apd.New(661745, -5)}

		out  [3]apd.Decimal
		t    [3]apd.Decimal
		errs [6]error
	)
	text := func() string {
		if err := cmp.Or(errs[:]...); err != nil {
			return errText(err)
		}
		return out[0].Text('f') + " [" + out[1].Text('f') + ", " + out[2].Text('f') + "]"
	}
	ctxs := [3]*apd.Context{even, floor, ceil}
	// each runs op on the value (i = 0), the low end (1) and the high end
	// (2), with the inputs' ends that op picks for each.
	each := func(op func(i int, c *apd.Context) error) {
		for i, c := range ctxs {
			errs[i] = op(i, c)
		}
	}
	// same and opp pick, for end i, the end of a figure that moves a result
	// the same way (same) or the opposite way.
	same := func(f fig, i int) *apd.Decimal { return f[i] }
	opp := func(f fig, i int) *apd.Decimal { return f[[3]int{0, 2, 1}[i]] }
	quo := func(a, b func(int) *apd.Decimal) impl {
		return impl{func() {
			each(func(i int, c *apd.Context) error { _, err := c.Quo(&out[i], a(i), b(i)); return err })
		}, text}
	}
	impls["Figure.Sum"] = impl{func() {
		each(func(i int, c *apd.Context) error {
			_, err := c.Add(&out[i], same(total, i), same(imports, i))
			return err
		})
	}, text}
	impls["Figure.Difference"] = impl{func() {
		each(func(i int, c *apd.Context) error {
			_, err := c.Sub(&out[i], same(total, i), opp(imports, i))
			return err
		})
	}, text}
	impls["Figure.Share"] = quo(func(i int) *apd.Decimal { return same(imports, i) }, func(i int) *apd.Decimal { return opp(total, i) })
	impls["Figure.Growth"] = impl{func() {
		each(func(i int, c *apd.Context) error {
			_, e1 := c.Sub(&t[i], same(official, i), opp(official0, i))
			_, e2 := c.Quo(&out[i], &t[i], opp(official0, i))
			return cmp.Or(e1, e2)
		})
	}, text}
	impls["Figure.Prior"] = impl{func() {
		each(func(i int, c *apd.Context) error {
			_, e1 := c.Add(&t[i], one, opp(growth, i))
			_, e2 := c.Quo(&out[i], same(fdi, i), &t[i])
			return cmp.Or(e1, e2)
		})
	}, text}
	impls["Figure.RateOf"] = quo(func(i int) *apd.Decimal { return same(total, i) }, func(i int) *apd.Decimal { return opp(totalUSD, i) })
	impls["Figure.Convert"] = quo(func(i int) *apd.Decimal { return same(imports, i) }, func(i int) *apd.Decimal { return opp(official, i) })
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
	want := map[string]int{"shenyang": 10, "shopspring": 3, "apd": 10, "ericlagergren": 3, "alpacadecimal": 3, "udecimal": 3, "govalues": 1, "bojanz": 1}
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

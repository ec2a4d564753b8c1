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
// results at 16 significant digits, worked out by hand. Point results
// round half to even, range bounds outward: the lower down, the upper up.
//
// The numbers are the report's: 105.5 billion yuan stated as $15 billion,
// 75.2 billion yuan of imports, $1.65 billion of foreign capital after a
// rise of 15 percent from 1434782608.695652, and the ranges their printed
// precision implies.
var ops = []struct{ name, want string }{
	// 75.2e9 * 15e9 / 105.5e9 = 10691943127.962085308...: 11 integer
	// digits, so 5 places.
	{"Convert", "10691943127.96209"},
	// [75.15e9, 75.25e9] * 15 / 105.5 = [10684834123.2227488..., 10699052132.7014218...].
	{"ConvertRange", "10684834123.22274, 10699052132.70143"},
	// (1650000000 - 1434782608.695652) / 1434782608.695652
	// = 215217391.304348 / 1434782608.695652 = 0.15000000000000013...
	{"Growth", "0.1500000000000001"},
	// (1645000000 - 1445414847.161573) / 1445414847.161573 = 0.13808157099697883...;
	// (1655000000 - 1424242424.242424) / 1424242424.242424 = 0.16202127659574484...
	{"GrowthRange", "0.1380815709969781, 0.1620212765957449"},
	// 75.2 / 105.5 = 0.71279620853080568...
	{"ImportShare", "0.7127962085308057"},
	// 75.15 / 105.55 = 0.71198484130743723..., 75.25 / 105.45 = 0.71360834518729255...,
	// both inside [0, 1], which every library checks as the module does.
	{"ImportShareRange", "0.7119848413074372, 0.7136083451872926"},
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

// pair is two bounds as the wants write them.
func pair(lo, hi string) string { return lo + ", " + hi }

func shenyangLib() lib {
	must := func(r shenyang.Range, err error) shenyang.Range {
		if err != nil {
			panic(err)
		}
		return r
	}
	closed := func(lo, hi decimal.Decimal) shenyang.Range {
		return must(shenyang.NewRange(shenyang.Closed(lo), shenyang.Closed(hi)))
	}
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
		importsR      = closed(decimal.New(7515, 7), decimal.New(7525, 7))
		totalR        = closed(decimal.New(10545, 7), decimal.New(10555, 7))
		fdi           = decimal.New(165, 7)
		prior         = decimal.New(1434782608695652, -6)
		fdiR          = closed(decimal.New(1645, 6), decimal.New(1655, 6))
		priorR        = closed(decimal.New(1424242424242424, -6), decimal.New(1445414847161573, -6))

		m   shenyang.Money
		d   decimal.Decimal
		r   shenyang.Range
		err error
	)
	if rateErr != nil {
		panic(rateErr)
	}
	ends := func() string {
		if err != nil {
			return errText(err)
		}
		lo, _ := r.Low().Value()
		hi, _ := r.High().Value()
		return pair(shenyang.FormatDecimal(lo), shenyang.FormatDecimal(hi))
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
		"ConvertRange":     {func() { r, err = rate.ConvertRange(importsR, shenyang.CNY) }, ends},
		"Growth":           {func() { d, err = indicators.Growth(prior, fdi) }, point},
		"GrowthRange":      {func() { r, err = indicators.GrowthRange(priorR, fdiR) }, ends},
		"ImportShare":      {func() { d, err = trade.ImportShare(imports, total) }, point},
		"ImportShareRange": {func() { r, err = trade.ImportShareRange(importsR, totalR) }, ends},
	}}
}

// shopspringLib is bare shopspring/decimal, the module's own base: each
// quotient rounded at the number of places that gives 16 significant
// digits for its result; a bound rounded up is QuoRem's truncation plus
// one unit in the last place when a remainder is left.
func shopspringLib() lib {
	var (
		cny, usd             = decimal.New(1055, 8), decimal.New(15, 9)
		imports              = decimal.New(752, 8)
		importsLo, importsHi = decimal.New(7515, 7), decimal.New(7525, 7)
		totalLo, totalHi     = decimal.New(10545, 7), decimal.New(10555, 7)
		fdi                  = decimal.New(165, 7)
		prior                = decimal.New(1434782608695652, -6)
		fdiLo, fdiHi         = decimal.New(1645, 6), decimal.New(1655, 6)
		priorLo, priorHi     = decimal.New(1424242424242424, -6), decimal.New(1445414847161573, -6)
		zero, one            = decimal.Decimal{}, decimal.New(1, 0)
		ulp5, ulp16          = decimal.New(1, -5), decimal.New(1, -16)

		lo, hi decimal.Decimal
	)
	ceilQuo := func(a, b decimal.Decimal, prec int32, ulp decimal.Decimal) decimal.Decimal {
		q, r := a.QuoRem(b, prec)
		if !r.IsZero() {
			q = q.Add(ulp)
		}
		return q
	}
	point := func() string { return lo.String() }
	ends := func() string { return pair(lo.String(), hi.String()) }
	return lib{name: "shopspring", impls: map[string]impl{
		"Convert": {func() { lo = imports.Mul(usd).DivRound(cny, 5) }, point},
		"ConvertRange": {func() {
			lo, _ = importsLo.Mul(usd).QuoRem(cny, 5)
			hi = ceilQuo(importsHi.Mul(usd), cny, 5, ulp5)
		}, ends},
		"Growth": {func() { lo = fdi.Sub(prior).DivRound(prior, 16) }, point},
		"GrowthRange": {func() {
			lo, _ = fdiLo.Sub(priorHi).QuoRem(priorHi, 16)
			hi = ceilQuo(fdiHi.Sub(priorLo), priorLo, 16, ulp16)
		}, ends},
		// The total trade is the 105.5 billion yuan the rate converts.
		"ImportShare": {func() { lo = imports.DivRound(cny, 16) }, point},
		"ImportShareRange": {func() {
			lo, _ = importsLo.QuoRem(totalHi, 16)
			hi = ceilQuo(importsHi, totalLo, 16, ulp16)
			if lo.Cmp(zero) < 0 {
				lo = zero
			}
			if hi.Cmp(one) > 0 {
				hi = one
			}
		}, ends},
	}}
}

// apdLib is cockroachdb/apd: contexts of 16 digits rounding half to even,
// down and up; results written into decimals held across calls, as apd
// lets a caller do.
func apdLib() lib {
	ctx := func(r apd.Rounder) *apd.Context {
		c := apd.BaseContext.WithPrecision(16)
		c.Rounding = r
		return c
	}
	var (
		even, down, up       = ctx(apd.RoundHalfEven), ctx(apd.RoundFloor), ctx(apd.RoundCeiling)
		cny, usd             = apd.New(1055, 8), apd.New(15, 9)
		imports              = apd.New(752, 8)
		importsLo, importsHi = apd.New(7515, 7), apd.New(7525, 7)
		totalLo, totalHi     = apd.New(10545, 7), apd.New(10555, 7)
		fdi                  = apd.New(165, 7)
		prior                = apd.New(1434782608695652, -6)
		fdiLo, fdiHi         = apd.New(1645, 6), apd.New(1655, 6)
		priorLo, priorHi     = apd.New(1424242424242424, -6), apd.New(1445414847161573, -6)
		zero, one            = apd.New(0, 0), apd.New(1, 0)

		t, lo, hi apd.Decimal
		err       error
	)
	point := func() string { return errText(err) + lo.Text('f') }
	ends := func() string { return errText(err) + pair(lo.Text('f'), hi.Text('f')) }
	return lib{name: "apd", impls: map[string]impl{
		"Convert": {func() {
			_, e1 := even.Mul(&t, imports, usd)
			_, e2 := even.Quo(&lo, &t, cny)
			err = cmp.Or(e1, e2)
		}, point},
		"ConvertRange": {func() {
			_, e1 := down.Mul(&t, importsLo, usd)
			_, e2 := down.Quo(&lo, &t, cny)
			_, e3 := up.Mul(&t, importsHi, usd)
			_, e4 := up.Quo(&hi, &t, cny)
			err = cmp.Or(e1, e2, e3, e4)
		}, ends},
		"Growth": {func() {
			_, e1 := even.Sub(&t, fdi, prior)
			_, e2 := even.Quo(&lo, &t, prior)
			err = cmp.Or(e1, e2)
		}, point},
		"GrowthRange": {func() {
			_, e1 := down.Sub(&t, fdiLo, priorHi)
			_, e2 := down.Quo(&lo, &t, priorHi)
			_, e3 := up.Sub(&t, fdiHi, priorLo)
			_, e4 := up.Quo(&hi, &t, priorLo)
			err = cmp.Or(e1, e2, e3, e4)
		}, ends},
		"ImportShare": {func() { _, err = even.Quo(&lo, imports, cny) }, point},
		"ImportShareRange": {func() {
			_, e1 := down.Quo(&lo, importsLo, totalHi)
			_, e2 := up.Quo(&hi, importsHi, totalLo)
			err = cmp.Or(e1, e2)
			if lo.Cmp(zero) < 0 {
				lo.Set(zero)
			}
			if hi.Cmp(one) > 0 {
				hi.Set(one)
			}
		}, ends},
	}}
}

// ericlagergrenLib is ericlagergren/decimal: contexts of 16 digits rounding
// half to even, toward -inf and toward +inf, results written into values
// held across calls.
func ericlagergrenLib() lib {
	ctx := func(m eldecimal.RoundingMode) eldecimal.Context {
		return eldecimal.Context{Precision: 16, RoundingMode: m}
	}
	var (
		even, down, up       = ctx(eldecimal.ToNearestEven), ctx(eldecimal.ToNegativeInf), ctx(eldecimal.ToPositiveInf)
		cny, usd             = eldecimal.New(1055, -8), eldecimal.New(15, -9)
		imports              = eldecimal.New(752, -8)
		importsLo, importsHi = eldecimal.New(7515, -7), eldecimal.New(7525, -7)
		totalLo, totalHi     = eldecimal.New(10545, -7), eldecimal.New(10555, -7)
		fdi                  = eldecimal.New(165, -7)
		prior                = eldecimal.New(1434782608695652, 6)
		fdiLo, fdiHi         = eldecimal.New(1645, -6), eldecimal.New(1655, -6)
		priorLo, priorHi     = eldecimal.New(1424242424242424, 6), eldecimal.New(1445414847161573, 6)
		zero, one            = eldecimal.New(0, 0), eldecimal.New(1, 0)

		t, lo, hi eldecimal.Big
	)
	text := func(x *eldecimal.Big) string { return x.String() }
	point := func() string { return text(&lo) }
	ends := func() string { return pair(text(&lo), text(&hi)) }
	return lib{name: "ericlagergren", impls: map[string]impl{
		"Convert": {func() { even.Quo(&lo, even.Mul(&t, imports, usd), cny) }, point},
		"ConvertRange": {func() {
			down.Quo(&lo, down.Mul(&t, importsLo, usd), cny)
			up.Quo(&hi, up.Mul(&t, importsHi, usd), cny)
		}, ends},
		"Growth": {func() { even.Quo(&lo, even.Sub(&t, fdi, prior), prior) }, point},
		"GrowthRange": {func() {
			down.Quo(&lo, down.Sub(&t, fdiLo, priorHi), priorHi)
			up.Quo(&hi, up.Sub(&t, fdiHi, priorLo), priorLo)
		}, ends},
		"ImportShare": {func() { even.Quo(&lo, imports, cny) }, point},
		"ImportShareRange": {func() {
			down.Quo(&lo, importsLo, totalHi)
			up.Quo(&hi, importsHi, totalLo)
			if lo.Cmp(zero) < 0 {
				lo.Copy(zero)
			}
			if hi.Cmp(one) > 0 {
				hi.Copy(one)
			}
		}, ends},
	}}
}

// alpacaLib is alpacahq/alpacadecimal, shopspring's API over a fixed-point
// int64 where a value fits it (12 places and about 9.2 million at most;
// the report's billions do not, and take its shopspring fallback), with
// the same code as bare shopspring.
func alpacaLib() lib {
	var (
		cny, usd             = alpacadecimal.New(1055, 8), alpacadecimal.New(15, 9)
		imports              = alpacadecimal.New(752, 8)
		importsLo, importsHi = alpacadecimal.New(7515, 7), alpacadecimal.New(7525, 7)
		totalLo, totalHi     = alpacadecimal.New(10545, 7), alpacadecimal.New(10555, 7)
		fdi                  = alpacadecimal.New(165, 7)
		prior                = alpacadecimal.New(1434782608695652, -6)
		fdiLo, fdiHi         = alpacadecimal.New(1645, 6), alpacadecimal.New(1655, 6)
		priorLo, priorHi     = alpacadecimal.New(1424242424242424, -6), alpacadecimal.New(1445414847161573, -6)
		zero, one            = alpacadecimal.New(0, 0), alpacadecimal.New(1, 0)
		ulp5, ulp16          = alpacadecimal.New(1, -5), alpacadecimal.New(1, -16)

		lo, hi alpacadecimal.Decimal
	)
	ceilQuo := func(a, b alpacadecimal.Decimal, prec int32, ulp alpacadecimal.Decimal) alpacadecimal.Decimal {
		q, r := a.QuoRem(b, prec)
		if !r.IsZero() {
			q = q.Add(ulp)
		}
		return q
	}
	point := func() string { return lo.String() }
	ends := func() string { return pair(lo.String(), hi.String()) }
	return lib{name: "alpacadecimal", impls: map[string]impl{
		"Convert": {func() { lo = imports.Mul(usd).DivRound(cny, 5) }, point},
		"ConvertRange": {func() {
			lo, _ = importsLo.Mul(usd).QuoRem(cny, 5)
			hi = ceilQuo(importsHi.Mul(usd), cny, 5, ulp5)
		}, ends},
		"Growth": {func() { lo = fdi.Sub(prior).DivRound(prior, 16) }, point},
		"GrowthRange": {func() {
			lo, _ = fdiLo.Sub(priorHi).QuoRem(priorHi, 16)
			hi = ceilQuo(fdiHi.Sub(priorLo), priorLo, 16, ulp16)
		}, ends},
		"ImportShare": {func() { lo = imports.DivRound(cny, 16) }, point},
		"ImportShareRange": {func() {
			lo, _ = importsLo.QuoRem(totalHi, 16)
			hi = ceilQuo(importsHi, totalLo, 16, ulp16)
			if lo.Cmp(zero) < 0 {
				lo = zero
			}
			if hi.Cmp(one) > 0 {
				hi = one
			}
		}, ends},
	}}
}

// udecimalLib is quagmt/udecimal: 128-bit coefficients with at most 19
// places. Its Div truncates at 19 places; the result is then rounded at
// the places that give 16 significant digits, half to even for a point,
// down (Trunc) and up (RoundAwayFromZero, for these positive bounds) for a
// range.
func udecimalLib() lib {
	u := func(coef int64, prec uint8) udecimal.Decimal { return udecimal.MustFromInt64(coef, prec) }
	var (
		cny, usd             = u(105500000000, 0), u(15000000000, 0)
		imports              = u(75200000000, 0)
		importsLo, importsHi = u(75150000000, 0), u(75250000000, 0)
		totalLo, totalHi     = u(105450000000, 0), u(105550000000, 0)
		fdi                  = u(1650000000, 0)
		prior                = u(1434782608695652, 6)
		fdiLo, fdiHi         = u(1645000000, 0), u(1655000000, 0)
		priorLo, priorHi     = u(1424242424242424, 6), u(1445414847161573, 6)
		zero, one            = u(0, 0), u(1, 0)

		lo, hi udecimal.Decimal
		err    error
	)
	point := func() string { return errText(err) + lo.String() }
	ends := func() string { return errText(err) + pair(lo.String(), hi.String()) }
	return lib{name: "udecimal", impls: map[string]impl{
		"Convert": {func() {
			lo, err = imports.Mul(usd).Div(cny)
			lo = lo.RoundBank(5)
		}, point},
		"ConvertRange": {func() {
			l, e1 := importsLo.Mul(usd).Div(cny)
			h, e2 := importsHi.Mul(usd).Div(cny)
			lo, hi, err = l.Trunc(5), h.RoundAwayFromZero(5), cmp.Or(e1, e2)
		}, ends},
		"Growth": {func() {
			lo, err = fdi.Sub(prior).Div(prior)
			lo = lo.RoundBank(16)
		}, point},
		"GrowthRange": {func() {
			l, e1 := fdiLo.Sub(priorHi).Div(priorHi)
			h, e2 := fdiHi.Sub(priorLo).Div(priorLo)
			lo, hi, err = l.Trunc(16), h.RoundAwayFromZero(16), cmp.Or(e1, e2)
		}, ends},
		"ImportShare": {func() {
			lo, err = imports.Div(cny)
			lo = lo.RoundBank(16)
		}, point},
		"ImportShareRange": {func() {
			l, e1 := importsLo.Div(totalHi)
			h, e2 := importsHi.Div(totalLo)
			lo, hi, err = l.Trunc(16), h.RoundAwayFromZero(16), cmp.Or(e1, e2)
			if lo.Cmp(zero) < 0 {
				lo = zero
			}
			if hi.Cmp(one) > 0 {
				hi = one
			}
		}, ends},
	}}
}

// The money libraries take a rate as one decimal, where the module's is
// the exact pair of amounts: 15 / 105.5 = 0.14218009478672985781990...
// dollars per yuan, given to them at 19 significant digits, the most
// govalues/money holds, rounded to nearest for a point and outward for a
// range's bounds (the lower rate down, the upper up). At 16 digits the
// rate's own rounding would show in the results' last digit: 75.15e9 *
// 0.1421800947867299 = 10684834123.22275..., where the lower bound is
// 10684834123.22274.
const (
	rateNear = "0.1421800947867298578"
	rateDown = rateNear
	rateUp   = "0.1421800947867298579"
)

// govaluesLib is govalues/money: exchange rates from yuan to dollars
// (see rateNear), Conv, then Round, Floor or Ceil at 5 places (16
// significant digits).
func govaluesLib() lib {
	var (
		rate                 = money.MustParseExchRate("CNY", "USD", rateNear)
		rateLo, rateHi       = money.MustParseExchRate("CNY", "USD", rateDown), money.MustParseExchRate("CNY", "USD", rateUp)
		imports              = money.MustNewAmount("CNY", 75200000000, 0)
		importsLo, importsHi = money.MustNewAmount("CNY", 75150000000, 0), money.MustNewAmount("CNY", 75250000000, 0)

		lo, hi money.Amount
		err    error
	)
	text := func(a money.Amount) string { return a.Decimal().String() }
	return lib{name: "govalues", impls: map[string]impl{
		"Convert": {func() {
			lo, err = rate.Conv(imports)
			lo = lo.Round(5)
		}, func() string { return errText(err) + text(lo) }},
		"ConvertRange": {func() {
			l, e1 := rateLo.Conv(importsLo)
			h, e2 := rateHi.Conv(importsHi)
			lo, hi, err = l.Floor(5), h.Ceil(5), cmp.Or(e1, e2)
		}, func() string { return errText(err) + pair(text(lo), text(hi)) }},
	}}
}

// bojanzLib is bojanz/currency: Convert, which takes the rate as text, then
// RoundTo at 5 places, half to even for a point, down and up (toward and
// away from zero, for these positive amounts) for a range.
func bojanzLib() lib {
	amount := func(n string) currency.Amount {
		a, err := currency.NewAmount(n, "CNY")
		if err != nil {
			panic(err)
		}
		return a
	}
	var (
		imports              = amount("75200000000")
		importsLo, importsHi = amount("75150000000"), amount("75250000000")

		lo, hi currency.Amount
		err    error
	)
	return lib{name: "bojanz", impls: map[string]impl{
		"Convert": {func() {
			lo, err = imports.Convert("USD", rateNear)
			lo = lo.RoundTo(5, currency.RoundHalfEven)
		}, func() string { return errText(err) + lo.Number() }},
		"ConvertRange": {func() {
			l, e1 := importsLo.Convert("USD", rateDown)
			h, e2 := importsHi.Convert("USD", rateUp)
			lo, hi, err = l.RoundTo(5, currency.RoundDown), h.RoundTo(5, currency.RoundUp), cmp.Or(e1, e2)
		}, func() string { return errText(err) + pair(lo.Number(), hi.Number()) }},
	}}
}

// TestPeersAgree runs every library's code once and checks that it gives
// the result worked out by hand, so that the benchmarks compare the same
// computation; and that the module and the five decimal libraries have
// every computation, the two money libraries both conversions.
func TestPeersAgree(t *testing.T) {
	want := map[string]int{"shenyang": 6, "shopspring": 6, "apd": 6, "ericlagergren": 6, "alpacadecimal": 6, "udecimal": 6, "govalues": 2, "bojanz": 2}
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

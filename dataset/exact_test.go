package dataset_test

import (
	"math/big"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
)

// The tests below check every derived figure against exact rational
// arithmetic written here, independently of the module's code: each
// formula is restated over the reported figures it rests on, as printed,
// and evaluated with math/big.Rat at every corner of the box of their
// ranges. Each formula is monotone in each of its inputs over the box (the
// module proves it; here the corners are simply all enumerated), so the
// least and greatest corner values are the exact range.

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad rational " + s)
	}
	return r
}

// printed is a reported figure's value and the ends of the range its
// printed precision allows, written out by hand.
type printed struct{ lo, v, hi string }

var (
	fc   = printed{"1645000000", "1650000000", "1655000000"}       // $1.65 billion
	gfc  = printed{"0.145", "0.15", "0.155"}                       // 15 percent
	tot  = printed{"105450000000", "105500000000", "105550000000"} // 105.5 billion yuan
	gtot = printed{"0.0715", "0.072", "0.0725"}                    // 7.2 percent
	imp  = printed{"75150000000", "75200000000", "75250000000"}    // 75.2 billion yuan
	gimp = printed{"0.1705", "0.171", "0.1715"}                    // 17.1 percent
	usd  = printed{"14500000000", "15000000000", "15500000000"}    // $15 billion
	off  = printed{"6.89845", "6.8985", "6.89855"}                 // 6.8985
	gapN = printed{"0.1235", "0.124", "0.1245"}                    // 12.4 points
	gapT = printed{"0.0475", "0.048", "0.0485"}                    // 4.8 points
	gapL = printed{"0.4775", "0.478", "0.4785"}                    // 47.8 points
	gapM = printed{"0.1225", "0.123", "0.1235"}                    // 12.3 points
)

func one() *big.Rat { return big.NewRat(1, 1) }

func add(a, b *big.Rat) *big.Rat { return new(big.Rat).Add(a, b) }
func sub(a, b *big.Rat) *big.Rat { return new(big.Rat).Sub(a, b) }
func mul(a, b *big.Rat) *big.Rat { return new(big.Rat).Mul(a, b) }
func quo(a, b *big.Rat) *big.Rat { return new(big.Rat).Quo(a, b) }

// exactFigures restates each two-sided derived figure of the dataset.
var exactFigures = []struct {
	id     string
	inputs []printed
	f      func(x []*big.Rat) *big.Rat
}{
	{"indicators.foreign-capital.2018", []printed{fc, gfc}, func(x []*big.Rat) *big.Rat { return quo(x[0], add(one(), x[1])) }},
	{"indicators.trade-total.2018", []printed{tot, gtot}, func(x []*big.Rat) *big.Rat { return quo(x[0], add(one(), x[1])) }},
	{"indicators.imports.2018", []printed{imp, gimp}, func(x []*big.Rat) *big.Rat { return quo(x[0], add(one(), x[1])) }},
	{"indicators.foreign-capital.growth.national.2019", []printed{gfc, gapN}, func(x []*big.Rat) *big.Rat { return sub(x[0], x[1]) }},
	{"indicators.trade-total.growth.national.2019", []printed{gtot, gapT}, func(x []*big.Rat) *big.Rat { return sub(x[0], x[1]) }},
	{"indicators.foreign-capital.growth.liaoning.2019", []printed{gfc, gapL}, func(x []*big.Rat) *big.Rat { return sub(x[0], x[1]) }},
	{"indicators.trade-total.growth.liaoning.2019", []printed{gtot, gapM}, func(x []*big.Rat) *big.Rat { return sub(x[0], x[1]) }},
	{"trade.exports.2019", []printed{tot, imp}, func(x []*big.Rat) *big.Rat { return sub(x[0], x[1]) }},
	// total - 2 imports
	{"trade.balance.2019", []printed{tot, imp}, func(x []*big.Rat) *big.Rat { return sub(x[0], mul(big.NewRat(2, 1), x[1])) }},
	// total/(1+g_total) - imports/(1+g_imports)
	{"trade.exports.2018", []printed{tot, imp, gtot, gimp}, func(x []*big.Rat) *big.Rat {
		return sub(quo(x[0], add(one(), x[2])), quo(x[1], add(one(), x[3])))
	}},
	// (total - imports) / (total/(1+g_total) - imports/(1+g_imports)) - 1
	{"trade.exports.growth.2019", []printed{tot, imp, gtot, gimp}, func(x []*big.Rat) *big.Rat {
		e18 := sub(quo(x[0], add(one(), x[2])), quo(x[1], add(one(), x[3])))
		return sub(quo(sub(x[0], x[1]), e18), one())
	}},
	{"trade.import-share.2019", []printed{imp, tot}, func(x []*big.Rat) *big.Rat { return quo(x[0], x[1]) }},
	// (imports/(1+g_imports)) / (total/(1+g_total))
	{"trade.import-share.2018", []printed{imp, tot, gimp, gtot}, func(x []*big.Rat) *big.Rat {
		return quo(quo(x[0], add(one(), x[2])), quo(x[1], add(one(), x[3])))
	}},
	{"trade.implied-rate.2019", []printed{tot, usd}, func(x []*big.Rat) *big.Rat { return quo(x[0], x[1]) }},
	// imports × dollars / total
	{"trade.imports-usd.2019", []printed{imp, tot, usd}, func(x []*big.Rat) *big.Rat { return quo(mul(x[0], x[2]), x[1]) }},
	// (total - imports) × dollars / total
	{"trade.exports-usd.2019", []printed{tot, imp, usd}, func(x []*big.Rat) *big.Rat { return quo(mul(sub(x[0], x[1]), x[2]), x[0]) }},
	{"trade.total-usd-official.2019", []printed{tot, off}, func(x []*big.Rat) *big.Rat { return quo(x[0], x[1]) }},
	{"trade.imports-usd-official.2019", []printed{imp, off}, func(x []*big.Rat) *big.Rat { return quo(x[0], x[1]) }},
	{"trade.exports-usd-official.2019", []printed{tot, imp, off}, func(x []*big.Rat) *big.Rat { return quo(sub(x[0], x[1]), x[2]) }},
}

// round16 rounds r to 16 significant digits: half to even (mode 0),
// down (mode -1) or up (mode 1).
func round16(r *big.Rat, mode int) *big.Rat {
	if r.Sign() == 0 {
		return new(big.Rat)
	}
	abs := new(big.Rat).Abs(r)
	// scale = 10^e with 10^15 <= abs/scale < 10^16
	e := 0
	scale := func(e int) *big.Rat {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(e))), nil)
		if e < 0 {
			return new(big.Rat).SetFrac(big.NewInt(1), p)
		}
		return new(big.Rat).SetInt(p)
	}
	lo, hi := rat("1000000000000000"), rat("10000000000000000")
	for quo(abs, scale(e)).Cmp(hi) >= 0 {
		e++
	}
	for quo(abs, scale(e)).Cmp(lo) < 0 {
		e--
	}
	q := quo(abs, scale(e))
	n := new(big.Int).Quo(q.Num(), q.Denom())
	frac := sub(q, new(big.Rat).SetInt(n))
	up := false
	switch {
	case frac.Sign() == 0:
	case mode == 0:
		c := frac.Cmp(big.NewRat(1, 2))
		up = c > 0 || (c == 0 && n.Bit(0) == 1)
	case mode < 0:
		up = r.Sign() < 0
	default:
		up = r.Sign() > 0
	}
	if up {
		n.Add(n, big.NewInt(1))
	}
	out := mul(new(big.Rat).SetInt(n), scale(e))
	if r.Sign() < 0 {
		out.Neg(out)
	}
	return out
}

func absInt(e int) int {
	if e < 0 {
		return -e
	}
	return e
}

func corners(in []printed, f func([]*big.Rat) *big.Rat) (lo, hi *big.Rat) {
	n := len(in)
	for mask := 0; mask < 1<<n; mask++ {
		x := make([]*big.Rat, n)
		for i, p := range in {
			x[i] = rat(p.lo)
			if mask&(1<<i) != 0 {
				x[i] = rat(p.hi)
			}
		}
		v := f(x)
		if lo == nil || v.Cmp(lo) < 0 {
			lo = v
		}
		if hi == nil || v.Cmp(hi) > 0 {
			hi = v
		}
	}
	return lo, hi
}

func boundRat(t *testing.T, b shenyang.Bound) *big.Rat {
	t.Helper()
	v, ok := b.Value()
	if !ok {
		t.Fatalf("unbounded end")
	}
	return rat(shenyang.FormatDecimal(v))
}

// TestDerivedFiguresAreExact checks, for every two-sided derived figure,
// that its value is its exact value rounded once, half to even, at 16
// significant digits; that its range contains the exact range; that each
// bound is the exact bound rounded outward at 16 digits (so within one
// unit of the 16th digit of it); and that the range is at most 1.001 times
// as wide as the exact one.
func TestDerivedFiguresAreExact(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range exactFigures {
		seen[tc.id] = true
		t.Run(tc.id, func(t *testing.T) {
			f, ok := dataset.Figure(tc.id)
			if !ok {
				t.Fatal("no such figure")
			}
			x := make([]*big.Rat, len(tc.inputs))
			for i, p := range tc.inputs {
				x[i] = rat(p.v)
			}
			if want, got := round16(tc.f(x), 0), rat(shenyang.FormatDecimal(f.Value)); want.Cmp(got) != 0 {
				t.Errorf("value %s, want the exact value rounded once, %s", got.FloatString(20), want.FloatString(20))
			}
			lo, hi := corners(tc.inputs, tc.f)
			gotLo, gotHi := boundRat(t, f.Range.Low()), boundRat(t, f.Range.High())
			if gotLo.Cmp(lo) > 0 || gotHi.Cmp(hi) < 0 {
				t.Errorf("range %s does not contain the exact [%s, %s]", f.Range, lo.FloatString(20), hi.FloatString(20))
			}
			if want := round16(lo, -1); gotLo.Cmp(want) != 0 {
				t.Errorf("low %s, want the exact low rounded down, %s", gotLo.FloatString(20), want.FloatString(20))
			}
			if want := round16(hi, 1); gotHi.Cmp(want) != 0 {
				t.Errorf("high %s, want the exact high rounded up, %s", gotHi.FloatString(20), want.FloatString(20))
			}
			width, exactWidth := sub(gotHi, gotLo), sub(hi, lo)
			if exactWidth.Sign() > 0 && quo(width, exactWidth).Cmp(rat("1.001")) > 0 {
				t.Errorf("range %s is %s times as wide as exact", f.Range, quo(width, exactWidth).FloatString(6))
			}
		})
	}
	// Every derived figure with a two-sided range is restated above; the
	// others are the counts' reconciliation and the two one-sided BMW
	// conversions, checked below.
	for f := range dataset.Figures() {
		if f.Status == shenyang.Derived && f.Qualifier == shenyang.Computed && !seen[f.ID] && f.Unit != shenyang.UnitCount {
			t.Errorf("%s is not checked against exact arithmetic", f.ID)
		}
	}
}

// TestOneSidedConversionsAreExact checks BMW Brilliance's investment in
// dollars: more than 52 billion yuan, over the rate's range, has no upper
// bound and the exact lower bound 52e9 / (highest rate), rounded down.
func TestOneSidedConversionsAreExact(t *testing.T) {
	for _, tc := range []struct {
		id    string
		value *big.Rat // 52e9 / rate
		low   *big.Rat // 52e9 / highest rate
	}{
		// 52e9 × 15/105.5; 52e9 × 14.5/105.55
		{"investors.bmw-brilliance.investment-usd", quo(mul(rat("52000000000"), rat("15")), rat("105.5")), quo(mul(rat("52000000000"), rat("14.5")), rat("105.55"))},
		// 52e9 / 6.8985; 52e9 / 6.89855
		{"investors.bmw-brilliance.investment-usd-official", quo(rat("52000000000"), rat("6.8985")), quo(rat("52000000000"), rat("6.89855"))},
	} {
		f, _ := dataset.Figure(tc.id)
		if got, want := rat(shenyang.FormatDecimal(f.Value)), round16(tc.value, 0); got.Cmp(want) != 0 {
			t.Errorf("%s value %s, want %s", tc.id, got.FloatString(10), want.FloatString(10))
		}
		if !f.Range.High().IsUnbounded() {
			t.Errorf("%s has an upper bound", tc.id)
		}
		if got, want := boundRat(t, f.Range.Low()), round16(tc.low, -1); got.Cmp(want) != 0 {
			t.Errorf("%s low %s, want %s", tc.id, got.FloatString(10), want.FloatString(10))
		}
	}
}

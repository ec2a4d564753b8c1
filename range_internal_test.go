package shenyang

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// TestPickedCornersMatchAllCorners checks the shortcut of Range.Mul and
// Range.Quo, which evaluate only the two corners where the result's bounds
// lie, against the four-corner search on generated ranges: the same bound
// values, the same open and closed ends, the same errors. It checks the
// shortcut of Range.Add and Range.Sub for finite ranges against their
// general path too.
func TestPickedCornersMatchAllCorners(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2020)) //nolint:gosec // a fixed seed, so that the inputs repeat
	value := func() decimal.Decimal {
		switch r.IntN(8) {
		case 0:
			return decimal.Decimal{}
		case 1: // few digits, so that corners often tie after rounding
			return decimal.New(r.Int64N(21)-10, int32(r.IntN(5)-2)) //nolint:gosec // a small seeded random value, in range by construction
		case 2: // 16 to 18 digits, so that products and quotients round
			return decimal.New(r.Int64N(1e18)-5e17, int32(r.IntN(21)-10)) //nolint:gosec // a small seeded random value, in range by construction
		}
		return decimal.New(r.Int64N(2e6)-1e6, int32(r.IntN(13)-6)) //nolint:gosec // a small seeded random value, in range by construction
	}
	bound := func(v decimal.Decimal) Bound {
		if r.IntN(3) == 0 {
			return Open(v)
		}
		return Closed(v)
	}
	rng := func() Range {
		for {
			a, b := value(), value()
			if r.IntN(4) == 0 { // a single value, or two forms of one
				b = decimal.NewFromBigInt(a.Coefficient(), a.Exponent())
				if r.IntN(2) == 0 {
					b = a.Mul(decimal.New(10, 0)).Shift(-1)
				}
			}
			if r.IntN(3) != 0 { // mostly on one side of zero
				a, b = a.Abs(), b.Abs()
				if r.IntN(2) == 0 {
					a, b = a.Neg(), b.Neg()
				}
			}
			if a.Cmp(b) > 0 {
				a, b = b, a
			}
			lo, hi := bound(a), bound(b)
			switch r.IntN(12) {
			case 0:
				lo = Unbounded()
			case 1:
				hi = Unbounded()
			}
			if x, err := NewRange(lo, hi); err == nil {
				return x
			}
		}
	}
	same := func(a, b Bound) bool {
		av, aok := a.Value()
		bv, bok := b.Value()
		return a.kind == b.kind && aok == bok && (!aok || av.Cmp(bv) == 0)
	}
	const n = 100000
	picked := [2]int{}
	for i := range n {
		x, y := rng(), rng()
		// Range.Add and Range.Sub take a shortcut for finite ranges; the
		// general path is addEnds and subEnds over the ends.
		xl, xh := x.ends()
		yl, yh := y.ends()
		for k, c := range [...]struct {
			got            func(Range) (Range, error)
			wantLo, wantHi end
		}{
			{x.Add, addEnds(xl, yl), addEnds(xh, yh)},
			{x.Sub, subEnds(xl, yh), subEnds(xh, yl)},
		} {
			got, gerr := c.got(y)
			want, werr := result("op", c.wantLo, c.wantHi)
			if (gerr == nil) != (werr == nil) || !same(got.low, want.low) || !same(got.high, want.high) {
				t.Fatalf("%d: %v sum#%d %v = %v (%v), ends give %v (%v)", i, x, k, y, got, gerr, want, werr)
			}
		}
		for k, c := range [...]struct {
			f    corner
			pick picker
		}{{mulEnd, mulCorners}, {quoEnd, quoCorners}} {
			yl, yh := y.ends()
			if k == 1 && yl.sign() <= 0 && yh.sign() >= 0 {
				continue // Range.Quo refuses such divisors
			}
			xl, xh := x.ends()
			if _, _, ok := c.pick(xl, xh, yl, yh); ok {
				picked[k]++
			}
			got, gerr := extremes("op", x, y, c.f, c.pick)
			want, werr := allCorners("op", xl, xh, yl, yh, c.f)
			if (gerr == nil) != (werr == nil) || !same(got.low, want.low) || !same(got.high, want.high) {
				t.Fatalf("%d: %v op#%d %v = %v (%v), four corners give %v (%v)", i, x, k, y, got, gerr, want, werr)
			}
		}
	}
	t.Logf("of %d pairs, %d products and %d quotients took the picked corners", n, picked[0], picked[1])
	if picked[0] < n/10 || picked[1] < n/10 {
		t.Errorf("picked corners used for %d products and %d quotients of %d; the generator lost its shape", picked[0], picked[1], n)
	}
}

// TestPickedCornersByHand checks one product and one quotient of each sign
// combination against values worked out by hand.
func TestPickedCornersByHand(t *testing.T) {
	rg := func(lo, hi int64) Range {
		return Range{low: Closed(decimal.New(lo, 0)), high: Closed(decimal.New(hi, 0))}
	}
	for _, c := range []struct {
		name string
		got  func() (Range, error)
		want string
	}{
		{"[2,3]*[4,5]", func() (Range, error) { return rg(2, 3).Mul(rg(4, 5)) }, "[8, 15]"},
		{"[2,3]*[-5,-4]", func() (Range, error) { return rg(2, 3).Mul(rg(-5, -4)) }, "[-15, -8]"},
		{"[-3,-2]*[4,5]", func() (Range, error) { return rg(-3, -2).Mul(rg(4, 5)) }, "[-15, -8]"},
		{"[-3,-2]*[-5,-4]", func() (Range, error) { return rg(-3, -2).Mul(rg(-5, -4)) }, "[8, 15]"},
		// 2/5 = 0.4 and 3/4 = 0.75.
		{"[2,3]/[4,5]", func() (Range, error) { return rg(2, 3).Quo(rg(4, 5)) }, "[0.4, 0.75]"},
		// -2/4 = -0.5 and 3/4 = 0.75: a numerator on both sides of zero.
		{"[-2,3]/[4,5]", func() (Range, error) { return rg(-2, 3).Quo(rg(4, 5)) }, "[-0.5, 0.75]"},
		// 3/-4 = -0.75 and -2/-4 = 0.5.
		{"[-2,3]/[-5,-4]", func() (Range, error) { return rg(-2, 3).Quo(rg(-5, -4)) }, "[-0.75, 0.5]"},
		// -2/-5 = 0.4 and -3/-4 = 0.75.
		{"[-3,-2]/[-5,-4]", func() (Range, error) { return rg(-3, -2).Quo(rg(-5, -4)) }, "[0.4, 0.75]"},
		// 1/3 rounds down to 0.3333333333333333 and 2/3 up to
		// 0.6666666666666667; rounded bounds are closed.
		{"[1,2]/[3,3]", func() (Range, error) { return rg(1, 2).Quo(rg(3, 3)) }, "[0.3333333333333333, 0.6666666666666667]"},
	} {
		r, err := c.got()
		if err != nil || r.String() != c.want {
			t.Errorf("%s = %v, %v; want %s", c.name, r, err, c.want)
		}
	}
}

package indicators_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	mdec "github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// checkFuzzErr fails unless err is a *shenyang.ValueError wrapping one of
// the sentinels the operation may return.
func checkFuzzErr(t *testing.T, op string, err error, allowed ...error) {
	t.Helper()
	var ve *shenyang.ValueError
	if !errors.As(err, &ve) || ve.Op != op {
		t.Fatalf("%s: error %v (%T) is not a *ValueError of %s", op, err, err, op)
	}
	for _, s := range allowed {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("%s: unexpected error %v", op, err)
}

// FuzzGrowth checks Growth and GrowthRange on any two decimals: a zero or
// negative base is an error; otherwise the growth is (current-prior)/prior
// rounded half to even to 16 digits, it lies in the range GrowthRange
// computes from the two values, and Prior recovers the base from it within
// the rounding (see growthTolerance).
func FuzzGrowth(f *testing.F) {
	// The report: $1.65 billion after 15 % growth; imports 75.2 billion
	// after 17.1 %; and edges: a zero base, a fall to zero, a huge rise.
	f.Add(int64(1434782608695652), int32(-6), int64(165), int32(7))
	f.Add(int64(6421861656703672), int32(-5), int64(752), int32(8))
	f.Add(int64(100), int32(0), int64(115), int32(0))
	f.Add(int64(0), int32(0), int64(1), int32(0))
	f.Add(int64(5), int32(0), int64(0), int32(0))
	f.Add(int64(-3), int32(2), int64(7), int32(-1))
	f.Add(int64(1), int32(0), int64(1), int32(20))
	f.Add(int64(1), int32(-600), int64(1), int32(600))
	f.Add(int64(3), int32(0), int64(1), int32(-30))
	f.Fuzz(func(t *testing.T, pc int64, pe int32, cc int64, ce int32) {
		prior, current := decimal.New(pc, pe), decimal.New(cc, ce)
		g, err := indicators.Growth(prior, current)
		if err != nil {
			checkFuzzErr(t, "indicators.Growth", err, shenyang.ErrNotPositive, shenyang.ErrOutOfRange)
			if mdec.Check(prior) == nil && mdec.Check(current) == nil && prior.Sign() <= 0 && !errors.Is(err, shenyang.ErrNotPositive) {
				t.Fatalf("Growth(%s, %s): %v, want ErrNotPositive", mdec.Format(prior), mdec.Format(current), err)
			}
			return
		}
		if prior.Sign() <= 0 {
			t.Fatalf("Growth accepted base %s", mdec.Format(prior))
		}
		// The value: (c-p)/p rounded half to even, worked out exactly.
		p, c := testcheck.Rat(prior), testcheck.Rat(current)
		exact := new(big.Rat).Quo(new(big.Rat).Sub(c, p), p)
		if want, _ := testcheck.Round(exact, mdec.HalfEven); want.Cmp(testcheck.Rat(g)) != 0 {
			t.Fatalf("Growth(%s, %s) = %s, want %s", mdec.Format(prior), mdec.Format(current), mdec.Format(g), want.FloatString(20))
		}
		// The point lies in the range computed from the same values.
		r, err := indicators.GrowthRange(shenyang.Exactly(prior), shenyang.Exactly(current))
		if err != nil {
			// Near the exponent limit, the quotient c/p or a bound rounded
			// outward can leave the module's range when the point does not.
			if !errors.Is(err, shenyang.ErrOutOfRange) || !testcheck.NearLimit(testcheck.Rat(g), new(big.Rat).Quo(c, p)) {
				t.Fatalf("GrowthRange(%s, %s): %v, but Growth succeeded", mdec.Format(prior), mdec.Format(current), err)
			}
			return
		}
		if !r.Contains(g) {
			t.Fatalf("GrowthRange(%s, %s) = %v does not contain Growth = %s", mdec.Format(prior), mdec.Format(current), r, mdec.Format(g))
		}
		// And in the range of the printed precision of both.
		if rp, err := shenyang.RangeOf(prior, shenyang.AsPrinted); err == nil {
			if rc, err := shenyang.RangeOf(current, shenyang.AsPrinted); err == nil {
				if wide, err := indicators.GrowthRange(rp, rc); err == nil && !wide.Contains(g) {
					t.Fatalf("GrowthRange(%v, %v) = %v does not contain %s", rp, rc, wide, mdec.Format(g))
				}
			}
		}
		// Prior recovers the base within the rounding.
		back, err := indicators.Prior(current, g)
		if err != nil {
			checkFuzzErr(t, "indicators.Prior", err, shenyang.ErrNotPositive, shenyang.ErrGrowthTooLow, shenyang.ErrOutOfRange)
			// A non-positive current has no prior; a fall so close to 100 %
			// that the rounded growth is -1 loses it (current/prior below
			// 10^-15); and a result beyond the module's range.
			small := new(big.Rat).Mul(p, testcheck.Tol(15))
			if !errors.Is(err, shenyang.ErrOutOfRange) && current.Sign() > 0 && c.Cmp(small) > 0 {
				t.Fatalf("Prior(%s, Growth = %s): %v", mdec.Format(current), mdec.Format(g), err)
			}
			return
		}
		if !testcheck.Within(testcheck.Rat(back), p, p, growthTolerance(p, c)) {
			t.Fatalf("Prior(%s, Growth(%s, %s) = %s) = %s, not within rounding of the base", mdec.Format(current),
				mdec.Format(prior), mdec.Format(current), mdec.Format(g), mdec.Format(back))
		}
	})
}

// growthTolerance is the relative error that Growth followed by Prior may
// show: each rounds once to 16 digits (a relative error of at most 5e-16
// each), and the error of the growth g is magnified by g/(1+g) = (c-p)/c
// in the division by 1+g. So |back-p| <= p * 1e-15 * (1 + |(c-p)/c|).
func growthTolerance(p, c *big.Rat) *big.Rat {
	m := new(big.Rat).Quo(new(big.Rat).Sub(c, p), c)
	m.Abs(m)
	m.Add(m, big.NewRat(1, 1))
	return m.Mul(m, testcheck.Tol(15))
}

// FuzzPrior checks Prior and PriorRange on any two decimals: a
// non-positive current value or a growth of -1 or less is an error;
// otherwise the prior is current/(1+growth) rounded half to even to 16
// digits, it lies in the range PriorRange computes from the two values, and
// Growth recovers the growth from it within the rounding.
func FuzzPrior(f *testing.F) {
	f.Add(int64(165), int32(7), int64(15), int32(-2))
	f.Add(int64(1055), int32(8), int64(72), int32(-3))
	f.Add(int64(303), int32(8), int64(-1139201185292863), int32(-16))
	f.Add(int64(1), int32(0), int64(-1), int32(0))
	f.Add(int64(1), int32(0), int64(-9999999999999999), int32(-16))
	f.Add(int64(0), int32(0), int64(1), int32(-1))
	f.Add(int64(7), int32(0), int64(1), int32(30))
	f.Add(int64(1), int32(600), int64(1), int32(-600))
	f.Fuzz(func(t *testing.T, cc int64, ce int32, gc int64, ge int32) {
		current, growth := decimal.New(cc, ce), decimal.New(gc, ge)
		p, err := indicators.Prior(current, growth)
		g := testcheck.Rat(growth)
		minusOne := big.NewRat(-1, 1)
		if err != nil {
			checkFuzzErr(t, "indicators.Prior", err, shenyang.ErrNotPositive, shenyang.ErrGrowthTooLow, shenyang.ErrOutOfRange)
			if mdec.Check(current) == nil && mdec.Check(growth) == nil && current.Sign() > 0 && g.Cmp(minusOne) > 0 && !errors.Is(err, shenyang.ErrOutOfRange) {
				t.Fatalf("Prior(%s, %s): %v", mdec.Format(current), mdec.Format(growth), err)
			}
			return
		}
		if current.Sign() <= 0 || g.Cmp(minusOne) <= 0 {
			t.Fatalf("Prior(%s, %s) accepted", mdec.Format(current), mdec.Format(growth))
		}
		c := testcheck.Rat(current)
		onePlus := new(big.Rat).Add(g, big.NewRat(1, 1))
		exact := new(big.Rat).Quo(c, onePlus)
		if want, _ := testcheck.Round(exact, mdec.HalfEven); want.Cmp(testcheck.Rat(p)) != 0 {
			t.Fatalf("Prior(%s, %s) = %s, want %s", mdec.Format(current), mdec.Format(growth), mdec.Format(p), want.FloatString(20))
		}
		r, err := indicators.PriorRange(shenyang.Exactly(current), shenyang.Exactly(growth))
		if err != nil {
			// Near the exponent limit a bound rounded outward, and for a
			// growth of many digits the exact 1+growth, can leave the
			// module's range when the point does not.
			long := mdec.Check(growth.Add(decimal.New(1, 0))) != nil
			edge := long || testcheck.NearLimit(testcheck.Rat(p), onePlus)
			if !errors.Is(err, shenyang.ErrOutOfRange) || !edge {
				t.Fatalf("PriorRange(%s, %s): %v, but Prior succeeded", mdec.Format(current), mdec.Format(growth), err)
			}
			return
		}
		if !r.Contains(p) {
			t.Fatalf("PriorRange(%s, %s) = %v does not contain Prior = %s", mdec.Format(current), mdec.Format(growth), r, mdec.Format(p))
		}
		// Growth from the prior back to current recovers the growth: p has a
		// relative error of at most 5e-16, which moves c/p - 1 by at most
		// 5e-16 * (1+g), and the result rounds once more (5e-16 * |g|).
		back, err := indicators.Growth(p, current)
		if err != nil {
			checkFuzzErr(t, "indicators.Growth", err, shenyang.ErrOutOfRange)
			return
		}
		tol := new(big.Rat).Add(new(big.Rat).Abs(onePlus), new(big.Rat).Abs(g))
		tol.Mul(tol, testcheck.Tol(15))
		if !testcheck.Within(testcheck.Rat(back), g, big.NewRat(1, 1), tol) {
			t.Fatalf("Growth(Prior(%s, %s) = %s, %s) = %s, not within rounding of the growth", mdec.Format(current),
				mdec.Format(growth), mdec.Format(p), mdec.Format(current), mdec.Format(back))
		}
	})
}

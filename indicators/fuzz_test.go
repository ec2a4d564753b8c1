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

// FuzzGrowth checks Growth on any two decimals: a zero or negative base is
// an error; otherwise the growth is (current-prior)/prior rounded half to
// even to 16 digits.
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
			if mdec.Fits(prior) && mdec.Fits(current) && prior.Sign() <= 0 && !errors.Is(err, shenyang.ErrNotPositive) {
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
		if want, _ := testcheck.Round(exact, testcheck.HalfEven); want.Cmp(testcheck.Rat(g)) != 0 {
			t.Fatalf("Growth(%s, %s) = %s, want %s", mdec.Format(prior), mdec.Format(current), mdec.Format(g), want.FloatString(20))
		}
	})
}

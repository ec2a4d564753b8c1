package exact

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// flRat returns the exact value of a.
func flRat(a fl) *big.Rat {
	r := new(big.Rat).SetInt(new(big.Int).SetUint64(a.m))
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(a.e))), nil))
	if a.e < 0 {
		r.Quo(r, p)
	} else {
		r.Mul(r, p)
	}
	if a.neg {
		r.Neg(r)
	}
	return r
}

// flText writes a as "-m e" for tables.
func flText(a fl) string {
	s := strconv.FormatUint(a.m, 10) + "e" + strconv.Itoa(a.e)
	if a.neg {
		return "-" + s
	}
	return s
}

func TestFlOf(t *testing.T) {
	tests := []struct {
		name     string
		q        Q
		down, up string
	}{
		// 10^18/3 = 333333333333333333 rem 1, cut to 15 digits
		{"1/3", ratio(1, 3), "333333333333333e-15", "333333333333334e-15"},
		// negative: down moves away from zero
		{"-2/3", ratio(-2, 3), "-666666666666667e-15", "-666666666666666e-15"},
		// 3/20 = 0.15 exactly: 15 × 10^16 / 10^18, normalized only as far
		// as 15 digits need
		{"3/20", ratio(3, 20), "150000000000000e-15", "150000000000000e-15"},
		{"0", Q{}, "0e-18", "0e-18"},
		// 2^63 - 1 = 922337203685477|5807: the big numerator is cut
		{"maxI", Int(maxI), "922337203685477e4", "922337203685478e4"},
		// the big form: -2^63 rounds first to 16 digits (Floor:
		// -9223372036854776e3) then to 15
		{"minI", Int(minI), "-922337203685478e4", "-922337203685477e4"},
		// 1/(3 × 10^30) in the big form: 3333333333333333e-46 (Floor),
		// 3333333333333334e-46 (Ceil), then 15 digits
		{"1/3e30", ratio(1, 3).Quo(Dec(decimal.New(1, 30))), "333333333333333e-45", "333333333333334e-45"},
		// below 10^-18: the small form keeps no digit; 0 and 10^-18
		// still bound it
		{"1/maxI", ratio(1, maxI), "0e-18", "1e-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, ok1 := flOf(tt.q, down)
			hi, ok2 := flOf(tt.q, up)
			if !ok1 || !ok2 {
				t.Fatalf("flOf(%v) declined", tt.q)
			}
			if diff := cmp.Diff([2]string{tt.down, tt.up}, [2]string{flText(lo), flText(hi)}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			x := tt.q.Rat()
			if flRat(lo).Cmp(x) > 0 || flRat(hi).Cmp(x) < 0 {
				t.Errorf("[%s, %s] does not hold %s", flText(lo), flText(hi), x.RatString())
			}
		})
	}
}

func TestFlOps(t *testing.T) {
	third := fl{m: 333333333333333, e: -15}
	twoThirds := fl{m: 666666666666666, e: -15}
	nines := fl{m: 999999999999999}
	tests := []struct {
		name     string
		op       func(dir) fl
		down, up string
	}{
		// exact: 0.333333333333333 + 0.666666666666666 = 0.999999999999999
		{"add exact", func(d dir) fl { return third.add(twoThirds, d) }, "999999999999999e-15", "999999999999999e-15"},
		// 999999999999999 + 1 = 10^15: one digit more, exact at 100000000000000e1
		{"add carry", func(d dir) fl { return nines.add(fl{m: 1}, d) }, "100000000000000e1", "100000000000000e1"},
		// 999999999999999 + 2 = 1000000000000001: the last digit is cut
		{"add cut", func(d dir) fl { return nines.add(fl{m: 2}, d) }, "100000000000000e1", "100000000000001e1"},
		// 0.333333333333333 - 0.666666666666666 = -0.333333333333333
		{"sub exact", func(d dir) fl { return third.add(twoThirds.neg1(), d) }, "-333333333333333e-15", "-333333333333333e-15"},
		// 10^30 + 1 is below a unit of 10^30's last digit (m = 1): down
		// keeps 1e30, up moves to 2e30
		{"add tiny", func(d dir) fl { return fl{m: 1, e: 30}.add(fl{m: 1}, d) }, "1e30", "2e30"},
		// 10^30 - 1: down moves to 0e30, up keeps 1e30
		{"sub tiny", func(d dir) fl { return fl{m: 1, e: 30}.add(fl{neg: true, m: 1}, d) }, "0e30", "1e30"},
		// -10^30 + 1: the magnitude shrinks; down keeps -1e30
		{"neg add tiny", func(d dir) fl { return fl{neg: true, m: 1, e: 30}.add(fl{m: 1}, d) }, "-1e30", "0e30"},
		// 999999999999999^2 = 999999999999998|000000000000001
		{"mul", func(d dir) fl { return nines.mul(nines, d) }, "999999999999998e15", "999999999999999e15"},
		{"mul negative", func(d dir) fl { return nines.mul(nines.neg1(), d) }, "-999999999999999e15", "-999999999999998e15"},
		// 1/3 = 10^18/3 × 10^-18 = 333333333333333|333 × 10^-18
		{"quo", func(d dir) fl { return fl{m: 1}.quo(fl{m: 3}, d) }, "333333333333333e-15", "333333333333334e-15"},
		{"quo negative", func(d dir) fl { return fl{m: 1}.quo(fl{neg: true, m: 3}, d) }, "-333333333333334e-15", "-333333333333333e-15"},
		// 6/3 = 2 exactly: 2 × 10^18 × 10^-18, cut to 15 digits without loss
		{"quo exact", func(d dir) fl { return fl{m: 6}.quo(fl{m: 3}, d) }, "200000000000000e-14", "200000000000000e-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [2]string{flText(tt.op(down)), flText(tt.op(up))}
			if diff := cmp.Diff([2]string{tt.down, tt.up}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestFlCmp(t *testing.T) {
	tests := []struct {
		a, b fl
		want int
	}{
		{fl{m: 1, e: 1}, fl{m: 10}, 0},                 // 10 = 10
		{fl{m: 1, e: 20}, fl{m: 999999999999999}, 1},   // 10^20 > 10^15 - 1
		{fl{m: 1, e: 40}, fl{m: 999999999999999}, 1},   // exponents 40 apart
		{fl{m: 5, e: -1}, fl{m: 1}, -1},                // 0.5 < 1
		{fl{neg: true, m: 5}, fl{m: 1}, -1},            // -5 < 1
		{fl{neg: true, m: 5}, fl{neg: true, m: 1}, -1}, // -5 < -1
		{fl{m: 0, e: 7}, fl{m: 0, e: -3}, 0},           // zeros of any exponent
		{fl{m: 0}, fl{neg: true, m: 1, e: -30}, 1},
	}
	for _, tt := range tests {
		if got := tt.a.cmp(tt.b); got != tt.want {
			t.Errorf("%s cmp %s = %d, want %d", flText(tt.a), flText(tt.b), got, tt.want)
		}
		if got := tt.b.cmp(tt.a); got != -tt.want {
			t.Errorf("%s cmp %s = %d, want %d", flText(tt.b), flText(tt.a), got, -tt.want)
		}
	}
}

// TestFiSound checks, on a table of exact values, that each fi operation
// holds the exact result of every pair of values drawn from its operands.
func TestFiSound(t *testing.T) {
	values := []Q{
		Q{}, Int(1), Int(-1), ratio(1, 3), ratio(-2, 7), ratio(1e15+1, 3), Int(maxI), Int(minI),
		ratio(1, maxI), ratio(1, 3).Quo(Dec(decimal.New(1, 30))), Dec(decimal.New(-7, 30)).Quo(Int(3)),
	}
	interval := func(a, b Q) (Interval, Q, Q) {
		if a.Cmp(b) > 0 {
			a, b = b, a
		}
		return Interval{Lo: Bound{V: a}, Hi: Bound{V: b}}, a, b
	}
	holds := func(r fi, x *big.Rat) bool { return flRat(r.lo).Cmp(x) <= 0 && flRat(r.hi).Cmp(x) >= 0 }
	for _, a1 := range values {
		for _, a2 := range values[:4] {
			ra, al, ah := interval(a1, a2)
			for _, b1 := range values {
				for _, b2 := range values[:4] {
					rb, bl, bh := interval(b1, b2)
					fa, ok1 := fiOf(ra)
					fb, ok2 := fiOf(rb)
					if !ok1 || !ok2 {
						t.Fatalf("fiOf declined %s or %s", ivText(ra), ivText(rb))
					}
					q, qok := fa.quo(fb)
					for _, x := range []Q{al, ah} {
						for _, y := range []Q{bl, bh} {
							xr, yr := x.Rat(), y.Rat()
							checks := []struct {
								name string
								r    fi
								v    *big.Rat
							}{
								{"add", fa.add(fb), new(big.Rat).Add(xr, yr)},
								{"neg", fa.neg(), new(big.Rat).Neg(xr)},
								{"mul", fa.mul(fb), new(big.Rat).Mul(xr, yr)},
							}
							if qok {
								if y.Sign() == 0 {
									t.Fatalf("%s / %s: quo accepted a divisor holding 0", ivText(ra), ivText(rb))
								}
								checks = append(checks, struct {
									name string
									r    fi
									v    *big.Rat
								}{"quo", q, new(big.Rat).Quo(xr, yr)})
							} else if bl.Sign() > 0 || bh.Sign() < 0 {
								// fiOf may widen a divisor to touch 0 only
								// when an end is below 10^-18
								if bl.Cmp(ratio(1, 1e18)) >= 0 || bh.Cmp(ratio(-1, 1e18)) <= 0 {
									t.Errorf("%s / %s: quo refused a divisor away from 0", ivText(ra), ivText(rb))
								}
							}
							for _, c := range checks {
								if !holds(c.r, c.v) {
									t.Errorf("%s: %s op %s: [%s, %s] does not hold %s", c.name, ivText(ra), ivText(rb), flText(c.r.lo), flText(c.r.hi), c.v.RatString())
								}
							}
						}
					}
				}
			}
		}
	}
}

func TestFiSign(t *testing.T) {
	tests := []struct {
		r    fi
		want int
	}{
		{fi{fl{m: 0}, fl{m: 1}}, 1},
		{fi{fl{m: 1}, fl{m: 2}}, 1},
		{fi{fl{neg: true, m: 1}, fl{m: 0}}, -1},
		{fi{fl{neg: true, m: 1}, fl{m: 1}}, 0},
	}
	for _, tt := range tests {
		if got := tt.r.sign(); got != tt.want {
			t.Errorf("[%s, %s].sign() = %d, want %d", flText(tt.r.lo), flText(tt.r.hi), got, tt.want)
		}
	}
	// a divisor touching or straddling zero is refused
	for _, b := range []fi{{fl{m: 0}, fl{m: 1}}, {fl{neg: true, m: 1}, fl{m: 0}}, {fl{neg: true, m: 1}, fl{m: 1}}} {
		if _, ok := (fi{fl{m: 1}, fl{m: 2}}).quo(b); ok {
			t.Errorf("[1, 2] / [%s, %s] accepted", flText(b.lo), flText(b.hi))
		}
	}
}

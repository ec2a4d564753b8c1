package exact

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
)

// The fuzz targets check the package against math/big.Rat, which the
// tests use as the exact oracle: every value is rebuilt there from the
// fuzzer's integers without going through the code under test.

// ratOf returns n/d × 10^s as a big.Rat (d != 0).
func ratOf(n, d int64, s int) *big.Rat {
	r := new(big.Rat).SetFrac(big.NewInt(n), big.NewInt(d))
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(s))), nil))
	if s < 0 {
		return r.Quo(r, p)
	}
	return r.Mul(r, p)
}

// qOf builds n/d × 10^s with the package's operations.
func qOf(n, d int64, s int) Q {
	return Int(n).Quo(Int(d)).Mul(Dec(decimal.New(1, int32(s))))
}

// checkForm reports how q breaks the representation Q documents: the
// small form while the numerator and denominator fit an int64 (the
// numerator -2^63 aside, which the package keeps big so that negation
// cannot overflow), in lowest terms with a positive denominator.
func checkForm(q Q) string {
	if q.r == nil {
		if q.d < 0 || (q.d == 0 && q.n != 0) {
			return "small form with a denominator below 1"
		}
		if q.n == math.MinInt64 {
			return "small form holding -2^63"
		}
		if g := gcd(abs64(q.n), q.den()); g > 1 && q.n != 0 {
			return "small form not in lowest terms"
		}
		return ""
	}
	if q.r.Num().IsInt64() && q.r.Denom().IsInt64() && q.r.Num().Int64() != math.MinInt64 {
		return "big form for a value that fits int64"
	}
	return ""
}

func FuzzQ(f *testing.F) {
	f.Add(int64(1), int64(2), int8(0), int64(1), int64(3), int8(0))
	f.Add(int64(math.MaxInt64), int64(1), int8(0), int64(1), int64(1), int8(0))
	f.Add(int64(math.MinInt64), int64(1), int8(0), int64(-1), int64(1), int8(0))
	f.Add(int64(math.MinInt64), int64(-1), int8(0), int64(math.MinInt64), int64(3), int8(0))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64-1), int8(0), int64(math.MaxInt64-1), int64(math.MaxInt64-2), int8(0))
	f.Add(int64(7), int64(3), int8(30), int64(-5), int64(9), int8(-30))
	f.Add(int64(0), int64(5), int8(0), int64(0), int64(-5), int8(0))
	f.Fuzz(func(t *testing.T, an, ad int64, as int8, bn, bd int64, bs int8) {
		if ad == 0 || bd == 0 {
			return
		}
		sa, sb := int(as)%40, int(bs)%40
		a, b := qOf(an, ad, sa), qOf(bn, bd, sb)
		ar, br := ratOf(an, ad, sa), ratOf(bn, bd, sb)
		for _, c := range []struct {
			name string
			got  Q
			want *big.Rat
		}{
			{"a", a, ar},
			{"b", b, br},
			{"a+b", a.Add(b), new(big.Rat).Add(ar, br)},
			{"a-b", a.Sub(b), new(big.Rat).Sub(ar, br)},
			{"a*b", a.Mul(b), new(big.Rat).Mul(ar, br)},
			{"-a", a.Neg(), new(big.Rat).Neg(ar)},
		} {
			if c.got.rat().Cmp(c.want) != 0 {
				t.Fatalf("%s = %v, want %s (a = %s, b = %s)", c.name, c.got, c.want.RatString(), ar.RatString(), br.RatString())
			}
			if why := checkForm(c.got); why != "" {
				t.Fatalf("%s = %v: %s", c.name, c.got, why)
			}
		}
		if br.Sign() != 0 {
			got, want := a.Quo(b), new(big.Rat).Quo(ar, br)
			if got.rat().Cmp(want) != 0 {
				t.Fatalf("a/b = %v, want %s", got, want.RatString())
			}
			if why := checkForm(got); why != "" {
				t.Fatalf("a/b = %v: %s", got, why)
			}
			if inv := b.Inv(); inv.rat().Cmp(new(big.Rat).Inv(br)) != 0 {
				t.Fatalf("1/b = %v, want %s", inv, new(big.Rat).Inv(br).RatString())
			}
		}
		if got, want := a.Cmp(b), ar.Cmp(br); got != want {
			t.Fatalf("Cmp(%s, %s) = %d, want %d", ar.RatString(), br.RatString(), got, want)
		}
		if got, want := a.Sign(), ar.Sign(); got != want {
			t.Fatalf("Sign(%s) = %d, want %d", ar.RatString(), got, want)
		}
		// Rat hands out a copy, and String agrees with the oracle
		if got := a.String(); got != ar.RatString() {
			t.Fatalf("String = %s, want %s", got, ar.RatString())
		}
		a.Rat().SetInt64(12345)
		if a.rat().Cmp(ar) != 0 {
			t.Fatalf("changing Rat() changed a")
		}
	})
}

// pow10Rat returns 10^e as a big.Rat.
func pow10Rat(e int) *big.Rat {
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(e))), nil))
	if e < 0 {
		return p.Inv(p)
	}
	return p
}

// oracleRound rounds x to 16 significant digits in mode m: it finds the
// exponent e with 10^15 <= |x| / 10^e < 10^16 by comparing with powers of
// ten, takes the integer part of |x| / 10^e and moves it up by one as the
// mode and the fraction left say. It returns the rounded value and
// whether x needed no rounding.
func oracleRound(x *big.Rat, m Mode) (*big.Rat, bool) {
	if x.Sign() == 0 {
		return new(big.Rat), true
	}
	neg := x.Sign() < 0
	a := new(big.Rat).Abs(x)
	// a first guess from the lengths of the decimal digit strings
	e := len(a.Num().String()) - len(a.Denom().String()) - 16
	for a.Cmp(new(big.Rat).Mul(pow10Rat(16), pow10Rat(e))) >= 0 {
		e++
	}
	for a.Cmp(new(big.Rat).Mul(pow10Rat(15), pow10Rat(e))) < 0 {
		e--
	}
	s := new(big.Rat).Quo(a, pow10Rat(e))
	c := new(big.Int).Quo(s.Num(), s.Denom())
	frac := new(big.Rat).Sub(s, new(big.Rat).SetInt(c))
	half := big.NewRat(1, 2)
	var bump bool
	switch m {
	case HalfEven:
		k := frac.Cmp(half)
		bump = k > 0 || (k == 0 && c.Bit(0) == 1)
	case Floor:
		bump = neg && frac.Sign() != 0
	case Ceil:
		bump = !neg && frac.Sign() != 0
	}
	if bump {
		c.Add(c, big.NewInt(1))
	}
	out := new(big.Rat).Mul(new(big.Rat).SetInt(c), pow10Rat(e))
	if neg {
		out.Neg(out)
	}
	return out, frac.Sign() == 0
}

// decRat returns d's exact value, from its coefficient and exponent.
func decRat(d decimal.Decimal) *big.Rat {
	return new(big.Rat).Mul(new(big.Rat).SetInt(d.Coefficient()), pow10Rat(int(d.Exponent())))
}

func FuzzRound(f *testing.F) {
	f.Add(int64(1), int64(3), int8(0))
	f.Add(int64(12345678901234565), int64(1e16), int8(0))
	f.Add(int64(19999999999999999), int64(2), int8(0))
	f.Add(int64(math.MinInt64), int64(1), int8(0))
	f.Add(int64(math.MaxInt64), int64(7), int8(-30))
	f.Add(int64(1), int64(math.MaxInt64), int8(5))
	f.Add(int64(-10000000000000005), int64(1), int8(4))
	f.Add(int64(999999999999999999), int64(1), int8(3))
	f.Fuzz(func(t *testing.T, n, d int64, s int8) {
		if d == 0 {
			return
		}
		q, x := qOf(n, d, int(s)), ratOf(n, d, int(s))
		for _, m := range []Mode{HalfEven, Floor, Ceil} {
			got, exact := Round(q, m)
			want, wantExact := oracleRound(x, m)
			if decRat(got).Cmp(want) != 0 || exact != wantExact {
				t.Fatalf("Round(%s, mode %d) = %s (exact %v), want %s (exact %v)", x.RatString(), m, decRat(got).RatString(), exact, want.RatString(), wantExact)
			}
			c := new(big.Int).Abs(got.Coefficient())
			if c.Sign() != 0 && new(big.Int).Rem(c, big.NewInt(10)).Sign() == 0 {
				t.Fatalf("Round(%s, mode %d): coefficient %s keeps a trailing zero", x.RatString(), m, got.Coefficient())
			}
			if c.Cmp(big.NewInt(1e16)) >= 0 {
				t.Fatalf("Round(%s, mode %d): coefficient %s has more than 16 digits", x.RatString(), m, got.Coefficient())
			}
		}
	})
}

// kind is the shape of one end of a fuzzed interval.
type kind uint8

const (
	kClosed kind = iota
	kOpen
	kInf
)

// fuzzInterval builds the interval from lo/den to (lo+w)/den with the
// kinds of its ends taken from k (two bits each; 3 reads as closed), and
// the same as a pair of oracle ends.
func fuzzInterval(lo int8, w uint8, den uint8, k uint8) Interval {
	d := int64(den%16) + 1
	l, h := kind(k&3), kind(k>>2&3)
	if l == 3 {
		l = kClosed
	}
	if h == 3 {
		h = kClosed
	}
	if w == 0 && l != kInf && h != kInf { // a point: both ends closed
		l, h = kClosed, kClosed
	}
	b := func(n int64, k kind) Bound {
		if k == kInf {
			return Bound{Inf: true}
		}
		return Bound{V: fromRat(big.NewRat(n, d)), Open: k == kOpen}
	}
	return Interval{Lo: b(int64(lo), l), Hi: b(int64(lo)+int64(w), h)}
}

// contains reports whether r holds x, as its bounds say.
func contains(r Interval, x *big.Rat) bool {
	if !r.Lo.Inf {
		k := x.Cmp(r.Lo.V.rat())
		if k < 0 || (k == 0 && r.Lo.Open) {
			return false
		}
	}
	if !r.Hi.Inf {
		k := x.Cmp(r.Hi.V.rat())
		if k > 0 || (k == 0 && r.Hi.Open) {
			return false
		}
	}
	return true
}

// samples returns points of r: its closed ends, points a 10^-20 of its
// width inside its open ends, points between, 0 when r holds it, and
// points out to ±10^20 along an unbounded end.
func samples(r Interval) []*big.Rat {
	var out []*big.Rat
	tiny, huge := pow10Rat(-20), pow10Rat(20)
	add := func(x *big.Rat) {
		if contains(r, x) {
			out = append(out, x)
		}
	}
	switch {
	case !r.Lo.Inf && !r.Hi.Inf:
		lo, hi := r.Lo.V.rat(), r.Hi.V.rat()
		w := new(big.Rat).Sub(hi, lo)
		add(lo)
		add(hi)
		for _, k := range []int64{1, 2, 3} {
			add(new(big.Rat).Add(lo, new(big.Rat).Mul(w, big.NewRat(k, 4))))
		}
		add(new(big.Rat).Add(lo, new(big.Rat).Mul(w, tiny)))
		add(new(big.Rat).Sub(hi, new(big.Rat).Mul(w, tiny)))
	case !r.Hi.Inf:
		hi := r.Hi.V.rat()
		for _, off := range []*big.Rat{new(big.Rat), tiny, big.NewRat(1, 1), huge} {
			add(new(big.Rat).Sub(hi, off))
		}
	case !r.Lo.Inf:
		lo := r.Lo.V.rat()
		for _, off := range []*big.Rat{new(big.Rat), tiny, big.NewRat(1, 1), huge} {
			add(new(big.Rat).Add(lo, off))
		}
	default:
		for _, x := range []*big.Rat{new(big.Rat).Neg(huge), big.NewRat(-1, 1), big.NewRat(1, 1), huge} {
			add(x)
		}
	}
	add(new(big.Rat))
	return out
}

// divisorAway reports whether every point of r is above 0 or every point
// below it.
func divisorAway(r Interval) bool {
	above := !r.Lo.Inf && (r.Lo.V.Sign() > 0 || (r.Lo.V.Sign() == 0 && r.Lo.Open))
	below := !r.Hi.Inf && (r.Hi.V.Sign() < 0 || (r.Hi.V.Sign() == 0 && r.Hi.Open))
	return above || below
}

func FuzzIntervals(f *testing.F) {
	// kinds: bits 0-1 a.lo, 2-3 a.hi, 4-5 b.lo, 6-7 b.hi; 0 closed, 1 open, 2 unbounded
	f.Add(int8(2), uint8(1), uint8(0), int8(4), uint8(1), uint8(0), uint8(0))             // [2, 3] and [4, 5]
	f.Add(int8(-2), uint8(5), uint8(0), int8(4), uint8(1), uint8(0), uint8(0b0000_0100))  // [-2, 3) and [4, 5]
	f.Add(int8(0), uint8(1), uint8(0), int8(1), uint8(0), uint8(0), uint8(0b1000_0001))   // (0, 1] and [1, +inf)
	f.Add(int8(-1), uint8(1), uint8(0), int8(-1), uint8(1), uint8(0), uint8(0b0101_0101)) // (-1, 0) twice
	f.Add(int8(1), uint8(1), uint8(0), int8(0), uint8(1), uint8(0), uint8(0b0000_0001))   // (1, 2] and [0, 1]
	f.Add(int8(1), uint8(1), uint8(0), int8(-1), uint8(1), uint8(0), uint8(0b0100_0000))  // [1, 2] and [-1, 0)
	f.Add(int8(-3), uint8(8), uint8(2), int8(0), uint8(0), uint8(0), uint8(0b1001_0000))  // [-1, 5/3] and (0, +inf)
	f.Add(int8(0), uint8(0), uint8(0), int8(0), uint8(0), uint8(0), uint8(0b1010_1010))   // unbounded twice
	f.Fuzz(func(t *testing.T, alo int8, aw, ad uint8, blo int8, bw, bd uint8, kinds uint8) {
		a, b := fuzzInterval(alo, aw, ad, kinds), fuzzInterval(blo, bw, bd, kinds>>4)
		sa, sb := samples(a), samples(b)
		ops := []struct {
			name string
			r    Interval
			f    func(x, y *big.Rat) *big.Rat
		}{
			{"+", AddIntervals(a, b), func(x, y *big.Rat) *big.Rat { return new(big.Rat).Add(x, y) }},
			{"*", MulIntervals(a, b), func(x, y *big.Rat) *big.Rat { return new(big.Rat).Mul(x, y) }},
		}
		q, err := QuoIntervals(a, b)
		switch {
		case divisorAway(b) && err != nil:
			t.Fatalf("%s / %s: %v for a divisor away from 0", ivText(a), ivText(b), err)
		case !divisorAway(b) && !errors.Is(err, ErrDivisorZero):
			t.Fatalf("%s / %s = %s, %v; want ErrDivisorZero", ivText(a), ivText(b), ivText(q), err)
		case err == nil:
			ops = append(ops, struct {
				name string
				r    Interval
				f    func(x, y *big.Rat) *big.Rat
			}{"/", q, func(x, y *big.Rat) *big.Rat { return new(big.Rat).Quo(x, y) }})
		}
		for _, o := range ops {
			where := ivText(a) + " " + o.name + " " + ivText(b) + " = " + ivText(o.r)
			// every sample's result is in the range
			var vals []*big.Rat
			for _, x := range sa {
				for _, y := range sb {
					if o.name == "/" && y.Sign() == 0 {
						t.Fatalf("%s: the divisor holds 0", where)
					}
					v := o.f(x, y)
					if !contains(o.r, v) {
						t.Fatalf("%s: %s %s %s = %s is outside", where, x.RatString(), o.name, y.RatString(), v.RatString())
					}
					vals = append(vals, v)
				}
			}
			// a closed end is attained, an open one is not. An end can
			// only be attained where each operand is at a closed end or
			// where one factor is 0 (and the other anywhere): the
			// samples hold those points, and only points of a and b.
			attained := func(e *big.Rat) bool {
				for _, v := range vals {
					if v.Cmp(e) == 0 {
						return true
					}
				}
				return false
			}
			// an end is the limit of the samples: one comes within
			// 10^-6 of it (relative to it when it is above 1), and an
			// unbounded end is passed by far
			near := func(e *big.Rat) bool {
				tol := new(big.Rat).Abs(e)
				if tol.Cmp(big.NewRat(1, 1)) < 0 {
					tol.SetInt64(1)
				}
				tol.Mul(tol, pow10Rat(-6))
				for _, v := range vals {
					if new(big.Rat).Abs(new(big.Rat).Sub(v, e)).Cmp(tol) <= 0 {
						return true
					}
				}
				return false
			}
			far := pow10Rat(10)
			for _, end := range []struct {
				b    Bound
				sign int
			}{{o.r.Lo, -1}, {o.r.Hi, 1}} {
				if end.b.Inf {
					passed := false
					for _, v := range vals {
						if v.Sign() == end.sign && new(big.Rat).Abs(v).Cmp(far) > 0 {
							passed = true
						}
					}
					if !passed {
						t.Fatalf("%s: no sample goes beyond 10^10 toward the unbounded end", where)
					}
					continue
				}
				v := end.b.V.rat()
				if got := attained(v); got == end.b.Open {
					t.Fatalf("%s: end %s is open %v but attained %v", where, v.RatString(), end.b.Open, got)
				}
				if !near(v) {
					t.Fatalf("%s: no sample comes near the end %s", where, v.RatString())
				}
			}
		}
		// Neg: each point's negative is in the negated range
		n := Neg(a)
		for _, x := range sa {
			if !contains(n, new(big.Rat).Neg(x)) {
				t.Fatalf("-%s = %s does not hold -%s", ivText(a), ivText(n), x.RatString())
			}
		}
	})
}

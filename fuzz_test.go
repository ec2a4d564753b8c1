package shenyang_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	mdec "github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shopspring/decimal"
)

// fuzzErr fails unless err is a *ValueError or *UnitError wrapping one
// of the allowed sentinels.
func fuzzErr(t *testing.T, what string, err error, allowed ...error) {
	t.Helper()
	var ve *shenyang.ValueError
	var me *shenyang.UnitError
	if !errors.As(err, &ve) && !errors.As(err, &me) {
		t.Fatalf("%s: error %v (%T) is neither a *ValueError nor a *UnitError", what, err, err)
	}
	for _, s := range allowed {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("%s: unexpected error %v", what, err)
}

// almostOne is 1.01 * 10^-15, the relative error two roundings to 16
// digits can reach together: (1 + 5e-16)^2 - 1, with room to spare.
var almostOne = new(big.Rat).Mul(big.NewRat(101, 100), testcheck.Tol(15))

// FuzzConvert checks NewRate, RateBetween and Rate.Convert: a conversion
// is the exact product or quotient rounded half to even to 16 digits;
// converting back at the same rate returns the amount within that rounding
// (twice 5e-16, relative); the inverse rate and the rate decoded from its
// JSON convert alike.
func FuzzConvert(f *testing.F) {
	// 105.5 billion yuan at the rate "$15 billion" implies; 52 billion
	// yuan at the official 6.8985; edges.
	f.Add(int64(1055), int32(8), int64(15), int32(9), int64(1055), int32(8), true, false)
	f.Add(int64(52), int32(9), int64(68985), int32(-4), int64(0), int32(0), false, false)
	f.Add(int64(15), int32(9), int64(68985), int32(-4), int64(0), int32(0), false, true)
	f.Add(int64(1), int32(0), int64(3), int32(0), int64(1), int32(0), true, true)
	f.Add(int64(-7), int32(-3), int64(7), int32(0), int64(0), int32(0), false, true)
	f.Add(int64(1), int32(0), int64(0), int32(0), int64(1), int32(0), true, false)
	f.Add(int64(1), int32(600), int64(1), int32(600), int64(0), int32(0), false, true)
	f.Fuzz(func(t *testing.T, ac int64, ae int32, rc int64, re int32, qc int64, qe int32, between, fromUSD bool) {
		amount, r, q := decimal.New(ac, ae), decimal.New(rc, re), decimal.New(qc, qe)
		// One unit of USD is worth num/den CNY.
		var rate shenyang.Rate
		var err error
		num, den := testcheck.Rat(r), big.NewRat(1, 1)
		if between {
			usd, err1 := shenyang.NewMoney(r, shenyang.USD)
			cny, err2 := shenyang.NewMoney(q, shenyang.CNY)
			if err1 != nil || err2 != nil {
				return
			}
			rate, err = shenyang.RateBetween(usd, cny)
			num, den = testcheck.Rat(q), testcheck.Rat(r)
		} else {
			rate, err = shenyang.NewRate(shenyang.USD, shenyang.CNY, r)
		}
		if err != nil {
			fuzzErr(t, "rate", err, shenyang.ErrNotPositive, shenyang.ErrOutOfRange)
			return
		}
		from, factor := shenyang.CNY, new(big.Rat).Quo(den, num)
		if fromUSD {
			from, factor = shenyang.USD, new(big.Rat).Quo(num, den)
		}
		m, err := shenyang.NewMoney(amount, from)
		if err != nil {
			fuzzErr(t, "NewMoney", err, shenyang.ErrOutOfRange)
			return
		}
		c, err := rate.Convert(m)
		a := testcheck.Rat(amount)
		exact := new(big.Rat).Mul(a, factor)
		if err != nil {
			fuzzErr(t, "Convert", err, shenyang.ErrOutOfRange)
			if !testcheck.NearLimit(exact) {
				t.Fatalf("%v.Convert(%v): %v", rate, m, err)
			}
			return
		}
		if want, _ := testcheck.Round(exact, testcheck.HalfEven); want.Cmp(testcheck.Rat(c.Amount())) != 0 || c.Currency() == from {
			t.Fatalf("%v.Convert(%v) = %v, want %s in the other currency", rate, m, c, want.FloatString(20))
		}
		// There and back.
		back, err := rate.Convert(c)
		if err != nil {
			fuzzErr(t, "Convert back", err, shenyang.ErrOutOfRange)
			if !testcheck.NearLimit(a) {
				t.Fatalf("%v.Convert(%v): %v", rate, c, err)
			}
			return
		}
		if back.Currency() != from || !testcheck.Within(testcheck.Rat(back.Amount()), a, a, almostOne) {
			t.Fatalf("%v: %v -> %v -> %v, not within rounding", rate, m, c, back)
		}
		// The inverse rate and the decoded rate convert alike.
		b, err := json.Marshal(rate)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", rate, err)
		}
		var decoded shenyang.Rate
		if err := json.Unmarshal(b, &decoded); err != nil || !decoded.Equal(rate) {
			t.Fatalf("rate %s decodes as %v, %v", b, decoded, err)
		}
		if again, err := decoded.Convert(m); err != nil || !again.Equal(c) {
			t.Fatalf("decoded rate converts %v to %v, %v; want %v", m, again, err, c)
		}
	})
}

// fuzzBound makes a bound of kind k: 0 closed, 1 open, 2 unbounded, 3
// closed.
func fuzzBound(v decimal.Decimal, k uint8) shenyang.Bound {
	switch k & 3 {
	case 1:
		return shenyang.Open(v)
	case 2:
		return shenyang.Unbounded()
	}
	return shenyang.Closed(v)
}

// candidates returns values that lie in r: its finite bounds, their
// midpoint and values one unit inside them.
func candidates(r shenyang.Range, a, b decimal.Decimal) []decimal.Decimal {
	one := decimal.New(1, 0)
	var out []decimal.Decimal
	for _, v := range []decimal.Decimal{a, b, a.Add(b).Mul(decimal.New(5, -1)), a.Add(one), b.Sub(one), a.Sub(one), b.Add(one)} {
		if r.Contains(v) {
			out = append(out, v)
		}
	}
	return out
}

// FuzzRange checks NewRange and Intersect on ranges built from four
// decimals and their kinds of bound: an intersection lies in both ranges,
// and is refused only when no candidate lies in both; the text and JSON
// forms read back to the same range.
func FuzzRange(f *testing.F) {
	f.Add(int64(1645), int32(6), int64(1655), int32(6), int64(7515), int32(7), int64(7525), int32(7), uint8(0))
	f.Add(int64(1), int32(0), int64(2), int32(0), int64(-1), int32(0), int64(1), int32(0), uint8(0))
	f.Add(int64(100), int32(0), int64(0), int32(0), int64(68), int32(-1), int64(73), int32(-1), uint8(0b0000_1001))
	f.Add(int64(1), int32(0), int64(0), int32(0), int64(2), int32(0), int64(0), int32(0), uint8(0b1001_1001))
	f.Add(int64(0), int32(0), int64(-5), int32(-1), int64(3), int32(0), int64(4), int32(0), uint8(0b0000_0110))
	f.Add(int64(1), int32(600), int64(2), int32(600), int64(1), int32(-600), int64(3), int32(-600), uint8(0))
	f.Add(int64(1), int32(0), int64(2), int32(0), int64(2), int32(0), int64(3), int32(0), uint8(0b0001_0100))
	f.Fuzz(func(t *testing.T, ac int64, ae int32, bc int64, be int32, cc int64, ce int32, dc int64, de int32, kinds uint8) {
		a, b, c, d := decimal.New(ac, ae), decimal.New(bc, be), decimal.New(cc, ce), decimal.New(dc, de)
		r, err := shenyang.NewRange(fuzzBound(a, kinds), fuzzBound(b, kinds>>2))
		if err != nil {
			fuzzErr(t, "NewRange", err, shenyang.ErrEmptyRange, shenyang.ErrUnbounded, shenyang.ErrOutOfRange)
			return
		}
		s, err := shenyang.NewRange(fuzzBound(c, kinds>>4), fuzzBound(d, kinds>>6))
		if err != nil {
			fuzzErr(t, "NewRange", err, shenyang.ErrEmptyRange, shenyang.ErrUnbounded, shenyang.ErrOutOfRange)
			return
		}
		for _, x := range []shenyang.Range{r, s} {
			back, err := shenyang.ParseRange(x.String())
			if err != nil || !back.Equal(x) {
				t.Fatalf("ParseRange(%q) = %v, %v", x.String(), back, err)
			}
			testcheck.RoundTrip(t, x)
		}
		xs, ys := candidates(r, a, b), candidates(s, c, d)
		in, err := r.Intersect(s)
		if err != nil {
			fuzzErr(t, "Intersect", err, shenyang.ErrEmptyRange)
			for _, v := range append(xs, ys...) {
				if r.Contains(v) && s.Contains(v) {
					t.Fatalf("%v.Intersect(%v): %v, but both contain %s", r, s, err, mdec.Format(v))
				}
			}
			return
		}
		if v, bad := intersectDisagrees(r, s, in, append(xs, ys...)); bad {
			t.Fatalf("%v.Intersect(%v) = %v disagrees on %s", r, s, in, mdec.Format(v))
		}
		for _, bd := range []shenyang.Bound{in.Low(), in.High()} {
			if v, ok := bd.Value(); ok && !bd.IsOpen() && (!r.Contains(v) || !s.Contains(v)) {
				t.Fatalf("%v.Intersect(%v) = %v: bound %s outside an operand", r, s, in, mdec.Format(v))
			}
		}
	})
}

// intersectDisagrees returns a value of vs on which in, the intersection
// of r and s, disagrees with them: a value in both r and s that in lacks,
// or one in in that r or s lacks.
func intersectDisagrees(r, s, in shenyang.Range, vs []decimal.Decimal) (decimal.Decimal, bool) {
	for _, v := range vs {
		if (r.Contains(v) && s.Contains(v)) != in.Contains(v) {
			return v, true
		}
	}
	return decimal.Decimal{}, false
}

// TestIntersectPropertyCatchesMutant checks FuzzRange's Intersect property
// itself (issue 11, item 12): written r.Contains(v) && s.Contains(v) !=
// in.Contains(v), Go reads it as r.Contains(v) && (s.Contains(v) !=
// in.Contains(v)), which never checks a point outside r. A mutant of
// Intersect that keeps the points of s below r, returning [0, 2] for
// [1, 3] and [0, 2], passes that reading and fails the property as meant.
func TestIntersectPropertyCatchesMutant(t *testing.T) {
	one, two, three, zero := decimal.New(1, 0), decimal.New(2, 0), decimal.New(3, 0), decimal.Decimal{}
	r := mustRange(t, shenyang.Closed(one), shenyang.Closed(three))
	s := mustRange(t, shenyang.Closed(zero), shenyang.Closed(two))
	vs := append(candidates(r, one, three), candidates(s, zero, two)...) // the points FuzzRange tries
	mutant := s                                                          // keeps 0, which r lacks
	want, err := r.Intersect(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := want.String(); got != "[1, 2]" {
		t.Fatalf("[1, 3].Intersect([0, 2]) = %s, want [1, 2]", got)
	}
	old := func(in shenyang.Range) bool { // the property as it was written
		for _, v := range vs {
			if r.Contains(v) && s.Contains(v) != in.Contains(v) {
				return true
			}
		}
		return false
	}
	if old(mutant) {
		t.Errorf("the old property catches the mutant; this test no longer shows the defect")
	}
	v, caught := intersectDisagrees(r, s, mutant, vs)
	if !caught {
		t.Errorf("intersectDisagrees misses the mutant %v of [1, 3].Intersect([0, 2])", mutant)
	} else if got := mdec.Format(v); got != "0" {
		t.Errorf("intersectDisagrees caught the mutant at %s, want 0", got)
	}
	if v, bad := intersectDisagrees(r, s, want, vs); bad {
		t.Errorf("intersectDisagrees rejects the real intersection %v at %s", want, mdec.Format(v))
	}
}

// FuzzRangeOf checks RangeOf: as printed, a value stands for half a unit
// of its last digit either way (of its last non-zero digit for Some),
// closed; more than and surpassed exclude the value and have no upper
// bound; at least includes it; the result reads back from its text and
// JSON forms.
func FuzzRangeOf(f *testing.F) {
	f.Add(int64(165), int32(7), uint8(shenyang.AsPrinted))
	f.Add(int64(170), int32(0), uint8(shenyang.Some))
	f.Add(int64(100), int32(0), uint8(shenyang.MoreThan))
	f.Add(int64(52), int32(9), uint8(shenyang.Surpassed))
	f.Add(int64(-5), int32(-1), uint8(shenyang.AtLeast))
	f.Add(int64(0), int32(3), uint8(shenyang.Some))
	f.Add(int64(7), int32(0), uint8(0))
	f.Add(int64(7), int32(0), uint8(6))
	f.Add(int64(170), int32(0), uint8(shenyang.LessThan))
	f.Add(int64(-3), int32(-2), uint8(shenyang.AtMost))
	f.Add(int64(1), int32(1000), uint8(shenyang.AsPrinted))
	f.Fuzz(func(t *testing.T, coef int64, exp int32, qual uint8) {
		v, q := decimal.New(coef, exp), shenyang.Qualifier(qual)
		r, err := shenyang.RangeOf(v, q)
		if err != nil {
			fuzzErr(t, "RangeOf", err, shenyang.ErrUnset, shenyang.ErrInvalid, shenyang.ErrOutOfRange)
			valid := q >= shenyang.AsPrinted && q <= shenyang.AtMost && q != shenyang.Computed
			// Half a unit of the last digit needs one more digit, at an
			// exponent one lower: beyond the limits for an exponent of
			// -1000 or a length of 1000 (a carry can add one more).
			edge := (q == shenyang.AsPrinted || q == shenyang.Some) && (exp-1 < -mdec.MaxExp || v.NumDigits() >= mdec.MaxExp-1)
			tolerated := errors.Is(err, shenyang.ErrOutOfRange) && edge
			if mdec.Fits(v) && valid && !tolerated {
				t.Fatalf("RangeOf(%s, %v): %v", mdec.Format(v), q, err)
			}
			return
		}
		x := testcheck.Rat(v)
		lo, lok := r.Low().Value()
		hi, hok := r.High().Value()
		switch q {
		case shenyang.AsPrinted, shenyang.Some:
			e := int64(exp)
			if q == shenyang.Some {
				e = int64(mdec.Trim(v).Exponent())
			}
			half := new(big.Rat).Mul(big.NewRat(5, 1), ratPow10(e-1))
			if !lok || !hok || r.Low().IsOpen() || r.High().IsOpen() ||
				testcheck.Rat(lo).Cmp(new(big.Rat).Sub(x, half)) != 0 || testcheck.Rat(hi).Cmp(new(big.Rat).Add(x, half)) != 0 {
				t.Fatalf("RangeOf(%s, %v) = %v, want the value plus or minus %s", mdec.Format(v), q, r, half.FloatString(5))
			}
			if !r.Contains(v) {
				t.Fatalf("RangeOf(%s, %v) = %v does not contain the value", mdec.Format(v), q, r)
			}
		case shenyang.MoreThan, shenyang.Surpassed:
			if !lok || !r.Low().IsOpen() || !lo.Equal(v) || !r.High().IsUnbounded() || r.Contains(v) {
				t.Fatalf("RangeOf(%s, %v) = %v, want (value, +inf)", mdec.Format(v), q, r)
			}
		case shenyang.AtLeast:
			if !lok || r.Low().IsOpen() || !lo.Equal(v) || !r.High().IsUnbounded() || !r.Contains(v) {
				t.Fatalf("RangeOf(%s, %v) = %v, want [value, +inf)", mdec.Format(v), q, r)
			}
		case shenyang.LessThan:
			if !hok || !r.High().IsOpen() || !hi.Equal(v) || !r.Low().IsUnbounded() || r.Contains(v) {
				t.Fatalf("RangeOf(%s, %v) = %v, want (-inf, value)", mdec.Format(v), q, r)
			}
		case shenyang.AtMost:
			if !hok || r.High().IsOpen() || !hi.Equal(v) || !r.Low().IsUnbounded() || !r.Contains(v) {
				t.Fatalf("RangeOf(%s, %v) = %v, want (-inf, value]", mdec.Format(v), q, r)
			}
		default:
			t.Fatalf("RangeOf(%s, %d) accepted", mdec.Format(v), qual)
		}
		back, err := shenyang.ParseRange(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("ParseRange(%q) = %v, %v", r.String(), back, err)
		}
		testcheck.RoundTrip(t, r)
	})
}

func ratPow10(n int64) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(max(n, -n)), nil)
	if n >= 0 {
		return new(big.Rat).SetInt(p)
	}
	return new(big.Rat).SetFrac(big.NewInt(1), p)
}

// FuzzParse checks every parser of text: ParseCurrency, ParseUnit,
// ParseQualifier, ParsePeriod, ParseRange, ParseMoney and the UnmarshalText
// methods. What parses writes back to the same text (currency, unit,
// qualifier, status, verdict, period) or to a text that parses to an equal
// value and writes back to itself (range, money); what does not parse
// returns the zero value and a *ValueError, and leaves an UnmarshalText
// target unchanged.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"CNY", "USD", "EUR", "", "ratio", "CNY per USD", "more than", "some", "as printed",
		"2019", "2009/2020", "2020-04-09", "2019-13", "reported", "derived", "holds", "undecided",
		"[1645000000, 1655000000]", "(100, +inf)", "(-inf, -0.5)", "[2, 1]", "(-inf, +inf)", "unset",
		"105500000000 CNY", "-44.90 USD", "1e5 CNY", "[1.50, 2.500]", "0.000 USD",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := shenyang.ParseCurrency(s); err != nil {
			fuzzErr(t, "ParseCurrency", err, shenyang.ErrUnknownCurrency)
		} else if c.String() != s {
			t.Fatalf("ParseCurrency(%q) = %v", s, c)
		}
		if u, err := shenyang.ParseUnit(s); err != nil {
			fuzzErr(t, "ParseUnit", err, shenyang.ErrSyntax)
		} else if u.String() != s {
			t.Fatalf("ParseUnit(%q) = %v", s, u)
		}
		if q, err := shenyang.ParseQualifier(s); err != nil {
			fuzzErr(t, "ParseQualifier", err, shenyang.ErrSyntax)
		} else if q.String() != s {
			t.Fatalf("ParseQualifier(%q) = %v", s, q)
		}
		if p, err := shenyang.ParsePeriod(s); err != nil {
			fuzzErr(t, "ParsePeriod", err, shenyang.ErrSyntax)
		} else if p.String() != s {
			t.Fatalf("ParsePeriod(%q) = %+v", s, p)
		}
		if r, err := shenyang.ParseRange(s); err != nil {
			fuzzErr(t, "ParseRange", err, shenyang.ErrSyntax, shenyang.ErrEmptyRange, shenyang.ErrUnbounded, shenyang.ErrOutOfRange)
			if !r.IsZero() {
				t.Fatalf("ParseRange(%q) = %v with an error", s, r)
			}
		} else {
			back, err := shenyang.ParseRange(r.String())
			if err != nil || !back.Equal(r) || back.String() != r.String() {
				t.Fatalf("ParseRange(%q) = %v, which reads back as %v, %v", s, r, back, err)
			}
		}
		if m, err := shenyang.ParseMoney(s); err != nil {
			// "5 " names the unset currency, "".
			fuzzErr(t, "ParseMoney", err, shenyang.ErrSyntax, shenyang.ErrUnknownCurrency, shenyang.ErrUnset, shenyang.ErrOutOfRange)
			if !m.IsZero() {
				t.Fatalf("ParseMoney(%q) = %v with an error", s, m)
			}
		} else {
			back, err := shenyang.ParseMoney(m.String())
			if err != nil || !back.Equal(m) || back.String() != m.String() {
				t.Fatalf("ParseMoney(%q) = %v, which reads back as %v, %v", s, m, back, err)
			}
		}
		c, u, q, st, v := shenyang.USD, shenyang.UnitRatio, shenyang.Some, shenyang.Derived, audit.Undecided
		for _, target := range []interface {
			encoding.TextUnmarshaler
			encoding.TextMarshaler
		}{&c, &u, &q, &st, &v} {
			before, err := target.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			if err := target.UnmarshalText([]byte(s)); err != nil {
				fuzzErr(t, "UnmarshalText", err, shenyang.ErrSyntax, shenyang.ErrUnknownCurrency)
				if after, _ := target.MarshalText(); string(after) != string(before) {
					t.Fatalf("%T.UnmarshalText(%q) failed but changed %q to %q", target, s, before, after)
				}
				continue
			}
			if after, err := target.MarshalText(); err != nil || string(after) != s {
				t.Fatalf("%T.UnmarshalText(%q) then MarshalText = %q, %v", target, s, after, err)
			}
		}
	})
}

// FuzzUnmarshalJSON decodes any input into a filled value of every type
// that holds data. A failed decode leaves the value unchanged; a
// successful one gives the value that decoding into a new one gives, which
// encodes without error, decodes back to an equal value and encodes again
// to the same bytes.
func FuzzUnmarshalJSON(f *testing.F) {
	fc, _ := indicators.Figure(indicators.ForeignCapital2019)
	imp, _ := indicators.Headline(indicators.Imports)
	bmw, _ := investors.Lookup("investors.bmw")
	park, _ := parks.Lookup("parks.china-japan")
	rate, _ := shenyang.NewRate(shenyang.USD, shenyang.CNY, decimal.New(68985, -4))
	for _, v := range []any{
		fc, fc.Range, fc.Range.Low(), shenyang.Unbounded(), rate, fc.Period, fc.Citations, imp, bmw, park,
		shenyang.Period{ISO: "2019", InferredFrom: "last year"}, audit.Check{ID: "c", Verdict: audit.Holds},
	} {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`null`, `""`, `"CNY"`, `"more than"`, `{"amount":"1.50","currency":"USD"}`, `{"low":"2","high":"1"}`,
		`{"base":{"amount":"15","currency":"USD"},"quote":{"amount":"105.5","currency":"CNY"}}`,
		`{"kind":"open","value":"1e5"}`, `["a","b"]`, `{"value":"0.1","unit":"ratio","range":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeInto(t, data, fc)
		decodeInto(t, data, fc.Range)
		decodeInto(t, data, rate)
		money, _ := fc.Money()
		decodeInto(t, data, money)
		decodeInto(t, data, shenyang.Period{ISO: "2019"})
		decodeInto(t, data, shenyang.Derivation{Formula: "a"})
		decodeInto(t, data, shenyang.ListOf("x"))
		decodeInto(t, data, fc.Citations)
		c, _ := fc.Primary()
		decodeInto(t, data, c)
		decodeInto(t, data, c.Source)
		for cl := range dataset.Claims() {
			decodeInto(t, data, cl)
			break
		}
		for st := range dataset.Statements() {
			decodeInto(t, data, st)
			decodeInto(t, data, st.Speaker)
			break
		}
		decodeInto(t, data, shenyang.USD)
		decodeInto(t, data, shenyang.UnitRatio)
		decodeInto(t, data, shenyang.Some)
		decodeInto(t, data, shenyang.Derived)
		decodeInto(t, data, imp)
		decodeInto(t, data, bmw)
		decodeInto(t, data, investors.Product{ID: "p"})
		decodeInto(t, data, park)
		decodeInto(t, data, audit.Check{ID: "c", Verdict: audit.Fails})
		decodeInto(t, data, audit.Undecided)
	})
}

func decodeInto[T any](t *testing.T, data []byte, filled T) {
	t.Helper()
	_, own := any(&filled).(json.Unmarshaler)
	_, text := any(&filled).(encoding.TextUnmarshaler)
	if !own && !text {
		// A plain struct decodes as encoding/json decodes any struct,
		// field by field into what is there: a fresh value must decode
		// to one that round-trips.
		var fresh T
		if json.Unmarshal(data, &fresh) == nil {
			testcheck.RoundTrip(t, fresh)
		}
		return
	}
	// Unchanged and equal here mean identical, field for field
	// (reflect.DeepEqual), a stronger check than equal values.
	target := filled
	if err := json.Unmarshal(data, &target); err != nil {
		if !reflect.DeepEqual(filled, target) {
			t.Fatalf("failed decode of %q into %T changed it: %s", data, filled, cmp.Diff(filled, target, testcheck.Opts()))
		}
		return
	}
	if _, ok := any(&target).(json.Unmarshaler); !ok && string(bytes.TrimSpace(data)) == "null" {
		// encoding/json ignores null for a value decoded as text: a no-op.
		if !reflect.DeepEqual(filled, target) {
			t.Fatalf("null changed %T %v to %v", filled, filled, target)
		}
		return
	}
	var fresh T
	if err := json.Unmarshal(data, &fresh); err != nil {
		t.Fatalf("%q decodes into a filled %T but not a new one: %v", data, filled, err)
	}
	if !reflect.DeepEqual(fresh, target) {
		t.Fatalf("%q decodes differently into a filled %T: %s", data, filled, cmp.Diff(fresh, target, testcheck.Opts()))
	}
	testcheck.RoundTrip(t, target)
}

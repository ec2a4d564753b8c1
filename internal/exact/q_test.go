package exact

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// maxI and minI are the int64 limits, shorter to write in tables.
const (
	maxI = math.MaxInt64 // 9223372036854775807
	minI = math.MinInt64 // -9223372036854775808
)

// ratio returns n/d built with the public operations.
func ratio(n, d int64) Q { return Int(n).Quo(Int(d)) }

// qForm is what a test sees of a Q: its value as n/d and whether it is
// held as two int64s.
type qForm struct {
	Value string
	Small bool
}

func formOf(q Q) qForm { return qForm{Value: q.String(), Small: q.r == nil} }

func TestQArithmetic(t *testing.T) {
	big63 := Int(maxI).Add(Int(1)) // 2^63 = 9223372036854775808, beyond int64
	tests := []struct {
		name string
		got  Q
		want qForm
	}{
		// small values
		{"1/2+1/3", ratio(1, 2).Add(ratio(1, 3)), qForm{"5/6", true}},       // 3/6 + 2/6
		{"1/2-1/3", ratio(1, 2).Sub(ratio(1, 3)), qForm{"1/6", true}},       // 3/6 - 2/6
		{"1/3-1/2", ratio(1, 3).Sub(ratio(1, 2)), qForm{"-1/6", true}},      // 2/6 - 3/6
		{"2/3*3/4", ratio(2, 3).Mul(ratio(3, 4)), qForm{"1/2", true}},       // 6/12
		{"2/3/(4/9)", ratio(2, 3).Quo(ratio(4, 9)), qForm{"3/2", true}},     // 2/3 * 9/4 = 18/12
		{"-1/2+1/2", ratio(-1, 2).Add(ratio(1, 2)), qForm{"0", true}},       // cancels
		{"6/-4", ratio(6, -4), qForm{"-3/2", true}},                         // sign moves to the numerator, gcd 2
		{"0*5", Int(0).Mul(Int(5)), qForm{"0", true}},                       // zero
		{"zero Q+7/5", Q{}.Add(ratio(7, 5)), qForm{"7/5", true}},            // the zero Q is 0
		{"1/(-5)", Int(-5).Inv(), qForm{"-1/5", true}},                      // denominator stays positive
		{"Dec 1.65e9", Dec(decimal.New(165, 7)), qForm{"1650000000", true}}, // 165 * 10^7
		{"Dec 0.15", Dec(decimal.New(15, -2)), qForm{"3/20", true}},         // 15/100
		{"Dec -5e18", Dec(decimal.New(-5, 18)), qForm{"-5000000000000000000", true}},
		// beyond int64: the big form, and back
		{"maxI+1", big63, qForm{"9223372036854775808", false}},
		{"maxI*2", Int(maxI).Mul(Int(2)), qForm{"18446744073709551614", false}},
		{"2^63-1", big63.Sub(Int(1)), qForm{"9223372036854775807", true}}, // back to small
		// 1/M + 1/(M-1) = (2M-1) / (M(M-1)), M = 2^63-1
		{"1/M+1/(M-1)", ratio(1, maxI).Add(ratio(1, maxI-1)), qForm{"18446744073709551613/85070591730234615838173535747377725442", false}},
		// M/2 * M/3 = M^2/6
		{"M/2*M/3", ratio(maxI, 2).Mul(ratio(maxI, 3)), qForm{"85070591730234615847396907784232501249/6", false}},
		{"(2^63)/(2^63)", big63.Quo(big63), qForm{"1", true}},
		{"Dec 1e19", Dec(decimal.New(10, 18)), qForm{"10000000000000000000", false}},           // 10 * 10^18 overflows the fast path
		{"Dec 123e-20", Dec(decimal.New(123, -20)), qForm{"123/100000000000000000000", false}}, // exponent beyond the fast path
		{"Dec 1e30", Dec(decimal.New(1, 30)), qForm{"1" + zeros(30), false}},
		{"Dec maxI", Dec(decimal.New(maxI, 0)), qForm{"9223372036854775807", true}}, // 19 digits: the big path, then small
		{"1/3*1e-30", ratio(1, 3).Quo(Dec(decimal.New(1, 30))), qForm{"1/3" + zeros(30), false}},
		// the MinInt64 edges
		{"minI", Int(minI), qForm{"-9223372036854775808", false}},
		{"-minI", Int(minI).Neg(), qForm{"9223372036854775808", false}},
		{"minI+1", Int(minI).Add(Int(1)), qForm{"-9223372036854775807", true}},
		{"-maxI-1", Int(-maxI).Sub(Int(1)), qForm{"-9223372036854775808", false}}, // the sum is MinInt64
		{"-maxI+-maxI", Int(-maxI).Add(Int(-maxI)), qForm{"-18446744073709551614", false}},
		{"minI/-1", Int(minI).Quo(Int(-1)), qForm{"9223372036854775808", false}},
		{"minI/2", Int(minI).Quo(Int(2)), qForm{"-4611686018427387904", true}}, // -2^62 fits
		{"minI*0", Int(minI).Mul(Int(0)), qForm{"0", true}},
		{"minI*-1", Int(minI).Mul(Int(-1)), qForm{"9223372036854775808", false}},
		{"1/minI", Int(minI).Inv(), qForm{"-1/9223372036854775808", false}},
		{"minI/3+1/3", ratio(minI, 3).Add(ratio(1, 3)), qForm{"-9223372036854775807/3", true}}, // (-2^63 + 1)/3
		{"minI-minI", Int(minI).Sub(Int(minI)), qForm{"0", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, formOf(tt.got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestQCmpSign(t *testing.T) {
	tests := []struct {
		name string
		a, b Q
		want int
	}{
		{"1/3<1/2", ratio(1, 3), ratio(1, 2), -1},
		{"-1/3>-1/2", ratio(-1, 3), ratio(-1, 2), 1},
		{"2/4=1/2", ratio(2, 4), ratio(1, 2), 0},
		{"-1<0", Int(-1), Q{}, -1},
		{"0=0", Q{}, Int(0), 0},
		// M/(M-1) = 1 + 1/(M-1) against (M-1)/(M-2) = 1 + 1/(M-2): the
		// cross products are near 2^126, beyond 64 bits
		{"M/(M-1)<(M-1)/(M-2)", ratio(maxI, maxI-1), ratio(maxI-1, maxI-2), -1},
		{"-M/(M-1)>-(M-1)/(M-2)", ratio(-maxI, maxI-1), ratio(-(maxI - 1), maxI-2), 1},
		{"minI<-maxI", Int(minI), Int(-maxI), -1},
		{"2^63>maxI", Int(maxI).Add(Int(1)), Int(maxI), 1},
		{"minI=minI", Int(minI), Int(-maxI).Sub(Int(1)), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Cmp(tt.b); got != tt.want {
				t.Errorf("Cmp = %d, want %d", got, tt.want)
			}
			if got := tt.b.Cmp(tt.a); got != -tt.want {
				t.Errorf("reversed Cmp = %d, want %d", got, -tt.want)
			}
		})
	}
	for _, s := range []struct {
		q    Q
		want int
	}{{Q{}, 0}, {Int(minI), -1}, {Int(minI).Neg(), 1}, {ratio(-1, 3), -1}, {ratio(1, maxI), 1}} {
		if got := s.q.Sign(); got != s.want {
			t.Errorf("Sign(%v) = %d, want %d", s.q, got, s.want)
		}
	}
}

// TestQRat checks that Rat hands out a copy: changing it leaves q alone.
func TestQRat(t *testing.T) {
	for _, q := range []Q{ratio(5, 7), Int(minI)} {
		want := q.String()
		q.Rat().SetInt64(99)
		if got := q.String(); got != want {
			t.Errorf("after changing Rat(), q = %s, want %s", got, want)
		}
	}
}

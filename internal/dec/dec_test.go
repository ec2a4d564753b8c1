package dec

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// num parses a decimal written as "coefficient" or "coefficientEexponent",
// such as "12345678901234565e-1". It builds the value from its parts, so
// that no test depends on shopspring/decimal's own parsing.
func num(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	coef, exp := s, "0"
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		coef, exp = s[:i], s[i+1:]
	}
	c, ok := new(big.Int).SetString(coef, 10)
	if !ok {
		t.Fatalf("bad test number %q", s)
	}
	e, err := strconv.ParseInt(exp, 10, 32)
	if err != nil {
		t.Fatalf("bad test number %q: %v", s, err)
	}
	return decimal.NewFromBigInt(c, int32(e))
}

// sci writes d as "coefficientEexponent" with the trailing zeros of the
// coefficient moved into the exponent, and zero as "0e0": one spelling per
// value, short even for exponents near ±1000. It does not use Trim.
func sci(d decimal.Decimal) string {
	c := d.Coefficient()
	e := int64(d.Exponent())
	if c.Sign() == 0 {
		return "0e0"
	}
	s := c.String()
	for strings.HasSuffix(s, "0") {
		s = s[:len(s)-1]
		e++
	}
	return s + "e" + strconv.FormatInt(e, 10)
}

func modeName(m Mode) string {
	switch m {
	case HalfEven:
		return "HalfEven"
	case Floor:
		return "Floor"
	case Ceil:
		return "Ceil"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// result is what Round, Mul and Quo return, in a comparable form.
type result struct {
	Value string // sci form
	Exact bool
}

func TestConstants(t *testing.T) {
	// The module's documentation promises 16 significant digits and a
	// limit of 1000 on exponents and lengths.
	if Sig != 16 {
		t.Errorf("Sig = %d, want 16", Sig)
	}
	if MaxExp != 1000 {
		t.Errorf("MaxExp = %d, want 1000", MaxExp)
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		name string
		in   string
		mode Mode
		want result
	}{
		// 16 digits or fewer: unchanged and exact, whatever the mode.
		{"16 digits half-even", "1234567890123456", HalfEven, result{"1234567890123456e0", true}},
		{"16 digits floor", "1234567890123456", Floor, result{"1234567890123456e0", true}},
		{"16 digits ceil", "1234567890123456", Ceil, result{"1234567890123456e0", true}},
		{"16 nines", "9999999999999999", Ceil, result{"9999999999999999e0", true}},
		{"zero", "0", Ceil, result{"0e0", true}},
		{"one digit negative exponent", "5e-3", Floor, result{"5e-3", true}},
		// 17 digits with a zero last digit: exact after dropping it.
		// 10^16 = 1000000000000000 * 10^1.
		{"ten to the sixteen", "10000000000000000", HalfEven, result{"1e16", true}},
		// 20 digits, four trailing zeros: 0.12345678901234560000 is exact.
		{"trailing zeros dropped exactly", "12345678901234560000e-20", HalfEven, result{"1234567890123456e-16", true}},
		// Ties: 1234567890123456|5 -> last kept digit 6 is even, stays.
		{"tie to even stays", "12345678901234565", HalfEven, result{"1234567890123456e1", false}},
		// 1234567890123457|5 -> 7 is odd, goes up to 8.
		{"tie to even goes up", "12345678901234575", HalfEven, result{"1234567890123458e1", false}},
		// Not ties: ...56|4 down, ...56|6 up.
		{"below half", "12345678901234564", HalfEven, result{"1234567890123456e1", false}},
		{"above half", "12345678901234566", HalfEven, result{"1234567890123457e1", false}},
		// Directed rounding of the same positive tie.
		{"positive floor", "12345678901234565", Floor, result{"1234567890123456e1", false}},
		{"positive ceil", "12345678901234565", Ceil, result{"1234567890123457e1", false}},
		// Negative numbers: floor moves away from zero, ceil toward it.
		// -1234567890123456|5: tie, 6 even -> -1234567890123456.
		{"negative tie to even", "-12345678901234565", HalfEven, result{"-1234567890123456e1", false}},
		{"negative tie odd", "-12345678901234575", HalfEven, result{"-1234567890123458e1", false}},
		{"negative floor", "-12345678901234561", Floor, result{"-1234567890123457e1", false}},
		{"negative ceil", "-12345678901234569", Ceil, result{"-1234567890123456e1", false}},
		// 10^16 + 1: half-even and floor drop the 1, ceil keeps a 1 at the
		// 16th digit: 1000000000000001 * 10^1.
		{"just above power of ten half-even", "10000000000000001", HalfEven, result{"1e16", false}},
		{"just above power of ten floor", "10000000000000001", Floor, result{"1e16", false}},
		{"just above power of ten ceil", "10000000000000001", Ceil, result{"1000000000000001e1", false}},
		// Carry to a power of ten: 9999999999999999.5 is a tie with an odd
		// last digit, so it rounds up to 10000000000000000.
		{"carry half-even", "99999999999999995e-1", HalfEven, result{"1e16", false}},
		{"carry ceil", "99999999999999991e-1", Ceil, result{"1e16", false}},
		{"no carry floor", "99999999999999999e-1", Floor, result{"9999999999999999e0", false}},
		{"negative carry floor", "-99999999999999991e-1", Floor, result{"-1e16", false}},
		{"negative carry ceil", "-99999999999999999e-1", Ceil, result{"-9999999999999999e0", false}},
		// Far exponents: only the coefficient is rounded.
		// 1234567890123456|7 -> up.
		{"tiny", "12345678901234567e-1020", HalfEven, result{"1234567890123457e-1019", false}},
		{"huge", "12345678901234567e1000", Floor, result{"1234567890123456e1001", false}},
		// 40 digits: 1234567890123456|789... -> ceil ...457, floor ...456.
		{"many digits ceil", "1234567890123456789012345678901234567890", Ceil, result{"1234567890123457e24", false}},
		{"many digits floor", "1234567890123456789012345678901234567890", Floor, result{"1234567890123456e24", false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, exact := Round(num(t, tt.in), tt.mode)
			got := result{sci(v), exact}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Round(%s, %s) mismatch (-want +got):\n%s", tt.in, modeName(tt.mode), diff)
			}
		})
	}
}

func TestMul(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		mode Mode
		want result
	}{
		// 1.5 * 2 = 3.0, exact.
		{"exact", "15e-1", "2", HalfEven, result{"3e0", true}},
		{"zero", "0", "-7", Floor, result{"0e0", true}},
		// 1.000000000000001^2 = 1.000000000000002000000000000001:
		// half-even and floor keep ...002, ceil goes to ...003.
		{"square half-even", "1000000000000001e-15", "1000000000000001e-15", HalfEven, result{"1000000000000002e-15", false}},
		{"square floor", "1000000000000001e-15", "1000000000000001e-15", Floor, result{"1000000000000002e-15", false}},
		{"square ceil", "1000000000000001e-15", "1000000000000001e-15", Ceil, result{"1000000000000003e-15", false}},
		// Negative: -1.000000000000002000000000000001; floor is further
		// from zero.
		{"negative floor", "-1000000000000001e-15", "1000000000000001e-15", Floor, result{"-1000000000000003e-15", false}},
		{"negative ceil", "-1000000000000001e-15", "1000000000000001e-15", Ceil, result{"-1000000000000002e-15", false}},
		{"negative times negative", "-1000000000000001e-15", "-1000000000000001e-15", Ceil, result{"1000000000000003e-15", false}},
		// 9999999999999999^2 = 99999999999999980000000000000001:
		// 9999999999999998|0000000000000001.
		{"big square half-even", "9999999999999999", "9999999999999999", HalfEven, result{"9999999999999998e16", false}},
		{"big square ceil", "9999999999999999", "9999999999999999", Ceil, result{"9999999999999999e16", false}},
		// 3333333333333333.5 * 3 = 10000000000000000.5: half-even and floor
		// give 10^16, ceil 1000000000000001 * 10^1.
		{"carry half-even", "33333333333333335e-1", "3", HalfEven, result{"1e16", false}},
		{"carry floor", "33333333333333335e-1", "3", Floor, result{"1e16", false}},
		{"carry ceil", "33333333333333335e-1", "3", Ceil, result{"1000000000000001e1", false}},
		// Exponents add: 2e-600 * 3e-600 = 6e-1200.
		{"tiny exponents", "2e-600", "3e-600", HalfEven, result{"6e-1200", true}},
		{"huge exponents", "2e600", "3e600", HalfEven, result{"6e1200", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, exact := Mul(num(t, tt.a), num(t, tt.b), tt.mode)
			got := result{sci(v), exact}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Mul(%s, %s, %s) mismatch (-want +got):\n%s", tt.a, tt.b, modeName(tt.mode), diff)
			}
		})
	}
}

func TestQuo(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		mode Mode
		want result
	}{
		// Exact quotients, trailing zeros trimmed.
		{"quarter", "1", "4", HalfEven, result{"25e-2", true}},
		{"integer", "10", "2", Ceil, result{"5e0", true}},
		// 150/3 = 50: coefficient 5, exponent 1.
		{"trailing zero", "150", "3", Floor, result{"5e1", true}},
		// 9/1: the first estimate has 17 digits and is retried.
		{"nine", "9", "1", HalfEven, result{"9e0", true}},
		{"negative exact", "1", "-8", HalfEven, result{"-125e-3", true}},
		{"both negative exact", "-3", "-12", HalfEven, result{"25e-2", true}},
		// 1e20 / 1e-5 = 1e25.
		{"powers of ten", "1e20", "1e-5", HalfEven, result{"1e25", true}},
		// Zero numerator: zero, exact, in every mode and sign.
		{"zero", "0", "7", HalfEven, result{"0e0", true}},
		{"zero over negative", "0", "-7", Floor, result{"0e0", true}},
		{"zero with exponent", "0e-5", "3", Ceil, result{"0e0", true}},
		// 1/3 = 0.3333...: 16 threes, ceil ends in 4.
		{"third half-even", "1", "3", HalfEven, result{"3333333333333333e-16", false}},
		{"third floor", "1", "3", Floor, result{"3333333333333333e-16", false}},
		{"third ceil", "1", "3", Ceil, result{"3333333333333334e-16", false}},
		// -1/3: floor is further from zero.
		{"negative third half-even", "-1", "3", HalfEven, result{"-3333333333333333e-16", false}},
		{"negative third floor", "-1", "3", Floor, result{"-3333333333333334e-16", false}},
		{"negative third ceil", "1", "-3", Ceil, result{"-3333333333333333e-16", false}},
		{"negative over negative ceil", "-1", "-3", Ceil, result{"3333333333333334e-16", false}},
		// 2/3 = 0.6666...: half-even rounds the last 6 up.
		{"two thirds half-even", "2", "3", HalfEven, result{"6666666666666667e-16", false}},
		{"two thirds floor", "2", "3", Floor, result{"6666666666666666e-16", false}},
		// 8/9 = 0.8888...
		{"eight ninths", "8", "9", HalfEven, result{"8888888888888889e-16", false}},
		// 1/7 = 0.142857142857142857...: 0.1428571428571428|57.
		{"seventh floor", "1", "7", Floor, result{"1428571428571428e-16", false}},
		{"seventh ceil", "1", "7", Ceil, result{"1428571428571429e-16", false}},
		// 105.5/15 = 7.0333..., 16 significant digits half-even.
		{"report rate", "1055e-1", "15", HalfEven, result{"7033333333333333e-15", false}},
		// 105500000000/15000000000, the same quotient at other scales.
		{"report rate in base units", "105500000000", "15000000000", HalfEven, result{"7033333333333333e-15", false}},
		// Ties in the quotient: 2469135780246913/2 = 1234567890123456.5,
		// last kept digit 6 is even.
		{"tie stays even", "2469135780246913", "2", HalfEven, result{"1234567890123456e0", false}},
		{"tie floor", "2469135780246913", "2", Floor, result{"1234567890123456e0", false}},
		{"tie ceil", "2469135780246913", "2", Ceil, result{"1234567890123457e0", false}},
		// 2469135780246915/2 = 1234567890123457.5, 7 odd -> 8.
		{"tie goes to even", "2469135780246915", "2", HalfEven, result{"1234567890123458e0", false}},
		{"negative tie", "-2469135780246915", "2", HalfEven, result{"-1234567890123458e0", false}},
		// Carry to a power of ten: 19999999999999999/2 =
		// 9999999999999999.5 -> 10^16 (half-even, ceil), floor keeps 16 nines.
		{"carry half-even", "19999999999999999", "2", HalfEven, result{"1e16", false}},
		{"carry ceil", "19999999999999999", "2", Ceil, result{"1e16", false}},
		{"carry floor", "19999999999999999", "2", Floor, result{"9999999999999999e0", false}},
		{"negative carry floor", "-19999999999999999", "2", Floor, result{"-1e16", false}},
		// 17-digit quotient just above 10^16: 20000000000000001/2 =
		// 10000000000000000.5 -> 1000000000000000|0.5.
		{"above power of ten half-even", "20000000000000001", "2", HalfEven, result{"1e16", false}},
		{"above power of ten ceil", "20000000000000001", "2", Ceil, result{"1000000000000001e1", false}},
		// Very small and very large exponents.
		// 1e-1000/3 = 3.333...e-1001.
		{"tiny", "1e-1000", "3", HalfEven, result{"3333333333333333e-1016", false}},
		// 1e1000/3 = 3.333...e999, ceil -> 3333333333333334e984.
		{"huge", "1e1000", "3", Ceil, result{"3333333333333334e984", false}},
		// 1e1000 / 1e-1000 = 1e2000, exact.
		{"huge over tiny", "1e1000", "1e-1000", HalfEven, result{"1e2000", true}},
		{"tiny over huge", "7e-1000", "2e1000", HalfEven, result{"35e-2001", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, exact := Quo(num(t, tt.a), num(t, tt.b), tt.mode)
			got := result{sci(v), exact}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quo(%s, %s, %s) mismatch (-want +got):\n%s", tt.a, tt.b, modeName(tt.mode), diff)
			}
		})
	}
}

func TestQuoTrimsTrailingZeros(t *testing.T) {
	// The representation, not only the value: 1/4 is 25 * 10^-2, not
	// 2500000000000000 * 10^-16.
	v, _ := Quo(decimal.New(1, 0), decimal.New(4, 0), HalfEven)
	got := [2]string{v.Coefficient().String(), strconv.Itoa(int(v.Exponent()))}
	want := [2]string{"25", "-2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Quo(1, 4) coefficient and exponent mismatch (-want +got):\n%s", diff)
	}
}

func TestTrim(t *testing.T) {
	tests := []struct {
		in       string
		wantCoef string
		wantExp  int32
	}{
		{"1500e-3", "15", -1},
		{"-1200e2", "-12", 4},
		{"7", "7", 0},
		{"0e5", "0", 0},
		{"0e-5", "0", 0},
		{"1000000000000000000000", "1", 21},
		{"105e-1", "105", -1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := Trim(num(t, tt.in))
			got := struct {
				Coef string
				Exp  int32
			}{d.Coefficient().String(), d.Exponent()}
			want := struct {
				Coef string
				Exp  int32
			}{tt.wantCoef, tt.wantExp}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Trim(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	thousandDigits := strings.Repeat("9", 1000)
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"one", "1", false},
		{"zero", "0", false},
		{"exponent 1000", "1e1000", false},
		{"exponent -1000", "-1e-1000", false},
		{"exponent 1001", "1e1001", true},
		{"exponent -1001", "1e-1001", true},
		{"exponent 2000", "1e2000", true},
		{"1000 digits", thousandDigits, false},
		{"1001 digits", thousandDigits + "9", true},
		{"1001 digits negative", "-1" + strings.Repeat("0", 1000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := num(t, tt.in)
			if got := Fits(d); got != !tt.wantErr {
				t.Errorf("Fits(%s) = %t, want %t", tt.name, got, !tt.wantErr)
			}
			err := Check(d)
			if !tt.wantErr {
				if err != nil {
					t.Errorf("Check(%s) = %v, want nil", tt.name, err)
				}
				return
			}
			if !errors.Is(err, ErrOutOfRange) {
				t.Errorf("Check(%s) = %v, want ErrOutOfRange", tt.name, err)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"0", "0"},
		{"0e5", "0"},
		{"0e-5", "0"},
		{"165e7", "1650000000"},
		{"1650000000", "1650000000"},
		{"15e-2", "0.15"},
		{"1500e-4", "0.15"},
		{"-449e-1", "-44.9"},
		{"5e-3", "0.005"},
		{"-5e-3", "-0.005"},
		{"123e-3", "0.123"},
		{"1055e8", "105500000000"},
		{"7033333333333333e-15", "7.033333333333333"},
		{"-7", "-7"},
		{"30e-1", "3"},
		{"12345e-2", "123.45"},
		{"1e-20", "0.00000000000000000001"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Format(num(t, tt.in)); got != tt.want {
				t.Errorf("Format(%s) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatIgnoresGlobals(t *testing.T) {
	// Format must not depend on shopspring/decimal's package settings.
	// Not parallel: it changes them and puts them back.
	defer func(trim, sci bool) {
		decimal.TrimTrailingZeros, decimal.UseScientificNotation = trim, sci
	}(decimal.TrimTrailingZeros, decimal.UseScientificNotation)
	decimal.TrimTrailingZeros = false
	decimal.UseScientificNotation = true
	tests := []struct {
		in   string
		want string
	}{
		{"165e7", "1650000000"},
		{"1500e-4", "0.15"},
		{"1e-20", "0.00000000000000000001"},
	}
	for _, tt := range tests {
		if got := Format(num(t, tt.in)); got != tt.want {
			t.Errorf("with TrimTrailingZeros=false, UseScientificNotation=true: Format(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	type parsed struct {
		Coef string
		Exp  int32
	}
	tests := []struct {
		in   string
		want parsed
	}{
		{"0", parsed{"0", 0}},
		{"-0", parsed{"0", 0}},
		{"7", parsed{"7", 0}},
		{"007", parsed{"7", 0}},
		{"0.15", parsed{"15", -2}},
		{"-44.9", parsed{"-449", -1}},
		// Digits are kept as written.
		{"1.50", parsed{"150", -2}},
		{"1650000000", parsed{"1650000000", 0}},
		{"105.5", parsed{"1055", -1}},
		{"0.000", parsed{"0", -3}},
		{strings.Repeat("1", 1000), parsed{strings.Repeat("1", 1000), 0}},
		{"0." + strings.Repeat("0", 998) + "1", parsed{"1", -999}},
	}
	for _, tt := range tests {
		name := tt.in
		if len(name) > 20 {
			name = name[:20] + "..."
		}
		t.Run(name, func(t *testing.T) {
			d, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			got := parsed{d.Coefficient().String(), d.Exponent()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"", "-", ".", "-.", ".5", "-.5", "1.", "+1", "1e5", "1E5", " 1", "1 ",
		"1,000", "--1", "1.2.3", "0x10", "1_000", "NaN", "Inf", "١",
		strings.Repeat("1", 1001),
		"1." + strings.Repeat("0", 1000),
	} {
		name := in
		if len(name) > 20 {
			name = name[:20] + "..."
		}
		t.Run(name, func(t *testing.T) {
			d, err := Parse(in)
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("Parse(%q) = %v, %v; want ErrSyntax", in, d, err)
			}
		})
	}
}

func TestDigitsBoundaries(t *testing.T) {
	// digits decides when Round starts dropping digits; check it at each
	// power of ten around 16 and at larger sizes.
	for n := int64(1); n <= 60; n++ {
		p := pow10(n - 1) // n digits: 10^(n-1)
		if got := digits(p); got != n {
			t.Errorf("digits(10^%d) = %d, want %d", n-1, got, n)
		}
		m := new(big.Int).Sub(pow10(n), big.NewInt(1)) // n nines
		if got := digits(m); got != n {
			t.Errorf("digits(10^%d-1) = %d, want %d", n, got, n)
		}
		m.Neg(m)
		if got := digits(m); got != n {
			t.Errorf("digits(-(10^%d-1)) = %d, want %d", n, got, n)
		}
	}
	if got := digits(new(big.Int)); got != 1 {
		t.Errorf("digits(0) = %d, want 1", got)
	}
}

func TestZeroValueDecimal(t *testing.T) {
	// decimal.Decimal{} (a nil coefficient) is 0 everywhere.
	var z decimal.Decimal
	three := decimal.New(3, 0)
	q, qExact := Quo(z, three, Floor)
	m, mExact := Mul(z, three, Ceil)
	r, rExact := Round(z, HalfEven)
	got := []result{{sci(q), qExact}, {sci(m), mExact}, {sci(r), rExact}, {sci(Trim(z)), true}}
	want := []result{{"0e0", true}, {"0e0", true}, {"0e0", true}, {"0e0", true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero value: Quo, Mul, Round, Trim mismatch (-want +got):\n%s", diff)
	}
	if got := Format(z); got != "0" {
		t.Errorf("Format(zero value) = %q, want %q", got, "0")
	}
	if err := Check(z); err != nil {
		t.Errorf("Check(zero value) = %v, want nil", err)
	}
}

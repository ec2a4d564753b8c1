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

func TestConstants(t *testing.T) {
	// The module's documentation promises a limit of 1000 on exponents
	// and lengths.
	if MaxExp != 1000 {
		t.Errorf("MaxExp = %d, want 1000", MaxExp)
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

func TestFits(t *testing.T) {
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

func TestZeroValueDecimal(t *testing.T) {
	// decimal.Decimal{} (a nil coefficient) is 0 everywhere.
	var z decimal.Decimal
	if got := sci(Trim(z)); got != "0e0" {
		t.Errorf("Trim(zero value) = %s, want 0e0", got)
	}
	if got := Format(z); got != "0" {
		t.Errorf("Format(zero value) = %q, want %q", got, "0")
	}
	if !Fits(z) {
		t.Error("Fits(zero value) = false, want true")
	}
}

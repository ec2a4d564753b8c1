package shenyang_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

func TestQualifier(t *testing.T) {
	type view struct {
		String     string
		LowerBound bool
	}
	tests := []struct {
		q    shenyang.Qualifier
		want view
	}{
		{0, view{"", false}},
		{shenyang.AsPrinted, view{"as printed", false}},
		{shenyang.Some, view{"some", false}},
		{shenyang.MoreThan, view{"more than", true}},
		{shenyang.Surpassed, view{"surpassed", true}},
		// "at least" is an inclusive bound: the value itself is in the
		// range, so it is not an exclusive lower bound.
		{shenyang.AtLeast, view{"at least", false}},
		{shenyang.Qualifier(5), view{"at least", false}},
		// "computed" marks a derived figure: no source printed it.
		{shenyang.Computed, view{"computed", false}},
		// the mirrors of "more than" and "at least", for derived ranges
		// bounded above only
		{shenyang.LessThan, view{"less than", false}},
		{shenyang.AtMost, view{"at most", false}},
		{shenyang.Qualifier(9), view{"", false}},
		{shenyang.Qualifier(255), view{"", false}},
	}
	for _, tt := range tests {
		t.Run(tt.want.String, func(t *testing.T) {
			got := view{tt.q.String(), tt.q.LowerBound()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Qualifier(%d) mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

// qualifierForms is what ParseQualifier's errors say it accepts.
const qualifierForms = `"as printed", "some", "more than", "surpassed", "computed", "at least", "less than" or "at most"`

func TestParseQualifier(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want shenyang.Qualifier
	}{{"as printed", shenyang.AsPrinted}, {"some", shenyang.Some}, {"more than", shenyang.MoreThan}, {"surpassed", shenyang.Surpassed}, {"at least", shenyang.AtLeast}} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := shenyang.ParseQualifier(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseQualifier(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in    string
		quote string
	}{{"More than", `"More than"`}, {"about", `"about"`}, {"more  than", `"more  than"`}, {"At least", `"At least"`}} {
		t.Run("error "+tt.quote, func(t *testing.T) {
			got, err := shenyang.ParseQualifier(tt.in)
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrSyntax,
				Val: &shenyang.ValueError{Op: "ParseQualifier", Arg: "qualifier", Value: tt.quote, Err: shenyang.ErrSyntax, Want: qualifierForms},
				Msg: "shenyang: ParseQualifier: qualifier " + tt.quote + ": invalid syntax (want " + qualifierForms + ")"})
			if got != 0 {
				t.Errorf("qualifier on error = %d, want 0", got)
			}
		})
	}
}

func TestRangeOf(t *testing.T) {
	tests := []struct {
		name  string
		value decimal.Decimal
		q     shenyang.Qualifier
		want  string
	}{
		// "1.65 billion": last printed digit is 10^7, half of it 5*10^6.
		{"billions as printed", decimal.New(165, 7), shenyang.AsPrinted, "[1645000000, 1655000000]"},
		// The same value written to the unit stands for +-0.5.
		{"units as printed", decimal.New(1650000000, 0), shenyang.AsPrinted, "[1649999999.5, 1650000000.5]"},
		// "105.5 billion": +-0.05 billion.
		{"trade total", decimal.New(1055, 8), shenyang.AsPrinted, "[105450000000, 105550000000]"},
		// "15 percent" = 0.15 +- 0.005.
		{"percent", decimal.New(15, -2), shenyang.AsPrinted, "[0.145, 0.155]"},
		// "7.2 percent" = 0.072 +- 0.0005.
		{"percent with a decimal", decimal.New(72, -3), shenyang.AsPrinted, "[0.0715, 0.0725]"},
		{"zero as printed", decimal.New(0, -2), shenyang.AsPrinted, "[-0.005, 0.005]"},
		{"negative as printed", d("-44.9"), shenyang.AsPrinted, "[-44.95, -44.85]"},
		// "some 170": last non-zero digit is the 7 (tens), half is 5.
		{"some 170", decimal.New(170, 0), shenyang.Some, "[165, 175]"},
		{"some 170 written as 17e1", decimal.New(17, 1), shenyang.Some, "[165, 175]"},
		// "some 100": last non-zero digit is the hundreds, half is 50.
		{"some 100", decimal.New(100, 0), shenyang.Some, "[50, 150]"},
		{"some negative", decimal.New(-170, 0), shenyang.Some, "[-175, -165]"},
		{"some 1.50", d("1.50"), shenyang.Some, "[1.45, 1.55]"},
		// Zero trims to 0 * 10^0, so +-0.5.
		{"some zero", d("0.00"), shenyang.Some, "[-0.5, 0.5]"},
		{"more than", decimal.New(100, 0), shenyang.MoreThan, "(100, +inf)"},
		{"surpassed", decimal.New(52, 9), shenyang.Surpassed, "(52000000000, +inf)"},
		{"more than negative", d("-1.5"), shenyang.MoreThan, "(-1.5, +inf)"},
		// "at least 52 billion" includes 52 billion.
		{"at least", decimal.New(52, 9), shenyang.AtLeast, "[52000000000, +inf)"},
		{"at least zero", decimal.Decimal{}, shenyang.AtLeast, "[0, +inf)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.RangeOf(tt.value, tt.q)
			if err != nil {
				t.Fatalf("RangeOf: %v", err)
			}
			if got := r.String(); got != tt.want {
				t.Errorf("RangeOf(%s, %s) = %q, want %q", shenyang.FormatDecimal(tt.value), tt.q, got, tt.want)
			}
			if !r.Contains(tt.value) && !tt.q.LowerBound() {
				t.Errorf("RangeOf(%s, %s) does not contain the value", shenyang.FormatDecimal(tt.value), tt.q)
			}
		})
	}
}

func TestRangeOfErrors(t *testing.T) {
	big1001 := decimal.NewFromBigInt(decimal.New(1, 1000).BigInt(), 0) // 1001 digits
	tests := []struct {
		name  string
		value decimal.Decimal
		q     shenyang.Qualifier
		want  testcheck.Failure
	}{
		{
			"unset qualifier", d("1"), 0,
			testcheck.Failure{Is: shenyang.ErrUnset, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "qualifier", Err: shenyang.ErrUnset},
				Msg: "shenyang: RangeOf: qualifier: value is unset"},
		},
		{
			// Qualifier(5) is AtLeast; the first value past it is invalid.
			"unknown qualifier", d("1"), shenyang.Qualifier(6),
			testcheck.Failure{Is: shenyang.ErrInvalid, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "qualifier", Value: "6", Err: shenyang.ErrInvalid},
				Msg: "shenyang: RangeOf: qualifier 6: invalid value"},
		},
		{
			"largest qualifier", d("1"), shenyang.Qualifier(255),
			testcheck.Failure{Is: shenyang.ErrInvalid, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "qualifier", Value: "255", Err: shenyang.ErrInvalid},
				Msg: "shenyang: RangeOf: qualifier 255: invalid value"},
		},
		{
			"exponent too large", decimal.New(1, 2000), shenyang.AsPrinted,
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "value", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: RangeOf: value with exponent 2000 and length 1: decimal out of range"},
		},
		{
			"exponent too small", decimal.New(1, -2000), shenyang.MoreThan,
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "value", Value: "with exponent -2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: RangeOf: value with exponent -2000 and length 1: decimal out of range"},
		},
		{
			"too many digits", big1001, shenyang.Some,
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "value", Value: "with exponent 0 and length 1001", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: RangeOf: value with exponent 0 and length 1001: decimal out of range"},
		},
		{
			// The value is checked before the qualifier.
			"out of range and unset qualifier", decimal.New(1, 2000), 0,
			testcheck.Failure{Is: shenyang.ErrOutOfRange, Val: &shenyang.ValueError{Op: "RangeOf", Arg: "value", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange},
				Msg: "shenyang: RangeOf: value with exponent 2000 and length 1: decimal out of range"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := shenyang.RangeOf(tt.value, tt.q)
			testcheck.Err(t, err, tt.want)
			if !r.IsZero() {
				t.Errorf("range on error = %v, want unset", r)
			}
		})
	}
}

// TestRangeOfNearLimits pins the RangeOf cases the fuzz targets found: some
// -1e1002, written -100e1000, stood for bounds with exponent 1001, beyond
// the module's range; it now keeps the value's exponent.
func TestRangeOfNearLimits(t *testing.T) {
	r, err := shenyang.RangeOf(decimal.New(-100, 1000), shenyang.Some)
	// -1e1002 -/+ 5e1001: [-1.5e1002, -0.5e1002].
	if want := "[-15" + strings.Repeat("0", 1001) + ", -5" + strings.Repeat("0", 1001) + "]"; err != nil || r.String() != want {
		t.Errorf("RangeOf(-100e1000, Some) = %.40v..., %v", r, err)
	}
	if back, err := shenyang.ParseRange(r.String()); err != nil || !back.Equal(r) {
		t.Errorf("ParseRange(String()) = %.40v, %v", back, err)
	}
	// 1e-1000 as printed is [0.5e-1000, 1.5e-1000]: 5e-1001 needs an
	// exponent below -1000.
	_, err = shenyang.RangeOf(decimal.New(1, -1000), shenyang.AsPrinted)
	testcheck.Err(t, err, testcheck.VE("RangeOf", "result", "with exponent -1001 and length 1", shenyang.ErrOutOfRange))
}

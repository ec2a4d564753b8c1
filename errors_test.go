package shenyang_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
)

func TestSentinels(t *testing.T) {
	// Every sentinel has the package prefix and a lowercase description,
	// and they are distinct.
	sentinels := map[string]error{
		"ErrUnset":            shenyang.ErrUnset,
		"ErrUnknownCurrency":  shenyang.ErrUnknownCurrency,
		"ErrCurrencyMismatch": shenyang.ErrCurrencyMismatch,
		"ErrSameCurrency":     shenyang.ErrSameCurrency,
		"ErrNotPositive":      shenyang.ErrNotPositive,
		"ErrNegative":         shenyang.ErrNegative,
		"ErrPartExceedsWhole": shenyang.ErrPartExceedsWhole,
		"ErrGrowthTooLow":     shenyang.ErrGrowthTooLow,
		"ErrEmptyRange":       shenyang.ErrEmptyRange,
		"ErrDivisorRange":     shenyang.ErrDivisorRange,
		"ErrUnbounded":        shenyang.ErrUnbounded,
		"ErrOutOfRange":       shenyang.ErrOutOfRange,
		"ErrSyntax":           shenyang.ErrSyntax,
		"ErrInvalid":          shenyang.ErrInvalid,
		"ErrInconsistent":     shenyang.ErrInconsistent,
	}
	want := map[string]string{
		"ErrUnset":            "shenyang: value is unset",
		"ErrUnknownCurrency":  "shenyang: unknown currency",
		"ErrCurrencyMismatch": "shenyang: currency mismatch",
		"ErrSameCurrency":     "shenyang: base and quote currencies must differ",
		"ErrNotPositive":      "shenyang: value must be positive",
		"ErrNegative":         "shenyang: value must not be negative",
		"ErrPartExceedsWhole": "shenyang: part exceeds whole",
		"ErrGrowthTooLow":     "shenyang: growth must be above -1",
		"ErrEmptyRange":       "shenyang: empty range",
		"ErrDivisorRange":     "shenyang: divisor range contains zero",
		"ErrUnbounded":        "shenyang: unbounded on both sides",
		"ErrOutOfRange":       "shenyang: decimal out of range",
		"ErrSyntax":           "shenyang: invalid syntax",
		"ErrInvalid":          "shenyang: invalid value",
		"ErrInconsistent":     "shenyang: inconsistent figure",
	}
	got := map[string]string{}
	for name, err := range sentinels {
		got[name] = err.Error()
		for other, e := range sentinels {
			if other != name && errors.Is(err, e) {
				t.Errorf("errors.Is(%s, %s) = true, want false", name, other)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentinel messages mismatch (-want +got):\n%s", diff)
	}
}

func TestValueErrorError(t *testing.T) {
	tests := []struct {
		name string
		err  *shenyang.ValueError
		want string
	}{
		{
			"all fields",
			&shenyang.ValueError{Op: "indicators.Growth", Arg: "prior", Value: "0", Err: shenyang.ErrNotPositive},
			"shenyang: indicators.Growth: prior 0: value must be positive",
		},
		{
			"no value",
			&shenyang.ValueError{Op: "Range.Intersect", Arg: "receiver", Err: shenyang.ErrUnset},
			"shenyang: Range.Intersect: receiver: value is unset",
		},
		{
			"no sentinel",
			&shenyang.ValueError{Op: "Range.Intersect", Arg: "receiver", Value: "x"},
			"shenyang: Range.Intersect: receiver x",
		},
		{
			// A sentinel without the prefix is written as it is.
			"foreign sentinel",
			&shenyang.ValueError{Op: "op", Arg: "arg", Err: errors.New("bad thing")},
			"shenyang: op: arg: bad thing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if got := tt.err.Unwrap(); got != tt.err.Err { //nolint:errorlint // identity is the point: Unwrap must return the sentinel itself
				t.Errorf("Unwrap() = %v, want %v", got, tt.err.Err)
			}
		})
	}
}

func TestValueErrorWrapped(t *testing.T) {
	// A *ValueError wrapped once more by a caller still matches both ways.
	inner := &shenyang.ValueError{Op: "NewRate", Arg: "rate", Value: "0", Err: shenyang.ErrNotPositive}
	err := fmt.Errorf("loading rates: %w", inner)
	if !errors.Is(err, shenyang.ErrNotPositive) {
		t.Error("errors.Is(wrapped, ErrNotPositive) = false, want true")
	}
	if errors.Is(err, shenyang.ErrUnset) {
		t.Error("errors.Is(wrapped, ErrUnset) = true, want false")
	}
	var ve *shenyang.ValueError
	if !errors.As(err, &ve) || ve != inner {
		t.Errorf("errors.As(wrapped) = %v, want the inner *ValueError", ve)
	}
	want := "loading rates: shenyang: NewRate: rate 0: value must be positive"
	if got := err.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

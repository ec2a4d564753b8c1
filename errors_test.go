package shenyang

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// errWant is what a test expects of a returned error: the sentinel it
// wraps, the fields of the *ValueError or *MismatchError around it, and the
// exact message.
type errWant struct {
	is    error          // sentinel for errors.Is
	value *ValueError    // fields for errors.As; nil when mis is set
	mis   *MismatchError // fields for errors.As; nil when value is set
	msg   string         // exact Error() text
}

// compareErrors compares error-typed fields (the sentinel in a ValueError)
// by identity.
var compareErrors = cmp.Comparer(func(a, b error) bool { return a == b }) //nolint:errorlint // sentinels inside ValueErrors compare by identity

// checkErr checks err against want: errors.Is on the sentinel, errors.As
// into the struct error with every field, the exact message, and the
// message's style (prefix, lowercase text after the operation, the
// offending value named).
func checkErr(t *testing.T, err error, want errWant) {
	t.Helper()
	if err == nil {
		t.Fatalf("error = nil, want %q", want.msg)
	}
	if !errors.Is(err, want.is) {
		t.Errorf("errors.Is(%v, %v) = false, want true", err, want.is)
	}
	switch {
	case want.value != nil:
		var got *ValueError
		if !errors.As(err, &got) {
			t.Fatalf("errors.As(%v, *ValueError) = false (type %T)", err, err)
		}
		if diff := cmp.Diff(*want.value, *got, compareErrors); diff != "" {
			t.Errorf("ValueError mismatch (-want +got):\n%s", diff)
		}
		var mis *MismatchError
		if errors.As(err, &mis) {
			t.Errorf("errors.As(%v, *MismatchError) = true, want false", err)
		}
	case want.mis != nil:
		var got *MismatchError
		if !errors.As(err, &got) {
			t.Fatalf("errors.As(%v, *MismatchError) = false (type %T)", err, err)
		}
		if diff := cmp.Diff(want.mis, got); diff != "" {
			t.Errorf("MismatchError mismatch (-want +got):\n%s", diff)
		}
		if !errors.Is(err, ErrCurrencyMismatch) {
			t.Errorf("errors.Is(%v, ErrCurrencyMismatch) = false", err)
		}
	default:
		t.Fatal("test case sets neither value nor mis")
	}
	msg := err.Error()
	if msg != want.msg {
		t.Errorf("Error() = %q, want %q", msg, want.msg)
	}
	checkStyle(t, err)
}

// checkStyle checks the conventions of every message: the "shenyang: "
// prefix, then the operation (a Go name), then text that starts in lower
// case; a *ValueError's message names its value and ends with the
// sentinel's lowercase description.
func checkStyle(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, "shenyang: ")
	if !ok {
		t.Errorf("message %q lacks the %q prefix", msg, "shenyang: ")
		return
	}
	_, detail, ok := strings.Cut(rest, ": ")
	if !ok {
		t.Errorf("message %q has no text after the operation", msg)
		return
	}
	if r, _ := utf8.DecodeRuneInString(detail); !unicode.IsLower(r) {
		t.Errorf("message %q: text after the operation starts with %q, want a lowercase letter", msg, r)
	}
	var ve *ValueError
	if errors.As(err, &ve) {
		if ve.Value != "" && !strings.Contains(msg, ve.Value) {
			t.Errorf("message %q does not name the value %q", msg, ve.Value)
		}
		if !strings.Contains(msg, ve.Arg) {
			t.Errorf("message %q does not name the argument %q", msg, ve.Arg)
		}
		i := strings.LastIndex(msg, ": ")
		if tail := msg[i+2:]; tail != strings.ToLower(tail) {
			t.Errorf("message %q ends with %q, want lower case", msg, tail)
		}
	}
	var me *MismatchError
	if errors.As(err, &me) {
		for _, c := range [2]Currency{me.Got, me.Want} {
			// A known currency by its code, any other by number: "#9".
			name := c.String()
			if name == "" {
				name = "#" + strconv.Itoa(int(c))
			}
			if !strings.Contains(msg, name) {
				t.Errorf("message %q does not name currency %s", msg, name)
			}
		}
	}
}

func TestSentinels(t *testing.T) {
	// Every sentinel has the package prefix and a lowercase description,
	// and they are distinct.
	sentinels := map[string]error{
		"ErrUnset":            ErrUnset,
		"ErrUnknownCurrency":  ErrUnknownCurrency,
		"ErrCurrencyMismatch": ErrCurrencyMismatch,
		"ErrSameCurrency":     ErrSameCurrency,
		"ErrNotPositive":      ErrNotPositive,
		"ErrNegative":         ErrNegative,
		"ErrPartExceedsWhole": ErrPartExceedsWhole,
		"ErrGrowthTooLow":     ErrGrowthTooLow,
		"ErrEmptyRange":       ErrEmptyRange,
		"ErrDivisorRange":     ErrDivisorRange,
		"ErrUnbounded":        ErrUnbounded,
		"ErrOutOfRange":       ErrOutOfRange,
		"ErrSyntax":           ErrSyntax,
		"ErrInvalid":          ErrInvalid,
		"ErrInconsistent":     ErrInconsistent,
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
		err  *ValueError
		want string
	}{
		{
			"all fields",
			&ValueError{Op: "indicators.Growth", Arg: "prior", Value: "0", Err: ErrNotPositive},
			"shenyang: indicators.Growth: prior 0: value must be positive",
		},
		{
			"no value",
			&ValueError{Op: "Range.Add", Arg: "receiver", Err: ErrUnset},
			"shenyang: Range.Add: receiver: value is unset",
		},
		{
			"no sentinel",
			&ValueError{Op: "Range.Add", Arg: "receiver", Value: "x"},
			"shenyang: Range.Add: receiver x",
		},
		{
			// A sentinel without the prefix is written as it is.
			"foreign sentinel",
			&ValueError{Op: "op", Arg: "arg", Err: errors.New("bad thing")},
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
	inner := &ValueError{Op: "NewRate", Arg: "rate", Value: "0", Err: ErrNotPositive}
	err := fmt.Errorf("loading rates: %w", inner)
	if !errors.Is(err, ErrNotPositive) {
		t.Error("errors.Is(wrapped, ErrNotPositive) = false, want true")
	}
	if errors.Is(err, ErrUnset) {
		t.Error("errors.Is(wrapped, ErrUnset) = true, want false")
	}
	var ve *ValueError
	if !errors.As(err, &ve) || ve != inner {
		t.Errorf("errors.As(wrapped) = %v, want the inner *ValueError", ve)
	}
	want := "loading rates: shenyang: NewRate: rate 0: value must be positive"
	if got := err.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestMismatchErrorError(t *testing.T) {
	tests := []struct {
		name string
		err  *MismatchError
		want string
	}{
		{"usd for cny", &MismatchError{Op: "Money.Add", Got: USD, Want: CNY}, "shenyang: Money.Add: currency USD does not match CNY"},
		{"cny for usd", &MismatchError{Op: "Rate.Convert", Got: CNY, Want: USD}, "shenyang: Rate.Convert: currency CNY does not match USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if got := tt.err.Unwrap(); got != ErrCurrencyMismatch { //nolint:errorlint // identity is the point: Unwrap must return the sentinel itself
				t.Errorf("Unwrap() = %v, want ErrCurrencyMismatch", got)
			}
			if !errors.Is(tt.err, ErrCurrencyMismatch) {
				t.Error("errors.Is(err, ErrCurrencyMismatch) = false")
			}
			var ve *ValueError
			if errors.As(tt.err, &ve) {
				t.Error("errors.As(*MismatchError, *ValueError) = true, want false")
			}
		})
	}
}

// TestMismatchErrorNamesUnknownCurrency checks that a *MismatchError whose
// currency is not a known one (Rate.ConvertRange with Currency(9)) names it
// by number, "#9", rather than printing an empty code.
func TestMismatchErrorNamesUnknownCurrency(t *testing.T) {
	tests := []struct {
		name string
		err  *MismatchError
		want string
	}{
		{"unknown got", &MismatchError{Op: "Rate.ConvertRange", Got: Currency(9), Want: USD},
			"shenyang: Rate.ConvertRange: currency #9 does not match USD"},
		{"unknown want", &MismatchError{Op: "Rate.Convert", Got: CNY, Want: Currency(255)},
			"shenyang: Rate.Convert: currency CNY does not match #255"},
		{"unset got", &MismatchError{Op: "Money.Add", Got: 0, Want: CNY},
			"shenyang: Money.Add: currency #0 does not match CNY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := tt.err.Error()
			if msg != tt.want {
				t.Errorf("Error() = %q, want %q", msg, tt.want)
			}
			if strings.Contains(msg, "currency  ") || strings.HasSuffix(msg, "match ") {
				t.Errorf("Error() = %q prints an empty currency code", msg)
			}
			checkStyle(t, tt.err)
		})
	}
}

package shenyang

import (
	"errors"
	"strings"

	"github.com/shenyang-data/shenyang/internal/decode"
)

// Sentinel errors. Every error the module returns wraps one of them, so
// callers test the kind of failure with [errors.Is]; the [*ValueError] or
// [*UnitError] around it carries the offending values for [errors.As].
var (
	// ErrUnset reports a zero value where a set one is needed, such as an
	// unset Money, Rate, Range, Bound, Currency, Unit or Qualifier.
	ErrUnset = errors.New("shenyang: value is unset")
	// ErrUnknownCurrency reports a currency code the module does not know.
	ErrUnknownCurrency = errors.New("shenyang: unknown currency")
	// ErrCurrencyMismatch reports two amounts, or an amount and a rate, in
	// currencies that do not fit together.
	ErrCurrencyMismatch = errors.New("shenyang: currency mismatch")
	// ErrSameCurrency reports a rate between a currency and itself: the
	// base and quote currencies of a rate must differ.
	ErrSameCurrency = errors.New("shenyang: base and quote currencies must differ")
	// ErrNotPositive reports a zero or negative value where only a positive
	// one has a meaning: a growth base, a total, an exchange rate.
	ErrNotPositive = errors.New("shenyang: value must be positive")
	// ErrNegative reports a negative part of a whole.
	ErrNegative = errors.New("shenyang: value must not be negative")
	// ErrPartExceedsWhole reports a part larger than its whole.
	ErrPartExceedsWhole = errors.New("shenyang: part exceeds whole")
	// ErrGrowthTooLow reports a growth rate of -100 % or less, from which no
	// prior value can be recovered.
	ErrGrowthTooLow = errors.New("shenyang: growth must be above -1")
	// ErrEmptyRange reports bounds that admit no value.
	ErrEmptyRange = errors.New("shenyang: empty range")
	// ErrDivisorRange reports a divisor range that contains or touches zero.
	ErrDivisorRange = errors.New("shenyang: divisor range contains zero")
	// ErrUnbounded reports an operation whose result would be unbounded on
	// both sides, such as an unbounded range minus another unbounded in the
	// same direction: it has no answer.
	ErrUnbounded = errors.New("shenyang: unbounded on both sides")
	// ErrOutOfRange reports a decimal whose exponent or number of digits
	// exceeds 1000, beyond which the module does not compute.
	ErrOutOfRange = errors.New("shenyang: decimal out of range")
	// ErrSyntax reports text that does not parse.
	ErrSyntax = errors.New("shenyang: invalid syntax")
	// ErrInvalid reports a value of one of the module's enumerations
	// (Qualifier, Unit, Status, audit.Verdict) that is set but not one of
	// its constants.
	ErrInvalid = errors.New("shenyang: invalid value")
	// ErrInconsistent reports a decoded [Figure] whose parts contradict
	// each other: a value outside its own range, a value that is not the
	// lower bound its qualifier prints, a reported count that is not whole.
	ErrInconsistent = errors.New("shenyang: inconsistent figure")
)

// ValueError reports an argument that an operation cannot accept. It wraps
// one of the sentinel errors, so both errors.Is and errors.As match it.
type ValueError struct {
	Op    string // the operation, such as "indicators.Growth"
	Arg   string // the argument's name, such as "prior"
	Value string // the offending value as text
	Err   error  // the sentinel describing the failure
	// Want says what the argument accepts, when the error is about its
	// form: the forms a parser reads, such as "CNY or USD". Empty
	// otherwise.
	Want string
}

// Error returns a lowercase message naming the operation, the argument and
// its value, then what is accepted in parentheses when Want is set:
// `shenyang: ParseCurrency: code "EUR": unknown currency (want CNY or
// USD)`.
func (e *ValueError) Error() string {
	msg := "shenyang: " + e.Op + ": " + e.Arg
	if e.Value != "" {
		msg += " " + e.Value
	}
	if e.Err != nil {
		msg += ": " + strings.TrimPrefix(e.Err.Error(), "shenyang: ")
	}
	if e.Want != "" {
		msg += " (want " + e.Want + ")"
	}
	return msg
}

// Unwrap returns the sentinel error.
func (e *ValueError) Unwrap() error { return e.Err }

// valueErr builds a *ValueError.
func valueErr(op, arg, value string, err error) error {
	return &ValueError{Op: op, Arg: arg, Value: value, Err: err}
}

// formErr builds a *ValueError wrapping [ErrSyntax] for text that is not
// in a form arg accepts, naming the forms (want).
func formErr(op, arg, text, want string) error {
	return &ValueError{Op: op, Arg: arg, Value: decode.Quote(text), Err: ErrSyntax, Want: want}
}

// sentinel returns the sentinel that err, a *ValueError, wraps, or err
// itself when it wraps nothing, so that an error rewrapped for another
// operation or argument keeps one "shenyang: " prefix and one operation in
// its message. It unwraps one level, without errors.As, which would link
// reflection into every program that computes a figure.
func sentinel(err error) error {
	if inner := errors.Unwrap(err); inner != nil {
		return inner
	}
	return err
}

// unsetErr returns the [ErrUnset] error of the first of two arguments, a
// and b, that is the zero value (aZero, bZero), or nil when neither is.
func unsetErr(op, a string, aZero bool, b string, bZero bool) error {
	switch {
	case aZero:
		return valueErr(op, a, "", ErrUnset)
	case bZero:
		return valueErr(op, b, "", ErrUnset)
	}
	return nil
}

// ErrUnitMismatch reports a figure whose unit does not fit the operation:
// dollars against yuan, a ratio where money is needed, a rate whose
// currencies do not match the amount.
var ErrUnitMismatch = errors.New("shenyang: unit mismatch")

// UnitError reports a figure of the wrong unit. It wraps
// [ErrUnitMismatch], and [ErrCurrencyMismatch] too when both units are
// currencies.
type UnitError struct {
	Op   string // the operation, such as "Share"
	Arg  string // the argument, with the figure's id
	Got  Unit   // the unit passed
	Want Unit   // a unit that would have fitted
}

// Error returns a lowercase message naming both units.
func (e *UnitError) Error() string {
	return "shenyang: " + e.Op + ": " + e.Arg + ": unit " + unitText(e.Got) + " does not match " + unitText(e.Want)
}

// Unwrap returns [ErrUnitMismatch], and [ErrCurrencyMismatch] when both
// units are currencies.
func (e *UnitError) Unwrap() []error {
	_, a := e.Got.Currency()
	_, b := e.Want.Currency()
	if a && b {
		return []error{ErrUnitMismatch, ErrCurrencyMismatch}
	}
	return []error{ErrUnitMismatch}
}

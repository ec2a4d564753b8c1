package shenyang

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/shenyang-data/shenyang/internal/decode"
)

// The JSON forms below write every decimal as a JSON string in plain
// notation through the module's own formatter, and read it back with the
// module's own parser, so that no package-level setting of
// shopspring/decimal (MarshalJSONWithoutQuotes, TrimTrailingZeros,
// UseScientificNotation, MaxDecodeExponent) changes them.
//
// Every type that holds data decodes what it encodes to an equal value,
// the zero value included: the unset Range, Money and Rate encode as null,
// the unset Currency, Unit, Qualifier and Status as "". The value types
// with a decoder of their own (Figure, Range, Money, Rate, Period, List
// and the enumerations) check what they decode and decode all or nothing:
// on error the target is left unchanged, and the error is a *ValueError
// wrapping a sentinel, [ErrSyntax] for JSON of the wrong shape. The plain
// structs (Source, Citation, Derivation, Claim, Person, Statement) decode
// as encoding/json decodes any struct, through their fields' decoders,
// whose errors pass through unchanged.

// isNull reports whether b is the JSON literal null.
func isNull(b []byte) bool { return bytes.Equal(bytes.TrimSpace(b), []byte("null")) }

// decodeJSON decodes b into v, a fresh value the caller copies into its
// target only on success. Errors of the module's own decoders of nested
// values are wrapped with op; encoding/json's become a *ValueError wrapping [ErrSyntax] that
// names the field of the wrong type, or quotes the input.
func decodeJSON(op string, b []byte, v any) error {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	var ve *ValueError
	if errors.As(err, &ve) {
		return decode.Wrap(op, err)
	}
	arg, value := decode.Syntax(b, err)
	return valueErr(op, arg, value, ErrSyntax)
}

// marshalJSON is json.Marshal that returns the module's own errors
// unwrapped from encoding/json's *json.MarshalerError, so that a nested
// value's error reads as it does when the value is encoded alone.
func marshalJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		var ve *ValueError
		if errors.As(err, &ve) {
			return nil, ve
		}
		return nil, err
	}
	return b, nil
}

// unmarshalText stores parse of b in dst, or the zero value for empty b;
// on error dst is left unchanged. The enumerations' UnmarshalText use it.
func unmarshalText[T ~uint8](b []byte, dst *T, parse func(string) (T, error)) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	v, err := parse(string(b))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// decodeWire decodes data, the JSON form of a T, into its wire struct W
// and converts that with conv, storing the result in *dst only on success;
// null stores the zero T. Errors name op first; those of nested values'
// decoders and of the constructors conv calls are wrapped, not rewritten.
func decodeWire[W, T any](op string, data []byte, dst *T, conv func(op string, w W) (T, error)) error {
	if isNull(data) {
		var zero T
		*dst = zero
		return nil
	}
	var w W
	if err := decodeJSON(op, data, &w); err != nil {
		return err
	}
	v, err := conv(op, w)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

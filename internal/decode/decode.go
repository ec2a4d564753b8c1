// Package decode decodes the JSON forms of the data packages' types all or
// nothing, with the module's errors.
//
// Each type's UnmarshalJSON decodes into a fresh value of a plain copy of
// its type and stores it only on success, so a failed decode leaves the
// target unchanged.
package decode

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/shenyang-data/shenyang"
)

// JSON decodes b into v, a fresh value that the caller copies into its
// target only on success. Errors of the module's own decoders (a
// *shenyang.ValueError) pass through; those of
// encoding/json become a *shenyang.ValueError of operation op wrapping
// shenyang.ErrSyntax, naming the field of the wrong type or quoting the
// start of the input.
func JSON(op string, b []byte, v any) error {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return err
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return &shenyang.ValueError{Op: op, Arg: te.Field, Value: "of JSON type " + te.Value, Err: shenyang.ErrSyntax}
	}
	return &shenyang.ValueError{Op: op, Arg: "json", Value: quoteShort(string(b)), Err: shenyang.ErrSyntax}
}

// quoteShort quotes s for an error message, cut to 40 bytes.
func quoteShort(s string) string {
	const limit = 40
	if len(s) > limit {
		return strconv.Quote(s[:limit]) + "..."
	}
	return strconv.Quote(s)
}

// Into decodes b into a fresh P with [JSON] and stores it in *dst only on
// success. A type T's UnmarshalJSON passes its receiver as a *plain, with
// plain declared as `type plain T`, which has T's fields but not its
// UnmarshalJSON.
func Into[P any](op string, b []byte, dst *P) error {
	var v P
	if err := JSON(op, b, &v); err != nil {
		return err
	}
	*dst = v
	return nil
}

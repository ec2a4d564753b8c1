// Package decode holds what the module's JSON decoders share: how an
// error of encoding/json, one that is not the module's own, is named in
// the *shenyang.ValueError wrapping shenyang.ErrSyntax that the decoders
// return instead, and how offending input is quoted in any error.
package decode

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// Syntax returns the argument and the value that name err, an error of
// json.Unmarshal of b: the field of the wrong type and its JSON type when
// encoding/json knows the field, else "json" and the start of b.
func Syntax(b []byte, err error) (arg, value string) {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return te.Field, "of JSON type " + te.Value
	}
	return "json", Quote(string(b))
}

// Quote quotes s for an error message, cut to 40 bytes.
func Quote(s string) string {
	const limit = 40
	if len(s) > limit {
		return strconv.Quote(s[:limit]) + "..."
	}
	return strconv.Quote(s)
}

// Wrap returns err seen from context, the operation that called the one
// that failed (and, after a space, what it was reading): its message is
// "shenyang: " and context before err's own without its "shenyang: ",
// and errors.Is and errors.As see err through it. Wrap of nil is nil.
func Wrap(context string, err error) error {
	if err == nil {
		return nil
	}
	return &wrapped{context, err}
}

type wrapped struct {
	context string
	err     error
}

func (w *wrapped) Error() string {
	return "shenyang: " + w.context + ": " + strings.TrimPrefix(w.err.Error(), "shenyang: ")
}

func (w *wrapped) Unwrap() error { return w.err }

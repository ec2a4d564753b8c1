// Package testcheck holds the checks the module's tests share: the shape
// of an error (sentinel, struct fields, exact message, message style), the
// module's one error-checking helper, [Err]; JSON round trips; and decoding
// that fails without touching its target. Only tests import it.
package testcheck

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// Opts returns the options that compare the module's values as values:
// decimals, bounds, ranges, amounts and rates with their Equal methods
// (1.50 equals 1.5), lists by their items, and an empty list as equal to a
// nil one.
func Opts() cmp.Options {
	return cmp.Options{
		cmp.Transformer("strings", func(l shenyang.List[string]) []string { return l.Slice() }),
		cmp.Transformer("citations", func(l shenyang.List[shenyang.Citation]) []shenyang.Citation { return l.Slice() }),
		cmpopts.EquateEmpty(),
	}
}

// Failure is what a bad-input case expects: the sentinel for errors.Is,
// the struct error around it, with every field, for errors.As, and, when
// Msg is set, the exact message.
type Failure struct {
	Is   error
	Val  *shenyang.ValueError
	Unit *shenyang.UnitError
	Msg  string
}

// VE is the Failure of a *shenyang.ValueError wrapping err.
func VE(op, arg, value string, err error) Failure {
	return Failure{Is: err, Val: &shenyang.ValueError{Op: op, Arg: arg, Value: value, Err: err}}
}

// UE is the Failure of a *shenyang.UnitError, which wraps
// shenyang.ErrUnitMismatch.
func UE(op, arg string, got, want shenyang.Unit) Failure {
	return Failure{Is: shenyang.ErrUnitMismatch, Unit: &shenyang.UnitError{Op: op, Arg: arg, Got: got, Want: want}}
}

// sameSentinel compares the sentinels inside ValueErrors.
func sameSentinel() cmp.Option {
	return cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) && errors.Is(b, a) })
}

// Err checks err against want: errors.Is on the sentinel, errors.As into
// the struct error with every field (a *ValueError that is no
// *UnitError, or a *UnitError), the
// exact message when want.Msg is set, and the message's style (see
// [Style]), which names the argument and the offending value.
func Err(t testing.TB, err error, want Failure) {
	t.Helper()
	if err == nil {
		t.Fatalf("error = nil, want one wrapping %v", want.Is)
	}
	if !errors.Is(err, want.Is) {
		t.Errorf("errors.Is(%v, %v) = false", err, want.Is)
	}
	msg := err.Error()
	switch {
	case want.Val != nil:
		var got *shenyang.ValueError
		if !errors.As(err, &got) {
			t.Fatalf("errors.As(%v, *ValueError) = false (%T)", err, err)
		}
		// What is accepted (Want) is checked when the case names it.
		ignoreWant := cmp.FilterPath(func(p cmp.Path) bool { return want.Val.Want == "" && p.Last().String() == ".Want" }, cmp.Ignore())
		if diff := cmp.Diff(*want.Val, *got, sameSentinel(), ignoreWant); diff != "" {
			t.Errorf("ValueError mismatch (-want +got):\n%s", diff)
		}
		var ue *shenyang.UnitError
		if errors.As(err, &ue) {
			t.Errorf("errors.As(%v, *UnitError) = true, want false", err)
		}
		named := want.Val.Arg + ":"
		if want.Val.Value != "" {
			named = want.Val.Arg + " " + want.Val.Value + ":"
		}
		if !strings.Contains(msg, named) {
			t.Errorf("message %q does not name %q", msg, named)
		}
	case want.Unit != nil:
		var got *shenyang.UnitError
		if !errors.As(err, &got) {
			t.Fatalf("errors.As(%v, *UnitError) = false (%T)", err, err)
		}
		if diff := cmp.Diff(*want.Unit, *got); diff != "" {
			t.Errorf("UnitError mismatch (-want +got):\n%s", diff)
		}
	default:
		t.Fatal("case sets neither Val nor Unit")
	}
	if want.Msg != "" && msg != want.Msg {
		t.Errorf("Error() = %q, want %q", msg, want.Msg)
	}
	Style(t, err)
}

// operation reports whether s starts with the name of an operation and
// ": ": a function or method, exported, perhaps of another package
// ("dataset.Document.UnmarshalJSON"), perhaps followed by what it was
// reading after a space.
func operation(s string) bool {
	head, _, ok := strings.Cut(s, ": ")
	if !ok {
		return false
	}
	name, _, _ := strings.Cut(head, " ")
	if pkg, rest, dotted := strings.Cut(name, "."); dotted && pkg != "" && unicode.IsLower(rune(pkg[0])) {
		name = rest
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && !strings.ContainsAny(name, "\"(")
}

// Style checks the conventions of every message: the "shenyang: " prefix,
// once, then the operations, then text that starts with a lowercase
// letter. A *ValueError's message names its argument and its value and
// ends with the sentinel's lowercase description.
func Style(t testing.TB, err error) {
	t.Helper()
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, "shenyang: ")
	if !ok {
		t.Errorf("message %q lacks the %q prefix", msg, "shenyang: ")
		return
	}
	if strings.Contains(rest, "shenyang: ") {
		t.Errorf("message %q carries the %q prefix more than once: an inner error is wrapped whole", msg, "shenyang: ")
	}
	// An error wrapped by the operations that called the failing one
	// names each of them before the detail: "ParseRate: NewRate: rate 0:
	// ...".
	_, detail, ok := strings.Cut(rest, ": ")
	for ok && operation(detail) {
		_, detail, ok = strings.Cut(detail, ": ")
	}
	if !ok {
		t.Errorf("message %q has no text after the operation", msg)
		return
	}
	if r, _ := utf8.DecodeRuneInString(detail); !unicode.IsLower(r) {
		t.Errorf("message %q: text after the operation starts with %q, want a lowercase letter", msg, r)
	}
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		if ve.Value != "" && !strings.Contains(msg, ve.Value) {
			t.Errorf("message %q does not name the value %q", msg, ve.Value)
		}
		if !strings.Contains(msg, ve.Arg) {
			t.Errorf("message %q does not name the argument %q", msg, ve.Arg)
		}
		body := strings.TrimSuffix(msg, " (want "+ve.Want+")")
		i := strings.LastIndex(body, ": ")
		if tail := body[i+2:]; tail != strings.ToLower(tail) {
			t.Errorf("message %q ends with %q, want lower case", msg, tail)
		}
	}
}

// RoundTrip marshals v, unmarshals the result into a new value of the
// same type, and checks that the two are equal and that encoding the
// decoded value gives the same bytes. It returns the encoding.
func RoundTrip[T any](t testing.TB, v T) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(v, got, Opts()); diff != "" {
		t.Errorf("round trip through %s mismatch (-want +got):\n%s", b, diff)
	}
	again, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("json.Marshal of the decoded value: %v", err)
	}
	if string(again) != string(b) {
		t.Errorf("second encoding = %s, first = %s", again, b)
	}
	return b
}

// Malformed is a bad JSON document for a type and the error it must give.
type Malformed struct {
	Name string
	JSON string
	Want Failure
}

// Decode decodes each case into a copy of filled and checks the error and
// that the copy still equals filled. It calls the type's own UnmarshalJSON
// where it has one (encoding/json rejects text that is not JSON at all
// before calling it, with its own *json.SyntaxError), then checks that
// json.Unmarshal fails too and leaves the target unchanged.
func Decode[T any](t *testing.T, filled T, cases []Malformed) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			target := filled
			var err error
			if u, ok := any(&target).(json.Unmarshaler); ok {
				err = u.UnmarshalJSON([]byte(tt.JSON))
			} else {
				err = json.Unmarshal([]byte(tt.JSON), &target)
			}
			Err(t, err, tt.Want)
			if diff := cmp.Diff(filled, target, Opts()); diff != "" {
				t.Errorf("target changed by failed decode of %s (-before +after):\n%s", tt.JSON, diff)
			}
			target = filled
			if err := json.Unmarshal([]byte(tt.JSON), &target); err == nil {
				t.Errorf("json.Unmarshal(%s) = nil error", tt.JSON)
			}
			if diff := cmp.Diff(filled, target, Opts()); diff != "" {
				t.Errorf("target changed by json.Unmarshal of %s (-before +after):\n%s", tt.JSON, diff)
			}
		})
	}
}

// Bad returns a Malformed case.
func Bad(name, doc string, want Failure) Malformed {
	return Malformed{Name: name, JSON: doc, Want: want}
}

// ZeroMethods calls every exported method of the zero value of each
// value's type (value and pointer receivers), with zero arguments, and
// every iterator a method returns, each in a subtest that fails on a
// panic. It returns the number of methods called.
func ZeroMethods(t *testing.T, values ...any) int {
	t.Helper()
	n := 0
	for _, v := range values {
		typ := reflect.TypeOf(v)
		pt := reflect.PointerTo(typ)
		if pt.NumMethod() == 0 {
			t.Errorf("%v has no exported methods", typ)
		}
		for i := range pt.NumMethod() {
			m := pt.Method(i)
			n++
			t.Run(typ.String()+"."+m.Name, func(t *testing.T) {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("(*%v).%s on the zero value panics: %v", typ, m.Name, r)
					}
				}()
				recv := reflect.New(typ) // a pointer to the zero value
				args := make([]reflect.Value, m.Type.NumIn()-1)
				for j := range args {
					args[j] = reflect.Zero(m.Type.In(j + 1))
				}
				var out []reflect.Value
				if m.Type.IsVariadic() {
					out = recv.Method(i).CallSlice(args)
				} else {
					out = recv.Method(i).Call(args)
				}
				for _, o := range out {
					drain(o)
				}
			})
		}
	}
	return n
}

// drain runs v to the end if it is an iterator (a func taking a yield
// func that returns bool).
func drain(v reflect.Value) {
	if v.Kind() != reflect.Func || v.IsNil() || v.Type().NumIn() != 1 {
		return
	}
	yt := v.Type().In(0)
	if yt.Kind() != reflect.Func || yt.NumOut() != 1 || yt.Out(0).Kind() != reflect.Bool {
		return
	}
	yield := reflect.MakeFunc(yt, func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(true)}
	})
	v.Call([]reflect.Value{yield})
}

// Beyond is a decimal beyond the module's range, and how the module's
// errors describe it.
type Beyond struct {
	Name string
	D    decimal.Decimal
	Desc string
}

// OutOfRange returns decimals beyond the module's range: an exponent or a
// number of digits over 1000.
func OutOfRange() []Beyond {
	return []Beyond{
		{"huge exponent", decimal.New(1, 2000), "with exponent 2000 and length 1"},
		{"tiny exponent", decimal.New(1, -2000), "with exponent -2000 and length 1"},
		// 10^1000 has 1001 digits.
		{"1001 digits", decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1000), nil), 0), "with exponent 0 and length 1001"},
	}
}

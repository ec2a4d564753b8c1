package metadata

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ecmaRegexp is a pattern compiled with regexp2 in ECMAScript mode, the
// dialect JSON Schema prescribes for "pattern"; Go's regexp lacks the
// lookaheads the Data Package profile's path pattern uses.
type ecmaRegexp regexp2.Regexp

// MatchString reports whether s matches; a pattern that runs past its
// timeout does not match.
func (re *ecmaRegexp) MatchString(s string) bool {
	ok, err := (*regexp2.Regexp)(re).MatchString(s)
	return err == nil && ok
}

// String returns the pattern's source.
func (re *ecmaRegexp) String() string { return (*regexp2.Regexp)(re).String() }

// compileECMA is the validator's regexp engine.
func compileECMA(pattern string) (jsonschema.Regexp, error) {
	re, err := regexp2.Compile(pattern, regexp2.ECMAScript)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = time.Second
	return (*ecmaRegexp)(re), nil
}

// compileSchema compiles the vendored schema testdata/file, registered at
// url, the address it is published at, so that nothing is fetched. Formats
// ("date", "uri", "email") are asserted.
func compileSchema(t *testing.T, file, url string) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	c := jsonschema.NewCompiler()
	c.UseRegexpEngine(compileECMA)
	c.AssertFormat()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return sch
}

// validate validates doc, a document decoded from JSON or YAML into maps,
// slices and scalars, against sch. It goes through JSON so that the
// validator sees the document as a JSON reader would.
func validate(t *testing.T, sch *jsonschema.Schema, doc any) error {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(inst)
}

// clone returns a deep copy of doc, a decoded JSON or YAML document, for a
// test case to break.
func clone(t *testing.T, doc map[string]any) map[string]any {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// object returns v as a JSON object, failing the test if it is not one.
func object(t *testing.T, v any, what string) map[string]any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s is %T, not an object", what, v)
	}
	return m
}

// list returns v as a JSON array, failing the test if it is not one.
func list(t *testing.T, v any, what string) []any {
	t.Helper()
	s, ok := v.([]any)
	if !ok {
		t.Fatalf("%s is %T, not an array", what, v)
	}
	return s
}

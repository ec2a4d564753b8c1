package apigolden

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// packages are the module's public packages, relative to its root.
var packages = []string{".", "indicators", "trade", "investors", "parks", "audit"}

// load parses a package directory and returns its documentation and the
// names its examples document (ExampleRange_Add documents "Range_Add").
func load(t *testing.T, dir string) (*doc.Package, map[string]bool) {
	t.Helper()
	fset := token.NewFileSet()
	root := filepath.Join("..", "..", dir)
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var files, tests []*ast.File
	for _, e := range entries {
		fn := e.Name()
		if e.IsDir() || !strings.HasSuffix(fn, ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(root, fn), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasSuffix(fn, "_test.go"):
			tests = append(tests, f)
		case f.Name.Name != "main": // not a generator behind //go:build ignore
			files = append(files, f)
		}
	}
	d, err := doc.NewFromFiles(fset, files, "github.com/shenyang-data/shenyang/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	examples := map[string]bool{}
	for _, e := range doc.Examples(tests...) {
		if e.Output == "" && !e.EmptyOutput {
			continue // not run by go test: it documents nothing checked
		}
		name := e.Name
		// A lower-case suffix names a variant: ExampleFigure_derivation.
		if i := strings.LastIndex(name, "_"); i > 0 && name[i+1] >= 'a' && name[i+1] <= 'z' {
			name = name[:i]
		}
		examples[name] = true
	}
	return d, examples
}

func TestEveryExportedNameIsDocumented(t *testing.T) {
	for _, dir := range packages {
		d, _ := load(t, dir)
		if len(d.Doc) < 200 {
			t.Errorf("%s: package doc is %d characters; write an overview", dir, len(d.Doc))
		}
		undocumented := func(kind, name, text string) {
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: %s %s has no doc comment", dir, kind, name)
			}
		}
		for _, v := range append(d.Consts, d.Vars...) {
			undocumented("value group", strings.Join(v.Names, ", "), v.Doc)
		}
		for _, f := range d.Funcs {
			undocumented("func", f.Name, f.Doc)
		}
		for _, typ := range d.Types {
			undocumented("type", typ.Name, typ.Doc)
			for _, v := range append(typ.Consts, typ.Vars...) {
				undocumented("value group", strings.Join(v.Names, ", "), v.Doc)
			}
			for _, f := range typ.Funcs {
				undocumented("func", f.Name, f.Doc)
			}
			for _, m := range typ.Methods {
				undocumented("method", typ.Name+"."+m.Name, m.Doc)
			}
		}
	}
}

func TestEveryFunctionHasAnExample(t *testing.T) {
	for _, dir := range packages {
		d, examples := load(t, dir)
		need := func(name string) {
			if !examples[name] {
				t.Errorf("%s: %s has no Example%s with an Output comment", dir, strings.ReplaceAll(name, "_", "."), name)
			}
		}
		for _, f := range d.Funcs {
			need(f.Name)
		}
		for _, typ := range d.Types {
			for _, f := range typ.Funcs {
				need(f.Name)
			}
			for _, m := range typ.Methods {
				if !plumbing[m.Name] {
					need(typ.Name + "_" + m.Name)
				}
			}
		}
	}
}

// plumbing are the methods a user does not call directly, but through
// encoding/json, fmt or errors: they need no example of their own.
var plumbing = map[string]bool{
	"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true,
	"String": true, "Error": true, "Unwrap": true,
}

package snippets

import (
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// snippet is one block of Go from the README or a doc comment.
type snippet struct {
	where string // file and line, for messages
	code  string
}

// root is the library module's directory, the parent of the tools module.
const root = "../.."

// readmeSnippets returns the README's ```go blocks.
func readmeSnippets(t *testing.T) []snippet {
	b, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "```go" {
			continue
		}
		start := i + 1
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
		}
		out = append(out, snippet{fmt.Sprintf("README.md:%d", start), strings.Join(lines[start:i], "\n")})
	}
	return out
}

// docSnippets returns the code blocks of every doc comment of the public
// packages' files (not tests, examples or internal packages) that are Go:
// those that parse as a file or as statements. A block that does not
// parse but reads like Go (it declares, returns or calls a package) is an
// error, so that a broken snippet cannot pass for text.
func docSnippets(t *testing.T) []snippet {
	var out []snippet
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || slices.Contains([]string{"internal", "examples", "tools", "testdata", "docs", "data"}, rel)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		for _, g := range f.Comments {
			var p comment.Parser
			for _, b := range p.Parse(g.Text()).Content {
				code, ok := b.(*comment.Code)
				if !ok {
					continue
				}
				where := fmt.Sprintf("%s:%d", rel, fset.Position(g.Pos()).Line)
				if !isGo(code.Text) {
					if looksLikeGo.MatchString(code.Text) {
						t.Errorf("%s: a code block reads like Go but does not parse:\n%s", where, code.Text)
					}
					continue
				}
				out = append(out, snippet{where, code.Text})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var looksLikeGo = regexp.MustCompile(`:= |\breturn\b|\bfunc\b|\b(fmt|shenyang|dataset|indicators|trade|investors|parks|audit|decimal)\.[A-Z]`)

// isGo reports whether code parses as a Go file or as statements.
func isGo(code string) bool {
	if strings.HasPrefix(strings.TrimSpace(code), "package ") {
		_, err := parser.ParseFile(token.NewFileSet(), "", code, 0)
		return err == nil
	}
	_, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+code+"\n}\n", 0)
	return err == nil
}

// packages are the packages a snippet of statements may use unimported,
// by the name it uses.
var packages = map[string]string{
	"errors":     "errors",
	"fmt":        "fmt",
	"os":         "os",
	"decimal":    "github.com/shopspring/decimal",
	"shenyang":   "github.com/shenyang-data/shenyang",
	"dataset":    "github.com/shenyang-data/shenyang/dataset",
	"indicators": "github.com/shenyang-data/shenyang/indicators",
	"trade":      "github.com/shenyang-data/shenyang/trade",
	"investors":  "github.com/shenyang-data/shenyang/investors",
	"parks":      "github.com/shenyang-data/shenyang/parks",
	"audit":      "github.com/shenyang-data/shenyang/audit",
}

// program returns s as a main package: a whole program as it is, and a
// snippet of statements as the body of a function returning error,
// importing the packages it names.
func program(s snippet) string {
	if strings.HasPrefix(strings.TrimSpace(s.code), "package ") {
		return s.code
	}
	f, _ := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+s.code+"\n}\n", 0)
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && packages[id.Name] != "" {
				used[id.Name] = true
			}
		}
		return true
	})
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n")
	for name := range used {
		fmt.Fprintf(&b, "\t%q\n", packages[name])
	}
	b.WriteString(")\n\nfunc main() {}\n\n// snippet is " + s.where + ".\nfunc snippet() error {\n" + s.code + "\n\treturn nil\n}\n\nvar _ = snippet\n")
	return b.String()
}

// TestSnippetsCompile builds every snippet as its own program, in a
// directory of the tools module, whose go.mod points at the library.
func TestSnippetsCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	all := append(readmeSnippets(t), docSnippets(t)...)
	if len(all) < 2 {
		t.Fatalf("found %d snippets, want the README's program and the root package doc's", len(all))
	}
	dir, err := os.MkdirTemp(".", "build")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	for i, s := range all {
		sub := filepath.Join(dir, fmt.Sprint(i))
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, "main.go"), []byte(program(s)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command("go", "build", "-o", os.DevNull, "./"+dir+"/...").CombinedOutput() //nolint:gosec // dir is this test's own temporary directory
	if err != nil {
		t.Errorf("snippets do not compile:\n%s", out)
		for i, s := range all {
			if strings.Contains(string(out), fmt.Sprintf("%s/%d/", filepath.Base(dir), i)) {
				t.Errorf("%s:\n%s", s.where, s.code)
			}
		}
		return
	}
	t.Logf("%d snippets compile", len(all))
}

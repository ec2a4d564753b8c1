// Package apigolden holds the tests of the library's public API as
// pkg.go.dev shows it, outside the library's module zip: TestAPIGolden
// compares each package's go doc -all output with its file under testdata
// (-update rewrites them), and apicheck_test.go checks that every exported
// name is documented and every exported function has a runnable example.
package apigolden

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the API golden files in testdata from go doc -all")

// module is the library's module path.
const module = "github.com/shenyang-data/shenyang"

// public are the module's public packages, relative to its root, each
// with its golden file under testdata.
var public = []struct{ dir, golden string }{
	{".", "shenyang.txt"},
	{"audit", "audit.txt"},
	{"dataset", "dataset.txt"},
	{"indicators", "indicators.txt"},
	{"investors", "investors.txt"},
	{"parks", "parks.txt"},
	{"trade", "trade.txt"},
}

// goCmd runs the go command at the module's root and returns its output.
func goCmd(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...) //nolint:gosec // G204: the go command with this test's own arguments
	cmd.Dir = filepath.Join("..", "..")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// goldenGo is the Go release whose go doc wrote the golden files.
const goldenGo = "go1.26"

// TestAPIGolden compares each public package's API, as `go doc -all`
// prints it, with its golden file, so that every change to the API shows
// in review as a change of testdata.
func TestAPIGolden(t *testing.T) {
	// go doc's rendering changes between Go releases (doc links are
	// printed in brackets by newer releases): the golden files are of the Go
	// release below, and older toolchains (.ci/oldgo) skip the comparison.
	if v := goCmd(t, "env", "GOVERSION"); !strings.HasPrefix(string(v), goldenGo) {
		t.Skipf("golden files are of %s; this toolchain is %s", goldenGo, strings.TrimSpace(string(v)))
	}
	for _, p := range public {
		t.Run(p.golden, func(t *testing.T) {
			t.Parallel()
			got := goCmd(t, "doc", "-all", "./"+p.dir)
			path := filepath.Join("testdata", p.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o600); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v; write the golden files with: (cd tools && go test ./apigolden -run TestAPIGolden -update)", err)
			}
			lines := func(b []byte) []string { return strings.Split(string(b), "\n") }
			if diff := cmp.Diff(lines(want), lines(got)); diff != "" {
				t.Errorf("the API of %s (go doc -all) differs from %s (-want +got):\n%s\n"+
					"If the change is meant, rewrite the golden files and commit them with it:\n"+
					"\t(cd tools && go test ./apigolden -run TestAPIGolden -update)",
					strings.TrimSuffix(module+"/"+p.dir, "/."), path, diff)
			}
		})
	}
}

// TestAPIGoldenCoversEveryPublicPackage fails when a package outside
// internal/ and examples/ has no golden file, or a golden file's package
// is gone.
func TestAPIGoldenCoversEveryPublicPackage(t *testing.T) {
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(string(goCmd(t, "list", "-f", "{{.Name}} {{.ImportPath}}", "./..."))), "\n") {
		name, path, _ := strings.Cut(line, " ")
		rel := strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
		if name == "main" || rel == "internal" || strings.HasPrefix(rel, "internal/") || strings.HasPrefix(rel, "examples/") {
			continue
		}
		if rel == "" {
			rel = "."
		}
		got = append(got, rel)
	}
	var want []string
	for _, p := range public {
		want = append(want, p.dir)
	}
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("public packages (-golden files +go list):\n%s\nadd or remove the package in the list public of golden_test.go, then: (cd tools && go test ./apigolden -run TestAPIGolden -update)", diff)
	}
}

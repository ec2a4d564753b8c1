package derive

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
)

// TestGeneratedTablesAreFresh recomputes every derived figure and fails
// when a committed derived_gen.go differs from what it renders now.
func TestGeneratedTablesAreFresh(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(Packages()) {
		t.Fatalf("rendered %d files, want %d", len(files), len(Packages()))
	}
	for path, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", path)) //nolint:gosec // reads a fixed file of this repository
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s is stale; run go generate ./internal/derive (-want +got):\n%s", path, diff)
		}
	}
}

// TestPackagesServeRecomputedFigures checks that what the packages hand
// out equals the recomputation, field by field.
func TestPackagesServeRecomputedFigures(t *testing.T) {
	outs, err := Figures()
	if err != nil {
		t.Fatal(err)
	}
	lookups := map[string]func(string) (shenyang.Figure, bool){
		"indicators": indicators.Figure, "trade": trade.Figure, "investors": investors.Figure,
	}
	for _, o := range outs {
		got, ok := lookups[o.Package](o.Figure.ID)
		if !ok {
			t.Errorf("%s: not served by package %s", o.Figure.ID, o.Package)
			continue
		}
		want := o.Figure
		if !got.Value.Equal(want.Value) || got.Range.String() != want.Range.String() ||
			got.Derivation.Formula != want.Derivation.Formula || got.Qualifier != want.Qualifier ||
			got.Unit != want.Unit || got.Period != want.Period || got.Note != want.Note ||
			cmp.Diff(want.Derivation.Inputs.Slice(), got.Derivation.Inputs.Slice()) != "" ||
			cmp.Diff(want.Citations.Slice(), got.Citations.Slice()) != "" {
			t.Errorf("%s: served %v %s, recomputed %v %s", o.Figure.ID, got, got.Range, want, want.Range)
		}
	}
}

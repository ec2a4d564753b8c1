package dataset_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
)

var update = flag.Bool("update", false, "rewrite the golden files of Explain")

// TestExplainGolden compares Explain's text with committed golden files;
// go test ./dataset -run TestExplainGolden -update rewrites them.
func TestExplainGolden(t *testing.T) {
	for _, id := range []string{trade.ExportsGrowth2019, trade.ExportsUSD2019, indicators.ForeignCapital2019} {
		t.Run(id, func(t *testing.T) {
			e, err := dataset.Explain(id)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "explain", id+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(e.String()), 0o644); err != nil { //nolint:gosec // a golden file of this repository
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path) //nolint:gosec // a golden file of this repository
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), e.String()); diff != "" {
				t.Errorf("Explain(%q) text (-want +got), run with -update if the change is meant:\n%s", id, diff)
			}
		})
	}
}

func TestExplainTree(t *testing.T) {
	e, err := dataset.Explain(trade.ExportsGrowth2019)
	if err != nil {
		t.Fatal(err)
	}
	// (exports 2019 - exports 2018) / exports 2018, where exports 2019 =
	// total - imports and exports 2018 = total/(1+g_total) -
	// imports/(1+g_imports): four reported figures, each reached twice.
	var leaves []string
	for _, f := range e.Leaves() {
		if f.Status != shenyang.Reported {
			t.Errorf("leaf %s is %s", f.ID, f.Status)
		}
		if c, _ := f.Primary(); !c.HasQuote() {
			t.Errorf("leaf %s has no quote", f.ID)
		}
		leaves = append(leaves, f.ID)
	}
	want := []string{indicators.TradeTotal2019, indicators.TradeTotalGrowth2019, indicators.Imports2019, indicators.ImportsGrowth2019}
	if diff := cmp.Diff(want, leaves); diff != "" {
		t.Errorf("leaves (-want +got):\n%s", diff)
	}
	if len(e.Inputs) != 2 || e.Inputs[0].Figure.ID != trade.Exports2018 || e.Inputs[1].Figure.ID != trade.Exports2019 {
		t.Errorf("inputs of the root are not exports 2018 and 2019")
	}
	if e.Method != shenyang.MethodCorners || e.Inputs[0].Method != shenyang.MethodIntervals {
		t.Errorf("methods %q, %q", e.Method, e.Inputs[0].Method)
	}
	leaf, err := dataset.Explain(indicators.Imports2019)
	if err != nil || len(leaf.Inputs) != 0 || leaf.Method != dataset.MethodReported {
		t.Errorf("Explain of a reported figure = %v, %v", leaf.Method, err)
	}
}

func TestExplainUnknown(t *testing.T) {
	for _, tt := range []struct {
		id      string
		nearest []string
	}{
		{"", nil},
		{"nope.x", nil},
		// The year left off: 5 insertions (".2019") from the figure
		// meant; "growth" to "2019" is 4 substitutions and 2 deletions,
		// 6 edits, from the two exports figures, within 5 + 2 and a
		// third of the 20 letters (6); ties in the dataset's order.
		{"trade.exports.growth", []string{"trade.exports.growth.2019", "trade.exports.2019", "trade.exports.2018"}},
		// Two digits swapped: 2 substitutions from 2019 and from 2018
		// (9 to 1, 1 to 8); every other id is more than 7 edits away.
		{"indicators.imports.2091", []string{"indicators.imports.2019", "indicators.imports.2018"}},
		// One letter wrong: 1 edit; the next ids, 6 edits away, are more
		// than 2 farther than that.
		{"trade.balanse.2019", []string{"trade.balance.2019"}},
	} {
		_, err := dataset.Explain(tt.id)
		var nf *dataset.NotFoundError
		if !errors.Is(err, dataset.ErrNotFound) || !errors.As(err, &nf) {
			t.Fatalf("Explain(%q) error %v, want a *NotFoundError wrapping ErrNotFound", tt.id, err)
		}
		if nf.Op != "dataset.Explain" || nf.ID != tt.id || !slices.Equal(nf.Nearest, tt.nearest) {
			t.Errorf("Explain(%q) error %+v, want nearest %q", tt.id, *nf, tt.nearest)
		}
	}
	_, err := dataset.Explain("trade.balanse.2019")
	const want = `dataset.Explain: "trade.balanse.2019": dataset: no figure with this id (nearest: trade.balance.2019)`
	if err == nil || err.Error() != want {
		t.Errorf("Error() = %v, want %s", err, want)
	}
}

func TestFigure(t *testing.T) {
	n := 0
	for f := range dataset.Figures() {
		n++
		g, ok := dataset.Figure(f.ID)
		if !ok || !g.Equal(f) {
			t.Errorf("Figure(%q) = %v, %t; want the figure Figures yields", f.ID, g.ID, ok)
		}
	}
	// 18 reported figures (indicators 10, trade 4, investors 4) and 22
	// derived ones (7, 12 and 3).
	if n != 40 {
		t.Errorf("Figures yielded %d, want 40", n)
	}
	for _, id := range []string{"", "parks.china-japan", "trade", "indicators.imports"} {
		if _, ok := dataset.Figure(id); ok {
			t.Errorf("Figure(%q) found", id)
		}
	}
	claims := 0
	for range dataset.Claims() {
		claims++
	}
	statements := 0
	for range dataset.Statements() {
		statements++
	}
	if claims == 0 || statements != 2 {
		t.Errorf("%d claims, %d statements", claims, statements)
	}
}

package dataset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
)

const sourceFile = "chinadaily-2020-04-09-shenyang-opening-up.txt"

// sourceText returns the stored copy of the report, which lives in
// ../shared/sources beside the module's root when the repository is
// checked out in its workplace; the test skips where it is absent.
func sourceText(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found; cannot locate the source text")
		}
		dir = parent
	}
	b, err := os.ReadFile(filepath.Join(dir, "..", "shared", "sources", sourceFile)) //nolint:gosec // reads a fixed file of this repository
	if err != nil {
		t.Skipf("source text %s not found beside the module (%v); the quotes cannot be checked here", sourceFile, err)
	}
	return string(b)
}

// TestReportTextIsTheSource checks that the copy of the report the tests
// quote against, testcheck.ReportText, is the stored source's text, line
// by line; it skips where the stored source is absent.
func TestReportTextIsTheSource(t *testing.T) {
	text := sourceText(t)
	n := 0
	for line := range strings.SplitSeq(testcheck.ReportText, "\n") {
		if line == "" {
			continue
		}
		n++
		if !strings.Contains(text, line) {
			t.Errorf("a line of testcheck.ReportText is not in the stored source: %q", line)
		}
	}
	if n < 10 {
		t.Errorf("testcheck.ReportText has %d lines of text, want the report's 13 paragraphs and headings", n)
	}
}

// TestQuotesAreVerbatim checks every citation of the dataset against the
// report's text.
func TestQuotesAreVerbatim(t *testing.T) {
	text := testcheck.ReportText
	n := 0
	for id, c := range Citations() {
		n++
		if c.Source.ID != shenyang.Report().ID {
			// The module stores no text of the other sources: their
			// citations must say so instead of quoting.
			if c.HasQuote() || !strings.HasPrefix(c.Note, "no quote: ") {
				t.Errorf("%s: citation of %s should carry no quote and say why, has quote %q note %q", id, c.Source.ID, c.Quote, c.Note)
			}
			continue
		}
		if c.Quote == "" {
			t.Errorf("%s: citation of the report has no quote", id)
			continue
		}
		if !strings.Contains(text, c.Quote) {
			t.Errorf("%s: quote is not verbatim in the report: %q", id, c.Quote)
		}
	}
	// 23 figures with 1 to 2 citations each, 8 claims, 2 statements, 3
	// investors, 1 product and 2 parks with 2 citations each.
	if n < 40 {
		t.Errorf("only %d citations checked; the dataset lost some", n)
	}
}

func TestQuotesCarryPrintedFigure(t *testing.T) {
	for f := range Figures() {
		if f.Status != shenyang.Reported {
			continue
		}
		c, ok := f.Primary()
		if !ok {
			t.Errorf("%s: no citation", f.ID)
			continue
		}
		if !c.HasQuote() {
			continue // a source the module stores no text of
		}
		if f.Printed == "" || !strings.Contains(c.Quote, f.Printed) {
			t.Errorf("%s: quote %q does not contain the figure as printed, %q", f.ID, c.Quote, f.Printed)
		}
	}
}

func TestIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	d := Collect()
	check := func(id string) {
		if id == "" {
			t.Error("empty id")
		}
		if seen[id] {
			t.Errorf("duplicate id %q", id)
		}
		seen[id] = true
	}
	for _, f := range d.Figures {
		check(f.ID)
	}
	for _, c := range d.Claims {
		check(c.ID)
	}
	for _, s := range d.Statements {
		check(s.ID)
	}
	for _, in := range d.Investors {
		check(in.ID)
	}
	for _, p := range d.Products {
		check(p.ID)
	}
	for _, p := range d.Parks {
		check(p.ID)
	}
}

func TestDerivedInputsExist(t *testing.T) {
	ids := map[string]bool{}
	for f := range Figures() {
		ids[f.ID] = true
	}
	for f := range Figures() {
		if f.Status != shenyang.Derived {
			continue
		}
		if f.Derivation.Inputs.Len() == 0 || f.Derivation.Formula == "" {
			t.Errorf("%s: derived figure without formula or inputs", f.ID)
		}
		for in := range f.Derivation.Inputs.All() {
			if !ids[in] {
				t.Errorf("%s: input %q is not a figure of the dataset", f.ID, in)
			}
			if !strings.Contains(f.Derivation.Formula, in) {
				t.Errorf("%s: formula %q does not name input %q", f.ID, f.Derivation.Formula, in)
			}
		}
	}
}

func TestEveryRangeHoldsItsValue(t *testing.T) {
	for f := range Figures() {
		if f.Qualifier.LowerBound() && f.Status == shenyang.Reported {
			// "more than 100": the value is the printed bound, which the
			// range (100, +inf) excludes.
			low, ok := f.Range.Low().Value()
			if !ok || !low.Equal(f.Value) || !f.Range.Low().IsOpen() || !f.Range.High().IsUnbounded() {
				t.Errorf("%s: lower-bound figure has range %s for value %s", f.ID, f.Range, shenyang.FormatDecimal(f.Value))
			}
			continue
		}
		if !f.Range.Contains(f.Value) {
			t.Errorf("%s: range %s does not contain value %s", f.ID, f.Range, shenyang.FormatDecimal(f.Value))
		}
	}
}

// TestAreas: every published figure names the place it measures, and the
// growth rates the Chinese edition's gaps imply are China's and
// Liaoning's, though computed from Shenyang's figures.
func TestAreas(t *testing.T) {
	want := map[string]string{
		indicators.ForeignCapitalGrowthNational2019: "China",
		indicators.TradeTotalGrowthNational2019:     "China",
		indicators.ForeignCapitalGrowthLiaoning2019: "Liaoning",
		indicators.TradeTotalGrowthLiaoning2019:     "Liaoning",
		// The exchange rates, official and implied, are China's.
		trade.OfficialRate2019: "China",
		trade.OfficialRate2018: "China",
		trade.ImpliedRate2019:  "China",
		// Shenyang's imports converted at China's rate stay Shenyang's.
		trade.ImportsUSD2019: "Shenyang",
	}
	n := 0
	for f := range Figures() {
		n++
		area, named := want[f.ID]
		if !named {
			area = "Shenyang"
		}
		if f.Area != area {
			t.Errorf("%s: area %q, want %q", f.ID, f.Area, area)
		}
	}
	if n != 40 {
		t.Errorf("%d figures, want 40", n)
	}
}

package investors_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
)

// The package's functions take only ids; empty and unknown ones find
// nothing.
func TestLookupsEmptyIDsInvestors(t *testing.T) {
	for _, id := range []string{"", "bmw", "investors.BMW", "investors.bmw ", "investors.bmw-brilliance.ix3"} {
		if in, ok := investors.Lookup(id); ok || in.ID != "" {
			t.Errorf("Lookup(%q) = %q, %v; want the zero Investor, false", id, in.ID, ok)
		}
	}
	for _, id := range []string{"", "investors.fortune500", "investors.bmw"} {
		if f, ok := investors.Figure(id); ok || !f.IsZero() {
			t.Errorf("Figure(%q) = %q, %v; want the zero Figure, false", id, f.ID, ok)
		}
	}
}

func TestZeroValuesDoNotPanicInvestors(t *testing.T) {
	if n := testcheck.ZeroMethods(t, investors.Investor{}, investors.Product{}); n != 2 {
		t.Errorf("called %d methods, want 2 (UnmarshalJSON of each)", n)
	}
}

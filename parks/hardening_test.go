package parks_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/parks"
)

// Lookup is the package's only function with caller input.
func TestLookupEmptyIDsParks(t *testing.T) {
	for _, id := range []string{"", "china-japan", "parks.China-Japan", "parks.china-japan "} {
		if p, ok := parks.Lookup(id); ok || p.ID != "" {
			t.Errorf("Lookup(%q) = %q, %v; want the zero Park, false", id, p.ID, ok)
		}
	}
}

func TestZeroValuesDoNotPanicParks(t *testing.T) {
	if n := testcheck.ZeroMethods(t, parks.Park{}); n != 1 {
		t.Errorf("called %d methods, want 1 (UnmarshalJSON)", n)
	}
}

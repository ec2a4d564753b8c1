package parks_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/parks"
)

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parks.ResetForTest()
		parks.Lookup("parks.china-japan")
	}
}

package investors_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/investors"
)

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does; the trade figures it reads are
// built already.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		investors.ResetForTest()
		investors.Figure(investors.Fortune500Companies)
	}
}

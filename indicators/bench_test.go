package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/indicators"
)

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		indicators.ResetForTest()
		indicators.Figure(indicators.ForeignCapital2019)
	}
}

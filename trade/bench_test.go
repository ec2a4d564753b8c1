package trade_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/trade"
)

// BenchmarkFirstUse builds the package's tables from their literals, as
// the first call of any accessor does; the indicators it reads are built
// already.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		trade.ResetForTest()
		trade.Figure(trade.TotalUSD2019)
	}
}

package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shopspring/decimal"
)

// TestGrowthRangeHoldsRoundedGrowth pins the cases the fuzz targets found
// in an earlier GrowthRange, which subtracted 1 exactly from a quotient
// rounded to 16 digits while Growth rounds once at the end. GrowthRange now
// rounds (current - prior)/prior once at each corner, as Growth does.
func TestGrowthRangeHoldsRoundedGrowth(t *testing.T) {
	tests := []struct {
		name           string
		prior, current decimal.Decimal
		low, high      decimal.Decimal
	}{
		// From 1 to 1e20 the growth is 1e20 - 1 = 99999999999999999999,
		// which rounds half to even at 16 digits to 1e20; the range was
		// [1e20 - 1, 1e20 - 1] and missed it. Now 1e20 - 1 is rounded
		// outward: [9999999999999999e4, 1e20].
		{"power of ten", decimal.New(1, 0), decimal.New(1, 20), decimal.New(9999999999999999, 4), decimal.New(1, 20)},
		// From 6.9e-632 to 2.4e374: the growth (2.4e374 - 6.9e-632) /
		// 6.9e-632 = 3.4782608695652173913...e1005 minus a tiny amount,
		// rounded once to 16 digits: floor 3478260869565217e990, ceil
		// 3478260869565218e990.
		{"long intermediate", decimal.New(69, -633), decimal.New(24, 373),
			decimal.New(3478260869565217, 990), decimal.New(3478260869565218, 990)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := indicators.GrowthRange(shenyang.Exactly(tt.prior), shenyang.Exactly(tt.current))
			if err != nil {
				t.Fatal(err)
			}
			lo, _ := r.Low().Value()
			hi, _ := r.High().Value()
			if !lo.Equal(tt.low) || !hi.Equal(tt.high) || r.Low().IsOpen() || r.High().IsOpen() {
				t.Errorf("GrowthRange = %v, want [%s, %s]", r, shenyang.FormatDecimal(tt.low), shenyang.FormatDecimal(tt.high))
			}
			g, err := indicators.Growth(tt.prior, tt.current)
			if err != nil || !r.Contains(g) {
				t.Errorf("Growth = %s, %v; not in %v", shenyang.FormatDecimal(g), err, r)
			}
		})
	}
}

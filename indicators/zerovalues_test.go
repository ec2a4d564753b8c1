package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

func TestZeroValuesDoNotPanicIndicators(t *testing.T) {
	if n := testcheck.ZeroMethods(t, indicators.Indicator{}); n != 1 {
		t.Errorf("called %d methods of Indicator, want 1 (String)", n)
	}
	var zero decimal.Decimal
	if _, err := indicators.Growth(zero, zero); err == nil {
		t.Error("Growth(0, 0) succeeded")
	}
}

package indicators_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shopspring/decimal"
)

func TestZeroValuesDoNotPanicIndicators(t *testing.T) {
	var zero decimal.Decimal
	if _, err := indicators.Growth(zero, zero); err == nil {
		t.Error("Growth(0, 0) succeeded")
	}
}

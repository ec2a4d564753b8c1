package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		in   decimal.Decimal
		want string
	}{
		{decimal.New(165, 7), "1650000000"},
		{decimal.New(15, -2), "0.15"},
		{decimal.New(-449, -1), "-44.9"},
		{decimal.New(150, -2), "1.5"},
		{decimal.New(0, 3), "0"},
		{decimal.Decimal{}, "0"},
		{decimal.New(5, -6), "0.000005"},
		{decimal.New(1055, 8), "105500000000"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := shenyang.FormatDecimal(tt.in); got != tt.want {
				t.Errorf("FormatDecimal = %q, want %q", got, tt.want)
			}
		})
	}
}

package trade_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
)

func TestJSONRoundTripTrade(t *testing.T) {
	n := 0
	for f := range trade.Figures() {
		testcheck.RoundTrip(t, f)
		n++
	}
	for c := range trade.Priorities() {
		testcheck.RoundTrip(t, c)
		n++
	}
	// 16 figures, 3 priorities.
	if n != 19 {
		t.Errorf("round-tripped %d values, want 19", n)
	}
	// The implied rate keeps 15 billion dollars and 105.5 billion yuan; the
	// official one 1 dollar and 6.8985 yuan.
	tests := []struct {
		name string
		got  []byte
		want string
	}{
		{"implied", testcheck.RoundTrip(t, trade.ImpliedRate()),
			`{"base":{"amount":"15000000000","currency":"USD"},"quote":{"amount":"105500000000","currency":"CNY"}}`},
		{"official", testcheck.RoundTrip(t, trade.OfficialRate()),
			`{"base":{"amount":"1","currency":"USD"},"quote":{"amount":"6.8985","currency":"CNY"}}`},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("%s rate encodes as %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

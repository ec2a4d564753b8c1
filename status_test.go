package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		s    shenyang.Status
		want string
	}{{0, ""}, {shenyang.Reported, "reported"}, {shenyang.Derived, "derived"}, {shenyang.Status(3), ""}}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("Status(%d).String() = %q, want %q", tt.s, got, tt.want)
		}
	}
}

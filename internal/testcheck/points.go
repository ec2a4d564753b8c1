package testcheck

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// PointCase is a point function and its range function on the exact
// points A and B (their arguments in order), with both results worked out
// by hand: Want as FormatDecimal writes it, WantRange as ShowRange does.
type PointCase struct {
	Name, A, B      string
	Want, WantRange string
}

// Point returns the PointCase of its arguments, in the field order, so
// that tables list cases in one line each.
func Point(name, a, b, want, wantRange string) PointCase {
	return PointCase{Name: name, A: a, B: b, Want: want, WantRange: wantRange}
}

// PointInRange checks the rounding rule on each case: point (rounded half
// to even) gives Want, rng on the ranges of the exact points (rounded
// outward) gives WantRange, and that range holds the point. names are the
// two functions' names, for the messages.
func PointInRange(t *testing.T, names [2]string, cases []PointCase,
	point func(a, b decimal.Decimal) (decimal.Decimal, error),
	rng func(a, b shenyang.Range) (shenyang.Range, error),
) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a, b := decimal.RequireFromString(tc.A), decimal.RequireFromString(tc.B)
			p, err := point(a, b)
			if err != nil {
				t.Fatalf("%s: %v", names[0], err)
			}
			r, err := rng(shenyang.Exactly(a), shenyang.Exactly(b))
			if err != nil {
				t.Fatalf("%s: %v", names[1], err)
			}
			got := [2]string{shenyang.FormatDecimal(p), ShowRange(r)}
			if diff := cmp.Diff([2]string{tc.Want, tc.WantRange}, got); diff != "" {
				t.Errorf("%s, %s (-want +got):\n%s", names[0], names[1], diff)
			}
			if !r.Contains(p) {
				t.Errorf("%s %s does not contain %s %s", names[1], ShowRange(r), names[0], shenyang.FormatDecimal(p))
			}
		})
	}
}

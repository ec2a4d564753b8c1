package testcheck

import (
	"iter"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
)

// Figures checks a data package's figures against want, in the order all
// yields them: all yields exactly want; lookup finds each by its id, with
// a primary citation; and all stops as soon as yield returns false, at
// every position.
func Figures(t *testing.T, want []Figure, lookup func(id string) (shenyang.Figure, bool), all iter.Seq[shenyang.Figure]) {
	t.Helper()
	var got []Figure
	for f := range all {
		got = append(got, ViewFigure(f))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Figures() mismatch (-want +got):\n%s", diff)
	}
	for _, w := range want {
		t.Run(w.ID, func(t *testing.T) {
			f, ok := lookup(w.ID)
			if !ok {
				t.Fatalf("Figure(%q) not found", w.ID)
			}
			if diff := cmp.Diff(w, ViewFigure(f)); diff != "" {
				t.Errorf("Figure(%q) mismatch (-want +got):\n%s", w.ID, diff)
			}
			if _, ok := f.Primary(); !ok {
				t.Errorf("Figure(%q) has no citation", w.ID)
			}
		})
	}
	for stop := 1; stop <= len(want); stop++ {
		n := 0
		all(func(shenyang.Figure) bool {
			n++
			return n < stop
		})
		if n != stop {
			t.Errorf("Figures() yielded %d figures after yield returned false at %d", n, stop)
		}
	}
}

// FigureUnknown checks that lookup finds none of ids and returns the zero
// Figure for each.
func FigureUnknown(t *testing.T, lookup func(id string) (shenyang.Figure, bool), ids ...string) {
	t.Helper()
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			if f, ok := lookup(id); ok || !f.IsZero() {
				t.Errorf("Figure(%q) = %v, %t; want zero Figure, false", id, f, ok)
			}
		})
	}
}

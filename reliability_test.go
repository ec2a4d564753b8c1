package shenyang_test

import (
	"errors"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// The costs of the Figure functions under hostile figures and long chains.
// Each test fails at v0.2, where the engine walked formulas as trees and
// took exponents unchecked; the times are generous limits, skipped under
// the race detector, which slows everything.

// own returns a reported ratio figure with value v (as printed) and id.
func own(tb testing.TB, id string, v decimal.Decimal) shenyang.Figure {
	tb.Helper()
	r, err := shenyang.RangeOf(v, shenyang.AsPrinted)
	if err != nil {
		tb.Fatal(err)
	}
	return shenyang.Figure{ID: id, Value: v, Unit: shenyang.UnitRatio, Range: r,
		Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Citations: testCitations}
}

// within runs f and fails t when it takes over 2 s, a generous limit for
// what v0.2 took seconds to hours over.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	const limit = 2 * time.Second
	start := time.Now()
	f()
	if d := time.Since(start); d > limit && !raceEnabled {
		t.Errorf("%s took %v, limit %v", what, d, limit)
	}
}

// chain builds steps figures by f, each step's id distinct: step i is
// f(id, previous step).
func chain(tb testing.TB, start shenyang.Figure, steps int, f func(id string, prev shenyang.Figure) (shenyang.Figure, error)) shenyang.Figure {
	tb.Helper()
	x := start
	for i := range steps {
		var err error
		if x, err = f("step."+strconv.Itoa(i), x); err != nil {
			tb.Fatalf("step %d: %v", i, err)
		}
	}
	return x
}

// sumSelf is the chain x = Sum(x, x): at v0.2 each step took twice as long
// as the one before (depth 22: 1.7 s).
func sumSelf(id string, x shenyang.Figure) (shenyang.Figure, error) {
	return shenyang.Sum(id, id, x, x)
}

// shareReuse is the chain d = Share(d, w), w the same figure at every
// step.
func shareReuse(w shenyang.Figure) func(string, shenyang.Figure) (shenyang.Figure, error) {
	return func(id string, d shenyang.Figure) (shenyang.Figure, error) { return shenyang.Share(id, id, d, w) }
}

// runningTotal sums n distinct reported figures one by one.
func runningTotal(tb testing.TB, n int) shenyang.Figure {
	tb.Helper()
	total := own(tb, "in.0", decimal.New(1, 0))
	for i := 1; i < n; i++ {
		var err error
		id := "total." + strconv.Itoa(i)
		if total, err = shenyang.Sum(id, id, total, own(tb, "in."+strconv.Itoa(i), decimal.New(1, 0))); err != nil {
			tb.Fatal(err)
		}
	}
	return total
}

func TestHostileExponentsRefusedAtOnce(t *testing.T) {
	one := own(t, "one", decimal.New(1, 0))
	huge := one
	huge.ID, huge.Value = "huge", decimal.New(1, 10_000_000)
	hugeRange := one
	hugeRange.ID, hugeRange.Value, hugeRange.Range = "huge.range", decimal.New(1, 10_000_000), shenyang.Exactly(decimal.New(1, 10_000_000))
	for _, f := range []shenyang.Figure{huge, hugeRange} {
		within(t, "Sum of "+f.ID, func() {
			_, err := shenyang.Sum("s", "s", one, f)
			if !errors.Is(err, shenyang.ErrOutOfRange) {
				t.Errorf("Sum(one, %s) = %v, want ErrOutOfRange", f.ID, err)
			}
		})
	}
}

func TestChainsCostLinearTime(t *testing.T) {
	d := own(t, "d", decimal.New(1, 0)) // [0.5, 1.5]
	within(t, "30 steps of x = Sum(x, x)", func() {
		x := chain(t, d, 30, sumSelf)
		// 1 * 2^30 = 1073741824; [0.5, 1.5] * 2^30, by corners: x enters
		// 2^30 times
		if got := shenyang.FormatDecimal(x.Value) + " " + x.Range.String(); got != "1073741824 [536870912, 1610612736]" {
			t.Errorf("x = %s", got)
		}
	})
	// w = 1.0000001 in [1.00000005, 1.00000015]: each step's exact values
	// have about 8 more digits than the last. 400 steps took 6.3 s at v0.2
	// and as long at 3857b92, which evaluated the corners over the whole
	// chain at every step; now each step evaluates its own node, 0.6 s in
	// all.
	within(t, "400 steps of d = Share(d, w)", func() {
		w := own(t, "w", decimal.New(10000001, -7))
		x := chain(t, d, 400, shareReuse(w))
		// 1 / 1.0000001^400 = 0.99996000080198925..., to 16 digits
		// half to even; the range is [0.5 / 1.00000015^400,
		// 1.5 / 1.00000005^400] = [0.49997000090223186...,
		// 1.49997000030074798...], rounded outward at 16 digits
		if got := shenyang.FormatDecimal(x.Value) + " " + x.Range.String() + " " + x.Derivation.Method; got != "0.9999600008019893 [0.4999700009022318, 1.499970000300748] "+shenyang.MethodCorners {
			t.Errorf("x = %s", got)
		}
	})
	within(t, "Share(total, total) over 800 figures", func() {
		total := runningTotal(t, 800)
		s, err := shenyang.Share("s", "s", total, total)
		if err != nil {
			t.Fatal(err)
		}
		// total/total is 1 wherever the 800 figures lie, but its partial
		// derivatives are 0, so no sign is shown and the range is interval
		// arithmetic's: total lies in [800 * 0.5, 800 * 1.5] = [400, 1200],
		// so [400/1200, 1200/400]
		if got := shenyang.FormatDecimal(s.Value) + " " + s.Range.String() + " " + s.Derivation.Method; got != "1 [0.3333333333333333, 3] "+shenyang.MethodBounded {
			t.Errorf("Share(total, total) = %s", got)
		}
	})
}

// TestChainStepAllocations: a step of a chain evaluates its own node only,
// from what the nodes before it kept, so its allocations do not grow with
// the depth (only the digits of its numbers do). At 3857b92, which walked
// the whole chain at every step, the step at depth 1,000 made 20 times the
// allocations of the step at depth 100 for sum-self (17,087 and 833) and
// 13 times for share-reuse (27,702 and 2,061); now 162 and 132, 428 and
// 394.
func TestChainStepAllocations(t *testing.T) {
	w := own(t, "w", decimal.New(2, 0)) // [1.5, 2.5]
	d := own(t, "d", decimal.New(1, 0)) // [0.5, 1.5]
	for _, s := range []struct {
		name string
		step func(string, shenyang.Figure) (shenyang.Figure, error)
	}{{"sum-self", sumSelf}, {"share-reuse", shareReuse(w)}} {
		allocs := func(depth int) float64 {
			x := chain(t, d, depth-1, s.step)
			return testing.AllocsPerRun(5, func() {
				if _, err := s.step("last", x); err != nil {
					t.Fatal(err)
				}
			})
		}
		at100, at1000 := allocs(100), allocs(1000)
		t.Logf("%s: a step at depth 100 makes %v allocations, at 1,000 %v", s.name, at100, at1000)
		if at1000 > 1.5*at100 {
			t.Errorf("%s: the step at depth 1,000 makes %v allocations, at depth 100 %v: want at most 1.5 times", s.name, at1000, at100)
		}
	}
}

// TestRunningTotalMemory: at v0.2 each node kept its own copy of the list
// of leaves under it, and a running total of 5,000 figures held 103 MB.
// Now the ids under a formula are shared with the formulas built on it
// (about 4 KB a step with the figures themselves: 20 MB).
func TestRunningTotalMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	total := runningTotal(t, 5000)
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
	runtime.KeepAlive(total)
	const limit = 32 << 20
	if held > limit {
		t.Errorf("a running total of 5,000 figures holds %d bytes, limit %d", held, limit)
	}
	t.Logf("a running total of 5,000 figures holds %d bytes", held)
}

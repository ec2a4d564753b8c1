package dec

import (
	"math/rand/v2"
	"testing"
)

// TestSmallByHand checks the small-operand helpers on worked examples.
func TestSmallByHand(t *testing.T) {
	a, ok := Checked(d(1055, 8)) // 105.5e9
	if !ok {
		t.Fatal("Checked(1055e8) = false")
	}
	b, _ := Checked(d(752, 8)) // 75.2e9
	// 1055e8 - 752e8 = 303e8: exact, in b's and a's exponent.
	if got, ok := AddSmall(a, b, true); !ok || !same(got, d(303, 8)) {
		t.Errorf("AddSmall(1055e8, 752e8, sub) = %s, %v; want 303e8", show(got), ok)
	}
	// 1.65e9 + 0.15 aligns to exponent -2: 165000000000 + 15 = 165000000015e-2.
	c, _ := Checked(d(165, 7))
	e, _ := Checked(d(15, -2))
	if got, ok := AddSmall(c, e, false); !ok || !same(got, d(165000000015, -2)) {
		t.Errorf("AddSmall(165e7, 15e-2) = %s, %v; want 165000000015e-2", show(got), ok)
	}
	// 1e18 and 1e-2 need 21 digits aligned: no fast answer.
	f, _ := Checked(d(1, 18))
	g, _ := Checked(d(1, -2))
	if _, ok := AddSmall(f, g, false); ok {
		t.Error("AddSmall(1e18, 1e-2) answered; want false (more than 18 digits aligned)")
	}
	if CmpSmall(a, b) != 1 || CmpSmall(b, a) != -1 || CmpSmall(a, a) != 0 {
		t.Error("CmpSmall(1055e8, 752e8) ordering wrong")
	}
	// 752/1055 = 0.71279620853080568720…: floor 0.7127962085308056.
	if got, exact, ok := QuoSmall(b, a, Floor); !ok || exact || !same(got, d(7127962085308056, -16)) {
		t.Errorf("QuoSmall(752e8, 1055e8, Floor) = %s, %v, %v", show(got), exact, ok)
	}
	// Beyond the limits: an exponent of 1001 is not small.
	if _, ok := Checked(d(1, 1001)); ok {
		t.Error("Checked(1e1001) = true")
	}
	// A quotient whose exponent leaves the limits is refused: 1e-1000 / 1e1000.
	lo, _ := Checked(d(1, -1000))
	hi, _ := Checked(d(1, 1000))
	if _, _, ok := QuoSmall(lo, hi, HalfEven); ok {
		t.Error("QuoSmall(1e-1000, 1e1000) answered; want false")
	}
	if _, ok := AddChecked(d(1, 1001), d(1, 0), false); ok {
		t.Error("AddChecked(1e1001, 1) answered; want false")
	}
}

// TestSmallMatchesDecimal compares the small-operand helpers with
// shopspring/decimal's exact Add, Sub and Cmp and with the big-integer
// quotient, on generated operands.
func TestSmallMatchesDecimal(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(8, 2020))} //nolint:gosec // deterministic test inputs
	modes := [...]Mode{HalfEven, Floor, Ceil}
	taken := 0
	for range 100000 {
		x, y := g.dec(), g.dec()
		a, aok := Checked(x)
		b, bok := Checked(y)
		if !aok || !bok {
			continue
		}
		taken++
		if got, want := CmpSmall(a, b), x.Cmp(y); got != want {
			t.Fatalf("CmpSmall(%s, %s) = %d, want %d", show(x), show(y), got, want)
		}
		for _, neg := range [2]bool{false, true} {
			want := x.Add(y)
			if neg {
				want = x.Sub(y)
			}
			if got, ok := AddSmall(a, b, neg); ok && !got.Equal(want) {
				t.Fatalf("AddSmall(%s, %s, %v) = %s, want %s", show(x), show(y), neg, show(got), show(want))
			}
			if got, ok := AddChecked(x, y, neg); ok && !got.Equal(want) {
				t.Fatalf("AddChecked(%s, %s, %v) = %s, want %s", show(x), show(y), neg, show(got), show(want))
			}
		}
		if y.Sign() != 0 {
			m := modes[g.r.IntN(len(modes))]
			if got, exact, ok := QuoSmall(a, b, m); ok {
				want, wexact := quoBig(x, y, m)
				if !same(got, want) || exact != wexact {
					t.Fatalf("QuoSmall(%s, %s, %d) = %s %v, want %s %v", show(x), show(y), m, show(got), exact, show(want), wexact)
				}
			}
		}
	}
	if taken < 50000 {
		t.Errorf("only %d of 100000 pairs were small; the generator drifted", taken)
	}
}

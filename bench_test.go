package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// BenchmarkHostileExponent times the inputs of TestCompareHostileExponent
// at the exponents issue 11 reports: before the fix Contains took 31 s and
// Bound.Equal 15 s.
func BenchmarkHostileExponent(b *testing.B) {
	one := decimal.New(1, 0)
	huge := shenyang.Exactly(decimal.New(1, 30_000_000))
	tiny5, tiny30 := big19(-5_000_000), big19(-30_000_000)
	oneTwo, err := shenyang.NewRange(shenyang.Closed(one), shenyang.Closed(decimal.New(2, 0)))
	if err != nil {
		b.Fatal(err)
	}
	for _, bm := range []struct {
		name string
		f    func()
	}{
		{"Range.Intersect/exp=30000000", func() { _, _ = huge.Intersect(shenyang.Exactly(one)) }},
		{"Range.Contains/exp=-5000000", func() { _ = oneTwo.Contains(tiny5) }},
		{"Range.Contains/exp=-30000000", func() { _ = oneTwo.Contains(tiny30) }},
		{"Bound.Equal/exp=-30000000", func() { _ = shenyang.Closed(tiny30).Equal(shenyang.Closed(one)) }},
		{"Range.Equal/exp=-30000000", func() { _ = shenyang.Exactly(tiny30).Equal(oneTwo) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.f()
			}
		})
	}
}

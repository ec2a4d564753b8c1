package budgets_test

import (
	"testing"

	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
)

// A lookup is an accessor of the dataset: a lookup by id, which gives one
// value (items 0), or an iteration, which gives items values. run makes it
// and returns how many values it gave.
type lookup struct {
	name  string
	items int
	run   func() int
}

// found is 1 for a successful lookup by id.
func found(_ any, ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// The iterations are counted with a plain range loop in a top-level
// function, as a caller writes it, so that each iterator inlines into it.

func countFigures() int {
	n := 0
	for range dataset.Figures() {
		n++
	}
	return n
}

func countStatements() int {
	n := 0
	for range dataset.Statements() {
		n++
	}
	return n
}

func countClaims() int {
	n := 0
	for range dataset.Claims() {
		n++
	}
	return n
}

func countIndicatorFigures() int {
	n := 0
	for range indicators.Figures() {
		n++
	}
	return n
}

func countIndicators() int {
	n := 0
	for range indicators.All() {
		n++
	}
	return n
}

func countTradeFigures() int {
	n := 0
	for range trade.Figures() {
		n++
	}
	return n
}

func countPriorities() int {
	n := 0
	for range trade.Priorities() {
		n++
	}
	return n
}

func countInvestorFigures() int {
	n := 0
	for range investors.Figures() {
		n++
	}
	return n
}

func countInvestors() int {
	n := 0
	for range investors.All() {
		n++
	}
	return n
}

func countProducts() int {
	n := 0
	for range investors.Products() {
		n++
	}
	return n
}

func countParks() int {
	n := 0
	for range parks.All() {
		n++
	}
	return n
}

func countIndicatorClaims() int {
	n := 0
	for range indicators.Claims() {
		n++
	}
	return n
}

func countInvestorClaims() int {
	n := 0
	for range investors.Claims() {
		n++
	}
	return n
}

func countParkClaims() int {
	n := 0
	for range parks.Claims() {
		n++
	}
	return n
}

// lookups are every accessor of the public packages.
var lookups = [...]lookup{
	{"dataset.Figure/first", 0, func() int { return found(dataset.Figure(indicators.ForeignCapital2019)) }},
	{"dataset.Figure/last", 0, func() int { return found(dataset.Figure(investors.BMWInvestmentUSD)) }},
	{"dataset.Figures", 40, countFigures},
	{"dataset.Statements", 2, countStatements},
	{"dataset.Claims", 11, countClaims},
	{"indicators.Figure", 0, func() int { return found(indicators.Figure(indicators.Imports2018)) }},
	{"indicators.Headline", 0, func() int { return found(indicators.Headline(indicators.Imports)) }},
	{"indicators.Figures", 17, countIndicatorFigures},
	{"indicators.All", 3, countIndicators},
	{"indicators.Claims", 1, countIndicatorClaims},
	{"trade.Figure", 0, func() int { return found(trade.Figure(trade.ExportsUSD2019)) }},
	{"trade.ImpliedRate", 0, func() int { return found(trade.ImpliedRate(), true) }},
	{"trade.Figures", 16, countTradeFigures},
	{"trade.Priorities", 3, countPriorities},
	{"investors.Figure", 0, func() int { return found(investors.Figure(investors.Fortune500Companies)) }},
	{"investors.Lookup", 0, func() int { return found(investors.Lookup("investors.bridgestone")) }},
	{"investors.Figures", 7, countInvestorFigures},
	{"investors.All", 3, countInvestors},
	{"investors.Products", 1, countProducts},
	{"investors.Claims", 1, countInvestorClaims},
	{"parks.Lookup", 0, func() int { return found(parks.Lookup("parks.china-south-korea")) }},
	{"parks.All", 2, countParks},
	{"parks.Claims", 1, countParkClaims},
}

// TestLookupsDoNotAllocate checks that every lookup and iteration gives
// what it should and, once the dataset is built, allocates nothing.
func TestLookupsDoNotAllocate(t *testing.T) {
	for _, l := range lookups {
		if n := l.run(); n != max(l.items, 1) {
			t.Errorf("%s: %d values, want %d", l.name, n, max(l.items, 1))
		}
		if n := testing.AllocsPerRun(100, func() { l.run() }); n != 0 {
			t.Errorf("%s: %v allocations after first use, want 0", l.name, n)
		}
	}
}

// BenchmarkLookups times each lookup after first use.
func BenchmarkLookups(b *testing.B) {
	for _, l := range lookups {
		l.run()
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l.run()
			}
		})
	}
}

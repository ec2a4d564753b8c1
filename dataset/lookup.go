package dataset

import (
	"errors"
	"iter"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
)

// Figure returns the figure with the given id, whichever package holds it
// (the id's prefix names the package: "trade.exports.2019" is trade's),
// and false if there is none.
func Figure(id string) (shenyang.Figure, bool) {
	pkg, _, _ := strings.Cut(id, ".")
	switch pkg {
	case "indicators":
		return indicators.Figure(id)
	case "trade":
		return trade.Figure(id)
	case "investors":
		return investors.Figure(id)
	}
	return shenyang.Figure{}, false
}

// Figures returns an iterator over every figure of the dataset, in a
// stable order: the packages indicators, trade and investors in turn, and
// within each the reported figures in the order the report prints them,
// then the derived ones in the order they are defined. The CSV export has
// one row per figure in this order.
func Figures() iter.Seq[shenyang.Figure] { return figures }

// figures calls each package's iterator directly, so that the loops
// inline and iterating allocates nothing.
func figures(yield func(shenyang.Figure) bool) {
	for f := range indicators.Figures() {
		if !yield(f) {
			return
		}
	}
	for f := range trade.Figures() {
		if !yield(f) {
			return
		}
	}
	for f := range investors.Figures() {
		if !yield(f) {
			return
		}
	}
}

// Claims returns an iterator over every claim without a number: the
// report's own (shenyang.Claims), then those of indicators, trade (its
// priorities), investors and parks.
func Claims() iter.Seq[shenyang.Claim] { return claims }

func claims(yield func(shenyang.Claim) bool) {
	for _, seq := range [...]iter.Seq[shenyang.Claim]{
		shenyang.Claims(), indicators.Claims(), trade.Priorities(), investors.Claims(), parks.Claims(),
	} {
		for c := range seq {
			if !yield(c) {
				return
			}
		}
	}
}

// Statements returns an iterator over the statements the report quotes.
func Statements() iter.Seq[shenyang.Statement] { return shenyang.Statements() }

// Err returns nil, or an error naming every figure that could not be built
// because its definition is broken (an unknown input, a unit mismatch),
// with the figures built on it. Such figures are missing from [Figure] and
// [Figures]; every other figure is served. The data as shipped has none:
// the module's tests fail first.
func Err() error { return errors.Join(indicators.Err(), trade.Err(), investors.Err()) }

// Package dataset is the whole dataset behind one door: every figure of
// the module by id, in one stable order, with the tree of how each derived
// one is computed, and the exports.
//
//   - [Figure] looks a figure up by id, such as indicators.Imports2019;
//     [Figures] yields all 40, package by package, in the order of the CSV.
//   - [Explain] returns a figure's derivation tree, down to the reported
//     figures and their quotes; an unknown id names the nearest ones
//     ([NotFoundError]).
//   - [WriteCSV], [WriteCitationsCSV] and [WriteJSON] write the exports
//     (the same files as the module's data directory); [Collect] gathers
//     everything into one [Document].
//   - [Claims] and [Statements] yield what the report says without a
//     number.
//
// # The CSV data contract
//
// [WriteCSV] writes one row per figure under the header
//
//	id,period,value,unit,low,high,qualifier,status,formula,inputs,quote,source_url,note,source,area,period_basis
//
// at contract version [CSVVersion]. value, low and high are plain decimals
// in base units; low and high are empty where unbounded. formula and
// inputs are set for a derived figure only. quote, source_url and source
// are the primary citation's verbatim quote, its source's URL, and its
// source's publisher and title ("China Daily Global: Shenyang's opening-up
// attracts foreign capital"). note is the figure's caveat ([shenyang.Figure]'s
// Note). area is the place measured (Shenyang, Liaoning or China;
// [shenyang.Figure]'s Area) and period_basis what an inferred period was
// inferred from, empty when the period is printed. In a row bounded on one
// side only, value is no quantity to sum or average: a reported "more
// than" row's value is the bound its range excludes.
//
// A derived row claims nothing a source did not say: its quote, source_url
// and source are empty, because no source printed the derived number, and
// its inputs are its provenance (the citations CSV lists the passages that
// carry them, with the role "input"). A reported row whose primary source
// the module stores no text of (the Chinese edition, the statistics
// bureau's communiqué) has an empty quote but keeps its source_url (empty
// where the module records none) and source; when the figure has no
// caveat, its note is the primary citation's note, which says what that
// source reports.
//
// # Citations
//
// [WriteCitationsCSV] writes every citation of every figure under the
// header id,role,source_url,quote,note,source. Its ids are
// figure ids only, so that each row's id is a key of the figures CSV;
// [Citations] also lists those of claims, statements, investors, products
// and parks.
//
// # The JSON document
//
// [WriteJSON] writes [Collect]'s [Document] in the form of
// [Document.MarshalJSON]: each source once, in sources, with every
// citation naming its source by id, and each figure once, in figures,
// with every indicator naming its figures by id. Figures, citations and
// the other values keep their own JSON forms elsewhere; this one is the
// document's, and [Document.UnmarshalJSON] reads it back.
package dataset

import (
	"iter"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/tables"
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

// figures passes each package's iterator to yieldAll, which inlines, so
// that iterating allocates nothing.
func figures(yield func(shenyang.Figure) bool) {
	_ = yieldAll(indicators.Figures(), yield) && yieldAll(trade.Figures(), yield) && yieldAll(investors.Figures(), yield)
}

// yieldAll passes each value of seq to yield, and reports false as soon as
// yield does.
func yieldAll[T any](seq iter.Seq[T], yield func(T) bool) bool {
	for v := range seq {
		if !yield(v) {
			return false
		}
	}
	return true
}

// Claims returns an iterator over every claim without a number: the
// report's city-wide ones (the city's profile, the commerce bureau's plans
// for the year and their aim, the sectors the city plans to strengthen,
// and the Chinese edition's attribution of the figures), then those of
// indicators, trade (its priorities), investors and parks.
func Claims() iter.Seq[shenyang.Claim] { return claims }

func claims(yield func(shenyang.Claim) bool) {
	_ = yieldAll(cityClaims, yield) && yieldAll(indicators.Claims(), yield) && yieldAll(trade.Priorities(), yield) &&
		yieldAll(investors.Claims(), yield) && yieldAll(parks.Claims(), yield)
}

func cityClaims(yield func(shenyang.Claim) bool) { tables.Each(load().claims[:], yield) }

// Statements returns an iterator over the statements of the people the
// report quotes: the mayor and a researcher.
func Statements() iter.Seq[shenyang.Statement] { return statements }

func statements(yield func(shenyang.Statement) bool) { tables.Each(load().statements[:], yield) }

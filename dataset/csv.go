package dataset

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/shenyang-data/shenyang"
)

// CSVVersion is the version of the CSV data contract that [WriteCSV] and
// [WriteCitationsCSV] write (header, column meanings, formats). It changes
// only when a column is added, removed or redefined. Version 2 added the
// note and source columns and left a derived row's quote and source_url
// empty; version 3 appended area and period_basis.
const CSVVersion = "3"

// header returns the CSV data contract's header row.
func header() []string {
	return []string{"id", "period", "value", "unit", "low", "high", "qualifier", "status", "formula", "inputs", "quote", "source_url", "note", "source", "area", "period_basis"}
}

// row returns the CSV row of f. Bounds are written as numbers, empty where
// unbounded; a lower bound is exclusive when the qualifier is "more than"
// or "surpassed". Any other bound is read as closed: where the module knows
// a derived bound to be open, the closed reading is wider and still true;
// the JSON export carries the openness.
//
// A derived figure's quote, source_url and source are empty: no source
// printed it, and its inputs say what it rests on. A reported figure's
// are its primary citation's; its note is its own caveat or, when it has
// none and the primary citation has no quote, that citation's note.
func row(f shenyang.Figure) []string {
	bound := func(b shenyang.Bound) string {
		if v, ok := b.Value(); ok {
			return shenyang.FormatDecimal(v)
		}
		return ""
	}
	var quote, url, source string
	note := f.Note
	if c, ok := f.Primary(); ok && f.Status != shenyang.Derived {
		quote, url, source = c.Quote, c.Source.URL, sourceName(c.Source)
		if note == "" && !c.HasQuote() {
			note = c.Note
		}
	}
	return []string{
		f.ID, f.Period.ISO, shenyang.FormatDecimal(f.Value), f.Unit.String(),
		bound(f.Range.Low()), bound(f.Range.High()),
		f.Qualifier.String(), f.Status.String(),
		f.Derivation.Formula, strings.Join(f.Derivation.Inputs.Slice(), ";"),
		quote, url, note, source,
		f.Area, f.Period.InferredFrom,
	}
}

// sourceName returns the publisher and title of s, as the source columns
// write them: "China Daily Global: Shenyang's opening-up attracts foreign
// capital".
func sourceName(s shenyang.Source) string {
	switch {
	case s.Publisher == "":
		return s.Title
	case s.Title == "":
		return s.Publisher
	}
	return s.Publisher + ": " + s.Title
}

// WriteCSV writes the header and one row per figure.
func WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header()); err != nil {
		return err
	}
	for f := range Figures() {
		if err := cw.Write(row(f)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// citationHeader returns the header row of the citations CSV.
func citationHeader() []string {
	return []string{"id", "role", "source_url", "quote", "note", "source"}
}

// The roles of the citations CSV.
const (
	rolePrimary       = "primary"       // a reported figure's first citation
	roleCorroborating = "corroborating" // a reported figure's other citations
	roleInput         = "input"         // a derived figure's: it carries an input
)

// WriteCitationsCSV writes every citation of every figure, one row each:
// the figure's id, the role, the source's URL, the quote (empty where the
// module stores no text of the source), the note, and the source's
// publisher and title. The role of a reported figure's first citation is
// "primary" and of its others "corroborating"; a derived figure's
// citations carry its inputs, not the derived number, and have the role
// "input". Only figures' citations are written, so that every id is one of
// the figures CSV.
func WriteCitationsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(citationHeader()); err != nil {
		return err
	}
	for f := range Figures() {
		i := 0
		for c := range f.Citations.All() {
			role := roleCorroborating
			switch {
			case f.Status == shenyang.Derived:
				role = roleInput
			case i == 0:
				role = rolePrimary
			}
			i++
			if err := cw.Write([]string{f.ID, role, c.Source.URL, c.Quote, c.Note, sourceName(c.Source)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

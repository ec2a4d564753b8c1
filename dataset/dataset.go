// Package dataset gathers the figures and facts of every package of the
// module, and writes them in the export formats: the CSV data contract, a
// CSV of every citation, and one JSON document.
//
// # The CSV data contract
//
// [WriteCSV] writes one row per figure under the header [Header],
//
//	id,period,value,unit,low,high,qualifier,status,formula,inputs,quote,source_url,note,source
//
// at contract version [CSVVersion]. value, low and high are plain decimals
// in base units; low and high are empty where unbounded. formula and
// inputs are set for a derived figure only. quote, source_url and source
// are the primary citation's verbatim quote, its source's URL, and its
// source's publisher and title ("China Daily Global: Shenyang's opening-up
// attracts foreign capital"). note is the figure's caveat ([shenyang.Figure]'s
// Note).
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
// header [CitationHeader], id,role,source_url,quote,note,source. Its ids are
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
	"encoding/csv"
	"encoding/json"
	"io"
	"iter"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
)

// CSVVersion is the version of the CSV data contract that [WriteCSV] and
// [WriteCitationsCSV] write (header, column meanings, formats). It changes
// only when a column is added, removed or redefined. Version 2 added the
// note and source columns and left a derived row's quote and source_url
// empty.
const CSVVersion = "2"

// Header returns the CSV data contract's header row.
func Header() []string {
	return []string{"id", "period", "value", "unit", "low", "high", "qualifier", "status", "formula", "inputs", "quote", "source_url", "note", "source"}
}

// Row returns the CSV row of f. Bounds are written as numbers, empty where
// unbounded; a lower bound is exclusive when the qualifier is "more than"
// or "surpassed". Any other bound is read as closed: where the module knows
// a derived bound to be open, the closed reading is wider and still true;
// the JSON export carries the openness.
//
// A derived figure's quote, source_url and source are empty: no source
// printed it, and its inputs say what it rests on. A reported figure's
// are its primary citation's; its note is its own caveat or, when it has
// none and the primary citation has no quote, that citation's note.
func Row(f shenyang.Figure) []string {
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
	if err := cw.Write(Header()); err != nil {
		return err
	}
	for f := range Figures() {
		if err := cw.Write(Row(f)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Document is the whole dataset, as [Collect] gathers it. Its JSON form
// ([Document.MarshalJSON]) writes each source and each figure once.
type Document struct {
	Source     shenyang.Source        `json:"source"`
	Sources    []shenyang.Source      `json:"sources"`
	Figures    []shenyang.Figure      `json:"figures"`
	Indicators []indicators.Indicator `json:"indicators"`
	Investors  []investors.Investor   `json:"investors"`
	Products   []investors.Product    `json:"products"`
	Parks      []parks.Park           `json:"parks"`
	Statements []shenyang.Statement   `json:"statements"`
	Claims     []shenyang.Claim       `json:"claims"`
}

// Collect gathers the whole dataset.
func Collect() Document {
	d := Document{Source: shenyang.Report(), Sources: collect(shenyang.Sources())}
	for f := range Figures() {
		d.Figures = append(d.Figures, f)
	}
	d.Indicators = collect(indicators.All())
	d.Investors = collect(investors.All())
	d.Products = collect(investors.Products())
	d.Parks = collect(parks.All())
	d.Statements = collect(shenyang.Statements())
	for _, seq := range [...]iter.Seq[shenyang.Claim]{
		shenyang.Claims(), indicators.Claims(), trade.Priorities(), investors.Claims(), parks.Claims(),
	} {
		d.Claims = append(d.Claims, collect(seq)...)
	}
	return d
}

func collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// WriteJSON writes the whole dataset as one indented JSON document, in the
// form of [Document.MarshalJSON].
func WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Collect())
}

// Citations returns every citation in the dataset with the id of the value
// that carries it: figures, claims, statements, investors, products and
// parks.
func Citations() iter.Seq2[string, shenyang.Citation] {
	return func(yield func(string, shenyang.Citation) bool) {
		d := Collect()
		emit := func(id string, l shenyang.List[shenyang.Citation]) bool {
			for c := range l.All() {
				if !yield(id, c) {
					return false
				}
			}
			return true
		}
		_ = emitAll(d.Figures, emit, func(f shenyang.Figure) (string, shenyang.List[shenyang.Citation]) { return f.ID, f.Citations }) &&
			emitAll(d.Claims, emit, func(c shenyang.Claim) (string, shenyang.List[shenyang.Citation]) { return c.ID, c.Citations }) &&
			emitAll(d.Statements, emit, func(s shenyang.Statement) (string, shenyang.List[shenyang.Citation]) { return s.ID, s.Citations }) &&
			emitAll(d.Investors, emit, func(in investors.Investor) (string, shenyang.List[shenyang.Citation]) { return in.ID, in.Citations }) &&
			emitAll(d.Products, emit, func(p investors.Product) (string, shenyang.List[shenyang.Citation]) { return p.ID, p.Citations }) &&
			emitAll(d.Parks, emit, func(p parks.Park) (string, shenyang.List[shenyang.Citation]) { return p.ID, p.Citations })
	}
}

// CitationHeader returns the header row of the citations CSV.
func CitationHeader() []string {
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
	if err := cw.Write(CitationHeader()); err != nil {
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

// emitAll passes the id and citations of each item to emit, and reports
// false as soon as emit does.
func emitAll[T any](items []T, emit func(string, shenyang.List[shenyang.Citation]) bool, of func(T) (string, shenyang.List[shenyang.Citation])) bool {
	for _, v := range items {
		if !emit(of(v)) {
			return false
		}
	}
	return true
}

// Package dataset gathers the figures and facts of every package of the
// module, and writes them in the export formats: the CSV data contract and
// one JSON document.
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

// Header returns the CSV data contract's header row.
func Header() []string {
	return []string{"id", "period", "value", "unit", "low", "high", "qualifier", "status", "formula", "inputs", "quote", "source_url"}
}

// Row returns the CSV row of f. Bounds are written as numbers, empty where
// unbounded; a lower bound is exclusive when the qualifier is "more than"
// or "surpassed". Any other bound is read as closed: where the module knows
// it to be open (a derived range such as (170, 175]), the closed reading is
// one point wider and still true; the JSON export carries the openness.
func Row(f shenyang.Figure) []string {
	bound := func(b shenyang.Bound) string {
		if v, ok := b.Value(); ok {
			return shenyang.FormatDecimal(v)
		}
		return ""
	}
	c, _ := f.Primary()
	return []string{
		f.ID, f.Period.ISO, shenyang.FormatDecimal(f.Value), f.Unit.String(),
		bound(f.Range.Low()), bound(f.Range.High()),
		f.Qualifier.String(), f.Status.String(),
		f.Derivation.Formula, strings.Join(f.Derivation.Inputs.Slice(), ";"),
		c.Quote, c.Source.URL,
	}
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

// Document is the whole dataset as one JSON document.
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

// WriteJSON writes the whole dataset as one indented JSON document.
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
		for _, f := range d.Figures {
			if !emit(f.ID, f.Citations) {
				return
			}
		}
		for _, c := range d.Claims {
			if !emit(c.ID, c.Citations) {
				return
			}
		}
		for _, s := range d.Statements {
			if !emit(s.ID, s.Citations) {
				return
			}
		}
		for _, in := range d.Investors {
			if !emit(in.ID, in.Citations) {
				return
			}
		}
		for _, p := range d.Products {
			if !emit(p.ID, p.Citations) {
				return
			}
		}
		for _, p := range d.Parks {
			if !emit(p.ID, p.Citations) {
				return
			}
		}
	}
}

// CitationHeader returns the header row of the citations CSV.
func CitationHeader() []string {
	return []string{"id", "role", "source_url", "quote", "note"}
}

// WriteCitationsCSV writes every citation of every figure, one row each:
// the figure's id, the role ("primary" for the first citation,
// "corroborating" for the others), the source's URL, the quote (empty
// where the module stores no text of the source) and the note.
func WriteCitationsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CitationHeader()); err != nil {
		return err
	}
	for f := range Figures() {
		i := 0
		for c := range f.Citations.All() {
			role := "corroborating"
			if i == 0 {
				role = "primary"
			}
			i++
			if err := cw.Write([]string{f.ID, role, c.Source.URL, c.Quote, c.Note}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

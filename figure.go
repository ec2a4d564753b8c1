package shenyang

import (
	"slices"

	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/exact"
	"github.com/shopspring/decimal"
)

// Derivation says how a derived figure is computed: a formula over the ids
// of its inputs.
type Derivation struct {
	// Formula is the computation in terms of input ids, such as
	// "indicators.trade-total.2019 - indicators.imports.2019".
	Formula string `json:"formula"`
	// Inputs are the ids of the figures the formula reads, in order.
	Inputs List[string] `json:"inputs"`
	// Method says how the figure's range was computed from the ranges of
	// the reported figures it rests on, such as [MethodIntervals].
	Method string `json:"method,omitempty"`
}

// Figure is one number of the dataset with everything needed to use it
// honestly: its unit and period, the qualifier and printed text it comes
// from, the range of values it stands for, whether it is reported or
// derived (and how), and the citations that carry it.
//
// Figures are values: a lookup returns a copy, and the lists inside are
// immutable, so no caller can change what another one sees.
//
// Range, not [RangeOf] of Value and Qualifier, is the figure's range. A
// reported figure's Range is RangeOf(Value, Qualifier) when the module
// builds it, but the exponent of Value that carries the printed precision
// (1.65 billion is 165e7) does not survive the JSON form, which writes
// plain decimals: decoded, the value is 1650000000, which as printed would
// stand for [1649999999.5, 1650000000.5], while Range stays [1645000000,
// 1655000000]. Range is what the encodings carry unchanged.
type Figure struct {
	ID     string // stable id, such as "indicators.foreign-capital.2019"
	Label  string // short description in English
	Period Period // the time the value refers to
	// Area is the place whose quantity the figure measures: "Shenyang",
	// "Liaoning" (the province) or "China". A gap between two places'
	// rates is the area it describes (Shenyang's growth above the national
	// rate is Shenyang's); an exchange rate is China's. The Figure
	// functions give a result the area its inputs share, and none when
	// they differ.
	Area string
	// Value is in base units (yuan, dollars, a ratio, a count). For a
	// reported figure qualified MoreThan or Surpassed it is the printed
	// bound, which Range excludes, and so may a derived MoreThan or
	// LessThan figure's be (more than 100 plus exactly 188 is more than
	// 288, value 288); every other figure's Range contains its Value.
	Value     decimal.Decimal
	Unit      Unit      // the unit of Value and Range
	Range     Range     // the values the figure stands for: the authority, see above
	Qualifier Qualifier // the source's hedge, or the shape of a derived range
	Printed   string    // the figure as the source prints it; empty when derived
	Status    Status    // reported or derived
	// Derivation is set for a derived figure and zero for a reported one.
	Derivation Derivation
	// Citations are the sources that carry the figure, the primary one
	// first. A derived figure cites the passages holding its inputs.
	Citations List[Citation]
	// Note holds any caveat, such as why a derived value is only
	// illustrative.
	Note string

	// formula is a derived figure's exact formula over reported figures,
	// set by the Figure functions and never changed; nil for a reported
	// figure and for one decoded from JSON.
	formula *exact.Expr
}

// IsZero reports whether f is the zero Figure.
func (f Figure) IsZero() bool { return f.ID == "" && f.Status == 0 }

// Primary returns the figure's first citation, and false if it has none.
func (f Figure) Primary() (Citation, bool) { return f.Citations.At(0) }

// Money returns the value as an amount of money, and false when the unit is
// not a currency.
func (f Figure) Money() (Money, bool) {
	c, ok := f.Unit.Currency()
	if !ok {
		return Money{}, false
	}
	return Money{amount: f.Value, currency: c}, true
}

// String returns the id, value and unit, such as
// "indicators.foreign-capital.2019 = 1650000000 USD"; "unset" for the zero
// Figure, as the other types print theirs. It is a summary for reading,
// with no parser; the JSON form ([Figure.MarshalJSON]) carries the whole
// figure.
func (f Figure) String() string {
	if f.IsZero() {
		return "unset"
	}
	return f.ID + " = " + dec.Format(f.Value) + " " + f.Unit.String()
}

// Equal reports whether f and g are the same figure: every field equal,
// decimals by value (so 1.50 equals 1.5), lists item by item. A derived
// figure's remembered formula is not compared: a figure decoded from JSON
// equals the one it was encoded from. Equal suits go-cmp's Equal method
// convention.
func (f Figure) Equal(g Figure) bool {
	return f.ID == g.ID && f.Label == g.Label && f.Period == g.Period && f.Area == g.Area &&
		dec.Cmp(f.Value, g.Value) == 0 && f.Unit == g.Unit && f.Range.Equal(g.Range) &&
		f.Qualifier == g.Qualifier && f.Printed == g.Printed && f.Status == g.Status &&
		f.Derivation.Equal(g.Derivation) && slices.Equal(f.Citations.items, g.Citations.items) && f.Note == g.Note
}

// Equal reports whether d and e have the same formula, inputs and method.
func (d Derivation) Equal(e Derivation) bool {
	return d.Formula == e.Formula && d.Method == e.Method && slices.Equal(d.Inputs.items, e.Inputs.items)
}

// figureJSON is the JSON form of a Figure.
type figureJSON struct {
	ID         string         `json:"id"`
	Label      string         `json:"label"`
	Period     Period         `json:"period"`
	Area       string         `json:"area,omitempty"`
	Value      string         `json:"value"`
	Unit       Unit           `json:"unit"`
	Range      Range          `json:"range"`
	Qualifier  Qualifier      `json:"qualifier"`
	Printed    string         `json:"printed,omitempty"`
	Status     Status         `json:"status"`
	Derivation *Derivation    `json:"derivation,omitempty"`
	Citations  List[Citation] `json:"citations"`
	Note       string         `json:"note,omitempty"`
}

// MarshalJSON encodes f as an object with snake_case keys; the value and
// the range's bounds are decimal strings in plain notation. A value beyond
// the module's decimal range, or a unit, qualifier or status that is none
// of the constants, is an error.
func (f Figure) MarshalJSON() ([]byte, error) {
	v, err := decText("Figure.MarshalJSON", "value", f.Value)
	if err != nil {
		return nil, err
	}
	w := figureJSON{
		ID: f.ID, Label: f.Label, Period: f.Period, Area: f.Area, Value: v, Unit: f.Unit,
		Range: f.Range, Qualifier: f.Qualifier, Printed: f.Printed, Status: f.Status,
		Citations: f.Citations, Note: f.Note,
	}
	if f.Derivation.Formula != "" || f.Derivation.Inputs.Len() > 0 {
		w.Derivation = &f.Derivation
	}
	return marshalJSON(w)
}

// UnmarshalJSON decodes the form [Figure.MarshalJSON] writes, checking the
// value, the range, the period and the enumerations as their own decoders
// do, and that the figure is consistent:
//   - a reported figure qualified [MoreThan] or [Surpassed] has its value
//     as its range's open lower bound, one qualified [AtLeast] as the closed
//     one, and [LessThan] and [AtMost] as the open and closed upper bound;
//     a derived figure bounded on one side only may have its value at that
//     side's open bound (see the package doc); any other figure with a
//     range has its value in it ([ErrInconsistent]);
//   - a reported count is a whole number ([ErrInconsistent]) and an
//     exchange rate positive ([ErrNotPositive]);
//   - a derived figure has a formula and inputs, a reported one a citation
//     ([ErrUnset]).
//
// What is unset (a range, a unit, a status) is not checked, so the zero
// Figure and null decode. Every error's message starts with the operation
// "Figure.UnmarshalJSON"; an error of a field's decoder (a range, a unit)
// is wrapped, so that errors.As finds that decoder's *ValueError and its
// message follows. On error f is left unchanged.
func (f *Figure) UnmarshalJSON(b []byte) error {
	return decodeWire("Figure.UnmarshalJSON", b, f, figureOf)
}

// figureOf turns a decoded figureJSON into a Figure, checked by
// checkFigure.
func figureOf(op string, w figureJSON) (Figure, error) {
	v, err := parseDec(op, "value", w.Value)
	if err != nil {
		return Figure{}, err
	}
	g := Figure{
		ID: w.ID, Label: w.Label, Period: w.Period, Area: w.Area, Value: v, Unit: w.Unit,
		Range: w.Range, Qualifier: w.Qualifier, Printed: w.Printed, Status: w.Status,
		Citations: w.Citations, Note: w.Note,
	}
	if w.Derivation != nil {
		g.Derivation = *w.Derivation
	}
	if err := checkFigure(op, "", g); err != nil {
		return Figure{}, err
	}
	return g, nil
}

// checkFigure is the one check of a figure's consistency, which
// [Figure.UnmarshalJSON] and the Figure functions apply: it returns the
// first inconsistency in the order of UnmarshalJSON's list, or nil. who
// starts each argument's name: "" for the decoder, "prior <id> " for an
// input of a Figure function.
func checkFigure(op, who string, g Figure) error {
	if !g.Range.IsZero() {
		if side, open := g.Qualifier.bound(); g.Status == Reported && side != 0 {
			// The printed value is the bound, open or closed as the
			// qualifier says.
			b, other, end := g.Range.Low(), g.Range.High(), "lower"
			if side < 0 {
				b, other, end = g.Range.High(), g.Range.Low(), "upper"
			}
			w, ok := b.Value()
			if !ok || dec.Cmp(w, g.Value) != 0 || b.IsOpen() != open || !other.IsUnbounded() {
				kind := "open"
				if !open {
					kind = "closed"
				}
				return valueErr(op, who+"value", dec.Format(g.Value)+" qualified "+g.Qualifier.String()+
					", not the "+kind+" "+end+" bound of the one-sided range "+g.Range.String(), ErrInconsistent)
			}
		} else if !g.Range.Contains(g.Value) && (g.Status != Derived || !inRange(g.Range, g.Qualifier, g.Value)) {
			return valueErr(op, who+"value", dec.Format(g.Value)+" outside range "+g.Range.String(), ErrInconsistent)
		}
	}
	switch g.Unit {
	case UnitCount:
		// A count is whole, printed or derived (a derived count is
		// rounded to a whole number, as Reconcile's midpoint is).
		if g.Value.Exponent() < 0 && dec.Trim(g.Value).Exponent() < 0 {
			return valueErr(op, who+"value", dec.Format(g.Value)+" of unit count, not a whole number", ErrInconsistent)
		}
	case UnitCNYPerUSD, UnitUSDPerCNY:
		if g.Value.Sign() <= 0 {
			return valueErr(op, who+"value", dec.Format(g.Value)+" of unit "+g.Unit.String(), ErrNotPositive)
		}
	}
	switch g.Status {
	case Derived:
		if g.Derivation.Formula == "" {
			return valueErr(op, who+"derivation formula", "of a derived figure", ErrUnset)
		}
		if g.Derivation.Inputs.Len() == 0 {
			return valueErr(op, who+"derivation inputs", "of a derived figure", ErrUnset)
		}
	case Reported:
		if g.Citations.Len() == 0 {
			return valueErr(op, who+"citations", "of a reported figure", ErrUnset)
		}
	}
	return nil
}

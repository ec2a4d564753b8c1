// Package build turns the literal figure specifications of the dataset's
// packages into [shenyang.Figure] values, on first use.
package build

import (
	"fmt"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// Spec is a reported figure as written in a package's table: the value as
// coefficient and exponent, so that no text is parsed and the exponent
// keeps the printed precision (1.65 billion is Coef 165, Exp 7).
type Spec struct {
	ID, Label string
	Period    string // ISO 8601
	Inferred  string // basis of an inferred period; empty when printed
	Coef      int64
	Exp       int32
	Unit      shenyang.Unit
	Qualifier shenyang.Qualifier
	Printed   string // the figure as printed
	Quote     string // verbatim sentence or clause of the report carrying it
	// Zh, when set, says what the Chinese edition reports: it becomes a
	// citation of that edition without a quote, the primary one when Quote
	// is empty and a corroborating one otherwise.
	Zh string
	// NBS, when set, says what the statistical communiqué reports, cited
	// the same way.
	NBS  string
	Note string
}

// citations returns the citations of s, the primary one first.
func (s Spec) citations() shenyang.List[shenyang.Citation] {
	var buf [3]shenyang.Citation // on the stack; ListOf copies it once
	n := 0
	if s.Quote != "" {
		buf[n] = shenyang.Cite(s.Quote)
		n++
	}
	if s.Zh != "" {
		buf[n] = shenyang.Unquoted(shenyang.ChineseEdition(), s.Zh)
		n++
	}
	if s.NBS != "" {
		buf[n] = shenyang.Unquoted(shenyang.Communique(), s.NBS)
		n++
	}
	return shenyang.ListOf(buf[:n]...)
}

// Reported returns the figure s describes, with the range its printed
// precision and qualifier imply.
func Reported(s Spec) (shenyang.Figure, error) {
	v := decimal.New(s.Coef, s.Exp)
	r, err := shenyang.RangeOf(v, s.Qualifier)
	if err != nil {
		return shenyang.Figure{}, fmt.Errorf("%s: %w", s.ID, err)
	}
	return shenyang.Figure{
		ID:        s.ID,
		Label:     s.Label,
		Period:    shenyang.Period{ISO: s.Period, InferredFrom: s.Inferred},
		Value:     v,
		Unit:      s.Unit,
		Range:     r,
		Qualifier: s.Qualifier,
		Printed:   s.Printed,
		Status:    shenyang.Reported,
		Citations: s.citations(),
		Note:      s.Note,
	}, nil
}

// Derivation describes a derived figure apart from its computed value and
// range.
type Derivation struct {
	ID, Label string
	Period    shenyang.Period
	Unit      shenyang.Unit
	Formula   string
	Note      string
}

// Derived returns the derived figure d with value v and range r computed
// from inputs. Its citations are those of its inputs, each passage once, in
// input order; its qualifier is [shenyang.MoreThan] when the range has only
// an exclusive lower bound, [shenyang.AtLeast] when it has only an inclusive
// one, and [shenyang.AsPrinted] otherwise.
func Derived(d Derivation, v decimal.Decimal, r shenyang.Range, inputs ...shenyang.Figure) shenyang.Figure {
	var a assembly
	for _, in := range inputs {
		a.add(in)
	}
	return a.figure(d, v, r)
}

// maxCitations bounds the distinct citations of a derived figure.
const maxCitations = 8

// assembly gathers the ids, citations and inferred periods of a derived
// figure's inputs in fixed arrays, with counts rather than slices into
// them, so that it stays on the stack and nothing is allocated until the
// figure is made. Inputs beyond the arrays' sizes are a table error that
// the package tests catch.
type assembly struct {
	ids      [4]string
	nIDs     int
	cites    [maxCitations]shenyang.Citation
	nCites   int
	inferred [4]shenyang.Period // periods of inputs that were inferred
	infIDs   [4]string
	nInf     int
	overflow bool // an input or a citation did not fit
}

func (a *assembly) add(in shenyang.Figure) {
	if a.nIDs == len(a.ids) {
		a.overflow = true
		return
	}
	a.ids[a.nIDs] = in.ID
	a.nIDs++
	for c := range in.Citations.All() {
		if contains(a.cites[:a.nCites], c) {
			continue
		}
		if a.nCites == len(a.cites) {
			a.overflow = true
			return
		}
		a.cites[a.nCites] = c
		a.nCites++
	}
	if in.Period.InferredFrom != "" && a.nInf < len(a.inferred) {
		a.inferred[a.nInf], a.infIDs[a.nInf] = in.Period, in.ID
		a.nInf++
	}
}

func (a *assembly) figure(d Derivation, v decimal.Decimal, r shenyang.Range) shenyang.Figure {
	period := d.Period
	for i, p := range a.inferred[:a.nInf] {
		if period.InferredFrom == "" && p.ISO == period.ISO {
			period.InferredFrom = "as its input " + a.infIDs[i] + ": " + p.InferredFrom
		}
	}
	q := shenyang.AsPrinted
	switch {
	case r.High().IsUnbounded() && r.Low().IsOpen():
		q = shenyang.MoreThan
	case r.High().IsUnbounded():
		q = shenyang.AtLeast
	}
	return shenyang.Figure{
		ID:         d.ID,
		Label:      d.Label,
		Period:     period,
		Value:      v,
		Unit:       d.Unit,
		Range:      r,
		Qualifier:  q,
		Status:     shenyang.Derived,
		Derivation: shenyang.Derivation{Formula: d.Formula, Inputs: shenyang.ListOf(a.ids[:a.nIDs]...)},
		Citations:  shenyang.ListOf(a.cites[:a.nCites]...),
		Note:       d.Note,
	}
}

func contains(cs []shenyang.Citation, c shenyang.Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Figures builds a package's figures: the reported ones from specs, in
// order, then the derived ones from their generated tables, whose inputs
// are looked up among the figures built so far and then with others (nil
// when every input is the package's own).
func Figures(specs []Spec, derived []Gen, others func(id string) (shenyang.Figure, bool)) ([]shenyang.Figure, error) {
	figs := make([]shenyang.Figure, 0, len(specs)+len(derived))
	for _, s := range specs {
		f, err := Reported(s)
		if err != nil {
			return nil, err
		}
		figs = append(figs, f)
	}
	lookup := func(id string) (shenyang.Figure, bool) {
		if f, ok := Find(figs, id); ok {
			return f, true
		}
		if others != nil {
			return others(id)
		}
		return shenyang.Figure{}, false
	}
	for _, g := range derived {
		f, err := Generated(g, lookup)
		if err != nil {
			return nil, err
		}
		figs = append(figs, f)
	}
	return figs, nil
}

// Find returns the figure with the given id from figs.
func Find(figs []shenyang.Figure, id string) (shenyang.Figure, bool) {
	for i := range figs {
		if figs[i].ID == id {
			return figs[i], true
		}
	}
	return shenyang.Figure{}, false
}

// Num is a decimal written as a coefficient and an exponent, the form in
// which generated tables hold values: no text is parsed on first use.
type Num struct {
	Coef int64
	Exp  int32
}

// Dec returns n as a decimal.
func (n Num) Dec() decimal.Decimal { return decimal.New(n.Coef, n.Exp) }

// EndKind tells what kind of bound an [End] is.
type EndKind uint8

// The kinds of bound.
const (
	Closed EndKind = iota
	Open
	None // unbounded
)

// End is one bound of a generated range.
type End struct {
	Num
	Kind EndKind
}

func (e End) bound() shenyang.Bound {
	switch e.Kind {
	case Open:
		return shenyang.Open(e.Dec())
	case None:
		return shenyang.Unbounded()
	}
	return shenyang.Closed(e.Dec())
}

// Gen is a derived figure as the generator writes it into a package's
// table: everything but its citations, which are those of its inputs.
type Gen struct {
	ID, Label string
	Period    string // ISO 8601
	Inferred  string // basis of an inferred period; empty when printed
	Unit      shenyang.Unit
	Value     Num
	Low, High End
	Formula   string
	Inputs    []string
	Note      string
}

// Generated returns the derived figure g describes, resolving its inputs
// with lookup to cite them.
func Generated(g Gen, lookup func(id string) (shenyang.Figure, bool)) (shenyang.Figure, error) {
	r, err := shenyang.NewRange(g.Low.bound(), g.High.bound())
	if err != nil {
		return shenyang.Figure{}, fmt.Errorf("%s: %w", g.ID, err)
	}
	var a assembly
	for _, id := range g.Inputs {
		f, ok := lookup(id)
		if !ok {
			return shenyang.Figure{}, fmt.Errorf("%s: unknown input %q", g.ID, id)
		}
		a.add(f)
	}
	if a.overflow {
		return shenyang.Figure{}, fmt.Errorf("%s: more inputs or citations than a derived figure holds", g.ID)
	}
	return a.figure(Derivation{
		ID: g.ID, Label: g.Label,
		Period:  shenyang.Period{ISO: g.Period, InferredFrom: g.Inferred},
		Unit:    g.Unit,
		Formula: g.Formula,
		Note:    g.Note,
	}, g.Value.Dec(), r), nil
}

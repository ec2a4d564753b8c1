// Package tables holds the data packages' tables: it turns the literal figure
// specifications and the derived figure definitions of the dataset's packages
// into [shenyang.Figure] values on first use, and holds them in a [Table].
package tables

import (
	"errors"
	"fmt"
	"sync"

	"github.com/shenyang-data/shenyang"
	"github.com/shopspring/decimal"
)

// Spec is a reported figure as written in a package's table: the value as
// coefficient and exponent, so that no text is parsed and the exponent
// keeps the printed precision (1.65 billion is Coef 165, Exp 7).
type Spec struct {
	ID, Label string
	Area      string // the place measured: Shenyang, Liaoning or China
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
	NBS string
	// Work, when set, says what Shenyang's work report on 2019 reports,
	// cited the same way.
	Work string
	Note string
}

// citations returns the citations of s, the primary one first.
func (s Spec) citations() shenyang.List[shenyang.Citation] {
	var buf [4]shenyang.Citation // on the stack; ListOf copies it once
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
	if s.Work != "" {
		buf[n] = shenyang.Unquoted(shenyang.WorkReport(), s.Work)
		n++
	}
	return shenyang.ListOf(buf[:n]...)
}

// Reported returns the figure s describes, with the range its printed
// precision and qualifier imply ([shenyang.CountRangeOf] for a count).
func Reported(s Spec) (shenyang.Figure, error) {
	v := decimal.New(s.Coef, s.Exp)
	var r shenyang.Range
	var err error
	if s.Unit == shenyang.UnitCount {
		r, err = shenyang.CountRangeOf(v, s.Qualifier)
	} else {
		r, err = shenyang.RangeOf(v, s.Qualifier)
	}
	if err != nil {
		return shenyang.Figure{}, fmt.Errorf("%s: %w", s.ID, err)
	}
	return shenyang.Figure{
		ID:        s.ID,
		Label:     s.Label,
		Period:    shenyang.Period{ISO: s.Period, InferredFrom: s.Inferred},
		Area:      s.Area,
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

// Def defines a derived figure as one call of a Figure function of the
// root package (shenyang.Prior, shenyang.Share, ...) on the two figures it
// rests on: Fn(ID, Label, In[0], In[1]).
type Def struct {
	ID, Label string
	// Area is the place the figure measures, which may differ from the
	// one its inputs share (a national rate from Shenyang's figures) or be
	// one they do not share (Shenyang's imports at China's exchange rate).
	Area string
	Fn   func(id, label string, a, b shenyang.Figure) (shenyang.Figure, error)
	In   [2]string
	Note string // the figure's caveat, if any
	// Cites, when set, returns citations of sources that bear on the
	// derived figure itself, after those of its inputs. A function, so
	// that the table allocates nothing at init.
	Cites func() []shenyang.Citation
}

// The areas of the dataset's figures ([shenyang.Figure]'s Area).
const (
	Shenyang = "Shenyang"
	Liaoning = "Liaoning"
	China    = "China"
)

// ErrDefinition reports a derived figure that could not be built.
var ErrDefinition = errors.New("broken definition")

// Figures builds a package's figures: the reported ones from specs, in
// order, then the derived ones from defs, whose inputs are looked up among
// the figures built so far and then with others (nil when every input is
// the package's own). A spec or definition that fails is left out, and so
// is every figure built on it; the error names each, and the other figures
// are returned.
func Figures(specs []Spec, defs []Def, others func(id string) (shenyang.Figure, bool)) ([]shenyang.Figure, error) {
	figs := make([]shenyang.Figure, 0, len(specs)+len(defs))
	var errs []error
	for _, s := range specs {
		f, err := Reported(s)
		if err != nil {
			errs = append(errs, err)
			continue
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
	for _, d := range defs {
		a, okA := lookup(d.In[0])
		b, okB := lookup(d.In[1])
		var f shenyang.Figure
		var err error
		switch {
		case !okA:
			err = fmt.Errorf("input %s is not available", d.In[0])
		case !okB:
			err = fmt.Errorf("input %s is not available", d.In[1])
		case d.Fn == nil:
			err = errors.New("no function")
		default:
			f, err = d.Fn(d.ID, d.Label, a, b)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w: %w", d.ID, ErrDefinition, err))
			continue
		}
		if d.Note != "" {
			f.Note = d.Note
		}
		f.Area = d.Area
		if d.Cites != nil {
			f.Citations = shenyang.ListOf(append(f.Citations.Slice(), d.Cites()...)...)
		}
		figs = append(figs, f)
	}
	return figs, errors.Join(errs...)
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

// Table is a package's data, built once on first use. X holds whatever
// the package keeps beside its figures. The zero Table is ready to use.
type Table[X any] struct {
	once sync.Once
	figs []shenyang.Figure
	x    X
	err  error
}

// Load builds the table with build the first time it is called, and
// returns it.
func (t *Table[X]) Load(build func() ([]shenyang.Figure, X, error)) *Table[X] {
	t.once.Do(func() { t.figs, t.x, t.err = build() })
	return t
}

// Figure returns the figure with the given id.
func (t *Table[X]) Figure(id string) (shenyang.Figure, bool) { return Find(t.figs, id) }

// Figures yields the figures in order.
func (t *Table[X]) Figures(yield func(shenyang.Figure) bool) { Each(t.figs, yield) }

// Extra returns what the package keeps beside its figures.
func (t *Table[X]) Extra() *X { return &t.x }

// Err returns the error of building the table: nil, or one naming every
// figure that was left out.
func (t *Table[X]) Err() error { return t.err }

// Each yields the items of s in order until yield returns false.
func Each[T any](s []T, yield func(T) bool) {
	for i := range s {
		if !yield(s[i]) {
			return
		}
	}
}

// Lookup returns the item of s whose id, as key reads it, is id, and false
// if there is none.
func Lookup[T any](s []T, id string, key func(*T) string) (T, bool) {
	for i := range s {
		if key(&s[i]) == id {
			return s[i], true
		}
	}
	var zero T
	return zero, false
}

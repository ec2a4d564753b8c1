package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"strconv"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/decode"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
)

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
	return Document{
		Source:     shenyang.Report(),
		Sources:    collect(shenyang.Sources()),
		Figures:    collect(Figures()),
		Indicators: collect(indicators.All()),
		Investors:  collect(investors.All()),
		Products:   collect(investors.Products()),
		Parks:      collect(parks.All()),
		Statements: collect(Statements()),
		Claims:     collect(Claims()),
	}
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

// The JSON form of a [Document]. Each source is written once, in sources,
// and a citation names its source by id; each figure is written once, in
// figures, and an indicator names its figures by id. The other records
// are their types' own JSON forms with citations written the same way.
type (
	documentJSON struct {
		Report     string            `json:"report"` // id of Document.Source
		Sources    []shenyang.Source `json:"sources"`
		Figures    []figureJSON      `json:"figures"`
		Indicators []indicatorJSON   `json:"indicators"`
		Investors  []investorJSON    `json:"investors"`
		Products   []productJSON     `json:"products"`
		Parks      []parkJSON        `json:"parks"`
		Statements []statementJSON   `json:"statements"`
		Claims     []claimJSON       `json:"claims"`
	}

	// documentIn is documentJSON as decoded: each figure is read by
	// decodeFigure.
	documentIn struct {
		documentJSON
		Figures []json.RawMessage `json:"figures"`
	}

	// citationJSON is a citation that names its source by id.
	citationJSON struct {
		Source string `json:"source"`
		Quote  string `json:"quote,omitempty"`
		Note   string `json:"note,omitempty"`
	}

	// figureJSON has the keys of shenyang.Figure's JSON form.
	figureJSON struct {
		ID         string               `json:"id"`
		Label      string               `json:"label"`
		Period     shenyang.Period      `json:"period"`
		Area       string               `json:"area,omitempty"`
		Value      string               `json:"value"`
		Unit       shenyang.Unit        `json:"unit"`
		Range      shenyang.Range       `json:"range"`
		Qualifier  shenyang.Qualifier   `json:"qualifier"`
		Printed    string               `json:"printed,omitempty"`
		Status     shenyang.Status      `json:"status"`
		Derivation *shenyang.Derivation `json:"derivation,omitempty"`
		Citations  []citationJSON       `json:"citations"`
		Note       string               `json:"note,omitempty"`
	}

	// indicatorJSON names the indicator's figures by id; "" stands for a
	// zero figure.
	indicatorJSON struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Value  string `json:"value"`
		Growth string `json:"growth"`
		Prior  string `json:"prior"`
	}

	// The records below embed a copy of their type that has its fields
	// but not its methods, so that encoding/json writes and reads the
	// fields with their own tags, and the outer Citations hides the inner
	// one.
	investorFields  investors.Investor
	productFields   investors.Product
	parkFields      parks.Park
	statementFields shenyang.Statement
	claimFields     shenyang.Claim

	investorJSON struct {
		investorFields
		Citations []citationJSON `json:"citations"`
	}
	productJSON struct {
		productFields
		Citations []citationJSON `json:"citations"`
	}
	parkJSON struct {
		parkFields
		Citations []citationJSON `json:"citations"`
	}
	statementJSON struct {
		statementFields
		Citations []citationJSON `json:"citations"`
	}
	claimJSON struct {
		claimFields
		Citations []citationJSON `json:"citations"`
	}
)

const (
	opMarshal   = "dataset.Document.MarshalJSON"
	opUnmarshal = "dataset.Document.UnmarshalJSON"
)

// invalid returns the error of a reference the document form cannot write
// or resolve.
func invalid(op, arg, value string) error {
	return &shenyang.ValueError{Op: op, Arg: arg, Value: value, Err: shenyang.ErrInvalid}
}

// MarshalJSON encodes d with each source and each figure written once:
//
//	{"report": "<id of d.Source>", "sources": [...], "figures": [...],
//	 "indicators": [...], "investors": [...], "products": [...],
//	 "parks": [...], "statements": [...], "claims": [...]}
//
// A source is written in its own JSON form, in sources, and every citation
// names its source by id: {"source": "chinadaily-2020-04-09", "quote":
// "...", "note": "..."}. A figure is written in [shenyang.Figure]'s JSON
// form, with its citations so, in figures; an indicator names its value,
// growth and prior figures by id ("" for a zero figure). Investors,
// products, parks, statements and claims keep their own JSON forms, their
// citations written by source id.
//
// What the form cannot express is an error wrapping
// [shenyang.ErrInvalid]: a source or figure id listed twice, a cited
// source or an indicator's figure that is not listed, or one listed with
// different contents; an empty source id wraps [shenyang.ErrUnset]. A
// value the figure's own JSON form refuses is refused too.
func (d Document) MarshalJSON() ([]byte, error) {
	e := encoder{sources: make(map[string]shenyang.Source, len(d.Sources))}
	for _, s := range d.Sources {
		if s.ID == "" {
			return nil, &shenyang.ValueError{Op: opMarshal, Arg: "source", Value: strconv.Quote(s.Title), Err: shenyang.ErrUnset}
		}
		if _, dup := e.sources[s.ID]; dup {
			return nil, invalid(opMarshal, "source", strconv.Quote(s.ID)+" listed twice")
		}
		e.sources[s.ID] = s
	}
	w := documentJSON{Sources: d.Sources}
	if d.Source != (shenyang.Source{}) {
		if err := e.check(d.Source, "the document"); err != nil {
			return nil, err
		}
		w.Report = d.Source.ID
	}

	figures := make(map[string]int, len(d.Figures))
	if d.Figures != nil {
		w.Figures = make([]figureJSON, 0, len(d.Figures))
	}
	for i, f := range d.Figures {
		if _, dup := figures[f.ID]; dup {
			return nil, invalid(opMarshal, "figure", strconv.Quote(f.ID)+" listed twice")
		}
		r, err := e.figure(f)
		if err != nil {
			return nil, err
		}
		figures[f.ID] = i
		w.Figures = append(w.Figures, r)
	}
	// An indicator's figure must be the listed one: the two encode alike,
	// since a Figure's JSON form round-trips.
	ref := func(in indicators.Indicator, what string, f shenyang.Figure) (string, error) {
		if f.IsZero() {
			return "", nil
		}
		i, ok := figures[f.ID]
		if ok {
			own, err := json.Marshal(f)
			if err != nil {
				return "", unwrapMarshal(err)
			}
			listed, err := json.Marshal(d.Figures[i])
			if err != nil {
				return "", unwrapMarshal(err)
			}
			ok = bytes.Equal(own, listed)
		}
		if !ok {
			return "", invalid(opMarshal, "figure", strconv.Quote(f.ID)+" (the "+what+" of indicator "+in.ID+") is not listed as it is")
		}
		return f.ID, nil
	}
	for _, in := range d.Indicators {
		r := indicatorJSON{ID: in.ID, Name: in.Name}
		var err error
		for _, p := range [...]struct {
			dst  *string
			what string
			f    shenyang.Figure
		}{{&r.Value, "value", in.Value}, {&r.Growth, "growth", in.Growth}, {&r.Prior, "prior", in.Prior}} {
			if *p.dst, err = ref(in, p.what, p.f); err != nil {
				return nil, err
			}
		}
		w.Indicators = append(w.Indicators, r)
	}
	for _, v := range d.Investors {
		w.Investors = append(w.Investors, investorJSON{investorFields(v), e.cites(v.ID, v.Citations)})
	}
	for _, v := range d.Products {
		w.Products = append(w.Products, productJSON{productFields(v), e.cites(v.ID, v.Citations)})
	}
	for _, v := range d.Parks {
		w.Parks = append(w.Parks, parkJSON{parkFields(v), e.cites(v.ID, v.Citations)})
	}
	for _, v := range d.Statements {
		w.Statements = append(w.Statements, statementJSON{statementFields(v), e.cites(v.ID, v.Citations)})
	}
	for _, v := range d.Claims {
		w.Claims = append(w.Claims, claimJSON{claimFields(v), e.cites(v.ID, v.Citations)})
	}
	if e.err != nil {
		return nil, e.err
	}
	b, err := json.Marshal(w)
	if err != nil {
		return nil, unwrapMarshal(err)
	}
	return b, nil
}

// decodeJSON decodes b into v, a fresh value that the caller keeps only on
// success. The errors of the module's decoders are wrapped with the
// document's operation; those of
// encoding/json become a *shenyang.ValueError wrapping
// [shenyang.ErrSyntax], as the root package's decoders return them.
func decodeJSON(b []byte, v any) error {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return decode.Wrap(opUnmarshal, err)
	}
	arg, value := decode.Syntax(b, err)
	return &shenyang.ValueError{Op: opUnmarshal, Arg: arg, Value: value, Err: shenyang.ErrSyntax}
}

// decodeFigure decodes one figure of a document with [shenyang.Figure]'s
// own decoder, which checks it whole, once its citations have their
// sources back: cites resolves the source ids. An error of the figure's
// decoder is reported as the document's, naming the figure.
func decodeFigure(raw json.RawMessage, cites func(string, []citationJSON) (shenyang.List[shenyang.Citation], error)) (shenyang.Figure, error) {
	var head struct {
		ID        string         `json:"id"`
		Citations []citationJSON `json:"citations"`
	}
	var fields map[string]json.RawMessage
	if err := decodeJSON(raw, &fields); err != nil {
		return shenyang.Figure{}, err
	}
	if fields == nil { // null: a document lists no unset figure
		return shenyang.Figure{}, &shenyang.ValueError{Op: opUnmarshal, Arg: "figure", Value: "null", Err: shenyang.ErrSyntax}
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return shenyang.Figure{}, invalid(opUnmarshal, "figure", err.Error())
	}
	cs, err := cites(head.ID, head.Citations)
	if err != nil {
		return shenyang.Figure{}, err
	}
	if fields["citations"], err = json.Marshal(cs); err != nil {
		return shenyang.Figure{}, unwrapMarshal(err)
	}
	whole, err := json.Marshal(fields)
	if err != nil {
		return shenyang.Figure{}, unwrapMarshal(err)
	}
	var f shenyang.Figure
	if err := f.UnmarshalJSON(whole); err != nil {
		return shenyang.Figure{}, decode.Wrap(opUnmarshal+" figure "+strconv.Quote(head.ID), err)
	}
	return f, nil
}

// unwrapMarshal returns the module's own error from inside encoding/json's
// *json.MarshalerError, so that it reads as it does when the value is
// encoded alone.
func unwrapMarshal(err error) error {
	var ve *shenyang.ValueError
	if errors.As(err, &ve) {
		return ve
	}
	return err
}

// encoder writes citations by source id, keeping the first error.
type encoder struct {
	sources map[string]shenyang.Source
	err     error
}

// check reports an error unless s is listed as it is.
func (e *encoder) check(s shenyang.Source, by string) error {
	if listed, ok := e.sources[s.ID]; !ok || listed != s {
		return invalid(opMarshal, "source", strconv.Quote(s.ID)+" (cited by "+by+") is not listed as it is")
	}
	return nil
}

// cites returns the citations of the value with the given id by source
// id; it is never nil, so that an empty list is written as [].
func (e *encoder) cites(by string, l shenyang.List[shenyang.Citation]) []citationJSON {
	out := make([]citationJSON, 0, l.Len())
	for c := range l.All() {
		if err := e.check(c.Source, by); err != nil && e.err == nil {
			e.err = err
		}
		out = append(out, citationJSON{Source: c.Source.ID, Quote: c.Quote, Note: c.Note})
	}
	return out
}

// figure returns the record of f.
func (e *encoder) figure(f shenyang.Figure) (figureJSON, error) {
	if !dec.Fits(f.Value) {
		return figureJSON{}, &shenyang.ValueError{Op: opMarshal, Arg: "value", Value: dec.Describe(f.Value), Err: shenyang.ErrOutOfRange}
	}
	r := figureJSON{
		ID: f.ID, Label: f.Label, Period: f.Period, Area: f.Area, Value: dec.Format(f.Value), Unit: f.Unit,
		Range: f.Range, Qualifier: f.Qualifier, Printed: f.Printed, Status: f.Status,
		Citations: e.cites(f.ID, f.Citations), Note: f.Note,
	}
	if f.Derivation.Formula != "" || f.Derivation.Inputs.Len() > 0 {
		deriv := f.Derivation
		r.Derivation = &deriv
	}
	if e.err != nil {
		return figureJSON{}, e.err
	}
	return r, nil
}

// UnmarshalJSON decodes the form [Document.MarshalJSON] writes, resolving
// every source and figure id; null gives the zero Document. A source or
// figure id listed twice, or a reference to one that is not listed, is an
// error wrapping [shenyang.ErrInvalid]; a figure's value, range, period
// and enumerations are checked as [shenyang.Figure]'s decoder checks
// them. On error d is left unchanged.
func (d *Document) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*d = Document{}
		return nil
	}
	var w documentIn
	if err := decodeJSON(b, &w); err != nil {
		return err
	}
	sources := make(map[string]shenyang.Source, len(w.Sources))
	for _, s := range w.Sources {
		if _, dup := sources[s.ID]; dup {
			return invalid(opUnmarshal, "source", strconv.Quote(s.ID)+" listed twice")
		}
		sources[s.ID] = s
	}
	cites := func(by string, rs []citationJSON) (shenyang.List[shenyang.Citation], error) {
		cs := make([]shenyang.Citation, 0, len(rs))
		for _, r := range rs {
			s, ok := sources[r.Source]
			if !ok {
				return shenyang.List[shenyang.Citation]{}, invalid(opUnmarshal, "source", strconv.Quote(r.Source)+" (cited by "+by+") is not listed")
			}
			cs = append(cs, shenyang.Citation{Source: s, Quote: r.Quote, Note: r.Note})
		}
		return shenyang.ListOf(cs...), nil
	}

	v := Document{Sources: w.Sources}
	if w.Report != "" {
		s, ok := sources[w.Report]
		if !ok {
			return invalid(opUnmarshal, "report", strconv.Quote(w.Report)+" is not listed")
		}
		v.Source = s
	}
	figures := make(map[string]shenyang.Figure, len(w.Figures))
	if w.Figures != nil {
		v.Figures = make([]shenyang.Figure, 0, len(w.Figures))
	}
	for _, raw := range w.Figures {
		f, err := decodeFigure(raw, cites)
		if err != nil {
			return err
		}
		if _, dup := figures[f.ID]; dup {
			return invalid(opUnmarshal, "figure", strconv.Quote(f.ID)+" listed twice")
		}
		figures[f.ID] = f
		v.Figures = append(v.Figures, f)
	}
	figure := func(in indicatorJSON, id string) (shenyang.Figure, error) {
		if id == "" {
			return shenyang.Figure{}, nil
		}
		f, ok := figures[id]
		if !ok {
			return shenyang.Figure{}, invalid(opUnmarshal, "figure", strconv.Quote(id)+" (of indicator "+in.ID+") is not listed")
		}
		return f, nil
	}
	for _, r := range w.Indicators {
		in := indicators.Indicator{ID: r.ID, Name: r.Name}
		var err error
		if in.Value, err = figure(r, r.Value); err != nil {
			return err
		}
		if in.Growth, err = figure(r, r.Growth); err != nil {
			return err
		}
		if in.Prior, err = figure(r, r.Prior); err != nil {
			return err
		}
		v.Indicators = append(v.Indicators, in)
	}
	for _, r := range w.Investors {
		x := investors.Investor(r.investorFields)
		var err error
		if x.Citations, err = cites(x.ID, r.Citations); err != nil {
			return err
		}
		v.Investors = append(v.Investors, x)
	}
	for _, r := range w.Products {
		x := investors.Product(r.productFields)
		var err error
		if x.Citations, err = cites(x.ID, r.Citations); err != nil {
			return err
		}
		v.Products = append(v.Products, x)
	}
	for _, r := range w.Parks {
		x := parks.Park(r.parkFields)
		var err error
		if x.Citations, err = cites(x.ID, r.Citations); err != nil {
			return err
		}
		v.Parks = append(v.Parks, x)
	}
	for _, r := range w.Statements {
		x := shenyang.Statement(r.statementFields)
		var err error
		if x.Citations, err = cites(x.ID, r.Citations); err != nil {
			return err
		}
		v.Statements = append(v.Statements, x)
	}
	for _, r := range w.Claims {
		x := shenyang.Claim(r.claimFields)
		var err error
		if x.Citations, err = cites(x.ID, r.Citations); err != nil {
			return err
		}
		v.Claims = append(v.Claims, x)
	}
	*d = v
	return nil
}

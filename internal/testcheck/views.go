package testcheck

import "github.com/shenyang-data/shenyang"

// Cite is a citation as the package tests compare it: the source by id.
type Cite struct{ Source, Quote, Note string }

// Cites returns the citations of l as Cites, in order; nil when l is
// empty.
func Cites(l shenyang.List[shenyang.Citation]) []Cite {
	var out []Cite
	for c := range l.All() {
		out = append(out, Cite{Source: c.Source.ID, Quote: c.Quote, Note: c.Note})
	}
	return out
}

// Figure is a shenyang.Figure as the package tests compare it: decimals
// and ranges as text, lists as slices, the period as its parts.
type Figure struct {
	ID, Label    string
	Period       string
	InferredFrom string
	Inferred     bool
	Value        string
	Unit         shenyang.Unit
	Range        string
	Qualifier    shenyang.Qualifier
	Status       shenyang.Status
	Printed      string
	Formula      string
	Inputs       []string
	Citations    []Cite
	Note         string
}

// ViewFigure returns f as a Figure.
func ViewFigure(f shenyang.Figure) Figure {
	return Figure{
		ID: f.ID, Label: f.Label,
		Period: f.Period.ISO, InferredFrom: f.Period.InferredFrom, Inferred: f.Period.IsInferred(),
		Value: shenyang.FormatDecimal(f.Value), Unit: f.Unit, Range: ShowRange(f.Range),
		Qualifier: f.Qualifier, Status: f.Status, Printed: f.Printed,
		Formula: f.Derivation.Formula, Inputs: f.Derivation.Inputs.Slice(),
		Citations: Cites(f.Citations), Note: f.Note,
	}
}

// Claim is a shenyang.Claim as the package tests compare it.
type Claim struct {
	ID, Subject, Text    string
	Items                []string
	Period, InferredFrom string
	Citations            []Cite
}

// ViewClaim returns c as a Claim.
func ViewClaim(c shenyang.Claim) Claim {
	return Claim{
		ID: c.ID, Subject: c.Subject, Text: c.Text, Items: c.Items.Slice(),
		Period: c.Period.ISO, InferredFrom: c.Period.InferredFrom, Citations: Cites(c.Citations),
	}
}

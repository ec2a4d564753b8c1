package dataset

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shenyang-data/shenyang"
)

// ErrNotFound reports an id that names no figure of the dataset.
var ErrNotFound = errors.New("dataset: no figure with this id")

// MethodReported says how a reported figure's range is found: from its
// printed precision and qualifier.
const MethodReported = "reported: every value the printed figure stands for, by its precision and qualifier"

// Explanation is the derivation tree of a figure: the figure, how its
// range was computed, and the explanations of the figures its formula
// reads, down to reported figures, which have no inputs and carry their
// quotes and sources in their citations. It is a value: the tree is built
// anew by each call of [Explain].
type Explanation struct {
	Figure shenyang.Figure
	// Method says how the range was computed: the figure's
	// Derivation.Method, or [MethodReported].
	Method string
	// Inputs are the explanations of the figure's inputs, in the order of
	// its Derivation.Inputs; empty for a reported figure.
	Inputs []Explanation
}

// NotFoundError reports an id that names no figure of the dataset, with
// the ids nearest to it. It wraps [ErrNotFound].
type NotFoundError struct {
	Op string // the operation, such as "dataset.Explain"
	ID string // the id asked for
	// Nearest are up to three ids of the dataset nearest to ID by edit
	// distance, nearest first; empty when none is near.
	Nearest []string
}

// Error names the id and suggests the nearest ones: `dataset.Explain:
// "trade.exports.growth": dataset: no figure with this id (nearest:
// trade.exports.growth.2019, ...)`.
func (e *NotFoundError) Error() string {
	msg := e.Op + ": " + strconv.Quote(e.ID) + ": " + ErrNotFound.Error()
	if len(e.Nearest) > 0 {
		msg += " (nearest: " + strings.Join(e.Nearest, ", ") + ")"
	}
	return msg
}

// Unwrap returns [ErrNotFound].
func (e *NotFoundError) Unwrap() error { return ErrNotFound }

// notFound returns the *NotFoundError of op for id, with the nearest ids:
// those within a third of id's length in edits (at least 2) and at most 2
// edits farther than the nearest, nearest first, ties in the dataset's
// order.
func notFound(op, id string) error {
	var best [3]struct {
		id   string
		dist int
	}
	n := 0
	limit := max(len(id)/3, 2)
	for f := range Figures() {
		d := editDistance(id, f.ID)
		if d > limit {
			continue
		}
		// Insert in order of distance, after equal ones, keeping three.
		i := n
		for i > 0 && best[i-1].dist > d {
			i--
		}
		if i == len(best) {
			continue
		}
		copy(best[i+1:], best[i:])
		best[i].id, best[i].dist = f.ID, d
		n = min(n+1, len(best))
	}
	e := &NotFoundError{Op: op, ID: id}
	for _, b := range best[:n] {
		if b.dist <= best[0].dist+2 {
			e.Nearest = append(e.Nearest, b.id)
		}
	}
	return e
}

// editDistance is the Levenshtein distance between a and b, in bytes:
// the fewest insertions, deletions and substitutions that turn a into b.
func editDistance(a, b string) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			diag, row[j] = row[j], min(row[j]+1, row[j-1]+1, diag+cost)
		}
	}
	return row[len(b)]
}

// Explain returns the derivation tree of the figure with the given id. An
// unknown id is a *[NotFoundError], which wraps [ErrNotFound] and names
// the nearest ids.
func Explain(id string) (Explanation, error) {
	return explain(id, 0)
}

// maxDepth bounds a derivation tree, against a definition that reads
// itself.
const maxDepth = 32

func explain(id string, depth int) (Explanation, error) {
	f, ok := Figure(id)
	if !ok {
		return Explanation{}, notFound("dataset.Explain", id)
	}
	if depth > maxDepth {
		return Explanation{}, fmt.Errorf("dataset.Explain: %q: derivation deeper than %d", id, maxDepth)
	}
	e := Explanation{Figure: f, Method: f.Derivation.Method}
	if f.Status == shenyang.Reported {
		e.Method = MethodReported
	}
	for in := range f.Derivation.Inputs.All() {
		x, err := explain(in, depth+1)
		if err != nil {
			return Explanation{}, err
		}
		e.Inputs = append(e.Inputs, x)
	}
	return e, nil
}

// Leaves returns the reported figures at the bottom of the tree, each
// once, in the order they are first reached.
func (e Explanation) Leaves() []shenyang.Figure {
	var out []shenyang.Figure
	var walk func(x Explanation)
	walk = func(x Explanation) {
		if len(x.Inputs) == 0 {
			for _, f := range out {
				if f.ID == x.Figure.ID {
					return
				}
			}
			out = append(out, x.Figure)
			return
		}
		for _, in := range x.Inputs {
			walk(in)
		}
	}
	walk(e)
	return out
}

// String returns the tree as text for a person: one block per figure, with
// its id and label, exact value, unit, range and qualifier, then its
// formula and the method of its range (derived), or its printed text and
// citations (reported); inputs are indented under the figure they feed.
func (e Explanation) String() string {
	var b strings.Builder
	e.write(&b, "", "")
	return b.String()
}

func (e Explanation) write(b *strings.Builder, first, rest string) {
	f := e.Figure
	b.WriteString(first + f.ID + ": " + f.Label + "\n")
	line := func(s string) { b.WriteString(rest + "    " + s + "\n") }
	value := "= " + shenyang.FormatDecimal(f.Value) + " " + f.Unit.String() + ", range " + f.Range.String() + ", " + f.Qualifier.String()
	if f.Printed != "" {
		value += " " + fmt.Sprintf("%q", f.Printed)
	}
	line(value)
	line("period: " + f.Period.String())
	if f.Status == shenyang.Derived {
		line("formula: " + f.Derivation.Formula)
	}
	line("range: " + e.Method)
	if f.Status == shenyang.Reported {
		for c := range f.Citations.All() {
			src := c.Source.Publisher + ", " + fmt.Sprintf("%q", c.Source.Title) + ", " + c.Source.Published
			if c.HasQuote() {
				line(fmt.Sprintf("quote: %q (%s)", c.Quote, src))
			} else {
				line("source: " + src + ": " + c.Note)
			}
		}
	}
	if f.Note != "" {
		line("note: " + f.Note)
	}
	for i, in := range e.Inputs {
		if i == len(e.Inputs)-1 {
			in.write(b, rest+"└─ ", rest+"   ")
		} else {
			in.write(b, rest+"├─ ", rest+"│  ")
		}
	}
}

// Command report prints the Shenyang dataset for a person to read: every
// figure, grouped by package, at the precision its range justifies, then
// where each comes from (the source's words, or its note where the module
// stores no quote), the formulas of the derived figures, and the facts
// without a number. Lines fit the terminal width, 100 columns by default,
// counting a Chinese character as two.
//
// Usage:
//
//	go run ./examples/report [-width N] [-id ID]
//
// With -id it prints one figure and the tree of figures it is computed
// from, with their exact values and ranges and, at the leaves, the
// passages that report them.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
)

// minWidth is the narrowest width the report accepts.
const minWidth = 40

func main() {
	cols := flag.Int("width", 100, "the widest line, in columns (a Chinese character counts two)")
	id := flag.String("id", "", "print this figure and what it is computed from")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	err := run(w, *id, *cols)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

// run writes the whole report, or with an id the one figure, in lines of
// at most cols columns.
func run(w io.Writer, id string, cols int) error {
	if cols < minWidth {
		return fmt.Errorf("width %d is below %d columns", cols, minWidth)
	}
	p := &printer{w: w, cols: cols}
	if id != "" {
		explain(p, id)
	} else {
		report(p)
	}
	return p.err
}

// printer writes lines of at most cols columns and keeps the first write
// error, after which it writes nothing more.
type printer struct {
	w    io.Writer
	cols int
	err  error
}

// line writes s as it is, which the caller has made to fit.
func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, s+"\n")
	}
}

// para writes text wrapped to the width, the first line starting with
// first and the others with rest.
func (p *printer) para(text, first, rest string) {
	for _, l := range wrap(text, first, rest, p.cols) {
		p.line(l)
	}
}

// report writes the header, one section per package and the facts.
func report(p *printer) {
	src := shenyang.Report()
	p.para(src.Title, "", "")
	p.para(src.Publisher+", "+src.Published, "", "")
	p.para(src.URL, "", "")
	p.line("")
	p.para("Values show the digits their ranges justify: a reported figure as its source prints it, "+
		"a derived one with the range it may take, rounded outward, in parentheses. * marks a period "+
		"inferred, not printed. Run with -id ID for a figure's exact digits and derivation.", "", "")

	var group []shenyang.Figure
	for f := range dataset.Figures() {
		if len(group) > 0 && pkgOf(f.ID) != pkgOf(group[0].ID) {
			section(p, group)
			group = nil
		}
		group = append(group, f)
	}
	section(p, group)
	facts(p)
}

// pkgOf returns the package of a figure id, the part before its first dot.
func pkgOf(id string) string {
	pkg, _, _ := strings.Cut(id, ".")
	return pkg
}

// section writes one package's figures: a table of the reported ones, a
// table of the derived ones, then where each comes from.
func section(p *printer, figs []shenyang.Figure) {
	if len(figs) == 0 {
		return
	}
	var reported, derived []shenyang.Figure
	for _, f := range figs {
		if f.Status == shenyang.Derived {
			derived = append(derived, f)
		} else {
			reported = append(reported, f)
		}
	}
	pkg := pkgOf(figs[0].ID)
	if len(reported) > 0 {
		p.line("")
		p.para("== "+pkg+": reported", "", "")
		p.line("")
		table(p, reported)
	}
	if len(derived) > 0 {
		p.line("")
		p.para("== "+pkg+": derived (computed by this module from the figures they name)", "", "")
		p.line("")
		table(p, derived)
	}
	p.line("")
	p.para("-- "+pkg+": where the figures come from", "", "")
	for _, f := range figs {
		p.line("")
		provenance(p, f)
	}
}

// table writes figures as rows of id, period and value, aligned. When a
// row does not fit the width, every row puts its period and value on a
// line of its own below the id.
func table(p *printer, figs []shenyang.Figure) {
	rows := [][3]string{{"ID", "PERIOD", "VALUE"}}
	for _, f := range figs {
		rows = append(rows, [3]string{f.ID, period(f.Period), f.Readable()})
	}
	var cw [3]int
	for _, r := range rows {
		for i, c := range r {
			cw[i] = max(cw[i], width(c))
		}
	}
	const gap, in = "  ", "    "
	if cw[0]+len(gap)+cw[1]+len(gap)+cw[2] <= p.cols {
		for _, r := range rows {
			p.line(strings.TrimRight(pad(r[0], cw[0])+gap+pad(r[1], cw[1])+gap+r[2], " "))
		}
		return
	}
	for _, r := range rows {
		p.para(r[0], "", "  ")
		if l := in + pad(r[1], cw[1]) + gap + r[2]; width(l) <= p.cols {
			p.line(l)
			continue
		}
		p.para(r[1]+" "+r[2], in, in+"  ")
	}
}

// period writes a period with * when it is inferred.
func period(pd shenyang.Period) string {
	if pd.IsInferred() {
		return pd.ISO + "*"
	}
	return pd.ISO
}

// provenance writes where a figure comes from: its label, its period's
// basis when inferred, its citations (a reported figure) or its formula (a
// derived one), and its note.
func provenance(p *printer, f shenyang.Figure) {
	head := f.ID + ": "
	if f.Status == shenyang.Derived {
		head = f.ID + " (derived): "
	}
	p.para(head+f.Label, "  ", "      ")
	const in, in2 = "    ", "      "
	if f.Period.IsInferred() {
		p.para("period "+f.Period.ISO+", inferred: "+f.Period.InferredFrom, in, in2)
	}
	if f.Status == shenyang.Derived {
		// Its citations are those of its inputs, printed with them.
		p.para("= "+f.Derivation.Formula, in, in2)
	} else {
		cites(p, f.Citations, in)
	}
	if f.Note != "" {
		p.para("note: "+f.Note, in, in2)
	}
}

// cites writes each distinct citation: the source, then its quote or,
// where the module stores no quote, the source's note.
func cites(p *printer, l shenyang.List[shenyang.Citation], in string) {
	seen := map[shenyang.Citation]bool{}
	for c := range l.All() {
		if seen[c] {
			continue
		}
		seen[c] = true
		p.para(c.Source.Publisher+", "+c.Source.Published+":", in, in+"  ")
		if c.HasQuote() {
			p.para(`"`+c.Quote+`"`, in+"  ", in+"   ")
			if c.Note != "" {
				p.para("note: "+c.Note, in+"  ", in+"    ")
			}
			continue
		}
		p.para(c.Note, in+"  ", in+"  ")
	}
}

// explain writes one figure and the tree of what it is computed from.
func explain(p *printer, id string) {
	e, err := dataset.Explain(id)
	if err != nil {
		p.err = errors.Join(p.err, err)
		return
	}
	f := e.Figure
	p.para(f.ID+": "+f.Label, "", "  ")
	p.para(f.Readable(), "  ", "    ")
	p.line("")
	provenance(p, f)
	if f.Status != shenyang.Derived {
		return
	}
	p.line("")
	p.para("-- how it is computed, with exact digits", "", "")
	p.line("")
	node(p, e, "  ")
}

// node writes a figure of a derivation tree, exact, with the method of
// its range, then its inputs one level deeper; a reported figure ends a
// branch with its sources.
func node(p *printer, e dataset.Explanation, in string) {
	f := e.Figure
	p.para(f.ID+" = "+shenyang.FormatDecimal(f.Value)+" "+f.Unit.String()+" in "+f.Range.String(), in, in+"    ")
	if f.Status != shenyang.Derived {
		p.para("reported: "+f.Readable(), in+"  ", in+"    ")
		cites(p, f.Citations, in+"  ")
		return
	}
	p.para("= "+f.Derivation.Formula, in+"  ", in+"    ")
	p.para("range: "+e.Method, in+"  ", in+"    ")
	for _, x := range e.Inputs {
		node(p, x, in+"  ")
	}
}

// facts writes the claims, people, investors and parks without a number.
func facts(p *printer) {
	p.line("")
	p.para("== facts without a number", "", "")
	p.line("")
	const in, in2 = "  ", "      "
	for s := range dataset.Statements() {
		p.para(s.ID+": "+s.Speaker.Name+" ("+s.Speaker.Role+"): "+s.Text, in, in2)
	}
	for v := range investors.All() {
		p.para(v.ID+": "+v.Name+", "+v.Description, in, in2)
	}
	for v := range investors.Products() {
		p.para(v.ID+": "+v.Name+" ("+v.Kind+"), "+v.Outlook, in, in2)
	}
	for v := range parks.All() {
		p.para(v.ID+": "+v.Name+", "+v.Role, in, in2)
	}
	for c := range dataset.Claims() {
		text := c.ID + ": " + c.Text
		if c.Items.Len() > 0 {
			text += " [" + strings.Join(c.Items.Slice(), "; ") + "]"
		}
		p.para(text, in, in2)
	}
}

// Command report prints every figure of the Shenyang dataset as a readable
// table, grouped by package, followed by the passage each figure comes
// from (or, for a derived figure, its formula) and the facts without a
// number.
//
// Usage:
//
//	go run ./examples/report
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	err := report(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

// printer writes formatted text and keeps the first write error, after
// which it writes nothing more.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, a ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, a...)
	}
}

func report(w io.Writer) error {
	p := &printer{w: w}
	src := shenyang.Report()
	p.printf("%s\n%s, %s\n%s\n", src.Title, src.Publisher, src.Published, src.URL)

	var figs []shenyang.Figure
	pkg := ""
	for f := range dataset.Figures() {
		name, _, _ := strings.Cut(f.ID, ".") // the package holding the figure
		if name != pkg {
			if pkg != "" {
				table(p, pkg, figs)
			}
			pkg, figs = name, nil
		}
		figs = append(figs, f)
	}
	table(p, pkg, figs)
	facts(p)
	return p.err
}

// table prints one package's figures, then where each comes from.
func table(p *printer, pkg string, figs []shenyang.Figure) {
	p.printf("\n== %s\n\n", pkg)
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	tp := &printer{w: tw, err: p.err}
	tp.printf("ID\tPERIOD\tVALUE\tRANGE\tQUALIFIER\tSTATUS\n")
	for _, f := range figs {
		period := f.Period.ISO
		if f.Period.IsInferred() {
			period += "*"
		}
		tp.printf("%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, period, human(f.Value, f.Unit), humanRange(f.Range, f.Unit), f.Qualifier, f.Status)
	}
	if tp.err == nil {
		tp.err = tw.Flush()
	}
	p.err = tp.err
	p.printf("\n  (* period inferred, not printed)\n")
	for _, f := range figs {
		p.printf("\n  %s\n", f.ID)
		if f.Status == shenyang.Derived {
			p.printf("    = %s\n", f.Derivation.Formula)
		}
		if c, ok := f.Primary(); ok {
			p.printf("    %q\n", c.Quote)
		}
		if f.Note != "" {
			p.printf("    note: %s\n", f.Note)
		}
	}
}

// scaled writes v at a readable scale without rounding (amounts in
// billions, ratios in percent) and returns it with the unit of that scale.
func scaled(v decimal.Decimal, u shenyang.Unit) (num, unit string) {
	switch u {
	case shenyang.UnitCNY, shenyang.UnitUSD:
		return shenyang.FormatDecimal(v.Shift(-9)), "bn " + u.String()
	case shenyang.UnitRatio:
		return shenyang.FormatDecimal(v.Shift(2)), "%"
	}
	return shenyang.FormatDecimal(v), u.String()
}

func human(v decimal.Decimal, u shenyang.Unit) string {
	num, unit := scaled(v, u)
	return num + " " + unit
}

func humanRange(r shenyang.Range, u shenyang.Unit) string {
	_, unit := scaled(decimal.Decimal{}, u)
	end := func(b shenyang.Bound, inf string) string {
		if v, ok := b.Value(); ok {
			num, _ := scaled(v, u)
			return num
		}
		return inf
	}
	open, close := "[", "]"
	if r.Low().IsOpen() || r.Low().IsUnbounded() {
		open = "("
	}
	if r.High().IsOpen() || r.High().IsUnbounded() {
		close = ")"
	}
	return open + end(r.Low(), "-inf") + ", " + end(r.High(), "+inf") + close + " " + unit
}

// facts prints the claims, people, investors and parks without a number.
func facts(p *printer) {
	p.printf("\n== facts without a number\n\n")
	for s := range shenyang.Statements() {
		p.printf("  %s: %s (%s), %s\n", s.ID, s.Speaker.Name, s.Speaker.Role, s.Text)
	}
	for in := range investors.All() {
		p.printf("  %s: %s, %s\n", in.ID, in.Name, in.Description)
	}
	for pr := range investors.Products() {
		p.printf("  %s: %s (%s), %s\n", pr.ID, pr.Name, pr.Kind, pr.Outlook)
	}
	for pk := range parks.All() {
		p.printf("  %s: %s, %s\n", pk.ID, pk.Name, pk.Role)
	}
	for _, seq := range []func(func(shenyang.Claim) bool){
		shenyang.Claims(), indicators.Claims(), trade.Priorities(), investors.Claims(), parks.Claims(),
	} {
		for c := range seq {
			p.printf("  %s: %s", c.ID, c.Text)
			if c.Items.Len() > 0 {
				p.printf(" [%s]", strings.Join(c.Items.Slice(), "; "))
			}
			p.printf("\n")
		}
	}
}

// Command chart draws the 2018 and 2019 values of Shenyang's foreign
// capital, total trade, imports and exports as an SVG bar chart, with the
// range each printed figure stands for as an error bar and derived values
// hatched. It uses the standard library only.
//
// Usage:
//
//	go run ./examples/chart > docs/chart.svg
package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// panel is one small chart: an indicator in 2018 and 2019.
type panel struct {
	title      string
	unit       string // axis unit, such as "billion USD"
	prev, curr shenyang.Figure
}

func lookup(id string) (shenyang.Figure, error) {
	if f, ok := indicators.Figure(id); ok {
		return f, nil
	}
	if f, ok := trade.Figure(id); ok {
		return f, nil
	}
	return shenyang.Figure{}, fmt.Errorf("no figure %q", id)
}

func panels() ([]panel, error) {
	specs := []struct{ title, prev, curr string }{
		{"Foreign capital, actual use", indicators.ForeignCapital2018, indicators.ForeignCapital2019},
		{"Total trade", indicators.TradeTotal2018, indicators.TradeTotal2019},
		{"Imports", indicators.Imports2018, indicators.Imports2019},
		{"Exports", trade.Exports2018, trade.Exports2019},
	}
	var ps []panel
	for _, s := range specs {
		prev, err := lookup(s.prev)
		if err != nil {
			return nil, err
		}
		curr, err := lookup(s.curr)
		if err != nil {
			return nil, err
		}
		ps = append(ps, panel{title: s.title, unit: "billion " + curr.Unit.String(), prev: prev, curr: curr})
	}
	return ps, nil
}

func main() {
	ps, err := panels()
	if err == nil {
		w := bufio.NewWriter(os.Stdout)
		if err = draw(w, ps); err == nil {
			err = w.Flush()
		}
	}
	if err != nil {
		_, _ = fmt.Fprintln(os.Stderr, "chart:", err)
		os.Exit(1)
	}
}

// Layout, in pixels.
const (
	width      = 960
	height     = 540
	panelW     = 225
	left       = 30
	plotTop    = 160
	plotH      = 260
	barW       = 56
	axisOffset = 44
)

var billion = decimal.New(1, 9)

// niceMax returns the smallest of 1, 2, 2.5, 4, 5 or 8 times a power of
// ten that is at least v.
func niceMax(v decimal.Decimal) decimal.Decimal {
	for e := int32(-3); e < 15; e++ {
		for _, m := range []int64{10, 20, 25, 40, 50, 80} {
			c := decimal.New(m, e-1)
			if c.Cmp(v) >= 0 {
				return c
			}
		}
	}
	return v
}

// y returns the pixel row of value v (in billions) on a panel scaled to max.
func y(v, max decimal.Decimal) string {
	off := v.Mul(decimal.New(plotH, 0)).DivRound(max, 2)
	return decimal.New(plotTop+plotH, 0).Sub(off).StringFixed(1)
}

func esc(s string) string { return html.EscapeString(s) }

// svg writes formatted text and keeps the first write error.
type svg struct {
	w   io.Writer
	err error
}

func (s *svg) f(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, args...)
	}
}

func draw(out io.Writer, ps []panel) error {
	w := &svg{w: out}
	src := shenyang.Report()
	w.f(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif">`+"\n", width, height, width, height)
	w.f("%s", `<defs>`)
	for i, c := range [...]string{"#777777", colors[0], colors[1]} {
		w.f(`<pattern id="derived-%d" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke-width="3" stroke="%s"/></pattern>`, i, c)
	}
	w.f("%s", "</defs>\n")
	w.f(`<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	w.f(`<text x="%d" y="36" font-size="22" font-weight="bold">Shenyang's foreign capital and trade, 2018 and 2019</text>`+"\n", left)
	w.f(`<text x="%d" y="60" font-size="14" fill="#444">Bars: values. Whiskers: the range each figure stands for at its printed precision (narrow at this scale).</text>`+"\n", left)
	w.f(`<text x="%d" y="78" font-size="14" fill="#444">Hatched, dashed: derived by this module; solid: printed in the report.</text>`+"\n", left)
	legend(w)
	for i, p := range ps {
		drawPanel(w, left+i*(panelW+10), p)
	}
	w.f(`<text x="%d" y="%d" font-size="12" fill="#444">Source: %s, "%s", %s.</text>`+"\n",
		left, height-52, esc(src.Publisher), esc(src.Title), src.Published)
	w.f(`<text x="%d" y="%d" font-size="12" fill="#444">2018 values: 2019 values over one plus their printed growth. Exports: total trade minus imports. Amounts in billions.</text>`+"\n", left, height-34)
	w.f(`<text x="%d" y="%d" font-size="12" fill="#444">Drawn by github.com/shenyang-data/shenyang/examples/chart, dataset version %s.</text>`+"\n", left, height-16, shenyang.DataVersion)
	w.f("</svg>\n")
	return w.err
}

var colors = [2]string{"#8aa9c9", "#1f5f99"}

func legend(w *svg) {
	x := left
	for i, label := range [2]string{"2018", "2019"} {
		w.f(`<rect x="%d" y="90" width="16" height="16" fill="%s"/><text x="%d" y="103" font-size="14">%s</text>`+"\n", x, colors[i], x+22, label)
		x += 80
	}
	w.f(`<rect x="%d" y="90" width="16" height="16" fill="url(#derived-0)" stroke="#777" stroke-dasharray="3 2"/><text x="%d" y="103" font-size="14">derived</text>`+"\n", x, x+22)
}

func drawPanel(w *svg, x0 int, p panel) {
	high := func(f shenyang.Figure) decimal.Decimal {
		if v, ok := f.Range.High().Value(); ok {
			return v
		}
		return f.Value
	}
	top := high(p.curr)
	if h := high(p.prev); h.Cmp(top) > 0 {
		top = h
	}
	max := niceMax(top.Div(billion))
	w.f(`<text x="%d" y="%d" font-size="15" font-weight="bold">%s</text>`+"\n", x0, plotTop-28, esc(p.title))
	w.f(`<text x="%d" y="%d" font-size="12" fill="#444">%s</text>`+"\n", x0, plotTop-12, esc(p.unit))
	axisX := x0 + axisOffset
	// Grid lines and tick labels at quarters of the scale.
	for i := int64(0); i <= 4; i++ {
		v := max.Mul(decimal.New(i, 0)).Div(decimal.New(4, 0))
		yy := y(v, max)
		w.f(`<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#ddd"/>`+"\n", axisX, yy, x0+panelW-8, yy)
		w.f(`<text x="%d" y="%s" font-size="11" text-anchor="end" dy="4">%s</text>`+"\n", axisX-4, yy, shenyang.FormatDecimal(v))
	}
	w.f(`<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`+"\n", axisX, plotTop, axisX, plotTop+plotH)
	for i, f := range [2]shenyang.Figure{p.prev, p.curr} {
		bx := axisX + 16 + i*(barW+24)
		v := f.Value.Div(billion)
		fill, stroke := colors[i], ""
		if f.Status == shenyang.Derived {
			fill = "url(#derived-" + fmt.Sprint(i+1) + ")"
			stroke = ` stroke="` + colors[i] + `" stroke-width="2" stroke-dasharray="4 2"`
		}
		yTop := y(v, max)
		hgt := decimal.RequireFromString(y(decimal.Decimal{}, max)).Sub(decimal.RequireFromString(yTop)).StringFixed(1)
		w.f(`<rect x="%d" y="%s" width="%d" height="%s" fill="%s"%s><title>%s</title></rect>`+"\n",
			bx, yTop, barW, hgt, fill, stroke, esc(f.ID+" = "+shenyang.FormatDecimal(f.Value)+" "+f.Unit.String()+", range "+f.Range.String()))
		errorBar(w, bx+barW/2, f, max)
		w.f(`<text x="%d" y="%d" font-size="13" text-anchor="middle">%s</text>`+"\n", bx+barW/2, plotTop+plotH+18, f.Period.ISO)
		label := v.RoundBank(2).StringFixed(2)
		w.f(`<text x="%d" y="%d" font-size="12" text-anchor="middle" fill="#222">%s</text>`+"\n", bx+barW/2, plotTop+plotH+34, label)
	}
}

// errorBar draws the figure's range as a whisker; an open end is drawn
// with an arrow-less cap all the same, since rounding is below a pixel.
func errorBar(w *svg, cx int, f shenyang.Figure, max decimal.Decimal) {
	lo, lok := f.Range.Low().Value()
	hi, hok := f.Range.High().Value()
	if !lok || !hok {
		return
	}
	y1, y2 := y(lo.Div(billion), max), y(hi.Div(billion), max)
	var b strings.Builder
	_, _ = fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#111" stroke-width="1.5"/>`, cx, y1, cx, y2) // a Builder never fails
	for _, yy := range [2]string{y1, y2} {
		_, _ = fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#111" stroke-width="1.5"/>`, cx-8, yy, cx+8, yy)
	}
	w.f("%s\n", b.String())
}

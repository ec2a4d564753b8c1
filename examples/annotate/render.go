package main

import (
	"encoding/base64"
	"html"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/dataset"
)

// writer writes HTML and keeps the first error, after which it writes
// nothing more.
type writer struct {
	w   io.Writer
	err error
}

// raw writes markup as it is.
func (w *writer) raw(parts ...string) {
	for _, s := range parts {
		if w.err != nil {
			return
		}
		_, w.err = io.WriteString(w.w, s)
	}
}

// text writes s escaped, with runs of Chinese characters marked
// lang="zh" so that a screen reader and the fonts treat them as Chinese.
func (w *writer) text(s string) { w.raw(esc(s)) }

// esc escapes s for HTML text or an attribute, marking Han runs as
// Chinese.
func esc(s string) string {
	var b strings.Builder
	han := false
	start := 0
	flush := func(end int) {
		part := html.EscapeString(s[start:end])
		if han {
			b.WriteString(`<span lang="zh">` + part + `</span>`)
		} else {
			b.WriteString(part)
		}
		start = end
	}
	for i, r := range s {
		isHan := unicode.Is(unicode.Han, r) || (han && unicode.In(r, unicode.P) && r > 0x2E7F)
		if isHan != han {
			flush(i)
			han = isHan
		}
	}
	flush(len(s))
	return b.String()
}

// attr escapes s for an attribute value; no markup is added.
func attr(s string) string { return html.EscapeString(s) }

// id writes a figure or fact id in code, breakable only after its dots:
// each part is kept whole, with a line break opportunity between parts.
func (w *writer) id(id string) {
	w.raw(`<code class="id">`)
	parts := strings.SplitAfter(id, ".")
	for i, part := range parts {
		if i > 0 {
			w.raw("<wbr>")
		}
		w.raw("<span>")
		w.text(part)
		w.raw("</span>")
	}
	w.raw("</code>")
}

// unquoted is what Unquoted puts before the note of a citation of a source
// the module stores no text of; the page says it once, above the figures.
const unquoted = "no quote: the module does not store this source's text; "

// sentence returns s ending with a full stop, unless it already ends a
// sentence.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// figureAnchor and factAnchor are the element ids of a figure's row and a
// fact's entry.
func figureAnchor(id string) string { return "fig-" + id }
func factAnchor(id string) string   { return "fact-" + id }

// style is the page's only styling. Highlights are a yellow no other
// element uses, so that a screenshot can be cropped to them.
const style = `
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 56rem; padding: 0 1rem 4rem; }
h1, h2, h3, nav, table, .meta, figcaption { font-family: Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.3rem; }
.meta { color: #444; font-size: 0.9rem; }
nav ul { padding-left: 1.2rem; }
article.text { border-left: 4px solid #1f5f99; padding-left: 1rem; }
a.hl { background: #ffe066; color: inherit; text-decoration: none; border-bottom: 2px solid #b38f00; }
a.hl.both { background: #ffc233; }
a.hl:focus, a.hl:hover { outline: 3px solid #1f5f99; outline-offset: 1px; }
:target { outline: 3px solid #1f5f99; outline-offset: 3px; }
blockquote { margin: 0.3rem 0 0.3rem 1rem; font-style: italic; }
table { border-collapse: collapse; font-size: 0.85rem; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
code { font-size: 0.85em; }
.id > span { white-space: nowrap; }
.chart-box { overflow-x: auto; }
.chart-box img { display: block; width: 100%; min-width: 36rem; height: auto; }
@media (max-width: 40rem) {
  body { padding: 0 0.6rem 3rem; }
  table.figs, table.figs tbody, table.figs tr, table.figs th, table.figs td { display: block; width: auto; }
  table.figs thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.figs tr { border: 1px solid #ccc; margin: 0 0 0.8rem; }
  table.figs th, table.figs td { border: 0; border-top: 1px solid #eee; }
  table.figs td::before { content: attr(data-label) ": "; font-weight: bold; font-family: Helvetica, Arial, sans-serif; }
}
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; border-left: 1px dotted #999; }
.verdict-holds { color: #1b6e20; font-weight: bold; }
.verdict-fails { color: #a11; font-weight: bold; }
.verdict-undecided { color: #8a5a00; font-weight: bold; }
`

// render writes the whole page.
func render(out io.Writer, pg *page) error {
	w := &writer{w: out}
	src := shenyang.Report()
	w.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<link rel=\"icon\" href=\"data:,\">\n<title>")
	w.raw(attr(src.Title + ": the article annotated with the Shenyang dataset"))
	w.raw("</title>\n<style>", style, "</style>\n<script type=\"application/ld+json\">\n", pg.jsonLD, "\n</script>\n</head>\n<body>\n<header>\n<h1>")
	w.text(src.Title + ", annotated")
	w.raw("</h1>\n<p class=\"meta\">")
	w.text(src.Publisher + ", " + src.Published + ". ")
	w.raw("<a href=\"", attr(src.URL), "\">The page as published</a>. ")
	w.text("Every highlighted passage is one the dataset quotes; follow it (Tab, then Enter) to the figures and facts it carries. " +
		"Values are rounded to the digits their ranges justify; the tables give the exact ranges.")
	w.raw("</p>\n")
	if pg.shaMismatch {
		w.raw("<p class=\"meta\"><strong>")
		w.text("This copy of the article is not the text the dataset was built from (SHA-256 " + shenyang.ReportSHA256 + "); the quotes were still found in it verbatim.")
		w.raw("</strong></p>\n")
	}
	w.raw("<nav aria-label=\"Contents\">\n<ul>\n",
		"<li><a href=\"#article\">The article</a></li>\n",
		"<li><a href=\"#passages\">The quoted passages</a></li>\n",
		"<li><a href=\"#figures\">The figures</a></li>\n",
		"<li><a href=\"#derived\">How the derived figures are computed</a></li>\n",
		"<li><a href=\"#audit\">What the numbers imply</a></li>\n")
	if pg.chart != "" {
		w.raw("<li><a href=\"#chart\">Chart</a></li>\n")
	}
	w.raw("<li><a href=\"#facts\">Facts without a number</a></li>\n</ul>\n</nav>\n</header>\n<main>\n")
	article(w, pg)
	passages(w, pg)
	figures(w, pg)
	derived(w, pg)
	checks(w, pg.checks)
	if pg.chart != "" {
		chart(w, pg.chart)
	}
	factsSection(w, pg)
	w.raw("</main>\n<footer class=\"meta\"><p>")
	w.text("Written by examples/annotate of github.com/shenyang-data/shenyang, dataset version " + shenyang.DataVersion +
		". The article's text is China Daily's.")
	w.raw("</p></footer>\n</body>\n</html>\n")
	return w.err
}

// article writes the text, paragraph by paragraph, with every quoted
// passage a link to its entry. Each highlight carries the byte offsets of
// its text in the article (data-start, data-end), so that a check can
// confirm it is a verbatim span.
func article(w *writer, pg *page) {
	w.raw("<section id=\"article\" aria-labelledby=\"h-article\">\n<h2 id=\"h-article\">The article</h2>\n",
		"<article class=\"text\" lang=\"en\">\n")
	text := pg.text
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			w.raw("<p>")
			paragraph(w, pg, start, end)
			w.raw("</p>\n")
		}
		start = end + 2
	}
	w.raw("</article>\n</section>\n")
}

// paragraph writes text[start:end], cut at the segments' boundaries.
func paragraph(w *writer, pg *page, start, end int) {
	for _, s := range pg.segments {
		a, b := max(s.start, start), min(s.end, end)
		if a >= b {
			continue
		}
		piece := pg.text[a:b]
		if len(s.quotes) == 0 {
			plain(w, piece)
			continue
		}
		// Link to the quote that starts last: the innermost one.
		target := s.quotes[0]
		for _, n := range s.quotes {
			if pg.quotes[n-1].start >= pg.quotes[target-1].start {
				target = n
			}
		}
		class := "hl"
		if len(s.quotes) > 1 {
			class = "hl both"
		}
		var described []string
		for _, n := range s.quotes {
			described = append(described, "qd-"+strconv.Itoa(n))
		}
		w.raw("<a class=\"", class, "\" id=\"seg-", strconv.Itoa(a), "\" href=\"#q-", strconv.Itoa(target),
			"\" data-start=\"", strconv.Itoa(a), "\" data-end=\"", strconv.Itoa(b),
			"\" aria-describedby=\"", strings.Join(described, " "), "\">")
		plain(w, piece)
		w.raw("</a>")
	}
}

// plain writes article text, a single line break as <br>.
func plain(w *writer, s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			w.raw("<br>\n")
		}
		w.text(line)
	}
}

// passages writes one entry per quoted passage: the quote, the figures
// and facts that state it, and the derived figures computed from it, with
// links both ways.
func passages(w *writer, pg *page) {
	w.raw("<section id=\"passages\" aria-labelledby=\"h-passages\">\n<h2 id=\"h-passages\">The quoted passages</h2>\n")
	figs := map[string]shenyang.Figure{}
	for _, f := range pg.figures {
		figs[f.ID] = f
	}
	for _, q := range pg.quotes {
		n := strconv.Itoa(q.n)
		w.raw("<section id=\"q-", n, "\" aria-labelledby=\"qh-", n, "\">\n<h3 id=\"qh-", n, "\">Passage ", n, "</h3>\n",
			"<blockquote cite=\"", attr(shenyang.Report().URL), "\"><p>")
		w.text(q.text)
		w.raw("</p></blockquote>\n<p id=\"qd-", n, "\">")
		var states, feeds []string
		for _, id := range q.ids {
			if f, ok := figs[id]; ok && f.Status == shenyang.Derived {
				feeds = append(feeds, id)
			} else {
				states = append(states, id)
			}
		}
		list := func(label string, ids []string) {
			if len(ids) == 0 {
				return
			}
			w.text(label)
			for i, id := range ids {
				if i > 0 {
					w.raw("; ")
				}
				f, ok := figs[id]
				anchor := factAnchor(id)
				if ok {
					anchor = figureAnchor(id)
				}
				w.raw("<a href=\"#", attr(anchor), "\">")
				w.id(id)
				w.raw("</a>")
				if ok {
					w.text(" (" + f.Readable() + ")")
				}
			}
			w.raw(". ")
		}
		list("States: ", states)
		list("Computed from it: ", feeds)
		w.raw("</p>\n<p><a href=\"#seg-", strconv.Itoa(q.start), "\">Back to the passage in the article</a></p>\n</section>\n")
	}
	w.raw("</section>\n")
}

// figures writes one table per package, a row per figure.
func figures(w *writer, pg *page) {
	w.raw("<section id=\"figures\" aria-labelledby=\"h-figures\">\n<h2 id=\"h-figures\">The figures</h2>\n<p>")
	w.text("A reported figure is printed in a source; a derived one is computed by the module from the figures it names. " +
		"The range is the set of values the figure stands for, with the exact digits the module computes with. " +
		"The module stores no text of its secondary sources (China Daily's Chinese edition, the statistics bureau's communiqué): " +
		"their citations say what the source reports instead of quoting it.")
	w.raw("</p>\n")
	var pkg string
	open := false
	for _, f := range pg.figures {
		p, _, _ := strings.Cut(f.ID, ".")
		if p != pkg {
			if open {
				w.raw("</tbody>\n</table>\n</section>\n")
			}
			pkg, open = p, true
			w.raw("<section aria-labelledby=\"h-pkg-", attr(p), "\">\n<h3 id=\"h-pkg-", attr(p), "\">Package ", attr(p), "</h3>\n",
				"<table class=\"figs\">\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Period</th><th scope=\"col\">Value</th>",
				"<th scope=\"col\">Range (exact)</th><th scope=\"col\">Qualifier</th><th scope=\"col\">Status</th>",
				"<th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n")
		}
		row(w, pg, f)
	}
	if open {
		w.raw("</tbody>\n</table>\n</section>\n")
	}
	w.raw("</section>\n")
}

// row writes one figure's table row. Each cell carries its column's name
// (data-label), which a narrow screen shows beside the cell when the rows
// are stacked.
func row(w *writer, pg *page, f shenyang.Figure) {
	w.raw("<tr id=\"", attr(figureAnchor(f.ID)), "\"><th scope=\"row\">")
	w.id(f.ID)
	w.raw("<br>")
	w.text(f.Label)
	w.raw("</th><td data-label=\"Period\">")
	w.text(f.Period.ISO)
	if f.Period.IsInferred() {
		w.raw(" <small>(inferred: ")
		w.text(f.Period.InferredFrom)
		w.raw(")</small>")
	}
	w.raw("</td><td data-label=\"Value\">")
	w.text(f.Readable())
	w.raw("</td><td data-label=\"Range (exact)\"><code>")
	w.text(f.Range.String() + " " + f.Unit.String())
	w.raw("</code></td><td data-label=\"Qualifier\">")
	w.text(f.Qualifier.String())
	w.raw("</td><td data-label=\"Status\">")
	w.text(f.Status.String())
	if f.Status == shenyang.Derived {
		w.raw(" (<a href=\"#explain-", attr(f.ID), "\">how</a>)")
	}
	w.raw("</td><td data-label=\"Sources\">")
	sources(w, pg, f.ID, f.Citations)
	if f.Note != "" {
		w.raw("<br><small>Note: ")
		w.text(sentence(f.Note))
		w.raw("</small>")
	}
	w.raw("</td></tr>\n")
}

// sources writes a value's citations: links to the passages of the
// article it quotes, and the notes of the sources it cannot quote.
func sources(w *writer, pg *page, id string, cites shenyang.List[shenyang.Citation]) {
	if ns := pg.quotesOf[id]; len(ns) > 0 {
		w.raw("Article: ")
		for i, n := range ns {
			if i > 0 {
				w.raw(", ")
			}
			w.raw("<a href=\"#q-", strconv.Itoa(n), "\">passage ", strconv.Itoa(n), "</a>")
		}
		w.raw(".")
	}
	for c := range cites.All() {
		if c.HasQuote() {
			continue
		}
		w.raw("<br>")
		w.text(sentence(c.Source.Publisher + ", " + c.Source.Published + ": " + strings.TrimPrefix(c.Note, unquoted)))
	}
}

// derived writes each derived figure with the tree it is computed from.
func derived(w *writer, pg *page) {
	w.raw("<section id=\"derived\" aria-labelledby=\"h-derived\">\n<h2 id=\"h-derived\">How the derived figures are computed</h2>\n<p>")
	w.text("Each derived figure with the figures it is computed from, down to the reported ones and their sources. " +
		"Ranges are carried step by step by interval arithmetic, with exact digits.")
	w.raw("</p>\n")
	for _, f := range pg.figures {
		t, ok := pg.trees[f.ID]
		if !ok {
			continue
		}
		w.raw("<section id=\"explain-", attr(f.ID), "\" aria-labelledby=\"h-explain-", attr(f.ID), "\">\n<h3 id=\"h-explain-", attr(f.ID), "\">")
		w.id(f.ID)
		w.raw(": ")
		w.text(f.Readable())
		w.raw("</h3>\n<ul class=\"tree\">\n")
		node(w, pg, t)
		w.raw("</ul>\n</section>\n")
	}
	w.raw("</section>\n")
}

// node writes one node of a derivation tree and its inputs: exact value
// and range, then the formula and the method of the range (derived) or the
// printed figure and its sources (reported).
func node(w *writer, pg *page, e dataset.Explanation) {
	f := e.Figure
	w.raw("<li><a href=\"#", attr(figureAnchor(f.ID)), "\">")
	w.id(f.ID)
	w.raw("</a> = <code>")
	w.text(shenyang.FormatDecimal(f.Value) + " " + f.Unit.String())
	w.raw("</code> in <code>")
	w.text(f.Range.String())
	w.raw("</code>")
	if f.Status == shenyang.Derived {
		w.raw("<br>")
		w.text(f.Derivation.Formula)
		w.raw("<br><small>Range: ")
		w.text(e.Method)
		w.raw("</small>")
	} else {
		w.raw("<br>reported: ")
		w.text(f.Readable() + ". ")
		sources(w, pg, f.ID, f.Citations)
	}
	if len(e.Inputs) > 0 {
		w.raw("\n<ul>\n")
		for _, in := range e.Inputs {
			node(w, pg, in)
		}
		w.raw("</ul>")
	}
	w.raw("</li>\n")
}

// checks writes the audit's verdicts.
func checks(w *writer, cs []audit.Check) {
	w.raw("<section id=\"audit\" aria-labelledby=\"h-audit\">\n<h2 id=\"h-audit\">What the numbers imply</h2>\n<p>")
	w.text("The audit decides each claim over the ranges the printed precision allows: it holds when true for every value they allow, " +
		"fails when false for all of them, and is undecided otherwise.")
	w.raw("</p>\n<ul>\n")
	for _, c := range cs {
		v := c.Verdict.String()
		w.raw("<li id=\"check-", attr(c.ID), "\"><span class=\"verdict-", attr(v), "\">", attr(v), "</span>: ")
		w.text(c.Claim + ". " + c.Finding)
		w.raw("<br><small>Inputs: ")
		i := 0
		for id := range c.Inputs.All() {
			if i > 0 {
				w.raw(", ")
			}
			i++
			w.raw("<a href=\"#", attr(figureAnchor(id)), "\">")
			w.id(id)
			w.raw("</a>")
		}
		w.raw(". Rule: ")
		w.text(c.Rule)
		w.raw("</small></li>\n")
	}
	w.raw("</ul>\n</section>\n")
}

// chart embeds the SVG chart as an image, so that nothing in it can run:
// a browser runs no script of an SVG shown by <img>. On a narrow screen
// the chart keeps a readable width and its box scrolls sideways.
func chart(w *writer, svg string) {
	w.raw("<section id=\"chart\" aria-labelledby=\"h-chart\">\n<h2 id=\"h-chart\">Chart</h2>\n<figure>\n<div class=\"chart-box\">",
		"<img alt=\"", attr(chartAlt), "\" width=\"960\" height=\"540\" src=\"data:image/svg+xml;base64,",
		base64.StdEncoding.EncodeToString([]byte(svg)), "\"></div>\n<figcaption id=\"chart-caption\">")
	w.text(chartAlt + " Hatched bars are derived by the module.")
	w.raw("</figcaption>\n</figure>\n</section>\n")
}

// chartAlt names the chart, as its alternative text and caption.
const chartAlt = "Shenyang's actual use of foreign capital, total trade and imports in 2018 and 2019: " +
	"bars for the values, whiskers for the range each figure stands for."

// factsSection writes the values without a number.
func factsSection(w *writer, pg *page) {
	w.raw("<section id=\"facts\" aria-labelledby=\"h-facts\">\n<h2 id=\"h-facts\">Facts without a number</h2>\n<ul>\n")
	for _, f := range pg.facts {
		w.raw("<li id=\"", attr(factAnchor(f.id)), "\">")
		w.id(f.id)
		w.raw(" (", attr(f.kind), "): ")
		w.text(sentence(f.text))
		w.raw(" ")
		sources(w, pg, f.id, f.citations)
		w.raw("</li>\n")
	}
	w.raw("</ul>\n</section>\n")
}

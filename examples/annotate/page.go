package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
)

// page is everything the HTML shows, gathered before any of it is written.
type page struct {
	text        string // the article, as read
	shaMismatch bool   // the text is not the one the dataset was built from
	quotes      []quote
	segments    []segment
	figures     []shenyang.Figure
	trees       map[string]dataset.Explanation // the derivation of each derived figure, by id
	checks      []audit.Check
	facts       []fact
	chart       string // an SVG document, or empty
	jsonLD      string // the schema.org JSON-LD of the dataset and its figures
	// quotesOf lists, for each figure or fact id, the numbers of the
	// quotes that cite it.
	quotesOf map[string][]int
}

// quote is a passage of the article that the dataset cites.
type quote struct {
	n          int // its number, from 1, in article order
	start, end int // byte offsets in the article
	text       string
	ids        []string // the figures and facts that cite it, in dataset order
}

// segment is a piece of the article between two quote boundaries, covered
// by the quotes listed (none for plain text).
type segment struct {
	start, end int
	quotes     []int // numbers of the quotes covering it
}

// fact is a claim, statement, investor, product or park: a value without
// a number that cites the article.
type fact struct {
	id, kind, text string
	citations      shenyang.List[shenyang.Citation]
}

// build gathers the page for the article text and the chart. Line ends
// are read as LF: a copy saved with CRLF gives the same paragraphs and
// offsets, though not the same SHA-256.
func build(text, chart string) (*page, error) {
	sum := sha256.Sum256([]byte(text))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	pg := &page{
		text:        text,
		shaMismatch: hex.EncodeToString(sum[:]) != shenyang.ReportSHA256,
		chart:       chart,
		quotesOf:    map[string][]int{},
	}
	if err := pg.findQuotes(); err != nil {
		return nil, err
	}
	pg.segments = cutSegments(len(text), pg.quotes)
	for f := range dataset.Figures() {
		pg.figures = append(pg.figures, f)
	}
	var err error
	if pg.jsonLD, err = jsonLD(pg.figures); err != nil {
		return nil, err
	}
	if pg.trees, err = derivations(pg.figures); err != nil {
		return nil, err
	}
	if pg.checks, err = audit.Run(); err != nil {
		return nil, err
	}
	pg.facts = facts()
	return pg, nil
}

// findQuotes locates every quote the dataset cites in the article and
// numbers them in article order. A quote that is not in the text is an
// error: the page would show a passage the article does not have.
func (pg *page) findQuotes() error {
	byText := map[string]*quote{}
	for id, c := range dataset.Citations() {
		if !c.HasQuote() || c.Source.ID != shenyang.Report().ID {
			continue
		}
		q, ok := byText[c.Quote]
		if !ok {
			i := strings.Index(pg.text, c.Quote)
			if i < 0 {
				return fmt.Errorf("the quote of %s is not in the article: %q", id, c.Quote)
			}
			q = &quote{start: i, end: i + len(c.Quote), text: c.Quote}
			byText[c.Quote] = q
		}
		if !slices.Contains(q.ids, id) {
			q.ids = append(q.ids, id)
		}
	}
	for _, q := range byText {
		pg.quotes = append(pg.quotes, *q)
	}
	slices.SortFunc(pg.quotes, func(a, b quote) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	for i := range pg.quotes {
		pg.quotes[i].n = i + 1
		for _, id := range pg.quotes[i].ids {
			pg.quotesOf[id] = append(pg.quotesOf[id], i+1)
		}
	}
	return nil
}

// cutSegments cuts [0, n) at every quote's start and end; each piece lists
// the quotes that cover it.
func cutSegments(n int, quotes []quote) []segment {
	cuts := []int{0, n}
	for _, q := range quotes {
		cuts = append(cuts, q.start, q.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var segs []segment
	for i := 0; i+1 < len(cuts); i++ {
		s := segment{start: cuts[i], end: cuts[i+1]}
		for _, q := range quotes {
			if q.start <= s.start && s.end <= q.end {
				s.quotes = append(s.quotes, q.n)
			}
		}
		segs = append(segs, s)
	}
	return segs
}

// facts returns the values without a number, in the report's packages'
// order, each with the citations that place it in the article.
func facts() []fact {
	var out []fact
	for s := range dataset.Statements() {
		out = append(out, fact{s.ID, "statement", s.Speaker.Name + " (" + s.Speaker.Role + "): " + s.Text, s.Citations})
	}
	for v := range investors.All() {
		out = append(out, fact{v.ID, "investor", v.Name + ", " + v.Description, v.Citations})
	}
	for v := range investors.Products() {
		out = append(out, fact{v.ID, "product", v.Name + " (" + v.Kind + "), " + v.Outlook, v.Citations})
	}
	for v := range parks.All() {
		out = append(out, fact{v.ID, "park", v.Name + ": " + v.Role, v.Citations})
	}
	for c := range dataset.Claims() {
		text := c.Text
		if c.Items.Len() > 0 {
			text += " (" + strings.Join(c.Items.Slice(), "; ") + ")"
		}
		out = append(out, fact{c.ID, "claim", text, c.Citations})
	}
	return out
}

// derivations returns the derivation tree of every derived figure.
func derivations(figs []shenyang.Figure) (map[string]dataset.Explanation, error) {
	trees := map[string]dataset.Explanation{}
	for _, f := range figs {
		if f.Status != shenyang.Derived {
			continue
		}
		e, err := dataset.Explain(f.ID)
		if err != nil {
			return nil, err
		}
		trees[f.ID] = e
	}
	return trees, nil
}

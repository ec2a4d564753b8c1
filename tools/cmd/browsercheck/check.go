package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// inputs are what the checks read: the DOM the browser built, the
// article the page annotates, the ids and quotes of the dataset's CSV,
// and the browser's log.
type inputs struct {
	dom     string
	article string
	ids     []string // every figure id of the CSV
	quotes  []string // the CSV's non-empty quotes
	log     string
}

// check runs every check and returns one message per failure.
func check(in inputs) []string {
	d := parseDOM(in.dom)
	var fails []string
	fail := func(format string, a ...any) { fails = append(fails, fmt.Sprintf(format, a...)) }

	// Every figure of the CSV is on the page: its row and its id.
	text := visibleText(in.dom)
	for _, id := range in.ids {
		if !d.ids["fig-"+id] {
			fail("figure %s: no element with id fig-%s", id, id)
		}
		if !strings.Contains(text, id) {
			fail("figure %s: its id is not in the page's text", id)
		}
	}

	// No console message: the page has no script, so any message (an
	// error, a resource that failed to load) is a defect.
	for _, line := range strings.Split(in.log, "\n") {
		if strings.Contains(line, ":CONSOLE") || strings.Contains(line, "Uncaught") {
			fail("console: %s", strings.TrimSpace(line))
		}
	}

	// The document's language.
	html := first(d, "html")
	if html == nil || strings.TrimSpace(html.attrs["lang"]) == "" {
		fail("the html element has no lang attribute")
	}

	// Nothing is fetched and nothing runs: no script but a data block, no
	// external source.
	for _, e := range d.elements {
		if e.name == "script" && e.attrs["type"] != "application/ld+json" {
			fail("the page has a script element")
		}
		for _, a := range []string{"src", "srcset", "data"} {
			if v, ok := e.attrs[a]; ok && !strings.HasPrefix(v, "data:") {
				fail("<%s %s=%q> loads a resource", e.name, a, v)
			}
		}
		if e.name == "link" && !strings.HasPrefix(e.attrs["href"], "data:") {
			fail("<link href=%q> loads a resource", e.attrs["href"])
		}
	}

	// Headings in order: one h1 first, then no level skipped going down.
	level := 0
	h1 := 0
	for _, e := range d.elements {
		if !isHeading(e.name) {
			continue
		}
		n := int(e.name[1] - '0')
		if n == 1 {
			h1++
		}
		if level == 0 && n != 1 {
			fail("the first heading is %s %q, not h1", e.name, e.text)
		}
		if level > 0 && n > level+1 {
			fail("heading %s %q follows an h%d: a level is skipped", e.name, strings.TrimSpace(e.text), level)
		}
		if strings.TrimSpace(e.text) == "" {
			fail("an empty %s", e.name)
		}
		level = n
	}
	if h1 != 1 {
		fail("%d h1 elements, want one", h1)
	}

	// Every link inside the page leads somewhere.
	for _, e := range d.elements {
		if href, ok := e.attrs["href"]; ok && strings.HasPrefix(href, "#") && !d.ids[href[1:]] {
			fail("<%s href=%q>: no element has that id", e.name, href)
		}
	}

	// The highlights: verbatim spans of the article, reachable by
	// keyboard, named, described by an entry that exists, and covering
	// every quote of the CSV.
	var spans [][2]int
	for _, e := range d.elements {
		if !hasClass(e, "hl") {
			continue
		}
		start, err1 := strconv.Atoi(e.attrs["data-start"])
		end, err2 := strconv.Atoi(e.attrs["data-end"])
		switch {
		case err1 != nil || err2 != nil || start < 0 || end > len(in.article) || start >= end:
			fail("highlight %q: data-start %q and data-end %q are not a span of the article", e.text, e.attrs["data-start"], e.attrs["data-end"])
			continue
		case e.text != in.article[start:end]:
			fail("highlight at %d: its text %q is not the article's %q", start, e.text, in.article[start:end])
		}
		spans = append(spans, [2]int{start, end})
		if e.name != "a" || e.attrs["href"] == "" {
			fail("highlight at %d (<%s>) has no href: not reachable by keyboard", start, e.name)
		}
		if e.attrs["tabindex"] != "" && strings.HasPrefix(e.attrs["tabindex"], "-") {
			fail("highlight at %d has tabindex %s: not reachable by keyboard", start, e.attrs["tabindex"])
		}
		if strings.TrimSpace(e.text) == "" && strings.TrimSpace(e.attrs["aria-label"]) == "" {
			fail("highlight at %d has no accessible name", start)
		}
		for _, id := range strings.Fields(e.attrs["aria-describedby"]) {
			if !d.ids[id] {
				fail("highlight at %d: aria-describedby names %q, which no element has", start, id)
			}
		}
	}
	if len(spans) == 0 {
		fail("the page has no highlight")
	}
	for _, q := range in.quotes {
		i := strings.Index(in.article, q)
		switch {
		case i < 0:
			fail("quote %q is not in the article", q)
		case !covered(spans, i, i+len(q)):
			fail("quote %q is not highlighted", q)
		}
	}
	return fails
}

// first returns the first element with the name, or nil.
func first(d dom, name string) *element {
	for _, e := range d.elements {
		if e.name == name {
			return e
		}
	}
	return nil
}

// hasClass reports whether e has the class c.
func hasClass(e *element, c string) bool {
	for _, f := range strings.Fields(e.attrs["class"]) {
		if f == c {
			return true
		}
	}
	return false
}

// covered reports whether the spans cover [start, end) with no gap.
func covered(spans [][2]int, start, end int) bool {
	s := append([][2]int(nil), spans...)
	sort.Slice(s, func(i, j int) bool { return s[i][0] < s[j][0] })
	at := start
	for _, sp := range s {
		if sp[0] <= at && sp[1] > at {
			at = sp[1]
		}
		if at >= end {
			return true
		}
	}
	return at >= end
}

// visibleText returns the document's text with its tags removed.
// inline are the tags visibleText drops without a space.
var inline = map[string]bool{"span": true, "wbr": true, "code": true, "a": true, "small": true, "strong": true}

func visibleText(s string) string {
	var b strings.Builder
	for {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:lt])
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			break
		}
		// An inline tag joins the text around it, as a browser shows it:
		// an id written in parts with <wbr> between them reads whole.
		name := strings.TrimPrefix(strings.Fields(s[lt+1:lt+gt] + " ")[0], "/")
		if !inline[name] {
			b.WriteByte(' ')
		}
		s = s[lt+gt+1:]
	}
	return b.String()
}

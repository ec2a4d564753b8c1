package main

import (
	"bytes"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
)

// quotesArticle is an article made of every quote of the dataset, one
// paragraph each: it holds them all verbatim, as the real one does.
func quotesArticle() string {
	var parts []string
	seen := map[string]bool{}
	for _, c := range dataset.Citations() {
		if c.HasQuote() && !seen[c.Quote] {
			seen[c.Quote] = true
			parts = append(parts, c.Quote)
		}
	}
	return "Title\n\n" + strings.Join(parts, "\n\n") + "\n"
}

// renderPage renders the page for text and returns its HTML.
func renderPage(t *testing.T, text string) string {
	t.Helper()
	pg, err := build(text, `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>`)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := write(&b, pg); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var highlight = regexp.MustCompile(`<a class="hl[^"]*" id="seg-(\d+)" href="#q-\d+" data-start="(\d+)" data-end="(\d+)" aria-describedby="[^"]+">([^<]*)</a>`)

// checkHighlights checks that every highlight's text is the article's
// span at its offsets, and that every quote is covered.
func checkHighlights(t *testing.T, text, page string) {
	t.Helper()
	ms := highlight.FindAllStringSubmatch(page, -1)
	if len(ms) == 0 {
		t.Fatal("no highlight")
	}
	covered := make([]bool, len(text))
	for _, m := range ms {
		start, _ := strconv.Atoi(m[2])
		end, _ := strconv.Atoi(m[3])
		if m[1] != m[2] {
			t.Errorf("highlight id seg-%s, data-start %s", m[1], m[2])
		}
		if got := html.UnescapeString(m[4]); got != text[start:end] {
			t.Errorf("highlight at %d: %q, the article has %q", start, got, text[start:end])
		}
		for i := start; i < end; i++ {
			covered[i] = true
		}
	}
	for _, c := range dataset.Citations() {
		if !c.HasQuote() {
			continue
		}
		i := strings.Index(text, c.Quote)
		for j := i; j < i+len(c.Quote); j++ {
			if !covered[j] {
				t.Errorf("quote %q: byte %d is not highlighted", c.Quote, j)
				break
			}
		}
	}
}

func TestPageHighlightsEveryQuote(t *testing.T) {
	text := quotesArticle()
	page := renderPage(t, text)
	checkHighlights(t, text, page)
	if !strings.Contains(page, `<p class="meta"><strong>This copy of the article is not the text the dataset was built from`) {
		t.Error("the page does not say that the copy differs from the dataset's text")
	}
}

// TestPageWithTheArticle uses the project's copy of the article where it
// exists; a user's clone has none.
func TestPageWithTheArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/sources/chinadaily-2020-04-09-shenyang-opening-up.txt")
	if os.IsNotExist(err) {
		t.Skip("no copy of the article at ../shared/sources (only the project's machines have one)")
	}
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	page := renderPage(t, text)
	checkHighlights(t, text, page)
	if strings.Contains(page, "is not the text the dataset was built from") {
		t.Errorf("the copy's SHA-256 differs from shenyang.ReportSHA256 %s", shenyang.ReportSHA256)
	}
	// The overlap of city.profile and the Fortune Global 500 sentence is
	// one highlight described by both passages.
	if !strings.Contains(page, `<a class="hl both" id="seg-932" href="#q-7" data-start="932" data-end="952" aria-describedby="qd-6 qd-7">the Liaoning capital</a>`) {
		t.Error("the shared span \"the Liaoning capital\" is not one highlight of both passages")
	}
}

func TestPageIsSemantic(t *testing.T) {
	page := renderPage(t, quotesArticle())
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">") {
		t.Errorf("the page does not start with a doctype and lang: %.60q", page)
	}
	var levels []int
	for _, m := range regexp.MustCompile(`<h([1-6])[ >]`).FindAllStringSubmatch(page, -1) {
		n, _ := strconv.Atoi(m[1])
		levels = append(levels, n)
	}
	if len(levels) == 0 || levels[0] != 1 {
		t.Fatalf("headings %v do not start with h1", levels)
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] == 1 || levels[i] > levels[i-1]+1 {
			t.Errorf("heading %d is h%d after h%d", i, levels[i], levels[i-1])
		}
	}
	for _, bad := range []string{"<script", "src=", "<?xml"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	// Every figure has its row, and the derived ones their tree.
	for f := range dataset.Figures() {
		if !strings.Contains(page, `<tr id="fig-`+f.ID+`">`) {
			t.Errorf("no row for %s", f.ID)
		}
		if f.Status == shenyang.Derived && !strings.Contains(page, `<section id="explain-`+f.ID+`"`) {
			t.Errorf("no derivation for %s", f.ID)
		}
	}
	// The chart is inline, its XML declaration dropped, named by its caption.
	if !strings.Contains(page, `<figure>`+"\n"+`<svg role="img" aria-labelledby="chart-caption" xmlns=`) {
		t.Error("the chart is not an inline svg named by its caption")
	}
}

func TestMissingQuote(t *testing.T) {
	_, err := build("an article without the quotes", "")
	if err == nil || !strings.Contains(err.Error(), "is not in the article") {
		t.Errorf("build of an article without the quotes: error %v, want one naming the missing quote", err)
	}
}

func TestEsc(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a < b & c", "a &lt; b &amp; c"},
		// Han runs, with their punctuation, are marked Chinese.
		{"it reports 16.5亿美元 (1.65 billion)", `it reports 16.5<span lang="zh">亿美元</span> (1.65 billion)`},
		{"(沈阳市发改委).", `(<span lang="zh">沈阳市发改委</span>).`},
		{"沈阳2019年，新高", `<span lang="zh">沈阳</span>2019<span lang="zh">年，新高</span>`},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, esc(c.in)); diff != "" {
			t.Errorf("esc(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

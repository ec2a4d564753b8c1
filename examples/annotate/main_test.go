package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
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
	// The page runs nothing and loads nothing from elsewhere: no script
	// but a data block, no event handler, and every src a data: URL.
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1) {
		if !strings.Contains(m, `type="application/ld+json"`) {
			t.Errorf("the page has an executable script: %s", m)
		}
	}
	if m := regexp.MustCompile(`\son[a-z]+=`).FindString(page); m != "" {
		t.Errorf("the page has an event handler: %q", m)
	}
	for _, m := range regexp.MustCompile(`\ssrc="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(m[1], "data:") {
			t.Errorf("the page loads %.60q", m[1])
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
	// The chart is an image, so that no script in it can run, described
	// by its alternative text; its data URL holds the SVG as given.
	svg := `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>`
	if want := `<img alt="` + attr(chartAlt) + `" width="960" height="540" src="data:image/svg+xml;base64,` +
		base64.StdEncoding.EncodeToString([]byte(svg)) + `">`; !strings.Contains(page, want) {
		t.Errorf("the chart is not the image %.100q...", want)
	}
}

// TestCRLFArticle: a copy of the article saved with CRLF line ends reads
// as the LF one, paragraph by paragraph and highlight by highlight.
func TestCRLFArticle(t *testing.T) {
	lf := quotesArticle()
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	a, b := renderPage(t, lf), renderPage(t, crlf)
	if strings.Count(b, "<p>") != strings.Count(a, "<p>") || strings.Count(a, "<p>") < 10 {
		t.Errorf("CRLF copy: %d paragraphs, LF copy %d", strings.Count(b, "<p>"), strings.Count(a, "<p>"))
	}
	if strings.Contains(b, "\r") {
		t.Error("the page of the CRLF copy holds a carriage return")
	}
}

// TestJSONLD: the page carries one JSON-LD data block, a schema.org
// Dataset and one Observation per figure, its numbers as decimal strings.
func TestJSONLD(t *testing.T) {
	page := renderPage(t, quotesArticle())
	blocks := regexp.MustCompile(`(?s)<script type="application/ld\+json">\n(.*?)\n</script>`).FindAllStringSubmatch(page, -1)
	if len(blocks) != 1 {
		t.Fatalf("%d JSON-LD blocks, want 1", len(blocks))
	}
	var doc struct {
		Context string            `json:"@context"`
		Graph   []json.RawMessage `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(blocks[0][1]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 41 {
		t.Fatalf("@context %q and %d nodes, want schema.org and the Dataset and 40 Observations", doc.Context, len(doc.Graph))
	}
	obs := map[string]map[string]any{}
	for _, raw := range doc.Graph[1:] {
		var o map[string]any
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		obs[o["identifier"].(string)] = o
	}
	for _, tt := range []struct {
		id                      string
		value, low, high, unit  string
		area, date, description string
	}{
		// $1.65 billion as printed: [1.645, 1.655] billion.
		{"indicators.foreign-capital.2019", "1650000000", "1645000000", "1655000000", "USD", "Shenyang", "2019", "reported, as printed"},
		// "more than 100": the bound is excluded and there is no upper one.
		{"investors.fortune500.companies", "100", "100", "", "count", "Shenyang", "2020-04-09",
			"reported, more than: the lower bound 100 is excluded, no upper bound; period inferred from the report's publication date, 2020-04-09: it gives the count as it stood then"},
		// 15 - 12.4 = 2.6 percent, China's, in [0.145 - 0.1245, 0.155 - 0.1235].
		{"indicators.foreign-capital.growth.national.2019", "0.026", "0.0205", "0.0315", "ratio", "China", "2019", "derived, computed"},
	} {
		o := obs[tt.id]
		if o == nil {
			t.Errorf("no Observation of %s", tt.id)
			continue
		}
		got := []any{o["value"], o["minValue"], o["maxValue"], o["unitText"], o["observationAbout"].(map[string]any)["name"], o["observationDate"], o["description"]}
		want := []any{tt.value, tt.low, tt.high, tt.unit, tt.area, tt.date, tt.description}
		if tt.high == "" {
			want[2] = nil
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.id, diff)
		}
	}
	if len(obs) != 40 {
		t.Errorf("%d observations, want 40", len(obs))
	}
}

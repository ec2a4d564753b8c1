package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// article is a three-sentence stand-in for the report; the quote is its
// third sentence, bytes 17 to 43.
const article = "Trade grew. Yes. Imports grew 17.1 percent."

// good is a page that passes every check, shaped as chromium serializes
// examples/annotate's output.
const good = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>` +
	`<style>a.hl { background: #ffe066; }</style></head><body><h1>Annotated</h1><h2 id="h">The article</h2>` +
	`<article lang="en"><p>Trade grew. Yes. <a class="hl" id="seg-17" href="#q-1" data-start="17" data-end="43" aria-describedby="qd-1">Imports grew 17.1 percent.</a></p></article>` +
	`<h2>Passages</h2><h3 id="q-1">Passage 1</h3><p id="qd-1">Carries <a href="#fig-trade.x">trade.x</a>.</p>` +
	`<h2>Figures</h2><table><tr id="fig-trade.x"><th><code>trade.x</code></th></tr></table>` +
	`<!-- a comment with <a class="hl"> inside --></body></html>`

func goodInputs() inputs {
	return inputs{dom: good, article: article, ids: []string{"trade.x"}, quotes: []string{"Imports grew 17.1 percent."},
		log: "[1202/101010.1:WARNING:dbus] noise that is not the console\n"}
}

func TestCheckPasses(t *testing.T) {
	if diff := cmp.Diff([]string(nil), check(goodInputs())); diff != "" {
		t.Errorf("check of a good page (-want +got):\n%s", diff)
	}
}

// TestCheckFails changes one thing of the good page at a time; each must
// give exactly the failure named.
func TestCheckFails(t *testing.T) {
	cases := []struct {
		name   string
		change func(in *inputs)
		want   []string
	}{
		{"a figure is missing", func(in *inputs) { in.ids = append(in.ids, "trade.y") },
			[]string{"figure trade.y: no element with id fig-trade.y", "figure trade.y: its id is not in the page's text"}},
		{"a console error", func(in *inputs) {
			in.log += `[1:2:INFO:CONSOLE(3)] "Uncaught TypeError: x", source: file:///p.html (3)` + "\n"
		}, []string{`console: [1:2:INFO:CONSOLE(3)] "Uncaught TypeError: x", source: file:///p.html (3)`}},
		{"no lang", func(in *inputs) { in.dom = strings.Replace(in.dom, `<html lang="en">`, `<html>`, 1) },
			[]string{"the html element has no lang attribute"}},
		{"a skipped heading level", func(in *inputs) {
			in.dom = strings.Replace(in.dom, `<h2 id="h">The article</h2>`, `<h3 id="h">The article</h3>`, 1)
		},
			[]string{`heading h3 "The article" follows an h1: a level is skipped`}},
		{"two h1", func(in *inputs) { in.dom = strings.Replace(in.dom, `<h2>Figures</h2>`, `<h1>Figures</h1>`, 1) },
			[]string{"2 h1 elements, want one"}},
		{"a highlight that is not verbatim", func(in *inputs) {
			in.dom = strings.Replace(in.dom, `>Imports grew 17.1 percent.</a>`, `>Imports grew 17.2 percent.</a>`, 1)
		}, []string{`highlight at 17: its text "Imports grew 17.2 percent." is not the article's "Imports grew 17.1 percent."`}},
		{"a highlight at the wrong offsets", func(in *inputs) {
			in.dom = strings.Replace(in.dom, `data-start="17"`, `data-start="16"`, 1)
		}, []string{`highlight at 16: its text "Imports grew 17.1 percent." is not the article's " Imports grew 17.1 percent."`}},
		{"offsets outside the article", func(in *inputs) { in.dom = strings.Replace(in.dom, `data-end="43"`, `data-end="99"`, 1) },
			[]string{`highlight "Imports grew 17.1 percent.": data-start "17" and data-end "99" are not a span of the article`,
				"the page has no highlight", `quote "Imports grew 17.1 percent." is not highlighted`}},
		{"a highlight without href", func(in *inputs) { in.dom = strings.Replace(in.dom, ` href="#q-1"`, ``, 1) },
			[]string{"highlight at 17 (<a>) has no href: not reachable by keyboard"}},
		{"a highlight out of the tab order", func(in *inputs) { in.dom = strings.Replace(in.dom, `class="hl"`, `class="hl" tabindex="-1"`, 1) },
			[]string{"highlight at 17 has tabindex -1: not reachable by keyboard"}},
		{"a description that does not exist", func(in *inputs) {
			in.dom = strings.Replace(in.dom, `aria-describedby="qd-1"`, `aria-describedby="qd-2"`, 1)
		},
			[]string{`highlight at 17: aria-describedby names "qd-2", which no element has`}},
		{"a broken internal link", func(in *inputs) { in.dom = strings.Replace(in.dom, `href="#fig-trade.x"`, `href="#fig-trade.z"`, 1) },
			[]string{`<a href="#fig-trade.z">: no element has that id`}},
		{"a quote not highlighted", func(in *inputs) { in.quotes = append(in.quotes, "Trade grew.") },
			[]string{`quote "Trade grew." is not highlighted`}},
		{"a quote not in the article", func(in *inputs) { in.quotes = append(in.quotes, "Exports fell.") },
			[]string{`quote "Exports fell." is not in the article`}},
		{"a script", func(in *inputs) { in.dom = strings.Replace(in.dom, `</body>`, `<script>x()</script></body>`, 1) },
			[]string{"the page has a script element"}},
		{"an external image", func(in *inputs) {
			in.dom = strings.Replace(in.dom, `</body>`, `<img src="http://example.com/a.png" alt=""></body>`, 1)
		},
			[]string{`<img src="http://example.com/a.png"> loads a resource`}},
		{"an external stylesheet", func(in *inputs) { in.dom = strings.Replace(in.dom, `href="data:,"`, `href="style.css"`, 1) },
			[]string{`<link href="style.css"> loads a resource`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := goodInputs()
			c.change(&in)
			if diff := cmp.Diff(c.want, check(in)); diff != "" {
				t.Errorf("check (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseDOMText(t *testing.T) {
	d := parseDOM(`<p>a <a href="#x" data-v='q "r"'>b &amp; <b>c</b>&nbsp;d</a> e</p><h2>T&lt;1&gt;</h2>`)
	var got []string
	for _, e := range d.elements {
		if e.name == "a" || e.name == "h2" {
			got = append(got, e.name+":"+e.text)
		}
	}
	// &nbsp; is U+00A0.
	if diff := cmp.Diff([]string{"a:b & c\u00a0d", "h2:T<1>"}, got); diff != "" {
		t.Errorf("texts (-want +got):\n%s", diff)
	}
	if v := d.elements[1].attrs["data-v"]; v != `q "r"` {
		t.Errorf(`data-v = %q, want q "r"`, v)
	}
}

// TestCrop crops a 100x50 white image with a highlight from (30, 20) to
// (40, 25): the box grows by the 16-pixel margin on each side, clipped to
// the image, so it is x 14 to 56 and y 4 to 41: 42x37.
func TestCrop(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 100, 50))
	for y := range 50 {
		for x := range 100 {
			img.Set(x, y, color.White)
		}
	}
	for y := 20; y < 25; y++ {
		for x := 30; x < 40; x++ {
			img.Set(x, y, highlights[0])
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	out, w, h, err := crop(buf.Bytes(), false)
	if err != nil {
		t.Fatal(err)
	}
	if w != 42 || h != 37 {
		t.Errorf("crop is %dx%d, want 42x37", w, h)
	}
	got, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if c := color.RGBAModel.Convert(got.At(16, 16)); c != highlights[0] {
		t.Errorf("pixel (16, 16) of the crop is %v, want the highlight %v", c, highlights[0])
	}
	if c := color.RGBAModel.Convert(got.At(0, 0)); c != color.RGBAModel.Convert(color.White) {
		t.Errorf("pixel (0, 0) of the crop is %v, want white", c)
	}

	blank := image.NewRGBA(image.Rect(0, 0, 4, 4))
	buf.Reset()
	if err := png.Encode(&buf, blank); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := crop(buf.Bytes(), false); err == nil {
		t.Error("crop of an image with no highlight succeeded")
	}
	// left keeps the left columns.
	narrow, err := left(out, 10)
	if err != nil {
		t.Fatal(err)
	}
	if _, w, h, err := crop(narrow, true); err != nil || w != 10 || h != 37 {
		t.Errorf("left 10 of the 42x37 crop = %dx%d, %v; want 10x37", w, h, err)
	}
	// -whole keeps the whole image, highlight or not.
	if _, w, h, err := crop(buf.Bytes(), true); err != nil || w != 4 || h != 4 {
		t.Errorf("whole crop of a 4x4 image = %dx%d, %v; want 4x4", w, h, err)
	}
}

func TestLayout(t *testing.T) {
	probed := func(json string) string {
		return `<html><body><p>x</p><pre id="layout-probe">` + json + `</pre></body></html>`
	}
	for _, c := range []struct {
		name, dom string
		width     int
		problems  []string
		err       bool
	}{
		{"fits", probed(`{"width":390,"problems":[]}`), 390, nil, false},
		{"problems", probed(`{"width":390,"problems":["document 1484 px wide in a 390 px window"]}`), 390,
			[]string{"document 1484 px wide in a 390 px window"}, false},
		// The DOM escapes the JSON's quotes as text.
		{"escaped", probed(`{&quot;width&quot;:1280,&quot;problems&quot;:[]}`), 1280, nil, false},
		{"another width", probed(`{"width":1280,"problems":[]}`), 390, nil, true},
		{"no probe", `<html><body></body></html>`, 390, nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := layout(c.dom, c.width)
			if (err != nil) != c.err || !slices.Equal(got, c.problems) {
				t.Errorf("layout = %q, %v; want %q, error %v", got, err, c.problems, c.err)
			}
		})
	}
}

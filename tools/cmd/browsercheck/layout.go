package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
)

// probeResult is what .ci/browser's probe.js writes into the page, as
// JSON in <pre id="layout-probe">: the window's width as the page saw it
// and the problems it found.
type probeResult struct {
	Width    int      `json:"width"`
	Problems []string `json:"problems"`
}

var probeElement = regexp.MustCompile(`<pre id="layout-probe">(\{[^<]*\})</pre>`)

// layout returns the problems the probe found in dom, the DOM chromium
// dumped from the probed page laid out in a window of width CSS pixels.
// A DOM without the probe's result, or one laid out at another width, is
// an error: the check did not run as asked.
func layout(dom string, width int) ([]string, error) {
	// The last match: the probe appends its result to the body, after
	// the script, whose own text may name the element.
	all := probeElement.FindAllStringSubmatch(dom, -1)
	if all == nil {
		return nil, errors.New("the DOM holds no layout probe result: did the probe run?")
	}
	m := all[len(all)-1]
	var r probeResult
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &r); err != nil {
		return nil, fmt.Errorf("the probe's result: %w", err)
	}
	if r.Width != width {
		return nil, fmt.Errorf("the page was laid out %d px wide, not %d", r.Width, width)
	}
	return r.Problems, nil
}

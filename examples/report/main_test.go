package main

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
)

func TestWidth(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"沈阳", 4},                  // two Han characters, two columns each
		{"16.5亿美元", 4 + 3*2},       // four ASCII, three Han
		{"(沈阳市发改委).", 1 + 6*2 + 2}, // six Han between ASCII
		{"ｱ", 1},                   // halfwidth katakana stays narrow
		{"Ａ", 2},                   // fullwidth Latin A
		{"e\u0301", 1},             // e and a combining acute accent
		{"a\u200bb", 2},            // a zero-width space between
		{"한국", 4},                  // Hangul syllables
		{"é—", 2},                  // Latin-1 and an em dash, one each
	}
	for _, c := range cases {
		if got := width(c.s); got != c.want {
			t.Errorf("width(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name, text, first, rest string
		max                     int
		want                    []string
	}{
		{"fits", "one two", "", "", 10, []string{"one two"}},
		{"breaks at spaces", "one two three", "", "", 9, []string{"one two", "three"}},
		{"indents", "one two three", "> ", "  ", 9, []string{"> one two", "  three"}},
		{"cuts a long word", "abcdefghij", "", "", 4, []string{"abcd", "efgh", "ij"}},
		// Each Han character takes two columns: three of them fill 6.
		{"cuts wide characters", "沈阳市发改委", "", "", 7, []string{"沈阳市", "发改委"}},
		{"empty", "", "  ", "  ", 10, []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, wrap(c.text, c.first, c.rest, c.max)); diff != "" {
				t.Errorf("wrap mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// render runs the report as the command does and returns its lines.
func render(t *testing.T, id string, cols int) []string {
	t.Helper()
	var b bytes.Buffer
	if err := run(&b, id, cols); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

// TestReportFitsWidth is the promise: no line wider than the
// width, 100 columns by default, with Chinese characters counted as two;
// but a URL is never cut, and a line that holds one whole after its indent
// may pass the width.
func TestReportFitsWidth(t *testing.T) {
	url := shenyang.Report().URL
	if lines := render(t, "", minWidth); !slices.Contains(lines, url) {
		t.Errorf("the report's URL is not on a line of its own, whole: %q", url)
	}
	for _, cols := range []int{100, 80, 60, minWidth} {
		for _, id := range []string{"", "indicators.foreign-capital.2018", "trade.exports.growth.2019", "investors.bmw-brilliance.investment-usd"} {
			lines := render(t, id, cols)
			longest := 0
			for i, l := range lines {
				longest = max(longest, width(l))
				if f := strings.Fields(l); width(l) > cols && (len(f) != 1 || !isURL(f[0])) {
					t.Errorf("-width %d -id %q: line %d is %d columns: %q", cols, id, i+1, width(l), l)
				}
			}
			if id == "" && cols == 100 && longest < 90 {
				t.Errorf("-width 100: longest line is %d columns; the report does not use the width", longest)
			}
		}
	}
}

func TestWidthTooSmall(t *testing.T) {
	var b bytes.Buffer
	err := run(&b, "", minWidth-1)
	if err == nil || !strings.Contains(err.Error(), "width 39") {
		t.Errorf("run with width 39: error %v, want one naming the width", err)
	}
}

// TestReportReadsAsAPerson checks what the issue found wrong: values at
// the precision their ranges justify, notes instead of empty quotes,
// derived figures and inferred periods marked.
func TestReportReadsAsAPerson(t *testing.T) {
	text := strings.Join(render(t, "", 100), "\n")
	for _, want := range []string{
		// A one-sided derived range: 52 billion yuan over at most 7.2793
		// yuan per dollar is at least 7.1435 billion dollars.
		"at least $7.14 billion",
		"== indicators: derived (computed by this module from the figures they name)",
		"  indicators.foreign-capital.2018 (derived): ",
		"    = indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)",
		// The statistics bureau's citation has no quote: its note shows.
		"    National Bureau of Statistics of China, 2020-02-28:\n" +
			"      no quote: the module does not store this source's text; it gives the 2019 average exchange",
		"    period 2019, inferred: \"last year\" in a report published on 2020-04-09",
		"* marks a",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, re := range []string{
		// 1.65/1.15 in [1.645/1.155, 1.655/1.145] billion dollars.
		`(?m)^indicators\.foreign-capital\.2018 +2018 +\$1\.43 billion \(1\.42 to 1\.45\)$`,
		// Reported figures as printed, with the inferred-period mark.
		`(?m)^indicators\.trade-total\.2019 +2019\* +105\.5 billion yuan$`,
		`(?m)^investors\.fortune500\.companies +2020-04-09\* +more than 100$`,
	} {
		if !regexp.MustCompile(re).MatchString(text) {
			t.Errorf("report has no line matching %s", re)
		}
	}
	for _, bad := range []string{`""`, "1.434782608695652", "+inf", "bn USD"} {
		if strings.Contains(text, bad) {
			t.Errorf("report contains %q", bad)
		}
	}
}

func TestUnknownID(t *testing.T) {
	var b bytes.Buffer
	err := run(&b, "indicators.nothing", 100)
	if err == nil || !strings.Contains(err.Error(), `"indicators.nothing"`) {
		t.Errorf("run -id indicators.nothing: error %v, want one naming the id", err)
	}
}

// TestExplainTree checks -id: the figure at justified precision, then its
// derivation with exact digits down to the reported figures and their
// sources.
func TestExplainTree(t *testing.T) {
	text := strings.Join(render(t, "indicators.foreign-capital.2018", 100), "\n")
	for _, want := range []string{
		"indicators.foreign-capital.2018: Actual use of foreign capital in 2018",
		"  $1.43 billion (1.42 to 1.45)",
		"-- how it is computed, with exact digits",
		// 1.65e9 / 1.15 = 1434782608.695652..., to 16 digits; the range is
		// [1.645e9 / 1.155, 1.655e9 / 1.145], rounded outward.
		"  indicators.foreign-capital.2018 = 1434782608.695652 USD in [1424242424.242424, 1445414847.161573]",
		"    = indicators.foreign-capital.2019 / (1 + indicators.foreign-capital.growth.2019)",
		"    indicators.foreign-capital.2019 = 1650000000 USD in [1645000000, 1655000000]",
		"      reported: $1.65 billion",
		"    indicators.foreign-capital.growth.2019 = 0.15 ratio in [0.145, 0.155]",
		"      China Daily Global, 2020-04-09:",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("-id output lacks %q", want)
		}
	}
	reported := strings.Join(render(t, "indicators.foreign-capital.2019", 100), "\n")
	if strings.Contains(reported, "how it is computed") {
		t.Error("-id of a reported figure prints a derivation")
	}
}

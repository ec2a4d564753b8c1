package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCommittedChartIsFresh fails when docs/chart.svg differs from what
// the program draws now.
func TestCommittedChartIsFresh(t *testing.T) {
	ps, err := panels()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := draw(&b, ps); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../docs/chart.svg")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.String(), string(got)); diff != "" {
		t.Errorf("docs/chart.svg is stale; run go generate ./... (-want +got):\n%s", diff)
	}
}

func TestChartShowsEveryFigure(t *testing.T) {
	ps, err := panels()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := draw(&b, ps); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	// Four panels, two bars each, each bar titled with its id; derived
	// bars hatched: 2018 in every panel and 2019 exports, five in all.
	for _, id := range []string{
		"indicators.foreign-capital.2018", "indicators.foreign-capital.2019",
		"indicators.trade-total.2018", "indicators.trade-total.2019",
		"indicators.imports.2018", "indicators.imports.2019",
		"trade.exports.2018", "trade.exports.2019",
	} {
		if !strings.Contains(svg, "<title>"+id+" = ") {
			t.Errorf("chart lacks a bar for %s", id)
		}
	}
	if got := strings.Count(svg, `stroke-dasharray="4 2"`); got != 5 {
		t.Errorf("%d bars drawn as derived, want 5", got)
	}
	// 1.65 billion on a 0..2 scale 260 px high from row 160: 420 - 214.5.
	if !strings.Contains(svg, `y="205.5" width="56" height="214.5"`) {
		t.Error("2019 foreign capital bar is not 214.5 px high at row 205.5")
	}
}

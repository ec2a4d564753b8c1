package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseTenths(t *testing.T) {
	for in, want := range map[string]int64{"165.5": 1655, "1295": 12950, "21.35": 214, "21.34": 213, "0.5": 5, "44.80": 448} {
		got, err := parseTenths(in)
		if err != nil || got != want {
			t.Errorf("parseTenths(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := parseTenths("x.1"); err == nil {
		t.Error("parseTenths accepted x.1")
	}
}

func TestRun(t *testing.T) {
	// Two computations, two libraries; b has no Range. Medians: a Point
	// 10 ns (of 9, 10, 30), b Point (40+50)/2 = 45 ns, a Range 100 ns.
	in := `goos: linux
BenchmarkPeers/op=Point/lib=a-2   100  9.0 ns/op  8 B/op  1 allocs/op
BenchmarkPeers/op=Point/lib=b-2   100  40 ns/op  0 B/op  0 allocs/op
BenchmarkPeers/op=Point/lib=a-2   100  30 ns/op  8 B/op  1 allocs/op
BenchmarkPeers/op=Range/lib=a-2   100  100 ns/op  16 B/op  2 allocs/op
BenchmarkPeers/op=Point/lib=b-2   100  50 ns/op  0 B/op  0 allocs/op
BenchmarkPeers/op=Point/lib=a-2   100  10.04 ns/op  8 B/op  1 allocs/op
PASS
`
	// Ratios: b Point 45/10 = 4.50; a Range is alone in its row.
	want := `| ns/op (ratio to the fastest) | a | b |
| --- | ---: | ---: |
| Point | 10.0 (1.00x) | 45.0 (4.50x) |
| Range | 100 (1.00x) | |

| allocs/op, B/op | a | b |
| --- | ---: | ---: |
| Point | 1, 8 B | 0, 0 B |
| Range | 2, 16 B | |
`
	var out strings.Builder
	if err := run(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if err := run(strings.NewReader("PASS\n"), &out); err == nil {
		t.Error("run accepted input without benchmarks")
	}
}

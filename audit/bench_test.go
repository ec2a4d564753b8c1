package audit

import (
	"io"
	"testing"
)

// BenchmarkRun runs the 20 checks over the dataset, after first use. There
// is no bare-decimal floor: the checks are the module's own. Time and
// allocations are reported in BENCHMARKS.md.
func BenchmarkRun(b *testing.B) {
	if _, err := Run(); err != nil { // first use of the data packages
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteMarkdown writes the checks as the README's section.
func BenchmarkWriteMarkdown(b *testing.B) {
	checks, err := Run()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteMarkdown(io.Discard, checks); err != nil {
			b.Fatal(err)
		}
	}
}

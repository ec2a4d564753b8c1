package dataset

import (
	"io"
	"testing"
)

// BenchmarkFirstUse builds the statements and the city-wide claims from
// their literals, as the first call of Statements or Claims does.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ResetForTest()
		for range Statements() {
		}
	}
}

// BenchmarkExport writes the whole dataset, after first use, to
// io.Discard: the CSV of every figure and the JSON document of everything.
func BenchmarkExport(b *testing.B) {
	for _, c := range [...]struct {
		name  string
		write func(io.Writer) error
	}{{"CSV", WriteCSV}, {"JSON", WriteJSON}} {
		if err := c.write(io.Discard); err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCollect gathers the whole dataset into one Document, after
// first use.
func BenchmarkCollect(b *testing.B) {
	Collect()
	b.ReportAllocs()
	for b.Loop() {
		Collect()
	}
}

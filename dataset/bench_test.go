package dataset

import (
	"io"
	"testing"

	"github.com/shenyang-data/shenyang/internal/perf"
)

// perfCountFigures counts the dataset's figures with a plain range loop, as
// a caller writes it.
func perfCountFigures() int {
	n := 0
	for range Figures() {
		n++
	}
	return n
}

func perfLookups() []perf.Lookup {
	return []perf.Lookup{{Name: "Figures", Items: 40, Run: perfCountFigures}}
}

// TestLookupsDoNotAllocate checks that iterating over every figure of the
// dataset, after first use, allocates nothing.
func TestLookupsDoNotAllocate(t *testing.T) { perf.CheckLookups(t, perfLookups()) }

func BenchmarkLookups(b *testing.B) { perf.BenchLookups(b, perfLookups()) }

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

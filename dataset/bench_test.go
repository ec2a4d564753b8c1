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

// perfCountStatements counts the statements with a plain range loop in a
// top-level function, as a caller's code does, so that the iterator inlines
// into it.
func perfCountStatements() int {
	n := 0
	for range Statements() {
		n++
	}
	return n
}

// perfCountClaims counts every claim the same way.
func perfCountClaims() int {
	n := 0
	for range Claims() {
		n++
	}
	return n
}

func perfLookups() []perf.Lookup {
	return []perf.Lookup{
		{Name: "Figures", Items: 40, Run: perfCountFigures},
		{Name: "Statements", Items: 2, Run: perfCountStatements},
		{Name: "Claims", Items: 11, Run: perfCountClaims},
	}
}

// TestLookupsDoNotAllocate checks that iterating over every figure,
// statement and claim of the dataset, after first use, allocates nothing.
func TestLookupsDoNotAllocate(t *testing.T) { perf.CheckLookups(t, perfLookups()) }

func BenchmarkLookups(b *testing.B) { perf.BenchLookups(b, perfLookups()) }

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

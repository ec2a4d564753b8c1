package indicators

import (
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/tables"
)

// ResetForTest drops the tables built on first use, so that a benchmark
// can measure building them again. It is not safe for concurrent use.
func ResetForTest() { data = tables.Table[extra]{} }

// Defs returns a copy of the package's derived-figure definitions.
func Defs() []tables.Def { return append([]tables.Def(nil), defs[:]...) }

// BuildWith builds the package's figures with other definitions, as first
// use does, so that a test can break one.
func BuildWith(d []tables.Def) ([]shenyang.Figure, error) { return tables.Figures(specs[:], d, nil) }

// BuildErr returns the error of building the package's tables on first
// use: nil for the data as shipped.
func BuildErr() error { return load().Err() }

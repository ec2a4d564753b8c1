//go:build ignore

// Command gen writes the derived-figure tables of the data packages. Run it
// with `go generate ./internal/derive` from the module root.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/shenyang-data/shenyang/internal/derive"
)

func main() {
	files, err := derive.Files()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for path, b := range files {
		// go generate runs in this directory, two levels below the root.
		if err := os.WriteFile(filepath.Join("..", "..", path), b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

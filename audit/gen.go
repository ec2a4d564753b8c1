//go:build ignore

// Command gen rewrites the README's section "What the numbers imply"
// between its markers from the audit. `go generate ./internal/derive` runs
// it after refreshing the derived tables; it takes the README's path as its
// argument and defaults to ../README.md.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/readme"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	path := "../README.md"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	doc, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	checks, err := audit.Run()
	if err != nil {
		return err
	}
	var section bytes.Buffer
	if err := audit.WriteMarkdown(&section, checks); err != nil {
		return err
	}
	out, err := readme.ReplaceSection(doc, section.Bytes())
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// Command audit runs every consistency check of the Shenyang dataset and
// prints each with its verdict, inputs, rule and numbers.
//
// Usage:
//
//	go run ./examples/audit [-markdown]
//
// With -markdown it prints the README's section "What the numbers imply".
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/shenyang-data/shenyang/audit"
)

func main() {
	md := flag.Bool("markdown", false, "print the README section instead of the full listing")
	flag.Parse()
	checks, err := audit.Run()
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if *md {
		err = audit.WriteMarkdown(w, checks)
	} else {
		for _, c := range checks {
			_, err = fmt.Fprintf(w, "%-9s %s\n          %s\n          inputs: %s\n          rule: %s\n          %s\n\n",
				strings.ToUpper(c.Verdict.String()), c.ID, c.Claim, strings.Join(c.Inputs.Slice(), ", "), c.Rule, c.Finding)
			if err != nil {
				break
			}
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

package audit_test

import (
	"fmt"

	"github.com/shenyang-data/shenyang/audit"
)

// A verdict says whether a claim holds for every value the ranges allow,
// for none, or for some only.
func ExampleVerdict() {
	checks, err := audit.Run()
	if err != nil {
		fmt.Println(err)
		return
	}
	count := map[audit.Verdict]int{}
	for _, c := range checks {
		count[c.Verdict]++
	}
	for _, v := range []audit.Verdict{audit.Holds, audit.Fails, audit.Undecided} {
		fmt.Println(v, count[v])
	}
	// Output:
	// holds 20
	// fails 0
	// undecided 0
}

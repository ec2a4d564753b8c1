// Command sizebase is the baseline of the module's binary-growth budget:
// a program that imports fmt, encoding/json and shopspring/decimal and
// prints one decimal, encoded as JSON, as a program about to use the
// module may already do. .ci/perf builds it and examples/report with
// -trimpath -ldflags='-s -w' and checks the difference in size.
package main

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
)

func main() {
	b, err := json.Marshal(decimal.New(165, 7))
	fmt.Println(string(b), err)
}

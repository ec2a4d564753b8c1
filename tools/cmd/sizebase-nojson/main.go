// Command sizebase-nojson is sizebase without encoding/json: a program
// that imports fmt and shopspring/decimal and prints one decimal. The
// growth of examples/report against it includes what encoding/json costs.
package main

import (
	"fmt"

	"github.com/shopspring/decimal"
)

func main() {
	fmt.Println(decimal.New(165, 7).String())
}

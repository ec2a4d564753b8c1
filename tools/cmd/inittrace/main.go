// Command inittrace imports every package of the module and does nothing
// else, so that running it with GODEBUG=inittrace=1 shows what each package
// costs at start-up. From the tools module's directory:
//
//	go build -o /tmp/inittrace ./cmd/inittrace
//	GODEBUG=inittrace=1 /tmp/inittrace
//
// .ci/perf fails when a package of the module allocates at init, and when
// this program misses a package. It lives in the tools module, outside the
// module zip, and may import the library's internal packages because its
// import path lies under the library's.
package main

import (
	_ "github.com/shenyang-data/shenyang"
	_ "github.com/shenyang-data/shenyang/audit"
	_ "github.com/shenyang-data/shenyang/dataset"
	_ "github.com/shenyang-data/shenyang/indicators"
	_ "github.com/shenyang-data/shenyang/internal/dec"
	_ "github.com/shenyang-data/shenyang/internal/decode"
	_ "github.com/shenyang-data/shenyang/internal/exact"
	_ "github.com/shenyang-data/shenyang/internal/tables"
	_ "github.com/shenyang-data/shenyang/internal/testcheck"
	_ "github.com/shenyang-data/shenyang/investors"
	_ "github.com/shenyang-data/shenyang/parks"
	_ "github.com/shenyang-data/shenyang/trade"
)

func main() {}

package dataset

// The module's generated files are outputs only: the data files, the
// README's audit section and the chart, each checked for freshness by a
// test. `go generate ./...` refreshes them, in this order.
//
//go:generate go test -count=1 -run ^TestDataFilesAreFresh$ . -args -write-data
//go:generate go run ../audit/gen.go ../README.md
//go:generate sh -c "go run ../examples/chart > ../docs/chart.svg"

// Command export writes the whole Shenyang dataset to standard output, as
// CSV (the default) or as one JSON document.
//
// Usage:
//
//	go run ./examples/export [-format csv|json|citations]
//
// The CSV (contract version 2, dataset.CSVVersion) has one row per figure
// and the header
//
//	id,period,value,unit,low,high,qualifier,status,formula,inputs,quote,source_url,note,source
//
// with values and bounds as plain decimals in base units (1.65 billion
// dollars is 1650000000, 15 percent is 0.15). note is the figure's caveat;
// quote, source_url and source (publisher and title) are those of a
// reported figure's primary citation. A derived row leaves quote,
// source_url and source empty, since no source printed the derived
// number: its inputs column is its provenance. The JSON holds the figures
// and every fact without a number: investors, products, parks, statements
// and claims, with each source written once and cited by id, and each
// figure once, the indicators naming theirs by id. The citations format
// lists every citation of every figure under the header
// id,role,source_url,quote,note,source, role being primary or
// corroborating for a reported figure and input for a derived one, whose
// citations carry its inputs.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/shenyang-data/shenyang/dataset"
)

func main() {
	format := flag.String("format", "csv", "output format: csv, json, or citations (every citation of every figure as CSV)")
	flag.Parse()
	if err := run(*format); err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func run(format string) error {
	w := bufio.NewWriter(os.Stdout)
	var err error
	switch format {
	case "csv":
		err = dataset.WriteCSV(w)
	case "json":
		err = dataset.WriteJSON(w)
	case "citations":
		err = dataset.WriteCitationsCSV(w)
	default:
		return fmt.Errorf("unknown format %q: want csv, json or citations", format)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

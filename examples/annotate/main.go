// Command annotate writes the report as one self-contained HTML page: the
// article with every passage the dataset quotes highlighted and linked to
// the figures and facts it carries (value, range, qualifier, status,
// citations), the derived figures with the tree of figures each is
// computed from, the audit's verdicts and the chart.
//
// The module ships only the quotes, not the article, so the program reads
// a copy of the article's text that its user names:
//
//	go run ./examples/annotate -article path/to/article.txt -o annotated.html
//
// The page carries the dataset as schema.org JSON-LD (a Dataset and one
// Observation per figure) in a data block, which no browser runs. It needs
// no network, no framework and no JavaScript: links and the CSS :target
// selector do the work, so it reads the same with
// scripts off, from the keyboard (Tab moves from highlight to highlight)
// and in a screen reader (each highlight is a link named by its text).
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	article := flag.String("article", "", "the article's text, a copy of the page as the dataset was built from (required)")
	out := flag.String("o", "-", "the HTML file to write; - for standard output")
	chart := flag.String("chart", "docs/chart.svg", "the chart to embed, as drawn by examples/chart; empty for none")
	flag.Parse()
	if err := run(*article, *out, *chart); err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

// run reads the article and the chart, builds the page and writes it.
func run(articlePath, outPath, chartPath string) error {
	if articlePath == "" {
		return errors.New("-article is required: the path of a copy of the article's text")
	}
	text, err := os.ReadFile(articlePath) //nolint:gosec // the user names the file to read
	if err != nil {
		return err
	}
	var chart []byte
	if chartPath != "" {
		if chart, err = os.ReadFile(chartPath); err != nil { //nolint:gosec // the user names the file to read
			return err
		}
	}
	pg, err := build(string(text), string(chart))
	if err != nil {
		return err
	}
	if pg.shaMismatch {
		sum := sha256.Sum256(text)
		fmt.Fprintf(os.Stderr, "annotate: warning: %s has SHA-256 %s, not the text the dataset was built from\n",
			articlePath, hex.EncodeToString(sum[:]))
	}
	if outPath == "-" {
		return write(os.Stdout, pg)
	}
	f, err := os.Create(outPath) //nolint:gosec // the user names the file to write
	if err != nil {
		return err
	}
	if err := write(f, pg); err != nil {
		return errors.Join(err, f.Close())
	}
	return f.Close()
}

// write renders the page to w through a buffer.
func write(w io.Writer, pg *page) error {
	bw := bufio.NewWriter(w)
	if err := render(bw, pg); err != nil {
		return err
	}
	return bw.Flush()
}

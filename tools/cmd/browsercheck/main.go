// Command browsercheck checks the annotated page (examples/annotate) as a
// browser built it, and crops its screenshot. .ci/browser runs it.
//
//	browsercheck check -dom dom.html -article article.txt -csv data/shenyang-2019.csv -log chromium.log
//
// reads the DOM chromium dumped (--dump-dom) and its log
// (--enable-logging=stderr), and fails unless every figure id of the CSV
// is on the page, the log holds no console message, the text of every
// highlight is the span of the article its offsets name and every quote
// of the CSV is highlighted, and the page is semantic: a lang attribute,
// headings in order, highlights that are links with a name, no script and
// nothing loaded from elsewhere.
//
//	browsercheck crop -in shot.png -out docs/annotated.png -max 102400
//
// crops a screenshot to the quoted spans (the pixels of the highlight
// colours, with a margin; with -whole, not at all), reduces it to 256
// colours and fails when the PNG is larger than -max bytes.
//
//	browsercheck layout -dom probed.html -width 390
//
// reads the DOM chromium dumped from a copy of the page with the layout
// probe (.ci/browser's probe.js) added, laid out in a window of -width CSS
// pixels, and fails on each problem the probe found: a document wider
// than the window, a table cell whose content overflows it, a figure's
// value or range off the window's right edge, an id broken inside a part
// or a number broken inside its digits.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "browsercheck:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: browsercheck check|crop [flags]")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	switch args[0] {
	case "check":
		domPath := fs.String("dom", "", "the DOM chromium dumped")
		articlePath := fs.String("article", "", "the article's text")
		csvPath := fs.String("csv", "", "the dataset's CSV")
		logPath := fs.String("log", "", "chromium's log")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		in, err := load(*domPath, *articlePath, *csvPath, *logPath)
		if err != nil {
			return err
		}
		fails := check(in)
		for _, f := range fails {
			if _, err := fmt.Fprintln(out, "FAIL", f); err != nil {
				return err
			}
		}
		if len(fails) > 0 {
			return fmt.Errorf("%d checks failed", len(fails))
		}
		_, err = fmt.Fprintf(out, "ok: %d figure ids, %d quotes, no console message, semantic checks passed\n", len(in.ids), len(in.quotes))
		return err
	case "crop":
		inPath := fs.String("in", "", "the screenshot")
		outPath := fs.String("out", "", "the cropped PNG to write")
		maxBytes := fs.Int("max", 100*1024, "the largest PNG allowed, in bytes")
		whole := fs.Bool("whole", false, "keep the whole screenshot, not only the highlighted part")
		width := fs.Int("width", 0, "with -whole, keep only this many columns of pixels from the left; 0 for all")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		src, err := os.ReadFile(*inPath)
		if err != nil {
			return err
		}
		if *whole && *width > 0 {
			if src, err = left(src, *width); err != nil {
				return err
			}
		}
		png, w, h, err := crop(src, *whole)
		if err != nil {
			return err
		}
		if len(png) > *maxBytes {
			return fmt.Errorf("the cropped PNG is %d bytes, over %d", len(png), *maxBytes)
		}
		if _, err := fmt.Fprintf(out, "%s: %dx%d, %d bytes\n", *outPath, w, h, len(png)); err != nil {
			return err
		}
		return os.WriteFile(*outPath, png, 0o644)
	case "layout":
		domPath := fs.String("dom", "", "the DOM chromium dumped from the page with the layout probe")
		width := fs.Int("width", 0, "the window width the page was laid out in, in CSS pixels")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		dom, err := os.ReadFile(*domPath)
		if err != nil {
			return err
		}
		problems, err := layout(string(dom), *width)
		if err != nil {
			return err
		}
		for _, p := range problems {
			if _, err := fmt.Fprintln(out, "FAIL", p); err != nil {
				return err
			}
		}
		if len(problems) > 0 {
			return fmt.Errorf("%d layout problems at %d px", len(problems), *width)
		}
		_, err = fmt.Fprintf(out, "ok: the page fits %d px\n", *width)
		return err
	}
	return fmt.Errorf("unknown command %q: want check, crop or layout", args[0])
}

// load reads the files the checks need.
func load(domPath, articlePath, csvPath, logPath string) (inputs, error) {
	var in inputs
	for _, f := range []struct {
		path, flag string
		into       *string
	}{{domPath, "-dom", &in.dom}, {articlePath, "-article", &in.article}, {logPath, "-log", &in.log}} {
		if f.path == "" {
			return in, fmt.Errorf("%s is required", f.flag)
		}
		b, err := os.ReadFile(f.path)
		if err != nil {
			return in, err
		}
		*f.into = string(b)
	}
	// The page reads a CRLF copy of the article as LF; so do the checks.
	in.article = strings.ReplaceAll(in.article, "\r\n", "\n")
	if csvPath == "" {
		return in, errors.New("-csv is required")
	}
	b, err := os.ReadFile(csvPath)
	if err != nil {
		return in, err
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return in, fmt.Errorf("%s: %w", csvPath, err)
	}
	if len(rows) < 2 {
		return in, fmt.Errorf("%s has no figures", csvPath)
	}
	quote := -1
	for i, name := range rows[0] {
		if name == "quote" {
			quote = i
		}
	}
	if rows[0][0] != "id" || quote < 0 {
		return in, fmt.Errorf("%s: header %v has no id and quote columns", csvPath, rows[0])
	}
	for _, r := range rows[1:] {
		in.ids = append(in.ids, r[0])
		if r[quote] != "" {
			in.quotes = append(in.quotes, r[quote])
		}
	}
	return in, nil
}

// Command modproxy serves the shenyang module the way the Go module proxy
// would, from a directory, so that CI can `go get` it into a fresh
// consumer module through a file:// GOPROXY; and checks that the LICENSE
// file is detected as MIT by the licence checker pkg.go.dev uses.
//
// Usage:
//
//	modproxy zip -dir MODULE_ROOT -version VERSION -out PROXY_DIR
//	modproxy license FILE
//
// It is its own module, apart from the library, because it needs
// golang.org/x/mod and a newer Go than the library's minimum.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "modproxy:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: modproxy zip|license [arguments]")
	}
	switch args[0] {
	case "zip":
		fs := flag.NewFlagSet("zip", flag.ContinueOnError)
		dir := fs.String("dir", ".", "module root")
		version := fs.String("version", "", "version to serve, such as v0.0.0-20260101000000-000000000000")
		outDir := fs.String("out", "", "proxy directory to write")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if *version == "" || *outDir == "" {
			return errors.New("zip: -version and -out are required")
		}
		path, err := Serve(*dir, *version, *outDir)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "served %s@%s in %s\n", path, *version, *outDir)
		return err
	case "license":
		if len(args) != 2 {
			return errors.New("usage: modproxy license FILE")
		}
		text, err := os.ReadFile(args[1])
		if err != nil {
			return err
		}
		id, coverage, err := License(text)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "%s: %s (%d%% of the text)\n", args[1], id, coverage)
		return err
	}
	return fmt.Errorf("unknown command %q", args[0])
}

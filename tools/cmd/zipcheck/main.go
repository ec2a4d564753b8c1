// Command zipcheck builds the module zip of the library from a commit of
// its Git repository, as `go get` receives it from the module proxy, and
// checks what it holds: no executable or object file (ELF, Mach-O, PE, ar
// archive), no file over 200 KiB, and at most 1,500,000 bytes in all,
// uncompressed. It prints the zip's uncompressed and compressed sizes and
// its largest files.
//
// Usage, from the tools module's directory:
//
//	zipcheck [-dir REPO_ROOT] [-rev REVISION]
//
// The zip is made with golang.org/x/mod/zip's CreateFromVCS, from the
// committed tree at -rev (default HEAD), never from the working directory:
// a file that is on disk but not committed is not in it, and a committed
// binary is, whatever .gitignore says now. .ci/zipcheck runs it.
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
		fmt.Fprintln(os.Stderr, "zipcheck:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("zipcheck", flag.ContinueOnError)
	dir := fs.String("dir", "..", "root of the library's Git repository")
	rev := fs.String("rev", "HEAD", "revision whose committed tree the zip is built from")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return errors.New("usage: zipcheck [-dir REPO_ROOT] [-rev REVISION]")
	}
	z, err := Build(*dir, *rev)
	if err != nil {
		return err
	}
	limits := Limits{MaxFile: MaxFile, MaxTotal: MaxTotal}
	report, err := Inspect(z.Data, limits)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(out, "module zip of %s at %s (commit %.12s)\n", z.Module, *rev, z.Commit); err != nil {
		return err
	}
	if err := report.Write(out, limits); err != nil {
		return err
	}
	return report.Err(limits)
}

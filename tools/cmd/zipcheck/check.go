package main

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The budgets of the module zip.
const (
	// MaxFile is the most bytes one file of the zip may hold, 200 KiB.
	MaxFile = 200 << 10
	// MaxTotal is the most bytes the zip's files may hold together,
	// uncompressed: 1.5 MB.
	MaxTotal = 1_500_000
)

// Limits are the budgets a zip is checked against.
type Limits struct {
	MaxFile  int64 // the most bytes of one file
	MaxTotal int64 // the most bytes of all files together, uncompressed
}

// File is one file of a module zip.
type File struct {
	Name string // the path inside the module, such as "audit/audit.go"
	Size int64  // uncompressed
	Kind string // what its first bytes say it is, or "" for none of the kinds refused
}

// Report is what a module zip holds.
type Report struct {
	Files        []File // largest first, then by name
	Uncompressed int64  // the files' sizes added up
	Compressed   int64  // the size of the zip file
}

// Inspect reads a module zip and reports its files, their sizes and kinds.
// Each file is read whole, to look for an executable's or object's header.
func Inspect(data []byte, l Limits) (Report, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Report{}, err
	}
	r := Report{Compressed: int64(len(data))}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		// Names are module@version/path: the path is after the first
		// slash that follows the @.
		_, afterAt, _ := strings.Cut(f.Name, "@")
		_, name, ok := strings.Cut(afterAt, "/")
		if !ok {
			return Report{}, fmt.Errorf("zip entry %q is not under module@version/", f.Name)
		}
		size, kind, err := read(f, l)
		if err != nil {
			return Report{}, fmt.Errorf("%s: %w", name, err)
		}
		r.Files = append(r.Files, File{Name: name, Size: size, Kind: kind})
		r.Uncompressed += size
	}
	slices.SortFunc(r.Files, func(a, b File) int {
		if c := cmp.Compare(b.Size, a.Size); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return r, nil
}

// read returns the size and kind of a zip entry. It reads at most
// l.MaxFile+1 bytes plus the header: a larger file fails the budget
// anyway, and its size is the zip's record of it.
func read(f *zip.File, l Limits) (int64, string, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, "", err
	}
	b, err := io.ReadAll(io.LimitReader(rc, l.MaxFile+1))
	err = errors.Join(err, rc.Close())
	if err != nil {
		return 0, "", err
	}
	size := int64(len(b))
	if size > l.MaxFile {
		size = int64(f.UncompressedSize64) //nolint:gosec // a module zip is at most 500 MiB, far below 2^63
	}
	return size, Kind(b), nil
}

// Kind says what kind of executable, object or archive b starts as: "ELF",
// "Mach-O", "PE" or "ar archive", and "" for anything else.
func Kind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x7fELF")):
		return "ELF"
	case bytes.HasPrefix(b, []byte("!<arch>\n")):
		return "ar archive"
	case machO(b):
		return "Mach-O"
	case pe(b):
		return "PE"
	}
	return ""
}

// machO reports whether b starts with a Mach-O magic number: 32- or 64-bit
// in either byte order, or a universal ("fat") binary, whose magic Java
// class files share (also compiled code, refused alike).
func machO(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	switch binary.BigEndian.Uint32(b) {
	case 0xfeedface, 0xcefaedfe, 0xfeedfacf, 0xcffaedfe, 0xcafebabe, 0xbebafeca:
		return true
	}
	return false
}

// pe reports whether b is a PE image: an MZ header whose offset at 0x3c
// points at the signature "PE\0\0".
func pe(b []byte) bool {
	if len(b) < 0x40 || !bytes.HasPrefix(b, []byte("MZ")) {
		return false
	}
	off := int64(binary.LittleEndian.Uint32(b[0x3c:]))
	return off+4 <= int64(len(b)) && bytes.Equal(b[off:off+4], []byte("PE\x00\x00"))
}

// Problems lists what breaks the limits: each executable or object file,
// each file over l.MaxFile, and a total over l.MaxTotal.
func (r Report) Problems(l Limits) []string {
	var p []string
	for _, f := range r.Files {
		if f.Kind != "" {
			p = append(p, fmt.Sprintf("%s is an executable or object file (%s)", f.Name, f.Kind))
		}
		if f.Size > l.MaxFile {
			p = append(p, fmt.Sprintf("%s has %s bytes, over the %s a file may have", f.Name, group(f.Size), group(l.MaxFile)))
		}
	}
	if r.Uncompressed > l.MaxTotal {
		p = append(p, fmt.Sprintf("the zip holds %s bytes uncompressed, over its budget of %s", group(r.Uncompressed), group(l.MaxTotal)))
	}
	return p
}

// Err returns an error listing the problems, or nil when there is none.
func (r Report) Err(l Limits) error {
	p := r.Problems(l)
	if len(p) == 0 {
		return nil
	}
	return errors.New("the module zip breaks its budgets:\n\t" + strings.Join(p, "\n\t"))
}

// Write prints the sizes and the five largest files.
func (r Report) Write(w io.Writer, l Limits) error {
	if _, err := fmt.Fprintf(w, "%d files, %s bytes uncompressed (budget %s), %s bytes compressed\n",
		len(r.Files), group(r.Uncompressed), group(l.MaxTotal), group(r.Compressed)); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "largest files (a file may have %s bytes):\n", group(l.MaxFile)); err != nil {
		return err
	}
	for _, f := range r.Files[:min(5, len(r.Files))] {
		if _, err := fmt.Fprintf(w, "%12s  %s\n", group(f.Size), f.Name); err != nil {
			return err
		}
	}
	return nil
}

// group writes n with commas between groups of three digits: 1,500,000.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

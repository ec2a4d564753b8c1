package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// makeZip writes a zip with the given files under example.com/m@v1.0.0/.
func makeZip(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create("example.com/m@v1.0.0/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// peImage is a minimal PE header: MZ, the offset 0x40 at 0x3c, and the
// signature there.
func peImage() []byte {
	b := make([]byte, 0x48)
	copy(b, "MZ")
	binary.LittleEndian.PutUint32(b[0x3c:], 0x40)
	copy(b[0x40:], "PE\x00\x00")
	return b
}

func TestKind(t *testing.T) {
	noSignature := peImage()
	copy(noSignature[0x40:], "NE\x00\x00")
	pastEnd := peImage()
	binary.LittleEndian.PutUint32(pastEnd[0x3c:], 0x46) // 0x46+4 > 0x48
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"ELF", []byte("\x7fELF\x02\x01\x01"), "ELF"},
		{"ar archive (a Go .a or .o)", []byte("!<arch>\n__.PKGDEF"), "ar archive"},
		{"Mach-O 64-bit little-endian", []byte{0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1}, "Mach-O"},
		{"Mach-O 32-bit big-endian", []byte{0xfe, 0xed, 0xfa, 0xce}, "Mach-O"},
		{"Mach-O universal", []byte{0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2}, "Mach-O"},
		{"PE", peImage(), "PE"},
		{"MZ without a PE signature", noSignature, ""},
		{"MZ whose PE offset runs past the end", pastEnd, ""},
		{"text starting MZ", []byte("MZ is a text file's start"), ""},
		{"Go source", []byte("package main\n"), ""},
		{"ELF magic cut short", []byte("\x7fEL"), ""},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Kind(tt.b); got != tt.want {
				t.Errorf("Kind = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInspectAndProblems(t *testing.T) {
	l := Limits{MaxFile: 100, MaxTotal: 300}
	tests := []struct {
		name     string
		files    map[string][]byte
		want     []File
		total    int64
		problems []string
	}{
		{
			name:  "within the limits",
			files: map[string][]byte{"go.mod": []byte("module example.com/m\n"), "a/a.go": bytes.Repeat([]byte("x"), 100)},
			// 21 + 100 = 121 bytes; a file of exactly MaxFile passes.
			want:  []File{{Name: "a/a.go", Size: 100}, {Name: "go.mod", Size: 21}},
			total: 121,
		},
		{
			name: "an executable, a file over the limit, a total over the budget",
			files: map[string][]byte{
				"go.mod":  []byte("module example.com/m\n"),
				"bin/run": append([]byte("\x7fELF"), make([]byte, 46)...),
				"big.txt": bytes.Repeat([]byte("y"), 101),
				"c.txt":   bytes.Repeat([]byte("z"), 99),
				"d.exe":   peImage(),
			},
			// 21 + 50 + 101 + 99 + 72 = 343 bytes, over 300.
			want: []File{
				{Name: "big.txt", Size: 101},
				{Name: "c.txt", Size: 99},
				{Name: "d.exe", Size: 72, Kind: "PE"},
				{Name: "bin/run", Size: 50, Kind: "ELF"},
				{Name: "go.mod", Size: 21},
			},
			total: 343,
			problems: []string{
				"big.txt has 101 bytes, over the 100 a file may have",
				"d.exe is an executable or object file (PE)",
				"bin/run is an executable or object file (ELF)",
				"the zip holds 343 bytes uncompressed, over its budget of 300",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := makeZip(t, tt.files)
			r, err := Inspect(data, l)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, r.Files); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if r.Uncompressed != tt.total || r.Compressed != int64(len(data)) {
				t.Errorf("sizes %d uncompressed, %d compressed; want %d and %d", r.Uncompressed, r.Compressed, tt.total, len(data))
			}
			if diff := cmp.Diff(tt.problems, r.Problems(l)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if err := r.Err(l); (err != nil) != (len(tt.problems) != 0) {
				t.Errorf("Err = %v with %d problems", err, len(tt.problems))
			}
		})
	}
}

func TestInspectRejectsEntriesOutsideTheModule(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if _, err := zw.Create("stray.txt"); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := Inspect(buf.Bytes(), Limits{MaxFile: 1, MaxTotal: 1})
	if err == nil || !strings.Contains(err.Error(), `"stray.txt"`) {
		t.Errorf("Inspect = %v, want an error naming stray.txt", err)
	}
}

func TestGroup(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 204800: "204,800", 1500000: "1,500,000", 4153353: "4,153,353", -1234: "-1,234"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q, want %q", n, got, want)
		}
	}
}

// gitRun runs git in dir with a fixed identity.
func gitRun(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"}, args...)...) //nolint:gosec // G204: git with the test's own arguments
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBuildTakesTheCommittedTree builds the zip of a repository whose
// working directory differs from its commit: an edited file, an untracked
// binary. The zip holds the commit's files as committed, less the nested
// module, in the repository and in a linked worktree of it.
func TestBuildTakesTheCommittedTree(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git on PATH")
	}
	repo := t.TempDir()
	gitRun(t, repo, "init", "--quiet")
	writeTree(t, repo, map[string]string{
		"go.mod":        "module example.com/lib\n\ngo 1.24\n",
		"LICENSE":       "MIT\n",
		"lib.go":        "package lib\n",
		"tools/go.mod":  "module example.com/lib/tools\n",
		"tools/tool.go": "package tools\n",
	})
	gitRun(t, repo, "add", ".")
	gitRun(t, repo, "commit", "--quiet", "-m", "first")
	// After the commit: an edit and an untracked ELF file.
	writeTree(t, repo, map[string]string{
		"lib.go":    "package lib\n\n// An edit that is not committed.\n",
		"inittrace": "\x7fELF, untracked",
	})
	worktree := filepath.Join(t.TempDir(), "wt")
	gitRun(t, repo, "worktree", "add", "--quiet", "--detach", worktree, "HEAD")
	// LICENSE "MIT\n" 4 + go.mod 23+1+8 = 32 + lib.go "package lib\n" 12 = 48 bytes.
	want := []File{{Name: "go.mod", Size: 32}, {Name: "lib.go", Size: 12}, {Name: "LICENSE", Size: 4}}
	for _, dir := range []string{repo, worktree} {
		z, err := Build(dir, "HEAD")
		if err != nil {
			t.Fatalf("Build(%s): %v", dir, err)
		}
		if z.Module != "example.com/lib" || len(z.Commit) != 40 {
			t.Errorf("Build(%s) = module %q, commit %q", dir, z.Module, z.Commit)
		}
		r, err := Inspect(z.Data, Limits{MaxFile: MaxFile, MaxTotal: MaxTotal})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, r.Files); diff != "" {
			t.Errorf("Build(%s) files (-want +got):\n%s", dir, diff)
		}
		if r.Uncompressed != 48 {
			t.Errorf("Build(%s): %d bytes uncompressed, want 48", dir, r.Uncompressed)
		}
	}
	if _, err := Build(repo, "no-such-revision"); err == nil {
		t.Error("Build accepted a revision that does not exist")
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// Zip is a module zip built from a commit.
type Zip struct {
	Module string // the module path, from go.mod at the commit
	Commit string // the full commit hash
	Data   []byte // the zip file
}

// Build resolves rev in the Git repository at dir and builds the module zip
// of the module at the repository's root from that commit's tree, with
// [zip.CreateFromVCS], the code behind the Go command's own module zips:
// the zip holds the committed files, less what a module zip never holds
// (nested modules, vendor directories), whatever the working directory
// holds.
func Build(dir, rev string) (Zip, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return Zip{}, err
	}
	commit, err := git(root, "rev-parse", "--verify", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return Zip{}, err
	}
	commit = strings.TrimSpace(commit)
	gomod, err := git(root, "cat-file", "blob", commit+":go.mod")
	if err != nil {
		return Zip{}, err
	}
	path := modfile.ModulePath([]byte(gomod))
	if path == "" {
		return Zip{}, fmt.Errorf("go.mod at %.12s has no module line", commit)
	}
	// The version only names the zip's top directory; a pseudo-version of
	// the commit says which tree it is.
	mv := module.Version{Path: path, Version: "v0.0.0-00010101000000-" + commit[:12]}
	if err := module.Check(mv.Path, mv.Version); err != nil {
		return Zip{}, err
	}
	var buf bytes.Buffer
	err = zip.CreateFromVCS(&buf, mv, root, commit, "")
	var unrecognized *zip.UnrecognizedVCSError
	if errors.As(err, &unrecognized) {
		// CreateFromVCS wants the repository's own .git directory at dir,
		// and a linked worktree (git worktree add) has a .git file
		// instead: build from a clone that shares its objects, which holds
		// the same commit.
		buf.Reset()
		err = fromClone(&buf, mv, root, commit)
	}
	if err != nil {
		return Zip{}, err
	}
	return Zip{Module: path, Commit: commit, Data: buf.Bytes()}, nil
}

// fromClone is CreateFromVCS on a temporary clone of the repository at
// root, with no working tree, that borrows root's objects.
func fromClone(buf *bytes.Buffer, mv module.Version, root, commit string) (err error) {
	tmp, err := os.MkdirTemp("", "zipcheck-")
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, os.RemoveAll(tmp)) }()
	clone := filepath.Join(tmp, "repo")
	if _, err := git(root, "clone", "--quiet", "--shared", "--no-checkout", "--", root, clone); err != nil {
		return err
	}
	return zip.CreateFromVCS(buf, mv, clone, commit, "")
}

// git runs git in dir and returns what it printed.
func git(dir string, args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("git", args...) //nolint:gosec // G204: git with arguments this program builds, a revision among them
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

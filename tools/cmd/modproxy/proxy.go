package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/google/licensecheck"
	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// Serve writes the module rooted at dir, at the given version, into the
// GOPROXY directory layout under out: $module/@v/list, .info, .mod and
// .zip. The zip is built with golang.org/x/mod/zip, the code the Go command
// and the module proxy use, so it holds exactly the files a real proxy
// would serve. It returns the module path.
func Serve(dir, version, out string) (string, error) {
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	path := modfile.ModulePath(gomod)
	if path == "" {
		return "", errors.New("go.mod has no module line")
	}
	mv := module.Version{Path: path, Version: version}
	if err := module.Check(path, version); err != nil {
		return "", err
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return "", err
	}
	vdir := filepath.Join(out, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(vdir, 0o755); err != nil {
		return "", err
	}
	f, err := os.Create(filepath.Join(vdir, version+".zip"))
	if err != nil {
		return "", err
	}
	if err := zip.CreateFromDir(f, mv, dir); err != nil {
		return "", errors.Join(fmt.Errorf("zip: %w", err), f.Close())
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(vdir, version+".mod"), gomod, 0o644); err != nil {
		return "", err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Unix(0, 0).UTC()})
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(vdir, version+".info"), info, 0o644); err != nil {
		return "", err
	}
	return path, os.WriteFile(filepath.Join(vdir, "list"), []byte(version+"\n"), 0o644)
}

// License returns the licence licensecheck finds in text and the whole
// percentage of the text it covers, and an error unless that is MIT over
// at least 90 percent of the text (pkg.go.dev needs a clear match to show
// a licence).
func License(text []byte) (string, int, error) {
	cov := licensecheck.Scan(text)
	percent := int(cov.Percent)
	if len(cov.Match) != 1 || cov.Match[0].ID != "MIT" || percent < 90 {
		var ids []string
		for _, m := range cov.Match {
			ids = append(ids, m.ID)
		}
		return "", percent, fmt.Errorf("license: want MIT over at least 90%% of the text, found %q over %d%%", ids, percent)
	}
	return "MIT", percent, nil
}

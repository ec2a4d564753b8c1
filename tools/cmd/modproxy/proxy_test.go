package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestServeWritesProxyLayout(t *testing.T) {
	mod := t.TempDir()
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/Demo\n\ngo 1.24\n")
	writeFile(t, filepath.Join(mod, "demo.go"), "package demo\n")
	// A nested module is not part of the zip, as with a real proxy.
	writeFile(t, filepath.Join(mod, "tools", "go.mod"), "module example.com/Demo/tools\n")
	writeFile(t, filepath.Join(mod, "tools", "tool.go"), "package tools\n")
	out := t.TempDir()
	const v = "v0.0.0-20260101000000-abcdefabcdef"
	path, err := Serve(mod, v, out)
	if err != nil {
		t.Fatal(err)
	}
	if path != "example.com/Demo" {
		t.Errorf("path = %q", path)
	}
	// Upper case in a module path is escaped as !lower on disk.
	vdir := filepath.Join(out, "example.com", "!demo", "@v")
	list, err := os.ReadFile(filepath.Join(vdir, "list"))
	if err != nil || string(list) != v+"\n" {
		t.Fatalf("list = %q, %v", list, err)
	}
	b, err := os.ReadFile(filepath.Join(vdir, v+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	// Inside the zip, paths are not escaped.
	want := "example.com/Demo@" + v + "/demo.go example.com/Demo@" + v + "/go.mod"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("zip holds %q, want %q", got, want)
	}
	for _, ext := range []string{".mod", ".info"} {
		if _, err := os.Stat(filepath.Join(vdir, v+ext)); err != nil {
			t.Error(err)
		}
	}
}

func TestServeRejectsBadVersion(t *testing.T) {
	mod := t.TempDir()
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/demo\n")
	if _, err := Serve(mod, "1.0", t.TempDir()); err == nil {
		t.Error("Serve accepted version 1.0")
	}
}

func TestRepositoryLicenseIsMIT(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "..", "..", "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	id, cov, err := License(text)
	if err != nil {
		t.Fatal(err)
	}
	if id != "MIT" || cov < 90 {
		t.Errorf("License = %s over %d%%", id, cov)
	}
}

func TestLicenseRejectsOtherText(t *testing.T) {
	if _, _, err := License([]byte("All rights reserved. Do not copy.")); err == nil {
		t.Error("License accepted a non-licence")
	}
}

package shenyang_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
)

func TestListOf(t *testing.T) {
	src := []string{"automobile", "high-end equipment", "intelligent manufacturing"}
	l := shenyang.ListOf(src...)
	src[0] = "changed" // ListOf copied its argument
	want := []string{"automobile", "high-end equipment", "intelligent manufacturing"}
	if diff := cmp.Diff(want, l.Slice()); diff != "" {
		t.Errorf("Slice() mismatch (-want +got):\n%s", diff)
	}
	s := l.Slice()
	s[1] = "changed" // Slice returned a copy
	if diff := cmp.Diff(want, slices.Collect(l.All())); diff != "" {
		t.Errorf("All() after changing Slice() mismatch (-want +got):\n%s", diff)
	}
	if got := l.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}
	type at struct {
		V  string
		OK bool
	}
	for _, tt := range []struct {
		i    int
		want at
	}{{-1, at{"", false}}, {0, at{"automobile", true}}, {2, at{"intelligent manufacturing", true}}, {3, at{"", false}}} {
		v, ok := l.At(tt.i)
		if diff := cmp.Diff(tt.want, at{v, ok}); diff != "" {
			t.Errorf("At(%d) mismatch (-want +got):\n%s", tt.i, diff)
		}
	}
	// Stopping early stops the iterator.
	var first []string
	for v := range l.All() {
		first = append(first, v)
		break
	}
	if diff := cmp.Diff([]string{"automobile"}, first); diff != "" {
		t.Errorf("All() with break mismatch (-want +got):\n%s", diff)
	}
}

func TestListEmpty(t *testing.T) {
	for name, l := range map[string]shenyang.List[int]{"zero": {}, "ListOf()": shenyang.ListOf[int](), "ListOf(empty...)": shenyang.ListOf([]int{}...)} {
		t.Run(name, func(t *testing.T) {
			if l.Len() != 0 {
				t.Errorf("Len() = %d, want 0", l.Len())
			}
			if _, ok := l.At(0); ok {
				t.Error("At(0) ok = true, want false")
			}
			for range l.All() {
				t.Error("All() yielded an item")
			}
			if s := l.Slice(); len(s) != 0 {
				t.Errorf("Slice() = %v, want empty", s)
			}
			b, err := json.Marshal(l)
			if err != nil || string(b) != "[]" {
				t.Errorf("json.Marshal = %s, %v; want [], nil", b, err)
			}
		})
	}
}

func TestListJSON(t *testing.T) {
	b, err := json.Marshal(shenyang.ListOf("a", "b"))
	if err != nil || string(b) != `["a","b"]` {
		t.Errorf("json.Marshal(ListOf(a, b)) = %s, %v; want [\"a\",\"b\"], nil", b, err)
	}
	tests := []struct {
		in   string
		want []string
	}{
		{`["x","y","z"]`, []string{"x", "y", "z"}},
		{`[]`, []string{}},
		{`null`, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l := shenyang.ListOf("old")
			if err := json.Unmarshal([]byte(tt.in), &l); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if diff := cmp.Diff(tt.want, l.Slice(), cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })); diff != "" {
				t.Errorf("Unmarshal(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, in := range []string{`{"a":1}`, `[1,2]`, `"x"`} {
		t.Run("error "+in, func(t *testing.T) {
			l := shenyang.ListOf("old")
			if err := json.Unmarshal([]byte(in), &l); err == nil {
				t.Errorf("Unmarshal(%s) error = nil, want an error", in)
			}
			if diff := cmp.Diff([]string{"old"}, l.Slice()); diff != "" {
				t.Errorf("list after failed Unmarshal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

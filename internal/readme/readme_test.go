package readme_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/readme"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestReplaceSection(t *testing.T) {
	begin, end := readme.BeginMarker, readme.EndMarker
	tests := []struct {
		name, doc, section, want string
	}{
		{"old text replaced", "intro\n" + begin + "\nold\n" + end + "\nafter\n", "new\n", "intro\n" + begin + "\nnew\n" + end + "\nafter\n"},
		{"empty section", begin + "\nold\nolder\n" + end, "", begin + "\n" + end},
		{"nothing between the markers yet", begin + end + "\n", "s\n", begin + "\ns\n" + end + "\n"},
		// The first end marker after the begin marker closes the section.
		{"a second end marker stays", begin + "\nx\n" + end + "\ny\n" + end + "\n", "z\n", begin + "\nz\n" + end + "\ny\n" + end + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readme.ReplaceSection([]byte(tt.doc), []byte(tt.section))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("ReplaceSection (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReplaceSectionBadInput(t *testing.T) {
	VE := testcheck.VE
	const rs = "readme.ReplaceSection"
	begin, end := readme.BeginMarker, readme.EndMarker
	noBegin := "without " + strconv.Quote(begin)
	noEnd := "without " + strconv.Quote(end) + " after the begin marker"
	cases := []struct {
		name    string
		doc     string
		section string
		want    testcheck.Failure
	}{
		{"empty doc", "", "x", VE(rs, "doc", noBegin, shenyang.ErrSyntax)},
		{"end only", "a\n" + end, "", VE(rs, "doc", noBegin, shenyang.ErrSyntax)},
		{"begin only", begin + "\nold\n", "", VE(rs, "doc", noEnd, shenyang.ErrSyntax)},
		{"end before begin", end + "\n" + begin + "\n", "", VE(rs, "doc", noEnd, shenyang.ErrSyntax)},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readme.ReplaceSection([]byte(tt.doc), []byte(tt.section))
			testcheck.Err(t, err, tt.want)
			if len(got) != 0 {
				t.Errorf("returned %q with the error, want nothing", got)
			}
		})
	}
}

// TestReadmeSectionIsFresh fails when the README's generated section
// differs from what the audit renders now.
func TestReadmeSectionIsFresh(t *testing.T) {
	doc, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	checks, err := audit.Run()
	if err != nil {
		t.Fatal(err)
	}
	var section bytes.Buffer
	if err := audit.WriteMarkdown(&section, checks); err != nil {
		t.Fatal(err)
	}
	want, err := readme.ReplaceSection(doc, section.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(doc)); diff != "" {
		t.Errorf("README section is stale; run go generate ./... (-want +got):\n%s", diff)
	}
	if heading := readme.BeginMarker + "\n## What the numbers imply\n"; !strings.Contains(string(doc), heading) {
		t.Errorf("README lacks %q", heading)
	}
}

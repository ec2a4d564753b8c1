package audit_test

import (
	"bytes"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

// TestBadInputAudit lists the package's functions that take caller input,
// with their error cases.
func TestBadInputAudit(t *testing.T) {
	VE := testcheck.VE
	const wm = "audit.WriteMarkdown"
	ok := audit.Check{ID: "c", Claim: "claim", Verdict: audit.Holds, Finding: "f"}
	cases := []struct {
		name string
		call func() ([]byte, error)
		want testcheck.Failure
	}{
		{"WriteMarkdown nil writer", func() ([]byte, error) { return nil, audit.WriteMarkdown(nil, []audit.Check{ok}) }, VE(wm, "writer", "", shenyang.ErrUnset)},
		{"WriteMarkdown zero check", func() ([]byte, error) {
			var b bytes.Buffer
			err := audit.WriteMarkdown(&b, []audit.Check{ok, {}})
			return b.Bytes(), err
		}, VE(wm, "verdict", `0 of check ""`, shenyang.ErrUnset)},
		{"WriteMarkdown unknown verdict", func() ([]byte, error) {
			var b bytes.Buffer
			err := audit.WriteMarkdown(&b, []audit.Check{{ID: "x", Verdict: 9}})
			return b.Bytes(), err
		}, VE(wm, "verdict", `9 of check "x"`, shenyang.ErrInvalid)},
		{"Verdict.UnmarshalText", func() ([]byte, error) { v := audit.Fails; return nil, v.UnmarshalText([]byte("HOLDS")) }, VE("audit.Verdict.UnmarshalText", "verdict", `"HOLDS"`, shenyang.ErrSyntax)},
		{"Verdict.MarshalText", func() ([]byte, error) { return audit.Verdict(200).MarshalText() }, VE("audit.Verdict.MarshalText", "verdict", "200", shenyang.ErrInvalid)},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			testcheck.Err(t, err, tt.want)
			if len(got) != 0 {
				t.Errorf("wrote %q with the error, want nothing", got)
			}
		})
	}
	if len(cases) != 5 {
		t.Errorf("%d cases, want 5", len(cases))
	}
}

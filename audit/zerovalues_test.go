package audit_test

import (
	"bytes"
	"testing"

	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestZeroValuesDoNotPanicAudit(t *testing.T) {
	if n := testcheck.ZeroMethods(t, audit.Verdict(0)); n != 3 {
		t.Errorf("called %d methods, want 3 (Verdict's String, MarshalText, UnmarshalText)", n)
	}
	if err := audit.WriteMarkdown(&bytes.Buffer{}, nil); err != nil {
		t.Errorf("WriteMarkdown of no checks: %v", err)
	}
}

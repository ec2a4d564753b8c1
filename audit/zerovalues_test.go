package audit_test

import (
	"bytes"
	"testing"

	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestZeroValuesDoNotPanicAudit(t *testing.T) {
	if n := testcheck.ZeroMethods(t, audit.Check{}, audit.Verdict(0)); n != 4 {
		t.Errorf("called %d methods, want 4 (Check.UnmarshalJSON; Verdict's String, MarshalText, UnmarshalText)", n)
	}
	if err := audit.WriteMarkdown(&bytes.Buffer{}, nil); err != nil {
		t.Errorf("WriteMarkdown of no checks: %v", err)
	}
}

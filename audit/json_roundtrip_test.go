package audit_test

import (
	"encoding/json"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestJSONRoundTripChecks(t *testing.T) {
	checks, err := audit.Run()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks {
		testcheck.RoundTrip(t, c)
	}
	b := testcheck.RoundTrip(t, audit.Check{})
	if want := `{"id":"","claim":"","inputs":[],"rule":"","verdict":"","finding":""}`; string(b) != want {
		t.Errorf("zero Check encodes as %s, want %s", b, want)
	}
	for v, want := range map[audit.Verdict]string{0: `""`, audit.Holds: `"holds"`, audit.Fails: `"fails"`, audit.Undecided: `"undecided"`} {
		if got := testcheck.RoundTrip(t, v); string(got) != want {
			t.Errorf("Verdict(%d) encodes as %s, want %s", v, got, want)
		}
		text, err := v.MarshalText()
		if err != nil || `"`+string(text)+`"` != want {
			t.Errorf("Verdict(%d).MarshalText() = %q, %v", v, text, err)
		}
	}
}

func TestJSONMalformedCheck(t *testing.T) {
	checks, err := audit.Run()
	if err != nil || len(checks) == 0 {
		t.Fatalf("Run: %d checks, %v", len(checks), err)
	}
	const op = "audit.Check.UnmarshalJSON"
	testcheck.Decode(t, checks[0], []testcheck.Malformed{
		testcheck.Bad("verdict number", `{"id":"x","verdict":1}`, testcheck.VE(op, "verdict", "of JSON type number", shenyang.ErrSyntax)),
		testcheck.Bad("unknown verdict", `{"id":"x","verdict":"true"}`, testcheck.VE("audit.Verdict.UnmarshalText", "verdict", `"true"`, shenyang.ErrSyntax)),
		testcheck.Bad("inputs object", `{"id":"x","inputs":{}}`, testcheck.VE("List.UnmarshalJSON", "json", `"{}"`, shenyang.ErrSyntax)),
	})
	v := audit.Holds
	testcheck.Err(t, v.UnmarshalText([]byte("Holds")), testcheck.VE("audit.Verdict.UnmarshalText", "verdict", `"Holds"`, shenyang.ErrSyntax))
	if v != audit.Holds {
		t.Errorf("verdict after failed UnmarshalText = %v, want holds", v)
	}
	_, err = json.Marshal(audit.Verdict(4))
	b, merr := audit.Verdict(4).MarshalText()
	testcheck.Err(t, merr, testcheck.VE("audit.Verdict.MarshalText", "verdict", "4", shenyang.ErrInvalid))
	if b != nil || err == nil {
		t.Errorf("Verdict(4) encodes as %q; json.Marshal error %v", b, err)
	}
}

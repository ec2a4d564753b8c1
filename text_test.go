package shenyang_test

import (
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestTextRoundTrip(t *testing.T) {
	// Each text, parsed and written again, is itself.
	ranges := []string{
		"[1645000000, 1655000000]", "(100, +inf)", "[100, +inf)", "(-inf, -0.5)", "(-inf, 0]",
		"[0, 0]", "(0.7119848413074372, 0.7136083451872926]", "[-1, 1)", "unset",
	}
	for _, s := range ranges {
		r, err := shenyang.ParseRange(s)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", s, err)
			continue
		}
		if got := r.String(); got != s {
			t.Errorf("ParseRange(%q).String() = %q", s, got)
		}
	}
	for _, s := range []string{"105500000000 CNY", "-44.9 USD", "0 CNY", "0.15 USD", "unset"} {
		m, err := shenyang.ParseMoney(s)
		if err != nil {
			t.Errorf("ParseMoney(%q): %v", s, err)
			continue
		}
		if got := m.String(); got != s {
			t.Errorf("ParseMoney(%q).String() = %q", s, got)
		}
	}
	for _, s := range []string{"2019", "2020-01", "2020-04-09", "2009/2020", "2019-12/2020-01-31"} {
		p, err := shenyang.ParsePeriod(s)
		if err != nil || p.String() != s {
			t.Errorf("ParsePeriod(%q) = %q, %v", s, p.String(), err)
		}
	}
	// Every enumeration value, the unset one included.
	for c := shenyang.Currency(0); c <= shenyang.USD; c++ {
		textRoundTrip(t, c)
	}
	for u := shenyang.Unit(0); u <= shenyang.UnitUSDPerCNY; u++ {
		textRoundTrip(t, u)
	}
	for q := shenyang.Qualifier(0); q <= shenyang.AtLeast; q++ {
		textRoundTrip(t, q)
	}
	for s := shenyang.Status(0); s <= shenyang.Derived; s++ {
		textRoundTrip(t, s)
	}
	// The String forms agree with the text forms, and Parse reads them.
	for u := shenyang.UnitCNY; u <= shenyang.UnitUSDPerCNY; u++ {
		if got, err := shenyang.ParseUnit(u.String()); err != nil || got != u {
			t.Errorf("ParseUnit(%q) = %v, %v; want %v", u.String(), got, err, u)
		}
	}
	for q := shenyang.AsPrinted; q <= shenyang.AtLeast; q++ {
		if got, err := shenyang.ParseQualifier(q.String()); err != nil || got != q {
			t.Errorf("ParseQualifier(%q) = %v, %v; want %v", q.String(), got, err, q)
		}
	}
	for c := shenyang.CNY; c <= shenyang.USD; c++ {
		if got, err := shenyang.ParseCurrency(c.String()); err != nil || got != c {
			t.Errorf("ParseCurrency(%q) = %v, %v; want %v", c.String(), got, err, c)
		}
	}
}

// textMarshaler is a value with a text form that its pointer decodes.
type textMarshaler[T any] interface {
	comparable
	MarshalText() ([]byte, error)
}

func textRoundTrip[T textMarshaler[T]](t *testing.T, v T) {
	t.Helper()
	b, err := v.MarshalText()
	if err != nil {
		t.Errorf("%T(%v).MarshalText: %v", v, v, err)
		return
	}
	var got T
	u, ok := any(&got).(interface{ UnmarshalText([]byte) error })
	if !ok {
		t.Fatalf("%T has no UnmarshalText", &got)
	}
	if err := u.UnmarshalText(b); err != nil || got != v {
		t.Errorf("%T text round trip of %v via %q = %v, %v", v, v, b, got, err)
	}
}

func TestUnitQualifierStatusText(t *testing.T) {
	// Round trips of every defined value and of the unset one.
	for u := shenyang.Unit(0); u <= shenyang.UnitUSDPerCNY; u++ {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatalf("Unit(%d).MarshalText: %v", u, err)
		}
		v := shenyang.UnitRatio
		if err := v.UnmarshalText(b); err != nil || v != u {
			t.Errorf("Unit round trip of %d via %q = %d, %v", u, b, v, err)
		}
	}
	for q := shenyang.Qualifier(0); q <= shenyang.AtLeast; q++ {
		b, err := q.MarshalText()
		if err != nil {
			t.Fatalf("Qualifier(%d).MarshalText: %v", q, err)
		}
		v := shenyang.Some
		if err := v.UnmarshalText(b); err != nil || v != q {
			t.Errorf("Qualifier round trip of %d via %q = %d, %v", q, b, v, err)
		}
	}
	for s := shenyang.Status(0); s <= shenyang.Derived; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("Status(%d).MarshalText: %v", s, err)
		}
		v := shenyang.Reported
		if err := v.UnmarshalText(b); err != nil || v != s {
			t.Errorf("Status round trip of %d via %q = %d, %v", s, b, v, err)
		}
	}

	// Errors leave the value unchanged.
	u := shenyang.UnitCount
	testcheck.Err(t, u.UnmarshalText([]byte("percent")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "ParseUnit", Arg: "unit", Value: `"percent"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: ParseUnit: unit "percent": invalid syntax (want ` + unitForms + ")"})
	if u != shenyang.UnitCount {
		t.Errorf("unit after failed UnmarshalText = %v, want count", u)
	}
	q := shenyang.Some
	testcheck.Err(t, q.UnmarshalText([]byte("about")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "ParseQualifier", Arg: "qualifier", Value: `"about"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: ParseQualifier: qualifier "about": invalid syntax (want ` + qualifierForms + ")"})
	if q != shenyang.Some {
		t.Errorf("qualifier after failed UnmarshalText = %v, want some", q)
	}
	s := shenyang.Derived
	testcheck.Err(t, s.UnmarshalText([]byte("estimated")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "Status.UnmarshalText", Arg: "status", Value: `"estimated"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: Status.UnmarshalText: status "estimated": invalid syntax`})
	if s != shenyang.Derived {
		t.Errorf("status after failed UnmarshalText = %v, want derived", s)
	}
}

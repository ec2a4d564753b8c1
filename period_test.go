package shenyang_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

// periodForms is what ParsePeriod's errors say it accepts.
const periodForms = `a year, month or day that exists, in ISO 8601 ("2019", "2019-05", "2019-05-31"), or two joined by "/" ("2009/2020"), then " (inferred from ...)" when inferred`

func TestParsePeriod(t *testing.T) {
	for _, in := range []string{
		"2019", "2020-01", "2020-04-09", "2009/2020", "2019-12/2020-01",
		"2020-12-31", "2019/2019", "2019/2019-06", "0000", "9999-12",
		// Leap days: 2020 and 2000 are leap years (2000 is divisible by
		// 400), as is the year 0 of ISO 8601's proleptic calendar.
		"2020-02-29", "2000-02-29", "0000-02-29", "2019-02-28", "2019-04-30",
		// Ends of different precision compare at the coarser one: May
		// 2019 lies within 2019 (issue 11, item 5).
		"2019-05/2019", "2019-05-10/2019-05", "2019-05/2019-05-10", "2019-12-31/2020", "2019/2019-01-01",
	} {
		t.Run(in, func(t *testing.T) {
			got, err := shenyang.ParsePeriod(in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", in, err)
			}
			if diff := cmp.Diff(shenyang.Period{ISO: in}, got); diff != "" {
				t.Errorf("ParsePeriod(%q) mismatch (-want +got):\n%s", in, diff)
			}
			if got.IsInferred() {
				t.Errorf("ParsePeriod(%q).IsInferred() = true, want false", in)
			}
			if got.String() != in {
				t.Errorf("String() = %q, want %q", got.String(), in)
			}
		})
	}
	for _, tt := range []struct {
		name string
		in   string
	}{
		{"two-digit year", "19"},
		{"five-digit year", "20190"},
		{"month 13", "2019-13"},
		{"month 00", "2019-00"},
		{"one-digit month", "2019-1"},
		{"day 32", "2019-01-32"},
		{"day 00", "2019-01-00"},
		// Days a month does not have (issue 11, item 5): 2019 and 1900
		// are not leap years (1900 is divisible by 100, not by 400).
		{"february 29 in 2019", "2019-02-29"},
		{"february 30", "2019-02-30"},
		{"february 31", "2019-02-31"},
		{"february 30 in a leap year", "2020-02-30"},
		{"february 29 in 1900", "1900-02-29"},
		{"april 31", "2019-04-31"},
		{"june 31", "2019-06-31"},
		{"september 31", "2019-09-31"},
		{"november 31", "2019-11-31"},
		{"impossible day in an interval", "2019-01/2019-02-30"},
		{"too many parts", "2019-01-01-01"},
		{"letters", "abcd"},
		{"sign", "+201"},
		{"slash date", "2019/01"},
		{"end before start", "2020/2009"},
		{"month end before start", "2020-02/2020-01"},
		{"day end before start", "2019-05-11/2019-05-10"},
		{"month after the year", "2020-01/2019"},
		{"year after the day", "2020/2019-12-31"},
		{"only a basis", " (inferred from last year)"},
		{"open end", "2019/"},
		{"open start", "/2019"},
		{"three ends", "2019/2020/2021"},
		{"spaces", " 2019"},
		{"empty month", "2019--01"},
		{"trailing hyphen", "2019-"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shenyang.ParsePeriod(tt.in)
			quoted := `"` + tt.in + `"`
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrSyntax,
				Val: &shenyang.ValueError{Op: "ParsePeriod", Arg: "period", Value: quoted, Err: shenyang.ErrSyntax, Want: periodForms},
				Msg: "shenyang: ParsePeriod: period " + quoted + ": invalid syntax (want " + periodForms + ")"})
			if got != (shenyang.Period{}) {
				t.Errorf("period on error = %+v, want zero", got)
			}
		})
	}
}

func TestPeriodInferred(t *testing.T) {
	p := shenyang.Period{ISO: "2019", InferredFrom: `"last year" in a report published on 2020-04-09`}
	if !p.IsInferred() {
		t.Error("IsInferred() = false, want true")
	}
	want := `2019 (inferred from "last year" in a report published on 2020-04-09)`
	if got := p.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	back, err := shenyang.ParsePeriod(want)
	if err != nil || back != p {
		t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", want, back, err, p)
	}
	for _, bad := range []string{
		"2019 (inferred from )", "2019 (inferred from x", "2019-13 (inferred from x)",
		// A basis needs a period it is the basis of.
		" (inferred from x)", "2019-02-30 (inferred from x)",
	} {
		if _, err := shenyang.ParsePeriod(bad); !errors.Is(err, shenyang.ErrSyntax) {
			t.Errorf("ParsePeriod(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

package shenyang

import (
	"strings"

	"github.com/shenyang-data/shenyang/internal/decode"
)

// Period is the time a figure or fact refers to, in ISO 8601: a year
// ("2019"), a month ("2020-01"), a day ("2020-04-09") or an interval of
// those ("2009/2020", "2019-05/2019"). The zero value is unset. A period
// inferred from something must have an ISO date: [ParsePeriod] and
// [Period.UnmarshalJSON] reject an InferredFrom without one, and the text
// form of such a Period does not parse.
type Period struct {
	// ISO is the period in ISO 8601.
	ISO string `json:"iso"`
	// InferredFrom is empty when the source prints the period; otherwise it
	// says from what the period was inferred, such as "last year" in a
	// report of April 2020.
	InferredFrom string `json:"inferred_from,omitempty"`
}

// ParsePeriod reads the [Period.String] form: a period in one of the ISO
// 8601 forms of [Period], marked as printed, or one followed by
// " (inferred from ...)", marked as inferred from the text in the
// parentheses; "" gives the zero Period. A date must exist (2019-02-29
// does not), and an interval must not end before it starts, its ends
// compared at the coarser of their precisions: 2019-05/2019 is May to
// December 2019.
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	iso, basis, inferred := strings.Cut(s, inferredOpen)
	if !validISO(iso) || inferred && (!strings.HasSuffix(basis, ")") || len(basis) == 1) {
		return Period{}, formErr("ParsePeriod", "period", s, wantPeriod+`, then " (inferred from ...)" when inferred`)
	}
	return Period{ISO: iso, InferredFrom: strings.TrimSuffix(basis, ")")}, nil
}

// wantPeriod names the ISO 8601 forms of a Period.
const wantPeriod = `a year, month or day that exists, in ISO 8601 ("2019", "2019-05", "2019-05-31"), or two joined by "/" ("2009/2020")`

// validISO reports whether s is one of the ISO 8601 forms of [Period]:
// a date, or two dates separated by a slash of which the second does not
// end before the first starts.
func validISO(s string) bool {
	start, end, span := strings.Cut(s, "/")
	a, ok := parseDate(start)
	if !ok {
		return false
	}
	if !span {
		return true
	}
	b, ok := parseDate(end)
	return ok && !a.after(b)
}

// date is a calendar date of a [Period] at the precision it is written
// with: year, month and day, of which the first parts are given.
type date struct {
	ymd   [3]int
	parts int
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD: a month from 01 to 12 and a
// day that the month has in that year of the Gregorian calendar.
func parseDate(s string) (date, bool) {
	var d date
	for {
		part, rest, more := strings.Cut(s, "-")
		width := 2
		if d.parts == 0 {
			width = 4
		}
		if d.parts == 3 || len(part) != width {
			return date{}, false
		}
		n := 0
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return date{}, false
			}
			n = n*10 + int(part[i]-'0')
		}
		switch d.parts {
		case 1:
			if n < 1 || n > 12 {
				return date{}, false
			}
		case 2:
			if n < 1 || n > daysIn(d.ymd[0], d.ymd[1]) {
				return date{}, false
			}
		}
		d.ymd[d.parts] = n
		d.parts++
		if !more {
			return d, true
		}
		s = rest
	}
}

// daysIn returns the number of days of month m (1 to 12) in year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// after reports whether d starts after e ends: compared part by part at
// the coarser of the two precisions, d is later. 2019-05 is not after
// 2019, which ends in December, nor 2019 after 2019-05.
func (d date) after(e date) bool {
	for i := range min(d.parts, e.parts) {
		if d.ymd[i] != e.ymd[i] {
			return d.ymd[i] > e.ymd[i]
		}
	}
	return false
}

// IsInferred reports whether the period was inferred rather than printed.
func (p Period) IsInferred() bool { return p.InferredFrom != "" }

// String returns the ISO 8601 form, such as "2019", followed for an
// inferred period by its basis: `2019 (inferred from "last year" in a
// report published on 2020-04-09)`. [ParsePeriod] reads it back.
func (p Period) String() string {
	if p.InferredFrom == "" {
		return p.ISO
	}
	return p.ISO + inferredOpen + p.InferredFrom + ")"
}

// inferredOpen introduces the basis of an inferred period in its text form.
const inferredOpen = " (inferred from "

// UnmarshalJSON decodes {"iso": "2019", "inferred_from": "..."}; null
// gives the zero Period. A non-empty iso must be one of the ISO 8601 forms
// of [Period] alone, with no basis in parentheses ([ErrSyntax]), and an
// inferred_from needs an iso ([ErrUnset]). On error p is left unchanged.
func (p *Period) UnmarshalJSON(b []byte) error {
	const op = "Period.UnmarshalJSON"
	type plain Period
	var v plain
	if err := decodeJSON(op, b, &v); err != nil {
		return err
	}
	switch {
	case v.ISO != "" && !validISO(v.ISO):
		return formErr(op, "period", v.ISO, wantPeriod)
	case v.ISO == "" && v.InferredFrom != "":
		return valueErr(op, "iso", "of a period inferred from "+decode.Quote(v.InferredFrom), ErrUnset)
	}
	*p = Period(v)
	return nil
}

// joinPeriods returns the period both figures refer to: p when they are
// the same, else the interval from the earlier start to the later end.
func joinPeriods(p, q Period) Period {
	if p.ISO == q.ISO {
		return Period{ISO: p.ISO} // an inferred input's basis is added by assemble
	}
	ps, pe := span(p.ISO)
	qs, qe := span(q.ISO)
	start, end := ps, pe
	if laterStart(start, qs) {
		start = qs
	}
	if laterEnd(qe, end) {
		end = qe
	}
	out := Period{ISO: start + "/" + end}
	if start == end {
		out.ISO = start
	}
	if p.InferredFrom != "" || q.InferredFrom != "" {
		out.InferredFrom = "the span of its inputs' periods, one of them inferred"
	}
	return out
}

func span(iso string) (start, end string) {
	s, e, ok := strings.Cut(iso, "/")
	if !ok {
		return iso, iso
	}
	return s, e
}

// laterStart reports whether date a starts after date b ("2019" starts
// before "2019-05").
func laterStart(a, b string) bool {
	n := min(len(a), len(b))
	if a[:n] != b[:n] {
		return a[:n] > b[:n]
	}
	return len(a) > len(b)
}

// laterEnd reports whether date a ends after date b ("2019" ends after
// "2019-05").
func laterEnd(a, b string) bool {
	n := min(len(a), len(b))
	if a[:n] != b[:n] {
		return a[:n] > b[:n]
	}
	return len(a) < len(b)
}

// yearBefore moves each date of p back one year.
func yearBefore(p Period) (Period, error) {
	shift := func(d string) (string, error) {
		if len(d) < 4 {
			return "", ErrSyntax
		}
		y := 0
		for _, c := range d[:4] {
			if c < '0' || c > '9' {
				return "", ErrSyntax
			}
			y = y*10 + int(c-'0')
		}
		if y == 0 || strings.HasSuffix(d, "-02-29") {
			return "", ErrInvalid
		}
		return pad4(y-1) + d[4:], nil
	}
	s, e, isSpan := strings.Cut(p.ISO, "/")
	s, err := shift(s)
	if err != nil {
		return Period{}, err
	}
	if !isSpan {
		return Period{ISO: s}, nil
	}
	if e, err = shift(e); err != nil {
		return Period{}, err
	}
	return Period{ISO: s + "/" + e}, nil
}

func pad4(y int) string {
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

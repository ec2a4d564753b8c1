package testcheck

import (
	"slices"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
)

// Citations checks every citation of l: one with a quote is of the report;
// one without is of a source in unquoted and its note starts with
// "no quote: ".
func Citations(t testing.TB, l shenyang.List[shenyang.Citation], unquoted ...shenyang.Source) {
	t.Helper()
	for c := range l.All() {
		switch {
		case c.HasQuote() && c.Source != shenyang.Report():
			t.Errorf("quotes %q, want the report", c.Source.ID)
		case !c.HasQuote() && !slices.Contains(unquoted, c.Source):
			t.Errorf("cites %q without a quote, want one of %d sources the module stores no text of", c.Source.ID, len(unquoted))
		case !c.HasQuote() && !strings.HasPrefix(c.Note, "no quote: "):
			t.Errorf("citation of %q without a quote has note %q, want the prefix %q", c.Source.ID, c.Note, "no quote: ")
		}
	}
}

// FigureValues checks the internal consistency of a figure of a data
// package:
//   - a figure reported with a lower-bound qualifier ("more than") has the
//     range (value, +inf); any other figure's range holds its value;
//   - a reported figure's printed text is in the quote of its primary
//     citation, or in its note when that citation has no quote;
//   - its citations are as [Citations] checks them, with unquoted the
//     sources it may cite without a quote;
//   - a derived figure's qualifier follows from the shape of its range: as
//     printed for a range with two ends, at least for [low, +inf), more
//     than for (low, +inf);
//   - every input of its derivation resolves with resolve;
//   - it is money exactly when its unit is a currency, in that currency.
func FigureValues(t *testing.T, f shenyang.Figure, resolve func(id string) bool, unquoted ...shenyang.Source) {
	t.Helper()
	if f.Status == shenyang.Reported && f.Qualifier.LowerBound() {
		low, ok := f.Range.Low().Value()
		if !ok || dec.Cmp(low, f.Value) != 0 || !f.Range.Low().IsOpen() || !f.Range.High().IsUnbounded() {
			t.Errorf("range %s is not (value, +inf) for value %s", ShowRange(f.Range), shenyang.FormatDecimal(f.Value))
		}
	} else if !f.Range.Contains(f.Value) {
		t.Errorf("range %s does not contain value %s", ShowRange(f.Range), shenyang.FormatDecimal(f.Value))
	}
	if f.Status == shenyang.Reported {
		c, _ := f.Primary()
		switch {
		case c.HasQuote():
			if !strings.Contains(c.Quote, f.Printed) {
				t.Errorf("printed %q is not in quote %q", f.Printed, c.Quote)
			}
		case !strings.Contains(c.Note, f.Printed):
			t.Errorf("printed %q is not in the note %q of its unquoted primary citation", f.Printed, c.Note)
		}
	}
	Citations(t, f.Citations, unquoted...)
	if f.Status == shenyang.Derived {
		want := shenyang.Computed
		if f.Range.High().IsUnbounded() {
			want = shenyang.AtLeast
			if f.Range.Low().IsOpen() {
				want = shenyang.MoreThan
			}
		}
		if f.Qualifier != want {
			t.Errorf("qualifier %q for range %s, want %q", f.Qualifier, ShowRange(f.Range), want)
		}
		if f.Derivation.Method == "" {
			t.Errorf("derived figure says no method")
		}
		if f.Unit == shenyang.UnitCount && !f.Value.IsInteger() {
			t.Errorf("derived count %s is not whole", shenyang.FormatDecimal(f.Value))
		}
	}
	for id := range f.Derivation.Inputs.All() {
		if !resolve(id) {
			t.Errorf("input %q does not resolve", id)
		}
	}
	m, ok := f.Money()
	cur, isMoney := f.Unit.Currency()
	if ok != isMoney {
		t.Fatalf("Money() ok = %t, want %t for unit %v", ok, isMoney, f.Unit)
	}
	if ok && (m.Currency() != cur || dec.Cmp(m.Amount(), f.Value) != 0) {
		t.Errorf("Money() = %v, want %s %v", m, shenyang.FormatDecimal(f.Value), cur)
	}
}

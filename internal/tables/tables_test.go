package tables

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
)

// Two reported figures and definitions built on them, as the data
// packages write their tables.
var testSpecs = []Spec{
	// 1.65 billion dollars: range [1.645, 1.655] billion.
	{ID: "t.a", Period: "2019", Coef: 165, Exp: 7, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted, Printed: "$1.65 billion", Quote: "q a"},
	// 15 percent: range [0.145, 0.155].
	{ID: "t.b", Period: "2019", Coef: 15, Exp: -2, Unit: shenyang.UnitRatio, Qualifier: shenyang.AsPrinted, Printed: "15 percent", Quote: "q b"},
	// 188, a count with no hedge: exactly 188.
	{ID: "t.n", Period: "2019", Coef: 188, Unit: shenyang.UnitCount, Qualifier: shenyang.AsPrinted, Printed: "188", Zh: "it reports 188"},
}

func prior(id, from string) Def {
	return Def{ID: id, Label: "prior", Fn: shenyang.Prior, In: [2]string{from, "t.b"}}
}

func ids(figs []shenyang.Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.ID)
	}
	return out
}

func TestFigures(t *testing.T) {
	other := shenyang.Figure{ID: "other.x"}
	others := func(id string) (shenyang.Figure, bool) { return other, id == other.ID }
	defs := []Def{prior("t.c", "t.a"), {ID: "t.d", Label: "share", Fn: shenyang.Share, In: [2]string{"t.c", "t.a"}, Note: "a caveat"}}
	figs, err := Figures(testSpecs, defs, others)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range figs {
		got = append(got, f.ID+" "+shenyang.FormatDecimal(f.Value)+" "+f.Range.String()+" "+f.Note)
	}
	want := []string{
		"t.a 1650000000 [1645000000, 1655000000] ",
		"t.b 0.15 [0.145, 0.155] ",
		"t.n 188 [188, 188] ",
		// 1.65e9 / 1.15 = 1434782608.69565217...
		"t.c 1434782608.695652 [1424242424.242424, 1445414847.161573] ",
		// (a / (1 + b)) / a = 1 / 1.15 = 0.869565217391304347... a enters
		// twice, and its partial derivative is zero, which interval
		// arithmetic cannot show to have a sign: the range is the sound
		// interval one, [1.645/1.155/1.655, 1.655/1.145/1.645] =
		// [0.86056944062986..., 0.87867163961189...], wider than the exact
		// [1/1.155, 1/1.145].
		"t.d 0.8695652173913043 [0.8605694406298635, 0.878671639611898] a caveat",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Figures (-want +got):\n%s", diff)
	}
	if m := figs[4].Derivation.Method; m != shenyang.MethodBounded {
		t.Errorf("t.d method %q, want %q", m, shenyang.MethodBounded)
	}
}

// A broken definition leaves out its figure and those built on it, keeps
// the others, and the error names each one left out.
func TestFiguresBrokenDefinition(t *testing.T) {
	tests := []struct {
		name    string
		defs    []Def
		wantIDs []string
		wantErr []string // substrings of the error
	}{{
		name:    "unknown input",
		defs:    []Def{prior("t.c", "t.nope"), prior("t.e", "t.c"), prior("t.f", "t.a")},
		wantIDs: []string{"t.a", "t.b", "t.n", "t.f"},
		wantErr: []string{"t.c: broken definition: input t.nope is not available", "t.e: broken definition: input t.c is not available"},
	}, {
		name:    "unit mismatch",
		defs:    []Def{{ID: "t.c", Label: "dollars minus a ratio", Fn: shenyang.Difference, In: [2]string{"t.a", "t.b"}}, prior("t.f", "t.a")},
		wantIDs: []string{"t.a", "t.b", "t.n", "t.f"},
		wantErr: []string{"t.c: broken definition:", "unit \"ratio\" does not match \"USD\""},
	}, {
		name:    "no function",
		defs:    []Def{{ID: "t.c", In: [2]string{"t.a", "t.b"}}},
		wantIDs: []string{"t.a", "t.b", "t.n"},
		wantErr: []string{`t.c: broken definition: no function`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs, err := Figures(testSpecs, tt.defs, nil)
			if diff := cmp.Diff(tt.wantIDs, ids(figs)); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if !errors.Is(err, ErrDefinition) {
				t.Fatalf("error %v does not wrap ErrDefinition", err)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestTable(t *testing.T) {
	var tab Table[int]
	calls := 0
	build := func() ([]shenyang.Figure, int, error) {
		calls++
		figs, err := Figures(testSpecs, nil, nil)
		return figs, 7, err
	}
	tab.Load(build)
	tab.Load(build)
	if calls != 1 {
		t.Errorf("built %d times, want once", calls)
	}
	if f, ok := tab.Figure("t.b"); !ok || f.Printed != "15 percent" {
		t.Errorf("Figure(t.b) = %v, %t", f, ok)
	}
	if _, ok := tab.Figure("t.zz"); ok {
		t.Error("Figure(t.zz) found")
	}
	var got []string
	tab.Figures(func(f shenyang.Figure) bool { got = append(got, f.ID); return len(got) < 2 })
	if diff := cmp.Diff([]string{"t.a", "t.b"}, got); diff != "" {
		t.Errorf("Figures stopped early (-want +got):\n%s", diff)
	}
	if *tab.Extra() != 7 || tab.Err() != nil {
		t.Errorf("Extra, Err = %d, %v", *tab.Extra(), tab.Err())
	}
}

func TestReportedSpecError(t *testing.T) {
	_, err := Reported(Spec{ID: "t.bad", Coef: 1, Exp: -2000, Unit: shenyang.UnitUSD, Qualifier: shenyang.AsPrinted})
	if !errors.Is(err, shenyang.ErrOutOfRange) || !strings.HasPrefix(err.Error(), "t.bad: ") {
		t.Errorf("error %v, want t.bad: ... wrapping ErrOutOfRange", err)
	}
}

package audit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// TestVerdicts checks every verdict against the outcome worked out by hand
// from the printed figures.
func TestVerdicts(t *testing.T) {
	checks, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Verdict{
		// 105.45e9/6.89855 = 15.2858e9 and 105.55e9/6.89845 = 15.3005e9,
		// both inside [14.5e9, 15.5e9].
		"rate.printed-dollars": Holds,
		// [6.89845, 6.89855] inside [105.45/15.5, 105.55/14.5] = [6.8032, 7.2793].
		"rate.official-within-implied": Holds,
		// [105.45 - 75.25, 105.55 - 75.15] = [30.2, 30.4] billion > 0.
		"trade.imports-within-total": Holds,
		// [105.45/1.0725 - 75.25/1.1705, 105.55/1.0715 - 75.15/1.1715]
		// = [98.3217 - 64.2888, 98.5068 - 64.1485] = [34.0329, 34.3582] > 0.
		"trade.growth-rates-compatible": Holds,
		// 1.645/1.4454148 - 1 = 0.1381 and 1.655/1.4242424 - 1 = 0.1620
		// enclose [0.145, 0.155].
		"growth.foreign-capital": Holds,
		// 105.45/98.506766 - 1 = 0.0705, 105.55/98.321678 - 1 = 0.0735.
		"growth.trade-total": Holds,
		// 75.15/64.288765 - 1 = 0.1689, 75.25/64.148528 - 1 = 0.1731.
		"growth.imports": Holds,
		// [30.2/34.3582 - 1, 30.4/34.0329 - 1] = [-0.1210, -0.1067] < 0.
		"implied.exports-fell": Holds,
		// [30.2 - 75.25, 30.4 - 75.15] = [-45.05, -44.75] billion < 0.
		"implied.trade-deficit": Holds,
		// 75.15/105.55 = 0.71198 > 64.2888/98.3217 = 0.65386.
		"implied.import-share-rose": Holds,
		// Same printed values in both editions.
		"editions.indicators.foreign-capital.2019":        Holds,
		"editions.indicators.foreign-capital.growth.2019": Holds,
		"editions.indicators.trade-total.2019":            Holds,
		"editions.indicators.trade-total.growth.2019":     Holds,
		"editions.indicators.imports.2019":                Holds,
		"editions.indicators.imports.growth.2019":         Holds,
		"editions.investors.fortune500.companies":         Holds,
		// [165, 175] and (170, +inf) share (170, 175].
		"editions.investors.fortune500.local-companies": Holds,
	}
	got := map[string]Verdict{}
	for _, c := range checks {
		got[c.ID] = c.Verdict
		if c.Inputs.Len() == 0 || c.Rule == "" || c.Finding == "" || c.Claim == "" {
			t.Errorf("%s: check without inputs, rule, finding or claim", c.ID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}
}

func TestFindings(t *testing.T) {
	checks, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]string{}
	for _, c := range checks {
		byID[c.ID] = c.Finding
	}
	tests := map[string]string{
		// 105.5e9/6.8985 = 15.29317968e9; bounds rounded outward to
		// millions: 15.28582e9 down to 15.285, 15.30054e9 up to 15.301.
		"rate.printed-dollars": `105.5 billion yuan / 6.8985 yuan per dollar = 15.293 billion dollars, range [15.285, 15.301] billion dollars; "$15 billion" stands for [14.5, 15.5] billion dollars`,
		// 64.2186/98.4142 = 0.65253, 75.2/105.5 = 0.71280. The difference
		// is I/T - (I/(1+b))/(T/(1+a)) = (I/T)(b-a)/(1+b), increasing in
		// I and b, decreasing in T and a: its exact range runs from
		// (75.15/105.55)(0.1705-0.0725)/1.1705 = 0.0596109 to
		// (75.25/105.45)(0.1715-0.0715)/1.1715 = 0.0609141, shown
		// outward as [5.96, 6.1] %.
		"implied.import-share-rose":                     "65.25 % in 2018, 71.28 % in 2019; the difference lies in [5.96, 6.1] %",
		"editions.investors.fortune500.local-companies": `English "some 170" stands for [165, 175]; Chinese "more than 170" for (170, +inf); together (170, 175]`,
	}
	for id, want := range tests {
		if diff := cmp.Diff(want, byID[id]); diff != "" {
			t.Errorf("%s finding (-want +got):\n%s", id, diff)
		}
	}
}

func r(t *testing.T, lo, hi shenyang.Bound) shenyang.Range {
	t.Helper()
	x, err := shenyang.NewRange(lo, hi)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestVerdictRules shows each rule can give each verdict.
func TestVerdictRules(t *testing.T) {
	c := shenyang.Closed
	o := shenyang.Open
	tests := []struct {
		name string
		got  Verdict
		want Verdict
	}{
		{"within: inside", within(r(t, c(d("2")), c(d("3"))), r(t, c(d("1")), c(d("4")))), Holds},
		{"within: overlapping", within(r(t, c(d("2")), c(d("5"))), r(t, c(d("1")), c(d("4")))), Undecided},
		{"within: disjoint", within(r(t, c(d("5")), c(d("6"))), r(t, c(d("1")), c(d("4")))), Fails},
		{"within: touching an open end", within(r(t, c(d("4")), c(d("6"))), r(t, c(d("1")), o(d("4")))), Fails},
		{"positive: above", positive(r(t, o(d("0")), c(d("1")))), Holds},
		{"positive: straddling", positive(r(t, c(d("-1")), c(d("1")))), Undecided},
		{"positive: at most zero", positive(r(t, c(d("-1")), c(d("0")))), Fails},
		{"positive: unbounded above", positive(r(t, c(d("-1")), shenyang.Unbounded())), Undecided},
		{"negative: below", negative(r(t, c(d("-2")), o(d("0")))), Holds},
		{"negative: straddling", negative(r(t, c(d("-2")), c(d("1")))), Undecided},
		{"negative: at least zero", negative(r(t, c(d("0")), c(d("1")))), Fails},
		{"positive: closed zero below", positive(r(t, c(d("0")), c(d("1")))), Undecided},
		{"negative: closed zero above", negative(r(t, c(d("-1")), c(d("0")))), Undecided},
		{"negative: unbounded below", negative(r(t, shenyang.Unbounded(), c(d("-1")))), Holds},
		{"negative: unbounded below, reaching zero", negative(r(t, shenyang.Unbounded(), o(d("1")))), Undecided},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestVerdictString(t *testing.T) {
	for v, want := range map[Verdict]string{0: "", Holds: "holds", Fails: "fails", Undecided: "undecided", 9: ""} {
		if got := v.String(); got != want {
			t.Errorf("Verdict(%d).String() = %q, want %q", v, got, want)
		}
	}
}

func TestJSONRoundTripChecks(t *testing.T) {
	checks, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks {
		testcheck.RoundTrip(t, c)
	}
	b := testcheck.RoundTrip(t, Check{})
	if want := `{"id":"","claim":"","inputs":[],"rule":"","verdict":"","finding":""}`; string(b) != want {
		t.Errorf("zero Check encodes as %s, want %s", b, want)
	}
	for v, want := range map[Verdict]string{0: `""`, Holds: `"holds"`, Fails: `"fails"`, Undecided: `"undecided"`} {
		if got := testcheck.RoundTrip(t, v); string(got) != want {
			t.Errorf("Verdict(%d) encodes as %s, want %s", v, got, want)
		}
		text, err := v.MarshalText()
		if err != nil || `"`+string(text)+`"` != want {
			t.Errorf("Verdict(%d).MarshalText() = %q, %v", v, text, err)
		}
	}
}

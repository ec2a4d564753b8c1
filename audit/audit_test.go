package audit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
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
		// The national growth implied, 0.15 - 0.124 in [0.145 - 0.1245,
		// 0.155 - 0.1235] = [0.0205, 0.0315], holds the ministry's 2.6 %
		// in dollars, [0.0255, 0.0265], and meets neither its 6.0 % in
		// yuan, [0.0595, 0.0605], nor the full year's 5.8 %, [0.0575,
		// 0.0585].
		"national.foreign-capital.commerce-jan-nov-usd":   Holds,
		"national.foreign-capital.commerce-jan-nov-cny":   Holds,
		"national.foreign-capital.commerce-full-year-cny": Holds,
		// The work report prints the same 15% and 7.2%.
		"work-report.foreign-capital": Holds,
		"work-report.trade-total":     Holds,
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

// TestEveryCheckCanFail gives every check figures that make it fail: one
// figure of the dataset replaced by a copy with another value and range.
// A check that no input could make fail would prove nothing.
func TestEveryCheckCanFail(t *testing.T) {
	cases := []struct {
		check, id, value, rng string
	}{
		// $15.3 billion at the official rate outside "$15 billion".
		{"rate.printed-dollars", trade.TotalUSDOfficial2019, "16500000000", "[16000000000, 17000000000]"},
		{"rate.official-within-implied", trade.OfficialRate2019, "8", "[7.9, 8.1]"},
		{"trade.imports-within-total", trade.Exports2019, "-1000000000", "[-2000000000, -500000000]"},
		{"trade.growth-rates-compatible", trade.Exports2018, "-1000000000", "[-2000000000, -500000000]"},
		{"implied.exports-fell", trade.ExportsGrowth2019, "0.05", "[0.04, 0.06]"},
		{"implied.trade-deficit", trade.Balance2019, "1000000000", "[500000000, 2000000000]"},
		// A 2018 share above 2019's [0.712, 0.714].
		{"implied.import-share-rose", trade.ImportShare2018, "0.8", "[0.79, 0.81]"},
		{"editions.indicators.foreign-capital.2019", indicators.ForeignCapital2019, "2000000000", "[1900000000, 2100000000]"},
		{"editions.indicators.foreign-capital.growth.2019", indicators.ForeignCapitalGrowth2019, "0.25", "[0.245, 0.255]"},
		{"editions.indicators.trade-total.2019", indicators.TradeTotal2019, "95000000000", "[94950000000, 95050000000]"},
		{"editions.indicators.trade-total.growth.2019", indicators.TradeTotalGrowth2019, "0.09", "[0.085, 0.095]"},
		{"editions.indicators.imports.2019", indicators.Imports2019, "70000000000", "[69950000000, 70050000000]"},
		{"editions.indicators.imports.growth.2019", indicators.ImportsGrowth2019, "0.2", "[0.195, 0.205]"},
		// "more than 100" against a count of at most 90.
		{"editions.investors.fortune500.companies", investors.Fortune500Companies, "80", "[70, 90]"},
		// The Chinese reading: at most 160, below the English [165, 175].
		{"editions.investors.fortune500.local-companies", investors.Fortune500LocalCompaniesZh, "150", "[140, 160]"},
		// A national growth of 4 % to 5 % misses the ministry's 2.6 %.
		{"national.foreign-capital.commerce-jan-nov-usd", indicators.ForeignCapitalGrowthNational2019, "0.045", "[0.04, 0.05]"},
		// One of 5 % to 7 % holds the yuan growths, 6.0 % and 5.8 %.
		{"national.foreign-capital.commerce-jan-nov-cny", indicators.ForeignCapitalGrowthNational2019, "0.06", "[0.05, 0.07]"},
		{"national.foreign-capital.commerce-full-year-cny", indicators.ForeignCapitalGrowthNational2019, "0.06", "[0.05, 0.07]"},
		{"work-report.foreign-capital", indicators.ForeignCapitalGrowth2019, "0.25", "[0.245, 0.255]"},
		{"work-report.trade-total", indicators.TradeTotalGrowth2019, "0.09", "[0.085, 0.095]"},
	}
	checks, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(checks) {
		t.Errorf("%d cases for %d checks: every check needs one", len(cases), len(checks))
	}
	for _, c := range cases {
		t.Run(c.check, func(t *testing.T) {
			f, ok := dataset.Figure(c.id)
			if !ok {
				t.Fatalf("no figure %s", c.id)
			}
			f.Value, f.Range = decimal.RequireFromString(c.value), testcheck.MustRange(c.rng)
			lookup := func(id string) (shenyang.Figure, bool) {
				if id == c.id {
					return f, true
				}
				return dataset.Figure(id)
			}
			got, err := RunWith(lookup)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range got {
				if g.ID == c.check {
					if g.Verdict != Fails {
						t.Errorf("%s with %s in %s: %s, want fails (%s)", c.check, c.id, c.rng, g.Verdict, g.Finding)
					}
					return
				}
			}
			t.Errorf("no check %s", c.check)
		})
	}
}

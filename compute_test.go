package shenyang_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
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

// The expected figures below are worked out by hand from the report's
// printed values (in billions where that is shorter): 105.5 billion yuan
// of trade, [105.45, 105.55]; 75.2 billion of imports, [75.15, 75.25];
// $15 billion, [14.5, 15.5]; $1.65 billion of foreign capital, [1.645,
// 1.655], up 15 percent, [0.145, 0.155]; growth of trade 7.2 percent,
// [0.0715, 0.0725]; of imports 17.1 percent, [0.1705, 0.1715]; the
// official rates 6.8985, [6.89845, 6.89855], and 6.6174, [6.61735,
// 6.61745]. Values are rounded half to even at 16 significant digits,
// range ends outward.

// computeInput returns a dataset figure by id.
func computeInput(t testing.TB, id string) shenyang.Figure {
	t.Helper()
	f, ok := dataset.Figure(id)
	if !ok {
		t.Fatalf("no figure %q", id)
	}
	return f
}

// fig is computeFigure of a figure of 2019.
func fig(t *testing.T, id string, u shenyang.Unit, v, r string) shenyang.Figure {
	return computeFigure(t, id, u, v, r, "2019")
}

// computeFigure builds a reported figure for the tests of edge cases:
// value and range in the text forms FormatDecimal and Range.String write.
func computeFigure(t *testing.T, id string, unit shenyang.Unit, value, rng, period string) shenyang.Figure {
	t.Helper()
	v, err := decimal.NewFromString(value)
	if err != nil {
		t.Fatalf("value %q: %v", value, err)
	}
	r, err := shenyang.ParseRange(rng)
	if err != nil {
		t.Fatalf("range %q: %v", rng, err)
	}
	return shenyang.Figure{ID: id, Label: id, Period: shenyang.Period{ISO: period}, Value: v, Unit: unit,
		Range: r, Qualifier: shenyang.AsPrinted, Status: shenyang.Reported, Citations: testCitations}
}

// testCitations cite the figures computeFigure builds.
var testCitations = shenyang.ListOf(shenyang.Citation{Source: shenyang.Source{ID: "test"}})

// computed is what the tests compare of a figure a Figure function
// returns.
type computed struct {
	ID, Label string
	Value     string
	Range     string
	Unit      shenyang.Unit
	Period    shenyang.Period
	Qualifier shenyang.Qualifier
	Status    shenyang.Status
	Printed   string
	Formula   string
	Inputs    []string
	Method    string
	Citations int
}

func summarize(f shenyang.Figure) computed {
	return computed{
		ID: f.ID, Label: f.Label, Value: shenyang.FormatDecimal(f.Value), Range: f.Range.String(), Unit: f.Unit,
		Period: f.Period, Qualifier: f.Qualifier, Status: f.Status, Printed: f.Printed,
		Formula: f.Derivation.Formula, Inputs: f.Derivation.Inputs.Slice(), Method: f.Derivation.Method,
		Citations: f.Citations.Len(),
	}
}

// The bases of the inferred periods of the report's figures.
const (
	lastYear = `"last year" in a report published on 2020-04-09`
	sameYear = `the preceding sentence's "last year" in a report published on 2020-04-09`
)

// inherited is the basis of a period taken from the input id, whose own
// period was inferred from basis.
func inherited(id, basis string) string {
	return "the period of its input " + id + ", which was inferred from " + basis
}

func TestFigureFunctions(t *testing.T) {
	const (
		tt19 = indicators.TradeTotal2019
		im19 = indicators.Imports2019
		fc19 = indicators.ForeignCapital2019
		fg19 = indicators.ForeignCapitalGrowth2019
		us19 = trade.TotalUSD2019
		ex19 = trade.Exports2019
		ex18 = trade.Exports2018
		rate = trade.ImpliedRate2019
		or19 = trade.OfficialRate2019
		or18 = trade.OfficialRate2018
		bmw  = investors.BMWInvestment
	)
	in := func(id string) shenyang.Figure { return computeInput(t, id) }
	fromTT := shenyang.Period{ISO: "2019", InferredFrom: inherited(tt19, lastYear)}
	tests := []struct {
		name string
		f    func() (shenyang.Figure, error)
		want computed
	}{
		{"Growth of the official rate", func() (shenyang.Figure, error) {
			return shenyang.Growth("t.g", "growth", in(or18), in(or19))
		}, computed{
			// (6.8985 - 6.6174) / 6.6174 = 0.2811 / 6.6174 = 0.04247891921298395|1...;
			// [6.89845/6.61745 - 1, 6.89855/6.61735 - 1] = [0.281/6.61745, 0.2812/6.61735]
			// = [0.04246348669049256|2..., 0.04249435196868837|9...]
			Value: "0.04247891921298395", Range: "[0.04246348669049256, 0.04249435196868838]",
			Unit: shenyang.UnitRatio, Period: shenyang.Period{ISO: "2019"}, Qualifier: shenyang.Computed,
			Formula: "(" + or19 + " - " + or18 + ") / " + or18, Inputs: []string{or18, or19},
			Method: shenyang.MethodIntervals, Citations: 2, // the communiqué, once per year
		}},
		{"Growth of exports, derived from derived figures", func() (shenyang.Figure, error) {
			return shenyang.Growth("t.g", "growth", in(ex18), in(ex19))
		}, computed{
			// (T - I) / (T/(1+tg) - I/(1+ig)) - 1 = 30.3 / (105.5/1.072 - 75.2/1.171) - 1
			// = 30.3 / 34.19556253744089... - 1 = -0.11392011852928638...; the formula is
			// monotone in T, I, tg and ig: its corners are T=105.45, I=75.25,
			// tg=0.0715, ig=0.1715 (low) and T=105.55, I=75.15, tg=0.0725,
			// ig=0.1705 (high): -0.11643075519237000|6... and -0.11141215286428438|4...
			Value: "-0.1139201185292864", Range: "[-0.11643075519237, -0.1114121528642844]",
			Unit: shenyang.UnitRatio, Period: fromTT, Qualifier: shenyang.Computed,
			Formula: "(" + ex19 + " - " + ex18 + ") / " + ex18, Inputs: []string{ex18, ex19},
			// the two report passages and the Chinese edition's lines for
			// total trade, imports and their two growth rates
			Method: shenyang.MethodCorners, Citations: 7, // with the work report on total trade growth
		}},
		{"Growth back over Prior: exact value, bounded range", func() (shenyang.Figure, error) {
			return shenyang.Growth("t.g", "growth", in(indicators.ForeignCapital2018), in(fc19))
		}, computed{
			// v / (v / (1 + g)) - 1 = g exactly: 0.15. The interval
			// derivative in v is not shown to have a sign, so intervals
			// bound the range: [1.645 / (1.655/1.145), 1.655 / (1.645/1.155)] - 1
			// = [1.883525/1.655, 1.911525/1.645] - 1
			// = [0.13808157099697885|1..., 0.16202127659574468|0...]; the exact range is [0.145, 0.155]
			Value: "0.15", Range: "[0.1380815709969788, 0.1620212765957447]",
			Unit: shenyang.UnitRatio, Period: shenyang.Period{ISO: "2019"}, Qualifier: shenyang.Computed,
			Formula: "(" + fc19 + " - " + indicators.ForeignCapital2018 + ") / " + indicators.ForeignCapital2018,
			Inputs:  []string{indicators.ForeignCapital2018, fc19}, Method: shenyang.MethodBounded, Citations: 4, // the sentence, the Chinese edition twice, the work report
		}},
		{"Prior of foreign capital", func() (shenyang.Figure, error) {
			return shenyang.Prior("t.p", "prior", in(fc19), in(fg19))
		}, computed{
			// 1.65e9 / 1.15 = 1434782608.695652|17...; [1.645e9/1.155, 1.655e9/1.145]
			// = [1424242424.242424|24..., 1445414847.161572|05...]
			Value: "1434782608.695652", Range: "[1424242424.242424, 1445414847.161573]",
			Unit: shenyang.UnitUSD, Period: shenyang.Period{ISO: "2018"}, Qualifier: shenyang.Computed,
			Formula: fc19 + " / (1 + " + fg19 + ")", Inputs: []string{fc19, fg19},
			// one sentence carries both, plus the two lines of the Chinese edition
			Method: shenyang.MethodIntervals, Citations: 4, // the sentence, the Chinese edition twice, the work report
		}},
		{"Prior of total trade", func() (shenyang.Figure, error) {
			return shenyang.Prior("t.p", "prior", in(tt19), in(indicators.TradeTotalGrowth2019))
		}, computed{
			// 105.5e9 / 1.072 = 98414179104.47761|19...; [105.45e9/1.0725, 105.55e9/1.0715]
			// = [98321678321.67832|16..., 98506766215.58562|76...]
			Value: "98414179104.47761", Range: "[98321678321.67832, 98506766215.58563]",
			Unit: shenyang.UnitCNY, Period: shenyang.Period{ISO: "2018"}, Qualifier: shenyang.Computed,
			Formula: tt19 + " / (1 + " + indicators.TradeTotalGrowth2019 + ")", Inputs: []string{tt19, indicators.TradeTotalGrowth2019},
			Method: shenyang.MethodIntervals, Citations: 4, // the sentence, the Chinese edition twice, the work report
		}},
		{"Share of imports", func() (shenyang.Figure, error) {
			return shenyang.Share("t.s", "share", in(im19), in(tt19))
		}, computed{
			// 75.2 / 105.5 = 0.71279620853080568...; [75.15/105.55, 75.25/105.45]
			// = [0.71198484130743723..., 0.71360834518729255...]
			Value: "0.7127962085308057", Range: "[0.7119848413074372, 0.7136083451872926]",
			Unit: shenyang.UnitRatio, Period: shenyang.Period{ISO: "2019", InferredFrom: inherited(im19, sameYear)},
			Qualifier: shenyang.Computed, Formula: im19 + " / " + tt19, Inputs: []string{im19, tt19},
			Method: shenyang.MethodIntervals, Citations: 4, // two sentences, two lines of the Chinese edition
		}},
		{"Difference: exports", func() (shenyang.Figure, error) {
			return shenyang.Difference("t.d", "difference", in(tt19), in(im19))
		}, computed{
			// 105.5 - 75.2 = 30.3 billion; [105.45 - 75.25, 105.55 - 75.15]
			Value: "30300000000", Range: "[30200000000, 30400000000]", Unit: shenyang.UnitCNY,
			Period: fromTT, Qualifier: shenyang.Computed, Formula: tt19 + " - " + im19, Inputs: []string{tt19, im19},
			Method: shenyang.MethodIntervals, Citations: 4,
		}},
		{"Difference: the balance, imports twice", func() (shenyang.Figure, error) {
			return shenyang.Difference("t.d", "difference", in(ex19), in(im19))
		}, computed{
			// (T - I) - I = 105.5 - 150.4 = -44.9 billion; monotone: [105.45 - 2*75.25, 105.55 - 2*75.15]
			Value: "-44900000000", Range: "[-45050000000, -44750000000]", Unit: shenyang.UnitCNY,
			Period: fromTT, Qualifier: shenyang.Computed, Formula: ex19 + " - " + im19, Inputs: []string{ex19, im19},
			Method: shenyang.MethodCorners, Citations: 4,
		}},
		{"Difference of ratios: the national growth", func() (shenyang.Figure, error) {
			return shenyang.Difference("t.d", "difference", in(fg19), in(indicators.ForeignCapitalGapNational2019))
		}, computed{
			// 0.15 - 0.124 = 0.026; [0.145 - 0.1245, 0.155 - 0.1235]
			Value: "0.026", Range: "[0.0205, 0.0315]", Unit: shenyang.UnitRatio, Period: shenyang.Period{ISO: "2019"},
			Qualifier: shenyang.Computed, Formula: fg19 + " - " + indicators.ForeignCapitalGapNational2019,
			Inputs: []string{fg19, indicators.ForeignCapitalGapNational2019}, Method: shenyang.MethodIntervals, Citations: 4, // the sentence, the Chinese edition twice, the work report
		}},
		{"Sum: exports plus imports", func() (shenyang.Figure, error) {
			return shenyang.Sum("t.s", "sum", in(ex19), in(im19))
		}, computed{
			// (T - I) + I = T: 105.5 billion, [105.45, 105.55] by corners
			// (intervals would give [105.35, 105.65])
			Value: "105500000000", Range: "[105450000000, 105550000000]", Unit: shenyang.UnitCNY,
			Period: fromTT, Qualifier: shenyang.Computed, Formula: ex19 + " + " + im19, Inputs: []string{ex19, im19},
			Method: shenyang.MethodCorners, Citations: 4,
		}},
		{"RateOf yuan per dollar", func() (shenyang.Figure, error) {
			return shenyang.RateOf("t.r", "rate", in(tt19), in(us19))
		}, computed{
			// 105.5 / 15 = 7.0333...; [105.45/15.5, 105.55/14.5] = [6.80322580645161|29..., 7.27931034482758|62...]
			Value: "7.033333333333333", Range: "[6.803225806451612, 7.279310344827587]", Unit: shenyang.UnitCNYPerUSD,
			Period: fromTT, Qualifier: shenyang.Computed, Formula: tt19 + " / " + us19, Inputs: []string{tt19, us19},
			Method: shenyang.MethodIntervals, Citations: 2, // one sentence carries both
		}},
		{"RateOf dollars per yuan", func() (shenyang.Figure, error) {
			return shenyang.RateOf("t.r", "rate", in(us19), in(tt19))
		}, computed{
			// 15 / 105.5 = 0.14218009478672985...; [14.5/105.55, 15.5/105.45]
			// = [0.13737565135007105..., 0.14698909435751541...]
			Value: "0.1421800947867299", Range: "[0.137375651350071, 0.1469890943575155]", Unit: shenyang.UnitUSDPerCNY,
			Period:    shenyang.Period{ISO: "2019", InferredFrom: inherited(us19, lastYear)},
			Qualifier: shenyang.Computed, Formula: us19 + " / " + tt19, Inputs: []string{us19, tt19},
			Method: shenyang.MethodIntervals, Citations: 2,
		}},
		{"Convert yuan at the implied rate", func() (shenyang.Figure, error) {
			return shenyang.Convert("t.c", "convert", in(im19), in(rate))
		}, computed{
			// I / (T / U) = 75.2 * 15 / 105.5 = 1128/105.5 = 10.69194312796208|53... billion;
			// each enters once: [75.15 * 14.5 / 105.55, 75.25 * 15.5 / 105.45]
			// = [1089.675/105.55, 1166.375/105.45] = [10.32378019895783|0..., 11.06092935040303|4...]
			Value: "10691943127.96209", Range: "[10323780198.95783, 11060929350.40304]", Unit: shenyang.UnitUSD,
			Period:    shenyang.Period{ISO: "2019", InferredFrom: inherited(im19, sameYear)},
			Qualifier: shenyang.Computed, Formula: im19 + " / " + rate, Inputs: []string{im19, rate},
			Method: shenyang.MethodIntervals, Citations: 4,
		}},
		{"Convert exports, total trade twice", func() (shenyang.Figure, error) {
			return shenyang.Convert("t.c", "convert", in(ex19), in(rate))
		}, computed{
			// (T - I) / (T / U) = 30.3 * 15 / 105.5 = 4.308056872037914|69... billion;
			// U(1 - I/T) rises with T and U and falls with I:
			// [14.5 * 30.2/105.45, 15.5 * 30.4/105.55] = [4.15267899478425|7..., 4.46423495973472|2...]
			Value: "4308056872.037915", Range: "[4152678994.784257, 4464234959.734723]", Unit: shenyang.UnitUSD,
			Period: fromTT, Qualifier: shenyang.Computed, Formula: ex19 + " / " + rate, Inputs: []string{ex19, rate},
			Method: shenyang.MethodCorners, Citations: 4,
		}},
		{"Convert dollars to yuan, multiplying", func() (shenyang.Figure, error) {
			return shenyang.Convert("t.c", "convert", in(us19), in(or19))
		}, computed{
			// 15e9 * 6.8985 = 103477500000; [14.5e9 * 6.89845, 15.5e9 * 6.89855]
			Value: "103477500000", Range: "[100027525000, 106927525000]", Unit: shenyang.UnitCNY,
			Period:    shenyang.Period{ISO: "2019", InferredFrom: inherited(us19, lastYear)},
			Qualifier: shenyang.Computed, Formula: us19 + " * " + or19, Inputs: []string{us19, or19},
			Method: shenyang.MethodIntervals, Citations: 2,
		}},
		{"Convert a one-sided amount", func() (shenyang.Figure, error) {
			return shenyang.Convert("t.c", "convert", in(bmw), in(rate))
		}, computed{
			// 52e9 * 15 / 105.5 = 7393364928.909952|6...; (52e9, +inf) over
			// [105.45/15.5, 105.55/14.5]: from 52e9 * 14.5 / 105.55
			// = 7143533870.203694|9..., rounded down and so closed
			Value: "7393364928.909953", Range: "[7143533870.203694, +inf)", Unit: shenyang.UnitUSD,
			Period: shenyang.Period{ISO: "2009/2020-04-09", InferredFrom: inherited(bmw,
				`"dating back to 2009" up to the report's "has surpassed" on 2020-04-09`)},
			Qualifier: shenyang.AtLeast, Formula: bmw + " / " + rate, Inputs: []string{bmw, rate},
			Method: shenyang.MethodIntervals, Citations: 3,
		}},
		{"Reconcile two counts", func() (shenyang.Figure, error) {
			return shenyang.Reconcile("t.r", "reconcile", in(investors.Fortune500LocalCompanies), in(investors.Fortune500LocalCompaniesZh))
		}, computed{
			// some 170: [165, 175]; more than 170: (170, +inf); both: (170,
			// 175], in whole numbers [171, 175], midpoint 173
			Value: "173", Range: "[171, 175]", Unit: shenyang.UnitCount,
			Period:    shenyang.Period{ISO: "2020-01-07/2020-04-09", InferredFrom: "the span of its inputs' periods, one of them inferred"},
			Qualifier: shenyang.Computed,
			Formula:   "midpoint(" + investors.Fortune500LocalCompanies + " ∩ " + investors.Fortune500LocalCompaniesZh + ")",
			Inputs:    []string{investors.Fortune500LocalCompanies, investors.Fortune500LocalCompaniesZh},
			Method:    shenyang.MethodIntersection, Citations: 2,
		}},
		{"Reconcile two dollar totals", func() (shenyang.Figure, error) {
			return shenyang.Reconcile("t.r", "reconcile", in(us19), in(trade.TotalUSDOfficial2019))
		}, computed{
			// [14.5, 15.5] billion and [105.45/6.89855, 105.55/6.89845] billion
			// = [15.28582093338455, 15.30053852677051] (rounded outward): the second
			// lies inside the first; midpoint 30.58635946015506 / 2 = 15.29317973007753
			Value: "15293179730.07753", Range: "[15285820933.38455, 15300538526.77051]", Unit: shenyang.UnitUSD,
			Period:    shenyang.Period{ISO: "2019", InferredFrom: inherited(us19, lastYear)},
			Qualifier: shenyang.Computed, Formula: "midpoint(" + us19 + " ∩ " + trade.TotalUSDOfficial2019 + ")",
			Inputs: []string{us19, trade.TotalUSDOfficial2019}, Method: shenyang.MethodIntersection,
			Citations: 3, // the report's sentence, the Chinese edition, the communiqué
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f()
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			want.ID, want.Status = f.ID, shenyang.Derived // the caller's id, checked below
			if !strings.HasPrefix(f.ID, "t.") || f.Label == "" {
				t.Errorf("id %q, label %q: want the caller's", f.ID, f.Label)
			}
			want.Label = f.Label
			if diff := cmp.Diff(want, summarize(f)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestFigureFunctionsEdges covers ranges open at zero, one-sided ranges
// and decimals at the module's limits, on figures built for the test.
func TestFigureFunctionsEdges(t *testing.T) {
	ratio, cny := shenyang.UnitRatio, shenyang.UnitCNY
	one1000 := "1" + strings.Repeat("0", 1000)         // 10^1000
	tenth1000 := "0." + strings.Repeat("0", 999) + "1" // 10^-1000
	tests := []struct {
		name string
		f    func(t *testing.T) (shenyang.Figure, error)
		want computed
	}{
		{"Growth over a prior open at zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t.g", "g", fig(t, "p", cny, "1", "(0, 2]"), fig(t, "c", cny, "1.5", "[1, 2]"))
		}, computed{
			// 1.5/1 - 1 = 0.5; [1/2 - 1, +inf) as the prior tends to 0
			Value: "0.5", Range: "[-0.5, +inf)", Unit: ratio, Qualifier: shenyang.AtLeast,
			Formula: "(c - p) / p", Inputs: []string{"p", "c"}, Method: shenyang.MethodIntervals,
		}},
		{"Prior over a growth open at -1", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t.p", "p", fig(t, "v", cny, "1", "[1, 2]"), fig(t, "g", ratio, "-0.5", "(-1, 0]"))
		}, computed{
			// 1 / (1 - 0.5) = 2; [1/(1+0), +inf) as 1 + g tends to 0
			Value: "2", Range: "[1, +inf)", Unit: cny, Period: shenyang.Period{ISO: "2018"}, Qualifier: shenyang.AtLeast,
			Formula: "v / (1 + g)", Inputs: []string{"v", "g"}, Method: shenyang.MethodIntervals,
		}},
		{"Share over a whole open at zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t.s", "s", fig(t, "p", cny, "0.5", "[0.5, 2]"), fig(t, "w", cny, "0.5", "(0, 1]"))
		}, computed{
			// 0.5/0.5 = 1; [0.5/1, +inf)
			Value: "1", Range: "[0.5, +inf)", Unit: ratio, Qualifier: shenyang.AtLeast,
			Formula: "p / w", Inputs: []string{"p", "w"}, Method: shenyang.MethodIntervals,
		}},
		{"Difference keeps open ends", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Difference("t.d", "d", fig(t, "a", cny, "3", "(2, 4]"), fig(t, "b", cny, "0.5", "[0, 1)"))
		}, computed{
			// 3 - 0.5 = 2.5; (2 - 1, 4 - 0]: 2 - 1 is not reached, exact, so still open
			Value: "2.5", Range: "(1, 4]", Unit: cny, Qualifier: shenyang.Computed,
			Formula: "a - b", Inputs: []string{"a", "b"}, Method: shenyang.MethodIntervals,
		}},
		{"Sum one-sided", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Sum("t.s", "s", fig(t, "a", cny, "3", "(2, +inf)"), fig(t, "b", cny, "1", "[0, 1]"))
		}, computed{
			// (2 + 0, +inf), open: more than 2
			Value: "4", Range: "(2, +inf)", Unit: cny, Qualifier: shenyang.MoreThan,
			Formula: "a + b", Inputs: []string{"a", "b"}, Method: shenyang.MethodIntervals,
		}},
		{"Sum at the decimal limits", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Sum("t.s", "s", fig(t, "a", cny, "1e1000", "["+one1000+", "+one1000+"]"), fig(t, "b", cny, tenth1000, "["+tenth1000+", "+tenth1000+"]"))
		}, computed{
			// 10^1000 + 10^-1000 is 10^1000 to 16 digits, half to even and
			// down; up it is 1.000000000000001 × 10^1000
			Value: one1000, Range: "[" + one1000 + ", 1000000000000001" + strings.Repeat("0", 985) + "]", Unit: cny,
			Qualifier: shenyang.Computed, Formula: "a + b", Inputs: []string{"a", "b"}, Method: shenyang.MethodIntervals,
		}},
		{"Difference of one figure with itself", func(t *testing.T) (shenyang.Figure, error) {
			x := fig(t, "x", cny, "15", "[10, 20]")
			return shenyang.Difference("t.d", "d", x, x)
		}, computed{
			// x - x = 0 wherever x lies: [0, 0] by corners, where
			// intervals would give [-10, 10]
			Value: "0", Range: "[0, 0]", Unit: cny, Qualifier: shenyang.Computed,
			Formula: "x - x", Inputs: []string{"x", "x"}, Method: shenyang.MethodCorners,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f(t)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			want.ID, want.Label, want.Status = f.ID, f.Label, shenyang.Derived
			want.Citations = 1 // every input cites testCitations
			if want.Period.ISO == "" {
				want.Period = shenyang.Period{ISO: "2019"} // every input's
			}
			if diff := cmp.Diff(want, summarize(f)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestFigureFunctionUnitErrors(t *testing.T) {
	in := func(id string) shenyang.Figure { return computeInput(t, id) }
	const (
		tt19 = indicators.TradeTotal2019
		fg19 = indicators.ForeignCapitalGrowth2019
		us19 = trade.TotalUSD2019
		rate = trade.ImpliedRate2019
	)
	tests := []struct {
		name     string
		f        func() (shenyang.Figure, error)
		want     shenyang.UnitError
		currency bool // wraps ErrCurrencyMismatch too
		text     string
	}{
		{"Share of dollars in yuan", func() (shenyang.Figure, error) {
			return shenyang.Share("t", "t", in(trade.ImportsUSD2019), in(tt19))
		}, shenyang.UnitError{Op: "Share", Arg: "whole " + tt19, Got: shenyang.UnitCNY, Want: shenyang.UnitUSD}, true,
			`shenyang: Share: whole indicators.trade-total.2019: unit "CNY" does not match "USD"`},
		{"Difference of yuan and dollars", func() (shenyang.Figure, error) {
			return shenyang.Difference("t", "t", in(tt19), in(us19))
		}, shenyang.UnitError{Op: "Difference", Arg: "b " + us19, Got: shenyang.UnitUSD, Want: shenyang.UnitCNY}, true, ""},
		{"Sum of yuan and dollars", func() (shenyang.Figure, error) {
			return shenyang.Sum("t", "t", in(us19), in(tt19))
		}, shenyang.UnitError{Op: "Sum", Arg: "b " + tt19, Got: shenyang.UnitCNY, Want: shenyang.UnitUSD}, true, ""},
		{"Growth of dollars over a ratio", func() (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", in(fg19), in(indicators.ForeignCapital2019))
		}, shenyang.UnitError{Op: "Growth", Arg: "current " + indicators.ForeignCapital2019, Got: shenyang.UnitUSD, Want: shenyang.UnitRatio}, false, ""},
		{"Reconcile a count and yuan", func() (shenyang.Figure, error) {
			return shenyang.Reconcile("t", "t", in(trade.Partners2019), in(tt19))
		}, shenyang.UnitError{Op: "Reconcile", Arg: "b " + tt19, Got: shenyang.UnitCNY, Want: shenyang.UnitCount}, false, ""},
		{"Prior with a growth in yuan", func() (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", in(tt19), in(indicators.Imports2019))
		}, shenyang.UnitError{Op: "Prior", Arg: "growth " + indicators.Imports2019, Got: shenyang.UnitCNY, Want: shenyang.UnitRatio}, false,
			`shenyang: Prior: growth indicators.imports.2019: unit "CNY" does not match "ratio"`},
		{"Convert a ratio", func() (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", in(fg19), in(rate))
		}, shenyang.UnitError{Op: "Convert", Arg: "amount " + fg19, Got: shenyang.UnitRatio, Want: shenyang.UnitCNY}, false,
			`shenyang: Convert: amount indicators.foreign-capital.growth.2019: unit "ratio" does not match "CNY"`},
		{"Convert a rate", func() (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", in(rate), in(rate))
		}, shenyang.UnitError{Op: "Convert", Arg: "amount " + rate, Got: shenyang.UnitCNYPerUSD, Want: shenyang.UnitCNY}, false, ""},
		{"Convert at dollars instead of a rate", func() (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", in(tt19), in(us19))
		}, shenyang.UnitError{Op: "Convert", Arg: "rate " + us19, Got: shenyang.UnitUSD, Want: shenyang.UnitUSDPerCNY}, false,
			`shenyang: Convert: rate trade.total-usd.2019: unit "USD" does not match "USD per CNY"`},
		{"Convert dollars at a ratio", func() (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", in(us19), in(fg19))
		}, shenyang.UnitError{Op: "Convert", Arg: "rate " + fg19, Got: shenyang.UnitRatio, Want: shenyang.UnitCNYPerUSD}, false, ""},
		{"RateOf a ratio", func() (shenyang.Figure, error) {
			return shenyang.RateOf("t", "t", in(fg19), in(us19))
		}, shenyang.UnitError{Op: "RateOf", Arg: "amount " + fg19, Got: shenyang.UnitRatio, Want: shenyang.UnitCNY}, false, ""},
		{"RateOf per a ratio", func() (shenyang.Figure, error) {
			return shenyang.RateOf("t", "t", in(tt19), in(fg19))
		}, shenyang.UnitError{Op: "RateOf", Arg: "per " + fg19, Got: shenyang.UnitRatio, Want: shenyang.UnitCNY}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f()
			if !f.IsZero() {
				t.Errorf("a figure %v beside the error", f)
			}
			if !errors.Is(err, shenyang.ErrUnitMismatch) {
				t.Fatalf("error %v does not wrap ErrUnitMismatch", err)
			}
			if got := errors.Is(err, shenyang.ErrCurrencyMismatch); got != tt.currency {
				t.Errorf("wraps ErrCurrencyMismatch: %v, want %v", got, tt.currency)
			}
			var ue *shenyang.UnitError
			if !errors.As(err, &ue) {
				t.Fatalf("error %v is not a *UnitError", err)
			}
			if diff := cmp.Diff(tt.want, *ue); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.text != "" && err.Error() != tt.text {
				t.Errorf("message %q, want %q", err.Error(), tt.text)
			}
		})
	}
}

func TestFigureFunctionValueErrors(t *testing.T) {
	in := func(id string) shenyang.Figure { return computeInput(t, id) }
	ratio, cny := shenyang.UnitRatio, shenyang.UnitCNY
	one1000 := "1" + strings.Repeat("0", 1000)         // 10^1000
	one999 := "1" + strings.Repeat("0", 999)           // 10^999
	tenth1000 := "0." + strings.Repeat("0", 999) + "1" // 10^-1000
	one := fig(t, "one", cny, "1", "[1, 1]")
	huge := fig(t, "huge", cny, "1e1000", "["+one1000+", "+one1000+"]")
	tiny := fig(t, "tiny", cny, tenth1000, "["+tenth1000+", "+tenth1000+"]")
	tests := []struct {
		name string
		f    func(t *testing.T) (shenyang.Figure, error)
		want shenyang.ValueError
	}{
		// non-positive bases of growth
		{"Growth over zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", fig(t, "p", cny, "0", "[-1, 1]"), one)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior", Value: "p [-1, 1]", Err: shenyang.ErrNotPositive}},
		{"Growth over a range touching zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", fig(t, "p", cny, "1", "[0, 2]"), one)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior", Value: "p [0, 2]", Err: shenyang.ErrNotPositive}},
		{"Growth over a range unbounded below", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", fig(t, "p", cny, "1", "(-inf, 2]"), one)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior", Value: "p (-inf, 2]", Err: shenyang.ErrNotPositive}},
		{"Growth over a negative value", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", fig(t, "p", cny, "-1", "[-2, -1]"), one)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior", Value: "p [-2, -1]", Err: shenyang.ErrNotPositive}},
		// growth at or below -1
		{"Prior of growth -1", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", one, fig(t, "g", ratio, "-1", "[-1, -1]"))
		}, shenyang.ValueError{Op: "Prior", Arg: "growth", Value: "g [-1, -1]", Err: shenyang.ErrGrowthTooLow}},
		{"Prior of a growth range closed at -1", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", one, fig(t, "g", ratio, "-0.5", "[-1, 0]"))
		}, shenyang.ValueError{Op: "Prior", Arg: "growth", Value: "g [-1, 0]", Err: shenyang.ErrGrowthTooLow}},
		{"Prior of growth -1.5", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", one, fig(t, "g", ratio, "-1.5", "[-2, -1.25]"))
		}, shenyang.ValueError{Op: "Prior", Arg: "growth", Value: "g [-2, -1.25]", Err: shenyang.ErrGrowthTooLow}},
		{"Prior of a growth unbounded below", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", one, fig(t, "g", ratio, "0", "(-inf, 1]"))
		}, shenyang.ValueError{Op: "Prior", Arg: "growth", Value: "g (-inf, 1]", Err: shenyang.ErrGrowthTooLow}},
		// zero totals
		{"Share of a zero whole", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "0", "[0, 0]"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w [0, 0]", Err: shenyang.ErrNotPositive}},
		{"Share over a range holding zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "1", "[-1, 2]"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w [-1, 2]", Err: shenyang.ErrNotPositive}},
		{"Share over a range closed at zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "1", "[0, 2]"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w [0, 2]", Err: shenyang.ErrNotPositive}},
		{"Share over a range open at zero from below, unbounded above", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "1", "(-1, +inf)"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w (-1, +inf)", Err: shenyang.ErrNotPositive}},
		{"Share over a range unbounded below reaching zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "-1", "(-inf, 0]"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w (-inf, 0]", Err: shenyang.ErrNotPositive}},
		{"Share over a range unbounded below and above zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", one, fig(t, "w", cny, "-1", "(-inf, 1]"))
		}, shenyang.ValueError{Op: "Share", Arg: "whole", Value: "w (-inf, 1]", Err: shenyang.ErrNotPositive}},
		// rates must be positive
		{"Convert at a rate touching zero", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", in(trade.TotalUSD2019), fig(t, "r", shenyang.UnitCNYPerUSD, "1", "[0, 2]"))
		}, shenyang.ValueError{Op: "Convert", Arg: "rate", Value: "r [0, 2]", Err: shenyang.ErrNotPositive}},
		{"RateOf per zero dollars", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.RateOf("t", "t", one, fig(t, "d", shenyang.UnitUSD, "0", "[0, 0]"))
		}, shenyang.ValueError{Op: "RateOf", Arg: "per", Value: "d [0, 0]", Err: shenyang.ErrNotPositive}},
		// unset figures
		{"Growth of an unset figure", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Growth("t", "t", shenyang.Figure{}, one)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior", Err: shenyang.ErrUnset}},
		// an unset rate is unset, not a unit mismatch
		{"Convert at an unset rate", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", computeInput(t, trade.TotalUSD2019), shenyang.Figure{})
		}, shenyang.ValueError{Op: "Convert", Arg: "rate", Err: shenyang.ErrUnset}},
		// a rate of a currency in itself
		{"RateOf yuan in yuan", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.RateOf("t", "t", computeInput(t, indicators.TradeTotal2019), computeInput(t, indicators.Imports2019))
		}, shenyang.ValueError{Op: "RateOf", Arg: "per", Value: "indicators.imports.2019 in CNY", Err: shenyang.ErrSameCurrency}},
		{"RateOf dollars in dollars", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.RateOf("t", "t", computeInput(t, trade.TotalUSD2019), computeInput(t, indicators.ForeignCapital2019))
		}, shenyang.ValueError{Op: "RateOf", Arg: "per", Value: "indicators.foreign-capital.2019 in USD", Err: shenyang.ErrSameCurrency}},
		{"Sum with an unset figure", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Sum("t", "t", one, shenyang.Figure{})
		}, shenyang.ValueError{Op: "Sum", Arg: "b", Err: shenyang.ErrUnset}},
		{"Prior of an unset value", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", shenyang.Figure{}, in(indicators.ForeignCapitalGrowth2019))
		}, shenyang.ValueError{Op: "Prior", Arg: "value", Err: shenyang.ErrUnset}},
		{"Prior of an unset growth", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Prior("t", "t", one, shenyang.Figure{})
		}, shenyang.ValueError{Op: "Prior", Arg: "growth", Err: shenyang.ErrUnset}},
		{"Convert an unset amount", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", shenyang.Figure{}, in(trade.ImpliedRate2019))
		}, shenyang.ValueError{Op: "Convert", Arg: "amount", Err: shenyang.ErrUnset}},
		{"Share of a figure without a range", func(t *testing.T) (shenyang.Figure, error) {
			noRange := shenyang.Figure{ID: "n", Unit: cny, Value: decimal.New(1, 0), Status: shenyang.Reported}
			return shenyang.Share("t", "t", noRange, one)
		}, shenyang.ValueError{Op: "Share", Arg: "part range", Value: "n", Err: shenyang.ErrUnset}},
		{"Difference of a figure without a unit", func(t *testing.T) (shenyang.Figure, error) {
			noUnit := fig(t, "u", 0, "1", "[1, 1]")
			return shenyang.Difference("t", "t", one, noUnit)
		}, shenyang.ValueError{Op: "Difference", Arg: "b unit", Value: "u", Err: shenyang.ErrUnset}},
		// results beyond the decimal limits
		{"Share below the smallest exponent", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Share("t", "t", tiny, huge) // 10^-2000
		}, shenyang.ValueError{Op: "Share", Arg: "result", Value: "with exponent -2000 and length 1", Err: shenyang.ErrOutOfRange}},
		{"Convert beyond the limits", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Convert("t", "t", fig(t, "d", shenyang.UnitUSD, "1e1000", "["+one1000+", "+one1000+"]"),
				fig(t, "r", shenyang.UnitCNYPerUSD, "1e999", "["+one999+", "+one999+"]")) // 10^1999
		}, shenyang.ValueError{Op: "Convert", Arg: "result", Value: "with exponent 1999 and length 1", Err: shenyang.ErrOutOfRange}},
		{"Share whose range only is beyond the limits", func(t *testing.T) (shenyang.Figure, error) {
			// the value 1/1 fits; the high end 10^1000 / 10^-1000 does not
			return shenyang.Share("t", "t", fig(t, "p", cny, "1", "[1, "+one1000+"]"), fig(t, "w", cny, "1", "["+tenth1000+", 1]"))
		}, shenyang.ValueError{Op: "Share", Arg: "result", Value: "with exponent 2000 and length 1", Err: shenyang.ErrOutOfRange}},
		// Reconcile
		{"Reconcile disjoint ranges", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Reconcile("t", "t", in(indicators.TradeTotal2019), in(indicators.Imports2019))
		}, shenyang.ValueError{Op: "Reconcile", Arg: "overlap of", Value: indicators.TradeTotal2019 + " [105450000000, 105550000000] and " + indicators.Imports2019 + " [75150000000, 75250000000]", Err: shenyang.ErrEmptyRange}},
		{"Reconcile ranges meeting at an open end", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Reconcile("t", "t", fig(t, "a", cny, "0.5", "[0, 1)"), fig(t, "b", cny, "1", "[1, 2]"))
		}, shenyang.ValueError{Op: "Reconcile", Arg: "overlap of", Value: "a [0, 1) and b [1, 2]", Err: shenyang.ErrEmptyRange}},
		{"Reconcile two readings unbounded above", func(t *testing.T) (shenyang.Figure, error) {
			return shenyang.Reconcile("t", "t", in(investors.Fortune500Companies), in(investors.Fortune500LocalCompaniesZh))
		}, shenyang.ValueError{Op: "Reconcile", Arg: "overlap of", Value: investors.Fortune500Companies + " (100, +inf) and " + investors.Fortune500LocalCompaniesZh + " (170, +inf)", Err: shenyang.ErrUnbounded}},
		{"Reconcile counts with no whole number in common", func(t *testing.T) (shenyang.Figure, error) {
			// [169.5, 170.5] and [170.5, 171.4] meet in [170.5, 170.5],
			// which holds no whole number: the next ones in are 171 and 170
			return shenyang.Reconcile("t", "t", fig(t, "a", shenyang.UnitCount, "170", "[169.5, 170.5]"), fig(t, "b", shenyang.UnitCount, "171", "[170.5, 171.4]"))
		}, shenyang.ValueError{Op: "Reconcile", Arg: "result", Value: "[171, 170]", Err: shenyang.ErrEmptyRange}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f(t)
			if !f.IsZero() {
				t.Errorf("a figure %v beside the error", f)
			}
			testcheck.Err(t, err, testcheck.Failure{Is: tt.want.Err, Val: &tt.want})
		})
	}
}

// TestFigureFunctionsPeriods covers the period rules: Prior moves each
// date back one year, and a result of two inputs spans both periods.
func TestFigureFunctionsPeriods(t *testing.T) {
	cny, ratio := shenyang.UnitCNY, shenyang.UnitRatio
	growth := computeFigure(t, "g", ratio, "0.5", "[0.25, 0.75]", "2019")
	priors := []struct {
		period string
		want   string
		err    error
	}{
		{"2019", "2018", nil},
		{"2019-03-01", "2018-03-01", nil},
		{"2019-05/2019-12", "2018-05/2018-12", nil},
		{"2009/2020-04-09", "2008/2019-04-09", nil},
		{"0001", "0000", nil},
		{"2020-02-29", "", shenyang.ErrInvalid},      // 2019 has no 29 February
		{"2019-02-29", "", shenyang.ErrSyntax},       // no such date: refused as an input
		{"2019/2020-02-29", "", shenyang.ErrInvalid}, // the end moves too
		{"0000", "", shenyang.ErrInvalid},            // no year before year 0
		{"19", "", shenyang.ErrSyntax},
		{"x019", "", shenyang.ErrSyntax},
		{"2019/20x0", "", shenyang.ErrSyntax},
	}
	for _, tt := range priors {
		t.Run("Prior "+tt.period, func(t *testing.T) {
			v := computeFigure(t, "v", cny, "3", "[2, 4]", tt.period)
			f, err := shenyang.Prior("t.p", "p", v, growth)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			switch {
			case errors.Is(err, shenyang.ErrSyntax): // a period the decoder refuses too
				testcheck.Err(t, err, testcheck.VE("Prior", "value period", "v "+strconv.Quote(tt.period), tt.err))
				return
			case err != nil: // a period with no year before it
				testcheck.Err(t, err, testcheck.VE("Prior", "value", "v period "+tt.period, tt.err))
				return
			}
			if diff := cmp.Diff(shenyang.Period{ISO: tt.want}, f.Period); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// 3 / 1.5 = 2; [2/1.75, 4/1.25] = [1.142857142857142|857..., 3.2]
			if got := shenyang.FormatDecimal(f.Value) + " " + f.Range.String(); got != "2 [1.142857142857142, 3.2]" {
				t.Errorf("value and range %s, want 2 [1.142857142857142, 3.2]", got)
			}
		})
	}
	spans := []struct {
		a, b shenyang.Period
		want shenyang.Period
	}{
		{shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2019"}},
		{shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2018"}, shenyang.Period{ISO: "2018/2019"}},
		{shenyang.Period{ISO: "2018"}, shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2018/2019"}},
		{shenyang.Period{ISO: "2019-05"}, shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2019"}}, // May lies inside 2019
		{shenyang.Period{ISO: "2019-05"}, shenyang.Period{ISO: "2019-12-31"}, shenyang.Period{ISO: "2019-05/2019-12-31"}},
		{shenyang.Period{ISO: "2009/2020-04-09"}, shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2009/2020-04-09"}},
		{shenyang.Period{ISO: "2020-04-09"}, shenyang.Period{ISO: "2020-01-07"}, shenyang.Period{ISO: "2020-01-07/2020-04-09"}},
		{shenyang.Period{ISO: "2018/2019"}, shenyang.Period{ISO: "2019/2020"}, shenyang.Period{ISO: "2018/2020"}},
		// an inferred input: the same period takes its basis, a span says so
		{shenyang.Period{ISO: "2019"}, shenyang.Period{ISO: "2019", InferredFrom: "a guess"},
			shenyang.Period{ISO: "2019", InferredFrom: inherited("b", "a guess")}},
		{shenyang.Period{ISO: "2018", InferredFrom: "a guess"}, shenyang.Period{ISO: "2019"},
			shenyang.Period{ISO: "2018/2019", InferredFrom: "the span of its inputs' periods, one of them inferred"}},
	}
	for _, tt := range spans {
		t.Run("Sum "+tt.a.String()+" and "+tt.b.String(), func(t *testing.T) {
			a := computeFigure(t, "a", cny, "1", "[1, 1]", "")
			b := computeFigure(t, "b", cny, "2", "[2, 2]", "")
			a.Period, b.Period = tt.a, tt.b
			for _, fn := range []struct {
				name string
				f    func(id, label string, a, b shenyang.Figure) (shenyang.Figure, error)
			}{{"Sum", shenyang.Sum}, {"Difference", shenyang.Difference}, {"Share", shenyang.Share}} {
				f, err := fn.f("t.s", "s", a, b)
				if err != nil {
					t.Fatalf("%s: %v", fn.name, err)
				}
				if diff := cmp.Diff(tt.want, f.Period); diff != "" {
					t.Errorf("%s (-want +got):\n%s", fn.name, diff)
				}
			}
		})
	}
	// Growth and Convert take the period of current and of the amount
	prior := computeFigure(t, "p", cny, "2", "[2, 2]", "2018")
	current := computeFigure(t, "c", cny, "3", "[3, 3]", "2019-06")
	g, err := shenyang.Growth("t.g", "g", prior, current)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(shenyang.Period{ISO: "2019-06"}, g.Period); diff != "" {
		t.Errorf("Growth (-want +got):\n%s", diff)
	}
	rate := computeFigure(t, "r", shenyang.UnitCNYPerUSD, "7", "[7, 7]", "2019")
	c, err := shenyang.Convert("t.c", "c", current, rate)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(shenyang.Period{ISO: "2019-06"}, c.Period); diff != "" {
		t.Errorf("Convert (-want +got):\n%s", diff)
	}
}

// TestFigureFunctionsFromJSON: a figure decoded from JSON has lost its
// formula. For a reported input that changes nothing; a derived one is
// then a reported figure with its own range.
func TestFigureFunctionsFromJSON(t *testing.T) {
	decode := func(t *testing.T, f shenyang.Figure) shenyang.Figure {
		t.Helper()
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		var g shenyang.Figure
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		return g
	}
	imports := computeInput(t, indicators.Imports2019)
	total := computeInput(t, indicators.TradeTotal2019)
	exports := computeInput(t, trade.Exports2019)
	t.Run("reported input", func(t *testing.T) {
		for _, in := range [][2]shenyang.Figure{{imports, total}, {decode(t, imports), total}, {imports, decode(t, total)}, {decode(t, imports), decode(t, total)}} {
			f, err := shenyang.Share("t.s", "s", in[0], in[1])
			if err != nil {
				t.Fatal(err)
			}
			// 75.2 / 105.5, as in TestFigureFunctions
			want := computed{ID: "t.s", Label: "s", Value: "0.7127962085308057", Range: "[0.7119848413074372, 0.7136083451872926]",
				Unit: shenyang.UnitRatio, Period: shenyang.Period{ISO: "2019", InferredFrom: inherited(indicators.Imports2019, sameYear)},
				Qualifier: shenyang.Computed, Status: shenyang.Derived, Formula: indicators.Imports2019 + " / " + indicators.TradeTotal2019,
				Inputs: []string{indicators.Imports2019, indicators.TradeTotal2019}, Method: shenyang.MethodIntervals, Citations: 4}
			if diff := cmp.Diff(want, summarize(f)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		}
	})
	t.Run("derived input", func(t *testing.T) {
		decoded := decode(t, exports)
		if !decoded.Equal(exports) {
			t.Fatalf("decoded %v, want %v", decoded, exports)
		}
		f, err := shenyang.Sum("t.s", "s", decoded, imports)
		if err != nil {
			t.Fatal(err)
		}
		// the same value, 30.3 + 75.2 = 105.5 billion, but exports are
		// now a figure of their own, [30.2, 30.4] billion: [30.2 + 75.15,
		// 30.4 + 75.25], where the original gives [105.45, 105.55]
		want := computed{ID: "t.s", Label: "s", Value: "105500000000", Range: "[105350000000, 105650000000]",
			Unit: shenyang.UnitCNY, Period: shenyang.Period{ISO: "2019", InferredFrom: inherited(indicators.TradeTotal2019, lastYear)},
			Qualifier: shenyang.Computed, Status: shenyang.Derived, Formula: trade.Exports2019 + " + " + indicators.Imports2019,
			Inputs: []string{trade.Exports2019, indicators.Imports2019}, Method: shenyang.MethodIntervals, Citations: 4}
		if diff := cmp.Diff(want, summarize(f)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

func TestCountRangeOf(t *testing.T) {
	failure := func(arg, value string, err error) *testcheck.Failure {
		f := testcheck.VE("CountRangeOf", arg, value, err)
		return &f
	}
	tests := []struct {
		n    decimal.Decimal
		q    shenyang.Qualifier
		want string
		err  *testcheck.Failure
	}{
		{decimal.New(188, 0), shenyang.AsPrinted, "[188, 188]", nil},
		{decimal.New(170, 0), shenyang.Some, "[165, 175]", nil}, // half of the last non-zero digit, 10
		{decimal.New(17, 0), shenyang.Some, "[17, 17]", nil},    // [16.5, 17.5] holds 17 alone
		{decimal.New(1, 3), shenyang.Some, "[500, 1500]", nil},  // some 1e3: [0.5e3, 1.5e3]
		{decimal.New(175, 0), shenyang.Some, "[175, 175]", nil}, // [174.5, 175.5]
		{decimal.New(100, 0), shenyang.MoreThan, "(100, +inf)", nil},
		{decimal.New(52, 0), shenyang.Surpassed, "(52, +inf)", nil},
		{decimal.New(100, 0), shenyang.AtLeast, "[100, +inf)", nil},
		{decimal.New(0, 0), shenyang.AsPrinted, "[0, 0]", nil},
		{decimal.New(15, -1), shenyang.AsPrinted, "", failure("count", "1.5", shenyang.ErrInvalid)}, // 1.5 is not whole
		{decimal.New(100, 0), 0, "", failure("qualifier", "", shenyang.ErrUnset)},
		{decimal.New(100, 0), shenyang.Computed, "", failure("qualifier", "computed", shenyang.ErrInvalid)},
		{decimal.New(1, 1001), shenyang.AsPrinted, "", failure("count", "with exponent 1001 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, tt := range tests {
		t.Run(tt.n.String()+" "+tt.q.String(), func(t *testing.T) {
			r, err := shenyang.CountRangeOf(tt.n, tt.q)
			if tt.err != nil {
				testcheck.Err(t, err, *tt.err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.String() != tt.want {
				t.Errorf("range %s, want %s", r, tt.want)
			}
		})
	}
}

// TestDerivedValueAtOpenBound: more than 100 companies plus exactly 188
// partners is more than 288, with the value 288 at the open bound, as a
// reported "more than" figure has it, and the figure survives JSON.
func TestDerivedValueAtOpenBound(t *testing.T) {
	more := computeInput(t, investors.Fortune500Companies) // (100, +inf)
	exact := computeInput(t, trade.Partners2019)           // [188, 188]
	f, err := shenyang.Sum("t.sum", "a sum of counts", more, exact)
	if err != nil {
		t.Fatal(err)
	}
	// 100 + 188 = 288; (100, +inf) + [188, 188] = (288, +inf).
	if got := shenyang.FormatDecimal(f.Value) + " " + f.Range.String() + " " + f.Qualifier.String(); got != "288 (288, +inf) more than" {
		t.Errorf("Sum = %s, want 288 (288, +inf) more than", got)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var g shenyang.Figure
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	if !g.Equal(f) {
		t.Errorf("decoded %v, want %v", g, f)
	}
}

// TestOneRule checks the rounding rule at the seams where v0.2's two
// rules disagreed: each result below was refused by the module's own JSON
// decoder there (its value was outside its range or on an open end), and
// each now decodes to an equal figure.
func TestOneRule(t *testing.T) {
	cny, count := shenyang.UnitCNY, shenyang.UnitCount
	tests := []struct {
		name string
		f    func(t *testing.T) (shenyang.Figure, error)
		want string // value, range, qualifier
	}{
		{"a value rounding onto an open end", func(t *testing.T) (shenyang.Figure, error) {
			// 1.0000000000000000001 + 0 rounds to 1, the open end of
			// (1, 2]: the value is the 16-digit decimal inside nearest it
			return shenyang.Sum("t.s", "s", fig(t, "a", cny, "1.0000000000000000001", "(1, 2]"), fig(t, "b", cny, "0", "[0, 0]"))
		}, "1.000000000000001 (1, 2] computed"},
		{"a growth rounding onto an open end", func(t *testing.T) (shenyang.Figure, error) {
			// 1e-16 / 3 - 1 = -0.99999999999999996666... rounds to -1, the
			// open end of (0/3 - 1, 1/3 - 1] = (-1, -0.6666...]
			return shenyang.Growth("t.g", "g", fig(t, "p", cny, "3", "[3, 3]"), fig(t, "c", cny, "0.0000000000000001", "(0, 1]"))
		}, "-0.9999999999999999 (-1, -0.6666666666666666] computed"},
		{"a repeated input rounding onto an open end", func(t *testing.T) (shenyang.Figure, error) {
			// x + x over (1, 2] is (2, 4] by corners, open where x is; 2 *
			// 1.0000000000000000001 rounds to 2, its open end
			x := fig(t, "x", cny, "1.0000000000000000001", "(1, 2]")
			return shenyang.Sum("t.s", "s", x, x)
		}, "2.000000000000001 (2, 4] computed"},
		{"a midpoint of 21 digits", func(t *testing.T) (shenyang.Figure, error) {
			r := "[1.00000000000000000001, 1.00000000000000000003]"
			return shenyang.Reconcile("t.r", "r", fig(t, "a", cny, "1.00000000000000000002", r), fig(t, "b", cny, "1.00000000000000000002", r))
		}, "1 [1, 1.000000000000001] computed"}, // the midpoint 1.00000000000000000002 rounds to 1; the range outward
		{"a count rounded out of its range", func(t *testing.T) (shenyang.Figure, error) {
			// 188 / 1.1575 = 162.42 rounds to 162; [188/1.16, 188/1.15] =
			// [162.07, 163.48] holds the whole number 163 alone
			return shenyang.Prior("t.p", "p", fig(t, "n", count, "188", "[188, 188]"), fig(t, "g", shenyang.UnitRatio, "0.1575", "[0.15, 0.16]"))
		}, "163 [163, 163] computed"},
		{"a count bounded above only", func(t *testing.T) (shenyang.Figure, error) {
			// 188 - (170, +inf) = (-inf, 18): less than 18, the value at
			// the excluded bound as a "more than" figure's is
			return shenyang.Difference("t.d", "d", computeInput(t, trade.Partners2019), computeInput(t, investors.Fortune500LocalCompaniesZh))
		}, "18 (-inf, 18) less than"},
		{"a range bounded above only, closed", func(t *testing.T) (shenyang.Figure, error) {
			// 5 - [1, +inf) = (-inf, 4]
			return shenyang.Difference("t.d", "d", fig(t, "a", cny, "5", "[5, 5]"), fig(t, "b", cny, "1", "[1, +inf)"))
		}, "4 (-inf, 4] at most"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f(t)
			if err != nil {
				t.Fatal(err)
			}
			if got := shenyang.FormatDecimal(f.Value) + " " + f.Range.String() + " " + f.Qualifier.String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			b, err := json.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			var g shenyang.Figure
			if err := json.Unmarshal(b, &g); err != nil || !g.Equal(f) {
				t.Errorf("decoding %s: %v, %v; want %v", b, g, err, f)
			}
		})
	}
}

// TestFigureFunctionsCheckInputs: the Figure functions refuse what the
// JSON decoder refuses, and two figures that share an id but differ.
func TestFigureFunctionsCheckInputs(t *testing.T) {
	fc := computeInput(t, indicators.ForeignCapital2019)
	moved := fc
	moved.ID, moved.Value = "my.copy", decimal.New(2, 9) // 2e9, outside [1645000000, 1655000000]
	noID, noQualifier, noStatus := fc, fc, fc
	noID.ID, noQualifier.Qualifier, noStatus.Status = "", 0, 0
	x1 := computeFigure(t, "x", shenyang.UnitCNY, "1.5", "[1, 2]", "2019")
	x2 := computeFigure(t, "x", shenyang.UnitCNY, "1.5", "[1, 2]", "2019")
	x2.Label = "another figure named x"
	one := computeFigure(t, "y", shenyang.UnitCNY, "1", "[1, 1]", "2019")
	sum, err := shenyang.Sum("s", "s", x1, one)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    func() (shenyang.Figure, error)
		want shenyang.ValueError
	}{
		{"a value outside its range", func() (shenyang.Figure, error) { return shenyang.Growth("g", "g", fc, moved) },
			shenyang.ValueError{Op: "Growth", Arg: "current my.copy value", Value: "2000000000 outside range [1645000000, 1655000000]", Err: shenyang.ErrInconsistent}},
		{"no id", func() (shenyang.Figure, error) { return shenyang.Growth("g", "g", fc, noID) },
			shenyang.ValueError{Op: "Growth", Arg: "current id", Err: shenyang.ErrUnset}},
		{"no qualifier", func() (shenyang.Figure, error) { return shenyang.Growth("g", "g", noQualifier, fc) },
			shenyang.ValueError{Op: "Growth", Arg: "prior qualifier", Value: indicators.ForeignCapital2019, Err: shenyang.ErrUnset}},
		{"no status", func() (shenyang.Figure, error) { return shenyang.Growth("g", "g", fc, noStatus) },
			shenyang.ValueError{Op: "Growth", Arg: "current status", Value: indicators.ForeignCapital2019, Err: shenyang.ErrUnset}},
		// v0.2 took the two for one and published [0, 0]
		{"two figures with one id", func() (shenyang.Figure, error) { return shenyang.Difference("d", "d", x1, x2) },
			shenyang.ValueError{Op: "Difference", Arg: "inputs", Value: `two figures with id "x"`, Err: shenyang.ErrInconsistent}},
		{"two figures with one id, one inside a formula", func() (shenyang.Figure, error) { return shenyang.Difference("d", "d", sum, x2) },
			shenyang.ValueError{Op: "Difference", Arg: "inputs", Value: `two figures with id "x"`, Err: shenyang.ErrInconsistent}},
		{"an invalid qualifier", func() (shenyang.Figure, error) {
			bad := fc
			bad.Qualifier = 99
			return shenyang.Growth("g", "g", bad, fc)
		}, shenyang.ValueError{Op: "Growth", Arg: "prior qualifier", Value: indicators.ForeignCapital2019 + " 99", Err: shenyang.ErrInvalid}},
		{"a period the decoder refuses", func() (shenyang.Figure, error) {
			bad := fc
			bad.ID, bad.Period = "my.junk", shenyang.Period{ISO: "junk"}
			return shenyang.Growth("g", "g", fc, bad)
		}, shenyang.ValueError{Op: "Growth", Arg: "current period", Value: `my.junk "junk"`, Err: shenyang.ErrSyntax}},
		{"no id for the new figure", func() (shenyang.Figure, error) { return shenyang.Sum("", "s", x1, one) },
			shenyang.ValueError{Op: "Sum", Arg: "id", Value: "of the new figure", Err: shenyang.ErrUnset}},
		{"the id of an input for the new figure", func() (shenyang.Figure, error) { return shenyang.Sum("x", "s", x1, one) },
			shenyang.ValueError{Op: "Sum", Arg: "id", Value: `"x", the id of an input`, Err: shenyang.ErrInconsistent}},
		// a midpoint between two ends within the limits lies beyond them:
		// (10^-1000 + 2 * 10^-1000) / 2 = 15 * 10^-1001
		{"a value beyond the limits between two ends within them", func() (shenyang.Figure, error) {
			tiny := computeFigure(t, "tiny", shenyang.UnitCNY, "1e-1000", "[0."+strings.Repeat("0", 999)+"1, 0."+strings.Repeat("0", 999)+"2]", "2019")
			return shenyang.Reconcile("r", "r", tiny, tiny)
		}, shenyang.ValueError{Op: "Reconcile", Arg: "result", Value: "with exponent -1001 and length 2", Err: shenyang.ErrOutOfRange}},
		// v0.2 returned 140.3 % with the arguments swapped
		{"a part above its whole", func() (shenyang.Figure, error) {
			return shenyang.Share("s", "s", computeInput(t, indicators.TradeTotal2019), computeInput(t, indicators.Imports2019))
		}, shenyang.ValueError{Op: "Share", Arg: "part", Value: "indicators.trade-total.2019 105500000000 > whole indicators.imports.2019 75200000000", Err: shenyang.ErrPartExceedsWhole}},
		{"a negative part", func() (shenyang.Figure, error) {
			return shenyang.Share("s", "s", computeFigure(t, "p", shenyang.UnitCNY, "-1", "[-2, 0]", "2019"), x1)
		}, shenyang.ValueError{Op: "Share", Arg: "part", Value: "p -1", Err: shenyang.ErrNegative}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.f()
			if !f.IsZero() {
				t.Errorf("a figure %v beside the error", f)
			}
			testcheck.Err(t, err, testcheck.Failure{Is: tt.want.Err, Val: &tt.want})
		})
	}
	// A derived figure whose value and range a caller changed on a copy is
	// that copy, not its old formula: v0.2 and v0.3 before the review gave
	// Growth(D, E) = 0 in [-0.5, 1] here.
	edited := sum
	edited.ID, edited.Value, edited.Range = "my.edited", decimal.New(100, 0), shenyang.Exactly(decimal.New(100, 0))
	g, err := shenyang.Growth("g", "g", sum, edited)
	if err != nil {
		t.Fatal(err)
	}
	// 100 / 2.5 - 1 = 39 (sum = 1.5 + 1); [100 / 3 - 1, 100 / 2 - 1]
	// = [32.333..., 49]
	if got := shenyang.FormatDecimal(g.Value) + " " + g.Range.String(); got != "39 [32.33333333333333, 49]" {
		t.Errorf("Growth(sum, edited copy) = %s, want 39 [32.33333333333333, 49]", got)
	}
	// A figure and its JSON-decoded copy are one figure, and combine.
	b, err := json.Marshal(x1)
	if err != nil {
		t.Fatal(err)
	}
	var decoded shenyang.Figure
	if err := json.Unmarshal(b, &decoded); err != nil {
		t.Fatal(err)
	}
	d, err := shenyang.Difference("d", "d", sum, decoded)
	if err != nil {
		t.Fatal(err)
	}
	// (x + y) - x = y = 1 wherever x lies, by corners
	if got := shenyang.FormatDecimal(d.Value) + " " + d.Range.String(); got != "1 [1, 1]" {
		t.Errorf("(x + y) - decoded x = %s, want 1 [1, 1]", got)
	}
}

// TestAreaOfDerived: a Figure function gives its result the area its
// inputs share, and none when they differ; it takes no area argument.
func TestAreaOfDerived(t *testing.T) {
	// Shenyang's imports and total: Shenyang's.
	share, err := shenyang.Share("t.share", "", computeInput(t, indicators.Imports2019), computeInput(t, indicators.TradeTotal2019))
	if err != nil || share.Area != "Shenyang" {
		t.Errorf("Share of two of Shenyang's figures: area %q, %v; want Shenyang", share.Area, err)
	}
	// Shenyang's growth minus China's: no one place.
	gap, err := shenyang.Difference("t.gap", "", computeInput(t, indicators.ForeignCapitalGrowth2019), computeInput(t, indicators.ForeignCapitalGrowthNational2019))
	if err != nil || gap.Area != "" {
		t.Errorf("Difference of Shenyang's and China's growth: area %q, %v; want none", gap.Area, err)
	}
}

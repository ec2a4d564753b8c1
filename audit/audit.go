package audit

import (
	"fmt"
	"strconv"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// Verdict is the outcome of a check. The zero value is unset.
type Verdict uint8

// The verdicts.
const (
	Holds     Verdict = iota + 1 // true for every value the ranges allow
	Fails                        // false for every value the ranges allow
	Undecided                    // true for some values and false for others
)

// String returns "holds", "fails" or "undecided"; "" when unset.
func (v Verdict) String() string {
	if int(v) >= len(verdictNames) {
		return ""
	}
	return verdictNames[v]
}

var verdictNames = [...]string{Holds: "holds", Fails: "fails", Undecided: "undecided"}

// MarshalText returns the [Verdict.String] form; "" when unset. A value
// that is none of the verdicts is an error wrapping [shenyang.ErrInvalid].
func (v Verdict) MarshalText() ([]byte, error) {
	if v != 0 && v.String() == "" {
		return nil, &shenyang.ValueError{Op: "audit.Verdict.MarshalText", Arg: "verdict", Value: strconv.Itoa(int(v)), Err: shenyang.ErrInvalid}
	}
	return []byte(v.String()), nil
}

// UnmarshalText parses "holds", "fails" or "undecided"; "" gives the
// unset verdict. Anything else is an error wrapping [shenyang.ErrSyntax],
// and leaves v unchanged.
func (v *Verdict) UnmarshalText(b []byte) error {
	for w := range Undecided + 1 {
		if string(b) == w.String() {
			*v = w
			return nil
		}
	}
	return &shenyang.ValueError{Op: "audit.Verdict.UnmarshalText", Arg: "verdict", Value: strconv.Quote(string(b)), Err: shenyang.ErrSyntax}
}

// Check is one consistency check and its outcome.
type Check struct {
	ID string `json:"id"`
	// Claim is the proposition checked, such as "exports fell in 2019".
	Claim string `json:"claim"`
	// Inputs are the ids of the figures the check reads.
	Inputs shenyang.List[string] `json:"inputs"`
	// Rule is the tolerance rule: over which ranges the claim is decided.
	Rule    string  `json:"rule"`
	Verdict Verdict `json:"verdict"`
	// Finding gives the numbers behind the verdict.
	Finding string `json:"finding"`
}

// Run performs every check, in a fixed order: the exchange rates, the
// report against itself, what the figures imply, the agreement of the two
// editions, and the national figures and the work report that say what
// the Chinese edition compared with.
func Run() ([]Check, error) { return run(figure) }

// run performs every check on the figures lookup gives, so that a test can
// give figures that make a check fail.
func run(lookup func(id string) (shenyang.Figure, bool)) ([]Check, error) {
	a := &auditor{lookup: lookup}
	a.rates()
	a.internal()
	a.implications()
	a.editions()
	a.corroboration()
	return a.checks, a.err
}

// figure returns the figure with the given id from any data package.
func figure(id string) (shenyang.Figure, bool) {
	for _, lookup := range [...]func(string) (shenyang.Figure, bool){indicators.Figure, trade.Figure, investors.Figure} {
		if f, ok := lookup(id); ok {
			return f, true
		}
	}
	return shenyang.Figure{}, false
}

type auditor struct {
	lookup func(id string) (shenyang.Figure, bool)
	checks []Check
	err    error
}

// fig returns the figure with the given id.
func (a *auditor) fig(id string) shenyang.Figure {
	if f, ok := a.lookup(id); ok {
		return f
	}
	if a.err == nil {
		a.err = fmt.Errorf("audit: no figure %q", id)
	}
	return shenyang.Figure{}
}

func (a *auditor) add(c Check, err error) {
	if err != nil {
		if a.err == nil {
			a.err = fmt.Errorf("audit: %s: %w", c.ID, err)
		}
		return
	}
	a.checks = append(a.checks, c)
}

func ids(figs ...shenyang.Figure) shenyang.List[string] {
	out := make([]string, len(figs))
	for i, f := range figs {
		out[i] = f.ID
	}
	return shenyang.ListOf(out...)
}

func (a *auditor) rates() {
	total, usd := a.fig(indicators.TradeTotal2019), a.fig(trade.TotalUSD2019)
	official, atOfficial := a.fig(trade.OfficialRate2019), a.fig(trade.TotalUSDOfficial2019)
	a.add(Check{
		ID:      "rate.printed-dollars",
		Claim:   `105.5 billion yuan at the official 2019 rate is the report's "$15 billion"`,
		Inputs:  ids(total, official, usd),
		Rule:    `holds if every dollar value that the yuan total's range and the official rate's range allow lies in the range "$15 billion" stands for`,
		Verdict: within(atOfficial.Range, usd.Range),
		Finding: fmt.Sprintf("105.5 billion yuan / %s = %s, range %s; \"$15 billion\" stands for %s",
			show(official.Value, official.Unit), show(atOfficial.Value, atOfficial.Unit), showRange(atOfficial.Range, usd.Unit), showRange(usd.Range, usd.Unit)),
	}, nil)
	implied := a.fig(trade.ImpliedRate2019)
	a.add(Check{
		ID:      "rate.official-within-implied",
		Claim:   "the official 2019 rate is one the report's rounding allows",
		Inputs:  ids(official, implied),
		Rule:    "holds if the official rate's range lies within the range of rates that 105.5 billion yuan and \"$15 billion\" allow at their printed precision",
		Verdict: within(official.Range, implied.Range),
		Finding: fmt.Sprintf("official %s; the report implies %s, range %s",
			show(official.Value, official.Unit), show(implied.Value, implied.Unit), showRange(implied.Range, implied.Unit)),
	}, nil)
}

func (a *auditor) internal() {
	total, imports, exports := a.fig(indicators.TradeTotal2019), a.fig(indicators.Imports2019), a.fig(trade.Exports2019)
	a.add(Check{
		ID:      "trade.imports-within-total",
		Claim:   "imports are less than total trade, leaving positive exports",
		Inputs:  ids(total, imports),
		Rule:    "holds if the range of total minus imports lies above zero",
		Verdict: positive(exports.Range),
		Finding: fmt.Sprintf("exports = 105.5 - 75.2 = %s, range %s", show(exports.Value, exports.Unit), showRange(exports.Range, exports.Unit)),
	}, nil)
	exports18 := a.fig(trade.Exports2018)
	a.add(Check{
		ID:      "trade.growth-rates-compatible",
		Claim:   "the growth rates of total trade and of imports leave positive exports in 2018",
		Inputs:  ids(a.fig(indicators.TradeTotal2018), a.fig(indicators.Imports2018)),
		Rule:    "holds if the range of 2018 total minus 2018 imports, each from its 2019 value and growth, lies above zero",
		Verdict: positive(exports18.Range),
		Finding: fmt.Sprintf("2018 exports = %s, range %s", show(exports18.Value, exports18.Unit), showRange(exports18.Range, exports18.Unit)),
	}, nil)
}

func (a *auditor) implications() {
	g := a.fig(trade.ExportsGrowth2019)
	a.add(Check{
		ID:      "implied.exports-fell",
		Claim:   "exports fell in 2019, which the report does not say",
		Inputs:  ids(g),
		Rule:    "holds if the whole range of export growth lies below zero",
		Verdict: negative(g.Range),
		Finding: fmt.Sprintf("export growth %s, range %s: from %s to %s",
			show(g.Value, g.Unit), showRange(g.Range, g.Unit), show(a.fig(trade.Exports2018).Value, shenyang.UnitCNY), show(a.fig(trade.Exports2019).Value, shenyang.UnitCNY)),
	}, nil)
	b := a.fig(trade.Balance2019)
	a.add(Check{
		ID:      "implied.trade-deficit",
		Claim:   "Shenyang ran a trade deficit in 2019",
		Inputs:  ids(b),
		Rule:    "holds if the whole range of exports minus imports lies below zero",
		Verdict: negative(b.Range),
		Finding: fmt.Sprintf("balance %s, range %s", show(b.Value, b.Unit), showRange(b.Range, b.Unit)),
	}, nil)
	s19, s18 := a.fig(trade.ImportShare2019), a.fig(trade.ImportShare2018)
	// Exact: the difference is monotone in each reported input.
	change, err := shenyang.Difference("audit.import-share-change", "change in import share", s19, s18)
	d := change.Range
	a.add(Check{
		ID:      "implied.import-share-rose",
		Claim:   "imports took a larger share of trade in 2019 than in 2018",
		Inputs:  ids(s19, s18),
		Rule:    "holds if the whole range of the 2019 share minus the 2018 share lies above zero",
		Verdict: positive(d),
		Finding: fmt.Sprintf("%s in 2018, %s in 2019; the difference lies in %s", show(s18.Value, s18.Unit), show(s19.Value, s19.Unit), showRange(d, shenyang.UnitRatio)),
	}, err)
}

// zhFigures are the figures both editions report, with the Chinese
// edition's value (from the sources' README) at its printed precision.
var zhFigures = [...]struct {
	id      string
	zhID    string // the Chinese reading's own figure, where it differs
	coef    int64
	exp     int32
	q       shenyang.Qualifier
	printed string
	what    string // what the figure counts, for the claim
}{
	{indicators.ForeignCapital2019, "", 165, 7, shenyang.AsPrinted, "16.5亿美元", "actual use of foreign capital"},
	{indicators.ForeignCapitalGrowth2019, "", 15, -2, shenyang.AsPrinted, "15%", "the growth of actual use of foreign capital"},
	{indicators.TradeTotal2019, "", 1055, 8, shenyang.AsPrinted, "1055亿元", "total imports and exports"},
	{indicators.TradeTotalGrowth2019, "", 72, -3, shenyang.AsPrinted, "7.2%", "the growth of total imports and exports"},
	{indicators.Imports2019, "", 752, 8, shenyang.AsPrinted, "752亿元", "imports"},
	{indicators.ImportsGrowth2019, "", 171, -3, shenyang.AsPrinted, "17.1%", "the growth of imports"},
	{investors.Fortune500Companies, "", 100, 0, shenyang.MoreThan, "more than 100", "the number of Fortune Global 500 companies investing"},
	{investors.Fortune500LocalCompanies, investors.Fortune500LocalCompaniesZh, 170, 0, shenyang.MoreThan, "more than 170", "the number of local companies they invest in"},
}

func (a *auditor) editions() {
	for _, z := range zhFigures {
		en := a.fig(z.id)
		zr, err := shenyang.RangeOf(decimal.New(z.coef, z.exp), z.q)
		inputs := ids(en)
		if z.zhID != "" {
			zh := a.fig(z.zhID)
			zr, inputs = zh.Range, ids(en, zh)
		}
		verdict := Fails
		both, ierr := en.Range.Intersect(zr)
		if ierr == nil {
			verdict = Holds
		}
		finding := fmt.Sprintf("English %q stands for %s; Chinese %q for %s", en.Printed, showRange(en.Range, en.Unit), z.printed, showRange(zr, en.Unit))
		if verdict == Holds && !both.Equal(en.Range) {
			finding += "; together " + showRange(both, en.Unit)
		}
		a.add(Check{
			ID:      "editions." + en.ID,
			Claim:   "the English and Chinese editions agree on " + z.what,
			Inputs:  inputs,
			Rule:    "holds if the ranges the two printed values stand for overlap; fails if they are disjoint",
			Verdict: verdict,
			Finding: finding,
		}, err)
	}
}

// references are growth rates other sources report, at their printed
// precision: the Ministry of Commerce's national figures, which say what
// the Chinese edition's comparison was with, and Shenyang's work report,
// which repeats the report's two growth rates (the trade one as an
// estimate). The customs administration's national trade growth is not
// among them: no copy of its releases (January to November 2019, the full
// year of 2020-01-14) could be read.
var references = [...]struct {
	id      string // the check's id
	fig     string // the module's figure compared with
	coef    int64  // the reported growth, coef * 10^exp
	exp     int32
	printed string
	source  func() shenyang.Source
	// relation is "holds" when the figure's range should hold the
	// reference (the basis the comparison most likely used), "excludes"
	// when it should not meet it (a basis it did not use), and "agrees"
	// when the source repeats the figure and the two ranges should
	// overlap.
	relation string
	claim    string
}{
	{"national.foreign-capital.commerce-jan-nov-usd", indicators.ForeignCapitalGrowthNational2019, 26, -3, "2.6 %", shenyang.CommerceJanNov, "holds",
		"the national growth the Chinese edition implies holds the Ministry of Commerce's January-November 2019 growth in dollars"},
	{"national.foreign-capital.commerce-jan-nov-cny", indicators.ForeignCapitalGrowthNational2019, 60, -3, "6.0 %", shenyang.CommerceJanNov, "excludes",
		"the national growth the Chinese edition implies is not the ministry's January-November 2019 growth in yuan"},
	{"national.foreign-capital.commerce-full-year-cny", indicators.ForeignCapitalGrowthNational2019, 58, -3, "5.8 %", shenyang.CommerceFullYear, "excludes",
		"the national growth the Chinese edition implies is not the ministry's full-year 2019 growth in yuan"},
	{"work-report.foreign-capital", indicators.ForeignCapitalGrowth2019, 15, -2, "15%", shenyang.WorkReport, "agrees",
		"Shenyang's work report agrees with the report on the growth of actual use of foreign capital"},
	{"work-report.trade-total", indicators.TradeTotalGrowth2019, 72, -3, "7.2%", shenyang.WorkReport, "agrees",
		"Shenyang's work report, as an estimate, agrees with the report on the growth of total imports and exports"},
}

// corroboration checks the module's figures against the growth rates of
// other sources (references).
func (a *auditor) corroboration() {
	for _, r := range references {
		f := a.fig(r.fig)
		ref, err := shenyang.RangeOf(decimal.New(r.coef, r.exp), shenyang.AsPrinted)
		src := r.source()
		var verdict Verdict
		var rule string
		switch r.relation {
		case "holds":
			verdict = within(ref, f.Range)
			rule = "holds if the range " + r.printed + " stands for lies within the figure's range; fails if the two are disjoint"
		case "excludes":
			verdict = outside(ref, f.Range)
			rule = "holds if the range " + r.printed + " stands for and the figure's range are disjoint; fails if the first lies within the second"
		default:
			verdict = Fails
			if _, ierr := f.Range.Intersect(ref); ierr == nil {
				verdict = Holds
			}
			rule = "holds if the ranges the two printed values stand for overlap; fails if they are disjoint"
		}
		a.add(Check{
			ID:      r.id,
			Claim:   r.claim,
			Inputs:  ids(f),
			Rule:    rule,
			Verdict: verdict,
			Finding: fmt.Sprintf("%s %s (%s, %s) stands for %s; %s is %s, range %s",
				src.Publisher, r.printed, src.Published, src.ID, showRange(ref, f.Unit), f.ID, show(f.Value, f.Unit), showRange(f.Range, f.Unit)),
		}, err)
	}
}

// outside decides "no value of inner lies in outer".
func outside(inner, outer shenyang.Range) Verdict {
	switch within(inner, outer) {
	case Fails:
		return Holds
	case Holds:
		return Fails
	}
	return Undecided
}

// within decides "every value of inner lies in outer".
func within(inner, outer shenyang.Range) Verdict {
	both, err := inner.Intersect(outer)
	switch {
	case err != nil:
		return Fails
	case both.Equal(inner):
		return Holds
	}
	return Undecided
}

// positive decides "every value of r is above zero".
func positive(r shenyang.Range) Verdict { return signed(r, 1) }

// negative decides "every value of r is below zero".
func negative(r shenyang.Range) Verdict { return signed(r, -1) }

// signed decides "every value of r has the sign s", 1 or -1: it holds when
// the bound nearer zero has that sign (or is an open zero), and fails when
// the farther bound has not.
func signed(r shenyang.Range, s int) Verdict {
	near, far := r.Low(), r.High()
	if s < 0 {
		near, far = far, near
	}
	if v, ok := near.Value(); ok && (v.Sign() == s || v.Sign() == 0 && near.IsOpen()) {
		return Holds
	}
	if v, ok := far.Value(); ok && v.Sign() != s {
		return Fails
	}
	return Undecided
}

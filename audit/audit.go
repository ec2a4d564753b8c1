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
// report against itself, what the figures imply, and the agreement of the
// two editions.
func Run() ([]Check, error) {
	a := &auditor{}
	a.rates()
	a.internal()
	a.implications()
	a.editions()
	return a.checks, a.err
}

type auditor struct {
	checks []Check
	err    error
}

// fig returns the figure with the given id from any data package.
func (a *auditor) fig(id string) shenyang.Figure {
	for _, lookup := range [...]func(string) (shenyang.Figure, bool){indicators.Figure, trade.Figure, investors.Figure} {
		if f, ok := lookup(id); ok {
			return f
		}
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
	for _, s := range [...]struct{ name, label, value, growth, prior string }{
		{"foreign-capital", "actual use of foreign capital", indicators.ForeignCapital2019, indicators.ForeignCapitalGrowth2019, indicators.ForeignCapital2018},
		{"trade-total", "total imports and exports", indicators.TradeTotal2019, indicators.TradeTotalGrowth2019, indicators.TradeTotal2018},
		{"imports", "imports", indicators.Imports2019, indicators.ImportsGrowth2019, indicators.Imports2018},
	} {
		value, growth, prior := a.fig(s.value), a.fig(s.growth), a.fig(s.prior)
		// value / (value / (1 + growth)) - 1: value enters twice, and its
		// partial derivative, zero, is not seen as such by interval
		// arithmetic, so the recomputed range is a sound one, not the exact
		// one (which is the printed growth's own range).
		recomputed, err := shenyang.Growth("audit.growth."+s.name, "recomputed growth", prior, value)
		back := recomputed.Range
		a.add(Check{
			ID:      "growth." + s.name,
			Claim:   "the printed growth of " + s.label + " links its 2019 value to the 2018 value derived from it",
			Inputs:  ids(value, growth, prior),
			Rule:    "holds if the range of growth recomputed from the 2018 and 2019 ranges contains the printed growth's range",
			Verdict: within(growth.Range, back),
			Finding: fmt.Sprintf("printed %s; recomputed range %s", showRange(growth.Range, growth.Unit), showRange(back, growth.Unit)),
		}, err)
	}
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

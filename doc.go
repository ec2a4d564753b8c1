// Package shenyang is a typed, decimal-exact dataset of one cited economic
// report: China Daily's "Shenyang's opening-up attracts foreign capital" of
// 2020-04-09, on the foreign investment and trade of Shenyang, the capital
// of Liaoning province, in 2019.
//
// Every number of the report is a [Figure]: its value, unit and period,
// the qualifier the report hedges it with ("more than", "some"), the
// [Range] of values its printed precision allows, and a verbatim quote of
// its source. The Figure functions ([Growth], [Prior], [Share],
// [Difference], [Sum], [RateOf], [Convert], [Reconcile]) compute new
// figures exactly and say how. This package holds that vocabulary and the
// functions; the data is in the sub-packages.
//
// # Where to start
//
// Look figures up with [github.com/shenyang-data/shenyang/dataset]'s
// Figure, read their range and quote, compute with a Figure function, and
// ask dataset.Explain how a figure the module derives is computed. The
// package example below runs this; pasted into a function that returns
// error, it reads:
//
//	fdi, ok := dataset.Figure(indicators.ForeignCapital2019)
//	if !ok {
//		return fmt.Errorf("no figure %s", indicators.ForeignCapital2019)
//	}
//	fmt.Println(fdi.Printed, fdi.Range) // $1.65 billion [1645000000, 1655000000]
//	if c, ok := fdi.Primary(); ok {
//		fmt.Println(c.Quote)
//	}
//	growth, ok := dataset.Figure(indicators.ForeignCapitalGrowth2019)
//	if !ok {
//		return fmt.Errorf("no figure %s", indicators.ForeignCapitalGrowth2019)
//	}
//	prior, err := shenyang.Prior("my.fdi.2018", "Foreign capital in 2018", fdi, growth)
//	if err != nil {
//		return err
//	}
//	fmt.Println(prior.Readable()) // $1.43 billion (1.42 to 1.45)
//	e, err := dataset.Explain(trade.ImportShare2019)
//	if err != nil {
//		return err
//	}
//	fmt.Print(e) // the share, its formula, and the two reported figures with their quotes
//
// # Packages
//
//   - [github.com/shenyang-data/shenyang/dataset]: the whole dataset
//     behind one door: any figure by id, every figure in a stable order,
//     Explain, the statements and claims, and the CSV and JSON exports;
//   - [github.com/shenyang-data/shenyang/indicators]: the headline
//     indicators (actual use of foreign capital, total imports and
//     exports, imports) with their growth and the 2018 values they imply;
//   - [github.com/shenyang-data/shenyang/trade]: the dollar total, exports,
//     the balance, import shares, the exchange rates and conversions at
//     them, and the trade priorities;
//   - [github.com/shenyang-data/shenyang/investors]: the Fortune Global 500
//     counts, the named investors, BMW Brilliance's investment and the iX3;
//   - [github.com/shenyang-data/shenyang/parks]: the China-Japan and
//     China-South Korea industrial parks;
//   - [github.com/shenyang-data/shenyang/audit]: consistency checks of the
//     report against itself, its Chinese edition and the official exchange
//     rate.
//
// Ids are constants of the packages, such as indicators.ForeignCapital2019;
// every id starts with its package's name.
//
// # Values, units and periods
//
// Values are [github.com/shopspring/decimal] decimals in base units: yuan
// and dollars (1.65 billion dollars is 1650000000), ratios (15 percent is
// 0.15; a difference of 12.4 percentage points is 0.124) and counts. The
// [Unit] says which. A [Period] is ISO 8601 ("2019", "2009/2020"); where
// the report does not print the year ("last year" in a report of April
// 2020), the period records that it was inferred and from what.
//
// # Ranges and qualifiers
//
// A printed number stands for every value that rounds to it. [RangeOf]
// turns a value and its [Qualifier] into that [Range]:
//
//   - [AsPrinted]: half a unit of the last printed digit either way;
//     "1.65 billion" is [1.645, 1.655] billion, "15 percent" [14.5, 15.5];
//   - [Some]: approximate, half a unit of the last non-zero digit; "some
//     170" is [165, 175];
//   - [MoreThan] and [Surpassed]: an exclusive lower bound and no upper
//     one; "more than 100" is (100, +inf);
//   - [AtLeast]: an inclusive lower bound, for derived figures only;
//   - [LessThan] and [AtMost]: their mirrors, an exclusive and an
//     inclusive upper bound, for derived figures only;
//   - [Computed]: a derived figure with a range bounded on both sides.
//
// A count is whole: [CountRangeOf] gives the range of a printed count, 188
// printed with no hedge standing for exactly 188.
//
// # Derived figures and rounding
//
// The Figure functions ([Growth], [Prior], [Share], [Difference], [Sum],
// [RateOf], [Convert], [Reconcile]) are the module's one way to compute,
// and [Range] has no arithmetic of its own: to compute with ranges of your
// own, make each a reported [Figure] (an id, a value, its unit, its range,
// its qualifier, the status [Reported] and a citation of your source) and
// call them (see the example "OwnFigures"). A derived figure has [Status]
// [Derived] and a [Derivation]: a formula, the ids of its inputs, and the
// method of its range. The functions compute in exact rational arithmetic
// over the reported figures a derived figure rests on, however many
// derived figures lie between, and round once, by one rule:
//
//   - the range is the formula's exact range over the reported figures'
//     ranges, rounded outward at 16 significant digits; a rounded end is
//     closed, an exact one keeps its openness. A count's range is narrowed
//     to the whole numbers in it (an open whole end of a range bounded on
//     that side only stays open, as "more than 100" does);
//   - the value is the formula's exact value rounded once, half to even, at
//     16 significant digits (a count: to a whole number). If that lies
//     outside the range or on an open end, the value is instead the
//     16-significant-digit decimal in the range nearest the exact value
//     (more digits only if the range holds none; a count: the nearest whole
//     number in it);
//   - the one exception: a range bounded on one side only is [MoreThan] or
//     [AtLeast] (bounded below, open or closed), [LessThan] or [AtMost]
//     (bounded above), and the value of a "more than" or "less than" figure
//     may be its excluded bound, as a reported "more than" figure's is: 188
//     minus more than 170 is less than 18, value 18. Any other range makes
//     the qualifier [Computed].
//
// The range is exact when each reported figure enters the formula once
// ([MethodIntervals]), or when the formula is shown monotone in each of
// them by the signs of its partial derivatives and is evaluated at two
// corners ([MethodCorners]); otherwise it is a sound interval-arithmetic
// bound that may be wider ([MethodBounded]). The point helpers on bare
// decimals, indicators.Growth, trade.ImportShare and [Rate.Convert], give
// the value of the same rule: the exact result rounded once, half to even,
// at 16 significant digits.
//
// The Figure functions check their inputs as the JSON decoder checks a
// figure ([Figure.UnmarshalJSON]): each must be set (id, unit, range,
// qualifier and status, [ErrUnset]), within the decimal limits
// ([ErrOutOfRange]) and consistent ([ErrInconsistent]); and two figures
// anywhere in one formula that share an id must be [Figure.Equal]
// ([ErrInconsistent]): a figure and its JSON-decoded copy are.
//
// [Figure.Readable] prints a figure for a person at
// the precision its range justifies, "$1.43 billion (1.42 to 1.45)",
// rounding the bounds outward; the values keep their exact digits.
//
// No function reads or sets any package-level setting of
// shopspring/decimal, and decimals are formatted ([FormatDecimal]), parsed
// and encoded by the module's own code, so results do not change with
// those settings. Decimals are limited to exponents from -1000 to 1000 and
// 1000 digits ([ErrOutOfRange] beyond).
//
// # Encodings
//
// Every type that holds data has a JSON form that decodes to an equal
// value, the zero value included (the unset [Range], [Money], [Rate] and
// [Figure] decode from null; the unset enumerations are ""). A [Bound]
// travels inside its Range's form.
// Decimals are JSON strings in plain notation. A [Rate] encodes the two
// amounts it was made from, so a decoded rate converts exactly as the
// original. The value types (Figure, Range, Money, Rate, Period, List,
// the enumerations) check what they decode as their constructors check
// it, all or nothing: on error the target is unchanged. The plain structs
// ([Citation], [Claim], ...) decode as any Go struct does. A decoded [Figure] must be
// consistent, its value in its own range ([Figure.UnmarshalJSON]); its
// Range, not [RangeOf] of its value, is the authority on what it stands
// for. The text forms read back too: [ParseRange] reads [Range.String],
// [ParseMoney] reads [Money.String], [ParseRate] reads [Rate.String], and
// [ParseCurrency], [ParseUnit], [ParseQualifier] and [ParsePeriod] read
// the String forms of their types, the zero value's ("") included.
// [Figure.String] is a summary for reading, with no parser; the JSON form
// carries the whole figure.
//
// # Sources and provenance
//
// The primary source is [Report]. Two secondary sources corroborate it or
// add figures: China Daily's Chinese edition ([ChineseEdition]) and the
// National Bureau of Statistics' 2019 communiqué ([Communique]). A figure's
// first citation is its primary one; the module stores no text of the
// secondary sources, so their citations carry a note instead of a quote
// ([Citation.HasQuote]). [DataVersion], [ReportSHA256] and
// [ReportRetrieved] identify the data and the text it was built from; the
// version of the CSV export is the dataset package's CSVVersion.
//
// # Errors
//
// No function panics on its input. Bad input returns an error that wraps
// one of the sentinel errors ([ErrNotPositive], [ErrCurrencyMismatch],
// [ErrDivisorRange], ...) for [errors.Is]. The error types a caller meets
// are two here and one in dataset, each for [errors.As]:
//
//   - [*ValueError]: an argument an operation cannot accept, with the
//     operation, the argument, its value and, for text of the wrong form,
//     the forms accepted (Want);
//   - [*UnitError]: figures, amounts or rates whose units or currencies do
//     not fit ([ErrUnitMismatch]);
//   - dataset.NotFoundError: an id that names no figure, with the nearest
//     ids (dataset.ErrNotFound).
//
// An operation that fails in another it calls (ParseRate in NewRate, a
// Figure's decoder in its Range's) wraps that error with its own name:
// the message names both, and errors.As finds the *ValueError of the one
// that found the fault.
//
// # Cost
//
// Importing the module does no work: the data is written as Go literals and
// turned into values on first use, once, behind a [sync.Once]. Lookups
// then return copies; the lists inside values are immutable [List] values,
// so no caller can change what another sees.
//
// A derived figure keeps its formula as a graph shared with the figures it
// was computed from, so a chain of n steps holds n nodes however often a
// step reuses an earlier figure; what a node keeps is computed when the
// figure is built and never changed. A Figure function call refuses at
// once an input beyond the decimal limits, and checks its inputs' ids in
// time proportional to the smaller input's figures times the logarithm of
// the larger's. Its arithmetic then costs:
//
//   - when no reported figure enters its formula twice, a bounded number of
//     operations on numbers the size of its exact values;
//   - when one does and the formula rests on at most four reported
//     figures, a bounded number of operations too (its value at the 16
//     corners of their ranges at most, and its derivative in each, from
//     what its inputs kept), however long the chain of figures before it:
//     a chain that reuses one figure at every step, d = Share(d, w), costs
//     the same at every step but for the growing digits;
//   - when one does and the formula rests on more, or the derivatives its
//     inputs kept leave a sign undecided (a derived figure entering twice
//     in ways that cancel, as in Difference(s, s)), one evaluation of each
//     distinct node of the formula for the signs of the partial
//     derivatives and two for the corners: time linear in the distinct
//     nodes times the cost of arithmetic on their values, never in the
//     paths of the formula written out as a tree.
//
// Memory is linear in the distinct nodes and their digits, and the
// logarithm above.
package shenyang

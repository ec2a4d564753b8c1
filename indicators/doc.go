// Package indicators holds the report's three headline indicators for 2019
// (actual use of foreign capital, total imports and exports, and imports),
// each with its growth on 2018 and the 2018 value that growth implies, the
// Chinese edition's gaps between Shenyang's growth and the national and
// Liaoning rates with the rates they imply, and a growth function on plain
// decimals.
//
// # Data
//
// [Headline] and [All] return [Indicator] values, by indicator id
// ([ForeignCapital], [TradeTotal], [Imports]); [Figure] and [Figures] give
// the individual figures by id ([ForeignCapital2019], [Imports2018], ...).
// The 2018 values, with their ranges, are derived with [shenyang.Prior]
// from the printed 2019 values and growth rates.
//
// # Functions
//
// [Growth] computes a growth rate from two decimals. It computes the exact
// quotient and rounds it once to 16 significant digits, half to even (see
// the rounding rule in package [shenyang]), and returns an error, never a
// panic, for a base that is zero or negative. For the growth of figures,
// with the range their printed precision allows, and for the prior value
// a growth implies, use the Figure functions [shenyang.Growth] and
// [shenyang.Prior].
package indicators

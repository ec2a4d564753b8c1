// Package indicators holds the report's three headline indicators for 2019
// (actual use of foreign capital, total imports and exports, and imports),
// each with its growth on 2018 and the 2018 value that growth implies, the
// Chinese edition's gaps between Shenyang's growth and the national and
// Liaoning rates with the rates they imply, and the growth functions that
// link them.
//
// # Data
//
// [Lookup] and [All] return [Indicator] values; [Figure] and [Figures] give
// the individual figures by id ([ForeignCapital2019], [Imports2018], ...).
// The 2018 values are derived with [Prior] and [PriorRange] from the
// printed 2019 values and growth rates.
//
// # Functions
//
// [Growth] computes a growth rate from two values and [Prior] inverts it;
// [GrowthRange] and [PriorRange] do the same for ranges. All work on
// decimals, round once to 16 significant digits (see the rounding rule in
// package [shenyang]), and return an error, never a panic,
// for a base that is zero or negative or a fall of 100 percent or more.
package indicators

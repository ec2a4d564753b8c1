// Package trade holds Shenyang's foreign trade in 2019 beyond the headline
// totals: the dollar total the report prints, the exports and trade balance
// the totals imply, import shares, the exchange rate the report implies and
// the official one, the dollar values at both, the number of trading
// partners the Chinese edition gives, and the government's trade
// priorities.
//
// # The implied exchange rate
//
// The report prints 105.5 billion yuan as "$15 billion" and states no rate.
// [ImpliedRate] is the rate that makes the two equal, 105.5/15 = 7.0333...
// yuan per dollar; the figure [ImpliedRate2019] carries the range of rates
// the printed precision allows, [6.80, 7.28]. [OfficialRate] is the National
// Bureau of Statistics' 2019 average, 6.8985, which lies in that range.
// Convert at either, or at any rate of your own, with [shenyang.Rate.Convert].
//
// # Functions
//
// [ImportShare] computes the share of imports in total trade from two
// decimals, rounded once to 16 significant digits, half to even. For the
// share of figures, with the range their printed precision allows, use the
// Figure function [shenyang.Share]. The totals and imports themselves are
// in [indicators].
package trade

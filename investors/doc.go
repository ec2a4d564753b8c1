// Package investors holds what the report says of the foreign companies
// investing in Shenyang: the Fortune Global 500 counts ("more than 100"
// companies in "some 170" local companies, which the Chinese edition gives
// as "more than 170"), the investors it names (BMW, Michelin, Bridgestone),
// BMW Brilliance Automotive's cumulative investment since 2009 ("surpassed
// 52 billion yuan") with illustrative dollar values at the implied and the
// official rate, and the all-electric iX3 to be built in the city.
//
// Figures are looked up with [Figure] and iterated with [Figures];
// investors with [Lookup] and [All]; products with [Products].
package investors

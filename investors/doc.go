// Package investors holds what the report says of the foreign companies
// investing in Shenyang: the Fortune Global 500 counts ("more than 100"
// companies in "some 170" local companies), the investors it names (BMW,
// Michelin, Bridgestone), BMW Brilliance Automotive's cumulative investment
// since 2009 ("surpassed 52 billion yuan") with an illustrative dollar
// value, and the all-electric iX3 to be built in the city.
//
// Figures are looked up with [Figure] and iterated with [Figures];
// investors with [Lookup] and [All]; products with [Products].
package investors

// Package parks holds the China-Japan and China-South Korea industrial
// parks, which the government names as the main platforms for the city's
// increased cooperation with Japan and South Korea, with the kinds of
// company and the sectors that cooperation is to involve.
//
// Parks are looked up with [Lookup] and iterated with [All]; the
// cooperation plan itself is in [Claims].
package parks

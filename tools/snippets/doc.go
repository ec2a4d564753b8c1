// Package snippets checks that every Go snippet of the module's README and
// doc comments compiles as shown: a whole program as it is, and a snippet
// of statements pasted into a function that returns error. It has no code
// outside its test.
package snippets

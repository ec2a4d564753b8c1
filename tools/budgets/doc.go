// Package budgets holds the module's budgets on what a user feels that go
// test can measure deterministically: lookups and iterations that allocate
// nothing once the dataset is built, and the allocations and bytes of that
// first use. It calls only the public API, as a user's program does, and
// has no code outside its tests. .ci/perf runs it; BENCHMARKS.md reports
// its numbers.
package budgets

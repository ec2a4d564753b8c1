// Package audit checks the report against itself, against the Chinese
// edition, against the official exchange rate, against the Ministry of
// Commerce's national figures and against Shenyang's work report, and
// reports what its figures imply that it does not say.
//
// # Verdicts
//
// Each [Check] states a proposition about the figures and evaluates it over
// their ranges, not only their printed values, so that a verdict is never
// an artefact of rounding: a check [Holds] when the proposition is true for
// every value the ranges allow, [Fails] when it is false for every one, and
// is [Undecided] when the printed precision allows both. Each check names
// its inputs by id and states its tolerance rule.
//
// [Run] performs every check; [WriteMarkdown] renders the results as the
// README's section "What the numbers imply".
package audit

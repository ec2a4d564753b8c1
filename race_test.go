//go:build race

package shenyang_test

const raceEnabled = true

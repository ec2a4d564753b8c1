// Package peers holds benchmarks, and only benchmarks and their checks,
// that put the module's conversion, growth and share functions beside the
// same computations written with other Go decimal and money libraries, on
// the same numbers at 16 significant digits rounded half to even: bare github.com/shopspring/decimal (the module's own base),
// github.com/cockroachdb/apd/v3, github.com/ericlagergren/decimal,
// github.com/alpacahq/alpacadecimal and github.com/quagmt/udecimal, and,
// for conversion alone, github.com/govalues/money and
// github.com/bojanz/currency, which have no growth or share.
//
// It lives in the tools module so that none of these libraries enters the
// library's go.mod. CI compiles the benchmarks and runs TestPeersAgree,
// which checks that every library computes the number worked out by hand;
// it never runs the benchmarks. BENCHMARKS.md at the repository's root
// shows the results and how to reproduce them:
//
//	go test -p 1 -run '^$' -bench . -benchtime 200ms -count 6 ./peers > peers.txt
//	benchstat -col /lib -row /op peers.txt
package peers

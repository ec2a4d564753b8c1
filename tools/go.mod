module github.com/shenyang-data/shenyang/tools

go 1.26.0

require (
	github.com/alpacahq/alpacadecimal v0.0.9
	github.com/bojanz/currency v1.4.2
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/ericlagergren/decimal v0.0.0-20240411145413-00de7ca16731
	github.com/google/go-cmp v0.7.0
	github.com/google/licensecheck v0.3.1
	github.com/govalues/money v0.2.4
	github.com/quagmt/udecimal v1.10.1
	github.com/shenyang-data/shenyang v0.0.0-00010101000000-000000000000
	github.com/shopspring/decimal v1.6.0
	golang.org/x/mod v0.43.0
)

require github.com/govalues/decimal v0.1.36 // indirect

replace github.com/shenyang-data/shenyang => ../

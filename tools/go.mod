module github.com/shenyang-data/shenyang/tools

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/google/licensecheck v0.3.1
	github.com/shenyang-data/shenyang v0.0.0-00010101000000-000000000000
	github.com/shopspring/decimal v1.6.0
	golang.org/x/mod v0.43.0
)

replace github.com/shenyang-data/shenyang => ../

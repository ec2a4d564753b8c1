module github.com/shenyang-data/shenyang

go 1.24.0

require github.com/shopspring/decimal v1.6.0

require github.com/google/go-cmp v0.7.0

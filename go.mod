module github.com/shenyang-data/shenyang

go 1.24.0

require github.com/shopspring/decimal v1.6.0

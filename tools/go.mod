module github.com/shenyang-data/shenyang/tools

go 1.26.0

require (
	github.com/alpacahq/alpacadecimal v0.0.9
	github.com/bojanz/currency v1.4.2
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/dlclark/regexp2 v1.12.0
	github.com/ericlagergren/decimal v0.0.0-20240411145413-00de7ca16731
	github.com/google/go-cmp v0.7.0
	github.com/google/licensecheck v0.3.1
	github.com/govalues/money v0.2.4
	github.com/quagmt/udecimal v1.10.1
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/shenyang-data/shenyang v0.0.0-00010101000000-000000000000
	github.com/shopspring/decimal v1.6.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/mod v0.43.0
)

require (
	github.com/govalues/decimal v0.1.36 // indirect
	golang.org/x/text v0.14.0 // indirect
)

replace github.com/shenyang-data/shenyang => ../

// .ci/metadata's npm ci installs package.json's packages into node_modules,
// which holds no Go package of this module.
ignore ./node_modules

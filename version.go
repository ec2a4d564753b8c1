package shenyang

// Provenance of the dataset.
const (
	// DataVersion is the version of the dataset: the figures, their ids
	// and their derivations. It follows the module's version.
	DataVersion = "0.3.0"
	// ReportSHA256 is the SHA-256 of the plain-text copy of the report the
	// dataset was built from, so that anyone holding a copy can check it is
	// the same text.
	ReportSHA256 = "4f5f9497df1f661054d12c00346a15968a97c3fe1c80d14e31e4ac0417cf106d"
	// ReportRetrieved is the date the project took that copy of the page.
	ReportRetrieved = "2026-11-27"
)

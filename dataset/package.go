package dataset

import (
	"encoding/json"
	"io"

	"github.com/shenyang-data/shenyang"
)

// File names of the generated data files, relative to the data directory.
const (
	CSVFile          = "shenyang-2019.csv"
	CitationsCSVFile = "shenyang-2019-citations.csv"
	JSONFile         = "shenyang-2019.json"
	PackageFile      = "datapackage.json"
)

// Field is a field of a Frictionless Table Schema.
type Field struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Format      string `json:"format,omitempty"`
	Description string `json:"description"`
	// Unit says what unit the field's numbers are in; the figures' unit
	// varies by row, so their numeric fields point at the unit column.
	Unit        string       `json:"unit,omitempty"`
	Constraints *Constraints `json:"constraints,omitempty"`
}

// Constraints are a field's Table Schema constraints.
type Constraints struct {
	Required bool     `json:"required,omitempty"`
	Unique   bool     `json:"unique,omitempty"`
	Enum     []string `json:"enum,omitempty"`
}

// Schema is a Frictionless Table Schema.
type Schema struct {
	Fields        []Field  `json:"fields"`
	PrimaryKey    []string `json:"primaryKey,omitempty"`
	MissingValues []string `json:"missingValues"`
}

// Resource is a tabular data resource of the package.
type Resource struct {
	Name        string `json:"name"`
	Path        string `json:"path"`
	Profile     string `json:"profile"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Format      string `json:"format"`
	MediaType   string `json:"mediatype"`
	Encoding    string `json:"encoding"`
	Schema      Schema `json:"schema"`
}

// PackageSource is a source of the data package.
type PackageSource struct {
	Title string `json:"title"`
	Path  string `json:"path,omitempty"`
}

// License is a licence of the data package.
type License struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Path  string `json:"path"`
}

// DataPackage is the Frictionless Data Package descriptor of the exported
// data.
type DataPackage struct {
	Profile     string          `json:"profile"`
	Name        string          `json:"name"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Version     string          `json:"version"`
	Licenses    []License       `json:"licenses"`
	Sources     []PackageSource `json:"sources"`
	Keywords    []string        `json:"keywords"`
	// Provenance of the report text, and the version of the CSV contract.
	ReportSHA256    string     `json:"report_sha256"`
	ReportRetrieved string     `json:"report_retrieved"`
	CSVVersion      string     `json:"csv_contract_version"`
	Resources       []Resource `json:"resources"`
}

func str(name, desc string, c *Constraints) Field {
	return Field{Name: name, Type: "string", Description: desc, Constraints: c}
}

func num(name, desc string) Field {
	return Field{Name: name, Type: "number", Description: desc, Unit: "the row's unit column"}
}

// Package returns the data package descriptor.
func Package() DataPackage {
	report := shenyang.Report()
	var sources []PackageSource
	for s := range shenyang.Sources() {
		sources = append(sources, PackageSource{Title: s.Publisher + ": " + s.Title + " (" + s.Published + ")", Path: s.URL})
	}
	return DataPackage{
		Profile: "tabular-data-package",
		Name:    "shenyang-2019",
		Title:   "Shenyang foreign investment and trade in 2019, from China Daily's report of 2020-04-09",
		Description: "Every figure of China Daily's report \"" + report.Title + "\" (" + report.Published + "), " +
			"with its unit, period, qualifier, the range its printed precision allows, a verbatim quote of its source, " +
			"and the figures derived from it with their formulas. Licence: the code and the compilation are MIT-licensed; " +
			"the quoted sentences remain China Daily's.",
		Version:         shenyang.DataVersion,
		Licenses:        []License{{Name: "MIT", Title: "MIT License (code and compilation; the quoted sentences remain China Daily's)", Path: "https://opensource.org/licenses/MIT"}},
		Sources:         sources,
		Keywords:        []string{"Shenyang", "Liaoning", "foreign direct investment", "foreign trade", "2019"},
		ReportSHA256:    shenyang.ReportSHA256,
		ReportRetrieved: shenyang.ReportRetrieved,
		CSVVersion:      shenyang.CSVVersion,
		Resources: []Resource{
			{
				Name: "figures", Path: CSVFile, Profile: "tabular-data-resource",
				Title:       "Every figure, reported and derived",
				Description: "One row per figure. Values and bounds are plain decimals in base units: yuan, dollars, ratios (15 percent is 0.15) or counts.",
				Format:      "csv", MediaType: "text/csv", Encoding: "utf-8",
				Schema: Schema{
					Fields: []Field{
						str("id", "Stable id of the figure; ids do not change within a major version.", &Constraints{Required: true, Unique: true}),
						str("period", "Period in ISO 8601: a year (2019), a date, or an interval (2009/2020).", &Constraints{Required: true}),
						num("value", "The value in base units."),
						str("unit", "Unit of value, low and high.", &Constraints{Required: true, Enum: []string{"CNY", "USD", "ratio", "count", "CNY per USD", "USD per CNY"}}),
						num("low", "Lower bound of the range the figure stands for; empty where unbounded; exclusive when the qualifier is \"more than\" or \"surpassed\"."),
						num("high", "Upper bound of the range the figure stands for; empty where unbounded."),
						str("qualifier", "How the source hedges the figure, or the shape of a derived range.", &Constraints{Required: true, Enum: []string{"as printed", "some", "more than", "surpassed", "at least", "computed"}}),
						str("status", "reported (printed in a source) or derived (computed by the module).", &Constraints{Required: true, Enum: []string{"reported", "derived"}}),
						str("formula", "For a derived figure, its computation over input ids.", nil),
						str("inputs", "For a derived figure, the ids it is computed from, separated by ';'.", nil),
						str("quote", "Verbatim quote of the primary citation; empty where the module stores no text of the source.", nil),
						{Name: "source_url", Type: "string", Format: "uri", Description: "URL of the primary citation's source; empty where none is recorded."},
					},
					PrimaryKey:    []string{"id"},
					MissingValues: []string{""},
				},
			},
			{
				Name: "citations", Path: CitationsCSVFile, Profile: "tabular-data-resource",
				Title:       "Every citation of every figure",
				Description: "One row per citation; the primary citation of each figure is the first.",
				Format:      "csv", MediaType: "text/csv", Encoding: "utf-8",
				Schema: Schema{
					Fields: []Field{
						str("id", "Id of the figure cited.", &Constraints{Required: true}),
						str("role", "primary or corroborating.", &Constraints{Required: true, Enum: []string{"primary", "corroborating"}}),
						{Name: "source_url", Type: "string", Format: "uri", Description: "URL of the source; empty where none is recorded."},
						str("quote", "Verbatim quote; empty where the module stores no text of the source.", nil),
						str("note", "What the citation adds, or why it has no quote.", nil),
					},
					MissingValues: []string{""},
				},
			},
		},
	}
}

// WritePackage writes the data package descriptor as indented JSON.
func WritePackage(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Package())
}

// Files returns the writer of each generated data file by name.
func Files() map[string]func(io.Writer) error {
	return map[string]func(io.Writer) error{
		CSVFile:          WriteCSV,
		CitationsCSVFile: WriteCitationsCSV,
		JSONFile:         WriteJSON,
		PackageFile:      WritePackage,
	}
}

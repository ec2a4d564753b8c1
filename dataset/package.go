package dataset

import (
	"encoding/json"
	"io"

	"github.com/shenyang-data/shenyang"
)

// File names of the generated data files, relative to the data directory.
const (
	csvFile          = "shenyang-2019.csv"
	citationsCSVFile = "shenyang-2019-citations.csv"
	jsonFile         = "shenyang-2019.json"
	packageFile      = "datapackage.json"
)

// field is a field of a Frictionless Table Schema.
type field struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Format      string `json:"format,omitempty"`
	Description string `json:"description"`
	// DecimalChar and BareNumber describe a number field's text: a point
	// before the fraction, and nothing but the number (no currency sign,
	// no percent sign, no group separator).
	DecimalChar string `json:"decimalChar,omitempty"`
	BareNumber  bool   `json:"bareNumber,omitempty"`
	// Unit says what unit the field's numbers are in; the figures' unit
	// varies by row, so their numeric fields point at the unit column.
	Unit        string       `json:"unit,omitempty"`
	Constraints *constraints `json:"constraints,omitempty"`
}

// constraints are a field's Table Schema constraints.
type constraints struct {
	Required bool     `json:"required,omitempty"`
	Unique   bool     `json:"unique,omitempty"`
	Enum     []string `json:"enum,omitempty"`
}

// schema is a Frictionless Table schema.
type schema struct {
	Fields        []field      `json:"fields"`
	PrimaryKey    []string     `json:"primaryKey,omitempty"`
	ForeignKeys   []foreignKey `json:"foreignKeys,omitempty"`
	MissingValues []string     `json:"missingValues"`
}

// foreignKey is a Table Schema foreign key: every row's values of Fields
// are those of one row of the referenced resource's fields.
type foreignKey struct {
	Fields    []string  `json:"fields"`
	Reference reference `json:"reference"`
}

// reference names the resource and fields a [foreignKey] points to.
type reference struct {
	Resource string   `json:"resource"`
	Fields   []string `json:"fields"`
}

// resource is a data resource of the package: a table with its Schema,
// or the JSON document, which has none.
type resource struct {
	Name string `json:"name"`
	// Type is "table" for a CSV resource (Data Package 2.0); Profile
	// keeps the 1.0 key, so that readers of either version cast its rows.
	Type        string `json:"type,omitempty"`
	Path        string `json:"path"`
	Profile     string `json:"profile"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Format      string `json:"format"`
	MediaType   string `json:"mediatype"`
	Encoding    string `json:"encoding"`
	// Dialect says how the CSV is written, so that no reader guesses it
	// (the v1 JavaScript reader guesses a space from the first rows).
	Dialect *dialect `json:"dialect,omitempty"`
	Schema  *schema  `json:"schema,omitempty"`
}

// dialect is a CSV resource's Table Dialect.
type dialect struct {
	Delimiter   string `json:"delimiter"`
	DoubleQuote bool   `json:"doubleQuote"`
}

// packageSource is a source of the data package.
type packageSource struct {
	Title string `json:"title"`
	Path  string `json:"path,omitempty"`
}

// license is a licence of the data package.
type license struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Path  string `json:"path"`
}

// dataPackage is the Frictionless Data Package descriptor of the exported
// data.
type dataPackage struct {
	// Schema declares the Data Package 2.0 profile; Profile keeps the 1.0
	// key.
	Schema      string          `json:"$schema"`
	Profile     string          `json:"profile"`
	Name        string          `json:"name"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Version     string          `json:"version"`
	Licenses    []license       `json:"licenses"`
	Sources     []packageSource `json:"sources"`
	Keywords    []string        `json:"keywords"`
	// Provenance of the report text, and the version of the CSV contract.
	ReportSHA256    string     `json:"report_sha256"`
	ReportRetrieved string     `json:"report_retrieved"`
	CSVVersion      string     `json:"csv_contract_version"`
	Resources       []resource `json:"resources"`
}

func str(name, desc string, c *constraints) field {
	return field{Name: name, Type: "string", Description: desc, Constraints: c}
}

// exact is what every number field's description ends with.
const exact = " An exact decimal in plain notation with at most 16 significant digits. " +
	"Read it as text (pandas: dtype=str; R: colClasses = \"character\") and convert it with Python's decimal.Decimal; " +
	"in R keep it as text, or use Rmpfr::mpfr(x, precBits = 128), which prints back every digit. " +
	"A binary floating-point number (a double in Python or R) may change the last digit, and a bound so read may fall inside the range."

func num(name, desc string) field {
	return field{Name: name, Type: "number", Description: desc + exact, DecimalChar: ".", BareNumber: true, Unit: "the row's unit column"}
}

// csvResource returns the descriptor of one of the CSV files: UTF-8 text
// in the tabular data resource profile, with its schema.
func csvResource(name, path, title, desc string, schema schema) resource {
	return resource{
		Name: name, Type: "table", Path: path, Profile: "tabular-data-resource", Title: title, Description: desc,
		Format: "csv", MediaType: "text/csv", Encoding: "utf-8",
		Dialect: &dialect{Delimiter: ",", DoubleQuote: true}, Schema: &schema,
	}
}

// descriptor returns the data package descriptor.
func descriptor() dataPackage {
	report := shenyang.Report()
	var sources []packageSource
	for s := range shenyang.Sources() {
		sources = append(sources, packageSource{Title: sourceName(s) + " (" + s.Published + ")", Path: s.URL})
	}
	return dataPackage{
		// A data package rather than a tabular one: the JSON document is
		// a resource too.
		Schema:  "https://datapackage.org/profiles/2.0/datapackage.json",
		Profile: "data-package",
		Name:    "shenyang-2019",
		Title:   "Shenyang foreign investment and trade in 2019, from China Daily's report of 2020-04-09",
		Description: "Every figure of China Daily's report \"" + report.Title + "\" (" + report.Published + "), " +
			"with its unit, period, qualifier, the range its printed precision allows, a verbatim quote of its source, " +
			"and the figures derived from it with their formulas. Licence: the code and the compilation are MIT-licensed; " +
			"the quoted sentences remain China Daily's.",
		Version:         shenyang.DataVersion,
		Licenses:        []license{{Name: "MIT", Title: "MIT License (code and compilation; the quoted sentences remain China Daily's)", Path: "https://opensource.org/licenses/MIT"}},
		Sources:         sources,
		Keywords:        []string{"Shenyang", "Liaoning", "foreign direct investment", "foreign trade", "2019"},
		ReportSHA256:    shenyang.ReportSHA256,
		ReportRetrieved: shenyang.ReportRetrieved,
		CSVVersion:      CSVVersion,
		Resources: []resource{
			csvResource("figures", csvFile, "Every figure, reported and derived",
				"One row per figure. Values and bounds are plain decimals in base units: yuan, dollars, ratios (15 percent is 0.15) or counts.",
				schema{
					Fields: []field{
						str("id", "Stable id of the figure; ids do not change within a major version.", &constraints{Required: true, Unique: true}),
						str("period", "Period in ISO 8601: a year (2019), a date (2020-04-09), or an interval (2009/2020-04-09).", &constraints{Required: true}),
						num("value", "The value in base units. In a row bounded on one side only (low or high empty) it is no quantity to sum or average: "+
							"for \"more than\" and \"surpassed\", reported, it is the printed bound, which the range excludes; "+
							"for \"at least\" and \"at most\", derived, it is the formula's value at the inputs' printed values, one point of the range; "+
							"for a derived \"more than\" or \"less than\" it may be the excluded bound."),
						str("unit", "Unit of value, low and high.", &constraints{Required: true, Enum: []string{"CNY", "USD", "ratio", "count", "CNY per USD", "USD per CNY"}}),
						num("low", "Lower bound of the range the figure stands for; empty where unbounded; exclusive when the qualifier is \"more than\" or \"surpassed\"."),
						num("high", "Upper bound of the range the figure stands for; empty where unbounded."),
						str("qualifier", "How the source hedges the figure, or the shape of a derived range.", &constraints{Required: true, Enum: []string{"as printed", "some", "more than", "surpassed", "at least", "less than", "at most", "computed"}}),
						str("status", "reported (printed in a source) or derived (computed by the module).", &constraints{Required: true, Enum: []string{"reported", "derived"}}),
						str("formula", "For a derived figure, its computation over input ids.", nil),
						str("inputs", "For a derived figure, the ids it is computed from, separated by ';'.", nil),
						str("quote", "Verbatim quote of the primary citation of a reported figure; empty where the module stores no text of the source, and for a derived figure, which no source printed.", nil),
						{Name: "source_url", Type: "string", Format: "uri", Description: "URL of the primary citation's source of a reported figure; empty where none is recorded, and for a derived figure."},
						str("note", "The figure's caveat; for a reported figure with none whose primary citation has no quote, that citation's note, which says what the source reports.", nil),
						str("source", "Publisher and title of the primary citation's source of a reported figure; empty for a derived figure, whose inputs are its provenance.", nil),
						str("area", "The place whose quantity the figure measures: Shenyang, Liaoning (the province) or China. A gap between two places' rates is the place it describes (Shenyang); an exchange rate is China's.",
							&constraints{Required: true, Enum: []string{"Shenyang", "Liaoning", "China"}}),
						str("period_basis", "For a period the source does not print, what it was inferred from; empty when printed.", nil),
					},
					PrimaryKey:    []string{"id"},
					MissingValues: []string{""},
				}),
			csvResource("citations", citationsCSVFile, "Every citation of every figure",
				"One row per citation of a figure, in the order of the figures; a reported figure's primary citation comes first. A derived figure's citations carry its inputs, not the derived number.",
				schema{
					Fields: []field{
						str("id", "Id of the figure cited: a key of the figures resource.", &constraints{Required: true}),
						str("role", "primary (a reported figure's first citation), corroborating (its others) or input (a derived figure's, carrying one of its inputs).", &constraints{Required: true, Enum: []string{rolePrimary, roleCorroborating, roleInput}}),
						{Name: "source_url", Type: "string", Format: "uri", Description: "URL of the source; empty where none is recorded."},
						str("quote", "Verbatim quote; empty where the module stores no text of the source.", nil),
						str("note", "What the citation adds, or why it has no quote.", nil),
						str("source", "Publisher and title of the source.", nil),
					},
					ForeignKeys:   []foreignKey{{Fields: []string{"id"}, Reference: reference{Resource: "figures", Fields: []string{"id"}}}},
					MissingValues: []string{""},
				}),
			{
				Name: "document", Path: jsonFile, Profile: "data-resource",
				Title: "The whole dataset as one JSON document",
				Description: "Every figure, indicator, investor, product, park, statement, claim and source. " +
					"Each source is listed once, under sources, and every citation names its source by id; " +
					"each figure is listed once, under figures, in the figures resource's order, and every indicator names its value, growth and prior by figure id. " +
					"Decimals are JSON strings in plain notation, so that any JSON reader keeps them exact; " +
					"a range is {low, low_open, high, high_open}, with null for an unbounded end, and carries the openness the CSV does not.",
				Format: "json", MediaType: "application/json", Encoding: "utf-8",
			},
		},
	}
}

// writePackage writes the data package descriptor as indented JSON.
func writePackage(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(descriptor())
}

// files returns the writer of each generated data file by name.
func files() map[string]func(io.Writer) error {
	return map[string]func(io.Writer) error{
		csvFile:          WriteCSV,
		citationsCSVFile: WriteCitationsCSV,
		jsonFile:         WriteJSON,
		packageFile:      writePackage,
	}
}

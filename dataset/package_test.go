package dataset

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
)

// writeData rewrites the data files: go generate runs
// TestDataFilesAreFresh with it.
var writeData = flag.Bool("write-data", false, "rewrite the files under data/ from the module")

// TestDataFilesAreFresh fails when a committed file under data/ differs
// from what the module writes now; with -write-data it writes them.
func TestDataFilesAreFresh(t *testing.T) {
	for name, write := range files() {
		var want bytes.Buffer
		if err := write(&want); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "data", name)
		if *writeData {
			if err := os.WriteFile(path, want.Bytes(), 0o644); err != nil { //nolint:gosec // the data files are public
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path) //nolint:gosec // reads a fixed file of this repository
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), string(got)); diff != "" {
			t.Errorf("data/%s is stale; run go generate ./... (-want +got):\n%s", name, diff)
		}
	}
}

func readPackage(t *testing.T) dataPackage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "data", packageFile))
	if err != nil {
		t.Fatal(err)
	}
	var p dataPackage
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// readCSV returns the rows of a data file, its header first.
func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "data", name)) //nolint:gosec // reads a fixed file of this repository
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestDataPackageDescribesCSV checks each tabular resource's Table Schema
// against its CSV file: the fields are the columns in order, every value
// parses as its field's type and meets its constraints, the primary key
// is unique, and every foreign key finds its row in the resource it
// references.
func TestDataPackageDescribesCSV(t *testing.T) {
	p := readPackage(t)
	var names []string
	for _, res := range p.Resources {
		names = append(names, res.Name+" "+res.Profile+" "+res.Path)
	}
	want := []string{
		"figures tabular-data-resource " + csvFile,
		"citations tabular-data-resource " + citationsCSVFile,
		"document data-resource " + jsonFile,
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Fatalf("resources (-want +got):\n%s", diff)
	}
	// With a resource that is not a table, the package is a data package,
	// not a tabular one.
	if p.Profile != "data-package" {
		t.Errorf("profile %q, want data-package", p.Profile)
	}
	tables := map[string][][]string{}
	schemas := map[string]*schema{}
	for _, res := range p.Resources {
		if res.Format == "csv" {
			tables[res.Name] = readCSV(t, res.Path)
			schemas[res.Name] = res.Schema
		}
	}
	for _, res := range p.Resources {
		if res.Format != "csv" {
			continue
		}
		t.Run(res.Name, func(t *testing.T) {
			if res.Schema == nil {
				t.Fatal("a table without a schema")
			}
			rows := tables[res.Name]
			var names []string
			for _, fl := range res.Schema.Fields {
				names = append(names, fl.Name)
			}
			if diff := cmp.Diff(names, rows[0]); diff != "" {
				t.Fatalf("schema fields vs CSV header (-schema +csv):\n%s", diff)
			}
			keys := map[string]bool{}
			for i, row := range rows[1:] {
				for j, fl := range res.Schema.Fields {
					checkValue(t, i+2, fl, row[j])
				}
				if len(res.Schema.PrimaryKey) > 0 {
					key := keyOf(names, res.Schema.PrimaryKey, row)
					if keys[key] {
						t.Errorf("row %d: primary key %q repeats", i+2, key)
					}
					keys[key] = true
				}
			}
			for _, fk := range res.Schema.ForeignKeys {
				ref, ok := tables[fk.Reference.Resource]
				if !ok {
					t.Fatalf("foreign key to %q, which is not a table of the package", fk.Reference.Resource)
				}
				var refNames []string
				for _, fl := range schemas[fk.Reference.Resource].Fields {
					refNames = append(refNames, fl.Name)
				}
				have := map[string]bool{}
				for _, row := range ref[1:] {
					have[keyOf(refNames, fk.Reference.Fields, row)] = true
				}
				for i, row := range rows[1:] {
					if k := keyOf(names, fk.Fields, row); !have[k] {
						t.Errorf("row %d: %q is no row of %s", i+2, k, fk.Reference.Resource)
					}
				}
			}
		})
	}
	// The citations of every figure, and only of figures, so that the key
	// holds.
	fk := schemas["citations"].ForeignKeys
	if diff := cmp.Diff([]foreignKey{{Fields: []string{"id"}, Reference: reference{Resource: "figures", Fields: []string{"id"}}}}, fk); diff != "" {
		t.Errorf("citations foreign keys (-want +got):\n%s", diff)
	}
}

// keyOf returns the values of the named fields of row, joined.
func keyOf(names, fields []string, row []string) string {
	var k []string
	for _, name := range fields {
		i := indexOf(names, name)
		if i < 0 {
			return "\x00no field " + name
		}
		k = append(k, row[i])
	}
	return strings.Join(k, "\x00")
}

// TestDataPackageDocumentMatchesCSV reads the JSON resource back as a
// Document and checks it against both CSVs: its figures, in order, give
// the rows of the figures CSV, and their citations, in order, the rows of
// the citations CSV.
func TestDataPackageDocumentMatchesCSV(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "data", jsonFile))
	if err != nil {
		t.Fatal(err)
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	var figures, citations [][]string
	figures = append(figures, header())
	citations = append(citations, citationHeader())
	for _, f := range d.Figures {
		figures = append(figures, row(f))
		i := 0
		for c := range f.Citations.All() {
			role := "corroborating"
			switch {
			case f.Status == shenyang.Derived:
				role = "input"
			case i == 0:
				role = "primary"
			}
			i++
			citations = append(citations, []string{f.ID, role, c.Source.URL, c.Quote, c.Note, c.Source.Publisher + ": " + c.Source.Title})
		}
	}
	if diff := cmp.Diff(readCSV(t, csvFile), figures); diff != "" {
		t.Errorf("figures CSV vs the JSON document's figures (-csv +json):\n%s", diff)
	}
	if diff := cmp.Diff(readCSV(t, citationsCSVFile), citations); diff != "" {
		t.Errorf("citations CSV vs the JSON document's citations (-csv +json):\n%s", diff)
	}
	// 40 figures (17 indicators, 16 trade, 7 investors).
	if n := len(figures) - 1; n != 40 {
		t.Errorf("%d figures, want 40", n)
	}
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// checkValue checks one CSV cell against its Table Schema field.
func checkValue(t *testing.T, line int, fl field, v string) {
	t.Helper()
	if v == "" {
		if fl.Constraints != nil && fl.Constraints.Required {
			t.Errorf("line %d: %s is required but empty", line, fl.Name)
		}
		return
	}
	switch fl.Type {
	case "number":
		// A plain decimal (no exponent, no sign but "-") of at most 16
		// significant digits, with a point as its decimal mark, as the
		// field says.
		d, err := dec.Parse(v)
		if err != nil {
			t.Errorf("line %d: %s = %q is not a plain decimal", line, fl.Name, v)
		} else if n := dec.Trim(d).NumDigits(); n > 16 {
			t.Errorf("line %d: %s = %q has %d significant digits, more than 16", line, fl.Name, v, n)
		}
		if fl.DecimalChar != "." || !fl.BareNumber || !strings.Contains(fl.Description, "decimal.Decimal") {
			t.Errorf("number field %s: decimalChar %q, bareNumber %v, description %q: it must say how to read it exactly", fl.Name, fl.DecimalChar, fl.BareNumber, fl.Description)
		}
	case "string":
		if fl.Format == "uri" && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") {
			t.Errorf("line %d: %s = %q is not a URI", line, fl.Name, v)
		}
	default:
		t.Errorf("field %s has type %q, which this test does not know", fl.Name, fl.Type)
	}
	if fl.Constraints != nil && len(fl.Constraints.Enum) > 0 {
		ok := false
		for _, e := range fl.Constraints.Enum {
			ok = ok || e == v
		}
		if !ok {
			t.Errorf("line %d: %s = %q is not one of %q", line, fl.Name, v, fl.Constraints.Enum)
		}
	}
}

func TestDataPackageProvenance(t *testing.T) {
	p := readPackage(t)
	if p.Version != shenyang.DataVersion || p.ReportSHA256 != shenyang.ReportSHA256 ||
		p.ReportRetrieved != shenyang.ReportRetrieved || p.CSVVersion != CSVVersion {
		t.Errorf("provenance %q %q %q %q does not match the module's constants", p.Version, p.ReportSHA256, p.ReportRetrieved, p.CSVVersion)
	}
	if len(p.Sources) != 6 || p.Sources[0].Path != shenyang.Report().URL {
		t.Errorf("sources %+v: want the report first, then the five secondary sources", p.Sources)
	}
	if !strings.Contains(p.Description, "the quoted sentences remain China Daily's") || p.Licenses[0].Name != "MIT" {
		t.Errorf("licence note missing: %q %+v", p.Description, p.Licenses)
	}
}

// TestReportDigest checks ReportSHA256 against the stored copy of the
// report, where it exists.
func TestReportDigest(t *testing.T) {
	text := sourceText(t)
	sum := sha256.Sum256([]byte(text))
	if got := hex.EncodeToString(sum[:]); got != shenyang.ReportSHA256 {
		t.Errorf("SHA-256 of the report text = %s, ReportSHA256 = %s", got, shenyang.ReportSHA256)
	}
}

// TestIDsAreStable fails when a published figure id disappears, and when a
// new id is not yet listed in testdata/ids.txt.
func TestIDsAreStable(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "ids.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	listed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			listed[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for fig := range Figures() {
		have[fig.ID] = true
		if !listed[fig.ID] {
			t.Errorf("new id %q: add it to testdata/ids.txt", fig.ID)
		}
	}
	for id := range listed {
		if !have[id] {
			t.Errorf("id %q disappeared; ids are stable within a major version", id)
		}
	}
}

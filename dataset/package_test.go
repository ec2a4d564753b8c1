package dataset

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/dec"
)

// TestDataFilesAreFresh fails when a committed file under data/ differs
// from what the module writes now.
func TestDataFilesAreFresh(t *testing.T) {
	for name, write := range Files() {
		var want bytes.Buffer
		if err := write(&want); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "data", name)) //nolint:gosec // reads a fixed file of this repository
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), string(got)); diff != "" {
			t.Errorf("data/%s is stale; run go generate ./... (-want +got):\n%s", name, diff)
		}
	}
}

func readPackage(t *testing.T) DataPackage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "data", PackageFile))
	if err != nil {
		t.Fatal(err)
	}
	var p DataPackage
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDataPackageDescribesCSV checks each resource's Table Schema against
// its CSV file: the fields are the columns in order, every value parses as
// its field's type and meets its constraints, and the primary key is
// unique.
func TestDataPackageDescribesCSV(t *testing.T) {
	p := readPackage(t)
	if len(p.Resources) != 2 {
		t.Fatalf("%d resources, want 2", len(p.Resources))
	}
	for _, res := range p.Resources {
		t.Run(res.Name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "data", res.Path))
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = f.Close() }()
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
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
					var k []string
					for _, name := range res.Schema.PrimaryKey {
						k = append(k, row[indexOf(names, name)])
					}
					key := strings.Join(k, "\x00")
					if keys[key] {
						t.Errorf("row %d: primary key %q repeats", i+2, key)
					}
					keys[key] = true
				}
			}
		})
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
func checkValue(t *testing.T, line int, fl Field, v string) {
	t.Helper()
	if v == "" {
		if fl.Constraints != nil && fl.Constraints.Required {
			t.Errorf("line %d: %s is required but empty", line, fl.Name)
		}
		return
	}
	switch fl.Type {
	case "number":
		if _, err := dec.Parse(v); err != nil {
			t.Errorf("line %d: %s = %q is not a number", line, fl.Name, v)
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
		p.ReportRetrieved != shenyang.ReportRetrieved || p.CSVVersion != shenyang.CSVVersion {
		t.Errorf("provenance %q %q %q %q does not match the module's constants", p.Version, p.ReportSHA256, p.ReportRetrieved, p.CSVVersion)
	}
	if len(p.Sources) != 3 || p.Sources[0].Path != shenyang.Report().URL {
		t.Errorf("sources %+v: want the report first, then the two secondary sources", p.Sources)
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

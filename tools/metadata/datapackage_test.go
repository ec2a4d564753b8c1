package metadata

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// profileURL is the address the Data Package 2.0 profile is published at;
// a v2 descriptor declares it as its "$schema".
const profileURL = "https://datapackage.org/profiles/2.0/datapackage.json"

// readPackage decodes data/datapackage.json.
func readPackage(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile("../../data/datapackage.json")
	if err != nil {
		t.Fatal(err)
	}
	var pkg map[string]any
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatalf("data/datapackage.json: %v", err)
	}
	return pkg
}

// resources returns the descriptor's resources.
func resources(t *testing.T, pkg map[string]any) []map[string]any {
	t.Helper()
	var rs []map[string]any
	for i, r := range list(t, pkg["resources"], "resources") {
		rs = append(rs, object(t, r, fmt.Sprintf("resources[%d]", i)))
	}
	return rs
}

// schemaDeclared reports why pkg does not declare the 2.0 profile as its
// "$schema", or "" if it does.
func schemaDeclared(pkg map[string]any) string {
	if got := pkg["$schema"]; got != profileURL {
		return fmt.Sprintf("$schema is %#v, want %q", got, profileURL)
	}
	return ""
}

// tablesTyped lists the resources of pkg that have a Table Schema but not
// "type": "table", which Data Package 2.0 uses to mark a table.
func tablesTyped(t *testing.T, pkg map[string]any) []string {
	t.Helper()
	var untyped []string
	for i, r := range resources(t, pkg) {
		if _, table := r["schema"]; table && r["type"] != "table" {
			untyped = append(untyped, fmt.Sprintf("resources[%d] (%v) has a schema but type %#v", i, r["name"], r["type"]))
		}
	}
	return untyped
}

// withV2Declarations adds to pkg what the v2 descriptor adds to the v1 one:
// the "$schema" and "type": "table" on each resource with a Table Schema. It
// keeps the v1 "profile" keys, as data/datapackage.json does.
func withV2Declarations(t *testing.T, pkg map[string]any) map[string]any {
	t.Helper()
	pkg["$schema"] = profileURL
	for _, r := range resources(t, pkg) {
		if _, table := r["schema"]; table {
			r["type"] = "table"
		}
	}
	return pkg
}

// TestDataPackage checks data/datapackage.json as it is: it validates
// against the 2.0 profile, declares that profile and types its tables.
func TestDataPackage(t *testing.T) {
	sch := compileSchema(t, "datapackage-2.0.profile.json", profileURL)
	pkg := readPackage(t)
	t.Run("validates against the 2.0 profile", func(t *testing.T) {
		if err := validate(t, sch, pkg); err != nil {
			t.Errorf("data/datapackage.json:\n%v", err)
		}
	})
	t.Run("declares $schema", func(t *testing.T) {
		if why := schemaDeclared(pkg); why != "" {
			t.Errorf("data/datapackage.json: %s", why)
		}
	})
	t.Run("types its tables", func(t *testing.T) {
		for _, why := range tablesTyped(t, pkg) {
			t.Errorf("data/datapackage.json: %s", why)
		}
	})
}

// TestDataPackageWithV2Declarations runs TestDataPackage's checks on a copy
// of data/datapackage.json with the two v2 declarations added, so that they
// are known to pass on the descriptor once it carries them.
func TestDataPackageWithV2Declarations(t *testing.T) {
	sch := compileSchema(t, "datapackage-2.0.profile.json", profileURL)
	pkg := withV2Declarations(t, readPackage(t))
	if err := validate(t, sch, pkg); err != nil {
		t.Errorf("with the v2 declarations:\n%v", err)
	}
	if why := schemaDeclared(pkg); why != "" {
		t.Error(why)
	}
	for _, why := range tablesTyped(t, pkg) {
		t.Error(why)
	}
	tables := 0
	for _, r := range resources(t, pkg) {
		if r["type"] == "table" {
			tables++
			if r["profile"] != "tabular-data-resource" {
				t.Errorf("resource %v: profile %#v; the v1 readers need tabular-data-resource", r["name"], r["profile"])
			}
		}
	}
	if tables == 0 {
		t.Error("no resource has a Table Schema")
	}
}

// TestDataPackageRefusesBrokenCopies shows that the checks fail: each case
// breaks a copy of data/datapackage.json, with the v2 declarations added,
// in one way, and the profile or the declaration checks must refuse it.
func TestDataPackageRefusesBrokenCopies(t *testing.T) {
	sch := compileSchema(t, "datapackage-2.0.profile.json", profileURL)
	base := withV2Declarations(t, readPackage(t))
	// figures returns the copy's first resource, the table of figures, and
	// field its Table Schema's field i.
	figures := func(pkg map[string]any) map[string]any { return resources(t, pkg)[0] }
	field := func(pkg map[string]any, i int) map[string]any {
		s := object(t, figures(pkg)["schema"], "resources[0].schema")
		return object(t, list(t, s["fields"], "resources[0].schema.fields")[i], "field")
	}
	cases := []struct {
		name   string
		mutate func(pkg map[string]any)
		want   string // in the profile's or the declaration check's message
	}{
		{"no resources", func(p map[string]any) { p["resources"] = []any{} }, "'/resources': minItems"},
		{"resource without a name", func(p map[string]any) { delete(figures(p), "name") }, "missing property 'name'"},
		{"resource without a path or data", func(p map[string]any) { delete(figures(p), "path") }, "missing property 'path'"},
		{"path out of the package", func(p map[string]any) { figures(p)["path"] = "../shenyang-2019.csv" }, "'../shenyang-2019.csv' does not match pattern"},
		{"absolute path", func(p map[string]any) { figures(p)["path"] = "/etc/passwd" }, "'/etc/passwd' does not match pattern"},
		{"resource type other than table", func(p map[string]any) { figures(p)["type"] = "tabular" }, "'/resources/0/type': value must be 'table'"},
		{"field of an unknown type", func(p map[string]any) { field(p, 2)["type"] = "decimal" }, "'/resources/0/schema/fields/2': 'oneOf' failed"},
		{"string field with a number format", func(p map[string]any) { field(p, 0)["format"] = "float" }, "'/resources/0/schema/fields/0/format': value must be one of"},
		{"schema without fields", func(p map[string]any) {
			delete(object(t, figures(p)["schema"], "schema"), "fields")
		}, "missing property 'fields'"},
		{"licence without a name or path", func(p map[string]any) {
			p["licenses"] = []any{map[string]any{"title": "MIT"}}
		}, "'/licenses/0': 'anyOf' failed"},
		{"v1 $schema", func(p map[string]any) {
			p["$schema"] = "https://datapackage.org/profiles/1.0/datapackage.json"
		}, "$schema is"},
		{"no $schema", func(p map[string]any) { delete(p, "$schema") }, "$schema is"},
		{"table without its type", func(p map[string]any) { delete(figures(p), "type") }, "has a schema but type"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pkg := clone(t, base)
			c.mutate(pkg)
			var refusals []string
			if err := validate(t, sch, pkg); err != nil {
				refusals = append(refusals, err.Error())
			}
			if why := schemaDeclared(pkg); why != "" {
				refusals = append(refusals, why)
			}
			refusals = append(refusals, tablesTyped(t, pkg)...)
			if len(refusals) == 0 {
				t.Fatal("passed every check; want refused")
			}
			if msg := strings.Join(refusals, "\n"); !strings.Contains(msg, c.want) {
				t.Errorf("refused, but no message mentions %q:\n%s", c.want, msg)
			}
		})
	}
}

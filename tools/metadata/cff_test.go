package metadata

import (
	"os"
	"strings"
	"testing"

	"github.com/google/licensecheck"
	"github.com/shenyang-data/shenyang"
	"go.yaml.in/yaml/v3"
	"golang.org/x/mod/modfile"
)

// cffSchemaURL is the address the CFF 1.2.0 schema is published at, its $id.
const cffSchemaURL = "https://citation-file-format.github.io/1.2.0/schema.json"

// readCFF decodes CITATION.cff at the repository's root. Decoding into
// maps keeps an unquoted YAML date as its text, as the schema requires of
// tools ("cast YAML 'date' objects to string objects").
func readCFF(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile("../../CITATION.cff")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("CITATION.cff: %v", err)
	}
	return doc
}

// report returns the CFF's one reference, the report the module cites.
func report(t *testing.T, doc map[string]any) map[string]any {
	t.Helper()
	refs := list(t, doc["references"], "references")
	if len(refs) != 1 {
		t.Fatalf("CITATION.cff has %d references, want 1 (the report)", len(refs))
	}
	return object(t, refs[0], "references[0]")
}

func TestCitationCFFValidates(t *testing.T) {
	sch := compileSchema(t, "cff-1.2.0.schema.json", cffSchemaURL)
	if err := validate(t, sch, readCFF(t)); err != nil {
		t.Fatalf("CITATION.cff is not valid CFF 1.2.0:\n%v", err)
	}
}

// TestCitationCFFRefusesBrokenCopies shows that the schema check fails:
// each case breaks a copy of CITATION.cff in one way, and the validator
// must refuse it, naming what is wrong.
func TestCitationCFFRefusesBrokenCopies(t *testing.T) {
	sch := compileSchema(t, "cff-1.2.0.schema.json", cffSchemaURL)
	base := readCFF(t)
	cases := []struct {
		name   string
		mutate func(doc map[string]any)
		want   string // in the validator's message
	}{
		{"no message", func(d map[string]any) { delete(d, "message") }, "missing property 'message'"},
		{"no authors", func(d map[string]any) { d["authors"] = []any{} }, "'/authors': minItems"},
		{"author entity with an empty name", func(d map[string]any) {
			d["authors"] = []any{map[string]any{"name": ""}}
		}, "'/authors/0/name': minLength"},
		{"cff-version of another release", func(d map[string]any) { d["cff-version"] = "1.1.0" }, "'1.1.0' does not match pattern"},
		{"date-released not YYYY-MM-DD", func(d map[string]any) { d["date-released"] = "2020-4-9" }, "'2020-4-9' is not valid date"},
		{"date-released not a calendar date", func(d map[string]any) { d["date-released"] = "2020-02-30" }, "'2020-02-30' is not valid date"},
		{"licence not an SPDX id", func(d map[string]any) { d["license"] = "MIT License" }, "'/license': 'oneOf' failed"},
		{"misspelt key", func(d map[string]any) { d["repository_code"] = d["repository-code"] }, "additional properties 'repository_code' not allowed"},
		{"reference date-published day first", func(d map[string]any) {
			report(t, d)["date-published"] = "09/04/2020"
		}, "'09/04/2020' is not valid date"},
		{"reference type CFF does not have", func(d map[string]any) {
			report(t, d)["type"] = "news-article"
		}, "'/references/0/type': value must be one of"},
		{"reference without authors", func(d map[string]any) { delete(report(t, d), "authors") }, "'/references/0': missing property 'authors'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := clone(t, base)
			c.mutate(doc)
			err := validate(t, sch, doc)
			if err == nil {
				t.Fatal("validated; want refused")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("refused, but the message does not mention %q:\n%v", c.want, err)
			}
		})
	}
}

// TestCitationCFFMatchesModule checks the facts CITATION.cff repeats
// against their sources in the repository: the report against
// shenyang.Report, the version against shenyang.DataVersion, the licence
// against LICENSE, the repository against the module path in go.mod.
func TestCitationCFFMatchesModule(t *testing.T) {
	doc := readCFF(t)
	src := shenyang.Report()
	ref := report(t, doc)
	authors := list(t, ref["authors"], "references[0].authors")
	if len(authors) != 1 {
		t.Fatalf("the report has %d authors, want 1 (its publisher)", len(authors))
	}
	for _, c := range []struct {
		field string
		got   any
		want  string
	}{
		{"type", ref["type"], "newspaper-article"},
		{"title", ref["title"], src.Title},
		{"url", ref["url"], src.URL},
		{"date-published", ref["date-published"], src.Published},
		{"authors[0].name", object(t, authors[0], "references[0].authors[0]")["name"], src.Publisher},
	} {
		if c.got != c.want {
			t.Errorf("references[0].%s = %#v, want %q", c.field, c.got, c.want)
		}
	}
	if langs := list(t, ref["languages"], "references[0].languages"); len(langs) != 1 || langs[0] != src.Language {
		t.Errorf("references[0].languages = %v, want [%s]", langs, src.Language)
	}

	if doc["version"] != shenyang.DataVersion {
		t.Errorf("version = %#v, want %q (shenyang.DataVersion)", doc["version"], shenyang.DataVersion)
	}

	licence, err := os.ReadFile("../../LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	cov := licensecheck.Scan(licence)
	if len(cov.Match) != 1 || cov.Percent < 90 {
		t.Fatalf("LICENSE: licensecheck finds %v (%.1f%% covered), want one licence", cov.Match, cov.Percent)
	}
	if doc["license"] != cov.Match[0].ID {
		t.Errorf("license = %#v, but LICENSE is %s", doc["license"], cov.Match[0].ID)
	}

	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://" + modfile.ModulePath(gomod); doc["repository-code"] != want {
		t.Errorf("repository-code = %#v, want %q (the module path)", doc["repository-code"], want)
	}
}

package dataset_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

// The ids of the report and of its Chinese edition.
const (
	reportID = "chinadaily-2020-04-09"
	zhID     = "chinadaily-zh-2020-01-07"
)

// cite is a citation as the tests compare it: the source by id.
type cite struct{ Source, Quote, Note string }

// checkCitations checks every citation: one with a quote is of the report
// and quotes it verbatim; one without is of another source of the dataset,
// whose text the module does not store, and its note says so.
func checkCitations(t *testing.T, id string, cs shenyang.List[shenyang.Citation]) []cite {
	t.Helper()
	if cs.Len() == 0 {
		t.Errorf("%s has no citation", id)
	}
	var out []cite
	for c := range cs.All() {
		if c.HasQuote() {
			if c.Source != shenyang.Report() {
				t.Errorf("%s quotes %q, want the report", id, c.Source.ID)
			}
			if !strings.Contains(testcheck.ReportText, c.Quote) {
				t.Errorf("%s quote %q is not verbatim in the report", id, c.Quote)
			}
		} else {
			if !strings.HasPrefix(c.Note, "no quote: ") {
				t.Errorf("%s: citation of %q without a quote has note %q, want it to start with %q", id, c.Source.ID, c.Note, "no quote: ")
			}
			if c.Source == shenyang.Report() {
				t.Errorf("%s cites the report without a quote", id)
			}
			known := false
			for src := range shenyang.Sources() {
				known = known || src == c.Source
			}
			if !known {
				t.Errorf("%s cites %q, which is not one of Sources()", id, c.Source.ID)
			}
		}
		out = append(out, cite{c.Source.ID, c.Quote, c.Note})
	}
	return out
}

// quotes returns the quotes of cs, leaving out citations without one.
func quotes(cs []cite) []string {
	var out []string
	for _, c := range cs {
		if c.Quote != "" {
			out = append(out, c.Quote)
		}
	}
	return out
}

func TestStatements(t *testing.T) {
	type view struct {
		ID        string
		Speaker   shenyang.Person
		Occasion  string
		Period    shenyang.Period
		Citations []cite
	}
	want := []view{
		{
			ID:        "statements.mayor",
			Speaker:   shenyang.Person{Name: "Jiang Youwei", Role: "mayor", Organization: "Shenyang"},
			Occasion:  "the third meeting of the 16th Shenyang's People's Congress",
			Period:    shenyang.Period{ISO: "2020-01", InferredFrom: `"in January" in a report published on 2020-04-09`},
			Citations: []cite{{Source: reportID, Quote: "Shenyang aims to become a new frontier in opening-up and global cooperation, actively linking international rules and building an open economy, said Jiang Youwei, mayor of the city, at the third meeting of the 16th Shenyang's People's Congress in January."}},
		},
		{
			ID:        "statements.researcher",
			Speaker:   shenyang.Person{Name: "Li Hongbiao", Role: "researcher", Organization: "China Academy of Northeast Revitalization"},
			Period:    shenyang.Period{ISO: "2020-04-09", InferredFrom: "the report's publication date; the statement is undated"},
			Citations: []cite{{Source: reportID, Quote: "Li Hongbiao, a researcher from the China Academy of Northeast Revitalization, said the opening-up strategy is the engine of revitalization of northeastern China."}},
		},
	}
	var got []view
	for s := range dataset.Statements() {
		if s.Text == "" {
			t.Errorf("%s has no text", s.ID)
		}
		if _, err := shenyang.ParsePeriod(s.Period.ISO); err != nil {
			t.Errorf("%s: %v", s.ID, err)
		}
		cs := checkCitations(t, s.ID, s.Citations)
		for _, name := range []string{s.Speaker.Name, s.Speaker.Organization, s.Occasion} {
			if !strings.Contains(strings.Join(quotes(cs), " "), name) {
				t.Errorf("%s: %q is not in its quote", s.ID, name)
			}
		}
		got = append(got, view{s.ID, s.Speaker, s.Occasion, s.Period, cs})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Statements() mismatch (-want +got):\n%s", diff)
	}
	n := 0
	for range dataset.Statements() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Statements() with break yielded %d, want 1", n)
	}
}

func TestClaims(t *testing.T) {
	type view struct {
		ID        string
		Subject   string
		Items     []string
		Period    shenyang.Period
		Citations []cite
	}
	const thisYear = `"this year" in a report published on 2020-04-09`
	want := []view{
		{
			ID: "city.profile", Subject: "Shenyang",
			Period:    shenyang.Period{ISO: "2020-04-09", InferredFrom: "the report's publication date"},
			Citations: []cite{{Source: reportID, Quote: "As a key industrial city in northeastern China, the Liaoning capital"}},
		},
		{
			ID: "plans.opening-up", Subject: "Shenyang commerce bureau",
			Items:     []string{"promoting foreign investment", "upgrading consumption"},
			Period:    shenyang.Period{ISO: "2020", InferredFrom: thisYear},
			Citations: []cite{{Source: reportID, Quote: "This year, the city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption."}},
		},
		{
			ID: "plans.aims", Subject: "Shenyang commerce bureau",
			Items:     []string{"supply-side structural reform", "adjustment and improvement of the industrial structure"},
			Period:    shenyang.Period{ISO: "2020", InferredFrom: thisYear},
			Citations: []cite{{Source: reportID, Quote: "The aim is to help supply-side structural reform, and the adjustment and improvement of the industrial structure, according to the Shenyang commerce bureau."}},
		},
		{
			ID: "plans.sectors", Subject: "Shenyang",
			Items:     []string{"automobile", "high-end equipment", "intelligent manufacturing"},
			Period:    shenyang.Period{ISO: "2020", InferredFrom: `the plans "this year" of the preceding paragraph in a report published on 2020-04-09`},
			Citations: []cite{{Source: reportID, Quote: "The city also plans to strengthen its automobile, high-end equipment and intelligent manufacturing sectors."}},
		},
		{
			// The Chinese edition's attribution, dated by its publication;
			// the module stores none of its text, so there is no quote.
			ID: "sources.attribution", Subject: "Shenyang Development and Reform Commission",
			Period: shenyang.Period{ISO: "2020-01-07"},
			Citations: []cite{{Source: zhID,
				Note: "no quote: the module does not store this source's text; it gives the Shenyang Development and Reform Commission as the source of the figures"}},
		},
	}
	// The city-wide claims come first, then the packages' own.
	var got []view
	for c := range dataset.Claims() {
		if len(got) == len(want) {
			break
		}
		if c.Text == "" {
			t.Errorf("%s has no text", c.ID)
		}
		if _, err := shenyang.ParsePeriod(c.Period.ISO); err != nil {
			t.Errorf("%s: %v", c.ID, err)
		}
		cs := checkCitations(t, c.ID, c.Citations)
		// Every listed item is in the quote.
		for item := range c.Items.All() {
			if !strings.Contains(strings.Join(quotes(cs), " "), item) {
				t.Errorf("%s: item %q is not in its quote", c.ID, item)
			}
		}
		got = append(got, view{c.ID, c.Subject, c.Items.Slice(), c.Period, cs})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Claims() mismatch (-want +got):\n%s", diff)
	}
	n := 0
	for range dataset.Claims() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("Claims() with break yielded %d, want 2", n)
	}
	// A break among the packages' claims: the 7th is trade's first priority, after indicators' one claim.
	n = 0
	var last string
	for c := range dataset.Claims() {
		n++
		last = c.ID
		if n == 7 {
			break
		}
	}
	if n != 7 || last != "trade.priorities.quality" {
		t.Errorf("Claims() with break at 7 yielded %d, the last %q", n, last)
	}
}

func TestClaimsAreCopies(t *testing.T) {
	// Changing a returned value changes nothing the next caller sees.
	for c := range dataset.Claims() {
		c.ID = "changed"
		c.Period.ISO = "1999"
		break
	}
	for s := range dataset.Statements() {
		s.Speaker.Name = "changed"
		break
	}
	c, _ := first(dataset.Claims())
	s, _ := first(dataset.Statements())
	if c.ID != "city.profile" || c.Period.ISO != "2020-04-09" || s.Speaker.Name != "Jiang Youwei" {
		t.Errorf("first claim and statement after changing copies = %q %q %q", c.ID, c.Period.ISO, s.Speaker.Name)
	}
}

func first[T any](seq func(func(T) bool)) (T, bool) {
	for v := range seq {
		return v, true
	}
	var zero T
	return zero, false
}

package shenyang_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shopspring/decimal"
)

// reportText is the text of the report from its headline on, copied from
// the source file; every quote the package cites must occur in it verbatim.
const reportText = `
Shenyang's opening-up attracts foreign capital

China Daily Global Updated: 2020-04-09

The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019, the highest figure over the last five years, showing its efforts in going global have borne fruit.

Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018. Imports grew 17.1 percent to reach 75.2 billion yuan.

Shenyang aims to become a new frontier in opening-up and global cooperation, actively linking international rules and building an open economy, said Jiang Youwei, mayor of the city, at the third meeting of the 16th Shenyang's People's Congress in January.

As a key industrial city in northeastern China, the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies. Those investors include automaker BMW, French tire maker Michelin and tire and rubber company Bridgestone.

This year, the city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption. The aim is to help supply-side structural reform, and the adjustment and improvement of the industrial structure, according to the Shenyang commerce bureau.

The city also plans to strengthen its automobile, high-end equipment and intelligent manufacturing sectors.

Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009, becoming a model for cooperation between Shenyang and Germany. Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world.

Li Hongbiao, a researcher from the China Academy of Northeast Revitalization, said the opening-up strategy is the engine of revitalization of northeastern China.

The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, as well as in projects involving advanced equipment manufacturing and new energy vehicles. Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government.

The government added it will both emphasize the quantity and quality of foreign trade and increase the proportion of high-tech and high value-added products. Private SMEs will also play a bigger role in the sector.

Trade in services, such as cross-border e-commerce, smart medical care and manufacturing outsourcing, will also be encouraged.`

func TestQualifier(t *testing.T) {
	type view struct {
		String     string
		LowerBound bool
	}
	tests := []struct {
		q    shenyang.Qualifier
		want view
	}{
		{0, view{"", false}},
		{shenyang.AsPrinted, view{"as printed", false}},
		{shenyang.Some, view{"some", false}},
		{shenyang.MoreThan, view{"more than", true}},
		{shenyang.Surpassed, view{"surpassed", true}},
		// "at least" is an inclusive bound: the value itself is in the
		// range, so it is not an exclusive lower bound.
		{shenyang.AtLeast, view{"at least", false}},
		{shenyang.Qualifier(5), view{"at least", false}},
		// "computed" marks a derived figure: no source printed it.
		{shenyang.Computed, view{"computed", false}},
		{shenyang.Qualifier(7), view{"", false}},
		{shenyang.Qualifier(255), view{"", false}},
	}
	for _, tt := range tests {
		t.Run(tt.want.String, func(t *testing.T) {
			got := view{tt.q.String(), tt.q.LowerBound()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Qualifier(%d) mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestParseQualifier(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want shenyang.Qualifier
	}{{"as printed", shenyang.AsPrinted}, {"some", shenyang.Some}, {"more than", shenyang.MoreThan}, {"surpassed", shenyang.Surpassed}, {"at least", shenyang.AtLeast}} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := shenyang.ParseQualifier(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseQualifier(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in    string
		quote string
	}{{"More than", `"More than"`}, {"about", `"about"`}, {"more  than", `"more  than"`}, {"At least", `"At least"`}} {
		t.Run("error "+tt.quote, func(t *testing.T) {
			got, err := shenyang.ParseQualifier(tt.in)
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrSyntax,
				Val: &shenyang.ValueError{Op: "ParseQualifier", Arg: "qualifier", Value: tt.quote, Err: shenyang.ErrSyntax},
				Msg: "shenyang: ParseQualifier: qualifier " + tt.quote + ": invalid syntax"})
			if got != 0 {
				t.Errorf("qualifier on error = %d, want 0", got)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		s    shenyang.Status
		want string
	}{{0, ""}, {shenyang.Reported, "reported"}, {shenyang.Derived, "derived"}, {shenyang.Status(3), ""}}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("Status(%d).String() = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	for _, in := range []string{
		"2019", "2020-01", "2020-04-09", "2009/2020", "2019-12/2020-01",
		"2020-12-31", "2019/2019", "2019/2019-06", "0000", "9999-12",
		// Leap days: 2020 and 2000 are leap years (2000 is divisible by
		// 400), as is the year 0 of ISO 8601's proleptic calendar.
		"2020-02-29", "2000-02-29", "0000-02-29", "2019-02-28", "2019-04-30",
		// Ends of different precision compare at the coarser one: May
		// 2019 lies within 2019 (issue 11, item 5).
		"2019-05/2019", "2019-05-10/2019-05", "2019-05/2019-05-10", "2019-12-31/2020", "2019/2019-01-01",
	} {
		t.Run(in, func(t *testing.T) {
			got, err := shenyang.ParsePeriod(in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", in, err)
			}
			if diff := cmp.Diff(shenyang.Period{ISO: in}, got); diff != "" {
				t.Errorf("ParsePeriod(%q) mismatch (-want +got):\n%s", in, diff)
			}
			if got.IsInferred() {
				t.Errorf("ParsePeriod(%q).IsInferred() = true, want false", in)
			}
			if got.String() != in {
				t.Errorf("String() = %q, want %q", got.String(), in)
			}
		})
	}
	for _, tt := range []struct {
		name string
		in   string
	}{
		{"two-digit year", "19"},
		{"five-digit year", "20190"},
		{"month 13", "2019-13"},
		{"month 00", "2019-00"},
		{"one-digit month", "2019-1"},
		{"day 32", "2019-01-32"},
		{"day 00", "2019-01-00"},
		// Days a month does not have (issue 11, item 5): 2019 and 1900
		// are not leap years (1900 is divisible by 100, not by 400).
		{"february 29 in 2019", "2019-02-29"},
		{"february 30", "2019-02-30"},
		{"february 31", "2019-02-31"},
		{"february 30 in a leap year", "2020-02-30"},
		{"february 29 in 1900", "1900-02-29"},
		{"april 31", "2019-04-31"},
		{"june 31", "2019-06-31"},
		{"september 31", "2019-09-31"},
		{"november 31", "2019-11-31"},
		{"impossible day in an interval", "2019-01/2019-02-30"},
		{"too many parts", "2019-01-01-01"},
		{"letters", "abcd"},
		{"sign", "+201"},
		{"slash date", "2019/01"},
		{"end before start", "2020/2009"},
		{"month end before start", "2020-02/2020-01"},
		{"day end before start", "2019-05-11/2019-05-10"},
		{"month after the year", "2020-01/2019"},
		{"year after the day", "2020/2019-12-31"},
		{"only a basis", " (inferred from last year)"},
		{"open end", "2019/"},
		{"open start", "/2019"},
		{"three ends", "2019/2020/2021"},
		{"spaces", " 2019"},
		{"empty month", "2019--01"},
		{"trailing hyphen", "2019-"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shenyang.ParsePeriod(tt.in)
			quoted := `"` + tt.in + `"`
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrSyntax,
				Val: &shenyang.ValueError{Op: "ParsePeriod", Arg: "period", Value: quoted, Err: shenyang.ErrSyntax},
				Msg: "shenyang: ParsePeriod: period " + quoted + ": invalid syntax"})
			if got != (shenyang.Period{}) {
				t.Errorf("period on error = %+v, want zero", got)
			}
		})
	}
}

// TestParseZeroValues checks that every ParseX reads the String form of X's
// zero value back to the zero value (issue 11, item 8).
func TestParseZeroValues(t *testing.T) {
	parsed := func(v any, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		return fmt.Sprintf("%#v", v)
	}
	for _, tt := range []struct {
		name, text string
		parse      func(string) string
		want       string
	}{
		{"Currency", shenyang.Currency(0).String(), func(s string) string { return parsed(shenyang.ParseCurrency(s)) }, "0x0"},
		{"Unit", shenyang.Unit(0).String(), func(s string) string { return parsed(shenyang.ParseUnit(s)) }, "0x0"},
		{"Qualifier", shenyang.Qualifier(0).String(), func(s string) string { return parsed(shenyang.ParseQualifier(s)) }, "0x0"},
		{"Period", shenyang.Period{}.String(), func(s string) string { return parsed(shenyang.ParsePeriod(s)) }, `shenyang.Period{ISO:"", InferredFrom:""}`},
		{"Range", shenyang.Range{}.String(), func(s string) string { r, err := shenyang.ParseRange(s); return parsed(r.IsZero(), err) }, "true"},
		{"Money", shenyang.Money{}.String(), func(s string) string { m, err := shenyang.ParseMoney(s); return parsed(m.IsZero(), err) }, "true"},
		{"Rate", shenyang.Rate{}.String(), func(s string) string { r, err := shenyang.ParseRate(s); return parsed(r.IsZero(), err) }, "true"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.parse(tt.text)); diff != "" {
				t.Errorf("Parse%s(%q) mismatch (-want +got):\n%s", tt.name, tt.text, diff)
			}
		})
	}
}

func TestPeriodInferred(t *testing.T) {
	p := shenyang.Period{ISO: "2019", InferredFrom: `"last year" in a report published on 2020-04-09`}
	if !p.IsInferred() {
		t.Error("IsInferred() = false, want true")
	}
	want := `2019 (inferred from "last year" in a report published on 2020-04-09)`
	if got := p.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	back, err := shenyang.ParsePeriod(want)
	if err != nil || back != p {
		t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", want, back, err, p)
	}
	for _, bad := range []string{
		"2019 (inferred from )", "2019 (inferred from x", "2019-13 (inferred from x)",
		// A basis needs a period it is the basis of.
		" (inferred from x)", "2019-02-30 (inferred from x)",
	} {
		if _, err := shenyang.ParsePeriod(bad); !errors.Is(err, shenyang.ErrSyntax) {
			t.Errorf("ParsePeriod(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestListOf(t *testing.T) {
	src := []string{"automobile", "high-end equipment", "intelligent manufacturing"}
	l := shenyang.ListOf(src...)
	src[0] = "changed" // ListOf copied its argument
	want := []string{"automobile", "high-end equipment", "intelligent manufacturing"}
	if diff := cmp.Diff(want, l.Slice()); diff != "" {
		t.Errorf("Slice() mismatch (-want +got):\n%s", diff)
	}
	s := l.Slice()
	s[1] = "changed" // Slice returned a copy
	if diff := cmp.Diff(want, slices.Collect(l.All())); diff != "" {
		t.Errorf("All() after changing Slice() mismatch (-want +got):\n%s", diff)
	}
	if got := l.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}
	type at struct {
		V  string
		OK bool
	}
	for _, tt := range []struct {
		i    int
		want at
	}{{-1, at{"", false}}, {0, at{"automobile", true}}, {2, at{"intelligent manufacturing", true}}, {3, at{"", false}}} {
		v, ok := l.At(tt.i)
		if diff := cmp.Diff(tt.want, at{v, ok}); diff != "" {
			t.Errorf("At(%d) mismatch (-want +got):\n%s", tt.i, diff)
		}
	}
	// Stopping early stops the iterator.
	var first []string
	for v := range l.All() {
		first = append(first, v)
		break
	}
	if diff := cmp.Diff([]string{"automobile"}, first); diff != "" {
		t.Errorf("All() with break mismatch (-want +got):\n%s", diff)
	}
}

func TestListEmpty(t *testing.T) {
	for name, l := range map[string]shenyang.List[int]{"zero": {}, "ListOf()": shenyang.ListOf[int](), "ListOf(empty...)": shenyang.ListOf([]int{}...)} {
		t.Run(name, func(t *testing.T) {
			if l.Len() != 0 {
				t.Errorf("Len() = %d, want 0", l.Len())
			}
			if _, ok := l.At(0); ok {
				t.Error("At(0) ok = true, want false")
			}
			for range l.All() {
				t.Error("All() yielded an item")
			}
			if s := l.Slice(); len(s) != 0 {
				t.Errorf("Slice() = %v, want empty", s)
			}
			b, err := json.Marshal(l)
			if err != nil || string(b) != "[]" {
				t.Errorf("json.Marshal = %s, %v; want [], nil", b, err)
			}
		})
	}
}

func TestListJSON(t *testing.T) {
	b, err := json.Marshal(shenyang.ListOf("a", "b"))
	if err != nil || string(b) != `["a","b"]` {
		t.Errorf("json.Marshal(ListOf(a, b)) = %s, %v; want [\"a\",\"b\"], nil", b, err)
	}
	tests := []struct {
		in   string
		want []string
	}{
		{`["x","y","z"]`, []string{"x", "y", "z"}},
		{`[]`, []string{}},
		{`null`, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l := shenyang.ListOf("old")
			if err := json.Unmarshal([]byte(tt.in), &l); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if diff := cmp.Diff(tt.want, l.Slice(), cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })); diff != "" {
				t.Errorf("Unmarshal(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, in := range []string{`{"a":1}`, `[1,2]`, `"x"`} {
		t.Run("error "+in, func(t *testing.T) {
			l := shenyang.ListOf("old")
			if err := json.Unmarshal([]byte(in), &l); err == nil {
				t.Errorf("Unmarshal(%s) error = nil, want an error", in)
			}
			if diff := cmp.Diff([]string{"old"}, l.Slice()); diff != "" {
				t.Errorf("list after failed Unmarshal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		in   decimal.Decimal
		want string
	}{
		{decimal.New(165, 7), "1650000000"},
		{decimal.New(15, -2), "0.15"},
		{decimal.New(-449, -1), "-44.9"},
		{decimal.New(150, -2), "1.5"},
		{decimal.New(0, 3), "0"},
		{decimal.Decimal{}, "0"},
		{decimal.New(5, -6), "0.000005"},
		{decimal.New(1055, 8), "105500000000"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := shenyang.FormatDecimal(tt.in); got != tt.want {
				t.Errorf("FormatDecimal = %q, want %q", got, tt.want)
			}
		})
	}
}

// foreignCapital is a figure built by hand, as the indicators package
// would build it.
func foreignCapital(t *testing.T) shenyang.Figure {
	t.Helper()
	r, err := shenyang.RangeOf(decimal.New(165, 7), shenyang.AsPrinted)
	if err != nil {
		t.Fatal(err)
	}
	return shenyang.Figure{
		ID:        "indicators.foreign-capital.2019",
		Label:     "Actual use of foreign capital",
		Period:    shenyang.Period{ISO: "2019"},
		Value:     decimal.New(165, 7),
		Unit:      shenyang.UnitUSD,
		Range:     r,
		Qualifier: shenyang.AsPrinted,
		Printed:   "$1.65 billion",
		Status:    shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Cite("surged 15 percent to reach $1.65 billion in 2019")),
	}
}

func TestFigure(t *testing.T) {
	f := foreignCapital(t)
	if f.IsZero() {
		t.Error("IsZero() = true, want false")
	}
	if got, want := f.String(), "indicators.foreign-capital.2019 = 1650000000 USD"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	m, ok := f.Money()
	if !ok || m.String() != "1650000000 USD" {
		t.Errorf("Money() = %v, %v; want 1650000000 USD, true", m, ok)
	}
	c, ok := f.Primary()
	if diff := cmp.Diff(shenyang.Cite("surged 15 percent to reach $1.65 billion in 2019"), c); !ok || diff != "" {
		t.Errorf("Primary() ok = %v, mismatch (-want +got):\n%s", ok, diff)
	}

	ratio := shenyang.Figure{ID: "indicators.foreign-capital-growth.2019", Value: decimal.New(15, -2), Unit: shenyang.UnitRatio}
	if got, want := ratio.String(), "indicators.foreign-capital-growth.2019 = 0.15 ratio"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if m, ok := ratio.Money(); ok || !m.IsZero() {
		t.Errorf("Money() of a ratio = %v, %v; want unset, false", m, ok)
	}
	if c, ok := ratio.Primary(); ok || c != (shenyang.Citation{}) {
		t.Errorf("Primary() without citations = %+v, %v; want zero, false", c, ok)
	}
	cny := shenyang.Figure{ID: "x", Value: decimal.New(1055, 8), Unit: shenyang.UnitCNY}
	if m, ok := cny.Money(); !ok || m.String() != "105500000000 CNY" {
		t.Errorf("Money() = %v, %v; want 105500000000 CNY, true", m, ok)
	}
}

func TestFigureIsZero(t *testing.T) {
	tests := []struct {
		name string
		f    shenyang.Figure
		want bool
	}{
		{"zero", shenyang.Figure{}, true},
		{"id", shenyang.Figure{ID: "x"}, false},
		{"status", shenyang.Figure{Status: shenyang.Derived}, false},
	}
	for _, tt := range tests {
		if got := tt.f.IsZero(); got != tt.want {
			t.Errorf("%s: IsZero() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReport(t *testing.T) {
	want := shenyang.Source{
		ID:        "chinadaily-2020-04-09",
		Publisher: "China Daily Global",
		Title:     "Shenyang's opening-up attracts foreign capital",
		URL:       "http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html",
		Published: "2020-04-09",
		Language:  "en",
	}
	if diff := cmp.Diff(want, shenyang.Report()); diff != "" {
		t.Errorf("Report() mismatch (-want +got):\n%s", diff)
	}
	// The title and the date are the ones the source prints.
	if !strings.HasPrefix(reportText, "\n"+want.Title+"\n") {
		t.Errorf("source text does not start with the title %q", want.Title)
	}
	if !strings.Contains(reportText, "China Daily Global Updated: "+want.Published) {
		t.Errorf("source text does not carry publisher and date %q, %q", want.Publisher, want.Published)
	}
	q := "Imports grew 17.1 percent to reach 75.2 billion yuan."
	if diff := cmp.Diff(shenyang.Citation{Source: want, Quote: q}, shenyang.Cite(q)); diff != "" {
		t.Errorf("Cite mismatch (-want +got):\n%s", diff)
	}
}

func TestChineseEdition(t *testing.T) {
	want := shenyang.Source{
		ID:        "chinadaily-zh-2020-01-07",
		Publisher: "China Daily, Chinese edition (Liaoning channel)",
		Title:     "沈阳2019年实际利用外资创5年新高",
		URL:       "http://ln.chinadaily.com.cn/a/202001/07/WS5e146427a31099ab995f5d2b.html",
		Published: "2020-01-07",
		Language:  "zh",
	}
	if diff := cmp.Diff(want, shenyang.ChineseEdition()); diff != "" {
		t.Errorf("ChineseEdition() mismatch (-want +got):\n%s", diff)
	}
}

func TestCommunique(t *testing.T) {
	// The module records no URL for the communiqué.
	want := shenyang.Source{
		ID:        "nbs-communique-2019",
		Publisher: "National Bureau of Statistics of China",
		Title:     "Statistical Communiqué of the People's Republic of China on the 2019 National Economic and Social Development",
		Published: "2020-02-28",
		Language:  "en",
	}
	if diff := cmp.Diff(want, shenyang.Communique()); diff != "" {
		t.Errorf("Communique() mismatch (-want +got):\n%s", diff)
	}
}

func TestSources(t *testing.T) {
	// The report first, then the Chinese edition and the communiqué.
	want := []string{reportID, zhID, "nbs-communique-2019"}
	var got []string
	var all []shenyang.Source
	for s := range shenyang.Sources() {
		got = append(got, s.ID)
		all = append(all, s)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sources() ids mismatch (-want +got):\n%s", diff)
	}
	// Each is the value its own function returns.
	if diff := cmp.Diff([]shenyang.Source{shenyang.Report(), shenyang.ChineseEdition(), shenyang.Communique()}, all); diff != "" {
		t.Errorf("Sources() mismatch (-want +got):\n%s", diff)
	}
	// Every source is dated in ISO 8601 and has a language; ids are
	// distinct.
	seen := map[string]bool{}
	for _, s := range all {
		if _, err := shenyang.ParsePeriod(s.Published); err != nil || len(s.Published) != len("2020-01-07") {
			t.Errorf("%s: published %q is not a day in ISO 8601", s.ID, s.Published)
		}
		if s.Language == "" || s.Publisher == "" || s.Title == "" {
			t.Errorf("%s: language, publisher or title is empty: %+v", s.ID, s)
		}
		if seen[s.ID] {
			t.Errorf("Sources() yields %q twice", s.ID)
		}
		seen[s.ID] = true
	}
	for _, stop := range []int{1, 2} {
		n := 0
		for range shenyang.Sources() {
			n++
			if n == stop {
				break
			}
		}
		if n != stop {
			t.Errorf("Sources() with break after %d yielded %d", stop, n)
		}
	}
}

func TestUnquoted(t *testing.T) {
	tests := []struct {
		name string
		src  shenyang.Source
		note string
		want shenyang.Citation
	}{
		{"chinese edition", shenyang.ChineseEdition(), "it reports growth of 15 percent", shenyang.Citation{
			Source: shenyang.Source{
				ID: "chinadaily-zh-2020-01-07", Publisher: "China Daily, Chinese edition (Liaoning channel)",
				Title: "沈阳2019年实际利用外资创5年新高", URL: "http://ln.chinadaily.com.cn/a/202001/07/WS5e146427a31099ab995f5d2b.html",
				Published: "2020-01-07", Language: "zh",
			},
			Note: "no quote: the module does not store this source's text; it reports growth of 15 percent",
		}},
		{"communique", shenyang.Communique(), "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar", shenyang.Citation{
			Source: shenyang.Source{
				ID: "nbs-communique-2019", Publisher: "National Bureau of Statistics of China",
				Title:     "Statistical Communiqué of the People's Republic of China on the 2019 National Economic and Social Development",
				Published: "2020-02-28", Language: "en",
			},
			Note: "no quote: the module does not store this source's text; it gives the 2019 average exchange rate as 6.8985 yuan per US dollar",
		}},
		{"empty note", shenyang.Source{ID: "s"}, "", shenyang.Citation{
			Source: shenyang.Source{ID: "s"},
			Note:   "no quote: the module does not store this source's text; ",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shenyang.Unquoted(tt.src, tt.note)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Unquoted mismatch (-want +got):\n%s", diff)
			}
			if got.HasQuote() {
				t.Errorf("Unquoted(...).HasQuote() = true, want false")
			}
		})
	}
}

func TestCitationHasQuote(t *testing.T) {
	tests := []struct {
		name string
		c    shenyang.Citation
		want bool
	}{
		{"zero", shenyang.Citation{}, false},
		{"cite", shenyang.Cite("Imports grew 17.1 percent to reach 75.2 billion yuan."), true},
		{"note only", shenyang.Citation{Source: shenyang.ChineseEdition(), Note: "no quote: x"}, false},
		{"quote without source", shenyang.Citation{Quote: "q"}, true},
		// A quote of one space is still a quote.
		{"space", shenyang.Citation{Quote: " "}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.HasQuote(); got != tt.want {
				t.Errorf("HasQuote() = %v, want %v", got, tt.want)
			}
		})
	}
}

// cite is a citation as the tests compare it: the source by id.
type cite struct{ Source, Quote, Note string }

// reportID and zhID are the ids of the report and of its Chinese edition.
const (
	reportID = "chinadaily-2020-04-09"
	zhID     = "chinadaily-zh-2020-01-07"
)

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
			if !strings.Contains(reportText, c.Quote) {
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
	for s := range shenyang.Statements() {
		if s.Text == "" {
			t.Errorf("%s has no text", s.ID)
		}
		if _, err := shenyang.ParsePeriod(s.Period.ISO); err != nil {
			t.Errorf("%s: %v", s.ID, err)
		}
		for _, name := range []string{s.Speaker.Name, s.Occasion} {
			if !strings.Contains(reportText, name) {
				t.Errorf("%s: %q is not in the report", s.ID, name)
			}
		}
		got = append(got, view{s.ID, s.Speaker, s.Occasion, s.Period, checkCitations(t, s.ID, s.Citations)})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Statements() mismatch (-want +got):\n%s", diff)
	}
	n := 0
	for range shenyang.Statements() {
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
	var got []view
	for c := range shenyang.Claims() {
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
	for range shenyang.Claims() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("Claims() with break yielded %d, want 2", n)
	}
}

func TestClaimsAreCopies(t *testing.T) {
	// Changing a returned value changes nothing the next caller sees.
	for c := range shenyang.Claims() {
		c.ID = "changed"
		c.Period.ISO = "1999"
		break
	}
	for s := range shenyang.Statements() {
		s.Speaker.Name = "changed"
		break
	}
	c, _ := first(shenyang.Claims())
	s, _ := first(shenyang.Statements())
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

// jsonValue decodes b into generic values, numbers kept as json.Number.
func jsonValue(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return v
}

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"closed range", rng(t, "[1645000000, 1655000000]"),
			`{"low":"1645000000","low_open":false,"high":"1655000000","high_open":false}`},
		{"one-sided range", rng(t, "(100, +inf)"),
			`{"low":"100","low_open":true,"high":null,"high_open":false}`},
		{"range below", rng(t, "(-inf, -0.5)"),
			`{"low":null,"low_open":false,"high":"-0.5","high_open":true}`},
		{"unset range", shenyang.Range{}, `null`},
		{"money", money(t, "105500000000", shenyang.CNY), `{"amount":"105500000000","currency":"CNY"}`},
		{"money with decimals", money(t, "-44.90", shenyang.USD), `{"amount":"-44.9","currency":"USD"}`},
		{"unset money", shenyang.Money{}, `null`},
		{"currency", shenyang.USD, `"USD"`},
		{"unit", shenyang.UnitCNYPerUSD, `"CNY per USD"`},
		{"unset unit", shenyang.Unit(0), `""`},
		{"qualifier", shenyang.MoreThan, `"more than"`},
		{"at least", shenyang.AtLeast, `"at least"`},
		{"unset qualifier", shenyang.Qualifier(0), `""`},
		{"status", shenyang.Derived, `"derived"`},
		{"unset status", shenyang.Status(0), `""`},
		{"period", shenyang.Period{ISO: "2019"}, `{"iso":"2019"}`},
		{"inferred period", shenyang.Period{ISO: "2019", InferredFrom: "last year"}, `{"iso":"2019","inferred_from":"last year"}`},
		{"citation", shenyang.Citation{Source: shenyang.Source{ID: "s"}, Quote: "q"},
			`{"source":{"id":"s","publisher":"","title":"","url":"","published":"","language":""},"quote":"q"}`},
		// A citation without a quote omits the key and carries its note.
		{"unquoted citation", shenyang.Citation{Source: shenyang.Source{ID: "s"}, Note: "no quote: n"},
			`{"source":{"id":"s","publisher":"","title":"","url":"","published":"","language":""},"note":"no quote: n"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarshalJSONIgnoresDecimalGlobals(t *testing.T) {
	// Not parallel: it changes shopspring/decimal's settings and puts them
	// back.
	defer func(q, trim, sci bool) {
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation = q, trim, sci
	}(decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation)
	decimal.MarshalJSONWithoutQuotes = true
	decimal.TrimTrailingZeros = false
	decimal.UseScientificNotation = true
	b, err := json.Marshal(rng(t, "[1.50, 165e7]"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"low":"1.5","low_open":false,"high":"1650000000","high_open":false}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
	}
	if got := shenyang.FormatDecimal(decimal.New(1500, -3)); got != "1.5" {
		t.Errorf("FormatDecimal(1.500) = %q, want %q", got, "1.5")
	}
}

func TestFigureMarshalJSON(t *testing.T) {
	reported := foreignCapital(t)
	src := `{"id":"chinadaily-2020-04-09","publisher":"China Daily Global",` +
		`"title":"Shenyang's opening-up attracts foreign capital",` +
		`"url":"http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html",` +
		`"published":"2020-04-09","language":"en"}`
	derivedRange, err := shenyang.NewRange(shenyang.Closed(d("30200000000")), shenyang.Closed(d("30400000000")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    shenyang.Figure
		want string
	}{
		{"reported", reported, `{
			"id": "indicators.foreign-capital.2019",
			"label": "Actual use of foreign capital",
			"period": {"iso": "2019"},
			"value": "1650000000",
			"unit": "USD",
			"range": {"low": "1645000000", "low_open": false, "high": "1655000000", "high_open": false},
			"qualifier": "as printed",
			"printed": "$1.65 billion",
			"status": "reported",
			"citations": [{"source": ` + src + `, "quote": "surged 15 percent to reach $1.65 billion in 2019"}]
		}`},
		{"derived", shenyang.Figure{
			ID:         "trade.exports.2019",
			Label:      "Exports",
			Period:     shenyang.Period{ISO: "2019", InferredFrom: "last year"},
			Value:      decimal.New(303, 8),
			Unit:       shenyang.UnitCNY,
			Range:      derivedRange,
			Qualifier:  shenyang.AsPrinted,
			Status:     shenyang.Derived,
			Derivation: shenyang.Derivation{Formula: "a - b", Inputs: shenyang.ListOf("a", "b")},
			Note:       "computed",
		}, `{
			"id": "trade.exports.2019",
			"label": "Exports",
			"period": {"iso": "2019", "inferred_from": "last year"},
			"value": "30300000000",
			"unit": "CNY",
			"range": {"low": "30200000000", "low_open": false, "high": "30400000000", "high_open": false},
			"qualifier": "as printed",
			"status": "derived",
			"derivation": {"formula": "a - b", "inputs": ["a", "b"]},
			"citations": [],
			"note": "computed"
		}`},
		{"zero", shenyang.Figure{}, `{
			"id": "", "label": "", "period": {"iso": ""}, "value": "0", "unit": "",
			"range": null, "qualifier": "", "status": "", "citations": []
		}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.f)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(jsonValue(t, []byte(tt.want)), jsonValue(t, b)); diff != "" {
				t.Errorf("Figure JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCurrencyText(t *testing.T) {
	b, err := shenyang.CNY.MarshalText()
	if err != nil || string(b) != "CNY" {
		t.Errorf("CNY.MarshalText() = %q, %v; want CNY, nil", b, err)
	}
	// The unset currency encodes as the empty text, which decodes back.
	if b, err := shenyang.Currency(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Currency(0).MarshalText() = %q, %v; want empty, nil", b, err)
	}
	for _, tt := range []struct {
		c    shenyang.Currency
		text string
	}{{shenyang.Currency(7), "#7"}} {
		t.Run(tt.text, func(t *testing.T) {
			b, err := tt.c.MarshalText()
			testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
				Val: &shenyang.ValueError{Op: "Currency.MarshalText", Arg: "currency", Value: tt.text, Err: shenyang.ErrUnknownCurrency},
				Msg: "shenyang: Currency.MarshalText: currency " + tt.text + ": unknown currency"})
			if b != nil {
				t.Errorf("text on error = %q, want nil", b)
			}
			// Through encoding/json the sentinel is still reachable.
			if _, err := json.Marshal(tt.c); !errors.Is(err, shenyang.ErrUnknownCurrency) {
				t.Errorf("json.Marshal(Currency(%d)) error = %v, want ErrUnknownCurrency", tt.c, err)
			}
		})
	}

	c := shenyang.CNY
	if err := c.UnmarshalText([]byte("USD")); err != nil || c != shenyang.USD {
		t.Errorf("UnmarshalText(USD) = %v, currency %v; want nil, USD", err, c)
	}
	err = c.UnmarshalText([]byte("EUR"))
	testcheck.Err(t, err, testcheck.Failure{Is: shenyang.ErrUnknownCurrency,
		Val: &shenyang.ValueError{Op: "ParseCurrency", Arg: "code", Value: `"EUR"`, Err: shenyang.ErrUnknownCurrency},
		Msg: `shenyang: ParseCurrency: code "EUR": unknown currency`})
	if c != shenyang.USD {
		t.Errorf("currency after failed UnmarshalText = %v, want USD (unchanged)", c)
	}
	var fromJSON struct{ C shenyang.Currency }
	if err := json.Unmarshal([]byte(`{"C":"CNY"}`), &fromJSON); err != nil || fromJSON.C != shenyang.CNY {
		t.Errorf("json.Unmarshal = %v, %v; want CNY, nil", fromJSON.C, err)
	}
}

func TestUnitQualifierStatusText(t *testing.T) {
	// Round trips of every defined value and of the unset one.
	for u := shenyang.Unit(0); u <= shenyang.UnitUSDPerCNY; u++ {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatalf("Unit(%d).MarshalText: %v", u, err)
		}
		v := shenyang.UnitRatio
		if err := v.UnmarshalText(b); err != nil || v != u {
			t.Errorf("Unit round trip of %d via %q = %d, %v", u, b, v, err)
		}
	}
	for q := shenyang.Qualifier(0); q <= shenyang.AtLeast; q++ {
		b, err := q.MarshalText()
		if err != nil {
			t.Fatalf("Qualifier(%d).MarshalText: %v", q, err)
		}
		v := shenyang.Some
		if err := v.UnmarshalText(b); err != nil || v != q {
			t.Errorf("Qualifier round trip of %d via %q = %d, %v", q, b, v, err)
		}
	}
	for s := shenyang.Status(0); s <= shenyang.Derived; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("Status(%d).MarshalText: %v", s, err)
		}
		v := shenyang.Reported
		if err := v.UnmarshalText(b); err != nil || v != s {
			t.Errorf("Status round trip of %d via %q = %d, %v", s, b, v, err)
		}
	}

	// Errors leave the value unchanged.
	u := shenyang.UnitCount
	testcheck.Err(t, u.UnmarshalText([]byte("percent")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "ParseUnit", Arg: "unit", Value: `"percent"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: ParseUnit: unit "percent": invalid syntax`})
	if u != shenyang.UnitCount {
		t.Errorf("unit after failed UnmarshalText = %v, want count", u)
	}
	q := shenyang.Some
	testcheck.Err(t, q.UnmarshalText([]byte("about")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "ParseQualifier", Arg: "qualifier", Value: `"about"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: ParseQualifier: qualifier "about": invalid syntax`})
	if q != shenyang.Some {
		t.Errorf("qualifier after failed UnmarshalText = %v, want some", q)
	}
	s := shenyang.Derived
	testcheck.Err(t, s.UnmarshalText([]byte("estimated")), testcheck.Failure{Is: shenyang.ErrSyntax,
		Val: &shenyang.ValueError{Op: "Status.UnmarshalText", Arg: "status", Value: `"estimated"`, Err: shenyang.ErrSyntax},
		Msg: `shenyang: Status.UnmarshalText: status "estimated": invalid syntax`})
	if s != shenyang.Derived {
		t.Errorf("status after failed UnmarshalText = %v, want derived", s)
	}
}

package dataset_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shopspring/decimal"
)

const (
	opMarshal   = "dataset.Document.MarshalJSON"
	opUnmarshal = "dataset.Document.UnmarshalJSON"
)

// small returns a document of one source, two figures, one indicator
// naming them and one investor, and its JSON form written by hand.
func small() (dataset.Document, string) {
	src := shenyang.Source{ID: "s1", Publisher: "P", Title: "T", URL: "http://example.com/t", Published: "2020-01-02", Language: "en"}
	// 1.65 billion as printed stands for [1.645, 1.655] billion; 15
	// percent for [0.145, 0.155].
	level := shenyang.Figure{
		ID: "x.level", Label: "Level", Period: shenyang.Period{ISO: "2019"}, Value: decimal.New(165, 7), Unit: shenyang.UnitUSD,
		Range:     mustRange(decimal.New(1645, 6), decimal.New(1655, 6)),
		Qualifier: shenyang.AsPrinted, Printed: "$1.65 billion", Status: shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Citation{Source: src, Quote: "q"}),
	}
	growth := shenyang.Figure{
		ID: "x.growth", Label: "Growth", Period: shenyang.Period{ISO: "2019"}, Value: decimal.New(15, -2), Unit: shenyang.UnitRatio,
		Range:     mustRange(decimal.New(145, -3), decimal.New(155, -3)),
		Qualifier: shenyang.AsPrinted, Printed: "15 percent", Status: shenyang.Reported,
		Citations: shenyang.ListOf(shenyang.Citation{Source: src, Quote: "q"}, shenyang.Citation{Source: src, Note: "n"}),
		Note:      "caveat",
	}
	d := dataset.Document{
		Source:     src,
		Sources:    []shenyang.Source{src},
		Figures:    []shenyang.Figure{level, growth},
		Indicators: []indicators.Indicator{{ID: "x", Name: "X", Value: level, Growth: growth}},
		Investors:  []investors.Investor{{ID: "investors.i", Name: "I", Description: "d", Citations: shenyang.ListOf(shenyang.Citation{Source: src, Note: "n"})}},
	}
	const want = `{"report":"s1",` +
		`"sources":[{"id":"s1","publisher":"P","title":"T","url":"http://example.com/t","published":"2020-01-02","language":"en"}],` +
		`"figures":[` +
		`{"id":"x.level","label":"Level","period":{"iso":"2019"},"value":"1650000000","unit":"USD",` +
		`"range":{"low":"1645000000","low_open":false,"high":"1655000000","high_open":false},` +
		`"qualifier":"as printed","printed":"$1.65 billion","status":"reported","citations":[{"source":"s1","quote":"q"}]},` +
		`{"id":"x.growth","label":"Growth","period":{"iso":"2019"},"value":"0.15","unit":"ratio",` +
		`"range":{"low":"0.145","low_open":false,"high":"0.155","high_open":false},` +
		`"qualifier":"as printed","printed":"15 percent","status":"reported","citations":[{"source":"s1","quote":"q"},{"source":"s1","note":"n"}],"note":"caveat"}],` +
		`"indicators":[{"id":"x","name":"X","value":"x.level","growth":"x.growth","prior":""}],` +
		`"investors":[{"id":"investors.i","name":"I","description":"d","citations":[{"source":"s1","note":"n"}]}],` +
		`"products":null,"parks":null,"statements":null,"claims":null}`
	return d, want
}

func mustRange(low, high decimal.Decimal) shenyang.Range {
	r, err := shenyang.NewRange(shenyang.Closed(low), shenyang.Closed(high))
	if err != nil {
		panic(err)
	}
	return r
}

func TestDocumentJSONForm(t *testing.T) {
	d, want := small()
	got := testcheck.RoundTrip(t, d)
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON form (-want +got):\n%s", diff)
	}
	// The zero document, and null.
	if diff := cmp.Diff(`{"report":"","sources":null,"figures":null,"indicators":null,"investors":null,"products":null,"parks":null,"statements":null,"claims":null}`,
		string(testcheck.RoundTrip(t, dataset.Document{}))); diff != "" {
		t.Errorf("zero document (-want +got):\n%s", diff)
	}
	filled := d
	if err := json.Unmarshal([]byte("null"), &filled); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(dataset.Document{}, filled, testcheck.Opts()); diff != "" {
		t.Errorf("null gives (-want +got):\n%s", diff)
	}
}

func TestDocumentMarshalErrors(t *testing.T) {
	d, _ := small()
	other := d.Sources[0]
	other.Title = "another title"
	s2 := shenyang.Source{ID: "s2", Title: "S2"}
	changed := d.Figures[1]
	changed.Value = decimal.New(16, -2)
	unlisted := d.Figures[1]
	unlisted.ID = "x.unlisted"
	huge := d.Figures[0]
	huge.Value = decimal.New(1, 2000)
	tests := []struct {
		name   string
		change func(*dataset.Document)
		want   testcheck.Failure
	}{
		{"source listed twice", func(d *dataset.Document) { d.Sources = append(d.Sources, d.Sources[0]) },
			testcheck.VE(opMarshal, "source", `"s1" listed twice`, shenyang.ErrInvalid)},
		{"source without id", func(d *dataset.Document) { d.Sources = append(d.Sources, shenyang.Source{Title: "S"}) },
			testcheck.VE(opMarshal, "source", `"S"`, shenyang.ErrUnset)},
		{"report not listed", func(d *dataset.Document) { d.Source = s2 },
			testcheck.VE(opMarshal, "source", `"s2" (cited by the document) is not listed as it is`, shenyang.ErrInvalid)},
		{"figure cites an unlisted source", func(d *dataset.Document) {
			f := d.Figures[0]
			f.Citations = shenyang.ListOf(shenyang.Citation{Source: s2})
			d.Figures = []shenyang.Figure{f, d.Figures[1]}
			d.Indicators = nil
		}, testcheck.VE(opMarshal, "source", `"s2" (cited by x.level) is not listed as it is`, shenyang.ErrInvalid)},
		{"investor cites a listed id with other contents", func(d *dataset.Document) {
			d.Investors = []investors.Investor{{ID: "investors.i", Citations: shenyang.ListOf(shenyang.Citation{Source: other})}}
		}, testcheck.VE(opMarshal, "source", `"s1" (cited by investors.i) is not listed as it is`, shenyang.ErrInvalid)},
		{"figure listed twice", func(d *dataset.Document) { d.Figures = append(d.Figures, d.Figures[0]) },
			testcheck.VE(opMarshal, "figure", `"x.level" listed twice`, shenyang.ErrInvalid)},
		{"indicator figure not listed", func(d *dataset.Document) { d.Indicators[0].Prior = unlisted },
			testcheck.VE(opMarshal, "figure", `"x.unlisted" (the prior of indicator x) is not listed as it is`, shenyang.ErrInvalid)},
		{"indicator figure differs from the listed one", func(d *dataset.Document) { d.Indicators[0].Growth = changed },
			testcheck.VE(opMarshal, "figure", `"x.growth" (the growth of indicator x) is not listed as it is`, shenyang.ErrInvalid)},
		{"value beyond the module's range", func(d *dataset.Document) { d.Figures = []shenyang.Figure{huge}; d.Indicators = nil },
			testcheck.VE(opMarshal, "value", "with exponent 2000 and length 1", shenyang.ErrOutOfRange)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := small()
			d.Indicators = append([]indicators.Indicator(nil), d.Indicators...)
			tt.change(&d)
			b, err := d.MarshalJSON()
			testcheck.Err(t, err, tt.want)
			if b != nil {
				t.Errorf("MarshalJSON wrote %s beside its error", b)
			}
			if _, err := json.Marshal(d); err == nil {
				t.Error("json.Marshal succeeds")
			}
		})
	}
}

func TestDocumentUnmarshalErrors(t *testing.T) {
	filled, _ := small()
	const src = `{"id":"s1","title":"T"}`
	const fig = `{"id":"x.level","period":{"iso":"2019"},"value":"1","unit":"USD","range":{"low":"1","low_open":false,"high":"1","high_open":false},"qualifier":"as printed","status":"reported","citations":[{"source":"s1"}]}`
	testcheck.Decode(t, filled, []testcheck.Malformed{
		testcheck.Bad("source listed twice", `{"sources":[`+src+`,`+src+`]}`,
			testcheck.VE(opUnmarshal, "source", `"s1" listed twice`, shenyang.ErrInvalid)),
		testcheck.Bad("report not listed", `{"report":"s9","sources":[`+src+`]}`,
			testcheck.VE(opUnmarshal, "report", `"s9" is not listed`, shenyang.ErrInvalid)),
		testcheck.Bad("figure cites an unlisted source", `{"figures":[`+fig+`]}`,
			testcheck.VE(opUnmarshal, "source", `"s1" (cited by x.level) is not listed`, shenyang.ErrInvalid)),
		testcheck.Bad("figure listed twice", `{"sources":[`+src+`],"figures":[`+fig+`,`+fig+`]}`,
			testcheck.VE(opUnmarshal, "figure", `"x.level" listed twice`, shenyang.ErrInvalid)),
		testcheck.Bad("indicator names an unlisted figure", `{"sources":[`+src+`],"figures":[`+fig+`],"indicators":[{"id":"x","value":"x.level","growth":"x.none"}]}`,
			testcheck.VE(opUnmarshal, "figure", `"x.none" (of indicator x) is not listed`, shenyang.ErrInvalid)),
		testcheck.Bad("value with an exponent", `{"sources":[`+src+`],"figures":[`+strings.Replace(fig, `"value":"1"`, `"value":"1e9"`, 1)+`]}`,
			withMsg(testcheck.VE("Figure.UnmarshalJSON", "value", `"1e9"`, shenyang.ErrSyntax),
				`shenyang: dataset.Document.UnmarshalJSON figure "x.level": Figure.UnmarshalJSON: value "1e9": invalid syntax`)),
		// v0.2 rebuilt figures field by field and took these: a value
		// outside its own range, and one beyond the decimal limits
		testcheck.Bad("value outside its range", `{"sources":[`+src+`],"figures":[`+strings.Replace(fig, `"value":"1"`, `"value":"9"`, 1)+`]}`,
			testcheck.VE("Figure.UnmarshalJSON", "value", "9 outside range [1, 1]", shenyang.ErrInconsistent)),
		testcheck.Bad("value beyond the limits", `{"sources":[`+src+`],"figures":[`+strings.Replace(fig, `"value":"1"`, `"value":"0.`+strings.Repeat("0", 1000)+`1"`, 1)+`]}`,
			testcheck.VE("Figure.UnmarshalJSON", "value", `"0.`+strings.Repeat("0", 38)+`"...`, shenyang.ErrOutOfRange)),
		testcheck.Bad("a null figure", `{"figures":[null]}`,
			testcheck.VE(opUnmarshal, "figure", "null", shenyang.ErrSyntax)),
		testcheck.Bad("figures not an array", `{"figures":3}`,
			testcheck.VE(opUnmarshal, "figures", "of JSON type number", shenyang.ErrSyntax)),
		testcheck.Bad("claim cites an unlisted source", `{"claims":[{"id":"c","citations":[{"source":"s1"}]}]}`,
			testcheck.VE(opUnmarshal, "source", `"s1" (cited by c) is not listed`, shenyang.ErrInvalid)),
		testcheck.Bad("park with a bad period", `{"parks":[{"id":"p","period":{"iso":"20x9"}}]}`,
			testcheck.VE("Period.UnmarshalJSON", "period", `"20x9"`, shenyang.ErrSyntax)),
	})
}

// TestExportWritesEachSourceAndFigureOnce checks the dataset's own
// document: each source's record once, each figure's record once, and
// every citation and indicator naming them by id.
func TestExportWritesEachSourceAndFigureOnce(t *testing.T) {
	var buf bytes.Buffer
	if err := dataset.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for s := range shenyang.Sources() {
		// The communiqué has no URL; its title is as unique.
		if n := strings.Count(text, s.Title); n != 1 {
			t.Errorf("source %s: its title appears %d times, want 1", s.ID, n)
		}
	}
	for _, f := range dataset.Collect().Figures {
		if n := strings.Count(text, `"id": "`+f.ID+`"`); n != 1 {
			t.Errorf("figure %s: its record appears %d times, want 1", f.ID, n)
		}
	}
	var doc struct {
		Report  string `json:"report"`
		Sources []struct {
			ID string `json:"id"`
		} `json:"sources"`
		Figures []struct {
			ID        string `json:"id"`
			Citations []struct {
				Source string `json:"source"`
			} `json:"citations"`
		} `json:"figures"`
		Indicators []map[string]string `json:"indicators"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, s := range doc.Sources {
		ids[s.ID] = true
	}
	// The report, the Chinese edition, the communiqué, the two reports of
	// the Ministry of Commerce's figures and the work report: each cited.
	want := map[string]bool{"chinadaily-2020-04-09": true, "chinadaily-zh-2020-01-07": true, "nbs-communique-2019": true,
		"ce-2019-12-13": true, "govcn-2020-01-21": true, "shenyang-work-report-2019": true}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("source ids (-want +got):\n%s", diff)
	}
	if doc.Report != "chinadaily-2020-04-09" {
		t.Errorf("report = %q, want chinadaily-2020-04-09", doc.Report)
	}
	figures := map[string]bool{}
	for _, f := range doc.Figures {
		figures[f.ID] = true
		for _, c := range f.Citations {
			if !ids[c.Source] {
				t.Errorf("%s cites source %q, which is not listed", f.ID, c.Source)
			}
		}
	}
	// 3 indicators of 3 figures each, all named by id.
	n := 0
	for _, in := range doc.Indicators {
		for _, key := range [...]string{"value", "growth", "prior"} {
			n++
			if !figures[in[key]] {
				t.Errorf("indicator %s: %s %q is not a listed figure", in["id"], key, in[key])
			}
		}
	}
	if n != 9 {
		t.Errorf("%d indicator figures, want 9", n)
	}
}

func TestJSONDocumentRoundTrip(t *testing.T) {
	// The whole export decodes back to the dataset it came from, and
	// encodes again to the same bytes.
	var buf bytes.Buffer
	if err := dataset.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got dataset.Document
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("json.Unmarshal of the export: %v", err)
	}
	if diff := cmp.Diff(dataset.Collect(), got, testcheck.Opts()); diff != "" {
		t.Errorf("decoded export mismatch (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetIndent("", "  ")
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the decoded export encodes to different bytes")
	}
	if len(got.Figures) != 40 {
		t.Errorf("export holds %d figures, want 40 (17 indicators, 16 trade, 7 investors)", len(got.Figures))
	}
}

func TestJSONHoldsEverything(t *testing.T) {
	var buf bytes.Buffer
	if err := dataset.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{"figures": 40, "sources": 6, "indicators": 3, "investors": 3, "products": 1, "parks": 2, "statements": 2, "claims": 11}
	for key, want := range counts {
		var items []json.RawMessage
		if err := json.Unmarshal(doc[key], &items); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		if len(items) != want {
			t.Errorf("%s: %d items, want %d", key, len(items), want)
		}
	}
}

// withMsg is f with the whole message it must have.
func withMsg(f testcheck.Failure, msg string) testcheck.Failure {
	f.Msg = msg
	return f
}

package main

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/shenyang-data/shenyang"
)

// The page's machine-readable data: schema.org JSON-LD in one
// <script type="application/ld+json"> data block, which a browser does not
// run. It describes the dataset and gives one Observation per figure, so
// that whoever publishes the page publishes the figures with it.

// place is a schema.org Place.
type place struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// organization is a schema.org Organization.
type organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// observation is a schema.org Observation of one figure. Decimals are
// strings, so that no reader turns them into binary floats.
type observation struct {
	Type        string `json:"@type"`
	Identifier  string `json:"identifier"`
	Name        string `json:"name"`
	Value       string `json:"value"`
	MinValue    string `json:"minValue,omitempty"`
	MaxValue    string `json:"maxValue,omitempty"`
	UnitText    string `json:"unitText"`
	Date        string `json:"observationDate"`
	About       place  `json:"observationAbout"`
	Description string `json:"description"`
}

// property is a schema.org PropertyValue naming one variable measured.
type property struct {
	Type string `json:"@type"`
	ID   string `json:"propertyID"`
	Name string `json:"name"`
}

// datasetLD is the JSON-LD document: the schema.org Dataset and its
// observations, one @graph.
type datasetLD struct {
	Context string `json:"@context"`
	Graph   []any  `json:"@graph"`
}

// datasetNode is the schema.org Dataset.
type datasetNode struct {
	Type             string       `json:"@type"`
	Name             string       `json:"name"`
	Description      string       `json:"description"`
	License          string       `json:"license"`
	Creator          organization `json:"creator"`
	Version          string       `json:"version"`
	TemporalCoverage string       `json:"temporalCoverage"`
	SpatialCoverage  place        `json:"spatialCoverage"`
	IsBasedOn        newsArticle  `json:"isBasedOn"`
	VariableMeasured []property   `json:"variableMeasured"`
}

// newsArticle is the report, as a schema.org NewsArticle.
type newsArticle struct {
	Type          string       `json:"@type"`
	Headline      string       `json:"headline"`
	URL           string       `json:"url"`
	DatePublished string       `json:"datePublished"`
	Publisher     organization `json:"publisher"`
}

// jsonLD returns the page's JSON-LD for figs, escaped so that it cannot
// end its script element early.
func jsonLD(figs []shenyang.Figure) (string, error) {
	src := shenyang.Report()
	d := datasetNode{
		Type: "Dataset",
		Name: "Shenyang foreign investment and trade in 2019, from China Daily's report of 2020-04-09",
		Description: "Every figure of China Daily's report \"" + src.Title + "\" (" + src.Published + "), with its unit, period, " +
			"the range its printed precision allows and a verbatim quote of its source, and the figures derived from it with their formulas.",
		License:          "https://opensource.org/licenses/MIT",
		Creator:          organization{Type: "Organization", Name: "The shenyang-data authors", URL: "https://github.com/shenyang-data/shenyang"},
		Version:          shenyang.DataVersion,
		TemporalCoverage: "2009/2020-04-09",
		SpatialCoverage:  place{Type: "Place", Name: "Shenyang, Liaoning, China"},
		IsBasedOn: newsArticle{Type: "NewsArticle", Headline: src.Title, URL: src.URL, DatePublished: src.Published,
			Publisher: organization{Type: "Organization", Name: src.Publisher}},
	}
	graph := []any{&d}
	for _, f := range figs {
		d.VariableMeasured = append(d.VariableMeasured, property{Type: "PropertyValue", ID: f.ID, Name: f.Label})
		graph = append(graph, observationOf(f))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(datasetLD{Context: "https://schema.org", Graph: graph}); err != nil {
		return "", err
	}
	// encoding/json escapes <, > and & as \u003c..., so the text holds no
	// "</script"; a JSON-LD reader decodes them back.
	return strings.TrimSpace(b.String()), nil
}

// observationOf returns the Observation of f: its value and the finite
// ends of its range, and in words what the numbers alone do not say.
func observationOf(f shenyang.Figure) observation {
	o := observation{
		Type: "Observation", Identifier: f.ID, Name: f.Label, Value: shenyang.FormatDecimal(f.Value),
		UnitText: f.Unit.String(), Date: f.Period.ISO, About: place{Type: "Place", Name: f.Area},
	}
	var notes []string
	if v, ok := f.Range.Low().Value(); ok {
		o.MinValue = shenyang.FormatDecimal(v)
		if f.Range.Low().IsOpen() {
			notes = append(notes, "the lower bound "+o.MinValue+" is excluded")
		}
	} else {
		notes = append(notes, "no lower bound")
	}
	if v, ok := f.Range.High().Value(); ok {
		o.MaxValue = shenyang.FormatDecimal(v)
		if f.Range.High().IsOpen() {
			notes = append(notes, "the upper bound "+o.MaxValue+" is excluded")
		}
	} else {
		notes = append(notes, "no upper bound")
	}
	o.Description = f.Status.String() + ", " + f.Qualifier.String()
	if len(notes) > 0 {
		o.Description += ": " + strings.Join(notes, ", ")
	}
	if f.Period.IsInferred() {
		o.Description += "; period inferred from " + f.Period.InferredFrom
	}
	return o
}

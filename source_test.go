package shenyang_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
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

// reportID and zhID are the ids of the report and of its Chinese edition.
const (
	reportID = "chinadaily-2020-04-09"
	zhID     = "chinadaily-zh-2020-01-07"
)

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

package shenyang_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

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
	if !strings.HasPrefix(testcheck.ReportText, "\n"+want.Title+"\n") {
		t.Errorf("source text does not start with the title %q", want.Title)
	}
	if !strings.Contains(testcheck.ReportText, "China Daily Global Updated: "+want.Published) {
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

// TestCorroboratingSources: the sources that say on which basis the
// Chinese edition compared, and that repeat the report's growth rates, as
// read on their pages.
func TestCorroboratingSources(t *testing.T) {
	for _, tt := range []struct{ got, want shenyang.Source }{
		{shenyang.CommerceJanNov(), shenyang.Source{
			ID: "ce-2019-12-13", Publisher: "Economic Daily - China Economic Net", Title: "商务部:前11月实际使用外资8459.4亿元 同比增6%",
			URL: "http://www.ce.cn/xwzx/gnsz/gdxw/201912/13/t20191213_33849628.shtml", Published: "2019-12-13", Language: "zh"}},
		// The stored copy of the page shows no title: another copy's.
		{shenyang.CommerceFullYear(), shenyang.Source{
			ID: "govcn-2020-01-21", Publisher: "The State Council of the People's Republic of China (english.www.gov.cn)", Title: "China remains second-largest FDI recipient in 2019",
			URL: "https://english.www.gov.cn/archive/statistics/202001/21/content_WS5e26dce5c6d019625c603a96.html", Published: "2020-01-21", Language: "en"}},
		{shenyang.WorkReport(), shenyang.Source{
			ID: "shenyang-work-report-2019", Publisher: "Shenyang Municipal People's Government", Title: "沈阳市2019年政府工作报告",
			URL: "http://sthjj.shenyang.gov.cn/zwgk/fdzdgknr/jcbs/zfgzbg/202205/t20220516_2994678.html", Published: "2020-02-10", Language: "zh"}},
	} {
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.want.ID, diff)
		}
	}
}

func TestSources(t *testing.T) {
	// The report first, then the Chinese edition, the communiqué, the
	// two reports of the Ministry of Commerce's figures and the work
	// report.
	want := []string{reportID, zhID, "nbs-communique-2019", "ce-2019-12-13", "govcn-2020-01-21", "shenyang-work-report-2019"}
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
	if diff := cmp.Diff([]shenyang.Source{shenyang.Report(), shenyang.ChineseEdition(), shenyang.Communique(),
		shenyang.CommerceJanNov(), shenyang.CommerceFullYear(), shenyang.WorkReport()}, all); diff != "" {
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

package dataset

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(buf.String(), "\n")
	const wantHeader = "id,period,value,unit,low,high,qualifier,status,formula,inputs,quote,source_url,note,source,area,period_basis"
	if header != wantHeader {
		t.Errorf("header = %q, want %q", header, wantHeader)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// indicators: 6 reported by the report, 4 gaps reported by the
	// Chinese edition, 3 derived 2018 values and 4 implied growth rates;
	// trade: 4 reported and 12 derived; investors: 4 reported and 3
	// derived. 17 + 16 + 7 = 40.
	if got := len(rows) - 1; got != 40 {
		t.Errorf("%d figure rows, want 40", got)
	}
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
		// Columns 10 to 13: quote, source_url, note, source. No derived
		// row names a source; every reported row does.
		if derived := r[7] == "derived"; derived && (r[10] != "" || r[11] != "" || r[13] != "") {
			t.Errorf("%s: derived row cites quote %q, url %q, source %q", r[0], r[10], r[11], r[13])
		} else if !derived && r[13] == "" {
			t.Errorf("%s: reported row names no source", r[0])
		}
	}
	const (
		url      = "http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html"
		report   = "China Daily Global: Shenyang's opening-up attracts foreign capital"
		zhURL    = "http://ln.chinadaily.com.cn/a/202001/07/WS5e146427a31099ab995f5d2b.html"
		zh       = "China Daily, Chinese edition (Liaoning channel): 沈阳2019年实际利用外资创5年新高"
		nbs      = "National Bureau of Statistics of China: Statistical Communiqué of the People's Republic of China on the 2019 National Economic and Social Development"
		fdiQuote = "The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019"
		tradeQ   = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
		fortuneQ = "the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies"
		noText   = "no quote: the module does not store this source's text; "
		basis    = "as implied by the Chinese edition (15 - 12.4 = 2.6 percent), whose basis is unstated: most likely the Ministry of Commerce's figures " +
			"for January to November 2019 in dollars, up 2.6 %, which this figure's range holds, the latest released before the Chinese edition of 2020-01-07; " +
			"not their yuan growth of 6.0 % nor the full-year yuan growth of 5.8 %, which lie outside it. Other dollar figures may also lie in the range, so this is the likeliest basis, not a certain one"
	)
	tests := []struct {
		id   string
		want []string
	}{
		{"indicators.foreign-capital.2019", []string{"indicators.foreign-capital.2019", "2019", "1650000000", "USD", "1645000000", "1655000000", "as printed", "reported", "", "",
			fdiQuote, url, "the report says the value is the highest over the last five years", report, "Shenyang", ""}},
		// 15 percent is 0.15 and stands for [14.5, 15.5] percent.
		{"indicators.foreign-capital.growth.2019", []string{"indicators.foreign-capital.growth.2019", "2019", "0.15", "ratio", "0.145", "0.155", "as printed", "reported", "", "",
			fdiQuote, url, "", report, "Shenyang", ""}},
		// A figure of the Chinese edition, which the module has no text
		// of: no quote, the edition's URL and name, and what it reports in
		// note. 12.4 points is 0.124, [0.1235, 0.1245].
		{"indicators.foreign-capital.growth-gap.national.2019", []string{"indicators.foreign-capital.growth-gap.national.2019", "2019", "0.124", "ratio", "0.1235", "0.1245", "as printed", "reported", "", "",
			"", zhURL, noText + "it reports that growth exceeded the national rate by 12.4 percentage points; the comparison's basis is unstated", zh,
			// A gap between two places' rates is the place it describes.
			"Shenyang", ""}},
		// Derived: no quote, URL or source, and the caveat in note.
		// 0.15 - 0.124 = 0.026; [0.145 - 0.1245, 0.155 - 0.1235] = [0.0205, 0.0315].
		{"indicators.foreign-capital.growth.national.2019", []string{"indicators.foreign-capital.growth.national.2019", "2019", "0.026", "ratio", "0.0205", "0.0315", "computed", "derived",
			"indicators.foreign-capital.growth.2019 - indicators.foreign-capital.growth-gap.national.2019", "indicators.foreign-capital.growth.2019;indicators.foreign-capital.growth-gap.national.2019",
			"", "", basis, "",
			// The national rate: China's, from two of Shenyang's figures.
			"China", ""}},
		// A reported figure with a caveat of its own keeps it in note.
		{"trade.total-usd.2019", []string{"trade.total-usd.2019", "2019", "15000000000", "USD", "14500000000", "15500000000", "as printed", "reported", "", "",
			tradeQ, url, "the report gives no exchange rate; see trade.implied-rate.2019", report,
			// "last year" in a report of 2020-04-09 is 2019: the basis in
			// period_basis, as the JSON's inferred_from.
			"Shenyang", `"last year" in a report published on 2020-04-09`}},
		// The communiqué: no quote and no URL, but its name and what it
		// reports. 6.8985 stands for [6.89845, 6.89855].
		{"trade.official-rate.2019", []string{"trade.official-rate.2019", "2019", "6.8985", "CNY per USD", "6.89845", "6.89855", "as printed", "reported", "", "",
			"", "", noText + "it gives the 2019 average exchange rate as 6.8985 yuan per US dollar", nbs,
			// An exchange rate is China's.
			"China", ""}},
		// 105.5 - 75.2 = 30.3 billion; [105.45 - 75.25, 105.55 - 75.15] = [30.2, 30.4].
		{"trade.exports.2019", []string{"trade.exports.2019", "2019", "30300000000", "CNY", "30200000000", "30400000000", "computed", "derived",
			"indicators.trade-total.2019 - indicators.imports.2019", "indicators.trade-total.2019;indicators.imports.2019",
			"", "", "", "",
			// A derived period inferred as its input's says so.
			"Shenyang", `the period of its input indicators.trade-total.2019, which was inferred from "last year" in a report published on 2020-04-09`}},
		// 105.5/15 = 7.0333…; [105.45/15.5, 105.55/14.5] = [6.8032258064516129…, 7.2793103448275862…] rounded outward.
		{"trade.implied-rate.2019", []string{"trade.implied-rate.2019", "2019", "7.033333333333333", "CNY per USD", "6.803225806451612", "7.279310344827587", "computed", "derived",
			"indicators.trade-total.2019 / trade.total-usd.2019", "indicators.trade-total.2019;trade.total-usd.2019",
			"", "", "the report states no rate; its printed precision allows anything in the range", "",
			// Shenyang's figures imply it, but a rate is China's.
			"China", `the period of its input indicators.trade-total.2019, which was inferred from "last year" in a report published on 2020-04-09`}},
		// "more than 100": low 100 (exclusive by the qualifier), no high.
		{"investors.fortune500.companies", []string{"investors.fortune500.companies", "2020-04-09", "100", "count", "100", "", "more than", "reported", "", "",
			fortuneQ, url, "", report, "Shenyang", "the report's publication date, 2020-04-09: it gives the count as it stood then"}},
		// "some 170" rounds at its last non-zero digit, the tens: [165, 175].
		{"investors.fortune500.local-companies", []string{"investors.fortune500.local-companies", "2020-04-09", "170", "count", "165", "175", "some", "reported", "", "",
			fortuneQ, url, "the Chinese edition says more than 170; see investors.fortune500.local-companies.zh", report,
			"Shenyang", "the report's publication date, 2020-04-09: it gives the count as it stood then"}},
		{"investors.bmw-brilliance.investment", []string{"investors.bmw-brilliance.investment", "2009/2020-04-09", "52000000000", "CNY", "52000000000", "", "surpassed", "reported", "", "",
			"Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009", url, "", report,
			"Shenyang", `"dating back to 2009" up to the report's "has surpassed" on 2020-04-09`}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, byID[tt.id]); diff != "" {
				t.Errorf("row (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCitationsCSV checks the citations CSV's header and the rows of one
// reported figure with a corroborating citation, one figure of the
// communiqué and one derived figure.
func TestCitationsCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCitationsCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"id", "role", "source_url", "quote", "note", "source"}, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	byID := map[string][][]string{}
	roles := map[string]int{}
	for _, r := range rows[1:] {
		byID[r[0]] = append(byID[r[0]], r)
		roles[r[1]]++
	}
	const (
		url    = "http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html"
		report = "China Daily Global: Shenyang's opening-up attracts foreign capital"
		zhURL  = "http://ln.chinadaily.com.cn/a/202001/07/WS5e146427a31099ab995f5d2b.html"
		zh     = "China Daily, Chinese edition (Liaoning channel): 沈阳2019年实际利用外资创5年新高"
		nbs    = "National Bureau of Statistics of China: Statistical Communiqué of the People's Republic of China on the 2019 National Economic and Social Development"
		noText = "no quote: the module does not store this source's text; "
		impQ   = "Imports grew 17.1 percent to reach 75.2 billion yuan."
		tradeQ = "Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018."
	)
	tests := []struct {
		id   string
		want [][]string
	}{
		{"indicators.imports.2019", [][]string{
			{"indicators.imports.2019", "primary", url, impQ, "", report},
			{"indicators.imports.2019", "corroborating", zhURL, "", noText + "it reports 752亿元 (75.2 billion yuan) for 2019", zh},
		}},
		{"trade.official-rate.2018", [][]string{
			{"trade.official-rate.2018", "primary", "", "", noText + "it gives the 2018 average exchange rate as 6.6174 yuan per US dollar", nbs},
		}},
		// A derived figure's citations are its inputs': role input.
		{"trade.exports.2019", [][]string{
			{"trade.exports.2019", "input", url, tradeQ, "", report},
			{"trade.exports.2019", "input", zhURL, "", noText + "it reports 1055亿元 (105.5 billion yuan) for 2019", zh},
			{"trade.exports.2019", "input", url, impQ, "", report},
			{"trade.exports.2019", "input", zhURL, "", noText + "it reports 752亿元 (75.2 billion yuan) for 2019", zh},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, byID[tt.id]); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
	// 18 reported figures (10 indicators, 4 trade, 4 investors) have one
	// primary citation each; the 22 derived figures' citations are all
	// inputs.
	if roles["primary"] != 18 {
		t.Errorf("%d primary citations, want 18, one per reported figure", roles["primary"])
	}
	if n := len(rows) - 1; roles["primary"]+roles["corroborating"]+roles["input"] != n {
		t.Errorf("roles %v do not cover the %d rows", roles, n)
	}
}

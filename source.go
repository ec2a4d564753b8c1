package shenyang

import "iter"

// Source is a publication the dataset draws on.
type Source struct {
	ID        string `json:"id"`        // stable short id, such as "chinadaily-2020-04-09"
	Publisher string `json:"publisher"` // who published it
	Title     string `json:"title"`     // its title as published
	URL       string `json:"url"`       // where it was published
	Published string `json:"published"` // publication date, ISO 8601 (YYYY-MM-DD)
	Language  string `json:"language"`  // BCP 47 language tag, such as "en"
}

// Citation ties a figure or a fact to a source, with the verbatim words
// that carry it.
type Citation struct {
	Source Source `json:"source"`
	// Quote is the sentence, or the part of one, that carries the figure,
	// copied verbatim from the source.
	Quote string `json:"quote,omitempty"`
	// Note explains anything the quote does not, such as how an inferred
	// period was read.
	Note string `json:"note,omitempty"`
}

// Report returns the primary source: China Daily's report of 2020-04-09,
// "Shenyang's opening-up attracts foreign capital".
func Report() Source {
	return Source{
		ID:        "chinadaily-2020-04-09",
		Publisher: "China Daily Global",
		Title:     "Shenyang's opening-up attracts foreign capital",
		URL:       "http://investinchina.chinadaily.com.cn/s/202004/09/WS5e8e9592498ea01b9aea23e9/shenyangs-opening-up-attracts-foreign-capital.html",
		Published: "2020-04-09",
		Language:  "en",
	}
}

// ChineseEdition returns China Daily's Chinese-language report of
// 2020-01-07 (Liaoning channel), "沈阳2019年实际利用外资创5年新高", which
// attributes the 2019 figures to the Shenyang Development and Reform
// Commission and gives some that the English report does not. The module
// stores none of its text, so its citations carry no quote.
func ChineseEdition() Source {
	return Source{
		ID:        "chinadaily-zh-2020-01-07",
		Publisher: "China Daily, Chinese edition (Liaoning channel)",
		Title:     "沈阳2019年实际利用外资创5年新高",
		URL:       "http://ln.chinadaily.com.cn/a/202001/07/WS5e146427a31099ab995f5d2b.html",
		Published: "2020-01-07",
		Language:  "zh",
	}
}

// Communique returns the National Bureau of Statistics of China's
// statistical communiqué on 2019, published 2020-02-28, the source of the
// official 2019 average exchange rate. The module records no URL for it.
func Communique() Source {
	return Source{
		ID:        "nbs-communique-2019",
		Publisher: "National Bureau of Statistics of China",
		Title:     "Statistical Communiqué of the People's Republic of China on the 2019 National Economic and Social Development",
		Published: "2020-02-28",
		Language:  "en",
	}
}

// CommerceJanNov returns Economic Daily - China Economic Net's report of
// 2019-12-13 of the Ministry of Commerce's figures for January to November
// 2019: national actual use of foreign capital, in yuan and in dollars.
// They are the national figures the Chinese edition's comparison most
// likely used. The module stores none of its text.
func CommerceJanNov() Source {
	return Source{
		ID:        "ce-2019-12-13",
		Publisher: "Economic Daily - China Economic Net",
		Title:     "商务部:前11月实际使用外资8459.4亿元 同比增6%",
		URL:       "http://www.ce.cn/xwzx/gnsz/gdxw/201912/13/t20191213_33849628.shtml",
		Published: "2019-12-13",
		Language:  "zh",
	}
}

// CommerceFullYear returns the report on the Chinese government's English
// site of the Ministry of Commerce's full-year 2019 figure for foreign
// direct investment, of 2020-01-21, after the Chinese edition. The stored
// copy of the page shows no title: the title is the one another copy of
// the same story carries (UrduPoint, 2020-01-21). The module stores none
// of its text.
func CommerceFullYear() Source {
	return Source{
		ID:        "govcn-2020-01-21",
		Publisher: "The State Council of the People's Republic of China (english.www.gov.cn)",
		Title:     "China remains second-largest FDI recipient in 2019",
		URL:       "https://english.www.gov.cn/archive/statistics/202001/21/content_WS5e26dce5c6d019625c603a96.html",
		Published: "2020-01-21",
		Language:  "en",
	}
}

// WorkReport returns Shenyang's government work report on 2019, published
// on 2020-02-10 on the city government's site; its URL is that of a copy
// on the site of the city's ecology and environment bureau. The module
// stores none of its text.
func WorkReport() Source {
	return Source{
		ID:        "shenyang-work-report-2019",
		Publisher: "Shenyang Municipal People's Government",
		Title:     "沈阳市2019年政府工作报告",
		URL:       "http://sthjj.shenyang.gov.cn/zwgk/fdzdgknr/jcbs/zfgzbg/202205/t20220516_2994678.html",
		Published: "2020-02-10",
		Language:  "zh",
	}
}

// Sources returns an iterator over every source of the dataset: the
// primary report first, then the Chinese edition, the communiqué, the two
// reports of the Ministry of Commerce's figures and Shenyang's work report.
func Sources() iter.Seq[Source] {
	return func(yield func(Source) bool) {
		for _, s := range [...]func() Source{Report, ChineseEdition, Communique, CommerceJanNov, CommerceFullYear, WorkReport} {
			if !yield(s()) {
				return
			}
		}
	}
}

// HasQuote reports whether the citation quotes its source. Citations of
// sources whose text the module does not store, such as [ChineseEdition],
// have none; their Note says so and what the source reports.
func (c Citation) HasQuote() bool { return c.Quote != "" }

// Unquoted returns a citation of src that carries no quote, because the
// module does not store src's text; note says what src reports.
func Unquoted(src Source, note string) Citation {
	return Citation{Source: src, Note: "no quote: the module does not store this source's text; " + note}
}

// Cite returns a citation of the primary report with the given quote.
func Cite(quote string) Citation {
	return Citation{Source: Report(), Quote: quote}
}

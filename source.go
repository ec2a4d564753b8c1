package shenyang

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

// Cite returns a citation of the primary report with the given quote.
func Cite(quote string) Citation {
	return Citation{Source: Report(), Quote: quote}
}

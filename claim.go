package shenyang

// Claim is a statement of a source that carries no number: a plan, an aim,
// a description. Numbers are [Figure] values.
type Claim struct {
	ID      string `json:"id"`      // stable id, such as "plans.sectors"
	Subject string `json:"subject"` // who makes the plan or whom the claim is about
	// Text is the claim in the module's words; the citation holds the
	// source's own.
	Text string `json:"text"`
	// Items are the things the claim lists, such as sectors, in the order
	// printed; empty when it lists none.
	Items     List[string]   `json:"items"`
	Period    Period         `json:"period"`
	Citations List[Citation] `json:"citations"`
}

// Person is someone the report quotes.
type Person struct {
	Name         string `json:"name"`
	Role         string `json:"role"`         // such as "mayor"
	Organization string `json:"organization"` // such as "Shenyang municipal government"
}

// Statement is what a person said, as the report renders it.
type Statement struct {
	ID       string `json:"id"`
	Speaker  Person `json:"speaker"`
	Occasion string `json:"occasion,omitempty"` // where it was said, when the report says so
	Period   Period `json:"period"`
	// Text is the statement in the module's words.
	Text      string         `json:"text"`
	Citations List[Citation] `json:"citations"`
}

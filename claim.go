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

// UnmarshalJSON decodes the claim's fields; null gives the zero Claim. On
// error c is left unchanged.
func (c *Claim) UnmarshalJSON(b []byte) error {
	return decodeInto("Claim.UnmarshalJSON", b, (*plainClaim)(c))
}

// UnmarshalJSON decodes the person's fields; null gives the zero Person.
// On error p is left unchanged.
func (p *Person) UnmarshalJSON(b []byte) error {
	return decodeInto("Person.UnmarshalJSON", b, (*plainPerson)(p))
}

// UnmarshalJSON decodes the statement's fields; null gives the zero
// Statement. On error s is left unchanged.
func (s *Statement) UnmarshalJSON(b []byte) error {
	return decodeInto("Statement.UnmarshalJSON", b, (*plainStatement)(s))
}

// The plain copies of the types above have their fields but not their
// UnmarshalJSON, which decodes through them.
type (
	plainClaim     Claim
	plainPerson    Person
	plainStatement Statement
)

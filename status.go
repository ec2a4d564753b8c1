package shenyang

import "strconv"

// Status tells whether a figure is printed in a source or computed by this
// module from other figures. The zero value is unset.
type Status uint8

// The statuses of a figure.
const (
	Reported Status = iota + 1 // printed in a source
	Derived                    // computed from other figures
)

var statusNames = [...]string{Reported: "reported", Derived: "derived"}

// String returns "reported" or "derived"; "" when unset.
func (s Status) String() string {
	if int(s) >= len(statusNames) {
		return ""
	}
	return statusNames[s]
}

// MarshalText returns "reported", "derived", or "" when unset. A value
// that is neither is an error wrapping [ErrInvalid].
func (s Status) MarshalText() ([]byte, error) {
	if s != 0 && s.String() == "" {
		return nil, valueErr("Status.MarshalText", "status", strconv.Itoa(int(s)), ErrInvalid)
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses "reported" or "derived"; "" gives the unset status.
// On error s is left unchanged.
func (s *Status) UnmarshalText(b []byte) error {
	for t := range Derived + 1 {
		if string(b) == t.String() {
			*s = t
			return nil
		}
	}
	return valueErr("Status.UnmarshalText", "status", strconv.Quote(string(b)), ErrSyntax)
}

package main

import (
	"html"
	"strings"
)

// element is a start tag of the DOM as a browser serialized it: its name,
// its attributes and the text inside it (for the elements the checks
// read: links and headings).
type element struct {
	name  string
	attrs map[string]string
	text  string // the text content, unescaped; set for a and h1-h6
}

// dom is what the checks need of a page: every element in document order
// and the set of ids.
type dom struct {
	elements []*element
	ids      map[string]bool
}

// rawText reports whether the content of the element is text up to its
// end tag.
func rawText(name string) bool {
	switch name {
	case "script", "style", "title", "textarea":
		return true
	}
	return false
}

// parseDOM reads the serialization of a document, as chromium's
// --dump-dom writes it. It is no general HTML parser: it reads tags,
// attributes, text, comments and the raw-text elements, which is all that
// serialization holds, and collects the text of links and headings.
func parseDOM(s string) dom {
	d := dom{ids: map[string]bool{}}
	var open []*element // links and headings whose text is being collected
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if lt > 0 {
			t := html.UnescapeString(s[:lt])
			for _, e := range open {
				e.text += t
			}
			s = s[lt:]
			continue
		}
		switch {
		case strings.HasPrefix(s, "<!--"):
			end := strings.Index(s, "-->")
			if end < 0 {
				return d
			}
			s = s[end+3:]
			continue
		case strings.HasPrefix(s, "<!"), strings.HasPrefix(s, "<?"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return d
			}
			s = s[end+1:]
			continue
		case strings.HasPrefix(s, "</"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return d
			}
			name := strings.ToLower(strings.TrimSpace(s[2:end]))
			for i := len(open) - 1; i >= 0; i-- {
				if open[i].name == name {
					open = append(open[:i], open[i+1:]...)
					break
				}
			}
			s = s[end+1:]
			continue
		}
		e, rest, ok := startTag(s)
		if !ok { // a lone '<' in text
			for _, o := range open {
				o.text += "<"
			}
			s = s[1:]
			continue
		}
		s = rest
		d.elements = append(d.elements, e)
		if id, ok := e.attrs["id"]; ok {
			d.ids[id] = true
		}
		switch {
		case rawText(e.name):
			end := strings.Index(strings.ToLower(s), "</"+e.name)
			if end < 0 {
				end = len(s)
			}
			e.text = s[:end]
			s = s[end:]
		case e.name == "a" || isHeading(e.name):
			open = append(open, e)
		}
	}
	return d
}

// startTag reads the start tag at the beginning of s.
func startTag(s string) (*element, string, bool) {
	i := 1
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	if i == 1 {
		return nil, s, false
	}
	e := &element{name: strings.ToLower(s[1:i]), attrs: map[string]string{}}
	for {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return e, "", true
		}
		if s[i] == '>' {
			return e, s[i+1:], true
		}
		if s[i] == '/' {
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpace(s[j]) && s[j] != '=' && s[j] != '>' && s[j] != '/' {
			j++
		}
		name := strings.ToLower(s[i:j])
		i = j
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			switch {
			case i < len(s) && (s[i] == '"' || s[i] == '\''):
				q := s[i]
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					return e, "", true
				}
				value = s[i+1 : i+1+end]
				i += end + 2
			default:
				j := i
				for j < len(s) && !isSpace(s[j]) && s[j] != '>' {
					j++
				}
				value = s[i:j]
				i = j
			}
		}
		if name != "" {
			e.attrs[name] = html.UnescapeString(value)
		} else {
			i++ // a stray character: skip it
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// isHeading reports whether name is h1 to h6.
func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runeWidth returns the columns a terminal gives r: two for the wide and
// fullwidth characters of East Asian scripts (Chinese, Japanese, Korean),
// none for combining marks and other zero-width characters, one for the
// rest. The ranges are the blocks the Unicode East Asian Width property
// marks wide (W) or fullwidth (F); ambiguous characters count one.
func runeWidth(r rune) int {
	switch {
	case r == 0 || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r):
		return 0
	case r < 0x1100:
		return 1
	}
	// The ranges of wide and fullwidth code points.
	wide := [...][2]rune{
		{0x1100, 0x115F},   // Hangul Jamo initial consonants
		{0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, CJK symbols and punctuation
		{0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
		{0x3400, 0x4DBF},   // CJK unified ideographs extension A
		{0x4E00, 0x9FFF},   // CJK unified ideographs
		{0xA000, 0xA4CF},   // Yi
		{0xAC00, 0xD7A3},   // Hangul syllables
		{0xF900, 0xFAFF},   // CJK compatibility ideographs
		{0xFE30, 0xFE4F},   // CJK compatibility forms
		{0xFF00, 0xFF60},   // fullwidth forms
		{0xFFE0, 0xFFE6},   // fullwidth signs
		{0x1F300, 0x1F64F}, // pictographs and emoticons
		{0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
		{0x20000, 0x3FFFD}, // CJK unified ideographs extensions B and later
	}
	for _, w := range wide {
		if r >= w[0] && r <= w[1] {
			return 2
		}
	}
	return 1
}

// width returns the display width of s in columns.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// pad returns s followed by spaces up to n columns.
func pad(s string, n int) string {
	if w := width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// wrap breaks text into lines of at most max columns, the first starting
// with first and the others with rest (indents, counted in the width).
// Lines break at spaces; a word too long for a line of its own is cut at
// the line's end, except a URL, which stays whole and may pass max.
func wrap(text, first, rest string, max int) []string {
	var lines []string
	line, indent := first, first
	empty := true // the line holds no word yet
	flush := func() {
		lines = append(lines, strings.TrimRight(line, " "))
		line, indent, empty = rest, rest, true
	}
	for _, word := range strings.Fields(text) {
		sep := " "
		if empty {
			sep = ""
		}
		if width(line)+width(sep)+width(word) <= max {
			line += sep + word
			empty = false
			continue
		}
		if !empty {
			flush()
		}
		// word starts a line; cut it while it is too long for one, unless
		// it is a URL, which stays whole so that it can be clicked and
		// copied, however long.
		for width(indent)+width(word) > max && !isURL(word) {
			head, tail := cut(word, max-width(indent))
			line = indent + head
			flush()
			word = tail
		}
		line = indent + word
		empty = false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// isURL reports whether word is a web address.
func isURL(word string) bool {
	return strings.HasPrefix(word, "http://") || strings.HasPrefix(word, "https://")
}

// cut splits s after the runes that fill n columns, at least one rune.
func cut(s string, n int) (head, tail string) {
	w, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if rw := runeWidth(r); w+rw > n && i > 0 {
			break
		} else {
			w += rw
		}
		i += size
	}
	return s[:i], s[i:]
}

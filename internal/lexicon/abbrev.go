package lexicon

import "sync"

// Abbreviations returns the abbreviations of data/abbreviations.txt as
// written ("Mr", "Calif", "vs"), in the order listed; the result is
// shared and must not be modified.
var Abbreviations = sync.OnceValue(func() []string {
	var out []string
	for _, f := range fields("data/abbreviations.txt") {
		out = append(out, f...)
	}
	return out
})

// IsAbbreviation reports whether w, as written ("Mr", not "mr"), is one
// of the abbreviations.
func IsAbbreviation(w string) bool { return abbreviationSet()[w] }

var abbreviationSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, a := range Abbreviations() {
		m[a] = true
	}
	return m
})

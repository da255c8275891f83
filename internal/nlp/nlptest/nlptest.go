// Package nlptest parses the short texts of tests, failing the test on an
// error, so that a test of an analyser starts from one line. Only tests
// import it.
package nlptest

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/nlp"
)

// Parse returns nlp.Parse's document of text; an error ends the test.
func Parse(tb testing.TB, text string) *nlp.Doc {
	tb.Helper()
	d, err := nlp.Parse([]byte(text))
	if err != nil {
		tb.Fatalf("nlp.Parse(%q): %v", text, err)
	}
	return d
}

// At returns the index of d's token that starts the first occurrence of
// at in text, d's text; a text without at ends the test.
func At(tb testing.TB, d *nlp.Doc, text, at string) int {
	tb.Helper()
	off := strings.Index(text, at)
	if off < 0 {
		tb.Fatalf("no %q in %q", at, text)
	}
	return d.TokenAt(off)
}

// ParseAt returns Parse's document of text and At's index of the token
// that starts the first occurrence of at in it: the sentence of a test and
// the word it is about.
func ParseAt(tb testing.TB, text, at string) (*nlp.Doc, int) {
	tb.Helper()
	d := Parse(tb, text)
	return d, At(tb, d, text, at)
}

// Package nlptest parses the short texts of tests, failing the test on an
// error, so that a test of an analyser starts from one line. Only tests
// import it.
package nlptest

import (
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

package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/ingest"
	"github.com/extract-news/extract/internal/record/recordtest"
)

// FuzzArticle runs the whole extraction on whatever text the fuzzer makes:
// it must not panic, and every record must keep the contract. Inputs that
// ingest refuses (NUL bytes, invalid UTF-8) never reach extract.Article
// from the command, so they are skipped. CI runs it briefly:
//
//	go test ./internal/cli -run '^$' -fuzz FuzzArticle -fuzztime 10s
func FuzzArticle(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(text)
	}
	for _, s := range []string{
		"", " \n", "\"", "“”", "\"\"\"\"", "He said \u201cno.\n\nThen", "“We will,” she said, “win.”",
		"Mr. A. B. Smith, the U.S. envoy, told reporters: \"Yes.\"",
		"THE HEADLINE\n\nApple said it would.", "\r\n\r\n", "\ufeffBOM first.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		if ingest.Check(text) != nil {
			t.Skip()
		}
		r, err := extract.Article("fuzz.txt", text)
		if err != nil {
			t.Fatalf("Article(%q): %v", text, err)
		}
		recordtest.Check(t, r, text)
	})
}

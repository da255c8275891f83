package cli

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/ingest"
	"github.com/extract-news/extract/internal/page"
	"github.com/extract-news/extract/internal/record/recordtest"
)

// FuzzArticle runs the whole extraction on whatever text the fuzzer makes:
// it must not panic, and every record must keep the contract. Inputs that
// ingest refuses (NUL bytes, invalid UTF-8) never reach extract.Article
// from the command, so they are skipped. CI runs it briefly:
//
//	go test ./internal/cli -run '^$' -fuzz FuzzArticle -fuzztime 10s
func FuzzArticle(f *testing.F) {
	addSeeds(f, "../../testdata/articles/*.txt")
	for _, s := range []string{
		"", " \n", "\"", "“”", "\"\"\"\"", "He said \u201cno.\n\nThen", "“We will,” she said, “win.”",
		"Mr. A. B. Smith, the U.S. envoy, told reporters: \"Yes.\"",
		"THE HEADLINE\n\nApple said it would.", "\r\n\r\n", "\ufeffBOM first.",
		// A cue that ends the text: its content starts past the last token.
		"1 sAid",
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

// FuzzPage runs the whole extraction of a web page on whatever bytes the
// fuzzer makes, as extract page.html does: the page read (any charset,
// malformed HTML), its text extracted, its record described. It must not
// panic, and every record must keep the contract against its text. CI runs
// it briefly:
//
//	go test ./internal/cli -run '^$' -fuzz FuzzPage -fuzztime 10s
func FuzzPage(f *testing.F) {
	addSeeds(f, "../../testdata/pages/*.html")
	for _, s := range []string{
		"", "<", "<html><body><p>“Yes,” she said.</p>", "<meta charset=shift_jis><p>\x93\x8c</p>",
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":7}}</script>",
		"<p>a<br>b<br><br></p><table><tr><td>x</td></tr></table>", "\xff\xfe<\x00p\x00>\x00",
	} {
		f.Add([]byte(s))
	}
	// Load the model before the first input: on a busy machine the
	// seconds it takes, spent on the first input, can pass for a hung
	// fuzzing worker.
	if _, err := extract.Article("warm-up", []byte("The model loads once.")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, about, err := readPage(raw, ingest.About{})
		if err != nil && !errors.Is(err, page.ErrNoArticle) {
			return // an error for the page, not a panic
		}
		if err := ingest.Check(text); err != nil {
			t.Fatalf("readPage(%q) gave text that ingest refuses: %v", raw, err)
		}
		r, err := extract.Article("fuzz.html", text)
		if err != nil {
			t.Fatalf("Article(%q): %v", text, err)
		}
		extract.Describe(&r, text, about)
		recordtest.Check(t, r, text)
	})
}

// addSeeds adds the files that pattern matches to f's seed corpus.
func addSeeds(f *testing.F, pattern string) {
	f.Helper()
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

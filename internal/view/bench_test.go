package view

import (
	"io"
	"os"
	"testing"

	"github.com/extract-news/extract/internal/extract"
)

// BenchmarkPage renders the page of the sample article.
func BenchmarkPage(b *testing.B) {
	text, err := os.ReadFile("../../testdata/articles/sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	r, err := extract.Article("sample.txt", text)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Page(io.Discard, r, text); err != nil {
			b.Fatal(err)
		}
	}
}

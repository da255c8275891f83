package view

import (
	"io"
	"testing"
)

// BenchmarkPage renders the page of the sample article.
func BenchmarkPage(b *testing.B) {
	r, text := extracted(b, "../../testdata/articles/sample.txt")
	b.ReportAllocs()
	for b.Loop() {
		if err := Page(io.Discard, r, text); err != nil {
			b.Fatal(err)
		}
	}
}

package nlp

import (
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// benchArticles returns the articles to measure on: the eval articles
// beside the project when they are there, else testdata's.
func benchArticles(b *testing.B) [][]byte {
	b.Helper()
	out := readAll(b, "../../../shared/eval/articles/*.txt")
	if len(out) == 0 {
		out = readAll(b, "../../testdata/articles/*.txt")
	}
	if len(out) == 0 {
		b.Skip("no articles")
	}
	return out
}

// BenchmarkParse measures Parse over a set of articles, in prose tokens per
// second, to compare with BenchmarkProsePipeline on the same articles.
func BenchmarkParse(b *testing.B) {
	arts := benchArticles(b)
	if err := Load(""); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			d, err := Parse(a)
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkProsePipeline measures prose's own pipeline, NewDocument with
// one shared model, over the same articles.
func BenchmarkProsePipeline(b *testing.B) {
	arts := benchArticles(b)
	m := prose.ModelFromData("en")
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			d, err := prose.NewDocument(string(a), prose.UsingModel(m))
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens())
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/extract-news/extract/internal/record/recordtest"
)

func articles(tb testing.TB, pattern string) map[string][]byte {
	tb.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[p] = b
	}
	return out
}

// TestArticleContract runs every test article, and odd inputs, through
// Article and checks each record against the contract.
func TestArticleContract(t *testing.T) {
	inputs := articles(t, "../../testdata/articles/*.txt")
	if len(inputs) == 0 {
		t.Fatal("no test articles")
	}
	for name, in := range map[string]string{
		"empty": "", "blank": " \n\t\n", "one word": "Hello",
		"lone quote": "\"", "unbalanced": "He said \u201cno. And then\n\nMore text.",
		"invalid utf8": "Apple\xff said.", "many quotes": "\"\"\"\"\"\"\"\"",
	} {
		inputs[name] = []byte(in)
	}
	for name, in := range inputs {
		r, err := Article(name, in)
		if err != nil {
			t.Errorf("Article(%s): %v", name, err)
			continue
		}
		recordtest.Check(t, r, in)
		if r.Stats.Bytes != len(in) {
			t.Errorf("%s: stats.bytes = %d, want %d", name, r.Stats.Bytes, len(in))
		}
	}
}

// BenchmarkArticle measures the whole extraction, one article per
// operation, over the test articles (or the eval articles beside the
// project, with EXTRACT_BENCH_EVAL=1).
func BenchmarkArticle(b *testing.B) {
	pattern := "../../testdata/articles/*.txt"
	if os.Getenv("EXTRACT_BENCH_EVAL") != "" {
		pattern = "../../../shared/eval/articles/*.txt"
	}
	in := articles(b, pattern)
	var texts [][]byte
	bytes := 0
	for _, t := range in {
		texts = append(texts, t)
		bytes += len(t)
	}
	if len(texts) == 0 {
		b.Skip("no articles")
	}
	if _, err := Article("warm-up", texts[0]); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(bytes / len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Article("x", texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
	}
}

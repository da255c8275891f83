package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/extract"
)

// testProse returns the words of the test articles, in order.
func testProse(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no test articles: %v", err)
	}
	var words []string
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		words = append(words, strings.Fields(string(text))...)
	}
	return words
}

// pathological inputs, each made to a size: n is the size at 16x, the
// one issue 5 names; the benchmark also runs 1/16 and 1/4 of it.
var pathological = []struct {
	name string
	n    int // at 16x, in the input's unit
	unit string
	make func(words []string, n int) []byte
}{
	{"no-newline", 10_000_000, "bytes", func(words []string, n int) []byte {
		// The test articles' prose, every line break a space, to n bytes.
		var b bytes.Buffer
		for i := 0; b.Len() < n; i++ {
			b.WriteString(words[i%len(words)])
			b.WriteByte(' ')
		}
		return b.Bytes()[:n]
	}},
	{"quotes", 100_000, "quotation marks", func(words []string, n int) []byte {
		// One paragraph where every few words open or close a quotation.
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "%s %s \"", words[(2*i)%len(words)], words[(2*i+1)%len(words)])
		}
		return b.Bytes()
	}},
	{"long-sentence", 50_000, "words", func(words []string, n int) []byte {
		// One sentence of n words: the articles' words, less the marks
		// that end a sentence, then a full stop.
		var b bytes.Buffer
		for i := range n {
			w := strings.TrimRight(words[i%len(words)], ".!?")
			if w == "" {
				w = "and"
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		b.WriteString("end.")
		return b.Bytes()
	}},
}

// BenchmarkPathological runs the whole extraction on inputs that are
// large in an odd way, at 1x, 4x and 16x a size, and reports the time per
// byte, which should stay flat as the size grows. At 16x the inputs are
// issue 5's: 10 MB with no line break, 100,000 quotation marks, one
// sentence of 50,000 words. EXTRACT_BENCH_SCALE=k divides every size by
// k, for a quick look. A size is skipped once the one before took over a
// minute for one article, since at 4x the size it would take at least
// four.
func BenchmarkPathological(b *testing.B) {
	scale := 1
	if s := os.Getenv("EXTRACT_BENCH_SCALE"); s != "" {
		var err error
		if scale, err = strconv.Atoi(s); err != nil || scale < 1 {
			b.Fatalf("EXTRACT_BENCH_SCALE=%q: want a whole number from 1", s)
		}
	}
	words := testProse(b)
	if _, err := extract.Article("warm-up", []byte("Warm up.")); err != nil {
		b.Fatal(err)
	}
	for _, p := range pathological {
		var last time.Duration
		for _, x := range []int{1, 4, 16} {
			n := max(p.n*x/16/scale, 1)
			b.Run(fmt.Sprintf("%s/%dx", p.name, x), func(b *testing.B) {
				if last > time.Minute {
					b.Skipf("%s at %dx took %v for one article: not linear enough to try %dx", p.name, x/4, last, x)
				}
				in := p.make(words, n)
				b.SetBytes(int64(len(in)))
				b.Logf("%d %s, %d bytes", n, p.unit, len(in))
				start := time.Now()
				for b.Loop() {
					if _, err := extract.Article("x", in); err != nil {
						b.Fatal(err)
					}
				}
				last = time.Since(start) / time.Duration(b.N)
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in)), "ns/byte")
			})
		}
	}
}

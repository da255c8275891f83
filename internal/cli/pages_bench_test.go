package cli

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/ingest"
	"github.com/extract-news/extract/internal/record"
)

// BenchmarkPages runs the whole extraction of web pages, one at a time (one
// worker): the page read (HTML to article text and metadata) and the rest
// (the analysis, the contract's check, JSON encoding). It reports pages per
// second (of wall time, and of the process's CPU time, which a busy machine
// inflates less) and the share of the time spent reading pages. The pages are those
// of testdata/pages, or the *.html files of the folder $EXTRACT_PAGES (the
// benchmark pages of ../shared/eval/html, decompressed):
//
//	EXTRACT_PAGES=/tmp/pages go test ./internal/cli -run '^$' -bench Pages -cpu 1
func BenchmarkPages(b *testing.B) {
	dir := os.Getenv("EXTRACT_PAGES")
	if dir == "" {
		dir = "../../testdata/pages"
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(paths) == 0 {
		b.Fatalf("no *.html in %s", dir)
	}
	pages := make([][]byte, len(paths))
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = raw
	}
	if _, err := extract.Article("warm-up", []byte("The model loads once.")); err != nil {
		b.Fatal(err)
	}
	var reading, rest time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		for _, raw := range pages {
			t0 := time.Now()
			text, about, _ := readPage(raw, ingest.About{})
			t1 := time.Now()
			r, err := extract.Article("page.html", text)
			if err != nil {
				b.Fatal(err)
			}
			extract.Describe(&r, text, about)
			if err := record.Validate(r, text); err != nil {
				b.Fatal(err)
			}
			if _, err := record.Marshal(r, record.JSON); err != nil {
				b.Fatal(err)
			}
			reading += t1.Sub(t0)
			rest += time.Since(t1)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(pages))/cpu.Seconds(), "pages/cpu-s")
	}
	b.ReportMetric(reading.Seconds()/(reading+rest).Seconds(), "html-share")
	b.ReportMetric(0, "ns/op")
}

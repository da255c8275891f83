package cli

import (
	"bytes"
	"github.com/extract-news/extract/internal/confidence"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/view/viewtest"
)

// evalArticles is where the evaluation articles are, beside the repository.
const evalArticles = "../../../shared/eval/articles"

// TestHTMLEvalArticles writes the pages of the evaluation articles with
// --format html --out-dir, as a user would, and checks that there is one
// for each article and an index that links to each, that no page weighs
// more than three times its article plus 60 KB, and, in Chromium, that the
// pages of 20 of them, spread over the list, mark exactly what their
// records hold. It is skipped when ../shared/eval/articles is not there.
// Under the race detector, where extraction is several times slower, it
// takes every sixteenth article (the 325 take over three minutes there, and
// under a minute without it).
func TestHTMLEvalArticles(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(evalArticles, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no %s: the pages of the evaluation articles are not checked", evalArticles)
	}
	args := []string{"--format", "html", "--out-dir", t.TempDir()}
	out := args[3]
	if raceEnabled {
		var some []string
		for i := 0; i < len(paths); i += 16 {
			some = append(some, paths[i])
		}
		t.Logf("under the race detector: %d of the %d articles", len(some), len(paths))
		paths = some
		args = append(args, paths...)
	} else {
		args = append(args, evalArticles)
	}
	var stderr bytes.Buffer
	if code := run(t.Context(), deps{article: extract.Article}, args, nil, io.Discard, &stderr); code != ExitOK {
		t.Fatalf("extract --format html --out-dir exited %d:\n%s", code, stderr.String())
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(pages) != len(paths)+1 {
		t.Errorf("%d files in the --out-dir, want %d pages and index.html", len(pages), len(paths))
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`<a href="[^"]+\.html">`).FindAll(index, -1)); n != len(paths) {
		t.Errorf("index.html links to %d pages, want %d", n, len(paths))
	}
	page := func(path string) string {
		return filepath.Join(out, strings.TrimSuffix(filepath.Base(path), ".txt")+".html")
	}
	worst, worstPath := 0.0, ""
	for _, path := range paths {
		a, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		p, err := os.Stat(page(path))
		if err != nil {
			t.Errorf("%s has no page: %v", path, err)
			continue
		}
		limit := 3*a.Size() + 60<<10
		if p.Size() > limit {
			t.Errorf("%s: the page weighs %d bytes, more than 3 × %d + 60 KB", path, p.Size(), a.Size())
		}
		if f := float64(p.Size()) / float64(limit); f > worst {
			worst, worstPath = f, path
		}
	}
	t.Logf("%d pages; the heaviest, of %s, is %.0f%% of its limit", len(paths), filepath.Base(worstPath), 100*worst)

	b := viewtest.New(t, false)
	const sample = 20
	for i := range min(sample, len(paths)) {
		path := paths[i*len(paths)/sample]
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// The record as the page was written: the run's own (the filter
		// below works in place on the run's copy, so it is read again).
		r, err := extract.Article(path, text)
		if err != nil {
			t.Fatal(err)
		}
		confidence.Filter(&r, confidence.DefaultMin)
		b.Open(t, page(path))
		b.CheckPage(t, filepath.Base(path), r, text)
		b.CheckProblems(t, filepath.Base(path))
	}
}

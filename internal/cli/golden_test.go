package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/extract"
)

// update rewrites the golden files from the current output. It is defined in
// this package only: go test ./... -update fails in the others.
var update = flag.Bool("update", false, "update golden files")

// TestGolden runs extract on each testdata/articles/NAME.txt, from inside
// that folder so that the source reads NAME.txt, and compares the output to
// testdata/golden/NAME.yaml. Every golden record must also keep the contract
// and round-trip byte for byte. An article without a golden file yet is
// skipped, once its output has been checked against the contract. Review changes made with -update by reading
// git diff testdata/golden.
func TestGolden(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	articles, err := filepath.Glob(filepath.Join(testdata, "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Skip("no articles in testdata/articles yet")
	}
	goldenDir := filepath.Join(testdata, "golden")
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(filepath.Join(testdata, "articles"))

	for _, path := range articles {
		name := filepath.Base(path)
		golden := filepath.Join(goldenDir, strings.TrimSuffix(name, ".txt")+".yaml")
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(t.Context(), deps{article: extract.Article}, []string{"--min-confidence", "0", name}, nil, &stdout, &stderr); code != ExitOK { // no model cache: tests leave the user's alone
				t.Errorf("extract %s: exit %d, want %d", name, code, ExitOK)
			}
			if stderr.Len() > 0 {
				t.Errorf("extract %s wrote to stderr:\n%s", name, stderr.String())
			}
			if *update {
				if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if errors.Is(err, fs.ErrNotExist) {
				// Articles may come before their goldens: hold the output
				// to the contract at least.
				CheckOutput(t, stdout.Bytes())
				t.Skipf("no %s yet: make golden writes it", golden)
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := stdout.Bytes(); !bytes.Equal(got, want) {
				t.Errorf("extract %s differs from %s:\n%s", name, golden, lineDiff(string(want), string(got)))
			}
			records := CheckOutput(t, want)
			if len(records) != 1 {
				t.Errorf("%s holds %d records, want 1", golden, len(records))
			}
		})
	}

	// A golden file without its article tests nothing.
	goldens, _ := filepath.Glob(filepath.Join(goldenDir, "*.yaml"))
	for _, g := range goldens {
		article := filepath.Join(testdata, "articles", strings.TrimSuffix(filepath.Base(g), ".yaml")+".txt")
		if _, err := os.Stat(article); err != nil {
			t.Errorf("golden file %s has no article: %v", g, err)
		}
	}
}

// lineDiff describes the first line where got differs from want, with the
// line numbers, which is enough to find it; git diff shows the rest after
// -update.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n\twant: %s\n\tgot:  %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

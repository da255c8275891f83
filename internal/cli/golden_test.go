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
	"github.com/extract-news/extract/internal/record"
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
	testdata, articles, goldenDir := goldenInputs(t, "articles", ".txt", "golden")
	for _, c := range articles {
		t.Run(c.name, func(t *testing.T) {
			records := runGolden(t, c.name, c.golden, "")
			if len(records) != 1 {
				t.Errorf("%s holds %d records, want 1", c.golden, len(records))
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

// goldenCase is an input of a golden test, by name, and the full path of
// its golden file: the same name with .yaml for its ending.
type goldenCase struct{ name, golden string }

// goldenInputs lists the files testdata/dir/*ext and changes into
// testdata/dir so that each is read by its name. Their golden files are in
// testdata/golden (golden is slash-separated), which -update makes first.
// It also returns the full paths of testdata and of that folder. A folder
// without such files fails the test: a golden test over nothing passes
// while testing nothing.
func goldenInputs(t *testing.T, dir, ext, golden string) (testdata string, cases []goldenCase, goldenDir string) {
	t.Helper()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := filepath.Glob(filepath.Join(testdata, dir, "*"+ext))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatalf("no *%s files in testdata/%s", ext, dir)
	}
	goldenDir = filepath.Join(testdata, filepath.FromSlash(golden))
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(filepath.Join(testdata, dir))
	for _, path := range inputs {
		name := filepath.Base(path)
		cases = append(cases, goldenCase{name, filepath.Join(goldenDir, strings.TrimSuffix(name, ext)+".yaml")})
	}
	return testdata, cases, goldenDir
}

// runGolden runs extract on name, from the current folder, and compares
// its output to the file golden, which -update writes first. Anything on
// stderr but wantStderr is an error. It returns the golden records, held
// to the contract; with no golden file yet (articles may come before their
// goldens) it holds the output to the contract at least and skips.
func runGolden(t *testing.T, name, golden, wantStderr string) []record.Record {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), deps{article: extract.Article}, []string{"--min-confidence", "0", name}, nil, &stdout, &stderr); code != ExitOK { // no model cache: tests leave the user's alone
		t.Errorf("extract %s: exit %d, want %d", name, code, ExitOK)
	}
	if stderr.String() != wantStderr {
		t.Errorf("extract %s wrote to stderr:\n%s\nwant\n%s", name, stderr.String(), wantStderr)
	}
	if *update {
		if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if errors.Is(err, fs.ErrNotExist) {
		CheckOutput(t, stdout.Bytes())
		t.Skipf("no %s yet: make golden writes it", golden)
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := stdout.Bytes(); !bytes.Equal(got, want) {
		t.Errorf("extract %s differs from %s:\n%s", name, golden, lineDiff(string(want), string(got)))
	}
	return CheckOutput(t, want)
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

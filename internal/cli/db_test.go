package cli

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/record"
)

// runIn runs extract in-process with the real extraction, counting the
// articles it extracts in calls, and fails t unless the exit code is want.
// It returns standard output and standard error.
func runIn(t *testing.T, calls *atomic.Int64, stdin string, want int, args ...string) (string, string) {
	t.Helper()
	article := func(source string, text []byte) (record.Record, error) {
		if calls != nil {
			calls.Add(1)
		}
		return extract.Article(source, text)
	}
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: article, terminal: func(any) bool { return false }}, args, strings.NewReader(stdin), &stdout, &stderr)
	if code != want {
		t.Fatalf("extract %s: exit %d, want %d; stderr:\n%s", strings.Join(args, " "), code, want, stderr.String())
	}
	return stdout.String(), stderr.String()
}

// copyTree copies the files under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestDB: --db stores what standard output would have had, export gives it
// back byte for byte in both formats, a second run extracts nothing, a
// changed article is extracted again and replaces the old, and --format
// prints records whether extracted or read back.
func TestDB(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../testdata/articles", filepath.Join(dir, "articles"))
	copyTree(t, "../../testdata/corpus", filepath.Join(dir, "corpus"))
	t.Chdir(dir)
	inputs := []string{"articles", "corpus"}

	wantYAML, _ := runIn(t, nil, "", ExitOK, inputs...)
	wantJSON, _ := runIn(t, nil, "", ExitOK, append([]string{"--format", "json"}, inputs...)...)

	var calls atomic.Int64
	stdout, stderr := runIn(t, &calls, "", ExitOK, append([]string{"--db", "x.db", "--jobs", "3"}, inputs...)...)
	if stdout != "" || stderr != "" {
		t.Errorf("extract --db: stdout %q, stderr %q; want both empty", stdout, stderr)
	}
	n := calls.Load()
	if n != 13 {
		t.Errorf("extract --db extracted %d articles, want 13", n)
	}
	if got, _ := runIn(t, nil, "", ExitOK, "export", "x.db"); got != wantYAML {
		t.Errorf("extract export x.db differs from extract's standard output:\n%s", lineDiff(wantYAML, got))
	}
	if got, _ := runIn(t, nil, "", ExitOK, "export", "--format", "json", "x.db"); got != wantJSON {
		t.Errorf("extract export --format json x.db differs from extract --format json:\n%s", lineDiff(wantJSON, got))
	}

	// Again: nothing extracted; with --format, the records read back.
	calls.Store(0)
	if got, _ := runIn(t, &calls, "", ExitOK, append([]string{"--db", "x.db", "--format", "json"}, inputs...)...); got != wantJSON {
		t.Errorf("extract --db x.db --format json, all unchanged, differs from extract --format json:\n%s", lineDiff(wantJSON, got))
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("a second run extracted %d articles, want 0", n)
	}

	// One article changed: it alone is extracted, and replaces the old.
	changed := filepath.Join("corpus", "harbor-ledger", "ferry-fares.txt")
	old, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changed, bytes.Replace(old, []byte("Dario Feld"), []byte("Paulo Brandt"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	calls.Store(0)
	runIn(t, &calls, "", ExitOK, append([]string{"--db", "x.db"}, inputs...)...)
	if n := calls.Load(); n != 1 {
		t.Errorf("after one article changed, a run extracted %d articles, want 1", n)
	}
	wantYAML, _ = runIn(t, nil, "", ExitOK, inputs...)
	if got, _ := runIn(t, nil, "", ExitOK, "export", "x.db"); got != wantYAML {
		t.Errorf("after one article changed, extract export differs from extract's standard output:\n%s", lineDiff(wantYAML, got))
	}
	if !strings.Contains(wantYAML, "Paulo Brandt") {
		t.Errorf("the changed article's new name is not in the records")
	}
}

// TestDBJSONL: with --input jsonl, --db keeps standard output empty and
// stores the records that extract --input jsonl writes.
func TestDBJSONL(t *testing.T) {
	t.Chdir(t.TempDir())
	in := `{"id": "one", "text": "Mayor Mara Quill said the ferry would run all winter."}
{"id": 2, "text": "Dario Feld, the union president, said the plan was unfair."}
`
	want, _ := runIn(t, nil, in, ExitOK, "--input", "jsonl")
	if got, _ := runIn(t, nil, in, ExitOK, "--input", "jsonl", "--db", "x.db"); got != "" {
		t.Errorf("extract --input jsonl --db wrote %q to standard output, want nothing", got)
	}
	if got, _ := runIn(t, nil, "", ExitOK, "export", "--format", "json", "x.db"); got != want {
		t.Errorf("export after --input jsonl differs:\n%s", lineDiff(want, got))
	}
}

// TestDBUsage: what --db and export refuse, and how.
func TestDBUsage(t *testing.T) {
	t.Chdir(t.TempDir())
	for name, body := range map[string]string{
		"notes.txt": "The council met on Tuesday.\n",
		"export":    "The council met on Wednesday.\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		args       []string
		wantCode   int
		wantStderr string
	}{
		{[]string{"--db", "x.db", "--out-dir", "out", "notes.txt"}, ExitUsage, "extract: --out-dir does not go with --db: records go to the database\n"},
		{[]string{"--db", "notes.txt", "./export"}, ExitFailure, "extract: notes.txt: not an extract database: not a SQLite file\n"},
		{[]string{"export"}, ExitUsage, "extract: export takes one database file, not 0 arguments\n"},
		{[]string{"export", "a.db", "b.db"}, ExitUsage, "extract: export takes one database file, not 2 arguments\n"},
		{[]string{"export", "missing.db"}, ExitFailure, "extract: missing.db: no such file or directory\n"},
		{[]string{"export", "notes.txt"}, ExitFailure, "extract: notes.txt: not an extract database: not a SQLite file\n"},
		{[]string{"export", "--format", "xml", "notes.txt"}, ExitUsage, "extract: invalid --format \"xml\": want yaml or json\n"},
	} {
		_, stderr := runIn(t, nil, "", c.wantCode, c.args...)
		if first, _, _ := strings.Cut(stderr, "Run 'extract --help'"); first != c.wantStderr {
			t.Errorf("extract %s: stderr %q, want %q", strings.Join(c.args, " "), stderr, c.wantStderr)
		}
	}
	// The refused file is as it was, and no database file was made.
	if b, _ := os.ReadFile("notes.txt"); string(b) != "The council met on Tuesday.\n" {
		t.Errorf("notes.txt changed: %q", b)
	}
	for _, name := range []string{"x.db", "missing.db", "notes.txt-wal", "out"} {
		if _, err := os.Stat(name); err == nil {
			t.Errorf("%s was made", name)
		}
	}
	// A file named export is read as an article given as ./export.
	stdout, _ := runIn(t, nil, "", ExitOK, "./export")
	if !strings.Contains(stdout, "source: ./export\n") {
		t.Errorf("extract ./export: no record of ./export in\n%s", stdout)
	}
}

// TestRecipes runs each recipe of README.md's Recipes section in the
// sqlite3 shell, on a database of testdata/corpus made as the README says,
// and compares the answers with testdata/golden/recipes.txt (-update
// rewrites it).
func TestRecipes(t *testing.T) {
	sqlite3 := debianTool(t, "sqlite3", "the sqlite3 shell")
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	recipes := sqlBlocks(t, string(readme), "### Recipes")
	if len(recipes) < 5 {
		t.Fatalf("README.md's Recipes section has %d sql blocks, want at least 5", len(recipes))
	}
	golden, err := filepath.Abs("../../testdata/golden/recipes.txt")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "corpus.db")
	t.Chdir("../..")
	runIn(t, nil, "", ExitOK, "--db", db, "testdata/corpus")

	var got strings.Builder
	for _, sql := range recipes {
		title, _, _ := strings.Cut(sql, "\n")
		cmd := exec.Command(sqlite3, "-bail", "-header", db)
		cmd.Stdin = strings.NewReader(sql)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("sqlite3 on the recipe %s: %v\n%s", title, err, out)
		}
		if len(bytes.Split(bytes.TrimSpace(out), []byte("\n"))) < 2 {
			t.Errorf("the recipe %s has no answer on testdata/corpus:\n%s", title, out)
		}
		got.WriteString("== " + title + "\n")
		got.Write(out)
	}
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("recipes differ from %s:\n%s", golden, lineDiff(string(want), got.String()))
	}
}

// sqlBlocks returns the ```sql blocks of the markdown section that starts
// with the line heading, up to the next heading of level 2.
func sqlBlocks(t *testing.T, markdown, heading string) []string {
	t.Helper()
	_, section, ok := strings.Cut(markdown, "\n"+heading+"\n")
	if !ok {
		t.Fatalf("README.md has no section %q", heading)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var blocks []string
	for {
		var block string
		_, rest, ok := strings.Cut(section, "```sql\n")
		if !ok {
			return blocks
		}
		block, section, ok = strings.Cut(rest, "```\n")
		if !ok {
			t.Fatalf("README.md: an sql block in %q is not closed", heading)
		}
		blocks = append(blocks, block)
	}
}

// TestDBInterrupted cancels a run with --db (Ctrl-C, SIGTERM) while the
// third article is extracted: the run ends with exit 130, and the
// database holds some of the articles done before, each whole, with their actors
// linked; the next run completes it.
func TestDBInterrupted(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../testdata/corpus", filepath.Join(dir, "corpus"))
	t.Chdir(dir)
	want, _ := runIn(t, nil, "", ExitOK, "--format", "json", "corpus")
	lines := strings.SplitAfter(want, "\n")

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	n := 0
	article := func(source string, text []byte) (record.Record, error) {
		if n++; n == 3 {
			cancel()
		}
		return extract.Article(source, text)
	}
	var stdout, stderr bytes.Buffer
	code := run(ctx, deps{article: article}, []string{"--jobs", "1", "--db", "x.db", "corpus"}, nil, &stdout, &stderr)
	if code != ExitInterrupted || stderr.String() != "extract: interrupted\n" {
		t.Errorf("extract --db interrupted: exit %d, stderr %q; want %d, %q", code, stderr.String(), ExitInterrupted, "extract: interrupted\n")
	}
	// The first two articles were extracted before the cancel; each is
	// stored only if the writer took it before the cancel reached it
	// (ordered emits nothing once ctx is done), so the database holds
	// the first two, the first or none, each whole.
	got, _ := runIn(t, nil, "", ExitOK, "export", "--format", "json", "x.db")
	if got != strings.Join(lines[:2], "") && got != lines[0] && got != "" {
		t.Errorf("after the interruption, the database holds\n%s\nwant the first two records, the first, or none", got)
	}
	db, err := sql.Open("sqlite", "x.db")
	if err != nil {
		t.Fatal(err)
	}
	var state string
	err = db.QueryRow(`SELECT value FROM state WHERE key = 'entities'`).Scan(&state)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if state != "fresh" {
		t.Errorf("after the interruption, entities are %s, want fresh (linked)", state)
	}
	runIn(t, nil, "", ExitOK, "--db", "x.db", "corpus")
	if got, _ := runIn(t, nil, "", ExitOK, "export", "--format", "json", "x.db"); got != want {
		t.Errorf("after a run that completes it, the export differs:\n%s", lineDiff(want, got))
	}
}

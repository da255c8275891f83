package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/testtree"
)

// stub is the article function of most tests here: its records depend only
// on the input's name and length, so the tests check the command, not the
// extraction.
func stub(source string, text []byte) (record.Record, error) {
	r := record.New(source)
	r.Stats.Bytes = len(text)
	return r, nil
}

// doc is the YAML document stub gives for an input source of n bytes, as
// record.Marshal writes it (record's tests hold that encoding to the
// letter; these hold the command to the records it writes). An error of
// Marshal comes back as the document, so that no output matches it.
func doc(source string, n int) string {
	r, _ := stub(source, make([]byte, n))
	b, err := record.Marshal(r, record.YAML)
	if err != nil {
		return "record.Marshal: " + err.Error()
	}
	return string(b)
}

// line is the JSON line stub gives for an input of n bytes.
func line(source string, n int) string {
	return fmt.Sprintf(`{"record":"v1","source":%q,"title":"","stats":{"bytes":%d,"sentences":0,"words":0},"input":"text","meta":{"url":"","site":"","authors":[],"published":"","language":""},"actors":[],"claims":[],"events":[],"positions":[]}`+"\n", source, n)
}

// stream joins YAML documents as the encoder does.
func stream(docs ...string) string {
	return strings.Join(docs, "---\n")
}

// files is the tree the command tests run in, by slash-separated path.
var files = map[string]string{
	"notes/b.txt":            "Bee.\n",
	"notes/a.txt":            "Ay.\n",
	"notes/sub/c.txt":        "Sea.\n",
	"notes/d.md":             "Dee.\n",
	"notes/.hidden.txt":      "hidden\n",
	"notes/.git/x.txt":       "hidden\n",
	"other/a.txt":            "Other ay.\n",
	"empty.txt":              "",
	"blank.txt":              " \n\t\n",
	"big.txt":                strings.Repeat("x", 100),
	"bad/x.bin":              "abc\x00",
	"bad/latin1.txt":         "caf\xe9",
	"nomatch/readme.md":      "none\n",
	"stdin.txt":              "a file named stdin\n",
	"deep/2024/01/story.txt": "Story.\n",
}

// chdirTree makes files in a new temporary folder and changes into it, so
// that sources read as relative paths.
func chdirTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	testtree.Write(t, dir, files)
	t.Chdir(dir)
	return dir
}

type cliTest struct {
	name       string
	args       []string
	stdin      string
	wantStdout string
	check      func(t *testing.T, stdout string) // instead of wantStdout
	wantStderr string
	wantCode   int
}

func (tt cliTest) run(t *testing.T, article articleFunc) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: article}, tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
	if code != tt.wantCode {
		t.Errorf("%s: extract %q exited %d, want %d; stderr:\n%s", tt.name, tt.args, code, tt.wantCode, stderr.String())
	}
	if tt.check != nil {
		tt.check(t, stdout.String())
	} else if got := stdout.String(); got != tt.wantStdout {
		t.Errorf("%s: extract %q wrote\n%s\nwant\n%s", tt.name, tt.args, got, tt.wantStdout)
	}
	if got := stderr.String(); got != tt.wantStderr {
		t.Errorf("%s: extract %q wrote to stderr\n%s\nwant\n%s", tt.name, tt.args, got, tt.wantStderr)
	}
}

const hint = "Run 'extract --help' for usage.\n"

// usageErr is the case of a command line extract refuses before any work:
// msg on stderr after "extract: ", then the hint, and exit 2.
func usageErr(name, msg string, args ...string) cliTest {
	return cliTest{name: name, args: args, wantStderr: "extract: " + msg + "\n" + hint, wantCode: ExitUsage}
}

// inputErr is the case of an input extract cannot read: msg on stderr
// after "extract: " (a second input's on the next line, after its own
// "extract: "), nothing on stdout, and exit 1.
func inputErr(name, msg string, args ...string) cliTest {
	return cliTest{name: name, args: args, wantStderr: "extract: " + msg + "\n", wantCode: ExitFailure}
}

func TestRun(t *testing.T) {
	chdirTree(t)
	tests := []cliTest{
		{
			name:       "one file",
			args:       []string{"notes/a.txt"},
			wantStdout: doc("notes/a.txt", 4),
		},
		{
			name:       "files in the order named",
			args:       []string{"notes/b.txt", "notes/a.txt"},
			wantStdout: stream(doc("notes/b.txt", 5), doc("notes/a.txt", 4)),
		},
		{
			name:       "folder walked in lexical order, hidden skipped",
			args:       []string{"notes"},
			wantStdout: stream(doc("notes/a.txt", 4), doc("notes/b.txt", 5), doc("notes/sub/c.txt", 5)),
		},
		{
			name:       "named hidden file",
			args:       []string{"notes/.hidden.txt"},
			wantStdout: doc("notes/.hidden.txt", 7),
		},
		{
			name:       "include",
			args:       []string{"--include", "*.md", "notes"},
			wantStdout: doc("notes/d.md", 5),
		},
		{
			name:       "include repeated",
			args:       []string{"--include", "*.md", "--include=a.*", "notes/"},
			wantStdout: stream(doc("notes/a.txt", 4), doc("notes/d.md", 5)),
		},
		{
			name:       "stdin as -",
			args:       []string{"notes/a.txt", "-"},
			stdin:      "Piped.",
			wantStdout: stream(doc("notes/a.txt", 4), doc("-", 6)),
		},
		{
			name:       "stdin with no arguments",
			stdin:      "Piped.",
			wantStdout: doc("-", 6),
		},
		{
			name:       "stdin with flags and no arguments",
			args:       []string{"--format", "json"},
			stdin:      "Piped.",
			wantStdout: line("-", 6),
		},
		{
			name:       "json lines",
			args:       []string{"--format=json", "notes/a.txt", "notes/b.txt"},
			wantStdout: line("notes/a.txt", 4) + line("notes/b.txt", 5),
		},
		{
			name:       "jobs",
			args:       []string{"-j", "3", "notes"},
			wantStdout: stream(doc("notes/a.txt", 4), doc("notes/b.txt", 5), doc("notes/sub/c.txt", 5)),
		},
		{
			name:       "empty file",
			args:       []string{"empty.txt", "blank.txt"},
			wantStdout: stream(doc("empty.txt", 0), doc("blank.txt", 4)),
			wantStderr: "extract: empty.txt: warning: empty input\nextract: blank.txt: warning: empty input\n",
		},
		{
			name:       "empty stdin",
			args:       []string{"-"},
			wantStdout: doc("-", 0),
			wantStderr: "extract: -: warning: empty input\n",
		},
		inputErr("missing file", "missing.txt: no such file or directory", "missing.txt"),
		inputErr("binary file", "bad/x.bin: binary file (NUL byte at 3)", "bad/x.bin"),
		inputErr("invalid UTF-8", "bad/latin1.txt: invalid UTF-8 at byte 3\nextract: bad/x.bin: binary file (NUL byte at 3)", "--include", "*", "bad"),
		inputErr("too large", "big.txt: file is 100 bytes, over --max-bytes 99", "--max-bytes", "99", "big.txt"),
		{
			name:       "stdin too large",
			args:       []string{"--max-bytes", "5"},
			stdin:      "Piped.",
			wantStderr: "extract: -: input is over --max-bytes 5\n",
			wantCode:   ExitFailure,
		},
		inputErr("folder without matching files", "nomatch: no files matching *.txt, *.html, *.htm, *.warc.gz or *.warc", "nomatch"),
		{
			name:       "stdin twice",
			args:       []string{"-", "-"},
			stdin:      "Piped.",
			wantStdout: doc("-", 6),
			wantStderr: "extract: -: standard input named more than once\n",
			wantCode:   ExitFailure,
		},
		{
			name:       "good and bad inputs: the good still written, in order",
			args:       []string{"notes/b.txt", "missing.txt", "notes", "bad/x.bin", "empty.txt", "nomatch"},
			wantStdout: stream(doc("notes/b.txt", 5), doc("notes/a.txt", 4), doc("notes/b.txt", 5), doc("notes/sub/c.txt", 5), doc("empty.txt", 0)),
			wantStderr: "extract: missing.txt: no such file or directory\n" +
				"extract: bad/x.bin: binary file (NUL byte at 3)\n" +
				"extract: empty.txt: warning: empty input\n" +
				"extract: nomatch: no files matching *.txt, *.html, *.htm, *.warc.gz or *.warc\n",
			wantCode: ExitFailure,
		},
		usageErr("unknown flag", "unknown flag: --bogus", "--bogus", "notes"),
		usageErr("flag without value", "flag needs an argument: --jobs", "notes", "--jobs"),
		usageErr("jobs not a number", "invalid argument \"many\" for \"-j, --jobs\" flag: strconv.ParseInt: parsing \"many\": invalid syntax", "--jobs", "many", "notes"),
		usageErr("bad format", "invalid --format \"xml\": want yaml, json or html", "--format", "xml", "notes"),
		usageErr("negative jobs", "invalid --jobs -1: want 0 (one per CPU) or more", "--jobs=-1", "notes"),
		usageErr("zero max bytes", "invalid --max-bytes \"0\": want more than 0 bytes", "--max-bytes", "0", "notes"),
		usageErr("min confidence over 1", "invalid --min-confidence 1.5: want a probability from 0 (keep everything) to 1", "--min-confidence", "1.5", "notes"),
		usageErr("bad include glob", "bad --include glob \"[a-\": syntax error in pattern", "--include", "[a-", "notes"),
		{
			name: "version",
			args: []string{"--version"},
			check: func(t *testing.T, stdout string) {
				if !strings.HasPrefix(stdout, "extract version ") || strings.Count(stdout, "\n") != 1 {
					t.Errorf("extract --version wrote %q, want one line \"extract version ...\"", stdout)
				}
			},
		},
		{
			name: "help",
			args: []string{"--help"},
			check: func(t *testing.T, stdout string) {
				for _, want := range []string{
					"Usage:\n  extract [flags] [FILE|DIR|-]...",
					"extract article.txt",
					"extract articles/ > records.yaml",
					"cat article.txt | extract",
					"--format json articles/ | jq",
					"mikefarah's yq v4",
					"--out-dir records/ articles/",
					"--jobs int",
					"by default *.txt, *.html, *.htm, *.warc.gz and *.warc",
					"extract page.html",
					"extract pages/",
					"extract crawl.warc.gz --format json | jq",
					"auto (by name, else by content), text, html (a web page), warc (a web archive) or jsonl",
					"(default \"10MiB\")",
					"RDD.pipe.\n\nRecords go to",
				} {
					if !strings.Contains(stdout, want) {
						t.Errorf("extract --help lacks %q", want)
					}
				}
			},
		},
	}
	for _, tt := range tests {
		tt.run(t, stub)
	}
}

// terminal stands in for a terminal: tty is one, whatever it is.
func terminal(tty any) func(any) bool {
	return func(f any) bool { return f == tty }
}

func TestRunTerminal(t *testing.T) {
	tty := strings.NewReader("")
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: stub, terminal: terminal(tty)}, nil, tty, &stdout, &stderr)
	want := "extract: no input: name files or folders, or pipe an article to standard input\n" + hint
	if code != ExitUsage || stdout.Len() != 0 || stderr.String() != want {
		t.Errorf("extract with a terminal for stdin: exit %d, stdout %q, stderr %q; want exit %d, no stdout, stderr %q",
			code, stdout.String(), stderr.String(), ExitUsage, want)
	}
}

// TestRunDevNull checks that /dev/null, a character device but no
// terminal, is read as an empty input.
func TestRunDevNull(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: stub}, nil, null, &stdout, &stderr)
	want := "extract: -: warning: empty input\n"
	if code != ExitOK || stderr.String() != want {
		t.Errorf("extract < /dev/null: exit %d, stderr %q; want exit %d, stderr %q", code, stderr.String(), ExitOK, want)
	}
}

func TestRunArticleFailures(t *testing.T) {
	chdirTree(t)
	article := func(source string, text []byte) (record.Record, error) {
		switch source {
		case "notes/b.txt":
			var m map[string]int
			m["boom"]++ // a nil map: panics
		case "notes/sub/c.txt":
			r := record.New(source) // stats.bytes left at 0
			r.Claims = nil
			return r, nil
		case "notes/d.md":
			return record.Record{}, errors.New("no sentences found")
		}
		return stub(source, text)
	}
	tt := cliTest{
		args:       []string{"--include=*.*", "notes"},
		wantStdout: doc("notes/a.txt", 4),
		wantStderr: "extract: notes/b.txt: internal error: assignment to entry in nil map\n" +
			"extract: notes/d.md: no sentences found\n" +
			"extract: notes/sub/c.txt: internal error: record breaks the contract: stats.bytes: 0, want 5 (the input's length); claims: null, want a list (possibly empty)\n",
		wantCode: ExitFailure,
	}
	tt.run(t, article)
}

func TestRunOutDir(t *testing.T) {
	chdirTree(t)
	tests := []struct {
		cliTest
		want map[string]string // files under out, by slash-separated path
	}{
		{
			cliTest: cliTest{name: "file, folder and stdin", args: []string{"--out-dir", "out", "notes/a.txt", "deep", "-"}, stdin: "Piped."},
			want: map[string]string{
				"a.yaml":             doc("notes/a.txt", 4),
				"2024/01/story.yaml": doc("deep/2024/01/story.txt", 7),
				"stdin.yaml":         doc("-", 6),
			},
		},
		{
			cliTest: cliTest{name: "folder as json", args: []string{"--format", "json", "--out-dir=out/", "notes"}},
			want: map[string]string{
				"a.json":     line("notes/a.txt", 4),
				"b.json":     line("notes/b.txt", 5),
				"sub/c.json": line("notes/sub/c.txt", 5),
			},
		},
		{
			cliTest: cliTest{
				name:       "bad inputs write nothing",
				args:       []string{"--out-dir", "out", "bad/x.bin", "notes/b.txt", "missing.txt"},
				wantStderr: "extract: bad/x.bin: binary file (NUL byte at 3)\nextract: missing.txt: no such file or directory\n",
				wantCode:   ExitFailure,
			},
			want: map[string]string{"b.yaml": doc("notes/b.txt", 5)},
		},
		{
			cliTest: cliTest{
				name:       "collision of two files",
				args:       []string{"--out-dir", "out", "notes/a.txt", "notes/b.txt", "other/a.txt"},
				wantStderr: "extract: --out-dir: notes/a.txt and other/a.txt would both write out/a.yaml\n" + hint,
				wantCode:   ExitUsage,
			},
		},
		{
			cliTest: cliTest{
				name:       "collision of a folder's file and a file",
				args:       []string{"--out-dir", "out", "notes", "notes/a.txt"},
				wantStderr: "extract: --out-dir: notes/a.txt and notes/a.txt would both write out/a.yaml\n" + hint,
				wantCode:   ExitUsage,
			},
		},
		{
			cliTest: cliTest{
				name:       "collision with stdin",
				args:       []string{"--out-dir", "out", "stdin.txt", "-"},
				wantStderr: "extract: --out-dir: stdin.txt and - would both write out/stdin.yaml\n" + hint,
				wantCode:   ExitUsage,
			},
		},
	}
	for _, tt := range tests {
		if err := os.RemoveAll("out"); err != nil {
			t.Fatal(err)
		}
		tt.run(t, stub)
		if got := readTree(t, "out"); !equalMaps(got, tt.want) {
			t.Errorf("%s: extract %q left in out/:\n%v\nwant:\n%v", tt.name, tt.args, got, tt.want)
		}
	}
}

// readTree returns the files under dir, by slash-separated path; nil when
// dir does not exist.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	var tree map[string]string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := os.ReadFile(path)
		if tree == nil {
			tree = map[string]string{}
		}
		rel, _ := filepath.Rel(dir, path)
		tree[filepath.ToSlash(rel)] = string(text)
		return err
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return tree
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || v != w {
			return false
		}
	}
	return true
}

// shuffled is an article function whose calls take random times, so that
// with several jobs they finish out of order.
func shuffled(source string, text []byte) (record.Record, error) {
	time.Sleep(time.Duration(rand.IntN(2000)) * time.Microsecond)
	return stub(source, text)
}

// TestRunOrder checks that records come out in input order whatever the
// order in which they are done.
func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 60 {
		name := fmt.Sprintf("%02d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", i+1)), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, doc(filepath.Join(dir, name), i+1))
	}
	for _, jobs := range []string{"1", "4", "16"} {
		var stdout, stderr bytes.Buffer
		code := run(t.Context(), deps{article: shuffled}, []string{"--jobs", jobs, dir}, nil, &stdout, &stderr)
		if code != ExitOK || stderr.Len() > 0 {
			t.Fatalf("--jobs %s: exit %d, stderr %s", jobs, code, stderr.String())
		}
		if got := stdout.String(); got != stream(want...) {
			t.Errorf("--jobs %s: records out of order:\n%s", jobs, got)
		}
	}
}

// TestRunBounded checks that while the first input is stuck, only a bounded
// number of the others are started: their results wait in a window of 2*jobs,
// not all in memory.
func TestRunBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range 100 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const jobs = 2
	const bound = 2*jobs + 1 // the window, and the first, which the writer waits for
	first := filepath.Join(dir, "000.txt")
	var started, startedWhileStuck atomic.Int32
	article := func(source string, text []byte) (record.Record, error) {
		started.Add(1)
		if source == first {
			time.Sleep(100 * time.Millisecond)
			startedWhileStuck.Store(started.Load())
		}
		return stub(source, text)
	}
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: article}, []string{"--jobs", fmt.Sprint(jobs), dir}, nil, &stdout, &stderr)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if n := startedWhileStuck.Load(); n > bound {
		t.Errorf("%d inputs started while the first was stuck, want at most %d", n, bound)
	}
	if n := strings.Count(stdout.String(), "record: v1"); n != 100 {
		t.Errorf("%d records written, want 100", n)
	}
}

func TestRunInterrupted(t *testing.T) {
	chdirTree(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, deps{article: stub}, []string{"notes"}, nil, &stdout, &stderr)
	if code != ExitInterrupted || stdout.Len() > 0 || stderr.String() != "extract: interrupted\n" {
		t.Errorf("cancelled before the start: exit %d, stdout %q, stderr %q; want exit %d, nothing written, stderr %q",
			code, stdout.String(), stderr.String(), ExitInterrupted, "extract: interrupted\n")
	}
}

// TestRunInterruptedMidway cancels the run while the second input is
// extracted, and checks that what was written is whole records only, in
// order, and that --out-dir is left with no temporary files.
func TestRunInterruptedMidway(t *testing.T) {
	chdirTree(t)
	for _, outDir := range []bool{false, true} {
		ctx, cancel := context.WithCancel(t.Context())
		article := func(source string, text []byte) (record.Record, error) {
			if source == "notes/b.txt" {
				cancel()
			}
			return stub(source, text)
		}
		args := []string{"--jobs", "1", "notes"}
		if outDir {
			os.RemoveAll("out")
			args = append(args, "--out-dir", "out")
		}
		var stdout, stderr bytes.Buffer
		code := run(ctx, deps{article: article}, args, nil, &stdout, &stderr)
		cancel()
		if code != ExitInterrupted || stderr.String() != "extract: interrupted\n" {
			t.Errorf("extract %q: exit %d, stderr %q; want exit %d, stderr %q", args, code, stderr.String(), ExitInterrupted, "extract: interrupted\n")
		}
		if got := stdout.String(); got != "" && got != doc("notes/a.txt", 4) {
			t.Errorf("extract %q interrupted wrote\n%s\nwant nothing or the first record only", args, got)
		}
		for name, text := range readTree(t, "out") {
			if name != "a.yaml" || text != doc("notes/a.txt", 4) {
				t.Errorf("extract %q interrupted left out/%s:\n%s", args, name, text)
			}
		}
	}
}

// failingWriter accepts n writes, then fails with err.
type failingWriter struct {
	n   int
	err error
	bytes.Buffer
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, w.err
	}
	w.n--
	return w.Buffer.Write(p)
}

func TestRunClosedStdout(t *testing.T) {
	chdirTree(t)
	tests := []struct {
		err        error
		wantStderr string
		wantCode   int
	}{
		// extract notes | head: the reader has gone; stop, and say nothing.
		{syscall.EPIPE, "", ExitOK},
		{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}, "", ExitOK},
		{syscall.ENOSPC, "extract: write standard output: no space left on device\n", ExitFailure},
	}
	for _, tt := range tests {
		stdout := &failingWriter{n: 1, err: tt.err}
		var stderr bytes.Buffer
		code := run(t.Context(), deps{article: stub}, []string{"--jobs", "1", "notes", "notes", "notes"}, nil, stdout, &stderr)
		if code != tt.wantCode || stderr.String() != tt.wantStderr {
			t.Errorf("stdout failing with %v: exit %d, stderr %q; want exit %d, stderr %q", tt.err, code, stderr.String(), tt.wantCode, tt.wantStderr)
		}
		if got := stdout.String(); got != doc("notes/a.txt", 4) {
			t.Errorf("stdout failing with %v: wrote\n%s\nwant the first record only", tt.err, got)
		}
	}
}

// TestRunDeterministic runs the real extraction over a folder with one job
// and with four, and checks the outputs are the same bytes, and that every
// record keeps the contract.
func TestRunDeterministic(t *testing.T) {
	dir := articlesDir(t)
	var outputs []string
	for _, jobs := range []string{"1", "4"} {
		var stdout, stderr bytes.Buffer
		code := run(t.Context(), deps{article: extract.Article}, []string{"--jobs", jobs, dir}, nil, &stdout, &stderr)
		if code != ExitOK {
			t.Fatalf("extract --jobs %s %s: exit %d:\n%s", jobs, dir, code, stderr.String())
		}
		outputs = append(outputs, stdout.String())
	}
	if outputs[0] != outputs[1] {
		t.Errorf("extract --jobs 1 and --jobs 4 differ:\n%s\n---- and ----\n%s", outputs[0], outputs[1])
	}
	CheckOutput(t, []byte(outputs[0]))
}

// CheckOutput fails t unless stdout, a YAML stream from extract, decodes,
// round-trips byte for byte, and holds records that each pass
// record.Validate against the file their source names.
func CheckOutput(t *testing.T, stdout []byte) []record.Record {
	t.Helper()
	return recordtest.CheckStream(t, stdout, func(source string) ([]byte, bool) {
		text, err := os.ReadFile(source)
		return text, err == nil
	})
}

// articlesDir returns the folder of test articles, or a folder of a few
// made here when it has none yet.
func articlesDir(t testing.TB) string {
	t.Helper()
	const dir = "../../testdata/articles"
	if m, _ := filepath.Glob(filepath.Join(dir, "*.txt")); len(m) > 0 {
		return dir
	}
	tmp := t.TempDir()
	for i, text := range []string{
		"Minister Backs Plan\n\nThe finance minister, Clara Oduya, said on Monday: \"We will act.\"\n",
		"Apple withdrew the service from the UK market in February, the company said.\n",
		"",
	} {
		if err := os.WriteFile(filepath.Join(tmp, fmt.Sprintf("%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return tmp
}

// BenchmarkRun runs the real extraction over the test articles, the whole
// folder per iteration.
func BenchmarkRun(b *testing.B) {
	dir := articlesDir(b)
	for _, jobs := range []string{"1", "0"} {
		b.Run("jobs="+jobs, func(b *testing.B) {
			for b.Loop() {
				if code := Run(b.Context(), []string{"--jobs", jobs, dir}, nil, io.Discard, io.Discard); code != ExitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

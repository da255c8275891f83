package cli

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// stubPage is the page of stub's record for source, an input of text.
func stubPage(t *testing.T, source, text string) string {
	t.Helper()
	rec, _ := stub(source, []byte(text))
	b, err := renderPage(rec, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRunHTML(t *testing.T) {
	chdirTree(t)
	tests := []cliTest{
		{
			name:       "one input to standard output",
			args:       []string{"--format", "html", "notes/a.txt"},
			wantStdout: stubPage(t, "notes/a.txt", "Ay.\n"),
		},
		{
			name:       "standard input",
			args:       []string{"--format", "html"},
			stdin:      "Piped.",
			wantStdout: stubPage(t, "-", "Piped."),
		},
		usageErr("two inputs and no --out-dir", "--format html writes one page to standard output, and 2 inputs were given: name one, or add --out-dir for a page each", "--format", "html", "notes/a.txt", "notes/b.txt"),
		usageErr("a folder of three and no --out-dir", "--format html writes one page to standard output, and 3 inputs were given: name one, or add --out-dir for a page each", "--format", "html", "notes"),
		usageErr("with --input jsonl", "--format html does not go with --input jsonl: give the articles as files", "--format", "html", "--input", "jsonl", "notes"),
		inputErr("a bad input", "bad/x.bin: binary file (NUL byte at 3)", "--format", "html", "bad/x.bin"),
	}
	for _, tt := range tests {
		tt.run(t, stub)
	}
}

func TestRunHTMLOutDir(t *testing.T) {
	chdirTree(t)
	if err := os.WriteFile("index.txt", []byte("An index.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("odd", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("odd/a b#1.txt", []byte("Odd.\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	tt := cliTest{
		name:       "folder, file and a bad one",
		args:       []string{"--format", "html", "--out-dir", "out", "notes", "deep", "bad/x.bin", "odd"},
		wantStderr: "extract: bad/x.bin: binary file (NUL byte at 3)\n",
		wantCode:   ExitFailure,
	}
	tt.run(t, stub)
	got := readTree(t, "out")
	for path, want := range map[string]string{
		"a.html":             stubPage(t, "notes/a.txt", "Ay.\n"),
		"b.html":             stubPage(t, "notes/b.txt", "Bee.\n"),
		"sub/c.html":         stubPage(t, "notes/sub/c.txt", "Sea.\n"),
		"2024/01/story.html": stubPage(t, "deep/2024/01/story.txt", "Story.\n"),
		"a b#1.html":         stubPage(t, "odd/a b#1.txt", "Odd.\n"),
	} {
		if got[path] != want {
			t.Errorf("out/%s is not the page of its input:\n%.300s", path, got[path])
		}
	}
	index := got["index.html"]
	if len(got) != 6 {
		t.Errorf("out/ holds %d files, want 5 pages and index.html: %v", len(got), slices.Sorted(maps.Keys(got)))
	}
	links := regexp.MustCompile(`<a href="([^"]*)">`).FindAllStringSubmatch(index, -1)
	var hrefs []string
	for _, l := range links {
		hrefs = append(hrefs, l[1])
	}
	want := []string{"a.html", "b.html", "sub/c.html", "2024/01/story.html", "a%20b%231.html"}
	if strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("index.html links to %q, want %q (input order, escaped)", hrefs, want)
	}
	if !strings.Contains(index, "<h1>extract: 5 articles</h1>") {
		t.Errorf("index.html does not count 5 articles:\n%s", index)
	}

	tt = cliTest{
		name:       "an input that would write index.html",
		args:       []string{"--format", "html", "--out-dir", "out2", "index.txt"},
		wantStderr: "extract: --out-dir: index.txt would write out2/index.html, which lists the pages: rename it, or put it in a folder\n" + hint,
		wantCode:   ExitUsage,
	}
	tt.run(t, stub)
	if _, err := os.Stat("out2"); err == nil {
		t.Errorf("%s: out2 was made", tt.name)
	}
}

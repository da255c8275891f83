package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// debianTool returns the path of the command name, from the Debian package
// of the same name, which a test runs: without it the test fails under CI
// (.ci/run installs it) and is skipped elsewhere. what names it in the
// message.
func debianTool(t *testing.T, name, what string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	msg := fmt.Sprintf("%s is not installed (apt-get install %s; .ci/run installs it)", what, name)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip("skipped: " + msg)
	return ""
}

// buildExtract builds the extract command into a temporary folder and
// returns its path, for the tests that need a process of its own.
func buildExtract(t *testing.T) string {
	t.Helper()
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goCmd); err != nil {
		if goCmd, err = exec.LookPath("go"); err != nil {
			t.Skip("no go command to build extract with")
		}
	}
	bin := filepath.Join(t.TempDir(), "extract")
	out, err := exec.Command(goCmd, "build", "-o", bin, "../../cmd/extract").CombinedOutput()
	if err != nil {
		t.Fatalf("go build ./cmd/extract: %v\n%s", err, out)
	}
	return bin
}

// jsonlArticles writes the test articles, each under several ids, as
// JSON Lines, and returns the file and its number of lines.
func jsonlArticles(t *testing.T, copies int) (string, int) {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range copies {
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			line := struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}{fmt.Sprintf("%d/%s", i, filepath.Base(p)), string(text)}
			if err := enc.Encode(line); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, copies * len(paths)
}

// TestGNUParallel checks that extract is a drop-in stage for GNU parallel:
// a JSON Lines file split across jobs with --pipe --keep-order gives the
// same output as one process. CI installs parallel; elsewhere the test is
// skipped without it.
func TestGNUParallel(t *testing.T) {
	parallel := debianTool(t, "parallel", "GNU parallel")
	extract := buildExtract(t)
	in, lines := jsonlArticles(t, 3)

	run := func(cmd *exec.Cmd) []byte {
		t.Helper()
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var stdout, stderr bytes.Buffer
		cmd.Stdin, cmd.Stdout, cmd.Stderr = f, &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v; stderr:\n%s", cmd, err, stderr.String())
		}
		return stdout.Bytes()
	}
	want := run(exec.Command(extract, "--input", "jsonl", "--jobs", "1"))
	if n := bytes.Count(want, []byte("\n")); n != lines {
		t.Fatalf("one process wrote %d lines, want %d", n, lines)
	}
	for _, args := range [][]string{
		// Three lines per job, two jobs at a time.
		{"--will-cite", "--pipe", "--keep-order", "-N", "3", "-j", "2"},
		// Blocks of about 4 kB, cut at line ends, four jobs at a time.
		{"--will-cite", "--pipe", "--keep-order", "--block", "4k", "-j", "4"},
	} {
		args = append(args, extract, "--input", "jsonl", "--jobs", "1")
		got := run(exec.Command(parallel, args...))
		if !bytes.Equal(got, want) {
			t.Errorf("parallel %q wrote\n%s\nwant, as one process,\n%s", args, got, want)
		}
	}
}

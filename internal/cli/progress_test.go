package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// progressLine matches what the progress line draws, and clearing it.
var progressLine = regexp.MustCompile(`\r[^\r\n]*\r`)

func TestRunProgress(t *testing.T) {
	chdirTree(t)
	tests := []struct {
		args     []string
		terminal bool
		want     bool // a progress line
	}{
		{[]string{"notes", "missing.txt"}, true, true},
		{[]string{"notes/a.txt", "missing.txt"}, true, true},
		{[]string{"missing.txt"}, true, false},
		{[]string{"--progress=always", "missing.txt"}, true, true},
		{[]string{"--progress=never", "notes", "missing.txt"}, true, false},
		{[]string{"notes", "missing.txt"}, false, false},
		{[]string{"--progress=always", "notes", "missing.txt"}, false, false},
		{[]string{"--input=jsonl", "-", "missing.txt"}, true, true},
		{[]string{"--out-dir", "out", "notes", "missing.txt"}, true, true},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		tty := any(nil)
		if tt.terminal {
			tty = &stderr
		}
		args := tt.args
		stdin := strings.NewReader(`{"id": "a", "text": "A."}`)
		code := run(t.Context(), deps{article: stub, terminal: terminal(tty)}, args, stdin, &stdout, &stderr)
		if code != ExitFailure {
			t.Errorf("extract %q: exit %d, want %d", args, code, ExitFailure)
		}
		got := stderr.String()
		drawn := strings.Contains(got, "articles")
		if drawn != tt.want {
			t.Errorf("extract %q (terminal %v) drew a progress line: %v, want %v; stderr %q", args, tt.terminal, drawn, tt.want, got)
		}
		// Messages stay whole lines, and the line is gone at the end.
		rest := progressLine.ReplaceAllString(got, "")
		if want := "extract: missing.txt: no such file or directory\n"; !strings.HasSuffix(rest, want) || strings.Count(rest, "\n") != 1 {
			t.Errorf("extract %q: stderr less the progress line is %q, want %q; stderr %q", args, rest, want, got)
		}
		if tail := got[strings.LastIndex(got, "\n")+1:]; !cleared(tail) {
			t.Errorf("extract %q: the progress line is not cleared at the end: stderr %q", args, got)
		}
	}
}

func TestConsoleTotal(t *testing.T) {
	var stderr bytes.Buffer
	c := newConsole(&stderr, true)
	c.articleDone()
	c.articleDone()
	c.printf("extract: x: warning\n")
	c.setTotal(4)
	c.articleDone()
	c.close()
	got := stderr.String()
	for _, want := range []string{"(0/-", "(2/4", "extract: x: warning\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress %q lacks %q", got, want)
		}
	}
}

// cleared reports whether the last thing drawn on the line tail is blank.
func cleared(tail string) bool {
	draws := progressLine.FindAllString(tail, -1)
	return len(draws) == 0 && tail == "" || len(draws) > 0 && strings.TrimSpace(draws[len(draws)-1]) == ""
}

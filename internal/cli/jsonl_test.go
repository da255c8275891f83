package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// jsonl is an input of JSON Lines with a bad line 3.
const jsonl = `{"id": "one", "text": "First."}
{"id": 2, "text": "Second text."}
{"id": "three", "text": "no closing brace"
{"id": "four", "text": " "}
{"id": "five", "text": "Fifth.", "extra": [1, 2]}
`

func TestRunJSONL(t *testing.T) {
	dir := chdirTree(t)
	if err := os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes", "n.jsonl"), []byte(`{"id": "n", "text": "N."}`), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := "extract: in.jsonl: line 3: invalid JSON at byte 42: unexpected end of JSON input\n"
	blank := "extract: in.jsonl: line 4: warning: empty input\n"
	tests := []cliTest{
		{
			name:       "json lines in, json lines out, in order; a bad line is named and the others go on",
			args:       []string{"--input", "jsonl", "in.jsonl"},
			wantStdout: line("one", 6) + line("2", 12) + line("four", 1) + line("five", 6),
			wantStderr: bad + blank,
			wantCode:   ExitFailure,
		},
		{
			name:       "yaml when asked for",
			args:       []string{"--input=jsonl", "--format=yaml", "in.jsonl"},
			wantStdout: stream(doc("one", 6), doc("2", 12), doc("four", 1), doc("five", 6)),
			wantStderr: bad + blank,
			wantCode:   ExitFailure,
		},
		{
			name:       "standard input, as for a pipe stage",
			args:       []string{"--input", "jsonl"},
			stdin:      `{"id": "a/b.txt", "text": "Piped."}` + "\r\n\n" + `{"id": "c", "text": "Too."}`,
			wantStdout: line("a/b.txt", 6) + line("c", 4),
		},
		{
			name:       "folders give their *.jsonl files",
			args:       []string{"--input", "jsonl", "-j", "2", "notes", "."},
			wantStdout: line("n", 2) + line("one", 6) + line("2", 12) + line("four", 1) + line("five", 6) + line("n", 2),
			wantStderr: bad + blank,
			wantCode:   ExitFailure,
		},
		{
			name:       "max-bytes limits each text",
			args:       []string{"--input", "jsonl", "--max-bytes", "10", "in.jsonl"},
			wantStdout: line("one", 6) + line("four", 1) + line("five", 6),
			wantStderr: "extract: in.jsonl: line 2: text is 12 bytes, over --max-bytes 10\n" + bad + blank,
			wantCode:   ExitFailure,
		},
		usageErr("no --out-dir", "--out-dir does not go with --input jsonl: records go to standard output", "--input", "jsonl", "--out-dir", "out", "in.jsonl"),
		usageErr("bad --input", "invalid --input \"csv\": want auto, text, html, warc or jsonl", "--input", "csv", "in.jsonl"),
	}
	for _, tt := range tests {
		tt.run(t, stub)
	}
}

// TestRunJSONLErrorsNamed checks that an extraction that fails names the
// file and the line, not the id.
func TestRunJSONLErrorsNamed(t *testing.T) {
	failing := func(source string, text []byte) (record.Record, error) {
		if source == "2" {
			return record.Record{}, fmt.Errorf("no good")
		}
		return stub(source, text)
	}
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), deps{article: failing}, []string{"--input", "jsonl"}, strings.NewReader(jsonl), &stdout, &stderr)
	want := "extract: -: line 2: no good\nextract: -: line 3: invalid JSON at byte 42: unexpected end of JSON input\nextract: -: line 4: warning: empty input\n"
	if code != ExitFailure || stderr.String() != want {
		t.Errorf("extract --input jsonl: exit %d, stderr\n%s\nwant exit %d, stderr\n%s", code, stderr.String(), ExitFailure, want)
	}
}

package cli

import (
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// TestRunNewUser holds the cases of defects found by trying the command as
// a new user would (issue 9).
func TestRunNewUser(t *testing.T) {
	chdirTree(t)
	if err := os.WriteFile("utf16.txt", []byte("\xff\xfeH\x00i\x00.\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []cliTest{
		usageErr("--out-dir under a file: one usage error before any work", "--out-dir notes/a.txt/out: not a directory", "--out-dir", "notes/a.txt/out", "notes"),
		usageErr("--out-dir /dev/null", "--out-dir /dev/null: not a directory", "--out-dir", "/dev/null", "notes"),
		usageErr("--out-dir with standard input named twice", "--out-dir: - and - would both write out/stdin.yaml", "--out-dir", "out", "-", "notes/a.txt", "-"),
		inputErr("UTF-16 is named", "utf16.txt: text is UTF-16 (LE), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8", "utf16.txt"),
		{
			name:       "--max-bytes with a unit",
			args:       []string{"--max-bytes", "1KB", "big.txt"},
			wantStdout: doc("big.txt", 100),
		},
		usageErr("--max-bytes: a fraction is no size", "invalid --max-bytes \"0.5k\": want a size such as 500k, 10MiB or 1048576 (units k, M, G, KiB, MiB, GiB of 1024; KB, MB, GB of 1000)", "--max-bytes", "0.5k", "big.txt"),
		{
			name:       "--max-bytes as the README writes it",
			args:       []string{"--max-bytes=10MiB", "notes/a.txt"},
			wantStdout: doc("notes/a.txt", 4),
		},
		usageErr("--max-bytes not a size", "invalid --max-bytes \"lots\": want a size such as 500k, 10MiB or 1048576 (units k, M, G, KiB, MiB, GiB of 1024; KB, MB, GB of 1000)", "--max-bytes", "lots", "notes"),
		{
			name: "help is help, not a file",
			args: []string{"help"},
			check: func(t *testing.T, stdout string) {
				if !strings.HasPrefix(stdout, "extract reads news articles") || !strings.Contains(stdout, "Usage:") {
					t.Errorf("extract help wrote %q, want the help", stdout)
				}
			},
		},
		{
			name: "--help's flag lines do not contradict themselves",
			args: []string{"--help"},
			check: func(t *testing.T, stdout string) {
				for line := range strings.Lines(stdout) {
					if strings.Contains(line, "by default with") && strings.Contains(line, "(default ") {
						t.Errorf("a flag line gives two defaults: %s", line)
					}
				}
				for _, want := range []string{
					"yaml (a YAML stream; the default), json (JSON Lines; the default with --input jsonl)",
					"by default *.txt, *.html, *.htm, *.warc.gz and *.warc; *.jsonl with --input jsonl",
				} {
					if !strings.Contains(stdout, want) {
						t.Errorf("extract --help lacks %q", want)
					}
				}
			},
		},
	}
	var worked atomic.Int32
	counting := func(source string, text []byte) (record.Record, error) {
		worked.Add(1)
		return stub(source, text)
	}
	for _, tt := range tests {
		worked.Store(0)
		tt.run(t, counting)
		if tt.wantCode == ExitUsage && worked.Load() != 0 {
			t.Errorf("%s: %d articles extracted before the usage error", tt.name, worked.Load())
		}
	}
	if _, err := os.Stat("out"); err == nil {
		t.Error("a refused --out-dir was made")
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1048576", 1 << 20},
		{"10MiB", 10 << 20},
		{"10mib", 10 << 20},
		{"10 MiB", 10 << 20},
		{"1KB", 1000},
		{"500k", 500 << 10},
		{"500K", 500 << 10},
		{"2M", 2 << 20},
		{"2MB", 2_000_000},
		{"1G", 1 << 30},
		{"1GiB", 1 << 30},
		{"1GB", 1_000_000_000},
		{"7B", 7},
	}
	for _, tt := range tests {
		if got, err := parseSize(tt.in); got != tt.want || err != nil {
			t.Errorf("parseSize(%q) = %d, %v, want %d", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "k", "10 XB", "-5", "1.5M", "0", "0k", "99999999999999999999", "9999999999999G"} {
		if got, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", bad, got)
		}
	}
}

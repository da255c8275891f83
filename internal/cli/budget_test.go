package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/record"
)

func TestBudget(t *testing.T) {
	ctx := context.Background()
	b := newBudget(10 << 20)
	if b.total != memPerByte*10<<20 {
		t.Fatalf("budget for --max-bytes 10MiB = %d, want %d", b.total, memPerByte*10<<20)
	}
	release, err := b.acquire(ctx, 10<<20)
	if err != nil {
		t.Fatalf("the largest article does not fit the budget: %v", err)
	}
	if b.sem.TryAcquire(1) {
		t.Error("an article of --max-bytes left room for another")
	}
	release()
	var releases []func()
	for i := range 100 {
		r, err := b.acquire(ctx, 100<<10)
		if err != nil {
			t.Fatalf("article %d of 100 KiB does not fit beside %d others: %v", i+1, i, err)
		}
		releases = append(releases, r)
	}
	for _, r := range releases {
		r()
	}
	if b := newBudget(1000); b.total != minBudget {
		t.Errorf("budget for --max-bytes 1000 = %d, want the least, %d", b.total, minBudget)
	}
}

// TestRunBudget runs three articles as large as --max-bytes with --jobs 3:
// they run one at a time, since each takes the whole memory budget.
func TestRunBudget(t *testing.T) {
	size := minBudget/memPerByte + 1
	dir := t.TempDir()
	big := bytes.Repeat([]byte("word "), size/5+1)[:size]
	for i := range 3 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), big, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var running, most atomic.Int32
	article := func(source string, text []byte) (record.Record, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		return stub(source, text)
	}
	var stdout, stderr bytes.Buffer
	args := []string{"--jobs", "3", "--max-bytes", fmt.Sprint(size), dir}
	if code := run(t.Context(), deps{article: article}, args, nil, &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if n := most.Load(); n != 1 {
		t.Errorf("%d articles of --max-bytes ran at once, want 1", n)
	}
	if n := strings.Count(stdout.String(), "record: v1"); n != 3 {
		t.Errorf("%d records, want 3", n)
	}
}

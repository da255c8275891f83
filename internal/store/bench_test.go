package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/record"
)

// goldens returns the records of testdata/golden, or with
// EXTRACT_BENCH_RECORDS set, those of that JSON Lines file (extract
// --format json output).
func goldens(b *testing.B) []record.Record {
	if path := os.Getenv("EXTRACT_BENCH_RECORDS"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		var out []record.Record
		for line := range bytes.Lines(data) {
			var r record.Record
			if err := json.Unmarshal(line, &r); err != nil {
				b.Fatal(err)
			}
			out = append(out, r)
		}
		return out
	}
	paths, err := filepath.Glob("../../testdata/golden/*.yaml")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no goldens: %v", err)
	}
	var out []record.Record
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		dec := record.NewDecoder(f)
		for {
			var r record.Record
			if err := dec.Decode(&r); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			out = append(out, r)
		}
		f.Close()
	}
	return out
}

// BenchmarkStore stores the golden records 40 times over under new
// sources (or the records of EXTRACT_BENCH_RECORDS once), in one writer,
// and links them: the database's share of a run with --db, per article.
func BenchmarkStore(b *testing.B) {
	recs := goldens(b)
	input := make([]byte, 8000)
	for i := range input {
		input[i] = 'x'
	}
	copies := 40
	if len(recs) > 100 {
		copies = 1
	}
	cpu0 := cpuTime()
	for b.Loop() {
		b.StopTimer()
		d, err := Open(filepath.Join(b.TempDir(), "x.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		w, err := d.NewWriter(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		for c := range copies {
			for i, r := range recs {
				r.Source = fmt.Sprintf("%d/%d", c, i)
				if err := w.Put(Article{Record: r, Input: input, Hash: Hash(input), ReadAs: "text", Extractor: "bench", At: time.Now()}); err != nil {
					b.Fatal(err)
				}
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		if err := d.Link(b.Context()); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		d.Close()
		b.StartTimer()
	}
	n := float64(b.N * copies * len(recs))
	b.ReportMetric(float64(b.Elapsed().Microseconds())/n, "µs/article")
	// CPU time, which other work on a shared machine does not inflate
	// (it counts the setup too: opening each database).
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/n, "cpu-µs/article")
}

// cpuTime returns the CPU time (user and system) of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

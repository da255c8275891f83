package cli

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/record"
)

// TestMinConfidence runs extract on the test articles with the default
// threshold, with none (0) and with a high one: each keeps only items at or
// above it (and the actors that what is kept names), keeps the record
// valid, and a higher threshold never shows more.
func TestMinConfidence(t *testing.T) {
	t.Chdir(articlesDir(t))
	names, _ := filepath.Glob("*.txt")
	if len(names) == 0 {
		t.Skip("no test articles")
	}
	count := func(r record.Record) int {
		return len(r.Actors) + len(r.Claims) + len(r.Events) + len(r.Positions)
	}
	run := func(args ...string) []record.Record {
		var stdout, stderr bytes.Buffer
		if code := Run(t.Context(), append(args, names...), nil, &stdout, &stderr); code != ExitOK {
			t.Fatalf("extract %v: exit %d: %s", args, code, stderr.String())
		}
		return CheckOutput(t, stdout.Bytes())
	}
	all := run("--min-confidence", "0")
	prev := all
	for _, args := range [][]string{nil, {"--min-confidence", "0.5"}, {"--min-confidence", "0.9"}} {
		min := confidence.DefaultMin
		if args != nil {
			min = map[string]float64{"0.5": 0.5, "0.9": 0.9}[args[1]]
		}
		got := run(args...)
		if len(got) != len(all) {
			t.Fatalf("extract %v gave %d records, want %d", args, len(got), len(all))
		}
		for i, r := range got {
			if count(r) > count(prev[i]) {
				t.Errorf("%s: extract %v shows %d items, more than a lower threshold's %d", r.Source, args, count(r), count(prev[i]))
			}
			named := map[string]bool{}
			for _, c := range r.Claims {
				if c.Confidence < min {
					t.Errorf("%s: extract %v kept claim %q of confidence %v", r.Source, args, c.Text, c.Confidence)
				}
				if c.Speaker != nil {
					named[*c.Speaker] = true
				}
			}
			for _, e := range r.Events {
				if e.Confidence < min {
					t.Errorf("%s: extract %v kept event %q of confidence %v", r.Source, args, e.Text, e.Confidence)
				}
				for _, id := range []*string{e.Agent, e.PatientActor, e.Place} {
					if id != nil {
						named[*id] = true
					}
				}
			}
			for _, p := range r.Positions {
				if p.Confidence < min {
					t.Errorf("%s: extract %v kept position %s %s of confidence %v", r.Source, args, p.Stance, p.Target, p.Confidence)
				}
				named[p.Actor] = true
				if p.TargetActor != nil {
					named[*p.TargetActor] = true
				}
			}
			for _, a := range r.Actors {
				if a.Confidence < min && !named[a.ID] {
					t.Errorf("%s: extract %v kept actor %q of confidence %v that nothing kept names", r.Source, args, a.Name, a.Confidence)
				}
			}
		}
		prev = got
	}
	total := 0
	for _, r := range all {
		total += count(r)
	}
	high := 0
	for _, r := range prev {
		high += count(r)
	}
	if high >= total {
		t.Errorf("--min-confidence 0.9 shows %d items of %d: it drops nothing", high, total)
	}
}

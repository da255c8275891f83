package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// TestKill is the fault test of --db: runs of a built extract are killed
// with SIGKILL at random moments while the articles change between runs,
// and after each the database must pass PRAGMA integrity_check and
// foreign_key_check, and hold every article it holds whole: its record is
// that of one version of the article or the other, byte for byte. A last
// run, not killed, must then leave the database as a run on a new one
// does: the same export, the same entities.
func TestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: builds extract and runs it 26 times")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "extract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// The articles: the invented ones of testdata, in two versions.
	var names []string
	var versions [][2][]byte
	for _, glob := range []string{"../../testdata/articles/*.txt", "../../testdata/corpus/*/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			changed := append(bytes.Clone(b), "\nA council spokesman said the talks would resume in June.\n"...)
			names = append(names, filepath.Base(p))
			versions = append(versions, [2][]byte{b, changed})
		}
	}
	if len(names) < 10 {
		t.Fatalf("%d articles, want at least 10", len(names))
	}
	articles := filepath.Join(tmp, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	// write puts version v(i) of each article in place.
	write := func(v func(i int) int) {
		for i, name := range names {
			if err := os.WriteFile(filepath.Join(articles, name), versions[i][v(i)], 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	extract := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = tmp
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("extract %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return out
	}

	// export returns the records of the database at path as JSON Lines;
	// none if it was killed before it had tables.
	export := func(path string) []byte {
		t.Helper()
		cmd := exec.Command(bin, "export", "--format", "json", path)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil && strings.Contains(stderr.String(), "holds no tables") {
			return nil
		}
		if err != nil {
			t.Fatalf("extract export %s: %v\n%s", path, err, stderr.String())
		}
		return out
	}

	// Each article's JSON line in either version, and how long a run on a
	// new database takes.
	// The run on a new database is the uninterrupted run the last one is
	// held to.
	whole := map[string]bool{}
	var want []byte
	for v := range 2 {
		write(func(int) int { return 1 - v })
		want = extract("--format", "json", "--jobs", "2", "articles")
		for line := range bytes.Lines(want) {
			whole[string(line)] = true
		}
	}
	fresh := filepath.Join(tmp, "fresh.db")
	start := time.Now()
	extract("--db", fresh, "--jobs", "2", "articles")
	full := time.Since(start)

	seed := time.Now().UnixNano()
	t.Logf("seed %d; a run on a new database takes %v", seed, full)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	db := filepath.Join(tmp, "killed.db")
	for run := range 20 {
		if run%7 == 0 {
			// From a new database now and then, so that some runs are
			// killed while it fills.
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(db + suffix)
			}
		}
		write(func(int) int { return rng.IntN(2) })
		cmd := exec.Command(bin, "--db", db, "--jobs", "2", "articles")
		cmd.Dir = tmp
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		after := time.Duration(rng.Int64N(int64(full)))
		time.Sleep(after)
		cmd.Process.Kill()
		cmd.Wait()
		what := "killed"
		if cmd.ProcessState.Success() {
			what = "done before the kill"
		}

		if msg := check(db); msg != "" {
			t.Fatalf("run %d: %s", run+1, msg)
		}
		n := 0
		for line := range bytes.Lines(export(db)) {
			n++
			if !whole[string(line)] {
				t.Fatalf("run %d: the export holds a record that neither version of its article gives:\n%s", run+1, line)
			}
		}
		t.Logf("run %d: %s at %v; %d articles stored", run+1, what, after.Round(time.Millisecond), n)
	}

	// The last run completes the database: as the run on a new one.
	write(func(int) int { return 0 })
	extract("--db", db, "--jobs", "2", "articles")
	if got := extract("export", "--format", "json", db); !bytes.Equal(got, want) {
		t.Errorf("after the last run, the export differs from extract --format json")
	}
	if got := extract("export", "--format", "json", fresh); !bytes.Equal(got, want) {
		t.Errorf("the export of the uninterrupted run differs from extract --format json")
	}
	if got, want := entities(t, db), entities(t, fresh); got != want {
		t.Errorf("after the last run, the entities differ from those of a new database:\n%s\nwant:\n%s", got, want)
	}
}

// check opens the database at path and returns what is wrong with it: a
// failed integrity or foreign key check; "" if nothing.
func check(path string) string {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err.Error()
	}
	defer db.Close()
	var result string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&result); err != nil {
		return fmt.Sprintf("integrity_check: %v", err)
	}
	if result != "ok" {
		return fmt.Sprintf("integrity_check: %s", result)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Sprintf("foreign_key_check: %v", err)
	}
	defer rows.Close()
	if rows.Next() {
		return "foreign_key_check finds rows that name no row"
	}
	return ""
}

// entities lists the entities of the database at path, with what each
// counts, one a line in key order.
func entities(t *testing.T, path string) string {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT key, type, name, actors, articles, mentions FROM entities ORDER BY key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var key, typ, name string
		var actors, articles, mentions int
		if err := rows.Scan(&key, &typ, &name, &actors, &articles, &mentions); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %s %d %d %d\n", key, typ, name, actors, articles, mentions)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

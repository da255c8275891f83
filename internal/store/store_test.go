package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/extract-news/extract/internal/record"
)

// openTemp opens a new database in a temporary folder.
func openTemp(t *testing.T) *DB {
	t.Helper()
	d, err := Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// put stores records, each from the given input, in one writer.
func put(t *testing.T, d *DB, recs ...record.Record) {
	t.Helper()
	w, err := d.NewWriter(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		in := []byte(r.Source + " input")
		a := Article{Record: r, Input: in, Hash: Hash(in), ReadAs: "text", Extractor: "test", At: time.Unix(0, 0)}
		if err := w.Put(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// records reads every record of d back.
func records(t *testing.T, d *DB) []record.Record {
	t.Helper()
	var out []record.Record
	for r, err := range d.Records(t.Context()) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// filled returns a record whose every field, at any depth, holds a value
// that is not the zero value (a list holds two), so that a field the
// database forgets shows in a round trip. The record need not keep the
// contract, but its ids resolve, as the foreign keys ask.
func filled(source string) record.Record {
	r := record.New(source)
	fill(reflect.ValueOf(&r).Elem(), source)
	r.Source = source
	for i := range r.Actors {
		r.Actors[i].ID = fmt.Sprintf("a%d", i+1)
	}
	for i := range r.Claims {
		r.Claims[i].ID = fmt.Sprintf("c%d", i+1)
		r.Claims[i].Speaker = ptr("a1")
	}
	for i := range r.Events {
		r.Events[i].ID = fmt.Sprintf("e%d", i+1)
		r.Events[i].Agent, r.Events[i].PatientActor, r.Events[i].Place = ptr("a1"), ptr("a2"), ptr("a2")
	}
	for i := range r.Positions {
		r.Positions[i].Actor, r.Positions[i].TargetActor = "a2", ptr("a1")
		r.Positions[i].Evidence = []string{"e2", "c1"}
	}
	return r
}

func ptr(s string) *string { return &s }

// fill sets every field of v, a settable value, to something other than
// its zero value: strings to distinct text, numbers to distinct numbers
// (floats with a fraction), booleans to true, lists to two elements.
func fill(v reflect.Value, prefix string) {
	n := 0
	var walk func(v reflect.Value, name string)
	walk = func(v reflect.Value, name string) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf("%s %s %d", prefix, name, n))
		case reflect.Int:
			v.SetInt(int64(n))
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.37)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), v.Type().Field(i).Name)
			}
		case reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i), name)
			}
		case reflect.Slice:
			s := reflect.MakeSlice(v.Type(), 2, 2)
			for i := range 2 {
				walk(s.Index(i), name)
			}
			v.Set(s)
		case reflect.Pointer:
			p := reflect.New(v.Type().Elem())
			walk(p.Elem(), name)
			v.Set(p)
		default:
			panic(fmt.Sprintf("fill: no value for a %s (%s): teach fill, and the database, this kind", v.Kind(), name))
		}
	}
	walk(v, "")
}

// TestRoundTripEveryField stores a record with every field set, and one
// with every list empty and every id null, and reads both back, equal and
// encoding to the same bytes. A field added to package record and not to
// the database fails here.
func TestRoundTripEveryField(t *testing.T) {
	d := openTemp(t)
	full := filled("full.txt")
	full.Actors[0].Confidence = 0.97
	empty := record.New("empty.txt")
	sparse := filled("sparse.txt")
	sparse.Claims[0].Speaker = nil
	sparse.Events[0].Agent, sparse.Events[0].PatientActor, sparse.Events[0].Place = nil, nil, nil
	sparse.Positions[0].TargetActor = nil
	sparse.Positions[0].Evidence = []string{}
	sparse.Actors[1].Spans = []record.Span{}
	sparse.Actors[1].Confidence = 0
	sparse.Text = ""
	want := []record.Record{full, empty, sparse}
	put(t, d, want...)
	got := records(t, d)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("records read back differ from those stored:\ngot  %+v\nwant %+v", got, want)
	}
	for i := range min(len(got), len(want)) {
		for _, format := range []string{record.YAML, record.JSON} {
			g, err := record.Marshal(got[i], format)
			if err != nil {
				t.Fatal(err)
			}
			w, err := record.Marshal(want[i], format)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(g, w) {
				t.Errorf("%s as %s read back:\n%s\nwant:\n%s", want[i].Source, format, g, w)
			}
		}
	}
}

// TestReplace stores an article, then a changed one of the same source: the
// second replaces the first whole, in its place in the order.
func TestReplace(t *testing.T) {
	d := openTemp(t)
	a, b := filled("a.txt"), filled("b.txt")
	put(t, d, a, b)
	a2 := record.New("a.txt")
	a2.Title = "changed"
	a2.Actors = []record.Actor{{ID: "a1", Name: "Mara Quill", Type: record.Person, Aliases: []string{}, Titles: []string{}, Mentions: 1, Spans: []record.Span{{0, 4}}}}
	put(t, d, a2)
	got := records(t, d)
	if want := []record.Record{a2, b}; !reflect.DeepEqual(got, want) {
		t.Errorf("after replacing a.txt:\ngot  %+v\nwant %+v", got, want)
	}
	// No row of the first a.txt is left in any table.
	for _, table := range []string{"authors", "actors", "mentions", "aliases", "titles", "claims", "events", "positions", "evidence"} {
		var n int
		q := fmt.Sprintf(`SELECT count(*) FROM %s WHERE article_id = (SELECT id FROM articles WHERE source = 'a.txt')`, table)
		if err := d.db.QueryRow(q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		want := 0
		switch table {
		case "actors", "mentions":
			want = 1
		}
		if n != want {
			t.Errorf("%s rows of a.txt after it was replaced: %d, want %d", table, n, want)
		}
	}
	var text string
	if err := d.db.QueryRow(`SELECT text FROM mentions` +
		` WHERE article_id = (SELECT id FROM articles WHERE source = 'a.txt')`).Scan(&text); err != nil {
		t.Fatal(err)
	}
	if text != "a.tx" {
		t.Errorf("mention text = %q, want %q (the span [0, 4] of the input)", text, "a.tx")
	}
}

// TestUnchanged: an article is found unchanged only for the same source,
// content, way of reading and extractor.
func TestUnchanged(t *testing.T) {
	d := openTemp(t)
	put(t, d, record.New("a.txt"))
	in := []byte("a.txt input")
	for _, c := range []struct {
		source, hash, readAs, extractor string
		want                            bool
	}{
		{"a.txt", Hash(in), "text", "test", true},
		{"b.txt", Hash(in), "text", "test", false},
		{"a.txt", Hash([]byte("other")), "text", "test", false},
		{"a.txt", Hash(in), "jsonl", "test", false},
		{"a.txt", Hash(in), "text", "v2", false},
	} {
		_, ok, err := d.Unchanged(t.Context(), c.source, c.hash, c.readAs, c.extractor)
		if err != nil {
			t.Fatal(err)
		}
		if ok != c.want {
			t.Errorf("Unchanged(%s, %.8s, %s, %s) = %v, want %v", c.source, c.hash, c.readAs, c.extractor, ok, c.want)
		}
	}
}

// TestRefuse: a file that is no extract database, or one of a newer
// schema, is refused by Open and OpenRead and left byte for byte as it
// was, with no file made beside it.
func TestRefuse(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notes, []byte("The council met on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A SQLite database of someone else's, and one of ours from the future.
	other := filepath.Join(dir, "other.db")
	newer := filepath.Join(dir, "newer.db")
	for path, stmts := range map[string]string{
		other: `CREATE TABLE birds (name TEXT); INSERT INTO birds VALUES ('heron')`,
		newer: fmt.Sprintf(`CREATE TABLE articles (id INTEGER); PRAGMA application_id = %d; PRAGMA user_version = %d`, applicationID, SchemaVersion+1),
	} {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(stmts); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	for _, c := range []struct {
		path string
		want error
	}{
		{notes, ErrNotOurs},
		{other, ErrNotOurs},
		{newer, ErrNewer},
	} {
		before, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		for name, open := range map[string]func(string) (*DB, error){"Open": Open, "OpenRead": OpenRead} {
			d, err := open(c.path)
			if err == nil {
				d.Close()
			}
			if !errors.Is(err, c.want) {
				t.Errorf("%s(%s) = %v, want %v", name, filepath.Base(c.path), err, c.want)
			}
		}
		after, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Errorf("%s changed when refused", filepath.Base(c.path))
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"newer.db", "notes.txt", "other.db"}; !slices.Equal(names, want) {
		t.Errorf("files after refusing: %v, want %v", names, want)
	}

	// A missing file is made by Open but not by OpenRead.
	missing := filepath.Join(dir, "missing.db")
	if _, err := OpenRead(missing); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenRead(missing.db) = %v, want a no such file error", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("OpenRead made missing.db")
	}
}

// TestSchema: a new database says what it is, and a second Open of it
// keeps it.
func TestSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	for range 2 {
		d, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var app, version int
		var mode string
		if err := d.db.QueryRow(`PRAGMA application_id`).Scan(&app); err != nil {
			t.Fatal(err)
		}
		if err := d.db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
			t.Fatal(err)
		}
		if err := d.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if app != applicationID || version != SchemaVersion || mode != "wal" {
			t.Errorf("application_id %#x, user_version %d, journal_mode %s; want %#x, %d, wal", app, version, mode, applicationID, SchemaVersion)
		}
		d.Close()
	}
}

package recordtest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// Check fails tb unless r keeps the contract for input: record.Validate finds
// nothing, r encoded as JSON is valid against docs/record.schema.json, and r
// encoded as YAML decodes and encodes again to the same bytes.
func Check(tb testing.TB, r record.Record, input []byte) {
	tb.Helper()
	if err := record.Validate(r, input); err != nil {
		tb.Errorf("record %s breaks the contract:\n%v", r.Source, err)
	}
	CheckSchema(tb, r)
	var buf bytes.Buffer
	enc, err := record.NewEncoder(&buf, record.YAML)
	if err != nil {
		tb.Fatal(err)
	}
	if err := enc.Encode(r); err != nil {
		tb.Fatalf("record %s: %v", r.Source, err)
	}
	if err := enc.Close(); err != nil {
		tb.Fatalf("record %s: %v", r.Source, err)
	}
	roundTrip(tb, buf.Bytes())
}

// CheckStream fails tb unless the YAML stream decodes, every record in it
// passes record.Validate against its input, and encoding the decoded records
// gives the stream back byte for byte. input returns the input a record's
// source names; a record whose input it does not know fails. CheckStream
// returns the decoded records.
func CheckStream(tb testing.TB, stream []byte, input func(source string) ([]byte, bool)) []record.Record {
	tb.Helper()
	records := roundTrip(tb, stream)
	for _, r := range records {
		text, ok := input(r.Source)
		if !ok {
			tb.Errorf("record %s: no input known for that source", r.Source)
			continue
		}
		if err := record.Validate(r, text); err != nil {
			tb.Errorf("record %s breaks the contract:\n%v", r.Source, err)
		}
		CheckSchema(tb, r)
	}
	return records
}

// schema is docs/record.schema.json, compiled once.
var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		return nil, errors.New("no source path to find docs/record.schema.json from")
	}
	path := filepath.Join(filepath.Dir(here), "..", "..", "..", "docs", "record.schema.json")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("record.schema.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("record.schema.json")
})

// CheckSchema fails tb unless r, encoded as JSON, is valid against the JSON
// Schema that users validate records with, docs/record.schema.json.
func CheckSchema(tb testing.TB, r record.Record) {
	tb.Helper()
	sch, err := schema()
	if err != nil {
		tb.Fatalf("docs/record.schema.json: %v", err)
	}
	b, err := record.Marshal(r, record.JSON)
	if err != nil {
		tb.Fatalf("record %s: %v", r.Source, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("record %s: %v", r.Source, err)
	}
	if err := sch.Validate(inst); err != nil {
		tb.Errorf("record %s is not valid against docs/record.schema.json:\n%v", r.Source, err)
	}
}

// roundTrip decodes the YAML stream, fails tb unless encoding the records
// again gives the same bytes, and returns the records.
func roundTrip(tb testing.TB, stream []byte) []record.Record {
	tb.Helper()
	var records []record.Record
	var again bytes.Buffer
	enc, err := record.NewEncoder(&again, record.YAML)
	if err != nil {
		tb.Fatal(err)
	}
	dec := record.NewDecoder(bytes.NewReader(stream))
	for {
		var r record.Record
		err := dec.Decode(&r)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			tb.Fatalf("record %d of the stream: %v", len(records), err)
		}
		records = append(records, r)
		if err := enc.Encode(r); err != nil {
			tb.Fatalf("record %s: %v", r.Source, err)
		}
	}
	if err := enc.Close(); err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), stream) {
		tb.Errorf("decoding and encoding the stream again changed it:\n%s\nwant\n%s", again.Bytes(), stream)
	}
	return records
}

// Parse parses text and returns its document with a record of it named
// test: no items yet, the stats of text.
func Parse(tb testing.TB, text string) (*nlp.Doc, record.Record) {
	tb.Helper()
	d, err := nlp.Parse([]byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	r := record.New("test")
	r.Stats = record.Stats{Bytes: len(text), Sentences: len(d.Sentences), Words: len(strings.Fields(text))}
	return d, r
}

// Actor returns an actor for tests whose spans are every occurrence in text
// of each of its names; the first name is its name.
func Actor(text, id, typ string, names ...string) record.Actor {
	a := record.Actor{ID: id, Name: names[0], Type: typ, Aliases: []string{}, Titles: []string{}, Spans: []record.Span{}}
	for _, n := range names {
		for off := 0; ; {
			j := strings.Index(text[off:], n)
			if j < 0 {
				break
			}
			a.Spans = append(a.Spans, record.Span{off + j, off + j + len(n)})
			off += j + len(n)
		}
	}
	sort.Slice(a.Spans, func(i, j int) bool { return a.Spans[i][0] < a.Spans[j][0] })
	a.Mentions = len(a.Spans)
	return a
}

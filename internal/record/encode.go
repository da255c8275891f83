package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"gopkg.in/yaml.v3"
)

// Output formats.
const (
	YAML = "yaml" // a YAML stream: one document per record, separated by ---
	JSON = "json" // JSON Lines: one object per record, one per line
)

// An Encoder writes a stream of records in one format. Each record reaches the
// writer in a single Write call, so a record is never half written by the
// encoder, and the writer's errors come back unchanged (errors.Is works on
// them, for instance for syscall.EPIPE).
type Encoder struct {
	w      io.Writer
	format string
	buf    bytes.Buffer
	n      int // records written
}

// NewEncoder returns an encoder that writes records to w in format, YAML or
// JSON.
func NewEncoder(w io.Writer, format string) (*Encoder, error) {
	switch format {
	case YAML, JSON:
	default:
		return nil, fmt.Errorf("unknown format %q: want yaml or json", format)
	}
	return &Encoder{w: w, format: format}, nil
}

// Encode writes r as the next record of the stream.
func (e *Encoder) Encode(r Record) error {
	b, err := Marshal(r, e.format)
	if err != nil {
		return err
	}
	return e.WriteEncoded(b)
}

// WriteEncoded writes a record that Marshal encoded in the encoder's format
// as the next record of the stream. Workers can so encode records in
// parallel and one writer keep their order.
func (e *Encoder) WriteEncoded(b []byte) error {
	e.buf.Reset()
	if e.format == YAML && e.n > 0 {
		// The --- that yaml.v3's Encoder writes before the second and
		// later documents of a stream.
		e.buf.WriteString("---\n")
	}
	e.buf.Write(b)
	e.n++
	_, err := e.w.Write(e.buf.Bytes())
	return err
}

// Marshal encodes one record in format, YAML or JSON, as a stream's
// document or line would hold it. A yaml.v3 Encoder is made for each
// record because one kept for a stream holds on to every event it has
// emitted (go-yaml/yaml#873), so its memory grows with the stream.
func Marshal(r Record, format string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	switch format {
	case YAML:
		err = marshalYAML(&buf, r)
	case JSON:
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		err = enc.Encode(r)
	default:
		err = fmt.Errorf("unknown format %q: want yaml or json", format)
	}
	if err != nil {
		return nil, fmt.Errorf("encode record %s: %w", r.Source, err)
	}
	return buf.Bytes(), nil
}

// yamlChunk is how many items of a list one yaml.v3 Encoder encodes.
const yamlChunk = 256

// marshalYAML writes r as one YAML document, the bytes yaml.v3 writes for
// the whole record with an indent of 2. It encodes the fields before the
// lists in one go and the lists in chunks of items, each chunk a top-level
// sequence indented by 2, because yaml.v3 keeps every event of a document
// until its end (go-yaml/yaml#873): a record of an article of 10 MB would
// otherwise take gigabytes to encode.
func marshalYAML(buf *bytes.Buffer, r Record) error {
	encode := func(v any) ([]byte, error) {
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		err := enc.Close()
		return b.Bytes(), err
	}
	head := r
	head.Actors, head.Claims, head.Events, head.Positions = nil, nil, nil, nil
	b, err := encode(head)
	if err != nil {
		return err
	}
	const tail = "actors: []\nclaims: []\nevents: []\npositions: []\n"
	if !bytes.HasSuffix(b, []byte(tail)) {
		return fmt.Errorf("yaml: the record's lists are not its last fields")
	}
	buf.Write(b[:len(b)-len(tail)])
	if err := yamlActors(buf, r.Actors, encode); err != nil {
		return err
	}
	if err := yamlList(buf, "claims", r.Claims, encode); err != nil {
		return err
	}
	if err := yamlList(buf, "events", r.Events, encode); err != nil {
		return err
	}
	return yamlList(buf, "positions", r.Positions, encode)
}

// yamlActors writes the actors as yamlList does, but writes each actor's
// spans itself: an actor of a long article can have tens of thousands of
// mentions, and yaml.v3 would hold four events for each.
func yamlActors(buf *bytes.Buffer, actors []Actor, encode func(any) ([]byte, error)) error {
	if len(actors) == 0 {
		buf.WriteString("actors: []\n")
		return nil
	}
	buf.WriteString("actors:\n")
	const empty = "\n    spans: []\n"
	for _, a := range actors {
		if plainItem(buf, a) {
			continue
		}
		spans := a.Spans
		a.Spans = []Span{}
		b, err := encode([]Actor{a})
		if err != nil {
			return err
		}
		var item bytes.Buffer
		for line := range bytes.Lines(b) {
			if len(line) > 1 {
				item.WriteString("  ")
			}
			item.Write(line)
		}
		ib := item.Bytes()
		k := bytes.LastIndex(ib, []byte(empty))
		if k < 0 {
			return fmt.Errorf("yaml: actor %s has no spans line", a.ID)
		}
		buf.Write(ib[:k+len(empty)-len("[]\n")])
		buf.WriteByte('[')
		for i, s := range spans {
			if i > 0 {
				buf.WriteString(", ")
			}
			fmt.Fprintf(buf, "[%d, %d]", s[0], s[1])
		}
		buf.WriteString("]\n")
		buf.Write(ib[k+len(empty):])
	}
	return nil
}

// yamlList writes the field name: list, as a block sequence indented by 2.
func yamlList[T any](buf *bytes.Buffer, name string, list []T, encode func(any) ([]byte, error)) error {
	if len(list) == 0 {
		buf.WriteString(name + ": []\n")
		return nil
	}
	buf.WriteString(name + ":\n")
	// Items that plainItem writes go straight to buf; runs of the others
	// go to yaml.v3, up to yamlChunk at a time.
	var rest []T
	flush := func() error {
		if len(rest) == 0 {
			return nil
		}
		b, err := encode(rest)
		if err != nil {
			return err
		}
		for line := range bytes.Lines(b) {
			if len(line) > 1 {
				buf.WriteString("  ")
			}
			buf.Write(line)
		}
		rest = rest[:0]
		return nil
	}
	var plain bytes.Buffer
	for _, item := range list {
		plain.Reset()
		if plainItem(&plain, item) {
			if err := flush(); err != nil {
				return err
			}
			buf.Write(plain.Bytes())
			continue
		}
		if len(rest) == yamlChunk {
			if err := flush(); err != nil {
				return err
			}
		}
		rest = append(rest, item)
	}
	return flush()
}

// Close ends the stream. It writes nothing more, and does not close the
// underlying writer.
func (e *Encoder) Close() error {
	return nil
}

// A Decoder reads records from a YAML stream, such as the output of an
// Encoder in the YAML format. Fields the record does not define are an error.
type Decoder struct {
	yaml *yaml.Decoder
}

// NewDecoder returns a decoder that reads a YAML stream of records from r.
func NewDecoder(r io.Reader) *Decoder {
	d := yaml.NewDecoder(r)
	d.KnownFields(true)
	return &Decoder{yaml: d}
}

// Decode reads the next record of the stream into r. At the end of the
// stream it returns io.EOF.
func (d *Decoder) Decode(r *Record) error {
	*r = Record{}
	err := d.yaml.Decode(r)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("decode record: %w", err)
	}
	return err
}

package record

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"syscall"
	"testing"
)

// textMeta is what a record of plain text says of its input: its kind,
// and empty metadata.
const textMeta = `input: text
meta:
  url: ""
  site: ""
  authors: []
  published: ""
  language: ""
`

const sampleYAML = `record: v1
source: x.txt
title: ""
stats:
  bytes: 44
  sentences: 2
  words: 6
` + textMeta + `actors:
  - id: a1
    name: JD Vance
    type: person
    aliases: [Vance]
    titles: []
    anonymous: false
    mentions: 1
    spans: [[0, 5]]
    confidence: 0.97
  - id: a2
    name: Apple
    type: organization
    aliases: []
    titles: []
    anonymous: false
    mentions: 1
    spans: [[29, 34]]
    confidence: 0.9
claims:
  - id: c1
    speaker: a1
    text: We will fight.
    kind: direct
    cue: said
    sentence: 0
    span: [13, 27]
    confidence: 0.85
events:
  - id: e1
    action: withdraw
    action_span: [35, 43]
    text: Apple withdrew
    agent: a2
    patient: ""
    patient_actor: null
    time: ""
    place: null
    modality: past
    sentence: 1
    span: [29, 43]
    confidence: 0.5
positions:
  - actor: a1
    stance: oppose
    target: Apple
    target_actor: a2
    evidence: [c1]
    sentence: 0
    span: [13, 27]
    confidence: 0.05
`

const sampleJSON = `{"record":"v1","source":"x.txt","title":"","stats":{"bytes":44,"sentences":2,"words":6},` +
	`"input":"text","meta":{"url":"","site":"","authors":[],"published":"","language":""},` +
	`"actors":[{"id":"a1","name":"JD Vance","type":"person","aliases":["Vance"],"titles":[],"anonymous":false,"mentions":1,"spans":[[0,5]],"confidence":0.97},` +
	`{"id":"a2","name":"Apple","type":"organization","aliases":[],"titles":[],"anonymous":false,"mentions":1,"spans":[[29,34]],"confidence":0.9}],` +
	`"claims":[{"id":"c1","speaker":"a1","text":"We will fight.","kind":"direct","cue":"said","sentence":0,"span":[13,27],"confidence":0.85}],` +
	`"events":[{"id":"e1","action":"withdraw","action_span":[35,43],"text":"Apple withdrew","agent":"a2","patient":"","patient_actor":null,"time":"","place":null,"modality":"past","sentence":1,"span":[29,43],"confidence":0.5}],` +
	`"positions":[{"actor":"a1","stance":"oppose","target":"Apple","target_actor":"a2","evidence":["c1"],"sentence":0,"span":[13,27],"confidence":0.05}]}` + "\n"

const emptyYAML = `record: v1
source: '-'
title: ""
stats:
  bytes: 0
  sentences: 0
  words: 0
` + textMeta + `actors: []
claims: []
events: []
positions: []
`

const emptyJSON = `{"record":"v1","source":"-","title":"","stats":{"bytes":0,"sentences":0,"words":0},"input":"text","meta":{"url":"","site":"","authors":[],"published":"","language":""},"actors":[],"claims":[],"events":[],"positions":[]}` + "\n"

func TestEncoder(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		records []Record
		want    string
	}{
		{"yaml none", YAML, nil, ""},
		{"yaml one", YAML, []Record{sample()}, sampleYAML},
		{"yaml empty lists", YAML, []Record{New("-")}, emptyYAML},
		{"yaml stream", YAML, []Record{sample(), New("-")}, sampleYAML + "---\n" + emptyYAML},
		{"json none", JSON, nil, ""},
		{"json one", JSON, []Record{sample()}, sampleJSON},
		{"json empty lists", JSON, []Record{New("-")}, emptyJSON},
		{"json lines", JSON, []Record{sample(), New("-")}, sampleJSON + emptyJSON},
		{"json no html escapes", JSON, []Record{New("<a&b>.txt")}, strings.Replace(emptyJSON, `"-"`, `"<a&b>.txt"`, 1)},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		enc, err := NewEncoder(&buf, tt.format)
		if err != nil {
			t.Fatalf("NewEncoder(%q): %v", tt.format, err)
		}
		for _, r := range tt.records {
			if err := enc.Encode(r); err != nil {
				t.Fatalf("%s: Encode: %v", tt.name, err)
			}
		}
		if err := enc.Close(); err != nil {
			t.Fatalf("%s: Close: %v", tt.name, err)
		}
		if got := buf.String(); got != tt.want {
			t.Errorf("%s: encoded\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

func TestNewEncoderUnknownFormat(t *testing.T) {
	for _, format := range []string{"", "YAML", "xml", "jsonl"} {
		if _, err := NewEncoder(io.Discard, format); err == nil {
			t.Errorf("NewEncoder(%q) gave no error", format)
		}
	}
}

// TestEncoderWriteOnce checks that each record reaches the writer in one
// Write and that the writer's error comes back as it was.
func TestEncoderWriteOnce(t *testing.T) {
	for _, format := range []string{YAML, JSON} {
		w := &countingWriter{}
		enc, err := NewEncoder(w, format)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			if err := enc.Encode(sample()); err != nil {
				t.Fatalf("%s: Encode: %v", format, err)
			}
		}
		if err := enc.Close(); err != nil {
			t.Fatalf("%s: Close: %v", format, err)
		}
		if w.writes != 3 {
			t.Errorf("%s: 3 records took %d writes, want 3", format, w.writes)
		}

		enc, _ = NewEncoder(&countingWriter{err: syscall.EPIPE}, format)
		if err := enc.Encode(sample()); !errors.Is(err, syscall.EPIPE) {
			t.Errorf("%s: Encode to a closed pipe = %v, want EPIPE", format, err)
		}
	}
}

type countingWriter struct {
	writes int
	err    error
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.err != nil {
		return 0, w.err
	}
	return len(p), nil
}

// TestRoundTrip checks that decoding a YAML stream and encoding it again
// gives the same bytes, spans included.
func TestRoundTrip(t *testing.T) {
	for _, stream := range []string{sampleYAML, emptyYAML, sampleYAML + "---\n" + emptyYAML + "---\n" + sampleYAML} {
		dec := NewDecoder(bytes.NewReader([]byte(stream)))
		var buf bytes.Buffer
		enc, _ := NewEncoder(&buf, YAML)
		for {
			var r Record
			err := dec.Decode(&r)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if err := enc.Encode(r); err != nil {
				t.Fatalf("Encode: %v", err)
			}
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != stream {
			t.Errorf("round trip gave\n%s\nwant\n%s", got, stream)
		}
	}
}

func TestDecodeSpan(t *testing.T) {
	var r Record
	err := NewDecoder(bytes.NewReader([]byte(sampleYAML))).Decode(&r)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Claims[0].Span, (Span{13, 27}); got != want {
		t.Errorf("decoded claim span %v, want %v", got, want)
	}
	if got, want := r.Actors[1].Spans, []Span{{29, 34}}; len(got) != 1 || got[0] != want[0] {
		t.Errorf("decoded actor spans %v, want %v", got, want)
	}
	if err := Validate(r, []byte(sampleInput)); err != nil {
		t.Errorf("decoded sample does not validate: %v", err)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []string{
		"record: v1\nsurprise: 1\n",     // a field the contract lacks
		"record: v1\nspan: [1]\n",       // not a record field either
		"claims: [{span: [1, 2, 3]}]\n", // a span of three offsets
		"claims: [{span: 7}]\n",
	}
	for _, in := range tests {
		var r Record
		if err := NewDecoder(bytes.NewReader([]byte(in))).Decode(&r); err == nil || err == io.EOF {
			t.Errorf("Decode(%q) = %v, want an error", in, err)
		}
	}
}

func BenchmarkEncoder(b *testing.B) {
	r := sample()
	for _, format := range []string{YAML, JSON} {
		b.Run(format, func(b *testing.B) {
			enc, err := NewEncoder(io.Discard, format)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := enc.Encode(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	r, input := sample(), []byte(sampleInput)
	for b.Loop() {
		if err := Validate(r, input); err != nil {
			b.Fatal(err)
		}
	}
}

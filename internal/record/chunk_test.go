package record

import (
	"bytes"
	"fmt"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestMarshalYAMLInChunks checks that Marshal, which encodes a record's
// lists a chunk of items at a time, writes the bytes yaml.v3 writes for the
// whole record at once, for texts that test the indentation of block
// scalars (several lines, blank lines, leading and trailing spaces) and
// lists longer than a chunk, and actors with no span or several (whose
// spans Marshal writes itself) and a confidence after them.
func TestMarshalYAMLInChunks(t *testing.T) {
	texts := []string{
		"plain", "two\nlines", "blank\n\nline", "  leading spaces\nsecond",
		"trailing \n", "\n\nstarts with breaks", "a: colon", "- dash", "'quote\"",
		"tab\there", "ends with break\n", "# hash", "ünïcödé “curly”", "",
	}
	for _, n := range []int{0, 1, yamlChunk - 1, yamlChunk, yamlChunk + 1, 3*yamlChunk + 7} {
		r := New("chunks.txt")
		r.Title = "A title"
		r.Meta.Authors = []string{"Ann Lee"}
		for i := range n {
			text := texts[i%len(texts)]
			id := fmt.Sprintf("a%d", i+1)
			spans := []Span{}
			for k := range i % 4 {
				spans = append(spans, Span{i + k, i + k + 1})
			}
			r.Actors = append(r.Actors, Actor{ID: id, Name: text, Type: Person, Aliases: []string{text}, Titles: []string{}, Spans: spans, Mentions: len(spans), Confidence: float64(i%3) / 4})
			r.Claims = append(r.Claims, Claim{ID: fmt.Sprintf("c%d", i+1), Speaker: &id, Text: text, Kind: Direct, Cue: "said", Span: Span{i, i + 2}})
			r.Events = append(r.Events, Event{ID: fmt.Sprintf("e%d", i+1), Action: "say", Text: text, Patient: text, Modality: Past})
			r.Positions = append(r.Positions, Position{Actor: id, Stance: Support, Target: text, Evidence: []string{"c1"}})
		}
		var whole bytes.Buffer
		enc := yaml.NewEncoder(&whole)
		enc.SetIndent(2)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		enc.Close()
		got, err := Marshal(r, YAML)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, whole.Bytes()) {
			t.Errorf("%d items: Marshal differs from yaml.v3's encoding of the whole record:\n%s\nwant:\n%s", n, got, whole.Bytes())
		}
	}
}

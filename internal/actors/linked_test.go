package actors

import (
	"reflect"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

func TestLinked(t *testing.T) {
	in := []record.Actor{
		{ID: "a1", Name: "Ivo Marsh", Spans: []record.Span{{0, 9}, {40, 42}}, Mentions: 2},
		{ID: "a2", Name: "Brindle", Spans: []record.Span{{20, 27}}, Mentions: 1},
	}
	got := Linked(in, [][]record.Span{{{30, 32}, {40, 42}, {50, 53}}, nil})
	want := []record.Span{{0, 9}, {30, 32}, {40, 42}, {50, 53}}
	if !reflect.DeepEqual(got[0].Spans, want) || got[0].Mentions != 4 {
		t.Errorf("Linked: a1 spans %v mentions %d, want %v and 4", got[0].Spans, got[0].Mentions, want)
	}
	if !reflect.DeepEqual(got[1], in[1]) {
		t.Errorf("Linked changed a2: %v", got[1])
	}
	if len(in[0].Spans) != 2 || in[0].Mentions != 2 {
		t.Errorf("Linked changed its input: %v", in[0])
	}
}

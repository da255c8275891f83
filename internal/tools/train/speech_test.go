package main

import (
	"testing"

	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/record"
)

// TestSpeechLabels labels an invented article's candidates: right when
// the text matches a gold claim the rules left, through the candidate's
// own verb; left out when it matches an optional claim or one through
// another cue; wrong when it matches nothing or a claim the rules found.
func TestSpeechLabels(t *testing.T) {
	text := []byte("Quint lauded the harbor plan. Albescu said the pier would close. Dunne hoped for rain. Vera fixed the boat.")
	span := func(s string) record.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if string(text[i:i+len(s)]) == s {
				return record.Span{i, i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return record.Span{}
	}
	r := record.Record{Claims: []record.Claim{{ID: "c1", Text: "the pier would close"}}}
	g := gold{Claims: &[]goldClaim{
		{Text: "the harbor plan", Cue: "lauded"},
		{Text: "the pier would close", Cue: "said"},
		{Text: "rain", Cue: "hoped for", Optional: true},
		{Text: "the boat", Cue: "reported"},
	}}
	x := func(n float32) []learn.Feature { return []learn.Feature{{Index: 1, Value: n}} }
	cands := []claims.Candidate{
		{Span: span("the harbor plan"), Cue: "lauded", X: x(1)},
		{Span: span("the pier would close"), Cue: "said", X: x(2)},
		{Span: span("rain"), Cue: "hoped", X: x(3)},
		{Span: span("the boat"), Cue: "fixed", X: x(4)},
		{Span: span("Vera fixed"), Cue: "fixed", X: x(5)},
	}
	ex := speechLabels(&g, &r, text, cands)
	want := map[float32]bool{1: true, 2: false, 5: false}
	if len(ex) != len(want) {
		t.Fatalf("%d examples, want %d: %v", len(ex), len(want), ex)
	}
	for _, e := range ex {
		if w, ok := want[e.X[0].Value]; !ok || e.Y != w {
			t.Errorf("candidate %v: labelled %v, want %v (kept %v)", e.X[0].Value, e.Y, w, ok)
		}
	}
}

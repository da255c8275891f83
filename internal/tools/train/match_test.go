package main

import (
	"fmt"
	"testing"

	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/record"
)

// TestClaimLabels labels an invented record's claims the way the scorer
// counts them: text and speaker right, speaker wrong, a match of an
// optional gold claim (skipped), and a claim that matches nothing.
func TestClaimLabels(t *testing.T) {
	a1, a2 := "a1", "a2"
	r := record.Record{
		Actors: []record.Actor{
			{ID: a1, Name: "Mara Quint", Aliases: []string{"Quint"}, Spans: []record.Span{{0, 10}}},
			{ID: a2, Name: "Tom Albescu", Spans: []record.Span{{50, 61}}},
		},
		Claims: []record.Claim{
			{ID: "c1", Speaker: &a1, Text: "the pier would close in March"},
			{ID: "c2", Speaker: &a2, Text: "the union would go to court"},
			{ID: "c3", Speaker: &a1, Text: "she wants a new quay"},
			{ID: "c4", Speaker: nil, Text: "nothing anyone annotated here"},
		},
	}
	quint, council := "Quint", "the council"
	g := gold{Claims: &[]goldClaim{
		{Speaker: &quint, Text: "the pier would close in March"},
		{Speaker: &council, SpeakerSpan: []int{70, 81}, Text: "the union would go to court"},
		{Speaker: &quint, Text: "wants a new quay", Optional: true},
	}}
	l := newMatcher(&g, &r).claims()
	want := []struct{ ok, skip bool }{{true, false}, {false, false}, {false, true}, {false, false}}
	for i, w := range want {
		if l.ok[i] != w.ok || l.skip[i] != w.skip {
			t.Errorf("claim %s: right %v skipped %v, want %v %v", r.Claims[i].ID, l.ok[i], l.skip[i], w.ok, w.skip)
		}
	}
	// A speaker found by a pronoun is right when its span covers the gold's.
	g2 := gold{Claims: &[]goldClaim{{Speaker: &council, SpeakerSpan: []int{52, 58}, Text: "the union would go to court"}}}
	if l := newMatcher(&g2, &r).claims(); !l.ok[1] {
		t.Error("claim c2 with a speaker mention over the gold speaker span: not right")
	}
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"The Harbour Council's": "harbour council",
		"  “Quint”  ":           "quint",
		"two officials":         "officials",
	} {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	if fold("story-a", 5) != fold("story-a", 5) {
		t.Error("fold is not a function of the group")
	}
	seen := map[int]bool{}
	for _, g := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		seen[fold(g, 5)] = true
	}
	if len(seen) < 3 {
		t.Errorf("12 groups fell in %d of 5 folds", len(seen))
	}
}

// TestDocLabel labels only the kinds the gold lists, each through its own
// matcher.
func TestDocLabel(t *testing.T) {
	a1 := "a1"
	r := record.Record{
		Actors: []record.Actor{{ID: a1, Name: "Mara Quint", Aliases: []string{"Quint"}, Spans: []record.Span{{0, 10}}}},
		Claims: []record.Claim{{ID: "c1", Speaker: &a1, Text: "the pier would close in March"}},
	}
	quint := "Quint"
	d := &doc{g: gold{Claims: &[]goldClaim{{Speaker: &quint, Text: "the pier would close in March"}}, Events: &[]goldEvent{}}}
	d.label(newMatcher(&d.g, &r))
	for kind, l := range d.labels {
		if (l != nil) != (kind == confidence.Claims || kind == confidence.Events) {
			t.Errorf("kind %d: labels %v, want them only for claims and events", kind, l)
		}
	}
	if l := d.labels[confidence.Claims]; l == nil || len(l.ok) != 1 || !l.ok[0] {
		t.Errorf("claim c1 not labelled right: %+v", l)
	}
	if l := d.labels[confidence.Events]; l == nil || len(l.ok) != 0 {
		t.Errorf("events labelled %+v, want none", l)
	}
}

// TestHoldOut keeps every example, on one side only, and holds out those
// of the groups of fold 0 of 5.
func TestHoldOut(t *testing.T) {
	var ex []learn.Example
	var groups []string
	held := 0
	for i := range 40 {
		ex = append(ex, learn.Example{Y: i%2 == 0})
		groups = append(groups, fmt.Sprintf("story-%d", i/2))
		if fold(groups[i], 5) == 0 {
			held++
		}
	}
	seen, unseen := holdOut(ex, groups)
	if len(seen)+len(unseen) != len(ex) || len(unseen) != held || held == 0 {
		t.Errorf("holdOut of %d: %d seen, %d unseen, want %d unseen", len(ex), len(seen), len(unseen), held)
	}
}

package actors

import (
	"testing"

	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/syntax"
)

// span returns a resolver over the actors of text and the tokens [k, j]
// of the phrase that starts at from and ends with the token at to.
func span(t *testing.T, text, from, to string) (*Resolver, int, int) {
	t.Helper()
	d, k := nlptest.ParseAt(t, text, from)
	return NewResolver(d, Find(parsed(d))), k, nlptest.At(t, d, text, to)
}

// TestPhrase checks which actor a phrase names, read as a speaker
// (Speaker) or as a doer (Named).
func TestPhrase(t *testing.T) {
	for _, tc := range []struct{ read, text, from, to, want string }{
		// Speaker: the first of two actors joined by "and".
		{"Speaker", "Dalia Varga and Ivo Marsh said the plan would fail.\n", "Dalia", "Marsh said", "Dalia Varga"},
		// Speaker: a person's name ends the phrase after a title.
		{"Speaker", "Orvane Mills chief executive Dalia Varga said the plant would close.\n", "Orvane", "Varga said", "Dalia Varga"},
		// Speaker: the head before "for" names no actor: the first actor named.
		{"Speaker", "Orvane Mills cut jobs. A spokeswoman for Orvane Mills said more would go.\n", "A spokeswoman", "Mills said", "Orvane Mills"},
		// Speaker: a description refers back to the person with that title.
		{"Speaker", "Mayor Ivo Marsh opened the bridge on Monday. Later the mayor said it was safe.\n", "the mayor said", "mayor said", "Ivo Marsh"},
		// Speaker: a headline's place and role are the person titled so, not the place.
		{"Speaker", "Tarnby mayor defends bridge plan\n\nTarnby Mayor Ivo Marsh opened the bridge on Monday.\n", "Tarnby mayor", "mayor defends", "Ivo Marsh"},
		// Named: the head's actor.
		{"Named", "Orvane Mills opened a depot.\n", "Orvane", "Mills opened", "Orvane Mills"},
		// Named: not a possessor's: the first actor that is no possessor.
		{"Named", "Dalia Varga's lawyer Ivo Marsh appealed.\n", "Dalia", "Marsh appealed", "Ivo Marsh"},
		// Named: a possessive pronoun names no one.
		{"Named", "Dalia Varga spoke. His lawyer appealed.\n", "His", "lawyer appealed", ""},
		// Named: a place and a role that are a person's title: that person.
		{"Named", "Tarnby mayor opens bridge\n\nTarnby Mayor Ivo Marsh opened the bridge on Monday.\n", "Tarnby mayor", "mayor opens", "Ivo Marsh"},
	} {
		r, k, j := span(t, tc.text, tc.from, tc.to)
		a, ok := none, true
		if tc.read == "Speaker" {
			a, ok = r.Speaker(k, j)
		} else {
			a = r.Named(syntax.Phrase{A: int32(k), B: int32(j), Head: int32(j), OK: true})
		}
		if got := r.name(a); !ok || got != tc.want {
			t.Errorf("%s(%q…%q in %q) = %q %v, want %q", tc.read, tc.from, tc.to, tc.text, got, ok, tc.want)
		}
	}
}

// TestDry checks that a dry reading links no description and makes no
// source.
func TestDry(t *testing.T) {
	r, k, j := span(t, "Dalia Varga met the announcer on Friday.\n", "the announcer", "announcer")
	n := len(r.Actors())
	r.Dry(true)
	r.Link(0, k, j+1)
	if a := r.Source(k, j); a != none || len(r.Actors()) != n || len(r.Mentions()[0]) != 0 {
		t.Errorf("dry: Source(the announcer) = %q, %d actors, mentions %v; want none, %d actors, no mention", r.name(a), len(r.Actors()), r.Mentions(), n)
	}
	r.Dry(false)
	if a, ok := r.Speaker(k, j); r.name(a) != "announcer" || !ok || len(r.Actors()) != n+1 {
		t.Errorf("Speaker(the announcer) = %q %v, %d actors; want announcer, %d actors", r.name(a), ok, len(r.Actors()), n+1)
	}
}

// TestDoer checks which candidate of a subject parted by commas names the
// doer.
func TestDoer(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		// The phrase before a relative clause.
		{"Orvane Mills, which was founded in 1990, bought a mill.\n", "bought", "Orvane Mills"},
		// The apposition, when its head names an actor and the phrase
		// before it does not.
		{"The company, Orvane Mills, cut forty jobs.\n", "cut", "Orvane Mills"},
	} {
		d := nlptest.Parse(t, tc.text)
		syn := parsed(d)
		r := NewResolver(d, Find(syn))
		v := nlptest.At(t, d, tc.text, tc.verb)
		gi := syn.GroupAt(v)
		if gi < 0 {
			t.Fatalf("no verb group at %q in %q", tc.verb, tc.text)
		}
		p := r.Doer(syn.Verbs[gi].Subject)
		got := ""
		if p.OK {
			got = string(d.Input[d.Tokens[p.A].Start:d.Tokens[p.B].End])
		}
		if got != tc.want {
			t.Errorf("Doer(%q in %q) = %q, want %q", tc.verb, tc.text, got, tc.want)
		}
	}
}

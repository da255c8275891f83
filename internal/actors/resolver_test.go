package actors

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/record"
)

// resolver parses text and returns a resolver over its actors, and the
// index of the token that starts at the first occurrence of at.
func resolver(t *testing.T, text, at string) (*Resolver, int) {
	t.Helper()
	d, k := nlptest.ParseAt(t, text, at)
	return NewResolver(d, Find(parsed(d))), k
}

func (r *Resolver) name(a int) string {
	if a < 0 {
		return ""
	}
	return r.actors[a].Name
}

func TestDescription(t *testing.T) {
	for _, tc := range []struct{ text, at, want string }{
		// A role: the person holding that title.
		{"Mayor Ivo Marsh opened the bridge on Monday. Later the mayor said it was safe.\n", "the mayor said", "Ivo Marsh"},
		// A kind of organisation: the one whose name holds the word.
		{"Orvane Bank cut its rates. Dalia Varga praised the bank on Friday.\n", "the bank on", "Orvane Bank"},
	} {
		r, k := resolver(t, tc.text, tc.at)
		a := r.Description(k, k+1, none)
		if got := r.name(a); got != tc.want {
			t.Errorf("Description(%q in %q) = %q, want %q", tc.at, tc.text, got, tc.want)
			continue
		}
		// The description is among the actor's spans, linked here or by Find.
		sp := record.Span{int(r.d.Tokens[k].Start), int(r.d.Tokens[k+1].End)}
		if !slices.Contains(r.actors[a].Spans, sp) {
			t.Errorf("Description(%q): %s's spans %v lack %v", tc.at, tc.want, r.actors[a].Spans, sp)
		}
	}
}

func TestAntecedent(t *testing.T) {
	text := "Dalia Varga met the Brindle council on Monday. Nobody spoke. She left.\n"
	r, k := resolver(t, text, "She left")
	at := int(r.d.Tokens[k].Start)
	if got := r.name(r.Antecedent("she", at, r.paraAt(at), 3, false)); got != "Dalia Varga" {
		t.Errorf("Antecedent(she) = %q, want Dalia Varga", got)
	}
	// Inside a quotation (nlp's), a mention is no antecedent.
	text = "\"Dalia Varga met the Brindle council,\" a clerk said. Nobody spoke. She left.\n"
	r, k = resolver(t, text, "She left")
	at = int(r.d.Tokens[k].Start)
	if got := r.Antecedent("she", at, r.paraAt(at), 3, false); got != none {
		t.Errorf("Antecedent(she) with her only mention quoted = %q, want none", r.name(got))
	}
}

func TestIt(t *testing.T) {
	text := "Orvane Mills closed its plant in March. The town bought it in May.\n"
	r, k := resolver(t, text, "it in May")
	if got := r.name(r.It(k, k)); got != "Orvane Mills" {
		t.Errorf("It = %q, want Orvane Mills", got)
	}
	if got := r.It(k-1, k-1); got != none {
		t.Errorf("It on %q = %q, want none", r.d.Tokens[k-1].Text, r.name(got))
	}
}

// TestResolverCopies checks that Link changes the resolver's actors and
// owners only, and reports what it added.
func TestResolverCopies(t *testing.T) {
	text := "Ivo Marsh spoke. He left.\n"
	d := nlptest.Parse(t, text)
	acts := Find(parsed(d))
	before := make([]record.Actor, len(acts))
	for i, a := range acts {
		before[i] = a
		before[i].Spans = slices.Clone(a.Spans)
	}
	r := NewResolver(d, acts)
	k := d.TokenAt(strings.Index(text, "left"))
	r.Link(0, k, k+1)
	r.Link(0, k, k+1) // twice: added once
	if !reflect.DeepEqual(acts, before) {
		t.Errorf("Link changed the actors given: %v", acts)
	}
	if got := r.Mentions()[0]; len(got) != 1 || text[got[0][0]:got[0][1]] != "left" {
		t.Errorf("Mentions()[0] = %v, want the span of %q once", got, "left")
	}
	if r.Owners()[k] != 0 || r.Actors()[0].Mentions != len(r.Actors()[0].Spans) {
		t.Errorf("after Link: owner %d, mentions %d of %d spans", r.Owners()[k], r.Actors()[0].Mentions, len(r.Actors()[0].Spans))
	}
}

// TestDescribesOneRule: Find and the Resolver read a description's head
// by one rule (describes), and both link "the foundation" to the
// foundation named before it.
func TestDescribesOneRule(t *testing.T) {
	for _, tc := range []struct {
		head      string
		role, org bool
	}{
		{"mayor", true, false},
		{"governor", true, false},
		{"foundation", false, true},
		{"airline", false, true},
		{"ministry", false, true},
		{"report", false, false},
	} {
		if role, org := describes(tc.head); role != tc.role || org != tc.org {
			t.Errorf("describes(%q) = %v, %v; want %v, %v", tc.head, role, org, tc.role, tc.org)
		}
	}
	text := "The Orvane Foundation gave the school a grant. Later the foundation said it would give more.\n"
	acts := find(t, text)
	a, ok := acts["Orvane Foundation"]
	at := strings.Index(text, "the foundation")
	if !ok || !slices.Contains(a.Spans, record.Span{at, at + len("the foundation")}) {
		t.Errorf("Find: Orvane Foundation %v lacks the foundation at %d", a.Spans, at)
	}
	r, k := resolver(t, "Dalia Varga praised the Orvane Foundation. On Friday the foundation paid.\n", "the foundation paid")
	if got := r.name(r.Description(k, k+1, none)); got != "Orvane Foundation" {
		t.Errorf("Description(the foundation) = %q, want Orvane Foundation", got)
	}
}

// saids lists claims for SpeakerPronoun.
type saids []Said

func (s saids) Len() int      { return len(s) }
func (s saids) At(k int) Said { return s[k] }

// speakerPronoun resolves the pronoun at the first occurrence of at in
// text, after a claim quoting quote (none when empty) said by the actor
// named speaker, and checks that the pronoun is linked to what it returns.
func speakerPronoun(t *testing.T, text, quote, speaker, at string) string {
	t.Helper()
	r, k := resolver(t, text, at)
	var said saids
	if quote != "" {
		start := strings.Index(text, quote)
		spk := none
		for a := range r.actors {
			if r.actors[a].Name == speaker {
				spk = a
			}
		}
		said = append(said, Said{Span: [2]int{start, start + len(quote)}, Speaker: spk})
	}
	a := r.SpeakerPronoun(k, said)
	if a != none && r.Owners()[k] != int32(a) {
		t.Errorf("SpeakerPronoun(%q in %q): the pronoun is not linked to %s", at, text, r.name(a))
	}
	return r.name(a)
}

func TestSpeakerPronoun(t *testing.T) {
	// The speaker just quoted.
	text := "\"The bridge is safe,\" said Ivo Marsh. He added that it would open in May.\n"
	if got := speakerPronoun(t, text, "The bridge is safe,", "Ivo Marsh", "He added"); got != "Ivo Marsh" {
		t.Errorf("he after Ivo Marsh's quotation = %q, want Ivo Marsh", got)
	}
	// A name inside the claim does not take the pronoun from its speaker.
	text = "\"Dalia Varga was right,\" said Ivo Marsh. He added that the bridge was safe.\n"
	if got := speakerPronoun(t, text, "Dalia Varga was right,", "Ivo Marsh", "He added"); got != "Ivo Marsh" {
		t.Errorf("he after a quotation naming another = %q, want Ivo Marsh", got)
	}
	// No claim before it: the latest compatible actor.
	text = "Ivo Marsh opened the bridge on Monday. He said it was safe.\n"
	if got := speakerPronoun(t, text, "", "", "He said"); got != "Ivo Marsh" {
		t.Errorf("he with no claim before = %q, want Ivo Marsh", got)
	}
	// "We" is only what it was linked to.
	text = "Ivo Marsh opened the bridge on Monday. We said it was safe.\n"
	if got := speakerPronoun(t, text, "", "", "We said"); got != "" {
		t.Errorf("we = %q, want none", got)
	}
}

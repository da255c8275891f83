package claims

import (
	"fmt"
	"strings"

	"github.com/extract-news/extract/internal/actors"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// No speaker: the claim's speaker is null.
const none = -1

// subject is the speaker found for a cue: an actor, or none when the
// subject is a phrase that names no actor ("the report said").
type subject struct {
	actor int // index into f.actors, or none
	first int // first token of the subject phrase
	ok    bool
}

// skippable reports whether token i may stand between a subject and its
// cue: adverbs, auxiliaries and time words ("has also said", "on Friday
// said").
func (f *finder) skippable(i int) bool { return f.syn.Is(i, syntax.Between) }

// Named reports whether token i names an actor (syntax.Names).
func (f *finder) Named(i int) bool { return f.owner[i] != none }

// Place reports whether token i names a place (syntax.Names).
func (f *finder) Place(i int) bool {
	return f.owner[i] != none && f.actors[int(f.owner[i])].Type == record.Location
}

// subjectLeft finds the subject of the cue at token c, to its left and not
// before token lo, as syntax reads it (SubjectLeft): "X said", "X, a
// doctor, said", "he added", "X and Y told reporters".
func (f *finder) subjectLeft(c, lo int) subject {
	toks := f.d.Tokens
	v := c
	// Passives: "X was quoted as saying".
	if c-2 >= lo && strings.EqualFold(toks[c-1].Text, "as") && asVerbs[strings.ToLower(toks[c-2].Text)] {
		v = c - 2
	}
	sub := f.syn.SubjectLeft(v, lo, f)
	switch {
	case sub.Relative > 0:
		return f.relative(sub)
	case sub.Parted:
		if toks[c].Tag == "VBG" {
			return subject{} // ", adding that": see participle
		}
		return f.apposition(sub, lo)
	}
	s := f.named(sub.Phrase)
	// "X, chairperson of Y, Z union said": an apposition whose closing
	// comma is missing, and whose last phrase names no person.
	if s.ok && s.first-1 > lo && toks[s.first-1].Text == "," && (s.actor == none || f.actors[s.actor].Type != record.Person) {
		if a := f.apposition(f.syn.Parted(s.first-1, lo, f), lo); a.ok && a.actor != none && f.actors[a.actor].Type == record.Person {
			return a
		}
	}
	return s
}

// namesAny reports whether an actor is named in tokens [a, b).
func (f *finder) namesAny(a, b int) bool {
	for k := a; k < b; k++ {
		if f.owner[k] != none {
			return true
		}
	}
	return false
}

// relative finds the subject of a relative clause: the phrase its pronoun
// follows ("Trump, who says ...", "the police department, which reported
// ..."), whose actor's spans gain the pronoun. A personal pronoun is no
// antecedent.
func (f *finder) relative(sub syntax.Subject) subject {
	if !sub.OK || f.d.Tokens[sub.B].Tag == "PRP" {
		return subject{}
	}
	s := f.named(sub.Phrase)
	if !s.ok {
		return subject{}
	}
	j := int(sub.Relative)
	if s.actor != none {
		f.link(s.actor, j)
	}
	return subject{actor: s.actor, first: j, ok: true}
}

// apposition chooses the speaker among the candidates of a subject parted
// from its cue by a comma, the one closing an apposition or a relative
// clause: "X, a doctor, said", "X, Director of Y, and Chairman of Z,
// says". The speaker is named by the first aside, from the left, that
// names an actor; failing that, by the phrase before the comma at which
// the apposition opens.
func (f *finder) apposition(sub syntax.Subject, lo int) subject {
	// A person named in a piece wins over an institution named before
	// it: "Its lawyer, Raymond Ostrowski, said" is Ostrowski's. An
	// unnamed source made here yields to any actor named beside it: "An
	// aviation analyst, Petra Lind, said" is Lind's.
	var first, made subject
	for _, p := range sub.Asides {
		if s := f.named(p); s.ok && s.actor != none {
			switch {
			case f.made(s.actor):
				if !made.ok {
					made = s
				}
			case f.actors[s.actor].Type == record.Person:
				return s
			case !first.ok:
				first = s
			}
		}
	}
	if first.ok {
		return first
	}
	if s := f.named(sub.Held); s.ok && s.actor != none && !f.made(s.actor) {
		return s
	}
	if made.ok {
		return made
	}
	// "The first ad, launched Wednesday, argued": a phrase that names no
	// actor opens the sentence, the apposition after it.
	if len(sub.Asides) > 0 && !sub.Opening.OK {
		p := sub.Asides[0]
		if int(p.A) == lo && int(p.B)-lo < 6 && !f.namesAny(lo, int(sub.Comma)) {
			if s := f.named(p); s.ok && s.actor == none && nounTag(f.d.Tokens[p.B].Tag) {
				return s
			}
		}
	}
	return subject{}
}

// asVerbs are the participles of "X was quoted as saying".
var asVerbs = set("quoted", "cited", "heard", "recorded", "reported", "described")

// named returns the speaker that phrase p, read by syntax, names: who a
// personal pronoun refers to (pronoun), else the actor package actors
// finds for the phrase (Resolver.Speaker).
func (f *finder) named(p syntax.Phrase) subject {
	if !p.OK {
		return subject{}
	}
	j := int(p.B)
	if t := f.d.Tokens[j]; t.Tag == "PRP" {
		a := f.pronoun(j)
		if a == none && !pronounSubjects[strings.ToLower(t.Text)] {
			return subject{}
		}
		return subject{actor: a, first: j, ok: true}
	}
	a, ok := f.refs.Speaker(int(p.A), j)
	f.actors = f.refs.Actors()
	return subject{actor: a, first: int(p.A), ok: ok}
}

func nounTag(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "CD"
}

var pronounSubjects = set("he", "she", "they", "it", "we", "i")

// subjectRight reads the subject after an inverted cue, as syntax reads
// it (SubjectRight): "said X", "said a spokesman for Y".
func (f *finder) subjectRight(i, lim int) subject {
	p := f.syn.SubjectRight(i, lim, f)
	if p.OK && f.d.Tokens[p.B].Tag == "PRP" {
		a := f.pronoun(int(p.B))
		return subject{actor: a, first: int(p.B), ok: a != none}
	}
	return f.named(p)
}

// made reports whether actor a is an unnamed source that Source made
// during this Find.
func (f *finder) made(a int) bool { return a >= f.given }

// sources keeps, of the actors Source made, those that remain the speaker
// of a claim, numbered after the n actors Find was given in the order
// they were made; the others go, and their claims' speakers with them.
func (f *finder) sources(n int) []record.Actor {
	speaks := map[int]bool{}
	for _, c := range f.claims {
		speaks[c.speaker] = true
	}
	kept := []record.Actor{}
	moved := map[int]int{}
	for _, a := range f.refs.Born() {
		if !speaks[a] {
			moved[a] = none
			continue
		}
		act := f.actors[a]
		moved[a] = n + len(kept)
		act.ID = fmt.Sprintf("a%d", n+len(kept)+1)
		kept = append(kept, act)
	}
	for i := range f.claims {
		if m, ok := moved[f.claims[i].speaker]; ok {
			f.claims[i].speaker = m
		}
	}
	f.actors = append(f.actors[:n:n], kept...)
	return kept
}

func clauseEnd(w string) bool {
	switch w {
	case ",", ".", "!", "?", ";", ":", "--", "-", ")":
		return true
	}
	return false
}

// pronoun returns the actor that pronoun token i, a cue's subject, refers
// to (actors' Resolver.SpeakerPronoun), reading the claims found so far.
func (f *finder) pronoun(i int) int {
	return f.refs.SpeakerPronoun(i, said(f.claims))
}

// said shows claims to actors' Resolver.SpeakerPronoun.
type said []claim

func (s said) Len() int { return len(s) }

func (s said) At(k int) actors.Said {
	return actors.Said{Span: s[k].span, Para: s[k].para, Speaker: s[k].speaker}
}

// link adds the span of token i to actor a.
func (f *finder) link(a, i int) { f.refs.Link(a, i, i+1) }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

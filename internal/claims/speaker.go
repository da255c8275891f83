package claims

import (
	"fmt"
	"strings"

	"github.com/extract-news/extract/internal/nlp"
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
// before token lo: "X said", "X, a doctor, said", "he added", "X and Y
// told reporters".
func (f *finder) subjectLeft(c, lo int) subject {
	toks := f.d.Tokens
	j := c - 1
	// Passives: "X was quoted as saying".
	if j-1 >= lo && strings.EqualFold(toks[j].Text, "as") && asVerbs[strings.ToLower(toks[j-1].Text)] {
		j -= 2
	}
	// Skip what may stand between a subject and its cue.
	j = f.syn.SkipLeft(j, lo)
	if j < lo {
		return subject{}
	}
	if w := toks[j].Text; (w == "who" || w == "which" || w == "that") && (toks[j].Tag == "WP" || toks[j].Tag == "WDT") {
		return f.relative(j, lo)
	}
	if toks[j].Text == "," {
		if toks[c].Tag == "VBG" {
			return subject{} // ", adding that": see participle
		}
		return f.apposition(j, lo)
	}
	sub := f.nounPhrase(j, lo)
	// "X, chairperson of Y, Z union said": an apposition whose closing
	// comma is missing, and whose last phrase names no person.
	if sub.ok && sub.first-1 > lo && toks[sub.first-1].Text == "," && (sub.actor == none || f.actors[sub.actor].Type != record.Person) {
		if a := f.apposition(sub.first-1, lo); a.ok && a.actor != none && f.actors[a.actor].Type == record.Person {
			return a
		}
	}
	return sub
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

// relative finds the subject of a relative clause whose pronoun is token
// j: the noun phrase it follows ("Trump, who says ...", "the police
// department, which reported ..."), whose actor's spans gain the pronoun.
func (f *finder) relative(j, lo int) subject {
	m := j - 1
	if m >= lo && f.d.Tokens[m].Text == "," {
		m--
	}
	if m < lo {
		return subject{}
	}
	sub := f.nounPhrase(m, lo)
	if !sub.ok || f.d.Tokens[m].Tag == "PRP" {
		return subject{}
	}
	if sub.actor != none {
		f.link(sub.actor, j)
	}
	return subject{actor: sub.actor, first: j, ok: true}
}

// apposition finds the subject before the comma at token j that closes an
// apposition or a relative clause: "X, a doctor, said", "X, Director of Y,
// and Chairman of Z, says". The subject is the first comma-separated piece,
// from the left, that is a noun phrase naming an actor; failing that, the
// noun phrase before the comma at which the apposition opens.
func (f *finder) apposition(j, lo int) subject {
	toks := f.d.Tokens
	pieces, commas := f.syn.Pieces(j, lo)
	// A person named in a piece wins over an institution named before
	// it: "Its lawyer, Raymond Ostrowski, said" is Ostrowski's. An
	// unnamed source made here yields to any actor named beside it: "An
	// aviation analyst, Petra Lind, said" is Lind's.
	var first, made subject
	for _, p := range pieces {
		s, e := p[0], p[1] // e exclusive
		if e <= s {
			continue
		}
		if sub := f.nounPhrase(e-1, s); sub.ok && sub.actor != none && sub.first == s {
			switch {
			case f.made(sub.actor):
				if !made.ok {
					made = sub
				}
			case f.actors[sub.actor].Type == record.Person:
				return sub
			case !first.ok:
				first = sub
			}
		}
	}
	if first.ok {
		return first
	}
	if len(commas) > 0 {
		if sub := f.nounPhrase(commas[0]-1, lo); sub.ok && sub.actor != none && !f.made(sub.actor) {
			return sub
		}
	}
	if made.ok {
		return made
	}
	// "The first ad, launched Wednesday, argued": a phrase that names no
	// actor opens the sentence, the apposition after it.
	if end := pieces[0][1]; len(commas) > 0 && end > lo && end-lo <= 6 && !f.namesAny(lo, j) {
		if sub := f.nounPhrase(end-1, lo); sub.ok && sub.first == lo && sub.actor == none && nounTag(toks[end-1].Tag) {
			return sub
		}
	}
	return subject{}
}

// asVerbs are the participles of "X was quoted as saying".
var asVerbs = set("quoted", "cited", "heard", "recorded", "reported", "described")

// nounPhrase reads the noun phrase that ends at token j (not before lo) and
// returns the actor it names: the actor of its head, else the first actor
// named in it ("the Trump campaign", "a spokeswoman for Apple").
func (f *finder) nounPhrase(j, lo int) subject {
	toks := f.d.Tokens
	t := toks[j]
	if t.Tag == "PRP" {
		a := f.pronoun(j)
		if a == none && !pronounSubjects[strings.ToLower(t.Text)] {
			return subject{}
		}
		return subject{actor: a, first: j, ok: true}
	}
	k := f.syn.NameLeft(j, lo, f)
	if k < 0 {
		return subject{}
	}
	if a := f.firstOfPair(k, j); a != none {
		return subject{actor: a, first: k, ok: true}
	}
	// "the senator", taken for an unnamed source, refers back to a senator.
	if a := int(f.owner[j]); a != none && f.actors[a].Anonymous {
		if r := f.refs.Description(k, j, a); r != none {
			return subject{actor: r, first: k, ok: true}
		}
	}
	// A person's name ends its phrase: "CEO of the Refugee Council Enver
	// Solomon", "Clinton spokesman Nick Merrill".
	if f.owner[j] != none && f.actors[int(f.owner[j])].Type == record.Person && nlp.IsCapitalized(toks[j].Text) {
		return subject{actor: int(f.owner[j]), first: k, ok: true}
	}
	head := j
	for i := k; i < j; i++ {
		if w := strings.ToLower(toks[i].Text); (w == "of" || w == "for" || w == "at" || w == "from" || w == "in") && i > k {
			head = i - 1
			break
		}
	}
	if f.owner[head] != none {
		return subject{actor: int(f.owner[head]), first: k, ok: true}
	}
	for i := k; i <= j; i++ {
		if f.owner[i] != none {
			return subject{actor: int(f.owner[i]), first: k, ok: true}
		}
	}
	if !nounTag(t.Tag) {
		return subject{}
	}
	return subject{actor: f.describe(k, j), first: k, ok: true}
}

// firstOfPair returns the first actor named in the phrase [k, j] when it
// joins two actors' names with "and" or "&" ("X and Y said"), else none.
func (f *finder) firstOfPair(k, j int) int {
	toks := f.d.Tokens
	for i := k + 1; i < j; i++ {
		if w := toks[i].Text; (w == "and" || w == "&") && f.owner[i-1] != none && f.owner[j] != none && int(f.owner[i-1]) != int(f.owner[j]) && f.owner[i] == none {
			for m := k; m < i; m++ {
				if f.owner[m] != none {
					return int(f.owner[m])
				}
			}
		}
	}
	return none
}

func nounTag(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "CD"
}

var pronounSubjects = set("he", "she", "they", "it", "we", "i")

// subjectRight reads the subject after an inverted cue: "said X", "said a
// spokesman for Y". It is a subject only when the phrase ends the clause.
func (f *finder) subjectRight(i, lim int) subject {
	toks := f.d.Tokens
	for i < lim && f.skippable(i) {
		i++
	}
	if i >= lim {
		return subject{}
	}
	if toks[i].Tag == "PRP" {
		if lim > i+1 && !clauseEnd(toks[i+1].Text) {
			return subject{}
		}
		a := f.pronoun(i)
		return subject{actor: a, first: i, ok: a != none}
	}
	j := f.syn.NameRight(i, lim, f)
	if j == i {
		return subject{}
	}
	after := j
	if j < lim && toks[j].Text == "(" && f.owner[j-1] != none {
		// "said Rep. Ann Bell (D-Ohio), who ...": past the parenthesis.
		m := j + 1
		for m < lim && toks[m].Text != ")" && m-j < 8 {
			m++
		}
		if m < lim && toks[m].Text == ")" {
			after = m + 1
		}
	}
	if after < lim && !clauseEnd(toks[after].Text) && toks[after].Text != "who" && toks[after].Text != "in" && toks[after].Text != "on" && toks[after].Tag != "VBD" && toks[after].Tag != "VBZ" {
		return subject{}
	}
	if a := int(f.owner[j-1]); a != none && f.actors[a].Anonymous {
		if r := f.refs.Description(i, j-1, a); r != none {
			return subject{actor: r, first: i, ok: true}
		}
	}
	for k := i; k < j; k++ {
		if f.owner[k] != none {
			return subject{actor: int(f.owner[k]), first: i, ok: true}
		}
	}
	if !nounTag(toks[j-1].Tag) {
		return subject{}
	}
	return subject{actor: f.describe(i, j-1), first: i, ok: true}
}

// describe resolves a phrase that names no actor, tokens [k, j], headed
// by j: to the actor a description refers back to ("the mayor"), else to
// the unnamed source it names ("the announcer", "campaign aides"), made
// an actor if need be; none for a phrase that names neither ("the
// report").
func (f *finder) describe(k, j int) int {
	if a := f.refs.Description(k, j, none); a != none {
		return a
	}
	a := f.refs.Source(k, j)
	f.actors = f.refs.Actors()
	return a
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

// pronoun returns the actor that pronoun token i refers to: the actor that
// package actors linked it to, else the latest compatible speaker or actor
// in this paragraph or the one before, whose spans then gain the pronoun.
func (f *finder) pronoun(i int) int {
	t := f.d.Tokens[i]
	w := strings.ToLower(t.Text)
	if !pronounSubjects[w] || w == "i" || w == "we" {
		return int(f.owner[i])
	}
	linked := int(f.owner[i])
	if linked != none && !f.refs.Compatible(linked, w) {
		linked = none
	}
	para := f.d.Sentences[t.Sent].Paragraph
	for k := len(f.claims) - 1; k >= 0; k-- {
		c := f.claims[k]
		if c.span[0] >= int(t.Start) {
			continue
		}
		if para-c.para > 2 {
			break
		}
		if c.speaker != none && f.refs.Compatible(c.speaker, w) {
			// The speaker just quoted, unless the pronoun's actor has been
			// named since, outside quotations and claims.
			if linked != none && (linked == c.speaker || f.namedBetween(linked, c.span[1], int(t.Start))) {
				return linked
			}
			f.link(c.speaker, i)
			return c.speaker
		}
	}
	if linked != none {
		return linked
	}
	// The nearest earlier mention of a compatible actor.
	best := f.refs.Antecedent(w, int(t.Start), para, 3, false)
	if best != none {
		f.link(best, i)
	}
	return best
}

// namedBetween reports whether actor a has a mention in [from, to) that is
// not a pronoun and lies outside every quotation and claim.
func (f *finder) namedBetween(a, from, to int) bool {
	for _, sp := range f.actors[a].Spans {
		if sp[0] < from || sp[1] > to || f.d.Quoted(sp[0]) {
			continue
		}
		if k := f.tokAt(sp[0]); k < len(f.d.Tokens) && f.d.Tokens[k].Tag == "PRP" || k < len(f.d.Tokens) && f.d.Tokens[k].Tag == "PRP$" {
			continue
		}
		inClaim := false
		for _, c := range f.claims {
			if sp[0] >= c.span[0] && sp[0] < c.span[1] {
				inClaim = true
				break
			}
		}
		if !inClaim {
			return true
		}
	}
	return false
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

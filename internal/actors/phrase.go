package actors

import (
	"strings"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Speaker returns the actor that the phrase of tokens [k, j], headed by
// token j and read as the subject of a verb of speech (syntax's
// SubjectLeft, SubjectRight), names; ok is false when the phrase cannot
// be a speaker (it names no actor and ends on no noun). In order: the
// first of two actors joined by "and" ("Ann Bell and Orvane Mills said");
// the actor an unnamed source's description refers back to ("the
// senator"); a person whose name ends the phrase ("Orvane chief
// executive Ann Bell", but not after "for" or "of": "a spokeswoman for
// Ann Bell"); the actor of the head before "of", "for", "at",
// "from" or "in" ("a spokeswoman for Orvane" is Orvane's unless the
// spokeswoman is an actor); the first actor named in it ("the Orvane
// campaign"); and for a phrase that names none, the actor a description
// refers to ("the mayor") or the unnamed source it names, made an actor
// if need be ("the announcer"); none for a phrase that names neither
// ("the report"). Personal pronouns are the caller's: who "he" is
// depends on what was said before.
func (r *Resolver) Speaker(k, j int) (a int, ok bool) {
	toks := r.d.Tokens
	owner := r.Owners()
	if a := r.firstOfPair(k, j); a != none {
		return a, true
	}
	if a := int(owner[j]); a != none && r.actors[a].Anonymous {
		if d := r.Description(k, j, a); d != none {
			return d, true
		}
	}
	if a := int(owner[j]); a != none && r.actors[a].Type == record.Person && nlp.IsCapitalized(toks[j].Text) && !r.joined(k, j) {
		return a, true
	}
	head := j
	for i := k + 1; i < j; i++ {
		if speakerJoins[strings.ToLower(toks[i].Text)] {
			head = i - 1
			break
		}
	}
	if owner[head] != none {
		return int(owner[head]), true
	}
	if a := r.titleOf(k, j); a != none {
		r.Link(a, k, j+1)
		return a, true
	}
	for i := k; i <= j; i++ {
		if owner[i] != none {
			return int(owner[i]), true
		}
	}
	if t := toks[j].Tag; !strings.HasPrefix(t, "NN") && t != "CD" {
		return none, false
	}
	if a := r.Description(k, j, none); a != none {
		return a, true
	}
	return r.Source(k, j), true
}

// titleOf returns the person one of whose titles is the whole phrase
// [k, j], written out, when its head is a common noun: a headline's
// "Orvane mayor" is the person titled "Orvane Mayor", not the place
// Orvane the phrase names.
func (r *Resolver) titleOf(k, j int) int {
	toks := r.d.Tokens
	if j <= k || r.Owners()[j] != none || !strings.HasPrefix(toks[j].Tag, "NN") {
		return none
	}
	if r.titles == nil {
		r.titles = map[string]int32{}
		for a, act := range r.actors {
			if act.Type != record.Person || act.Anonymous {
				continue
			}
			for _, t := range act.Titles {
				if _, ok := r.titles[strings.ToLower(t)]; !ok {
					r.titles[strings.ToLower(t)] = int32(a)
				}
			}
		}
	}
	if a, ok := r.titles[strings.ToLower(string(r.d.Input[toks[k].Start:toks[j].End]))]; ok {
		return int(a)
	}
	return none
}

// joined reports whether the name that ends the phrase [k, j] follows a
// word of speakerJoins after a common noun: "a spokeswoman for Ann Bell"
// is no Ann Bell ("Secretary for Trade Ann Bell" is).
func (r *Resolver) joined(k, j int) bool {
	owner := r.Owners()
	i := j
	for i > k && owner[i-1] == owner[j] {
		i--
	}
	return i-1 > k && speakerJoins[strings.ToLower(r.d.Tokens[i-1].Text)] && !nlp.IsCapitalized(r.d.Tokens[i-2].Text)
}

// speakerJoins end the head part of a speaker's phrase: "a spokeswoman
// for Orvane".
var speakerJoins = set("of", "for", "at", "from", "in")

// firstOfPair returns the first actor named in the phrase [k, j] when it
// joins two actors' names with "and" or "&" ("X and Y said"), else none.
func (r *Resolver) firstOfPair(k, j int) int {
	toks := r.d.Tokens
	owner := r.Owners()
	for i := k + 1; i < j; i++ {
		// A name before "and" may carry a parenthesis: "Ann Bell (D-Ohio)
		// and Tom Ruiz".
		b := i - 1
		if toks[b].Text == ")" {
			for b > k && toks[b].Text != "(" {
				b--
			}
			b--
		}
		if w := toks[i].Text; (w == "and" || w == "&") && b >= k && owner[b] != none && owner[j] != none && owner[b] != owner[j] && owner[i] == none {
			for m := k; m < i; m++ {
				if owner[m] != none {
					return int(owner[m])
				}
			}
		}
	}
	return none
}

// Dry turns dry reading on or off. While it is on, Link adds nothing and
// Description and Source resolve nothing (none), so that reading a
// phrase that may not be kept (a learned candidate's subject) leaves the
// actors as they were.
func (r *Resolver) Dry(on bool) { r.dry = on }

// Named returns the actor that the words of the noun phrase p (read by
// package syntax) name, as the doer or the thing done of a verb, a span
// held by two actors read as the shortest one's ("US" in "US
// officials"): the actor of its head, unless the head is a possessor;
// else of its last word, a proper noun ("President of Brindle Ann
// Bell"); else the person one of whose titles the phrase is ("Tarnby
// mayor"); else the first actor named in it that is no possessor ("his
// company" is not his, nor "Orvane's plant" Orvane's). none when its
// words name no actor: who a pronoun is, Pronoun and It say.
func (r *Resolver) Named(p syntax.Phrase) int {
	if !p.OK {
		return none
	}
	t := r.d.Tokens
	near := r.nearest()
	if a := near[p.Head]; a >= 0 && !r.possessor(int(p.Head)) {
		return int(a)
	}
	if a := near[p.B]; a >= 0 && t[p.B].Tag == "NNP" {
		return int(a)
	}
	if a := r.titleOf(int(p.A), int(p.B)); a != none {
		return a
	}
	for i := int(p.A); i <= int(p.B); i++ {
		a := near[i]
		if a < 0 || t[i].Tag == "PRP$" {
			continue
		}
		j := i
		for j+1 <= int(p.B) && near[j+1] == a {
			j++
		}
		if j+1 <= int(p.B) && t[j+1].Tag == "POS" {
			i = j
			continue
		}
		return int(a)
	}
	return none
}

// possessor reports whether token i ends a possessor: "Ortiz" in
// "Ortiz's".
func (r *Resolver) possessor(i int) bool {
	return i+1 < len(r.d.Tokens) && r.d.Tokens[i+1].Tag == "POS"
}

// nearest maps each token to the actor whose shortest span holds it, or
// -1, built when first asked.
func (r *Resolver) nearest() []int32 {
	if r.near == nil {
		r.near = nlp.Owners(r.d, record.ActorSpans(r.actors), false)
	}
	return r.near
}

// Doer returns the phrase of subject sub that names the doer of its verb:
// the subject phrase; for one parted from its verb by a comma, the phrase
// that opens the sentence when it names an actor, else the phrase before
// the apposition when its head names one, else the apposition when its
// head does ("the main Brindle index, the BX 50" is the BX 50's), else
// the phrase before the apposition when it names one. The zero Phrase
// when none does.
func (r *Resolver) Doer(sub syntax.Subject) syntax.Phrase {
	if !sub.Parted {
		return sub.Phrase
	}
	if o := sub.Opening; o.OK && r.names(o) {
		return o
	}
	held := sub.Held
	switch {
	case !held.OK:
		return syntax.Phrase{}
	case r.headActor(held) >= 0:
		return held
	case sub.Apposition.OK && r.headActor(sub.Apposition) >= 0:
		return sub.Apposition
	case r.names(held):
		return held
	}
	return syntax.Phrase{}
}

// names reports whether phrase p names an actor, an object "it" the
// organisation it refers to.
func (r *Resolver) names(p syntax.Phrase) bool {
	return r.Named(p) >= 0 || r.It(int(p.A), int(p.Head)) >= 0
}

// headActor returns the actor that the head of p names, a number after
// it aside ("the BX 50"); none for none.
func (r *Resolver) headActor(p syntax.Phrase) int {
	near := r.nearest()
	h := int(p.Head)
	for h > int(p.A) && r.d.Tokens[h].Tag == "CD" && near[h] < 0 {
		h--
	}
	return int(near[h])
}

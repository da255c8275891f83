package syntax

import (
	"bytes"
	"sort"

	"github.com/extract-news/extract/internal/lexicon"
)

// This file holds the readers the positions analyser asks of the syntax:
// which verb group holds a token, who holds a verb, what a verb or a word
// of stance is toward, and whether a word is negated.

// GroupAt returns the index in s.Verbs of the verb group whose tokens
// [First, Last] hold token i, or -1.
func (s *Syntax) GroupAt(i int) int {
	g := sort.Search(len(s.Verbs), func(k int) bool { return s.Verbs[k].Last >= i })
	if g < len(s.Verbs) && s.Verbs[g].First <= i {
		return g
	}
	return -1
}

// Governing returns the index in s.Verbs of the verb group whose clause
// holds token i: the group holding it, else the last group of its
// sentence that starts before it; -1 when no group comes before it.
func (s *Syntax) Governing(i int) int {
	if g := s.GroupAt(i); g >= 0 {
		return g
	}
	r := s.Sentences[s.Doc.Tokens[i].Sent]
	for g := r.Lim - 1; g >= r.First; g-- {
		if s.Verbs[g].Last < i {
			return g
		}
	}
	return -1
}

// Holder returns the phrase that holds verb group gi, its doer, read
// without regard to the actors named: the phrase HolderSubject reads, or
// when a comma parts it from its verb, Held, else Opening. The zero
// Phrase when none.
func (s *Syntax) Holder(gi int) Phrase { return s.HolderSubject(gi).Candidate() }

// HolderSubject returns the subject that holds verb group gi: its own;
// the subject of the group it is coordinated with ("Ann Bell praised the
// plan and later defended it"); for a participle after a comma, the
// holder of the clause before it ("Ann Bell spoke, praising the plan").
// A subject headed by a word of time holds nothing ("the past two weeks
// have been"). The zero Subject when none.
func (s *Syntax) HolderSubject(gi int) Subject {
	for ; gi >= 0; gi-- {
		g := &s.Verbs[gi]
		sub := g.Subject
		// A participle after a comma that names no subject of its own
		// shares the one of the clause before it: "Ann Bell spoke
		// on Friday, criticizing the plan".
		participle := !g.Finite && s.Doc.Tokens[g.Main].Tag == "VBG" && sub.Parted && !sub.Held.OK && !sub.Opening.OK
		switch {
		case sub.Inherit || participle:
			if gi == 0 || s.Doc.Tokens[s.Verbs[gi-1].First].Sent != s.Doc.Tokens[g.First].Sent {
				return Subject{}
			}
			continue
		case sub.Parted:
			return sub
		case sub.OK && !timeWords[s.Items[sub.Head].Lower] && !timeNouns[s.Items[sub.Head].Lower]:
			return sub
		}
		return Subject{}
	}
	return Subject{}
}

// Candidate returns the phrase read as the subject without regard to the
// actors named: Phrase, or for a parted subject Held, else Opening.
func (sub Subject) Candidate() Phrase {
	if !sub.Parted {
		return sub.Phrase
	}
	if sub.Held.OK {
		return sub.Held
	}
	return sub.Opening
}

// subordinators open a clause of their own inside a target: what follows
// them is no longer the target ("opposed the plan because it costs too
// much").
var subordinators = lexicon.ClauseWords(lexicon.EndsTarget)

// Target reads what a word of stance is toward, starting at token k and
// ending before hi: after adverbs and one preposition ("voted against",
// "objects to"), a clause opened by a gerund ("opposed replacing the
// interviews with forms"), or a noun phrase with the words that complete
// it: an "of" phrase, a reduced relative ("the rules banning imports")
// or a "to" infinitive ("moves to cut the backlog"). It ends at
// punctuation, a quotation mark, a relative pronoun, a tensed verb, a
// conjunction that opens a clause, or after twelve tokens. Its head is
// the gerund, or the noun phrase's head. The zero Phrase when none.
func (s *Syntax) Target(k, hi int) Phrase {
	t := s.Doc.Tokens
	if hi > len(t) {
		hi = len(t)
	}
	for k < hi && (s.Is(k, Adverb) && !s.Is(k, Verbal) || s.Is(k, Particle)) {
		k++
	}
	if k < hi && (t[k].Tag == "IN" || t[k].Tag == "TO") && !subordinators[s.Items[k].Lower] && !s.Word(k, "that") {
		k++
	}
	if k >= hi {
		return Phrase{}
	}
	if t[k].Tag == "VBG" {
		b := s.clauseEnd(k, hi)
		return Phrase{A: int32(k), B: int32(b), Head: int32(k), OK: true}
	}
	p := s.PhraseRight(k, hi)
	if !p.OK {
		return Phrase{}
	}
	for j := k + 1; j <= int(p.B); j++ {
		if subordinators[s.Items[j].Lower] || s.quoteBefore(j) {
			// A word the tagger read as a noun opens a clause ("the
			// record whilst promising"), or a quotation starts.
			b := j - 1
			for b > k && !s.Is(b, Nominal) {
				b--
			}
			if !s.Is(b, Nominal) {
				return Phrase{}
			}
			return Phrase{A: int32(k), B: int32(b), Head: int32(s.Head(k, b)), OK: true}
		}
	}
	n := int(p.B) + 1
	if n < hi && (t[n].Tag == "VBG" || s.Word(n, "to") && n+1 < hi && t[n+1].Tag == "VB") {
		p.B = int32(s.clauseEnd(n, hi))
	}
	return p
}

// clauseEnd returns the last token of the clause that runs from token k
// (a gerund or "to") before hi: see Target.
func (s *Syntax) clauseEnd(k, hi int) int {
	t := s.Doc.Tokens
	b := k
	for j := k + 1; j < hi && j-k < 12; j++ {
		switch {
		case s.Is(j, ClauseEnd) || s.Is(j, Quote) || s.quoteBefore(j) || s.Is(j, Relative) || s.Word(j, "that"):
			return b
		case Finite(t[j].Tag):
			return b
		case subordinators[s.Items[j].Lower] || t[j].Tag == "CC" && j+1 < hi && s.Is(j+1, Verbal):
			return b
		case s.Is(j, Punct):
			return b
		case timeWords[s.Items[j].Lower] || j+1 < hi && s.Is(j, Between) && timeWords[s.Items[j+1].Lower]:
			return b // a word of time is the clause's, not the target's: "on Friday"
		}
		b = j
	}
	// A clause cut short ends on its last word that is not a
	// determiner, a preposition or a conjunction.
	for b > k && (t[b].Tag == "DT" || t[b].Tag == "IN" || t[b].Tag == "CC" || t[b].Tag == "TO") {
		b--
	}
	return b
}

// quoteBefore reports whether a quotation mark stands between token j
// and the token before it: the tokenizer keeps no token for some marks.
func (s *Syntax) quoteBefore(j int) bool {
	t := s.Doc.Tokens
	if j == 0 || t[j-1].End >= t[j].Start {
		return false
	}
	return bytes.ContainsAny(s.Doc.Input[t[j-1].End:t[j].Start], "\"“”")
}

// copulas say what their subject is: "the plan is not a good one".
var copulas = set("be", "seem", "remain", "become", "look", "sound", "appear", "feel")

// Negated reports whether the word at token i is negated: its verb group
// is ("did not oppose", "refused to back"), or it is said of a subject by
// a negated copula ("is not a good deal"), or "no" or "never" opens the
// phrase it stands in ("no good reason"). A negated verb does not turn
// the words of its object ("will not repeat the bad decisions").
func (s *Syntax) Negated(i int) bool {
	if g := s.Governing(i); g >= 0 {
		v := &s.Verbs[g]
		in := v.First <= i && i <= v.Last
		if (v.Negated || v.Control == "negated") && (in || copulas[v.Lemma]) {
			return true
		}
		if copulas[v.Lemma] && !in {
			// "is not good": the group ends at its verb, before "not".
			for k := v.Last + 1; k < i && s.Is(k, Adverb); k++ {
				if negators[s.Items[k].Lower] {
					return true
				}
			}
		}
	}
	// "no good reason", "no one's right": "no" or "never" opens the
	// phrase the word stands in.
	first := s.Doc.Sentences[s.Doc.Tokens[i].Sent].First
	for k := i - 1; k >= first && k >= i-4; k-- {
		if s.Word(k, "no") || s.Word(k, "never") {
			return true
		}
		if !s.Is(k, InPhrase) {
			break
		}
	}
	return false
}

// Copula reports whether lemma is a verb that says what its subject is
// ("is", "seems", "remains").
func Copula(lemma string) bool { return copulas[lemma] }

package syntax

import (
	"strings"

	"github.com/extract-news/extract/internal/lexicon"
)

// What may stand between a subject and its verb, read leftward from the
// verb (SkipLeft, for every subject read leftward) or rightward from the subject
// (SkipRight, for unnamed sources).

// SkipLeft steps left from token j, no further than lo, over what may
// stand between a subject and its verb: words set off by commas ("X,
// though, said"), a phrase of time ("X in recent days has said"), a
// parenthesis ("Rep. Ann Bell (D-Ohio) said") and the words flagged
// Between ("has also said"). It returns the token before them, which is
// below lo when nothing else is left.
func (s *Syntax) SkipLeft(j, lo int) int {
	toks := s.Doc.Tokens
	for j >= lo {
		switch {
		case s.interjection(j, lo):
			j -= 3
		case s.timePhrase(j, lo) > 0:
			j -= s.timePhrase(j, lo)
		case toks[j].Text == ")":
			m := j - 1
			for m >= lo && toks[m].Text != "(" && j-m < 12 {
				m--
			}
			if m < lo || toks[m].Text != "(" {
				return j
			}
			j = m - 1
		case s.Is(j, Between):
			j--
		default:
			return j
		}
	}
	return j
}

// timePhrase returns the length of a phrase of time ending at token j,
// between a subject and its verb ("in recent days", "over the past
// week", "in June"), or 0.
func (s *Syntax) timePhrase(j, lo int) int {
	toks := s.Doc.Tokens
	if j-1 >= lo && months[toks[j].Text] && (toks[j-1].Text == "in" || toks[j-1].Text == "since") {
		return 2
	}
	if !timeNouns[s.Items[j].Lower] {
		return 0
	}
	for k := j - 1; k >= lo && k >= j-3; k-- {
		switch w := s.Items[k].Lower; {
		case w == "in" || w == "over" || w == "during" || w == "for" || w == "within":
			return j - k + 1
		case toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD":
		default:
			return 0
		}
	}
	return 0
}

var months = lexicon.TimeNames(lexicon.Month)

var timeNouns = lexicon.TimeWords(lexicon.Duration)

// interjection reports whether tokens j-2..j are a word set off by commas
// between a subject and its verb: ", though,", ", however,".
func (s *Syntax) interjection(j, lo int) bool {
	toks := s.Doc.Tokens
	return j-3 >= lo && toks[j].Text == "," && toks[j-2].Text == "," && interjections[s.Items[j-1].Lower]
}

var interjections = set("though", "however", "too", "meanwhile", "moreover", "instead", "nonetheless", "nevertheless", "meantime")

// SkipRight steps right from token k, after a noun phrase headed by
// token h, no further than lim, over what may stand between a subject and
// its verb when read from the subject: a relative clause set off by
// commas, a short "of" phrase, a place phrase, an adverb set off by
// commas and adverbs ("Clerks in Port Elsworth, however, quickly said").
// It returns the token after them, k when there is none.
func (s *Syntax) SkipRight(k, h, lim int) int {
	k = s.skipRelative(k, lim)
	k = s.skipOf(k, lim)
	k = s.skipPlace(k, h, lim)
	k = s.skipAside(k, lim)
	for k < lim && (s.Doc.Tokens[k].Tag == "RB" || s.Doc.Tokens[k].Tag == "RBR") {
		k++
	}
	return k
}

// asWritten returns the text of token k as written.
func (s *Syntax) asWritten(k int) string { return s.Doc.Tokens[k].Text }

// skipRelative steps over a relative clause set off by commas between a
// noun at k-1 and its verb, as far as the comma that closes it within
// twenty tokens: "The clerk, who asked not to be named, said". It returns
// k when there is none.
func (s *Syntax) skipRelative(k, lim int) int {
	if k+1 >= lim || s.asWritten(k) != "," || s.asWritten(k+1) != "who" && s.asWritten(k+1) != "which" {
		return k
	}
	for n := k + 2; n < lim && n < k+20; n++ {
		if s.asWritten(n) == "," {
			return n + 1
		}
	}
	return k
}

// skipOf steps over a short "of" phrase of up to four determiners,
// adjectives and nouns between a noun and its verb: "Critics of the
// harbour board say". It returns k when there is none.
func (s *Syntax) skipOf(k, lim int) int {
	if k+1 >= lim || s.asWritten(k) != "of" {
		return k
	}
	toks := s.Doc.Tokens
	n := k + 1
	for n < lim && n < k+5 && (toks[n].Tag == "DT" || toks[n].Tag == "JJ" || strings.HasPrefix(toks[n].Tag, "NN")) {
		n++
	}
	if n > k+1 {
		return n
	}
	return k
}

// placePrepositions open the place phrase that skipPlace steps over.
var placePrepositions = set("in", "at", "from")

// skipPlace steps over a short place phrase after the head noun h:
// "in", "at" or "from" and a capitalised word, then proper nouns up to
// five tokens past h: "Clerks in Port Elsworth said". It returns k when
// there is none.
func (s *Syntax) skipPlace(k, h, lim int) int {
	if k+1 >= lim || !placePrepositions[s.asWritten(k)] || !s.Is(k+1, Capital) {
		return k
	}
	k += 2
	for k < lim && k < h+6 && (s.Doc.Tokens[k].Tag == "NNP" || s.Doc.Tokens[k].Tag == "NNPS") {
		k++
	}
	return k
}

// skipAside steps over an adverb or "though" set off by commas: "Clerks,
// however, say". It returns k when there is none.
func (s *Syntax) skipAside(k, lim int) int {
	if k+2 >= lim || s.asWritten(k) != "," || s.asWritten(k+2) != "," {
		return k
	}
	if s.Doc.Tokens[k+1].Tag == "RB" || strings.EqualFold(s.asWritten(k+1), "though") {
		return k + 3
	}
	return k
}

package syntax

import "github.com/extract-news/extract/internal/lexicon"

// Names says which tokens name an actor, and which of those name a place.
// The readers below take it from the analyser that asks, so that a name
// the tagger misread ("Apple" as a verb) still reads as a noun.
type Names interface {
	Named(i int) bool
	Place(i int) bool
}

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

// NameLeft reads leftward the noun phrase that ends at token j, no
// further than lo, as it names a speaker (Speaker): names, Attributive
// words (participles aside) and the joins ("a spokeswoman for the
// Brindle council"). It returns the phrase's first token, or -1 when
// token j cannot end one.
func (s *Syntax) NameLeft(j, lo int, n Names) int {
	t := s.Doc.Tokens[j]
	if !n.Named(j) && !s.Is(j, Attributive) || t.Tag == "VBN" || t.Tag == "POS" {
		return -1
	}
	return s.Left(j, lo, Speaker(n))
}

// NameRight reads rightward the noun phrase that starts at token i, before
// lim, as it names a speaker (Speaker): names, Attributive words and
// "of", "for", "at" ("said a spokeswoman for the council"). It returns
// the token past its end.
func (s *Syntax) NameRight(i, lim int, n Names) int {
	r := Speaker(n)
	if i >= lim || !r.Holds(s, i, Rightward) {
		return i
	}
	return s.Right(i, lim, r)
}

// Pieces splits the tokens [lo, j) at their commas, looking back at most
// 40 tokens from j: "X, a doctor, said" has the pieces "X" and "a
// doctor". It returns the pieces, leftmost first, as [start, end)
// pairs, and the commas, nearest first.
func (s *Syntax) Pieces(j, lo int) (pieces [][2]int, commas []int) {
	for m := j - 1; m >= lo && j-m < 40; m-- {
		if s.Doc.Tokens[m].Text == "," {
			commas = append(commas, m)
		}
	}
	start := lo
	for k := len(commas) - 1; k >= 0; k-- {
		pieces = append(pieces, [2]int{start, commas[k]})
		start = commas[k] + 1
	}
	pieces = append(pieces, [2]int{start, j})
	return pieces, commas
}

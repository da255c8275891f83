package syntax

// Names says which tokens name an actor, and which of those name a place.
// The readers below take it from the analyser that asks, so that a name
// the tagger misread ("Apple" as a verb) still reads as a noun.
type Names interface {
	Named(i int) bool
	Place(i int) bool
}

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
	return left(s, j, lo, speaker{n})
}

// NameRight reads rightward the noun phrase that starts at token i, before
// lim, as it names a speaker (Speaker): names, Attributive words and
// "of", "for", "at" ("said a spokeswoman for the council"). It returns
// the token past its end.
func (s *Syntax) NameRight(i, lim int, n Names) int {
	r := speaker{n}
	if i >= lim || !r.Holds(s, i, Rightward) {
		return i
	}
	return right(s, i, lim, r)
}

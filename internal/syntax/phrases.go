package syntax

// Phrase is a noun phrase: tokens [A, B] with its head. OK says that a
// phrase was found; the zero Phrase is none. The indices are int32, as a
// verb group holds six phrases.
type Phrase struct {
	A, B, Head int32
	OK         bool
}

// PhraseLeft reads the noun phrase that ends at token k, no further left
// than first, by tags (Tags). Its head is the last noun of its first
// part: "officials" in "officials of the ministry", "Apple" in "Apple
// and Google".
func (s *Syntax) PhraseLeft(k, first int) Phrase {
	if k < first || !s.Is(k, Nominal) {
		return Phrase{}
	}
	a := left(s, k, first, tags{joins: true})
	return Phrase{A: int32(a), B: int32(k), Head: int32(s.Head(a, k)), OK: true}
}

// PhraseRight reads the noun phrase that starts at token k, before hi, by
// tags (Tags). It ends at its last noun.
func (s *Syntax) PhraseRight(k, hi int) Phrase {
	if k >= hi || !s.Is(k, InPhrase) {
		return Phrase{}
	}
	b := right(s, k, hi, tags{joins: true}) - 1 // the last word read
	for b > k && !s.Is(b, Nominal) {
		b--
	}
	if !s.Is(b, Nominal) {
		return Phrase{}
	}
	return Phrase{A: int32(k), B: int32(b), Head: int32(s.Head(k, b)), OK: true}
}

// Head returns the last noun of the first part of the noun phrase [a, b],
// the parts being split by "of", "and" and "&"; a possessor is not the
// head ("Apple's chief executive").
func (s *Syntax) Head(a, b int) int {
	t := s.Doc.Tokens
	h := -1
	for i := a; i <= b; i++ {
		if t[i].Tag == "POS" {
			h = -1 // a possessor: "Apple's chief executive"
			continue
		}
		if s.Word(i, "of") || t[i].Tag == "CC" || t[i].Text == "&" {
			if h >= 0 {
				break
			}
			continue
		}
		if s.Is(i, Nominal) {
			h = i
		}
	}
	if h < 0 {
		h = b
	}
	return h
}

// object reads the noun phrase right after a verb group, before hi.
func (s *Syntax) object(k, hi int) Phrase {
	for k < hi && s.Is(k, Adverb) {
		k++
	}
	return s.PhraseRight(k, hi)
}

// byAgent reads the "by" phrase of a passive, right after it or after
// what the passive names or where it goes: "has been named the Worldliner
// by Boeing", "was sold to Cerberus by Daimler". It looks no further
// than the clause: a comma, a conjunction or another verb ends it.
func (s *Syntax) byAgent(k, hi int) Phrase {
	t := s.Doc.Tokens
	for ; k < hi; k++ {
		switch {
		case s.Word(k, "by"):
			return s.PhraseRight(k+1, hi)
		case s.Is(k, Adverb) || s.Is(k, InPhrase) || t[k].Tag == "TO" || t[k].Tag == "IN" && !s.Word(k, "that"):
			continue
		}
		break
	}
	return Phrase{}
}

package syntax

// Phrase is a noun phrase: tokens [A, B] with its head. OK says that a
// phrase was found; the zero Phrase is none. The indices are int32, as a
// verb group holds six phrases.
type Phrase struct {
	A, B, Head int32
	OK         bool
}

// Subject is the subject of a verb group.
type Subject struct {
	// Phrase is the subject when it stands right before the group (adverbs
	// and a parenthesis aside, or a relative pronoun after it).
	Phrase
	// Inherit says that the group is coordinated with the one before it
	// ("and challenged", ", then rose") and shares its subject.
	Inherit bool
	// Parted says that a comma stands right before the group: a name may
	// be parted from its verb by an apposition ("The Dow, a stock index,
	// fell"), a relative clause ("Acme, which was founded in 1990, bought")
	// or an adverb ("The FTSE, however, gained"). Which phrase is the
	// subject depends on what the phrases name, so the candidates are
	// kept: Opening, the phrase that opens the sentence and ends at the
	// comma; Held, the phrase before the comma that opens the stretch
	// (when the stretch holds no tensed verb but one after "which" or
	// "who"); and Apposition, the phrase filling that stretch.
	Parted                    bool
	Opening, Held, Apposition Phrase
}

// subject finds the subject of group g, looking left no further than the
// sentence's first token.
func (s *Syntax) subject(g *Verb, first int) Subject {
	t := s.Doc.Tokens
	k := g.First - 1
	for k >= first && s.Is(k, Adverb) {
		k--
	}
	k = s.SkipParens(k, first)
	if k < first {
		return Subject{}
	}
	switch {
	case t[k].Tag == "CC" && g.Lo > first:
		return Subject{Inherit: true}
	case t[k].Tag == "WDT" || t[k].Tag == "WP":
		k--
		if k >= first && t[k].Text == "," {
			k--
		}
		k = s.SkipParens(k, first)
	case t[k].Text == ",":
		if k+1 < g.First && g.Lo > first && sequel[s.Items[k+1].Lower] {
			// "The index dipped, then rose": an adverb of sequence after
			// the comma joins the verb to the one before it.
			return Subject{Inherit: true}
		}
		return s.parted(k, first)
	}
	if k < first {
		return Subject{} // "Which fell?": nothing before the relative
	}
	if t[k].Tag == "PRP" {
		// A pronoun stands alone: in "he was fired from the company and
		// he founded NeXT" the subject is "he", not "the company and he".
		return Subject{Phrase: Phrase{A: int32(k), B: int32(k), Head: int32(k), OK: true}}
	}
	return Subject{Phrase: s.PhraseLeft(k, first)}
}

// sequel holds the adverbs that, after a comma, join a verb to the one
// before it: "dipped, then rose".
var sequel = set("then", "later", "subsequently", "eventually", "finally")

// parted reads the candidate subjects of a verb that follows the comma at
// token k (see Subject.Parted).
func (s *Syntax) parted(k, first int) Subject {
	t := s.Doc.Tokens
	sub := Subject{Parted: true}
	if n := s.PhraseLeft(k-1, first); n.OK && int(n.A) == first {
		sub.Opening = n
	}
	c := k - 1
	for c > first && t[c].Text != "," {
		c--
	}
	if c <= first || c == k-1 {
		return sub
	}
	relative := false
	for i := c + 1; i < k; i++ {
		switch {
		case t[i].Tag == "WDT" || t[i].Tag == "WP":
			relative = true
		case Finite(t[i].Tag):
			// A past tense right after a noun and before a preposition
			// is a participle the tagger missed: "an index used to".
			participle := t[i].Tag == "VBD" && len(t[i-1].Tag) >= 2 && t[i-1].Tag[:2] == "NN" && (t[i+1].Tag == "IN" || t[i+1].Tag == "TO")
			if !relative && !participle {
				return sub
			}
		}
		if s.Is(i, Quote) {
			return sub
		}
	}
	sub.Held = s.PhraseLeft(c-1, first)
	if !sub.Held.OK {
		return sub
	}
	if app := s.PhraseRight(c+1, k); app.OK && int(app.B) == k-1 {
		sub.Apposition = app
	}
	return sub
}

// SkipParens steps back over a parenthesis that ends at token k, no
// further left than first: "the Dow Jones (DJIA), which fell". It returns
// the token before the parenthesis, or k.
func (s *Syntax) SkipParens(k, first int) int {
	t := s.Doc.Tokens
	if k < first || t[k].Text != ")" {
		return k
	}
	for j := k - 1; j >= first; j-- {
		if t[j].Text == "(" {
			return j - 1
		}
	}
	return k
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

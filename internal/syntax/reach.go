package syntax

// The one noun-phrase reader: Left and Right walk the tokens from where a
// phrase ends or starts, and a Reach says which words the phrase holds
// and which words join its parts. The analysers' readers are Reaches:
// Tags (PhraseLeft, PhraseRight: subjects and objects of verbs, by tags
// alone; Bare, without joins), Speaker (NameLeft, NameRight: a
// speaker's phrase, names given) and package actors' own (the
// capitalised runs it reads names from, the words before an unnamed
// source).

// Dir is the way a phrase is read: leftward from its last word, or
// rightward from its first.
type Dir bool

// The two ways.
const (
	Leftward  Dir = true
	Rightward Dir = false
)

// Reach says what a noun phrase holds and how far it goes.
type Reach interface {
	// Holds reports whether token i is a word of the phrase, read dir.
	Holds(s *Syntax, i int, dir Dir) bool
	// Join returns how many tokens, from token w on in the direction
	// dir, a word that joins the phrase's parts carries it over ("of",
	// "and"), reading no token beyond bound; 0 when the phrase ends
	// before w. The phrase was read from token from: its tokens so far
	// lie between from and w.
	Join(s *Syntax, from, w, bound int, dir Dir) int
}

// Left reads leftward the noun phrase that ends at token k, no further
// than lo, and returns its first token. The caller decides which words
// may end a phrase: token k is taken as one.
func (s *Syntax) Left(k, lo int, r Reach) int { return left(s, k, lo, r) }

// left is Left for a Reach of a known type: the readers of this package
// call it so that their Reach's methods are called directly and one
// holding an analyser's Names is not boxed on every call.
func left[R Reach](s *Syntax, k, lo int, r R) int {
	a := k
	for a-1 >= lo {
		if r.Holds(s, a-1, Leftward) {
			a--
			continue
		}
		n := r.Join(s, k, a-1, lo, Leftward)
		if n == 0 {
			break
		}
		a -= n
	}
	return a
}

// Right reads rightward the noun phrase that starts at token i, before
// lim, and returns the token past its end. The caller decides which
// words may start a phrase: token i is taken as one.
func (s *Syntax) Right(i, lim int, r Reach) int { return right(s, i, lim, r) }

// right is Right for a Reach of a known type (see left).
func right[R Reach](s *Syntax, i, lim int, r R) int {
	j := i + 1
	for j < lim {
		if r.Holds(s, j, Rightward) {
			j++
			continue
		}
		n := r.Join(s, i, j, lim, Rightward)
		if n == 0 {
			break
		}
		j += n
	}
	return j
}

// Tags reads a noun phrase by tags alone (InPhrase), its parts joined by
// "of" and "&", and leftward by a conjunction, when a word of the phrase
// stands beyond the join: "officials of the ministry", "Apple and
// Google".
var Tags Reach = tags{joins: true}

// Bare reads as Tags does, without the joins: a run of InPhrase words,
// such as those before an event noun ("the company's costly sale").
var Bare Reach = tags{}

type tags struct{ joins bool }

func (tags) Holds(s *Syntax, i int, _ Dir) bool { return s.Is(i, InPhrase) }

func (r tags) Join(s *Syntax, _, w, bound int, dir Dir) int {
	if !r.joins {
		return 0
	}
	joins := s.Word(w, "of") || s.Doc.Tokens[w].Text == "&"
	if dir == Leftward {
		if (joins || s.Doc.Tokens[w].Tag == "CC") && w-1 >= bound && s.Is(w-1, Nominal) {
			return 1
		}
		return 0
	}
	if joins && w+1 < bound && s.Is(w+1, InPhrase) {
		return 1
	}
	return 0
}

// Speaker reads a noun phrase as it names a speaker: a token that names
// an actor (Names) is a word of it, as are the Attributive words,
// participles only rightward ("said the ousted minister"; leftward
// "ousted" is not read, as claims read it before). Leftward its parts are joined by the words of the table
// joins ("a spokeswoman for the Brindle council"); rightward "of", "for"
// and "at" are words of it, wherever they stand.
func Speaker(n Names) Reach { return speaker{n} }

// speaker is the Reach Speaker returns.
type speaker struct{ n Names }

func (sp speaker) Holds(s *Syntax, i int, dir Dir) bool {
	if sp.n.Named(i) {
		return true
	}
	if dir == Leftward {
		return s.Is(i, Attributive) && s.Doc.Tokens[i].Tag != "VBN"
	}
	switch s.Doc.Tokens[i].Text {
	case "of", "for", "at":
		return true
	}
	return s.Is(i, Attributive)
}

func (sp speaker) Join(s *Syntax, _, w, bound int, dir Dir) int {
	if dir == Leftward && s.joinsAt(w+1, bound, sp.n) {
		return 1
	}
	return 0
}

// join is a rule by which a word joins the noun phrase read leftward to
// the words before it: "a spokeswoman for Apple", "workers in Tarrow".
type join struct {
	words string                               // the joining words, space-separated
	ok    func(s *Syntax, n Names, k int) bool // whether it joins, the word being token k-1
}

// joins are the ways a speaker's phrase reaches leftward past a word that
// is not a noun, in order.
var joins = []join{
	// "the mayor of Brindle", "a spokeswoman for Apple", "Smith and Jones"
	{"of for at from and &", func(s *Syntax, n Names, k int) bool {
		return s.Is(k-2, Attributive) || n.Named(k-2)
	}},
	// "health workers in Tarrow", "the tribunal in Brindle": a place
	// after a plural or a name that is no place.
	{"in", func(s *Syntax, n Names, k int) bool {
		return (s.Doc.Tokens[k-2].Tag == "NNS" || n.Named(k-2) && !n.Place(k-2)) && n.Place(k)
	}},
	// "an official familiar with the matter", "a source close to"
	{"with to", func(s *Syntax, n Names, k int) bool {
		return s.Items[k-2].Lower == "familiar" || s.Items[k-2].Lower == "close"
	}},
	// "advisers to the mayor", "a spokeswoman to the president"
	{"to", func(s *Syntax, n Names, k int) bool {
		t := s.Doc.Tokens[k-2].Tag
		return n.Named(k) && (t == "NNS" || t == "NN")
	}},
}

// joinsAt reports whether the word at token k-1 joins the phrase that
// starts at token k to the words before it, none before lo.
func (s *Syntax) joinsAt(k, lo int, n Names) bool {
	if k-2 < lo {
		return false
	}
	w := s.Items[k-1].Lower
	for _, j := range joins {
		if hasWord(j.words, w) && j.ok(s, n, k) {
			return true
		}
	}
	return false
}

func hasWord(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			break
		}
		list = list[i+1:]
	}
	return false
}

package syntax

import (
	"bytes"
	"strings"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
)

// Flag is a trait of an item: what part it can play in a phrase or a
// clause. An item has several.
type Flag uint16

const (
	// Nominal can head a noun phrase: a noun, a personal pronoun or a
	// number.
	Nominal Flag = 1 << iota
	// InPhrase can stand in a noun phrase read from tags: a nominal, a
	// determiner, an adjective, a possessive.
	InPhrase
	// Attributive can stand in a noun phrase that names a speaker, read
	// leftward from its verb: as InPhrase, with participles ("the ousted
	// minister") and without personal pronouns.
	Attributive
	// Verbal is a verb or a modal.
	Verbal
	// Adverb is an adverb, "not" or "n't", or "likely".
	Adverb
	// Particle is the particle of a phrasal verb ("cut back").
	Particle
	// Between may stand between a subject and its verb: auxiliaries,
	// adverbs and words of time ("has also said", "on Friday said", "in
	// 2010 said").
	Between
	// Quote is a quotation mark.
	Quote
	// Punct is punctuation only.
	Punct
	// ClauseEnd ends a clause: a comma, a stop, a colon, a dash, a
	// closing parenthesis.
	ClauseEnd
	// Relative is a relative or question pronoun: who, which, that.
	Relative
	// Capital starts with an upper-case letter.
	Capital
	// Opens opens its sentence or a quotation, or follows a colon, a
	// semicolon, a dash or a closing parenthesis: a capital there marks
	// no name.
	Opens
)

// Item is one token as the rules read it.
type Item struct {
	Lower string // the token's text in lower case
	Flags Flag
}

// Is reports whether the item has every flag of f.
func (it Item) Is(f Flag) bool { return it.Flags&f == f }

// Lexicon gives the words the syntax reads: lemmas, and the verbs that
// take "to" and a verb ("prepares to leave") with the trait they lend it
// ("future", "negated", "ongoing").
type Lexicon interface {
	Lemma(word, tag string) string
	Control(lemma string) (trait string, ok bool)
}

// Syntax is the shallow syntax of one article.
type Syntax struct {
	Doc   *nlp.Doc
	Items []Item // one per token of Doc
	Verbs []Verb // the verb groups, in order
	// Sentences[i] holds the verb groups of sentence i: Verbs[First:Lim].
	Sentences []Range

	lx Lexicon
}

// Range is a run of verb groups.
type Range struct{ First, Lim int }

// Parse reads the syntax of d.
func Parse(d *nlp.Doc, lx Lexicon) *Syntax {
	s := &Syntax{Doc: d, lx: lx, Items: make([]Item, len(d.Tokens))}
	for i := range d.Tokens {
		s.Items[i] = Item{Lower: strings.ToLower(d.Tokens[i].Text)}
	}
	for i := range d.Tokens {
		s.Items[i].Flags = s.lex(i)
	}
	s.Verbs = make([]Verb, 0, s.maxGroups())
	s.Sentences = make([]Range, len(d.Sentences))
	for si, sent := range d.Sentences {
		first := len(s.Verbs)
		s.groups(sent)
		s.Sentences[si] = Range{first, len(s.Verbs)}
		s.clauses(sent, s.Verbs[first:])
	}
	return s
}

// maxGroups returns as many verb groups as the article may have, rarely
// many more: its verbs that follow no verb of their sentence, adverbs
// aside, as a group runs on over verbs and adverbs. A group is large, so
// the list is sized once to this rather than to every verb or grown.
func (s *Syntax) maxGroups() int {
	n := 0
	for _, sent := range s.Doc.Sentences {
		for i := sent.First; i < sent.Lim; i++ {
			if !s.Is(i, Verbal) {
				continue
			}
			k := i - 1
			for k >= sent.First && s.Is(k, Adverb) && !s.Is(k, Verbal) {
				k--
			}
			if k < sent.First || !s.Is(k, Verbal) {
				n++
			}
		}
	}
	return n
}

// lemma is the one call to the lemmatiser.
func (s *Syntax) lemma(t nlp.Token) string { return s.lx.Lemma(t.Text, t.Tag) }

// Lemma returns the lemma of token i.
func (s *Syntax) Lemma(i int) string { return s.lemma(s.Doc.Tokens[i]) }

// lex returns the flags of token i.
func (s *Syntax) lex(i int) Flag {
	t := s.Doc.Tokens[i]
	w := s.Items[i].Lower
	var f Flag
	nominal := strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" || t.Tag == "CD"
	if nominal {
		f |= Nominal | InPhrase
	}
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD":
		f |= InPhrase
	}
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "NNP$", "VBN":
		f |= Attributive
	}
	if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
		f |= Verbal
	}
	if strings.HasPrefix(t.Tag, "RB") && t.Tag != "RP" || w == "n't" || w == "not" || w == "likely" {
		f |= Adverb
	}
	switch w {
	case "up", "down", "out", "off", "back", "away":
		if t.Tag == "RP" || t.Tag == "RB" || t.Tag == "IN" {
			f |= Particle
		}
	case "over", "in", "on":
		if t.Tag == "RP" {
			f |= Particle
		}
	}
	if s.between(i) {
		f |= Between
	}
	switch t.Text {
	case "\"", "“", "”", "``", "''":
		f |= Quote
	}
	if punct(t.Text) {
		f |= Punct
	}
	switch t.Text {
	case ",", ".", "!", "?", ";", ":", "--", "-", ")":
		f |= ClauseEnd
	}
	if (w == "who" || w == "which" || w == "that") && (t.Tag == "WP" || t.Tag == "WDT") {
		f |= Relative
	}
	if nlp.IsCapitalized(t.Text) {
		f |= Capital
	}
	if s.opens(i) {
		f |= Opens
	}
	return f
}

// opens reports whether token i opens its sentence or a quotation, or
// follows a colon, a semicolon, a dash or a closing parenthesis.
func (s *Syntax) opens(i int) bool {
	d := s.Doc
	t := d.Tokens[i]
	if i == d.Sentences[t.Sent].First {
		return true
	}
	p := d.Tokens[i-1]
	if p.Text == ":" || p.Text == "--" || p.Text == ";" || p.Text == ")" {
		return true
	}
	// Tokens prose rewrote may overlap the one before: no gap between.
	if p.End >= t.Start {
		return false
	}
	gap := d.Input[p.End:t.Start]
	if len(gap) == 1 && gap[0] == ' ' {
		return false
	}
	return bytes.ContainsAny(gap, "\"“‘(")
}

// punct reports whether a token is punctuation only: stops, commas,
// dashes, brackets, apostrophes and quotation marks.
func punct(text string) bool {
	for _, r := range text {
		if !strings.ContainsRune(".,;:!?-—–()[]'\"", r) {
			return false
		}
	}
	return true
}

// between reports whether token i may stand between a subject and its
// verb: adverbs, auxiliaries and time words ("has also said", "on Friday
// said").
func (s *Syntax) between(i int) bool {
	toks := s.Doc.Tokens
	t := toks[i]
	w := s.Items[i].Lower
	if auxiliaries[w] || timeWords[w] || w == "not" || w == "n't" {
		return true
	}
	switch t.Tag {
	case "RB", "RBR", "RBS", "MD":
		return w != "so" && w != "then," && !strings.HasSuffix(w, ",")
	}
	if (w == "on" || w == "last" || w == "this" || w == "late" || w == "early" || w == "earlier") && i+1 < len(toks) && timeWords[s.Items[i+1].Lower] {
		return true
	}
	// "who in 2010 said": a year after "in".
	if t.Tag == "CD" && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && i > 0 && s.Items[i-1].Lower == "in" {
		return true
	}
	if w == "in" && i+1 < len(toks) {
		n := toks[i+1].Text
		return toks[i+1].Tag == "CD" && len(n) == 4 && (n[:2] == "19" || n[:2] == "20")
	}
	return false
}

var auxiliaries = set("has", "have", "had", "is", "was", "were", "are", "be", "been", "being",
	"did", "does", "do", "will", "would", "could", "should", "may", "might", "can", "shall", "must",
	"'s", "'d", "'ve", "'ll", "also", "then", "previously", "reportedly", "later", "repeatedly",
	"once", "again", "further", "publicly", "privately", "separately", "recently", "initially",
	"first", "still", "often", "frequently", "simply", "flatly", "explicitly", "directly")

// timeWords are the words of time that may stand between a subject and
// its verb ("on Friday said", "last week said").
var timeWords = lexicon.TimeWords(lexicon.Weekday | lexicon.Day | lexicon.Part | lexicon.Unit | lexicon.Relative | lexicon.Now)

// Is reports whether token i has every flag of f.
func (s *Syntax) Is(i int, f Flag) bool { return s.Items[i].Flags&f == f }

// Finite reports whether tag is that of a finite verb or a modal: "said",
// "says", "say", "will".
func Finite(tag string) bool {
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// Word reports whether token i is the word w (lower case).
func (s *Syntax) Word(i int, w string) bool { return s.Items[i].Lower == w }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

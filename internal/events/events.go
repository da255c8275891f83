package events

import (
	"fmt"
	"sort"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Find returns the events of the article syn.Doc, with ids e1, e2, ... in order of
// their action spans. actors give the agents, patients and places through
// their mention spans; verbs inside quotations (nlp's Doc.Quoted) give no
// story events; refs (package actors' Resolver) tells which actor a
// noun phrase names and which an object "it" refers to. actors is read only.
func Find(syn *syntax.Syntax, actors []record.Actor, refs Referrer) []record.Event {
	f := newFinder(syn, actors)
	f.refs = refs
	out := f.choose(f.candidates())
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].ActionSpan, out[j].ActionSpan
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		return a[1] < b[1]
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("e%d", i+1)
	}
	return out
}

// candidates returns every candidate event of the article that some tier
// takes, in order. (Those none takes are dropped here, not kept for
// choose: a long article has many.)
func (f *finder) candidates() []cand {
	var cs []cand
	keep := func(vs []cand) {
		for _, c := range vs {
			if f.tier(c) != tierNone {
				cs = append(cs, c)
			}
		}
	}
	for si := range f.d.Sentences {
		vs := f.sentence(si)
		keep(vs)
		keep(f.nouns(si, vs))
	}
	return cs
}

// Referrer tells which actor a noun phrase names and which an object
// pronoun refers to (package actors' Resolver).
type Referrer interface {
	// Named returns the actor that the words of noun phrase p name; -1
	// for none.
	Named(p syntax.Phrase) int
	// Doer returns the phrase of a subject that names its verb's doer,
	// choosing among the candidates of one parted by a comma.
	Doer(sub syntax.Subject) syntax.Phrase
	// It returns the actor that "it", the head at token head of a phrase
	// starting at token first, refers to; -1 for none or for another
	// word.
	It(first, head int) int
}

// finder holds what the rules read about one article.
type finder struct {
	d       *nlp.Doc
	syn     *syntax.Syntax
	lx      *wordLists
	actors  []record.Actor
	actorOf []int32 // token index → index into actors, or -1
	quoted  []bool  // token index → inside a direct quotation
	refs    Referrer
}

func newFinder(syn *syntax.Syntax, actors []record.Actor) *finder {
	d := syn.Doc
	f := &finder{d: d, syn: syn, lx: loadLexicon(), actors: actors}
	f.actorOf = nlp.Owners(d, record.ActorSpans(actors), false)
	f.quoted = make([]bool, len(d.Tokens))
	for i, t := range d.Tokens {
		// A token may hold its quotation's opening mark: "'Do".
		f.quoted[i] = d.Quoted(int(t.Start)) || d.Quoted(int(t.End-1))
	}
	return f
}

// Words returns the lexicon the syntax reads verbs with: the one
// lemmatiser (lexicon.Lemma) and the verbs that lend "to" and a verb their
// modality (data/modal.txt).
func Words() syntax.Lexicon { return words{loadLexicon()} }

type words struct{ lx *wordLists }

func (words) Lemma(word, tag string) string { return lexicon.Lemma(word, tag) }

func (w words) Control(lemma string) (string, bool) {
	m, ok := w.lx.control[lemma]
	return m, ok
}

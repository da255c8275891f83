package events

import (
	"fmt"
	"slices"
	"sort"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// Find returns the events of the article d, with ids e1, e2, ... in order of
// their action spans. actors give the agents, patients and places through
// their mention spans; claims are the article's claims (direct quotations
// hold no story events).
func Find(d *nlp.Doc, actors []record.Actor, claims []record.Claim) []record.Event {
	f := newFinder(d, actors, claims)
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

// finder holds what the rules read about one article.
type finder struct {
	d       *nlp.Doc
	lx      *lexicon
	actors  []record.Actor
	actorOf []int  // token index → index into actors, or -1
	quoted  []bool // token index → inside a direct quotation
}

func newFinder(d *nlp.Doc, actors []record.Actor, claims []record.Claim) *finder {
	f := &finder{d: d, lx: loadLexicon(), actors: actors}
	f.actorOf = nlp.Owners(d, record.ActorSpans(actors), false)
	f.quoted = make([]bool, len(d.Tokens))
	for _, q := range quotations(d, claims) {
		for i := d.TokenAt(q[0]); i < len(d.Tokens) && d.Tokens[i].Start < q[1]; i++ {
			f.quoted[i] = true
		}
	}
	return f
}

// quotations returns the input spans of d's direct quotations: those of
// the direct claims and every stretch between quotation marks.
func quotations(d *nlp.Doc, claims []record.Claim) [][2]int {
	out := slices.Clone(d.Quotes)
	for _, c := range claims {
		if c.Kind == record.Direct {
			out = append(out, [2]int{c.Span[0], c.Span[1]})
		}
	}
	return out
}

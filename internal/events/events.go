package events

import (
	"fmt"
	"sort"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// Find returns the events of the article d, with ids e1, e2, ... in order of
// their action spans. actors give the agents, patients and places through
// their mention spans. Verbs inside quotations (nlp's Doc.Quoted) give no
// story events.
func Find(d *nlp.Doc, actors []record.Actor) []record.Event {
	f := newFinder(d, actors)
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

// candidates returns every candidate event of the article, in order.
func (f *finder) candidates() []cand {
	var cs []cand
	for si := range f.d.Sentences {
		vs := f.sentence(si)
		cs = append(cs, vs...)
		cs = append(cs, f.nouns(si, vs)...)
	}
	return cs
}

// finder holds what the rules read about one article.
type finder struct {
	d       *nlp.Doc
	lx      *wordLists
	actors  []record.Actor
	actorOf []int  // token index → index into actors, or -1
	quoted  []bool // token index → inside a direct quotation
}

func newFinder(d *nlp.Doc, actors []record.Actor) *finder {
	f := &finder{d: d, lx: loadLexicon(), actors: actors}
	f.actorOf = nlp.Owners(d, record.ActorSpans(actors), false)
	f.quoted = make([]bool, len(d.Tokens))
	for i, t := range d.Tokens {
		// A token may hold its quotation's opening mark: "'Do".
		f.quoted[i] = d.Quoted(t.Start) || d.Quoted(t.End-1)
	}
	return f
}

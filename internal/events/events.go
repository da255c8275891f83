package events

import (
	"fmt"
	"sort"
	"strings"

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
	lx      *lexicon
	actors  []record.Actor
	actorOf []int  // token index → index into actors, or -1
	quoted  []bool // token index → inside a direct quotation
}

func newFinder(d *nlp.Doc, actors []record.Actor, claims []record.Claim) *finder {
	f := &finder{d: d, lx: loadLexicon(), actors: actors}
	f.actorOf = ActorTokens(d, actors)
	f.quoted = make([]bool, len(d.Tokens))
	for _, q := range Quotations(d.Input, claims) {
		for i := firstAt(d, q[0]); i < len(d.Tokens) && d.Tokens[i].Start < q[1]; i++ {
			f.quoted[i] = true
		}
	}
	return f
}

// ActorTokens maps each token of d to the index of the actor one of whose
// mention spans holds it, or -1. Where spans nest, the shortest wins.
func ActorTokens(d *nlp.Doc, actors []record.Actor) []int {
	of := make([]int, len(d.Tokens))
	width := make([]int, len(d.Tokens))
	for i := range of {
		of[i] = -1
	}
	for ai, a := range actors {
		for _, sp := range a.Spans {
			for i := firstAt(d, sp[0]); i < len(d.Tokens) && d.Tokens[i].End <= sp[1]; i++ {
				if w := sp[1] - sp[0]; of[i] < 0 || w < width[i] {
					of[i], width[i] = ai, w
				}
			}
		}
	}
	return of
}

// firstAt returns the index of the first token starting at or after off.
func firstAt(d *nlp.Doc, off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
}

// Quotations returns the byte spans of the direct quotations of input: the
// claims of kind direct, and every stretch between a pair of quotation
// marks inside one paragraph (curly marks tell opening from closing,
// straight ones pair in turn). A mark left open at the paragraph's end
// opens nothing.
func Quotations(input []byte, claims []record.Claim) [][2]int {
	var out [][2]int
	for _, c := range claims {
		if c.Kind == record.Direct {
			out = append(out, [2]int{c.Span[0], c.Span[1]})
		}
	}
	open := -1
	for i := 0; i < len(input); i++ {
		switch {
		case input[i] == '\n':
			open = -1
		case input[i] == '"':
			if open < 0 {
				open = i + 1
			} else {
				out = append(out, [2]int{open, i})
				open = -1
			}
		case strings.HasPrefix(string(input[i:min(i+3, len(input))]), "“"):
			open = i + 3
			i += 2
		case strings.HasPrefix(string(input[i:min(i+3, len(input))]), "”"):
			if open >= 0 {
				out = append(out, [2]int{open, i})
			}
			open = -1
			i += 2
		}
	}
	return out
}

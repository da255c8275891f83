package actors

import (
	"slices"

	"github.com/extract-news/extract/internal/record"
)

// Linked returns actors with the mentions that a later step resolved to
// them added: mentions[a] lists spans that refer to actors[a] (a pronoun
// or a description claims took for a speaker). Each actor's spans stay
// sorted by start, then end, with no span twice, and Mentions counts them.
// actors itself is not changed.
func Linked(actors []record.Actor, mentions [][]record.Span) []record.Actor {
	out := slices.Clone(actors)
	for a, spans := range mentions {
		if len(spans) == 0 || a >= len(out) {
			continue
		}
		act := &out[a]
		act.Spans = slices.Clone(act.Spans)
		for _, sp := range spans {
			if !slices.Contains(act.Spans, sp) {
				act.Spans = append(act.Spans, sp)
			}
		}
		slices.SortFunc(act.Spans, func(x, y record.Span) int {
			if x[0] != y[0] {
				return x[0] - y[0]
			}
			return x[1] - y[1]
		})
		act.Mentions = len(act.Spans)
	}
	return out
}

package actors

import "strings"

// Said is a claim attributed so far, as SpeakerPronoun reads it.
type Said struct {
	Span    [2]int // the input offsets of the claim's text
	Para    int    // the paragraph of the claim
	Speaker int    // the speaker's actor, or -1
}

// Saids lists the claims attributed so far, in the order found.
type Saids interface {
	Len() int
	At(k int) Said
}

// SpeakerPronoun returns the actor that the pronoun at token i, the
// subject of a cue ("he said"), refers to; said lists the claims
// attributed so far. A personal pronoun in its subject form is the
// speaker quoted last before it, within two paragraphs, that it can refer
// to, unless the actor it was linked to (by Find or Link) has been named
// since, outside quotations and claims; failing a speaker, the actor it
// was linked to; failing that, the latest compatible actor within three
// paragraphs before. "I" and "we", and words that are no personal
// pronoun, are only what they were linked to. The token is linked to the
// actor found.
func (r *Resolver) SpeakerPronoun(i int, said Saids) int {
	owner := r.Owners()
	t := r.d.Tokens[i]
	w := strings.ToLower(t.Text)
	if subjectForms[w] != w {
		return int(owner[i])
	}
	linked := int(owner[i])
	if linked != none && !r.Compatible(linked, w) {
		linked = none
	}
	para := r.d.Sentences[t.Sent].Paragraph
	for k := said.Len() - 1; k >= 0; k-- {
		c := said.At(k)
		if c.Span[0] >= int(t.Start) {
			continue
		}
		if para-c.Para > 2 {
			break
		}
		if c.Speaker != none && r.Compatible(c.Speaker, w) {
			// The speaker just quoted, unless the pronoun's actor has been
			// named since, outside quotations and claims.
			if linked != none && (linked == c.Speaker || r.namedBetween(linked, c.Span[1], int(t.Start), said)) {
				return linked
			}
			r.Link(c.Speaker, i, i+1)
			return c.Speaker
		}
	}
	if linked != none {
		return linked
	}
	best := r.Antecedent(w, int(t.Start), para, 3, false)
	if best != none {
		r.Link(best, i, i+1)
	}
	return best
}

// namedBetween reports whether actor a has a mention in [from, to) that is
// no pronoun and lies outside every quotation and every claim of said.
func (r *Resolver) namedBetween(a, from, to int, said Saids) bool {
	toks := r.d.Tokens
	for _, sp := range r.actors[a].Spans {
		if sp[0] < from || sp[1] > to || r.d.Quoted(sp[0]) {
			continue
		}
		if k := r.d.TokenAt(sp[0]); k < len(toks) && (toks[k].Tag == "PRP" || toks[k].Tag == "PRP$") {
			continue
		}
		inClaim := false
		for k := range said.Len() {
			if c := said.At(k); sp[0] >= c.Span[0] && sp[0] < c.Span[1] {
				inClaim = true
				break
			}
		}
		if !inClaim {
			return true
		}
	}
	return false
}

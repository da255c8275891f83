package actors

import (
	"slices"
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// none is no actor.
const none = -1

// Resolver answers, for the steps after Find, who a pronoun or a definite
// description refers to: "he" in "he said", "the mayor" in "the mayor
// said", "it" as an object. It reads its own copy of the actors: Link adds
// a mention to that copy and records it, and Mentions returns what was
// added, for Linked. The actors given to NewResolver are not changed.
type Resolver struct {
	d      *nlp.Doc
	actors []record.Actor
	owner  []int32 // token → actor, the longest span winning; built when first asked, updated by Link
	added  [][]record.Span
	near   []int32          // token → actor, the shortest span winning; built when first asked
	born   []int            // the actors Source added
	titles map[string]int32 // a person's title, folded → the first person bearing it; built when first asked
	dry    bool             // see Dry
}

// NewResolver returns a resolver over the actors of d.
func NewResolver(d *nlp.Doc, actors []record.Actor) *Resolver {
	r := &Resolver{d: d, actors: slices.Clone(actors), added: make([][]record.Span, len(actors))}
	for i := range r.actors {
		r.actors[i].Spans = slices.Clone(r.actors[i].Spans)
	}
	return r
}

// Actors returns the actors with the mentions linked so far. The caller
// must not change them.
func (r *Resolver) Actors() []record.Actor { return r.actors }

// Owners maps each token to the actor whose longest span holds it, or -1:
// "US officials" is the officials'. Link keeps it up to date; the caller
// must not change it.
func (r *Resolver) Owners() []int32 {
	if r.owner == nil {
		r.owner = nlp.Owners(r.d, record.ActorSpans(r.actors), true)
	}
	return r.owner
}

// Mentions returns, for each actor, the spans Link added to it, in order.
func (r *Resolver) Mentions() [][]record.Span { return r.added }

// Link adds the span of tokens [i, j) to actor a, unless a holds it.
func (r *Resolver) Link(a, i, j int) {
	if r.dry {
		return
	}
	act := &r.actors[a]
	sp := record.Span{int(r.d.Tokens[i].Start), int(r.d.Tokens[j-1].End)}
	for _, s := range act.Spans {
		if s == sp {
			return
		}
	}
	act.Spans = append(act.Spans, sp)
	r.added[a] = append(r.added[a], sp)
	sort.Slice(act.Spans, func(x, y int) bool {
		if act.Spans[x][0] != act.Spans[y][0] {
			return act.Spans[x][0] < act.Spans[y][0]
		}
		return act.Spans[x][1] < act.Spans[y][1]
	})
	act.Mentions = len(act.Spans)
	owner := r.Owners()
	for k := i; k < j; k++ {
		owner[k] = int32(a)
	}
}

// Compatible reports whether actor a can be referred to by the pronoun w
// (lower case): he and she a person named by two words or with a title,
// they a group, an organisation or an unnamed source, it an organisation
// or a named place.
func (r *Resolver) Compatible(a int, w string) bool {
	act := r.actors[a]
	switch w {
	case "he", "she":
		// A person known by one word only is as likely a misread company.
		return act.Type == record.Person && !act.Anonymous && (len(strings.Fields(act.Name)) >= 2 || len(act.Titles) > 0)
	case "they":
		return act.Type == record.Group || act.Type == record.Organization || act.Anonymous
	case "it":
		return act.Type == record.Organization || act.Type == record.Location && !act.Anonymous
	}
	return false
}

// subjectForms are the personal pronouns by the subject form that
// Compatible and Antecedent read: "him" and "his" are read as "he".
var subjectForms = map[string]string{
	"he": "he", "him": "he", "his": "he",
	"she": "she", "her": "she", "hers": "she",
	"it": "it", "its": "it",
	"they": "they", "them": "they", "their": "they",
}

// Pronoun returns the actor the personal pronoun w (lower case, any form)
// at input offset at refers to: the latest compatible actor named before
// it in its paragraph or the one before, places left out; none for a word
// that is no personal pronoun.
func (r *Resolver) Pronoun(w string, at int) int {
	s, ok := subjectForms[w]
	if !ok {
		return none
	}
	return r.Antecedent(s, at, r.paraAt(at), 1, true)
}

// Antecedent returns the actor compatible with pronoun w (lower case)
// whose latest mention ends before input offset at and lies in paragraph
// para or at most back paragraphs before, outside quotations; none when
// there is none (nlp's quotations: Doc.Quoted). Places are left out when noPlaces is set ("its" is
// seldom a country's).
func (r *Resolver) Antecedent(w string, at, para, back int, noPlaces bool) int {
	best, bestAt := none, -1
	for a, act := range r.actors {
		if !r.Compatible(a, w) || noPlaces && act.Type == record.Location {
			continue
		}
		for _, s := range act.Spans {
			if s[1] <= at && s[0] > bestAt && para-r.paraAt(s[0]) <= back && !r.d.Quoted(s[0]) {
				best, bestAt = a, s[0]
			}
		}
	}
	return best
}

// It returns the organisation that an object "it", the head at token head
// of a phrase starting at token first, refers to: the last one named in
// the three sentences before it; none when no organisation is named
// there. Spans held by two actors are read as the shortest one's.
func (r *Resolver) It(first, head int) int {
	t := r.d.Tokens
	h := t[head]
	if h.Tag != "PRP" || !strings.EqualFold(h.Text, "it") {
		return none
	}
	near := r.nearest()
	for i := first - 1; i >= 0 && h.Sent-t[i].Sent <= 3; i-- {
		if a := near[i]; a >= 0 && r.actors[a].Type == record.Organization {
			return int(a)
		}
	}
	return none
}

// paraAt returns the paragraph of the sentence holding input offset off.
func (r *Resolver) paraAt(off int) int { return r.d.Sentences[r.d.SentenceAt(off)].Paragraph }

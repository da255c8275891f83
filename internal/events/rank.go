package events

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/record"
)

// Tiers of candidate events, strongest first. An article keeps every
// candidate of tierCore, and the others in tier order (and, within a tier,
// in order of their sentences) while it holds fewer than maxEvents: a
// short article keeps more of its weaker events than a long one, whose
// skeleton is already told by its core events.
const (
	tierCore       = iota // a finite or passive clause with an actor; a headline "X to cut"; "Boeing's purchase"
	tierNonFinite         // a non-finite verb whose agent the clause lends it: "agreed to buy", "after violating"
	tierNounObject        // an event noun with an actor after it only: "the bankruptcy of Chrysler"
	tierBareNoun          // an event noun with no actor: "the deal"
	tierBare              // a finite clause with no actor: "the crane fell"
	tierNone              // no event
)

// maxEvents is the number of events an article is filled up to with
// events weaker than its core ones; the gold lists about ten a story.
// An event noun with no actor ("the deal") comes before a clause with
// none: a noun that names a happening is more often the story's (on the
// MEANTIME dev articles one in five, against one in seven).
const maxEvents = 16

// tier says how strong the evidence is that candidate c is an event of
// the story.
func (f *finder) tier(c cand) int {
	if f.quoted[c.g.Main] || f.hypothetical(c.g) {
		return tierNone
	}
	involved := c.agent >= 0 || c.patient >= 0
	if c.noun {
		switch {
		case c.agent >= 0:
			return tierCore
		case c.patient >= 0:
			return tierNounObject
		}
		return tierBareNoun
	}
	if f.lx.skip(c.g.Lemma) {
		return tierNone
	}
	if c.g.Finite || c.g.Passive || f.withClause(c.g) {
		if involved {
			return tierCore
		}
		return tierBare
	}
	if !involved || f.modifier(c.g) {
		return tierNone
	}
	t := f.d.Tokens
	if f.d.Sentences[c.e.Sentence].Heading {
		return tierCore // a headline's "Automaker to cut jobs", "Ford cutting jobs"
	}
	prev := ""
	if c.g.First > 0 {
		prev = strings.ToLower(t[c.g.First-1].Text)
	}
	switch t[c.g.Main].Tag {
	case "VB":
		return tierNonFinite
	case "VBN":
		if prev != "," {
			return tierNonFinite
		}
	case "VBG":
		switch prev {
		case ",", "after", "by", "before", "while", "when", "without", "from":
			return tierNonFinite
		}
	}
	return tierNone
}

// hypothetical says whether group g tells of something that did not or
// only might happen: "did not sign", "could violate". "Would" and "will
// likely" report a plan and stay.
func (f *finder) hypothetical(g group) bool {
	if g.modality == record.Negated {
		return true
	}
	switch g.Modal {
	case "could", "might", "may", "must", "should", "can", "ca":
		return true
	}
	return false
}

// choose returns the events the article keeps out of its candidates.
func (f *finder) choose(cs []cand) []record.Event {
	// The candidates by index, not copied: a long article has many.
	type ranked struct {
		c    int // index into cs
		tier int
	}
	var rs []ranked
	for i := range cs {
		if t := f.tier(cs[i]); t != tierNone {
			rs = append(rs, ranked{i, t})
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].tier != rs[j].tier {
			return rs[i].tier < rs[j].tier
		}
		return cs[rs[i].c].e.Sentence < cs[rs[j].c].e.Sentence
	})
	out := []record.Event{}
	for _, r := range rs {
		if r.tier == tierCore || len(out) < maxEvents {
			out = append(out, cs[r.c].e)
		}
	}
	return out
}

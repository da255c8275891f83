package confidence

import (
	"fmt"

	"github.com/extract-news/extract/internal/record"
)

// Filter drops from r the claims, events and positions whose confidence is
// below min, then the positions whose evidence all went, then the actors
// below min that no item left names. The ids are numbered again (a1, a2,
// ... in the same order) and every reference follows, so the record stays
// valid. A min of 0 or less keeps everything.
func Filter(r *record.Record, min float64) {
	if min <= 0 {
		return
	}
	claims, claimID := keep(r.Claims, "c", func(c record.Claim) (string, bool) { return c.ID, c.Confidence >= min })
	events, eventID := keep(r.Events, "e", func(e record.Event) (string, bool) { return e.ID, e.Confidence >= min })
	positions := r.Positions[:0]
	for _, p := range r.Positions {
		if p.Confidence < min {
			continue
		}
		kept := make([]string, 0, len(p.Evidence))
		for _, id := range p.Evidence {
			if n, ok := claimID[id]; ok {
				kept = append(kept, n)
			} else if n, ok := eventID[id]; ok {
				kept = append(kept, n)
			}
		}
		if len(p.Evidence) > 0 && len(kept) == 0 {
			continue // what it rested on went
		}
		p.Evidence = kept
		positions = append(positions, p)
	}
	named := map[string]bool{}
	name := func(id *string) {
		if id != nil {
			named[*id] = true
		}
	}
	for _, c := range claims {
		name(c.Speaker)
	}
	for _, e := range events {
		name(e.Agent)
		name(e.PatientActor)
		name(e.Place)
	}
	for _, p := range positions {
		name(&p.Actor)
		name(p.TargetActor)
	}
	actors, actorID := keep(r.Actors, "a", func(a record.Actor) (string, bool) { return a.ID, a.Confidence >= min || named[a.ID] })
	ref := func(id *string) *string {
		if id == nil {
			return nil
		}
		n := actorID[*id]
		return &n
	}
	for i := range actors {
		actors[i].ID = actorID[actors[i].ID]
	}
	for i := range claims {
		claims[i].ID = claimID[claims[i].ID]
		claims[i].Speaker = ref(claims[i].Speaker)
	}
	for i := range events {
		e := &events[i]
		e.ID = eventID[e.ID]
		e.Agent, e.PatientActor, e.Place = ref(e.Agent), ref(e.PatientActor), ref(e.Place)
	}
	for i := range positions {
		p := &positions[i]
		p.Actor = actorID[p.Actor]
		p.TargetActor = ref(p.TargetActor)
	}
	r.Actors, r.Claims, r.Events, r.Positions = actors, claims, events, positions
}

// keep keeps, in order, the items of list that kept says to keep, and maps
// the id of each (as kept gives it) to its new one: prefix and its number
// among those kept, from 1 (c1, c2, ...). It reuses list's array.
func keep[T any](list []T, prefix string, kept func(T) (id string, ok bool)) ([]T, map[string]string) {
	ids := map[string]string{}
	out := list[:0]
	for _, x := range list {
		if id, ok := kept(x); ok {
			ids[id] = fmt.Sprintf("%s%d", prefix, len(out)+1)
			out = append(out, x)
		}
	}
	return out, ids
}

// DefaultMin is extract's default --min-confidence, chosen from the dev
// split's figures (README, "Confidence"): it drops mostly wrong items and
// few right ones.
const DefaultMin = 0.3

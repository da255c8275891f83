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
	claimID := map[string]string{}
	claims := r.Claims[:0]
	for _, c := range r.Claims {
		if c.Confidence >= min {
			claimID[c.ID] = fmt.Sprintf("c%d", len(claims)+1)
			claims = append(claims, c)
		}
	}
	eventID := map[string]string{}
	events := r.Events[:0]
	for _, e := range r.Events {
		if e.Confidence >= min {
			eventID[e.ID] = fmt.Sprintf("e%d", len(events)+1)
			events = append(events, e)
		}
	}
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
	actorID := map[string]string{}
	actors := r.Actors[:0]
	for _, a := range r.Actors {
		if a.Confidence >= min || named[a.ID] {
			actorID[a.ID] = fmt.Sprintf("a%d", len(actors)+1)
			a.ID = actorID[a.ID]
			actors = append(actors, a)
		}
	}
	ref := func(id *string) *string {
		if id == nil {
			return nil
		}
		n := actorID[*id]
		return &n
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

// DefaultMin is extract's default --min-confidence, chosen from the dev
// split's figures (README, "Confidence"): it drops mostly wrong items and
// few right ones.
const DefaultMin = 0.3

package record

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Validate checks r against the rules of record-v1.md, given the input it was
// extracted from. It returns every problem it finds, joined with errors.Join,
// or nil when r keeps the contract. When r has a Text (a page's article
// text), or its input is html, that text is what spans index, and input is
// not looked at; "input" below then means r.Text:
//
//   - record is Version and stats.bytes is len(input);
//   - input is text or html;
//   - no list is nil (meta.authors included);
//   - ids are unique: the i-th actor is a<i>, the i-th claim c<i>, the i-th
//     event e<i>, counting from 1;
//   - every id a field names exists, and names the right kind of thing: an
//     actor for speaker, agent, patient_actor, place, actor and target_actor,
//     a claim or an event for evidence;
//   - every span lies within input, with start <= end;
//   - a claim's text is input[span];
//   - claims are ordered by span start, events by action_span start;
//   - actor types, claim kinds, event modalities and stances are ones this
//     package names;
//   - an actor's mentions is the number of its spans.
func Validate(r Record, input []byte) error {
	if r.Text != "" || r.Input == InputHTML {
		input = []byte(r.Text)
	}
	v := validator{input: input, ids: map[string]byte{}}
	v.record(r)
	return errors.Join(v.errs...)
}

// The kinds of thing an id names.
const (
	actorID = 'a'
	claimID = 'c'
	eventID = 'e'
)

type validator struct {
	input []byte
	ids   map[string]byte // id → kind
	errs  []error
}

func (v *validator) fail(where, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
}

func (v *validator) record(r Record) {
	if r.Record != Version {
		v.fail("record", "%q, want %q", r.Record, Version)
	}
	if r.Stats.Bytes != len(v.input) {
		v.fail("stats.bytes", "%d, want %d (the input's length)", r.Stats.Bytes, len(v.input))
	}
	if r.Input != InputText && r.Input != InputHTML {
		v.fail("input", "%q, want %q or %q", r.Input, InputText, InputHTML)
	}
	v.notNil("meta.authors", r.Meta.Authors == nil)
	v.notNil("actors", r.Actors == nil)
	v.notNil("claims", r.Claims == nil)
	v.notNil("events", r.Events == nil)
	v.notNil("positions", r.Positions == nil)

	// Ids first, so that references may point forward.
	for i, a := range r.Actors {
		v.id(fmt.Sprintf("actors[%d]", i), a.ID, actorID, i)
	}
	for i, c := range r.Claims {
		v.id(fmt.Sprintf("claims[%d]", i), c.ID, claimID, i)
	}
	for i, e := range r.Events {
		v.id(fmt.Sprintf("events[%d]", i), e.ID, eventID, i)
	}

	for i, a := range r.Actors {
		v.actor(fmt.Sprintf("actors[%d]", i), a)
	}
	for i, c := range r.Claims {
		where := fmt.Sprintf("claims[%d]", i)
		v.claim(where, c)
		if i > 0 && c.Span[0] < r.Claims[i-1].Span[0] {
			v.fail(where, "span starts at %d, before the previous claim's %d", c.Span[0], r.Claims[i-1].Span[0])
		}
	}
	for i, e := range r.Events {
		where := fmt.Sprintf("events[%d]", i)
		v.event(where, e)
		if i > 0 && e.ActionSpan[0] < r.Events[i-1].ActionSpan[0] {
			v.fail(where, "action_span starts at %d, before the previous event's %d", e.ActionSpan[0], r.Events[i-1].ActionSpan[0])
		}
	}
	for i, p := range r.Positions {
		v.position(fmt.Sprintf("positions[%d]", i), p)
	}
}

func (v *validator) actor(where string, a Actor) {
	v.oneOf(where+".type", a.Type, Person, Organization, Location, Group)
	v.notNil(where+".aliases", a.Aliases == nil)
	v.notNil(where+".titles", a.Titles == nil)
	v.notNil(where+".spans", a.Spans == nil)
	if a.Mentions != len(a.Spans) {
		v.fail(where+".mentions", "%d, want %d (the number of spans)", a.Mentions, len(a.Spans))
	}
	for i, s := range a.Spans {
		v.span(fmt.Sprintf("%s.spans[%d]", where, i), s)
	}
}

func (v *validator) claim(where string, c Claim) {
	v.ref(where+".speaker", c.Speaker, actorID)
	v.oneOf(where+".kind", c.Kind, Direct, Indirect, Partial)
	if v.span(where+".span", c.Span) {
		if got := string(v.input[c.Span[0]:c.Span[1]]); c.Text != got {
			v.fail(where+".text", "%q, but input%v is %q", c.Text, c.Span, got)
		}
	}
}

func (v *validator) event(where string, e Event) {
	v.span(where+".action_span", e.ActionSpan)
	v.span(where+".span", e.Span)
	v.ref(where+".agent", e.Agent, actorID)
	v.ref(where+".patient_actor", e.PatientActor, actorID)
	v.ref(where+".place", e.Place, actorID)
	v.oneOf(where+".modality", e.Modality, Past, Ongoing, Future, Possible, Negated)
}

func (v *validator) position(where string, p Position) {
	v.ref(where+".actor", &p.Actor, actorID)
	v.oneOf(where+".stance", p.Stance, Support, Oppose)
	v.ref(where+".target_actor", p.TargetActor, actorID)
	v.notNil(where+".evidence", p.Evidence == nil)
	for i, id := range p.Evidence {
		v.ref(fmt.Sprintf("%s.evidence[%d]", where, i), &id, claimID, eventID)
	}
	v.span(where+".span", p.Span)
}

// id records the id of the i-th item of a kind, and checks it is unique and
// numbered in order.
func (v *validator) id(where, id string, kind byte, i int) {
	if want := fmt.Sprintf("%c%d", kind, i+1); id != want {
		v.fail(where+".id", "%q, want %q", id, want)
	}
	if _, dup := v.ids[id]; dup {
		v.fail(where+".id", "%q is not unique", id)
		return
	}
	v.ids[id] = kind
}

// ref checks that id, when not nil, names a thing of one of kinds.
func (v *validator) ref(where string, id *string, kinds ...byte) {
	if id == nil {
		return
	}
	kind, ok := v.ids[*id]
	switch {
	case !ok:
		v.fail(where, "%q names nothing in the record", *id)
	case !slices.Contains(kinds, kind):
		v.fail(where, "%q names %s, want %s", *id, kindName(kind), kindNames(kinds))
	}
}

// span checks that s lies within the input and reports whether it does.
func (v *validator) span(where string, s Span) bool {
	if s[0] < 0 || s[0] > s[1] || s[1] > len(v.input) {
		v.fail(where, "%v is not within the input's %d bytes with start <= end", s, len(v.input))
		return false
	}
	return true
}

func (v *validator) oneOf(where, value string, allowed ...string) {
	if !slices.Contains(allowed, value) {
		v.fail(where, "%q, want one of %q", value, allowed)
	}
}

func (v *validator) notNil(where string, isNil bool) {
	if isNil {
		v.fail(where, "null, want a list (possibly empty)")
	}
}

// kindName names a kind of thing, with its article.
func kindName(k byte) string {
	switch k {
	case actorID:
		return "an actor"
	case claimID:
		return "a claim"
	default:
		return "an event"
	}
}

func kindNames(kinds []byte) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = kindName(k)
	}
	return strings.Join(names, " or ")
}

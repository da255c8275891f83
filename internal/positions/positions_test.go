package positions

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/syntax"
)

// actor makes a test actor whose spans are every occurrence of its names.
func actor(text, id, typ string, names ...string) record.Actor {
	return recordtest.Actor(text, id, typ, names...)
}

// said is a claim of a test's text, c1 by a1: the words from the first
// from up to the first to after it, of kind and cue, in sentence sentence.
type said struct {
	from, to, kind, cue string
	sentence            int
}

func (c said) claim(text string) record.Claim {
	a1 := "a1"
	s := strings.Index(text, c.from)
	e := s + strings.Index(text[s:], c.to)
	return record.Claim{ID: "c1", Speaker: &a1, Text: text[s:e], Kind: c.kind, Cue: c.cue, Sentence: c.sentence, Span: record.Span{s, e}}
}

// did is an event of a test's text, e1 of a1 in the past: the verb as
// written, its action and its patient, and the actor the patient names if
// any. It spans the sentence of the verb but for its full stop; that
// sentence is the text's first.
type did struct{ verb, action, patient, patientActor string }

func (d did) event(text string) record.Event {
	a1 := "a1"
	v := strings.Index(text, d.verb)
	end := v + strings.Index(text[v:], ".")
	e := record.Event{ID: "e1", Action: d.action, ActionSpan: record.Span{v, v + len(d.verb)}, Text: text[:end], Agent: &a1,
		Patient: d.patient, Modality: record.Past, Span: record.Span{0, end}}
	if d.patientActor != "" {
		e.PatientActor = &d.patientActor
	}
	return e
}

// find makes the record of text with actors, and with the claim c and the
// event e of text where they are not nil, gives it the positions Find
// finds in it, and holds it to the contract.
func find(t *testing.T, text string, actors []record.Actor, c *said, e *did) record.Record {
	t.Helper()
	d, r := recordtest.Parse(t, text)
	r.Actors = actors
	if c != nil {
		r.Claims = []record.Claim{c.claim(text)}
	}
	if e != nil {
		r.Events = []record.Event{e.event(text)}
	}
	r.Positions = Find(syntax.Parse(d, events.Words()), r.Actors, r.Claims, r.Events)
	recordtest.Check(t, r, []byte(text))
	return r
}

// held lists r's positions as holder/stance/target/target actor/evidence,
// actors by name.
func held(r record.Record) []string {
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	var got []string
	for _, p := range r.Positions {
		ta := ""
		if p.TargetActor != nil {
			ta = names[*p.TargetActor]
		}
		got = append(got, fmt.Sprintf("%s/%s/%s/%s/%s", names[p.Actor], p.Stance, p.Target, ta, strings.Join(p.Evidence, ",")))
	}
	return got
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		claim *said
		event *did
		want  []string // holder/stance/target/target actor/evidence
	}{
		{"stated by a verb", "Lena Ortiz opposes the merger.", nil, nil,
			[]string{"Lena Ortiz/oppose/the merger//"}},
		{"negated verb", "Lena Ortiz does not support the merger.", nil, nil,
			nil},
		{"nominal", "Officials noted Lena Ortiz's strong objections to the tax plan.", nil, nil,
			[]string{"Lena Ortiz/oppose/the tax plan//"}},
		{"claim words", `"This is an egregious violation," Lena Ortiz said.`,
			&said{"This", `,"`, record.Direct, "said", 0}, nil,
			[]string{"Lena Ortiz/oppose/violation//c1"}},
		{"negated claim", `"We do not support the plan," Lena Ortiz said.`,
			&said{"We", `,"`, record.Direct, "said", 0}, nil,
			[]string{"Lena Ortiz/oppose/the plan//c1"}},
		{"action", "Lena Ortiz sued the city.", nil,
			&did{"sued", "sue", "the city", ""},
			[]string{"Lena Ortiz/oppose/the city//e1"}},
		{"an action whose patient is a noun of stance", "Lena Ortiz voiced frustration with the toll.", nil,
			&did{"voiced", "voice", "frustration", ""},
			[]string{"Lena Ortiz/oppose/the toll//e1"}},
		{"an action whose patient is a noun of an amount", "Lena Ortiz voiced support of $2 million for the toll.", nil,
			&did{"voiced", "voice", "support", ""},
			nil},
	}
	for _, tc := range tests {
		r := find(t, tc.text, []record.Actor{actor(tc.text, "a1", record.Person, "Lena Ortiz")}, tc.claim, tc.event)
		if got := held(r); strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s: Find(%q):\n got %q\nwant %q", tc.name, tc.text, got, tc.want)
		}
	}
}

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

// find makes the record of text with actors, and with the claims and the
// events that claims and evs make of text where they are not nil, gives
// it the positions Find finds in it, and holds it to the contract.
func find(t *testing.T, text string, actors []record.Actor, claims func(text string) []record.Claim, evs func(text string) []record.Event) record.Record {
	t.Helper()
	d, r := recordtest.Parse(t, text)
	r.Actors = actors
	if claims != nil {
		r.Claims = claims(text)
	}
	if evs != nil {
		r.Events = evs(text)
	}
	r.Positions = Find(syntax.Parse(d, events.Words()), r.Actors, r.Claims, r.Events)
	recordtest.Check(t, r, []byte(text))
	return r
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		claims func(text string) []record.Claim
		events func(text string) []record.Event
		want   []string // actor/stance/target/evidence
	}{
		{"stated by a verb", "Lena Ortiz opposes the merger.", nil, nil,
			[]string{"Lena Ortiz/oppose/the merger/"}},
		{"negated verb", "Lena Ortiz does not support the merger.", nil, nil,
			nil},
		{"nominal", "Officials noted Lena Ortiz's strong objections to the tax plan.", nil, nil,
			[]string{"Lena Ortiz/oppose/the tax plan/"}},
		{"claim words", `"This is an egregious violation," Lena Ortiz said.`,
			func(text string) []record.Claim {
				s := strings.Index(text, "This")
				e := strings.Index(text, ",\"")
				a1 := "a1"
				return []record.Claim{{ID: "c1", Speaker: &a1, Text: text[s:e], Kind: record.Direct, Cue: "said", Span: record.Span{s, e}}}
			}, nil,
			[]string{"Lena Ortiz/oppose/violation/c1"}},
		{"negated claim", `"We do not support the plan," Lena Ortiz said.`,
			func(text string) []record.Claim {
				s := strings.Index(text, "We")
				e := strings.Index(text, ",\"")
				a1 := "a1"
				return []record.Claim{{ID: "c1", Speaker: &a1, Text: text[s:e], Kind: record.Direct, Cue: "said", Span: record.Span{s, e}}}
			}, nil,
			[]string{"Lena Ortiz/oppose/the plan/c1"}},
		{"action", "Lena Ortiz sued the city.", nil,
			func(text string) []record.Event {
				a1 := "a1"
				s := strings.Index(text, "sued")
				return []record.Event{{ID: "e1", Action: "sue", ActionSpan: record.Span{s, s + 4}, Text: text[:len(text)-1], Agent: &a1, Patient: "the city", Modality: record.Past, Span: record.Span{0, len(text) - 1}}}
			},
			[]string{"Lena Ortiz/oppose/the city/e1"}},
		{"an action whose patient is a noun of stance", "Lena Ortiz voiced frustration with the toll.", nil,
			func(text string) []record.Event {
				a1 := "a1"
				s := strings.Index(text, "voiced")
				return []record.Event{{ID: "e1", Action: "voice", ActionSpan: record.Span{s, s + 6}, Text: text[:len(text)-1], Agent: &a1, Patient: "frustration", Modality: record.Past, Span: record.Span{0, len(text) - 1}}}
			},
			[]string{"Lena Ortiz/oppose/the toll/e1"}},
		{"an action whose patient is a noun of an amount", "Lena Ortiz voiced support of $2 million for the toll.", nil,
			func(text string) []record.Event {
				a1 := "a1"
				s := strings.Index(text, "voiced")
				return []record.Event{{ID: "e1", Action: "voice", ActionSpan: record.Span{s, s + 6}, Text: text[:len(text)-1], Agent: &a1, Patient: "support", Modality: record.Past, Span: record.Span{0, len(text) - 1}}}
			},
			nil},
	}
	for _, tc := range tests {
		r := find(t, tc.text, []record.Actor{actor(tc.text, "a1", record.Person, "Lena Ortiz")}, tc.claims, tc.events)
		var got []string
		for _, p := range r.Positions {
			got = append(got, fmt.Sprintf("Lena Ortiz/%s/%s/%s", p.Stance, p.Target, strings.Join(p.Evidence, ",")))
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s: Find(%q):\n got %q\nwant %q", tc.name, tc.text, got, tc.want)
		}
	}
}

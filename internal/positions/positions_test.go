package positions

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/syntax"
)

// actor makes a test actor whose spans are every occurrence of its names.
func actor(text, id, typ string, names ...string) record.Actor {
	return recordtest.Actor(text, id, typ, names...)
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
	}
	for _, tc := range tests {
		d, err := nlp.Parse([]byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		r := record.New("test")
		r.Stats = record.Stats{Bytes: len(tc.text), Sentences: len(d.Sentences), Words: len(strings.Fields(tc.text))}
		r.Actors = []record.Actor{actor(tc.text, "a1", record.Person, "Lena Ortiz")}
		if tc.claims != nil {
			r.Claims = tc.claims(tc.text)
		}
		if tc.events != nil {
			r.Events = tc.events(tc.text)
		}
		r.Positions = Find(syntax.Parse(d, events.Words()), r.Actors, r.Claims, r.Events)
		recordtest.Check(t, r, []byte(tc.text))
		var got []string
		for _, p := range r.Positions {
			got = append(got, fmt.Sprintf("Lena Ortiz/%s/%s/%s", p.Stance, p.Target, strings.Join(p.Evidence, ",")))
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s: Find(%q):\n got %q\nwant %q", tc.name, tc.text, got, tc.want)
		}
	}
}

package record

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Record)
		input  string // sampleInput when empty
		want   []string
	}{
		{name: "sample", change: func(r *Record) {}},
		{
			name:   "empty record of empty input",
			change: func(r *Record) { *r = New("x.txt") },
			input:  "-",
			want:   []string{"stats.bytes: 0, want 1 (the input's length)"},
		},
		{
			name:   "version",
			change: func(r *Record) { r.Record = "v2" },
			want:   []string{`record: "v2", want "v1"`},
		},
		{
			name: "nil lists",
			change: func(r *Record) {
				r.Claims, r.Events, r.Positions = nil, nil, nil
				r.Actors[0].Aliases, r.Actors[0].Titles = nil, nil
				r.Actors = r.Actors[:1]
			},
			want: []string{
				"claims: null, want a list (possibly empty)",
				"events: null, want a list (possibly empty)",
				"positions: null, want a list (possibly empty)",
				"actors[0].aliases: null, want a list (possibly empty)",
				"actors[0].titles: null, want a list (possibly empty)",
			},
		},
		{
			name: "nil spans and evidence",
			change: func(r *Record) {
				r.Actors[1].Spans, r.Actors[1].Mentions = nil, 0
				r.Positions[0].Evidence = nil
			},
			want: []string{
				"actors[1].spans: null, want a list (possibly empty)",
				"positions[0].evidence: null, want a list (possibly empty)",
			},
		},
		{
			name:   "duplicate id",
			change: func(r *Record) { r.Actors[1].ID = "a1" },
			want: []string{
				`actors[1].id: "a1", want "a2"`,
				`actors[1].id: "a1" is not unique`,
				`events[0].agent: "a2" names nothing in the record`,
				`positions[0].target_actor: "a2" names nothing in the record`,
			},
		},
		{
			name: "ids out of sequence",
			change: func(r *Record) {
				r.Actors[0].ID = "a3"
				r.Claims[0].ID = "c2"
				r.Events[0].ID = "x1"
				r.Claims[0].Speaker = ptr("a3")
				r.Positions[0].Evidence = []string{"c2"}
				r.Positions[0].Actor = "a3"
			},
			want: []string{`actors[0].id: "a3", want "a1"`, `claims[0].id: "c2", want "c1"`, `events[0].id: "x1", want "e1"`},
		},
		{
			name: "dangling references",
			change: func(r *Record) {
				r.Claims[0].Speaker = ptr("a9")
				r.Events[0].Agent = ptr("a0")
				r.Events[0].PatientActor = ptr("")
				r.Events[0].Place = ptr("a7")
				r.Positions[0].Actor = "a5"
				r.Positions[0].TargetActor = ptr("a6")
				r.Positions[0].Evidence = []string{"c1", "e2"}
			},
			want: []string{
				`claims[0].speaker: "a9" names nothing in the record`,
				`events[0].agent: "a0" names nothing in the record`,
				`events[0].patient_actor: "" names nothing in the record`,
				`events[0].place: "a7" names nothing in the record`,
				`positions[0].actor: "a5" names nothing in the record`,
				`positions[0].target_actor: "a6" names nothing in the record`,
				`positions[0].evidence[1]: "e2" names nothing in the record`,
			},
		},
		{
			name: "references of the wrong kind",
			change: func(r *Record) {
				r.Claims[0].Speaker = ptr("c1")
				r.Events[0].Place = ptr("e1")
				r.Positions[0].Evidence = []string{"a1", "e1"}
			},
			want: []string{
				`claims[0].speaker: "c1" names a claim, want an actor`,
				`events[0].place: "e1" names an event, want an actor`,
				`positions[0].evidence[0]: "a1" names an actor, want a claim or an event`,
			},
		},
		{
			name: "spans outside the input",
			change: func(r *Record) {
				r.Actors[0].Spans[0] = Span{-1, 5}
				r.Events[0].ActionSpan = Span{35, 45}
				r.Events[0].Span = Span{30, 29}
				r.Positions[0].Span = Span{44, 44} // empty, at the end: allowed
			},
			want: []string{
				"actors[0].spans[0]: [-1 5] is not within the input's 44 bytes with start <= end",
				"events[0].action_span: [35 45] is not within the input's 44 bytes with start <= end",
				"events[0].span: [30 29] is not within the input's 44 bytes with start <= end",
			},
		},
		{
			name:   "claim span outside the input",
			change: func(r *Record) { r.Claims[0].Span = Span{13, 99} },
			want:   []string{"claims[0].span: [13 99] is not within the input's 44 bytes with start <= end"},
		},
		{
			name:   "claim text not the input at its span",
			change: func(r *Record) { r.Claims[0].Text = `"We will fight."` },
			want:   []string{`claims[0].text: "\"We will fight.\"", but input[13 27] is "We will fight."`},
		},
		{
			name: "claims and events out of order",
			change: func(r *Record) {
				r.Claims = append(r.Claims, Claim{ID: "c2", Text: "Vance", Kind: Indirect, Span: Span{0, 5}})
				r.Events = append(r.Events, Event{ID: "e2", Action: "say", ActionSpan: Span{6, 10}, Modality: Past, Span: Span{0, 10}})
			},
			want: []string{
				"claims[1]: span starts at 0, before the previous claim's 13",
				"events[1]: action_span starts at 6, before the previous event's 35",
			},
		},
		{
			name: "values outside the enumerations",
			change: func(r *Record) {
				r.Actors[0].Type = "Person"
				r.Claims[0].Kind = ""
				r.Events[0].Modality = "present"
				r.Positions[0].Stance = "neutral"
			},
			want: []string{
				`actors[0].type: "Person", want one of ["person" "organization" "location" "group"]`,
				`claims[0].kind: "", want one of ["direct" "indirect" "partial"]`,
				`events[0].modality: "present", want one of ["past" "ongoing" "future" "possible" "negated"]`,
				`positions[0].stance: "neutral", want one of ["support" "oppose"]`,
			},
		},
		{
			name:   "mentions not the number of spans",
			change: func(r *Record) { r.Actors[0].Mentions = 3 },
			want:   []string{"actors[0].mentions: 3, want 1 (the number of spans)"},
		},
		{
			// A page's record indexes its text, whatever the page was.
			name:   "page: spans index text",
			change: func(r *Record) { r.Input, r.Text = InputHTML, sampleInput },
			input:  "<html><p>" + sampleInput + "</p></html>",
		},
		{
			name: "page: text not what the spans index",
			change: func(r *Record) {
				r.Input, r.Text = InputHTML, "X"+sampleInput[:len(sampleInput)-1]
			},
			input: sampleInput,
			want: []string{
				fmt.Sprintf(`claims[0].text: %q, but input[%d %d] is %q`, sample().Claims[0].Text, sample().Claims[0].Span[0], sample().Claims[0].Span[1],
					("X" + sampleInput)[sample().Claims[0].Span[0]:sample().Claims[0].Span[1]]),
			},
		},
		{
			name:   "page without text",
			change: func(r *Record) { r.Input = InputHTML },
			input:  sampleInput,
			want: []string{
				fmt.Sprintf("stats.bytes: %d, want 0 (the input's length)", len(sampleInput)),
				"actors[0].spans[0]: [0 5] is not within the input's 0 bytes with start <= end",
				"actors[1].spans[0]: [29 34] is not within the input's 0 bytes with start <= end",
				"claims[0].span: [13 27] is not within the input's 0 bytes with start <= end",
				"events[0].action_span: [35 43] is not within the input's 0 bytes with start <= end",
				"events[0].span: [29 43] is not within the input's 0 bytes with start <= end",
				"positions[0].span: [13 27] is not within the input's 0 bytes with start <= end",
			},
		},
	}
	for _, tt := range tests {
		r := sample()
		tt.change(&r)
		input := tt.input
		if input == "" {
			input = sampleInput
		}
		got := problems(Validate(r, []byte(input)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Validate problems:\n\t%s\nwant:\n\t%s", tt.name, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
}

// problems splits an error from Validate into its lines.
func problems(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

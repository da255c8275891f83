package positions

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// TestContract checks what the contract says of positions: one per actor,
// stance and target; the sentence and span of the first evidence; the
// target as the article writes it.
func TestContract(t *testing.T) {
	// Ortiz's quote of the second sentence, "Brandt has been a disaster ..."
	disasterQuote := &said{"Brandt has", `,"`, record.Direct, "said", 1}
	tests := []struct {
		name  string
		text  string
		claim *said
		event *did
		want  []record.Position // Sentence and Span by the evidence
	}{
		{
			name:  "a target once resolved to an actor and once not is one position",
			text:  "Lena Ortiz sued Brandt. Lena Ortiz opposes Brandt.",
			event: &did{"sued", "sue", "Brandt", ""},
			want:  []record.Position{{Actor: "a1", Stance: record.Oppose, Target: "Brandt", TargetActor: ptr("a2"), Evidence: []string{"e1"}, Sentence: 0, Span: record.Span{0, 22}}},
		},
		{
			name:  "sentence and span of the first evidence; the target as written",
			text:  "Lena Ortiz opposes Governor Paul Brandt.\n\n\"Brandt has been a disaster for this city,\" Ortiz said.",
			claim: disasterQuote,
			want: []record.Position{
				{Actor: "a1", Stance: record.Oppose, Target: "Governor Paul Brandt", TargetActor: ptr("a2"), Evidence: []string{"c1"}, Sentence: 1},
			},
		},
		{
			name:  "a claim's target is the mention as written, not the actor's name",
			text:  "Lena Ortiz spoke.\n\n\"Brandt has been a disaster for this city,\" Ortiz said of Governor Paul Brandt.",
			claim: disasterQuote,
			want: []record.Position{
				{Actor: "a1", Stance: record.Oppose, Target: "Brandt", TargetActor: ptr("a2"), Evidence: []string{"c1"}, Sentence: 1},
			},
		},
	}
	for _, tc := range tests {
		actors := []record.Actor{
			actor(tc.text, "a1", record.Person, "Lena Ortiz", "Ortiz"),
			actor(tc.text, "a2", record.Person, "Governor Paul Brandt", "Brandt"),
		}
		// "Brandt" inside "Governor Paul Brandt" is one mention, not two.
		var spans []record.Span
		for _, sp := range actors[1].Spans {
			if len(spans) == 0 || sp[0] >= spans[len(spans)-1][1] {
				spans = append(spans, sp)
			}
		}
		actors[1].Spans, actors[1].Mentions = spans, len(spans)
		r := find(t, tc.text, actors, tc.claim, tc.event)
		if len(r.Positions) != len(tc.want) {
			t.Errorf("%s: %d positions, want %d: %+v", tc.name, len(r.Positions), len(tc.want), r.Positions)
			continue
		}
		for i, w := range tc.want {
			p := r.Positions[i]
			if w.Span == (record.Span{}) && len(r.Claims) > 0 {
				w.Span = r.Claims[0].Span
			}
			if p.Actor != w.Actor || p.Stance != w.Stance || p.Target != w.Target || p.TargetActor == nil || *p.TargetActor != *w.TargetActor ||
				strings.Join(p.Evidence, ",") != strings.Join(w.Evidence, ",") || p.Sentence != w.Sentence || p.Span != w.Span {
				t.Errorf("%s: position %d = %+v (target actor %v), want %+v", tc.name, i, p, deref(p.TargetActor), w)
			}
		}
	}
}

func ptr(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

package claims

import (
	"testing"
)

// TestUnnamedSpeakers: a description that speaks and refers back to no
// actor is an unnamed source, made an actor, and the claim's speaker.
func TestUnnamedSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text, cue, speaker string
		anonymous          bool
	}{
		{"As the lights dimmed, the announcer said, \"The ferry leaves at noon.\"\n", "said", "announcer", true},
		{"Fares will rise in March. The commission says on its website that the rise is small.\n", "says", "commission", true},
		{"The harbour board met on Monday. Campaign aides insisted that the vote was fair.\n", "insisted", "Campaign aides", true},
		{"Dalia Varga left the port. A friend commented that she was tired.\n", "commented", "A friend", true},
		// A description that refers back still resolves to its actor.
		{"Mayor Ivo Marsh opened the bridge. Later the mayor said it was safe.\n", "said", "Ivo Marsh", false},
		// A name beside the description wins over it: "An analyst, X, said".
		{"An aviation analyst, Petra Lind, said the order was large.\n", "said", "Petra Lind", false},
		{"Belknap Works, the contractor, said the city had changed the design.\n", "said", "Belknap Works", false},
	} {
		claims, acts := find(t, tc.text)
		var got string
		anon := false
		for _, c := range claims {
			if c.Cue == tc.cue {
				got = speakerName(c, acts)
				for _, a := range acts {
					if c.Speaker != nil && a.ID == *c.Speaker {
						anon = a.Anonymous
					}
				}
			}
		}
		if got != tc.speaker || anon != tc.anonymous {
			t.Errorf("%q: speaker of %q = %q (anonymous %v), want %q (%v)", tc.text, tc.cue, got, anon, tc.speaker, tc.anonymous)
		}
	}
}

// TestUnnamedSpeakerHeadline: a headline's description names no one.
func TestUnnamedSpeakerHeadline(t *testing.T) {
	claims, acts := find(t, "Mayor vows 'no new tolls' as bridge repairs stall\n\nThe repairs began in May.\n")
	for _, c := range claims {
		t.Errorf("headline claim %q by %q", c.Text, speakerName(c, acts))
	}
}

// TestInnerAndContinuedSpeakers: a speech act nested in another's has the
// inner speaker, and a quotation continued into the next paragraph keeps
// its speaker.
func TestInnerAndContinuedSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, claim, speaker string }{
		{"Mayor Ivo Marsh opened the pier. Tom Keller said the mayor told him that the budget was short.\n",
			"the budget was short", "Ivo Marsh"},
		{"Tom Keller said the mayor told him that the pier was unsafe.\n",
			"the pier was unsafe", "mayor"}, // no mayor named: an unnamed source
		{"\"We will not stop,\" Dana Whitcombe said. \"The harbour is ours.\n\n\"We have fished here for a century.\"\n",
			"We have fished here for a century.", "Dana Whitcombe"},
	} {
		claims, acts := find(t, tc.text)
		found := false
		for _, c := range claims {
			if c.Text == tc.claim {
				found = true
				if got := speakerName(c, acts); got != tc.speaker {
					t.Errorf("%q: speaker of %q = %q, want %q", tc.text, tc.claim, got, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim %q", tc.text, tc.claim)
		}
	}
}

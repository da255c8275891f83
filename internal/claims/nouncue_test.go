package claims

import "testing"

// TestNominalRelativeThat checks that a cue noun followed by a relative
// "that" (the subject of the clause after it) reports nothing itself.
func TestNominalRelativeThat(t *testing.T) {
	text := "Budget fight\n\nThe council agreed to hear a complaint from Councilor Ada Moss that argues the ferry schedule ignores night workers.\n"
	got, acts := find(t, text)
	seen := false
	for _, c := range got {
		if c.Cue == "complaint" {
			t.Errorf("claim %q with cue complaint: the that-clause is relative", c.Text)
		}
		if c.Cue == "argues" && c.Text == "the ferry schedule ignores night workers" && speakerName(c, acts) == "Ada Moss" {
			seen = true
		}
	}
	if !seen {
		t.Errorf("no claim of argues by Ada Moss among %d claims", len(got))
	}
}

package syntax_test

import (
	"testing"
)

func TestNegated(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"The council did not oppose the plan.", "oppose", true},
		{"The council refused to support the plan.", "support", true},
		{"The deal is not good for farmers.", "good", true},
		{"There is no good reason to wait.", "good", true},
		{"We will not repeat the bad decisions of the past.", "bad", false},
		{"The deal is good for farmers.", "good", false},
	} {
		s, k := parseAt(t, tc.text, tc.word)
		if got := s.Negated(k); got != tc.want {
			t.Errorf("Negated(%q) in %q = %v, want %v", tc.word, tc.text, got, tc.want)
		}
	}
}

func TestGroupAt(t *testing.T) {
	s := parse(t, "The board has quietly approved the sale, and the union said nothing.")
	for i, tok := range s.Doc.Tokens {
		g := s.GroupAt(i)
		switch tok.Text {
		case "has", "quietly", "approved", "said":
			if g < 0 {
				t.Errorf("GroupAt(%q) = -1, want a group", tok.Text)
			}
		default:
			if g >= 0 {
				t.Errorf("GroupAt(%q) = %d, want -1", tok.Text, g)
			}
		}
	}
	if g := s.Governing(len(s.Doc.Tokens) - 2); g < 0 || s.Verbs[g].Lemma != "say" {
		t.Errorf("Governing(nothing) = %d, want the group of said", g)
	}
}

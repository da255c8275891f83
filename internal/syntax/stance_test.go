package syntax_test

import (
	"testing"
)

func TestHolder(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		{"Mara Quill opposes the new toll.", "opposes", "Mara Quill"},
		{"Mara Quill on Friday opposed the new toll.", "opposed", "Mara Quill"},
		{"The union, which has 4,000 members, welcomed the deal.", "welcomed", "The union"},
		{"Mara Quill spoke to reporters and later praised the deal.", "praised", "Mara Quill"},
		{"Mara Quill spoke on Tuesday, criticizing the toll.", "criticizing", "Mara Quill"},
		{"Supporters of the toll rallied outside.", "rallied", "Supporters of the toll"},
	} {
		s := parse(t, tc.text)
		gi := -1
		for k, v := range s.Verbs {
			if s.Doc.Tokens[v.Main].Text == tc.verb {
				gi = k
			}
		}
		if gi < 0 {
			t.Fatalf("no group on %q in %q", tc.verb, tc.text)
		}
		if got := phrase(s, s.Holder(gi)); got != tc.want {
			t.Errorf("Holder(%q) in %q = %q, want %q", tc.verb, tc.text, got, tc.want)
		}
	}
}

func TestTarget(t *testing.T) {
	for _, tc := range []struct{ text, after, want string }{
		{"The council opposes the plan to close the library.", "opposes", "the plan to close the library"},
		{"The mayor voted against the budget on Monday.", "voted", "the budget"},
		{"Ana Ruiz objected to replacing paper ballots with machines, aides said.", "objected", "replacing paper ballots with machines"},
		{"The group backs rules banning cheap imports because of safety.", "backs", "rules banning cheap imports"},
		{"The union welcomed the deal whilst warning of cuts.", "welcomed", "the deal"},
		{"Ruiz criticized the senator's remarks.", "criticized", "the senator's remarks"},
		{"Ruiz said very little.", "said", ""},
		{"Ruiz backed a plan to dredge the harbor on Wednesday.", "backed", "a plan to dredge the harbor"},
	} {
		s := parse(t, tc.text)
		k := -1
		for i, tok := range s.Doc.Tokens {
			if tok.Text == tc.after {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("no token %q in %q", tc.after, tc.text)
		}
		if got := phrase(s, s.Target(k+1, len(s.Doc.Tokens))); got != tc.want {
			t.Errorf("Target after %q in %q = %q, want %q", tc.after, tc.text, got, tc.want)
		}
	}
}

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
		s := parse(t, tc.text)
		k := -1
		for i, tok := range s.Doc.Tokens {
			if tok.Text == tc.word {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("no token %q in %q", tc.word, tc.text)
		}
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

package syntax_test

import "testing"

// TestSkipLeft checks what is skipped between a subject and its verb.
func TestSkipLeft(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		{"Dalia Varga, though, said no.", "said", "Varga"},
		{"Dalia Varga in recent days has said no.", "said", "Varga"},
		{"Rep. Ann Bell (D-Ohio) said no.", "said", "Bell"},
		{"Dalia Varga on Friday also said no.", "said", "Varga"},
		{"Dalia Varga, the mayor, said no.", "said", ","},
	} {
		s := parse(t, tc.text)
		v := index(t, s, tc.verb)
		j := s.SkipLeft(v-1, 0)
		if got := s.Doc.Tokens[j].Text; j < 0 || got != tc.want {
			t.Errorf("SkipLeft before %q in %q stops at %q, want %q", tc.verb, tc.text, got, tc.want)
		}
	}
}

// TestSkipRight checks what is skipped between a subject's head and its
// verb, read rightward.
func TestSkipRight(t *testing.T) {
	for _, tc := range []struct{ text, head, want string }{
		{"The clerk, who asked not to be named, said no.", "clerk", "said"},
		{"Critics of the harbour board say it failed.", "Critics", "say"},
		{"Clerks in Port Elsworth said no.", "Clerks", "said"},
		{"Clerks, however, quickly said no.", "Clerks", "said"},
		// Nothing to skip: the verb follows the head.
		{"Clerks said no.", "Clerks", "said"},
		// A comma with no aside after it stays.
		{"Clerks, tired and cold, went home.", "Clerks", ","},
	} {
		s := parse(t, tc.text)
		h := index(t, s, tc.head)
		k := s.SkipRight(h+1, h, len(s.Doc.Tokens))
		if got := s.Doc.Tokens[k].Text; got != tc.want {
			t.Errorf("SkipRight after %q in %q stops at %q, want %q", tc.head, tc.text, got, tc.want)
		}
	}
}

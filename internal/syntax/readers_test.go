package syntax_test

import (
	"testing"

	"github.com/extract-news/extract/internal/syntax"
)

// readers are the readers TestReaders tries, by name: each reads from the
// token k of s and says what it found, a token's or a phrase's words.
var readers = map[string]func(s *syntax.Syntax, k int) string{
	// SkipLeft skips leftward from the word before verb k what may stand
	// between a subject and its verb; the token it stops at.
	"SkipLeft": func(s *syntax.Syntax, k int) string {
		j := s.SkipLeft(k-1, 0)
		return words(s, j, j)
	},
	// SkipRight skips rightward from a subject's head k what may stand
	// between it and its verb; the token it stops at.
	"SkipRight": func(s *syntax.Syntax, k int) string {
		j := s.SkipRight(k+1, k, len(s.Doc.Tokens))
		return words(s, j, j)
	},
	// Holder: who holds the verb group of token k.
	"Holder": func(s *syntax.Syntax, k int) string { return phrase(s, s.Holder(s.GroupAt(k))) },
	// Target: what a word of stance at k is toward, read after it.
	"Target": func(s *syntax.Syntax, k int) string { return phrase(s, s.Target(k+1, len(s.Doc.Tokens))) },
}

// TestReaders holds each reader of readers to sentences: the reader, the
// sentence, the word it reads from (its first token) and what it finds.
func TestReaders(t *testing.T) {
	for _, tc := range []struct{ reader, text, at, want string }{
		{"SkipLeft", "Dalia Varga, though, said no.", "said", "Varga"},
		{"SkipLeft", "Dalia Varga in recent days has said no.", "said", "Varga"},
		{"SkipLeft", "Rep. Ann Bell (D-Ohio) said no.", "said", "Bell"},
		{"SkipLeft", "Dalia Varga on Friday also said no.", "said", "Varga"},
		{"SkipLeft", "Dalia Varga, the mayor, said no.", "said", ","},

		{"SkipRight", "The clerk, who asked not to be named, said no.", "clerk", "said"},
		{"SkipRight", "Critics of the harbour board say it failed.", "Critics", "say"},
		{"SkipRight", "Clerks in Port Elsworth said no.", "Clerks", "said"},
		{"SkipRight", "Clerks, however, quickly said no.", "Clerks", "said"},
		// Nothing to skip: the verb follows the head.
		{"SkipRight", "Clerks said no.", "Clerks", "said"},
		// A comma with no aside after it stays.
		{"SkipRight", "Clerks, tired and cold, went home.", "Clerks", ","},

		{"Holder", "Mara Quill opposes the new toll.", "opposes", "Mara Quill"},
		{"Holder", "Mara Quill on Friday opposed the new toll.", "opposed", "Mara Quill"},
		{"Holder", "The union, which has 4,000 members, welcomed the deal.", "welcomed", "The union"},
		{"Holder", "Mara Quill spoke to reporters and later praised the deal.", "praised", "Mara Quill"},
		{"Holder", "Mara Quill spoke on Tuesday, criticizing the toll.", "criticizing", "Mara Quill"},
		{"Holder", "Supporters of the toll rallied outside.", "rallied", "Supporters of the toll"},

		{"Target", "The council opposes the plan to close the library.", "opposes", "the plan to close the library"},
		{"Target", "The mayor voted against the budget on Monday.", "voted", "the budget"},
		{"Target", "Ana Ruiz objected to replacing paper ballots with machines, aides said.", "objected", "replacing paper ballots with machines"},
		{"Target", "The group backs rules banning cheap imports because of safety.", "backs", "rules banning cheap imports"},
		{"Target", "The union welcomed the deal whilst warning of cuts.", "welcomed", "the deal"},
		{"Target", "Ruiz criticized the senator's remarks.", "criticized", "the senator's remarks"},
		{"Target", "Ruiz said very little.", "said", ""},
		{"Target", "Ruiz backed a plan to dredge the harbor on Wednesday.", "backed", "a plan to dredge the harbor"},
	} {
		s, k := parseAt(t, tc.text, tc.at)
		if got := readers[tc.reader](s, k); got != tc.want {
			t.Errorf("%s from %q in %q = %q, want %q", tc.reader, tc.at, tc.text, got, tc.want)
		}
	}
}

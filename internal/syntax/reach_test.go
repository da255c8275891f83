package syntax_test

import (
	"testing"

	"github.com/extract-news/extract/internal/syntax"
)

// capitals is a Reach that holds capitalised words and joins them over
// one "of" when the phrase was read from a word ending in "y" ("Ministry
// of Ports") and over "&" and the word after it: a test of what Left
// and Right give a Reach.
type capitals struct{ froms *[]int }

func (capitals) Holds(s *syntax.Syntax, i int, _ syntax.Dir) bool { return s.Is(i, syntax.Capital) }

func (c capitals) Join(s *syntax.Syntax, from, w, bound int, dir syntax.Dir) int {
	*c.froms = append(*c.froms, from)
	t := s.Doc.Tokens
	switch {
	case t[w].Text == "&" && dir == syntax.Rightward && w+1 < bound:
		return 2
	case t[w].Text == "&" && dir == syntax.Leftward && w-1 >= bound:
		return 2
	case t[w].Text == "of" && t[from].Text[len(t[from].Text)-1] == 'y':
		return 1
	}
	return 0
}

// TestReach checks that Left and Right walk a Reach's words and joins,
// tell Join where the phrase was read from, and keep to their bounds.
func TestReach(t *testing.T) {
	s := parse(t, "Then the Ministry of Ports met Marsh & Lowe and Orla Bay in Tarrow.")
	var froms []int
	r := capitals{&froms}
	ministry := index(t, s, "Ministry")
	if j := s.Right(ministry, len(s.Doc.Tokens), r); words(s, ministry, j-1) != "Ministry of Ports" {
		t.Errorf("Right(Ministry) = %q, want %q", words(s, ministry, j-1), "Ministry of Ports")
	}
	if len(froms) == 0 || froms[0] != ministry {
		t.Errorf("Join was told the phrase starts at %v, want %d", froms, ministry)
	}
	marsh := index(t, s, "Marsh")
	if j := s.Right(marsh, len(s.Doc.Tokens), r); words(s, marsh, j-1) != "Marsh & Lowe" {
		t.Errorf("Right(Marsh) = %q, want %q", words(s, marsh, j-1), "Marsh & Lowe")
	}
	// "of" joins only after a word in "y": read from "Ports" leftward it
	// does not.
	ports := index(t, s, "Ports")
	if a := s.Left(ports, 0, r); words(s, a, ports) != "Ports" {
		t.Errorf("Left(Ports) = %q, want %q", words(s, a, ports), "Ports")
	}
	lowe := index(t, s, "Lowe")
	if a := s.Left(lowe, 0, r); words(s, a, lowe) != "Marsh & Lowe" {
		t.Errorf("Left(Lowe) = %q, want %q", words(s, a, lowe), "Marsh & Lowe")
	}
	// The bound is kept: from "Lowe" no further left than "&".
	if a := s.Left(lowe, lowe-1, r); a != lowe {
		t.Errorf("Left(Lowe) bounded at & = %q, want %q", words(s, a, lowe), "Lowe")
	}
	orla := index(t, s, "Orla")
	if j := s.Right(orla, orla+1, r); j != orla+1 {
		t.Errorf("Right(Orla) bounded at Bay = %q, want %q", words(s, orla, j-1), "Orla")
	}
}

// TestBare checks that Bare reads as Tags without joins.
func TestBare(t *testing.T) {
	s := parse(t, "The heads of the two port authorities met.")
	port := index(t, s, "authorities")
	if a := s.Left(port, 0, syntax.Tags); words(s, a, port) != "The heads of the two port authorities" {
		t.Errorf("Left(authorities, Tags) = %q", words(s, a, port))
	}
	if a := s.Left(port, 0, syntax.Bare); words(s, a, port) != "the two port authorities" {
		t.Errorf("Left(authorities, Bare) = %q, want %q", words(s, a, port), "the two port authorities")
	}
}

// TestSpeakerReach checks that the Speaker Reach, given to Left and
// Right, reads what NameLeft and NameRight read.
func TestSpeakerReach(t *testing.T) {
	s := parse(t, "A spokeswoman for Orvane said the plant would close, said an adviser at the Brindle council.")
	n := nameWords(s, "Orvane", "")
	said := index(t, s, "said")
	if a, want := s.Left(said-1, 0, syntax.Speaker(n)), s.NameLeft(said-1, 0, n); a != want || words(s, a, said-1) != "A spokeswoman for Orvane" {
		t.Errorf("Left(Speaker) = %q, NameLeft %q; want both %q", words(s, a, said-1), words(s, want, said-1), "A spokeswoman for Orvane")
	}
	an := index(t, s, "an")
	lim := len(s.Doc.Tokens) - 1 // before the stop
	if j, want := s.Right(an, lim, syntax.Speaker(n)), s.NameRight(an, lim, n); j != want || words(s, an, j-1) != "an adviser at the Brindle council" {
		t.Errorf("Right(Speaker) = %q, NameRight %q; want both %q", words(s, an, j-1), words(s, an, want-1), "an adviser at the Brindle council")
	}
}

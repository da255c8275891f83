package syntax_test

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/syntax"
)

// names is a syntax.Names that names the tokens of the given words, and
// takes those in places for places.
type names struct {
	s      *syntax.Syntax
	named  map[int]bool
	places map[int]bool
}

func (n names) Named(i int) bool { return n.named[i] }
func (n names) Place(i int) bool { return n.places[i] }

// nameWords names every token whose text is one of the words of list.
func nameWords(s *syntax.Syntax, list, places string) names {
	n := names{s, map[int]bool{}, map[int]bool{}}
	for i, t := range s.Doc.Tokens {
		for _, w := range strings.Fields(list) {
			if t.Text == w {
				n.named[i] = true
			}
		}
		for _, w := range strings.Fields(places) {
			if t.Text == w {
				n.named[i], n.places[i] = true, true
			}
		}
	}
	return n
}

// index returns the index of the first token w.
func index(t *testing.T, s *syntax.Syntax, w string) int {
	t.Helper()
	for i, tok := range s.Doc.Tokens {
		if tok.Text == w {
			return i
		}
	}
	t.Fatalf("no token %q in %q", w, s.Doc.Input)
	return -1
}

// TestNameLeft checks the noun phrase read leftward from a speaking verb,
// names given.
func TestNameLeft(t *testing.T) {
	for _, tc := range []struct {
		text, named, places, verb, want string
	}{
		{"A spokeswoman for Orvane said the plant would close.", "Orvane", "", "said", "A spokeswoman for Orvane"},
		{"Health workers in Tarrow said the clinic was full.", "", "Tarrow", "said", "Health workers in Tarrow"},
		{"An official familiar with the talks said no deal was near.", "", "", "said", "An official familiar with the talks"},
		{"Advisers to Varga said she would run.", "Varga", "", "said", "Advisers to Varga"},
		// "in" joins only a place: "the vote in March" stays "March".
		{"Then the clerk in March said it was lost.", "", "", "said", "March"},
		// Nothing joins past a verb.
		{"The board met and Dalia Varga said no.", "Dalia Varga", "", "said", "Dalia Varga"},
	} {
		s, v := parseAt(t, tc.text, tc.verb)
		n := nameWords(s, tc.named, tc.places)
		k := s.NameLeft(v-1, 0, n)
		if got := words(s, k, v-1); got != tc.want {
			t.Errorf("NameLeft before %q in %q = %q, want %q", tc.verb, tc.text, got, tc.want)
		}
	}
}

// TestNameRight checks the noun phrase read rightward after an inverted
// verb.
func TestNameRight(t *testing.T) {
	s := parse(t, "\"We are ready,\" said a spokesman for the Brindle council, adding more.")
	n := nameWords(s, "", "")
	i := index(t, s, "said") + 1
	j := s.NameRight(i, len(s.Doc.Tokens), n)
	if got := words(s, i, j-1); got != "a spokesman for the Brindle council" {
		t.Errorf("NameRight = %q, want %q", got, "a spokesman for the Brindle council")
	}
}

// TestPieces checks the comma-separated pieces before a verb.
func TestPieces(t *testing.T) {
	s := parse(t, "Its lawyer, Ivo Marsh, said no.")
	v := index(t, s, "said")
	pieces, commas := s.Pieces(v-1, 0)
	var got []string
	for _, p := range pieces {
		if p[1] > p[0] {
			got = append(got, words(s, p[0], p[1]-1))
		} else {
			got = append(got, "")
		}
	}
	if strings.Join(got, "|") != "Its lawyer|Ivo Marsh" || len(commas) != 1 {
		t.Errorf("Pieces = %q, commas %v; want [Its lawyer Ivo Marsh] and one comma", got, commas)
	}
}

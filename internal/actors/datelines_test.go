package actors

import (
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// TestDatelines: a dateline's place is named as a name is written, and its
// state is its own actor.
func TestDatelines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // names of places that must be actors
		not  []string // names that must not
	}{
		{"Harbor fees rise\n\nPORT AVERLY, Maine — The council said on Monday that the pier would close.\n",
			[]string{"Port Averly", "Maine"}, []string{"PORT AVERLY, Maine", "PORT AVERLY"}},
		{"Ferries halted\n\nKESTREL BAY (Reuters) - The ferry line stopped its boats on Friday.\n",
			[]string{"Kestrel Bay"}, []string{"KESTREL BAY"}},
		// Not a dateline: an acronym, and capitals inside a paragraph.
		{"NATO, the alliance, said on Monday that it would meet.\n", []string{"NATO"}, []string{"Nato"}},
	} {
		got := find(t, tc.text)
		for _, w := range tc.want {
			if a, ok := got[w]; !ok || a.Type != record.Location && w != "NATO" {
				t.Errorf("%q: actors %v lack the place %q", tc.text, names(got), w)
			}
		}
		for _, w := range tc.not {
			if _, ok := got[w]; ok {
				t.Errorf("%q: actors %v hold %q", tc.text, names(got), w)
			}
		}
	}
}

// TestCommonNounOpensSentence: a capitalised common noun that opens a
// sentence and modifies the noun after it names no actor.
func TestCommonNounOpensSentence(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"The bay warmed in July. Oyster farmers said the water was too warm.\n", "Oyster"},
		{"The council met. Budget talks stalled on Friday, a clerk said.\n", "Budget"},
		{"Prices rose. Standard practice is to wait a week, the bank said.\n", "Standard"},
	} {
		got := find(t, tc.text)
		if _, ok := got[tc.not]; ok {
			t.Errorf("%q: actors %v hold %q", tc.text, names(got), tc.not)
		}
	}
	// A name seen capitalised elsewhere still opens a sentence as a name.
	got := find(t, "Shares of Orvane fell. Orvane shares rose on Friday.\n")
	if _, ok := got["Orvane"]; !ok {
		t.Errorf("actors %v lack Orvane", names(got))
	}
}
